#pragma once

#include "dialogs/TouchDialog.h"

class QLineEdit;

namespace batch::security {
class UserService;
}

namespace batch::ui {

// Kiosk mode: the station closes only for an administrator who re-authenticates here
// (user id and password; the attempt is recorded like every authentication, and a wrong
// password counts toward the lockout).
class AdminExitDialog : public TouchDialog {
    Q_OBJECT
public:
    AdminExitDialog(security::UserService& users, QWidget* parent = nullptr);
    QString adminId() const { return adminId_; }

private:
    void submit();

    security::UserService& users_;
    QLineEdit* userId_;
    QLineEdit* password_;
    QString adminId_;
};

}  // namespace batch::ui
