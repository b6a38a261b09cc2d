#pragma once

#include "security/Users.h"

#include <QWidget>

#include <optional>

class QLabel;
class QPushButton;
class QTableWidget;
class QTextBrowser;

namespace batch::sampling {
class SamplingServices;
}

namespace batch::ui {

class StatusBanner;

// The lots of the station, newest first, with the selected lot's decision (level and why),
// its samples and results (out-of-specification results with an icon and words), and the
// button that opens the lot creation dialog.
class LotsPanel : public QWidget {
    Q_OBJECT
public:
    explicit LotsPanel(sampling::SamplingServices& sampling, QWidget* parent = nullptr);

    void setUser(const security::User& user);
    void refresh();
    void clear();
    void selectLot(const QString& lotId);
    int lotCount() const;

Q_SIGNALS:
    void lotCreated(const QString& lotId);

private:
    void showLot(const QString& lotId);
    void newLot();

    sampling::SamplingServices& sampling_;
    std::optional<security::User> user_;
    QTableWidget* lots_;
    QTextBrowser* detail_;
    QPushButton* create_;
    StatusBanner* banner_;
};

}  // namespace batch::ui
