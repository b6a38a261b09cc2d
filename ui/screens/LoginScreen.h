#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;

namespace batch::security {
class Session;
}

namespace batch::ui {

class LanguageSwitcher;
class StatusBanner;

// Sign-in: station id, big user id and password fields, the reason for a refusal in
// words and the attempts left before lockout, the language switch (English, Deutsch,
// Français) and, in kiosk mode, the way out for an administrator. A successful login is
// announced by the Session (signedIn); a forced password change is handed to the caller.
class LoginScreen : public QWidget {
    Q_OBJECT
public:
    LoginScreen(security::Session& session, const QString& stationId, const QString& footerNote,
                LanguageSwitcher* languages = nullptr, bool kiosk = false,
                QWidget* parent = nullptr);

    // Back to an empty form (after sign-out or a completed password change).
    void reset();

Q_SIGNALS:
    void passwordChangeRequired(const QString& userId);
    void exitRequested();  // kiosk mode: an administrator wants to close the station

private:
    void signIn();
    void fitCard();  // the card's height for its texts at its fixed width

    QWidget* card_;
    security::Session& session_;
    QLineEdit* userId_;
    QLineEdit* password_;
    QPushButton* signIn_;
    StatusBanner* error_;
    QLabel* attempts_;
};

}  // namespace batch::ui
