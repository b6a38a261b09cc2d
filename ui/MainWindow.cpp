#include "MainWindow.h"

#include "ActivityFilter.h"
#include "charts/mva/MvaMonitorView.h"
#include "log/Logging.h"
#include "qc/SamplingWorkspace.h"
#include "screens/AuditTrailView.h"
#include "screens/ChangePasswordScreen.h"
#include "screens/HomeScreen.h"
#include "screens/LockScreen.h"
#include "screens/LoginScreen.h"
#include "screens/ReviewWorkspace.h"
#include "screens/UsersView.h"
#include "security/Session.h"
#include "station/Station.h"
#include "widgets/HeaderBar.h"

#include <QApplication>
#include <QStackedWidget>
#include <QVBoxLayout>

#include <spdlog/spdlog.h>

namespace batch::ui {

MainWindow::MainWindow(Station& station, security::Session& session,
                       ReadConnectionFactory openReadConnection,
                       const MainWindowOptions& options, QWidget* parent)
    : QMainWindow(parent), station_(station), session_(session) {
    activity_ = new ActivityFilter(session_, this);
    qApp->installEventFilter(activity_);

    header_ = new HeaderBar(station.stationId(), this);
    stack_ = new QStackedWidget(this);
    login_ = new LoginScreen(session_, station.stationId(), options.loginFooter, stack_);
    changePassword_ = new ChangePasswordScreen(station.users(), session_, stack_);
    home_ = new HomeScreen(station.journal(), stack_);
    review_ = new ReviewWorkspace(station, session_, openReadConnection, stack_);
    audit_ = new AuditTrailView(station.journal(), std::move(openReadConnection), stack_);
    users_ = new UsersView(station.users(), stack_);
    lock_ = new LockScreen(session_, stack_);
    mva_ = new mva::MvaMonitorView(station.journal(), station.signatures(), session_, {}, stack_);
    // Same order as Page.
    for (QWidget* w : {static_cast<QWidget*>(login_), static_cast<QWidget*>(changePassword_),
                       static_cast<QWidget*>(home_), static_cast<QWidget*>(audit_),
                       static_cast<QWidget*>(users_), static_cast<QWidget*>(lock_),
                       static_cast<QWidget*>(review_)})
        stack_->addWidget(w);
    stack_->addWidget(options.supervisorDashboard ? options.supervisorDashboard : new QWidget(stack_));
    stack_->addWidget(mva_);  // Page::MvaMonitor, after Page::Dashboard
    sampling_ = new SamplingWorkspace(station.sampling(), stack_);
    stack_->addWidget(sampling_);
    home_->setDashboardAvailable(options.supervisorDashboard != nullptr);
    connect(home_, &HomeScreen::dashboardRequested, this, [this] { showPage(Page::Dashboard); });

    auto* central = new QWidget(this);
    auto* layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(header_);
    layout->addWidget(stack_, 1);
    setCentralWidget(central);
    setMinimumSize(1024, 700);

    connect(&session_, &security::Session::signedIn, this, &MainWindow::onSignedIn);
    connect(&session_, &security::Session::signedOut, this, &MainWindow::onSignedOut);
    connect(&session_, &security::Session::locked, this, &MainWindow::onLocked);
    connect(&session_, &security::Session::unlocked, this, &MainWindow::onUnlocked);

    connect(login_, &LoginScreen::passwordChangeRequired, this, [this](const QString& id) {
        changePassword_->start(id, true);
        showPage(Page::ChangePassword);
    });
    connect(changePassword_, &ChangePasswordScreen::cancelled, this, [this] {
        login_->reset();
        showPage(Page::Login);
    });
    connect(changePassword_, &ChangePasswordScreen::finished, this,
            [this] { showPage(Page::Home); });

    connect(header_, &HeaderBar::homeRequested, this, [this] { showPage(Page::Home); });
    connect(header_, &HeaderBar::lockRequested, this,
            [this] { session_.lock(QStringLiteral("lock button")); });
    connect(header_, &HeaderBar::signOutRequested, this, [this] { session_.logout(); });
    connect(home_, &HomeScreen::auditTrailRequested, this, [this] {
        audit_->refresh();
        showPage(Page::AuditTrail);
    });
    connect(home_, &HomeScreen::reviewRequested, this, [this] {
        review_->refresh();
        showPage(Page::Review);
    });
    connect(home_, &HomeScreen::usersRequested, this, [this] {
        users_->refresh();
        showPage(Page::Users);
    });
    connect(home_, &HomeScreen::mvaMonitorRequested, this, [this] {
        mva_->refreshModels();
        showPage(Page::MvaMonitor);
    });
    connect(home_, &HomeScreen::samplingRequested, this, [this] {
        if (!session_.user())
            return;
        sampling_->setUser(*session_.user());
        sampling_->refresh();
        showPage(Page::Sampling);
    });
    connect(home_, &HomeScreen::changePasswordRequested, this, [this] {
        if (session_.user()) {
            changePassword_->start(session_.user()->id, false);
            showPage(Page::ChangePassword);
        }
    });

    showPage(session_.isSignedIn() ? (session_.isLocked() ? Page::Lock : Page::Home) : Page::Login);
}

MainWindow::~MainWindow() { qApp->removeEventFilter(activity_); }

QString MainWindow::breadcrumb() const { return header_->breadcrumb(); }

void MainWindow::showPage(Page page) {
    page_ = page;
    const bool signedInPage = session_.isSignedIn() && !session_.isLocked() &&
                              page != Page::Login && page != Page::Lock;
    header_->setVisible(signedInPage);

    const QString home = tr("Home");
    QStringList path;
    switch (page) {
    case Page::Login: path << tr("Sign in"); break;
    case Page::ChangePassword:
        path = changePassword_->isForced() ? QStringList{tr("Sign in"), tr("New password")}
                                           : QStringList{home, tr("Change password")};
        break;
    case Page::Home: path << home; break;
    case Page::AuditTrail: path << home << tr("Audit trail"); break;
    case Page::Users: path << home << tr("Users"); break;
    case Page::Lock: path << tr("Locked"); break;
    case Page::Review: path << home << tr("QA review"); break;
    case Page::Dashboard: path << home << tr("Supervisor dashboard"); break;
    case Page::MvaMonitor: path << home << tr("MVA monitor"); break;
    case Page::Sampling: path << home << tr("Sampling"); break;
    }
    header_->setBreadcrumb(path);
    if (session_.user() && signedInPage)
        header_->setUser(*session_.user());
    setWindowTitle(tr("BatchStation — %1 — %2").arg(station_.stationId(), path.last()));

    if (page == Page::Home && session_.user()) {
        home_->setUser(*session_.user(), session_.inactivitySeconds());
        const bool canAudit = session_.user()->has(security::Permission::VerifyAuditTrail);
        audit_->setCanVerify(canAudit);
    }
    stack_->setCurrentIndex(static_cast<int>(page));
    stack_->currentWidget()->setFocus();
}

void MainWindow::onSignedIn() {
    logging::logger("batch.ui")->info("signed in: {}", session_.user()->id.toStdString());
    showPage(Page::Home);
}

void MainWindow::onSignedOut() {
    // Nothing the previous user saw may remain behind the sign-in screen.
    audit_->clear();
    users_->clear();
    review_->clear();
    mva_->stop();
    sampling_->clear();
    login_->reset();
    showPage(Page::Login);
}

void MainWindow::onLocked() {
    if (page_ != Page::Lock && page_ != Page::Login)
        beforeLock_ = page_;
    userBeforeLock_ = session_.user() ? session_.user()->id : QString();
    lock_->prepare();
    showPage(Page::Lock);
}

void MainWindow::onUnlocked() {
    const QString now = session_.user() ? session_.user()->id : QString();
    if (now != userBeforeLock_) {
        // Another user took over: what the previous user had open is theirs, not this one's.
        audit_->clear();
        users_->clear();
        review_->clear();
        mva_->stop();
        sampling_->clear();
        showPage(Page::Home);
        return;
    }
    if (beforeLock_ == Page::AuditTrail)
        audit_->refresh();
    if (beforeLock_ == Page::Review)
        review_->refresh();
    if (beforeLock_ == Page::ChangePassword)
        beforeLock_ = Page::Home;
    showPage(beforeLock_);
}

}  // namespace batch::ui
