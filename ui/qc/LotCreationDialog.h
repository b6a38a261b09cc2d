#pragma once

#include "sampling/Lot.h"
#include "security/Users.h"

#include <QDialog>

#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace batch::sampling {
class SamplingServices;
}

namespace batch::ui {

class StatusBanner;

// Creating a lot: product, organisation and size in, and before anything is written the
// decision the station will take, in words: which variant applies (or the wildcard),
// its state and since when, the level and why, and the samples with their tests. The
// decision is the core's (LotService::decide); the dialog adds no rule of its own.
class LotCreationDialog : public QDialog {
    Q_OBJECT
public:
    LotCreationDialog(sampling::SamplingServices& sampling, const security::User& actor,
                      QWidget* parent = nullptr);

    // For tests and for a scanner: fills the form and updates the preview.
    void setInputs(const QString& product, const QString& organisation, qint64 size,
                   const QString& lotId = {});
    QString decisionSummary() const;
    QString levelText() const;
    const std::optional<sampling::Lot>& createdLot() const { return created_; }

private:
    void updatePreview();
    void createLot();
    void fillOrganisations();
    std::optional<qint64> size() const;

    sampling::SamplingServices& sampling_;
    security::User actor_;
    QComboBox* product_;
    QComboBox* organisation_;
    QLineEdit* size_;
    QLabel* sizeUnit_;
    QLineEdit* lotId_;
    QLabel* level_;
    QLabel* variant_;
    QLabel* summary_;
    QLabel* reasons_;
    QTableWidget* samples_;
    StatusBanner* banner_;
    QPushButton* create_;
    std::optional<sampling::Lot> created_;
};

}  // namespace batch::ui
