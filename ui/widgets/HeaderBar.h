#pragma once

#include <QFrame>

class QLabel;
class QPushButton;

namespace batch::security {
struct User;
}

namespace batch::ui {

// The bar on top of every signed-in screen: where the user is (breadcrumb, with a way
// back home), who is signed in with which roles, the station, and the two actions that
// must always be one touch away: Lock and Sign out. (The clock is in the status bar.)
class HeaderBar : public QFrame {
    Q_OBJECT
public:
    explicit HeaderBar(const QString& stationId, QWidget* parent = nullptr);

    void setUser(const security::User& user);
    // The path from Home to the current screen; more than one element shows "Home" button.
    void setBreadcrumb(const QStringList& path);
    QString breadcrumb() const;

Q_SIGNALS:
    void homeRequested();
    void lockRequested();
    void signOutRequested();

private:
    QPushButton* home_;
    QLabel* breadcrumb_;
    QLabel* user_;
    QLabel* detail_;
    QString stationId_;
    QString fullPath_;
};

}  // namespace batch::ui
