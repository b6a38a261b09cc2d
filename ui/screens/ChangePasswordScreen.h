#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;

namespace batch::security {
class Session;
class UserService;
}  // namespace batch::security

namespace batch::ui {

class StatusBanner;

// The user's own password change: old, new, repeat. Forced (first login or after a
// reset): once changed, sign-in continues with the new password. Voluntary (from home):
// the session simply goes on. Policy refusals are shown in the service's own words.
class ChangePasswordScreen : public QWidget {
    Q_OBJECT
public:
    ChangePasswordScreen(security::UserService& users, security::Session& session,
                         QWidget* parent = nullptr);

    void start(const QString& userId, bool forced);
    bool isForced() const { return forced_; }

Q_SIGNALS:
    // Voluntary change done, or the user cancelled: back to where they came from.
    void finished();
    // Forced change cancelled: back to the sign-in screen.
    void cancelled();

private:
    void submit();
    void clearFields();

    security::UserService& users_;
    security::Session& session_;
    QString userId_;
    bool forced_ = false;
    QLabel* heading_;
    QLabel* explanation_;
    QLineEdit* old_;
    QLineEdit* new_;
    QLineEdit* repeat_;
    StatusBanner* banner_;
    QPushButton* submit_;
};

}  // namespace batch::ui
