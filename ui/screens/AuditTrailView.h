#pragma once

#include "IntegrityCheck.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

namespace batch::record {
class Journal;
}

namespace batch::ui {

class AuditTrailModel;
class EventDetailView;
class StatusBanner;

// The audit trail viewer: filter by event type, user and date, read each event in full
// and run the integrity verification of the whole chain (off the UI thread).
class AuditTrailView : public QWidget {
    Q_OBJECT
public:
    static constexpr int kMaxRows = 5000;

    AuditTrailView(record::Journal& journal, ReadConnectionFactory openReadConnection,
                   QWidget* parent = nullptr);

    // Verification is a separate permission from viewing.
    void setCanVerify(bool canVerify);
    // Re-reads the log with the current filter.
    void refresh();
    // Forgets what was shown (sign-out, user switch).
    void clear();

    AuditTrailModel* model() const { return model_; }

private:
    void clearFilter();
    void showSelected();
    void verify();
    void showOutcome(const IntegrityOutcome& outcome);
    void fillTypes();

    record::Journal& journal_;
    IntegrityCheck check_;
    AuditTrailModel* model_;
    QComboBox* type_;
    QLineEdit* user_;
    QCheckBox* sinceEnabled_;
    QDateEdit* since_;
    QLabel* count_;
    QPushButton* verify_;
    StatusBanner* verifyBanner_;
    QTableView* table_;
    EventDetailView* detail_;
};

}  // namespace batch::ui
