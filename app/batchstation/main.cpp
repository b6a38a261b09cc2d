// batchstation: the operator workstation. Composition root: parses the command line,
// opens the encrypted store (or the demo station), connects the instruments, builds
// Station -> Session -> MainWindow and runs the loop.

#include "DemoBalances.h"
#include "DemoStore.h"
#include "Language.h"
#include "MainWindow.h"
#include "Theme.h"
#include "instruments/InstrumentHub.h"
#include "instruments/StationLinks.h"
#include "log/Logging.h"
#include "screens/SupervisorDashboard.h"
#include "security/Session.h"
#include "security/Users.h"
#include "station/DemoSite.h"
#include "station/Station.h"
#include "status/WorkerSyncStatus.h"
#include "store/Database.h"
#include "sync/Dashboard.h"
#include "sync/SyncConfig.h"
#include "sync/SyncWorker.h"
#include "transport/StationInstruments.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QLibraryInfo>
#include <QMessageBox>
#include <QStandardPaths>
#include <QThread>
#include <QTimer>

#include <spdlog/spdlog.h>

#include <cstdio>
#include <cstring>
#include <memory>

namespace {

constexpr int kExitFailure = 1;
constexpr int kExitUsage = 2;
constexpr int kExitWrongKey = 3;

// Exceptions must not unwind through Qt's event loop (that aborts the process). A store
// or security failure inside a slot is logged and told to the user instead; the record
// stays consistent because every write is one transaction.
class StationApplication : public QApplication {
public:
    using QApplication::QApplication;

    bool notify(QObject* receiver, QEvent* event) override {
        try {
            return QApplication::notify(receiver, event);
        } catch (const std::exception& e) {
            batch::logging::logger("batch.app")->error("unhandled error: {}", e.what());
            QMessageBox::critical(activeWindow(), translate("main", "BatchStation"),
                                  translate("main", "The action could not be completed:\n%1")
                                      .arg(QString::fromUtf8(e.what())));
            return false;
        }
    }
};

bool hasArgument(int argc, char* argv[], const char* name) {
    for (int i = 1; i < argc; ++i)
        if (std::strcmp(argv[i], name) == 0)
            return true;
    return false;
}

// Stations without a keyboard type text on the Qt Virtual Keyboard. It has to be chosen
// before the application object exists; an explicit QT_IM_MODULE always wins.
void chooseVirtualKeyboard(int argc, char* argv[]) {
    const bool wanted =
        hasArgument(argc, argv, "--kiosk") || hasArgument(argc, argv, "--virtual-keyboard");
    if (wanted && qEnvironmentVariableIsEmpty("QT_IM_MODULE"))
        qputenv("QT_IM_MODULE", "qtvirtualkeyboard");
}

int storeFailure(const batch::store::StoreError& e) {
    const bool wrongKey = e.kind() == batch::store::StoreErrorKind::WrongKey ||
                          e.kind() == batch::store::StoreErrorKind::NotEncrypted;
    const QString text = wrongKey ? QString::fromLatin1(batch::store::kWrongKeyMessage)
                                  : QString::fromUtf8(e.what());
    batch::logging::logger("batch.app")->error("cannot open the store: {}", e.what());
    QMessageBox::critical(nullptr, QApplication::translate("main", "BatchStation"),
                          QApplication::translate("main",
                                                  "The station database cannot be "
                                                  "opened:\n%1")
                              .arg(text));
    return wrongKey ? kExitWrongKey : kExitFailure;
}

// Demo mode: who can sign in, on the console and under the sign-in form (never in a
// production configuration).
QString demoCredentials() {
    QStringList ids;
    for (const auto& u : batch::app::DemoStore::users()) ids << QString::fromLatin1(u.id);
    return QApplication::translate("main", "Demo mode — users %1, password %2")
        .arg(ids.join(QStringLiteral(" / ")),
             QString::fromLatin1(batch::app::DemoStore::kPassword));
}

void printDemoUsers(const QString& dataDir) {
    std::printf("BatchStation demo station (data in %s)\n", qPrintable(dataDir));
    std::printf("Demo users, all with the initial password %s:\n",
                batch::app::DemoStore::kPassword);
    for (const auto& u : batch::app::DemoStore::users())
        std::printf("  %-6s %-22s %s\n", u.id, u.name, u.role);
    std::fflush(stdout);
}

}  // namespace

int main(int argc, char* argv[]) {
    QElapsedTimer startup;  // DESIGN.md §7: start to the login screen <= 1.5 s
    startup.start();
    chooseVirtualKeyboard(argc, argv);
    StationApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("BatchStation"));
    QApplication::setApplicationVersion(QStringLiteral(BATCHSTATION_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("org.batchstation.BatchStation"));

    QCommandLineParser cli;
    cli.setApplicationDescription(QStringLiteral(
        "Operator workstation for paperless pharmaceutical batch execution. Without --db it "
        "opens (or creates) the demo station: demo users, the demo MBRs effective and "
        "simulated balances."));
    cli.addHelpOption();
    cli.addVersionOption();
    const QCommandLineOption dbOpt(QStringLiteral("db"),
                                   QStringLiteral("Encrypted station database file."),
                                   QStringLiteral("path"));
    const QCommandLineOption keyOpt(QStringLiteral("key-file"),
                                    QStringLiteral("File whose first line is the passphrase."),
                                    QStringLiteral("path"));
    const QCommandLineOption demoOpt(QStringLiteral("demo"),
                                     QStringLiteral("Open the demo station (the default)."));
    const QCommandLineOption dataOpt(
        QStringLiteral("data-dir"),
        QStringLiteral("Directory of the demo station and the logs (default: the user's data "
                       "directory)."),
        QStringLiteral("path"));
    const QCommandLineOption kioskOpt(
        QStringLiteral("kiosk"),
        QStringLiteral("Full screen without window frame and with the virtual keyboard; only "
                       "an administrator can close it."));
    const QCommandLineOption keyboardOpt(
        QStringLiteral("virtual-keyboard"),
        QStringLiteral("Use the on-screen keyboard (Qt Virtual Keyboard) for text."));
    const QCommandLineOption langOpt(QStringLiteral("lang"),
                                     QStringLiteral("User interface language: en, de or fr."),
                                     QStringLiteral("code"));
    const QCommandLineOption verboseOpt(QStringLiteral("verbose"),
                                        QStringLiteral("Debug messages in the log."));
    const QCommandLineOption configOpt(
        QStringLiteral("config"),
        QStringLiteral("Station configuration: central database, sync, dashboard (docs/sync.md). "
                       "Default: $BATCHSTATION_CONFIG or /etc/batchstation/station.conf if it "
                       "exists."),
        QStringLiteral("path"));
    const QCommandLineOption probeOpt(
        QStringLiteral("exit-after-startup"),
        QStringLiteral("Print the time to the login screen and exit (start-up benchmark)."));
    cli.addOptions({dbOpt, keyOpt, demoOpt, dataOpt, kioskOpt, keyboardOpt, langOpt, verboseOpt,
                    configOpt, probeOpt});
    cli.process(app);

    const QString dataDir = cli.isSet(dataOpt)
                                ? cli.value(dataOpt)
                                : QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    batch::logging::configure(QDir(dataDir).filePath(QStringLiteral("logs")),
                              cli.isSet(verboseOpt));
    auto log = batch::logging::logger("batch.app");
    batch::ui::LanguageSwitcher languages;
    languages.setLanguage(cli.isSet(langOpt) ? cli.value(langOpt)
                                             : batch::ui::LanguageSwitcher::systemLanguage());
    batch::ui::applyTheme(app);

    if (cli.isSet(dbOpt) && cli.isSet(demoOpt)) {
        QMessageBox::critical(nullptr, QApplication::translate("main", "BatchStation"),
                              QApplication::translate("main", "Use either --db or --demo."));
        return kExitUsage;
    }
    if (cli.isSet(dbOpt) && !cli.isSet(keyOpt)) {
        QMessageBox::critical(nullptr, QApplication::translate("main", "BatchStation"),
                              QApplication::translate("main", "--db needs --key-file."));
        return kExitUsage;
    }

    const bool demo = !cli.isSet(dbOpt);
    std::unique_ptr<batch::Station> station;
    QString dbPath;
    QByteArray passphrase;
    try {
        if (!demo) {
            dbPath = cli.value(dbOpt);
            passphrase = batch::store::readKeyFile(cli.value(keyOpt));
            station = batch::Station::open(dbPath, passphrase);
        } else {
            const QString demoDir = QDir(dataDir).filePath(QStringLiteral("demo"));
            printDemoUsers(demoDir);
            // The first start hashes the demo passwords and approves the demo MBRs (PBKDF2,
            // by design slow): say so instead of showing nothing for a few seconds.
            std::unique_ptr<QLabel> splash;
            if (!QFile::exists(QDir(demoDir).filePath(QStringLiteral("station.db")))) {
                std::printf("First start: setting up the demo station...\n");
                std::fflush(stdout);
                splash = std::make_unique<QLabel>(QApplication::translate(
                    "main", "Setting up the demo station (first start only)…"));
                splash->setWindowFlags(Qt::SplashScreen | Qt::FramelessWindowHint);
                splash->setAlignment(Qt::AlignCenter);
                splash->setMargin(48);
                splash->show();
                QApplication::processEvents();
            }
            batch::app::DemoStore store = batch::app::DemoStore::openOrCreate(demoDir);
            dbPath = store.dbPath;
            passphrase = store.passphrase;
            station = std::move(store.station);
        }
    } catch (const batch::store::StoreError& e) {
        return storeFailure(e);
    } catch (const batch::security::SecurityError& e) {
        log->error("station set-up failed: {}", e.message().toStdString());
        QMessageBox::critical(nullptr, QApplication::translate("main", "BatchStation"),
                              e.message());
        return kExitFailure;
    } catch (const batch::model::MbrError& e) {
        log->error("demo MBR set-up failed: {}", e.message().toStdString());
        QMessageBox::critical(nullptr, QApplication::translate("main", "BatchStation"),
                              e.message());
        return kExitFailure;
    }
    log->info("station {} opened from {}", station->stationId().toStdString(),
              dbPath.toStdString());

    // Instruments: every connected, in-service instrument of the instrument master through
    // the ordinary drivers; in demo mode the simulated balances of devices/demo, registered
    // in the master first. Readings are stamped on the station's clock (the 1 s rule).
    batch::ui::InstrumentHub instruments;
    std::unique_ptr<batch::app::DemoBalances> demoBalances;
    batch::record::Journal& journal = station->journal();
    batch::devices::StationInstruments stationInstruments([&journal] { return journal.nowMs(); });
    batch::ui::StationLinks stationLinks;
    if (demo) {
        demoBalances = std::make_unique<batch::app::DemoBalances>();
        QString why;
        if (demoBalances->start(*station, &why))
            demoBalances->registerWith(instruments);
        else
            log->error("demo balances not started: {}", why.toStdString());
    } else {
        QStringList problems;
        stationInstruments.connectAll(station->instruments(), &problems);
        for (const QString& p : problems)
            log->error("instrument not connected: {}", p.toStdString());
        stationLinks.build(stationInstruments, station->instruments(), instruments,
                           [&journal] { return journal.nowMs(); });
    }

    batch::security::Session session(station->users(), station->journal());
    // The integrity check runs on a pool thread with a read-only connection of its own
    // (verification never writes); the key stays inside this closure, never in the UI.
    batch::ui::ReadConnectionFactory readConnection = [dbPath, passphrase] {
        return batch::store::Database::open(dbPath, passphrase, batch::store::OpenMode::ReadOnly);
    };
    // Central sync and the supervisor dashboard, when configured; each on its own thread.
    batch::sync::SyncConfig syncConfig;
    const QString configPath =
        cli.isSet(configOpt) ? cli.value(configOpt) : batch::sync::defaultSyncConfigPath();
    if (cli.isSet(configOpt) || QFileInfo::exists(configPath)) {
        try {
            syncConfig = batch::sync::loadSyncConfig(configPath);
        } catch (const batch::sync::SyncError& e) {
            QMessageBox::critical(nullptr, QApplication::translate("main", "BatchStation"),
                                  e.message());
            return kExitUsage;
        }
    }
    QThread syncThread;
    QThread dashboardThread;
    std::unique_ptr<batch::ui::WorkerSyncStatus> syncStatus;
    std::unique_ptr<batch::ui::SupervisorDashboard> dashboard;
    if (syncConfig.configured()) {
        auto* worker = new batch::sync::SyncWorker(dbPath, passphrase, syncConfig);
        worker->moveToThread(&syncThread);
        QObject::connect(&syncThread, &QThread::started, worker, &batch::sync::SyncWorker::start);
        QObject::connect(&syncThread, &QThread::finished, worker, &QObject::deleteLater);
        syncStatus = std::make_unique<batch::ui::WorkerSyncStatus>();
        QObject::connect(worker, &batch::sync::SyncWorker::statusChanged, syncStatus.get(),
                         &batch::ui::WorkerSyncStatus::update);
        log->info("central sync with {}", syncConfig.connection.redacted().toStdString());
    }
    if (syncConfig.dashboard) {
        dashboard = std::make_unique<batch::ui::SupervisorDashboard>();
        auto* feed = new batch::sync::DashboardFeed(*syncConfig.dashboard);
        feed->moveToThread(&dashboardThread);
        QObject::connect(&dashboardThread, &QThread::started, feed,
                         &batch::sync::DashboardFeed::start);
        QObject::connect(&dashboardThread, &QThread::finished, feed, &QObject::deleteLater);
        QObject::connect(feed, &batch::sync::DashboardFeed::snapshotReady, dashboard.get(),
                         &batch::ui::SupervisorDashboard::showSnapshot);
        QObject::connect(feed, &batch::sync::DashboardFeed::connectionChanged, dashboard.get(),
                         &batch::ui::SupervisorDashboard::setConnectionState);
    }
    batch::ui::MainWindowOptions options;
    if (demo)
        options.loginFooterText = demoCredentials;
    options.kiosk = cli.isSet(kioskOpt);
    options.instruments = &instruments;
    options.languages = &languages;
    if (demo) {
        options.mbrImageDirs << QStringLiteral(":/demo/mbr");
        batch::Station& demoStation = *station;
        options.prepareBatch = [&demoStation](const batch::security::User& user,
                                              const QString& mbrId) {
            batch::demo::cleanDemoEquipment(demoStation, user, mbrId);
        };
    }
    options.sync = syncStatus.get();  // null: the status bar says "not configured"
    options.supervisorDashboard = dashboard.get();
    batch::ui::MainWindow window(*station, session, std::move(readConnection), options);
    if (syncStatus)
        syncThread.start();
    if (dashboard)
        dashboardThread.start();
    if (options.kiosk) {
        window.showFullScreen();
    } else {
        window.resize(1280, 800);
        window.show();
    }
    QTimer::singleShot(0, &window, [&] {
        const qint64 ms = startup.elapsed();
        log->info("login screen up after {} ms", ms);
        log->flush();
        if (cli.isSet(probeOpt)) {
            std::printf("startup_ms=%lld\n", static_cast<long long>(ms));
            std::fflush(stdout);
            QApplication::exit(0);
        }
    });
    const int rc = app.exec();
    for (QThread* t : {&syncThread, &dashboardThread}) {
        t->quit();
        t->wait();
    }
    // Leaving a session open would leave no LoggedOut event; close it in the record.
    try {
        session.logout();
    } catch (const std::exception& e) {
        log->error("recording the sign-out at exit failed: {}", e.what());
    }
    return rc;
}
