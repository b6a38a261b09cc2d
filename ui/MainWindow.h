#pragma once

#include "IntegrityCheck.h"

#include <QMainWindow>

class QStackedWidget;

namespace batch {
class Station;
}
namespace batch::security {
class Session;
}

namespace batch::ui {

class ActivityFilter;
class AuditTrailView;
class ChangePasswordScreen;
class HeaderBar;
class HomeScreen;
class LockScreen;
class LoginScreen;
class ReviewWorkspace;
class SamplingWorkspace;
class UsersView;
namespace mva {
class MvaMonitorView;
}

struct MainWindowOptions {
    // Shown under the sign-in form (the demo credentials in demo mode); empty for none.
    QString loginFooter;
    // The supervisor dashboard (app/ builds it with its central-database feed); when set,
    // holders of WatchDashboards reach it from the home screen.
    QWidget* supervisorDashboard = nullptr;
};

// The one window: a header bar (on signed-in screens) over a stack of screens. It
// follows the Session: signed in -> home, locked -> lock screen, signed out -> login.
class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    enum class Page {
        Login, ChangePassword, Home, AuditTrail, Users, Lock, Review, Dashboard, MvaMonitor, Sampling
    };

    MainWindow(Station& station, security::Session& session,
               ReadConnectionFactory openReadConnection, const MainWindowOptions& options = {},
               QWidget* parent = nullptr);
    ~MainWindow() override;

    Page page() const { return page_; }
    QString breadcrumb() const;

private:
    void showPage(Page page);
    void onSignedIn();
    void onSignedOut();
    void onLocked();
    void onUnlocked();

    Station& station_;
    security::Session& session_;
    ActivityFilter* activity_;
    HeaderBar* header_;
    QStackedWidget* stack_;
    LoginScreen* login_;
    ChangePasswordScreen* changePassword_;
    HomeScreen* home_;
    AuditTrailView* audit_;
    UsersView* users_;
    LockScreen* lock_;
    ReviewWorkspace* review_;
    mva::MvaMonitorView* mva_;
    SamplingWorkspace* sampling_;
    Page page_ = Page::Login;
    Page beforeLock_ = Page::Home;
    QString userBeforeLock_;
};

}  // namespace batch::ui
