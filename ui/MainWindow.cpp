#include "MainWindow.h"

#include "ActivityFilter.h"
#include "Language.h"
#include "charts/mva/MvaMonitorView.h"
#include "dialogs/AdminExitDialog.h"
#include "exec/BatchEngine.h"
#include "instruments/InstrumentHub.h"
#include "log/Logging.h"
#include "qc/SamplingWorkspace.h"
#include "screens/AuditTrailView.h"
#include "screens/BatchListScreen.h"
#include "screens/ChangePasswordScreen.h"
#include "screens/HomeScreen.h"
#include "screens/LockScreen.h"
#include "screens/LoginScreen.h"
#include "screens/ReviewWorkspace.h"
#include "screens/StepRunnerScreen.h"
#include "screens/TrendsScreen.h"
#include "screens/UsersView.h"
#include "security/Session.h"
#include "station/Station.h"
#include "status/SyncStatus.h"
#include "steps/StepInput.h"
#include "widgets/HeaderBar.h"
#include "widgets/StationStatusBar.h"

#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QFileInfo>
#include <QStackedWidget>
#include <QVBoxLayout>

#include <spdlog/spdlog.h>

namespace batch::ui {

MainWindow::MainWindow(Station& station, security::Session& session,
                       ReadConnectionFactory openReadConnection,
                       const MainWindowOptions& options, QWidget* parent)
    : QMainWindow(parent),
      station_(station),
      session_(session),
      openReadConnection_(std::move(openReadConnection)),
      options_(options) {
    if (!options_.instruments)
        ownHub_ = std::make_unique<InstrumentHub>();
    if (!options_.sync)
        ownSync_ = std::make_unique<NotConfiguredSync>();
    hub_ = options_.instruments ? options_.instruments : ownHub_.get();
    sync_ = options_.sync ? options_.sync : ownSync_.get();
    activity_ = new ActivityFilter(session_, this);
    qApp->installEventFilter(activity_);

    connect(&session_, &security::Session::signedIn, this, &MainWindow::onSignedIn);
    connect(&session_, &security::Session::signedOut, this, &MainWindow::onSignedOut);
    connect(&session_, &security::Session::locked, this, &MainWindow::onLocked);
    connect(&session_, &security::Session::unlocked, this, &MainWindow::onUnlocked);
    if (options_.languages)
        // Every screen reads its texts when it is built: a new language, new screens.
        // Only offered on the login screen, so nothing of a session is lost.
        connect(options_.languages, &LanguageSwitcher::changed, this, [this] {
            buildScreens();
            showPage(Page::Login);
        });

    buildScreens();
    setMinimumSize(1024, 700);
    if (options_.kiosk)
        setWindowFlags(windowFlags() | Qt::FramelessWindowHint);
    showPage(session_.isSignedIn() ? (session_.isLocked() ? Page::Lock : Page::Home) : Page::Login);
}

MainWindow::~MainWindow() {
    qApp->removeEventFilter(activity_);
    // The dashboard is the composition root's; it outlives the window's screens.
    if (options_.supervisorDashboard)
        options_.supervisorDashboard->setParent(nullptr);
}

void MainWindow::buildScreens() {
    // The dashboard belongs to the composition root: out of the old screens before they go.
    if (options_.supervisorDashboard)
        options_.supervisorDashboard->setParent(nullptr);
    if (mva_)
        mva_->stop();
    auto* central = new QWidget(this);
    header_ = new HeaderBar(station_.stationId(), central);
    stack_ = new QStackedWidget(central);
    const QString footer =
        options_.loginFooterText ? options_.loginFooterText() : options_.loginFooter;
    login_ = new LoginScreen(session_, station_.stationId(), footer,
                             options_.languages, options_.kiosk, stack_);
    changePassword_ = new ChangePasswordScreen(station_.users(), session_, stack_);
    home_ = new HomeScreen(station_.journal(), stack_);
    audit_ = new AuditTrailView(station_.journal(), openReadConnection_, stack_);
    users_ = new UsersView(station_.users(), stack_);
    lock_ = new LockScreen(session_, stack_);
    batches_ = new BatchListScreen(station_, session_, stack_);
    batches_->setPrepareBatch(options_.prepareBatch);
    const QStringList imageDirs = options_.mbrImageDirs;
    runner_ = new StepRunnerScreen(
        station_, session_, *hub_,
        [imageDirs](const model::MasterBatchRecord&, const QString& relative) {
            for (const QString& dir : imageDirs) {
                const QString file = QDir(dir).filePath(relative);
                if (QFileInfo(file).canonicalFilePath().startsWith(QDir(dir).canonicalPath()) &&
                    QFileInfo::exists(file))
                    return file;
            }
            return QString();
        },
        stack_);
    trends_ = new TrendsScreen(*hub_, {}, stack_);
    mva_ = new mva::MvaMonitorView(station_.journal(), station_.signatures(), session_, {}, stack_);
    review_ = new ReviewWorkspace(station_, session_, openReadConnection_, stack_);
    sampling_ = new SamplingWorkspace(station_.sampling(), session_, station_.users(), stack_);
    status_ = new StationStatusBar(station_.stationId(), session_, *hub_, *sync_, central);
    QWidget* dashboard =
        options_.supervisorDashboard ? options_.supervisorDashboard : new QWidget(stack_);
    // Same order as Page.
    for (QWidget* w :
         std::initializer_list<QWidget*>{login_, changePassword_, home_, audit_, users_, lock_,
                                         batches_, runner_, trends_, dashboard, mva_, review_,
                                         sampling_})
        stack_->addWidget(w);
    home_->setDashboardAvailable(options_.supervisorDashboard != nullptr);

    auto* layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(header_);
    layout->addWidget(stack_, 1);
    layout->addWidget(status_);
    setCentralWidget(central);  // the previous screens go with the previous central widget

    connect(login_, &LoginScreen::passwordChangeRequired, this, [this](const QString& id) {
        changePassword_->start(id, true);
        showPage(Page::ChangePassword);
    });
    connect(login_, &LoginScreen::exitRequested, this, &MainWindow::requestExit);
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
    connect(home_, &HomeScreen::batchesRequested, this, &MainWindow::showBatches);
    connect(home_, &HomeScreen::dashboardRequested, this, [this] { showPage(Page::Dashboard); });
    connect(home_, &HomeScreen::mvaMonitorRequested, this, [this] {
        mva_->refreshModels();
        showPage(Page::MvaMonitor);
    });
    connect(home_, &HomeScreen::trendsRequested, this, &MainWindow::showTrends);
    connect(home_, &HomeScreen::auditTrailRequested, this, [this] {
        audit_->refresh();
        showPage(Page::AuditTrail);
    });
    connect(home_, &HomeScreen::reviewRequested, this, [this] {
        review_->refresh();
        showPage(Page::Review);
    });
    connect(home_, &HomeScreen::samplingRequested, this, [this] {
        if (!session_.user())
            return;
        sampling_->setUser(*session_.user());
        sampling_->refresh();
        showPage(Page::Sampling);
    });
    connect(home_, &HomeScreen::usersRequested, this, [this] {
        users_->refresh();
        showPage(Page::Users);
    });
    connect(home_, &HomeScreen::changePasswordRequested, this, [this] {
        if (session_.user()) {
            changePassword_->start(session_.user()->id, false);
            showPage(Page::ChangePassword);
        }
    });
    connect(batches_, &BatchListScreen::batchOpened, this, &MainWindow::openBatch);
    connect(runner_, &StepRunnerScreen::backToBatches, this, &MainWindow::showBatches);
    connect(runner_, &StepRunnerScreen::batchChanged, this, &MainWindow::showWeighLimits);
}

void MainWindow::showBatches() {
    batches_->refresh();
    showPage(Page::Batches);
}

void MainWindow::showTrends() { showPage(Page::Trends); }

void MainWindow::openBatch(const QString& batchId) {
    runner_->open(batchId);
    showWeighLimits();
    showPage(Page::StepRunner);
}

void MainWindow::showWeighLimits() {
    // The trend of a balance shows the tolerance of the step that weighs on it now.
    StepInputWidget* input = runner_->input();
    if (!input)
        return;
    const exec::BatchProjection& batch = station_.batches().projection(runner_->batchId());
    const model::MasterBatchRecord& mbr = station_.batches().mbrOf(runner_->batchId());
    const model::Step* step = mbr.step(runner_->currentStepId());
    if (!step || step->instrumentClass.isEmpty())
        return;
    trend::ChannelInfo limits;
    if (step->kind == model::StepKind::Weigh) {
        const QStringList t = batch.weighTargets.value(step->id).split(QLatin1Char('|'));
        if (t.size() == 3) {
            limits.target = t[0].toDouble();
            limits.low = t[1].toDouble();
            limits.high = t[2].toDouble();
        }
    } else {
        limits.low = step->limits.low;
        limits.high = step->limits.high;
        limits.alertLow = step->limits.alertLow;
        limits.alertHigh = step->limits.alertHigh;
        limits.target = step->target;
    }
    for (const InstrumentHub::Entry& e : hub_->forClass(step->instrumentClass))
        trends_->setLimits(e.link->info().id, limits);
}

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
    case Page::Batches: path << home << tr("Batches"); break;
    case Page::StepRunner:
        path << home << tr("Batches") << tr("Batch %1").arg(runner_->batchId());
        break;
    case Page::Trends: path << home << tr("Live trends"); break;
    case Page::Dashboard: path << home << tr("Supervisor dashboard"); break;
    case Page::MvaMonitor: path << home << tr("MVA monitor"); break;
    case Page::Review: path << home << tr("QA review"); break;
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

void MainWindow::forgetUserData() {
    // Nothing the previous user saw may remain behind the sign-in screen.
    audit_->clear();
    users_->clear();
    batches_->clear();
    runner_->clear();
    review_->clear();
    mva_->stop();
    sampling_->clear();
}

void MainWindow::onSignedIn() {
    logging::logger("batch.ui")->info("signed in: {}", session_.user()->id.toStdString());
    showPage(Page::Home);
}

void MainWindow::onSignedOut() {
    forgetUserData();
    login_->reset();
    showPage(Page::Login);
}

void MainWindow::onLocked() {
    if (page_ != Page::Lock && page_ != Page::Login)
        beforeLock_ = page_;
    userBeforeLock_ = session_.user() ? session_.user()->id : QString();
    // An open dialog (a signature, a deviation) must not stay usable behind the lock.
    for (QDialog* d : findChildren<QDialog*>())
        if (d->isVisible())
            d->reject();
    lock_->prepare();
    showPage(Page::Lock);
}

void MainWindow::onUnlocked() {
    const QString now = session_.user() ? session_.user()->id : QString();
    if (now != userBeforeLock_) {
        // Another user took over: what the previous user had open is theirs, not this one's.
        forgetUserData();
        showPage(Page::Home);
        return;
    }
    if (beforeLock_ == Page::AuditTrail)
        audit_->refresh();
    if (beforeLock_ == Page::Review)
        review_->refresh();
    if (beforeLock_ == Page::ChangePassword)
        beforeLock_ = Page::Home;
    if (beforeLock_ == Page::StepRunner && !runner_->batchId().isEmpty())
        runner_->open(runner_->batchId());
    if (beforeLock_ == Page::Batches)
        batches_->refresh();
    showPage(beforeLock_);
}

TouchDialog* MainWindow::exitDialog() const { return exitDialog_; }

void MainWindow::requestExit() {
    if (!options_.kiosk) {
        close();
        return;
    }
    if (exitDialog_)
        return;
    auto* dialog = new AdminExitDialog(station_.users(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        logging::logger("batch.ui")
            ->info("kiosk closed by administrator {}", dialog->adminId().toStdString());
        exitAuthorized_ = true;
        close();
    });
    exitDialog_ = dialog;
    dialog->open();
}

void MainWindow::closeEvent(QCloseEvent* event) {
    // Kiosk: no way out (window manager close, Alt+F4) without an administrator.
    if (options_.kiosk && !exitAuthorized_) {
        event->ignore();
        requestExit();
        return;
    }
    QMainWindow::closeEvent(event);
}

}  // namespace batch::ui
