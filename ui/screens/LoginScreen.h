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

// Sign-in: station id, big user id and password fields, the reason for a refusal in
// words and the attempts left before lockout. A successful login is announced by the
// Session (signedIn); a forced password change is handed to the caller.
class LoginScreen : public QWidget {
    Q_OBJECT
public:
    LoginScreen(security::Session& session, const QString& stationId, const QString& footerNote,
                QWidget* parent = nullptr);

    // Back to an empty form (after sign-out or a completed password change).
    void reset();

Q_SIGNALS:
    void passwordChangeRequired(const QString& userId);

private:
    void signIn();

    security::Session& session_;
    QLineEdit* userId_;
    QLineEdit* password_;
    QPushButton* signIn_;
    StatusBanner* error_;
    QLabel* attempts_;
};

}  // namespace batch::ui
