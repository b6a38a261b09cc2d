#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;

namespace batch::security {
class Session;
}

namespace batch::ui {

class StatusBanner;

// Shown while the session is locked: who locked it and since when. The same user
// unlocks with the password; "Switch user" lets another user in, which the Session
// allows only for holders of SwitchUser (administrators) and records as UserSwitched.
class LockScreen : public QWidget {
    Q_OBJECT
public:
    explicit LockScreen(security::Session& session, QWidget* parent = nullptr);

    // Refreshes the "locked by" text for the session's current user.
    void prepare();
    bool isSwitchingUser() const { return switching_; }

private:
    void setSwitching(bool switching);
    void unlock();

    security::Session& session_;
    bool switching_ = false;
    QLabel* lockedBy_;
    QLabel* userLabel_;
    QLineEdit* userId_;
    QLabel* passwordLabel_;
    QLineEdit* password_;
    QLabel* switchHint_;
    StatusBanner* error_;
    QPushButton* unlock_;
    QPushButton* switch_;
};

}  // namespace batch::ui
