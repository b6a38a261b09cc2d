// batchstation: the operator workstation. Composition root: parses the command line,
// opens the encrypted store, builds Station -> Session -> MainWindow and runs the loop.

#include "DemoStore.h"
#include "MainWindow.h"
#include "Theme.h"
#include "log/Logging.h"
#include "screens/SupervisorDashboard.h"
#include "sync/Dashboard.h"
#include "sync/SyncConfig.h"
#include "sync/SyncWorker.h"
#include "widgets/SyncStatusLabel.h"
#include "security/Session.h"
#include "security/Users.h"
#include "station/Station.h"
#include "store/Database.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QLibraryInfo>
#include <QLocale>
#include <QMessageBox>
#include <QFileInfo>
#include <QStandardPaths>
#include <QStatusBar>
#include <QThread>
#include <QTimer>
#include <QTranslator>

#include <spdlog/spdlog.h>

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

void installTranslations(QApplication& app, const QString& language) {
    const QLocale locale = language.isEmpty() ? QLocale() : QLocale(language);
    QLocale::setDefault(locale);
    auto* own = new QTranslator(&app);
    if (own->load(locale, QStringLiteral("batchstation"), QStringLiteral("_"),
                  QStringLiteral(":/i18n")))
        app.installTranslator(own);
    auto* qt = new QTranslator(&app);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        app.installTranslator(qt);
}

int storeFailure(const batch::store::StoreError& e) {
    const bool wrongKey = e.kind() == batch::store::StoreErrorKind::WrongKey ||
                          e.kind() == batch::store::StoreErrorKind::NotEncrypted;
    const QString text = wrongKey ? QString::fromLatin1(batch::store::kWrongKeyMessage)
                                  : QString::fromUtf8(e.what());
    batch::logging::logger("batch.app")->error("cannot open the store: {}", e.what());
    QMessageBox::critical(nullptr, QApplication::translate("main", "BatchStation"),
                          QApplication::translate("main", "The station database cannot be "
                                                          "opened:\n%1")
                              .arg(text));
    return wrongKey ? kExitWrongKey : kExitFailure;
}

}  // namespace

int main(int argc, char* argv[]) {
    QElapsedTimer startup;  // DESIGN.md §7: start to the login screen <= 1.5 s
    startup.start();
    StationApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("BatchStation"));
    QApplication::setApplicationVersion(QStringLiteral(BATCHSTATION_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("org.batchstation.BatchStation"));

    QCommandLineParser cli;
    cli.setApplicationDescription(QStringLiteral(
        "Operator workstation for paperless pharmaceutical batch execution. Without --db it "
        "opens (or creates) the demo station."));
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
    const QCommandLineOption kioskOpt(QStringLiteral("kiosk"),
                                      QStringLiteral("Full screen without window frame."));
    const QCommandLineOption langOpt(QStringLiteral("lang"),
                                     QStringLiteral("User interface language, e.g. de."),
                                     QStringLiteral("code"));
    const QCommandLineOption verboseOpt(QStringLiteral("verbose"),
                                        QStringLiteral("Debug messages in the log."));
    const QCommandLineOption configOpt(
        QStringLiteral("config"),
        QStringLiteral("Station configuration: central database, sync, dashboard (docs/sync.md). "
                       "Default: $BATCHSTATION_CONFIG or /etc/batchstation/station.conf if it "
                       "exists."),
        QStringLiteral("path"));
    cli.addOptions({dbOpt, keyOpt, demoOpt, kioskOpt, langOpt, verboseOpt, configOpt});
    cli.process(app);

    const QString dataDir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    batch::logging::configure(QDir(dataDir).filePath(QStringLiteral("logs")),
                              cli.isSet(verboseOpt));
    auto log = batch::logging::logger("batch.app");
    installTranslations(app, cli.value(langOpt));
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

    std::unique_ptr<batch::Station> station;
    QString dbPath;
    QByteArray passphrase;
    QString footer;
    try {
        if (cli.isSet(dbOpt)) {
            dbPath = cli.value(dbOpt);
            passphrase = batch::store::readKeyFile(cli.value(keyOpt));
            station = batch::Station::open(dbPath, passphrase);
        } else {
            batch::app::DemoStore demo =
                batch::app::DemoStore::openOrCreate(QDir(dataDir).filePath(QStringLiteral("demo")));
            dbPath = demo.dbPath;
            passphrase = demo.passphrase;
            station = std::move(demo.station);
            footer = QApplication::translate(
                         "main", "Demo mode — users admin / qa1 / op1 / sup1, password %1")
                         .arg(QString::fromLatin1(batch::app::DemoStore::kPassword));
        }
    } catch (const batch::store::StoreError& e) {
        return storeFailure(e);
    } catch (const batch::security::SecurityError& e) {
        log->error("demo station set-up failed: {}", e.message().toStdString());
        QMessageBox::critical(nullptr, QApplication::translate("main", "BatchStation"),
                              e.message());
        return kExitFailure;
    }
    log->info("station {} opened from {}", station->stationId().toStdString(),
              dbPath.toStdString());

    batch::security::Session session(station->users(), station->journal());
    // The integrity check runs on a pool thread with a connection of its own; the key
    // stays inside this closure and is never handed to the UI.
    batch::ui::ReadConnectionFactory readConnection = [dbPath, passphrase] {
        return batch::store::Database::open(dbPath, passphrase,
                                            batch::store::OpenMode::OpenExisting);
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
    batch::ui::SyncStatusLabel* syncStatus = nullptr;
    batch::ui::SupervisorDashboard* dashboard = nullptr;
    if (syncConfig.configured()) {
        auto* worker = new batch::sync::SyncWorker(dbPath, passphrase, syncConfig);
        worker->moveToThread(&syncThread);
        QObject::connect(&syncThread, &QThread::started, worker, &batch::sync::SyncWorker::start);
        QObject::connect(&syncThread, &QThread::finished, worker, &QObject::deleteLater);
        syncStatus = new batch::ui::SyncStatusLabel;
        QObject::connect(worker, &batch::sync::SyncWorker::statusChanged, syncStatus,
                         &batch::ui::SyncStatusLabel::setStatus);
        log->info("central sync with {}", syncConfig.connection.redacted().toStdString());
    }
    if (syncConfig.dashboard) {
        dashboard = new batch::ui::SupervisorDashboard;
        auto* feed = new batch::sync::DashboardFeed(*syncConfig.dashboard);
        feed->moveToThread(&dashboardThread);
        QObject::connect(&dashboardThread, &QThread::started, feed, &batch::sync::DashboardFeed::start);
        QObject::connect(&dashboardThread, &QThread::finished, feed, &QObject::deleteLater);
        QObject::connect(feed, &batch::sync::DashboardFeed::snapshotReady, dashboard,
                         &batch::ui::SupervisorDashboard::showSnapshot);
        QObject::connect(feed, &batch::sync::DashboardFeed::connectionChanged, dashboard,
                         &batch::ui::SupervisorDashboard::setConnectionState);
    }
    batch::ui::MainWindowOptions windowOptions{footer};
    windowOptions.supervisorDashboard = dashboard;
    batch::ui::MainWindow window(*station, session, std::move(readConnection), windowOptions);
    if (syncStatus) {
        window.statusBar()->addWidget(syncStatus, 1);
        syncThread.start();
    }
    if (dashboard)
        dashboardThread.start();
    if (cli.isSet(kioskOpt)) {
        window.setWindowFlag(Qt::FramelessWindowHint);
        window.showFullScreen();
    } else {
        window.resize(1280, 800);
        window.show();
    }
    QTimer::singleShot(0, &window, [&log, &startup] {
        log->info("login screen up after {} ms", startup.elapsed());
        log->flush();
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
