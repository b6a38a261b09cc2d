#pragma once

#include "sync/SyncWorker.h"

#include <QWidget>

class QLabel;

namespace batch::ui {

// One line about the central sync for the window's status bar: online or offline (icon
// and words), events waiting, the last successful sync and the last error.
class SyncStatusLabel : public QWidget {
    Q_OBJECT
public:
    explicit SyncStatusLabel(QWidget* parent = nullptr);
    QString text() const;

public slots:
    void setStatus(const batch::sync::SyncStatus& status);

private:
    QLabel* icon_;
    QLabel* text_;
};

}  // namespace batch::ui
