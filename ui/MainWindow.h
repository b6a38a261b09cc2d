#pragma once

#include "IntegrityCheck.h"

#include <QMainWindow>
#include <QPointer>
#include <QStringList>

#include <functional>
#include <memory>

class QStackedWidget;

namespace batch {
class Station;
}
namespace batch::security {
class Session;
struct User;
}  // namespace batch::security

namespace batch::ui {

class ActivityFilter;
class AuditTrailView;
class BatchListScreen;
class ChangePasswordScreen;
class HeaderBar;
class HomeScreen;
class InstrumentHub;
class LanguageSwitcher;
class LockScreen;
class LoginScreen;
class ReviewWorkspace;
class SamplingWorkspace;
class StationStatusBar;
class StepRunnerScreen;
class SyncStatusSource;
class TouchDialog;
class TrendsScreen;
class UsersView;
namespace mva {
class MvaMonitorView;
}

struct MainWindowOptions {
    // Shown under the sign-in form (the demo credentials in demo mode); empty for none.
    QString loginFooter;
    // When set, the footer is asked for again whenever the screens are rebuilt (a
    // language switch), so that it speaks the new language; overrides loginFooter.
    std::function<QString()> loginFooterText;
    // Kiosk mode: full screen without frame; closing needs an administrator.
    bool kiosk = false;
    // The station's instruments (null: none). Not owned.
    InstrumentHub* instruments = nullptr;
    // Where the status bar learns the sync state (null: "not configured"). Not owned.
    SyncStatusSource* sync = nullptr;
    // The language switch on the login screen (null: no switch). Not owned.
    LanguageSwitcher* languages = nullptr;
    // Folders in which the pictures of MBR instruction steps are looked up.
    QStringList mbrImageDirs;
    // The supervisor dashboard (app/ builds it with its central-database feed); when set,
    // holders of WatchDashboards reach it from the home screen. Kept across rebuilds.
    QWidget* supervisorDashboard = nullptr;
    // Demo mode: what the line does before a batch of an MBR starts, as the user who
    // starts it (the demo station cleans the demo equipment a finished batch left dirty).
    std::function<void(const security::User& user, const QString& mbrId)> prepareBatch;
};

// The one window: a header bar (on signed-in screens) over a stack of screens, and the
// status bar under them. It follows the Session: signed in -> home, locked -> lock
// screen, signed out -> login.
class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    enum class Page {
        Login,
        ChangePassword,
        Home,
        AuditTrail,
        Users,
        Lock,
        Batches,
        StepRunner,
        Trends,
        Dashboard,
        MvaMonitor,
        Review,
        Sampling
    };

    MainWindow(Station& station, security::Session& session,
               ReadConnectionFactory openReadConnection, const MainWindowOptions& options = {},
               QWidget* parent = nullptr);
    ~MainWindow() override;

    Page page() const { return page_; }
    QString breadcrumb() const;
    bool isKiosk() const { return options_.kiosk; }
    // Kiosk mode: asks for an administrator; the window closes once one signed.
    void requestExit();
    TouchDialog* exitDialog() const;
    void openBatch(const QString& batchId);
    void showTrends();
    void showBatches();

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void buildScreens();
    void showPage(Page page);
    void onSignedIn();
    void onSignedOut();
    void onLocked();
    void onUnlocked();
    void forgetUserData();
    void showWeighLimits();

    Station& station_;
    security::Session& session_;
    ReadConnectionFactory openReadConnection_;
    MainWindowOptions options_;
    std::unique_ptr<InstrumentHub> ownHub_;
    std::unique_ptr<SyncStatusSource> ownSync_;
    InstrumentHub* hub_;
    SyncStatusSource* sync_;
    ActivityFilter* activity_;
    HeaderBar* header_ = nullptr;
    StationStatusBar* status_ = nullptr;
    QStackedWidget* stack_ = nullptr;
    LoginScreen* login_ = nullptr;
    ChangePasswordScreen* changePassword_ = nullptr;
    HomeScreen* home_ = nullptr;
    AuditTrailView* audit_ = nullptr;
    UsersView* users_ = nullptr;
    LockScreen* lock_ = nullptr;
    BatchListScreen* batches_ = nullptr;
    StepRunnerScreen* runner_ = nullptr;
    TrendsScreen* trends_ = nullptr;
    mva::MvaMonitorView* mva_ = nullptr;
    ReviewWorkspace* review_ = nullptr;
    SamplingWorkspace* sampling_ = nullptr;
    Page page_ = Page::Login;
    Page beforeLock_ = Page::Home;
    QString userBeforeLock_;
    bool exitAuthorized_ = false;
    QPointer<TouchDialog> exitDialog_;
};

}  // namespace batch::ui
