// The supervisor dashboard, live (issue 7 acceptance): two stations run batches through
// the real engine, their sync workers push to a real PostgreSQL, the dashboard feed
// (LISTEN/NOTIFY, its own thread) delivers snapshots and the view shows both stations'
// batches updating. Screenshots at 1280x800 and 1920x1080 for review.
#include "PgServer.h"
#include "SyncTestKit.h"

#include "MainWindow.h"
#include "Theme.h"
#include "exec/BatchEngine.h"
#include "instruments/InstrumentRegistry.h"
#include "screens/SupervisorDashboard.h"
#include "security/Session.h"
#include "sync/CentralAdmin.h"
#include "sync/CentralSchema.h"
#include "sync/Dashboard.h"
#include "sync/SyncWorker.h"
#include "status/WorkerSyncStatus.h"

#include <QAbstractButton>
#include <QLabel>
#include <QApplication>
#include <QDir>
#include <QStatusBar>
#include <QThread>
#include <QtTest>

#include <memory>

using namespace batch;

namespace {

// The released lots and the clean, calibrated balances the batches below scan: material
// scans and equipment checks are checked against the station's master data
// (docs/master-data.md).
void seedDemoMasterData(Station& station) {
    const security::User admin = *station.users().find(QStringLiteral("admin"));
    const security::User op = *station.users().find(QStringLiteral("op1"));
    station.users().addUser(admin, QStringLiteral("qa1"), QStringLiteral("Quinn QA"),
                            {security::Role::Qa}, QStringLiteral("Quality-Pass-1"),
                            QStringLiteral("test QA"));
    const security::User qa = *station.users().find(QStringLiteral("qa1"));
    const QString why = QStringLiteral("dashboard test master data");
    for (const auto& [material, lot] :
         {std::pair{"RM-PCM-001", "L-PCM-2026-0107"}, std::pair{"RM-MCC-005", "L-MCC-2026-0033"},
          std::pair{"RM-STA-002", "L-STA-2026-0311"}, std::pair{"RM-STA-002", "L-STA-2026-0312"}}) {
        const QString code = QString::fromLatin1(material);
        if (!station.materials().material(code))
            station.materials().addMaterial(admin, code, code, QStringLiteral("kg"), why);
        station.materials().receiveLot(admin,
                                       {QString::fromLatin1(lot),
                                        code,
                                        QStringLiteral("Supplier"),
                                        {},
                                        QStringLiteral("2099-12-31")},
                                       why);
        station.materials().changeLotStatus(qa, QString::fromLatin1(lot),
                                            masterdata::LotStatus::Released, why);
    }
    for (const auto& [id, cls] :
         {std::pair{"BAL-300-01", "BAL-300KG"}, std::pair{"BAL-6K-02", "BAL-6KG"}}) {
        station.equipment().add(
            admin,
            {QString::fromLatin1(id), QString::fromLatin1(cls), QString::fromLatin1(id), 72, true},
            why);
        station.equipment().clean(op, QString::fromLatin1(id), why);
        station.equipment().calibrate(admin, QString::fromLatin1(id), QStringLiteral("2099-12-31"),
                                      why);
    }
}

const QString kStationPw = QStringLiteral("dashboard-station-pw");
const QString kSupervisorPw = QStringLiteral("dashboard-supervisor-pw");

// A thread that owns one worker object and stops it (on its own thread) before it ends.
template <typename Worker>
struct Threaded {
    template <typename... Args>
    explicit Threaded(Args&&... args) : worker(new Worker(std::forward<Args>(args)...)) {
        worker->moveToThread(&thread);
        QObject::connect(&thread, &QThread::started, worker, &Worker::start);
        QObject::connect(&thread, &QThread::finished, worker, &QObject::deleteLater);
    }
    ~Threaded() {
        QMetaObject::invokeMethod(worker, &Worker::stop, Qt::BlockingQueuedConnection);
        thread.quit();
        thread.wait();
    }
    QThread thread;
    Worker* worker;
};

}  // namespace

class TestSyncDashboard : public QObject {
    Q_OBJECT

private slots:
    void twoStationsUpdateLive() {
        ui::applyTheme(*qApp);
        PgServer pg;
        sync::PgConnection admin = sync::PgConnection::connect(superSettings(pg));
        sync::migrateCentral(admin);
        StationFixture a(QStringLiteral("ST-A"));
        StationFixture b(QStringLiteral("ST-B"));
        for (StationFixture* s : {&a, &b}) {
            const QString role =
                QStringLiteral("station_") + s->station->stationId().toLower().replace(u'-', u'_');
            sync::registerStation(
                admin, {s->station->stationId(),
                        QString::fromLatin1(s->station->journal().publicKey().toHex()), role,
                        kStationPw, QStringLiteral("Granulation suite")});
        }
        sync::createLoginRole(admin, QStringLiteral("sup_dash"), kSupervisorPw,
                              sync::kSupervisorRole);
        const CliRun publish = batchctl(
            QStringList{QStringLiteral("central"), QStringLiteral("mbr"), QStringLiteral("publish"),
                        QStringLiteral("--file"),
                        QStringLiteral(BATCH_SOURCE_DIR "/resources/mbr/tablet-500mg.json"),
                        QStringLiteral("--reason"), QStringLiteral("approved centrally")} +
            superArgs(pg));
        QVERIFY2(publish.exitCode == 0, qPrintable(publish.err));
        for (StationFixture* s : {&a, &b}) {
            const auto adminUser = *s->station->users().find(QStringLiteral("admin"));
            s->station->users().addUser(
                adminUser, QStringLiteral("op1"), QStringLiteral("Otto Operator"),
                {security::Role::Operator, security::Role::Supervisor},
                QStringLiteral("Operator-Pass-1"), QStringLiteral("test operator"));
            seedDemoMasterData(*s->station);
        }

        // The view and its feed (supervisor role: may read the views, nothing else).
        ui::SupervisorDashboard view;
        view.resize(1280, 800);
        view.show();
        Threaded<sync::DashboardFeed> feed(
            roleSettings(pg, QStringLiteral("sup_dash"), kSupervisorPw), 100);
        int snapshots = 0;
        connect(feed.worker, &sync::DashboardFeed::snapshotReady, &view,
                &ui::SupervisorDashboard::showSnapshot);
        connect(feed.worker, &sync::DashboardFeed::snapshotReady, this, [&] { ++snapshots; });
        connect(feed.worker, &sync::DashboardFeed::connectionChanged, &view,
                &ui::SupervisorDashboard::setConnectionState);
        QString feedError;
        connect(feed.worker, &sync::DashboardFeed::connectionChanged, this,
                [&](bool, const QString& error) { feedError = error; });
        feed.thread.start();
        QVERIFY2(QTest::qWaitFor([&] { return view.snapshot().stations.size() == 2; }, 30000),
                 qPrintable(feedError));

        // Each station's own sync worker thread.
        auto workerFor = [&](StationFixture& s) {
            sync::SyncConfig c;
            c.connection = roleSettings(
                pg,
                QStringLiteral("station_") + s.station->stationId().toLower().replace(u'-', u'_'),
                kStationPw);
            c.pollMs = 20;
            c.pullIntervalMs = 200;
            c.minBackoffMs = 50;
            c.maxBackoffMs = 500;
            return std::make_unique<Threaded<sync::SyncWorker>>(
                s.dbPath, StationFixture::passphrase(s.station->stationId()), c);
        };
        auto wa = workerFor(a);
        auto wb = workerFor(b);
        wa->thread.start();
        wb->thread.start();
        QVERIFY(QTest::qWaitFor(
            [&] {
                try {
                    return a.station->mbrs()
                                   .effectiveMbr(QStringLiteral("MBR-TAB-500"))
                                   .info.version == QStringLiteral("1.0") &&
                           b.station->mbrs()
                                   .effectiveMbr(QStringLiteral("MBR-TAB-500"))
                                   .info.version == QStringLiteral("1.0");
                } catch (const std::exception&) {
                    return false;
                }
            },
            30000));

        const auto opA = *a.station->users().find(QStringLiteral("op1"));
        const auto opB = *b.station->users().find(QStringLiteral("op1"));
        exec::BatchEngine& ea = a.station->batches();
        exec::BatchEngine& eb = b.station->batches();
        ea.start(opA, QStringLiteral("B-A-001"), QStringLiteral("MBR-TAB-500"),
                 QStringLiteral("300"));
        eb.start(opB, QStringLiteral("B-B-001"), QStringLiteral("MBR-TAB-500"),
                 QStringLiteral("300"));
        auto stepShown = [&](const QString& st, const QString& batch, const QString& text) {
            return QTest::qWaitFor(
                [&] {
                    const QStringList row = view.batchRow(st, batch);
                    return row.size() > 4 && row[4].startsWith(text);
                },
                30000);
        };
        QVERIFY(stepShown(QStringLiteral("ST-A"), QStringLiteral("B-A-001"),
                          QStringLiteral("not started")));
        QVERIFY(stepShown(QStringLiteral("ST-B"), QStringLiteral("B-B-001"),
                          QStringLiteral("not started")));

        // Both stations work; the view follows each step.
        for (auto [engine, op, batch] : {std::tuple{&ea, opA, QStringLiteral("B-A-001")},
                                         std::tuple{&eb, opB, QStringLiteral("B-B-001")}}) {
            engine->complete(op, batch, QStringLiteral("disp_gowning"), {});
            engine->complete(op, batch, QStringLiteral("disp_clearance"), {QStringLiteral("all")});
            engine->complete(op, batch, QStringLiteral("disp_bal_floor"),
                             {QStringLiteral("BAL-300-01")});
            engine->complete(op, batch, QStringLiteral("disp_bal_bench"),
                             {QStringLiteral("BAL-6K-02")});
            engine->complete(op, batch, QStringLiteral("scan_pcm"),
                             {QStringLiteral("L-PCM-2026-0107")});
            engine->complete(op, batch, QStringLiteral("scan_mcc"),
                             {QStringLiteral("L-MCC-2026-0033")});
        }
        QVERIFY(stepShown(QStringLiteral("ST-A"), QStringLiteral("B-A-001"),
                          QStringLiteral("scan_mcc")));
        QVERIFY(stepShown(QStringLiteral("ST-B"), QStringLiteral("B-B-001"),
                          QStringLiteral("scan_mcc")));
        // The floor balance in each station's instrument master, calibrated: the engine's
        // weighing rules refuse an unknown, uncalibrated or unchecked balance. Readings as
        // the balance driver makes them (serial number, gross/tare, time of the frame).
        for (StationFixture* s : {&a, &b}) {
            instruments::InstrumentRegistry& master = s->station->instruments();
            const security::User admin = *s->station->users().find(QStringLiteral("admin"));
            instruments::Instrument bal;
            bal.id = QStringLiteral("BAL-300-01");
            bal.type = QStringLiteral("balance");
            bal.model = QStringLiteral("Floor balance 300 kg");
            bal.serialNumber = QStringLiteral("B120300001");
            bal.instrumentClass = QStringLiteral("BAL-300KG");
            bal.location = QStringLiteral("Dispensing");
            bal.unit = QStringLiteral("kg");
            bal.capacity = QStringLiteral("300");
            bal.readability = QStringLiteral("0.01");
            bal.minimumWeight = QStringLiteral("0.5");
            master.registerInstrument(admin, bal, QStringLiteral("commissioning"));
            master.recordCalibration(admin, bal.id, master.today(), master.today().addYears(1),
                                     QStringLiteral("CAL-1"), QStringLiteral("annual"));
        }
        auto weigh = [](StationFixture& s, const security::User& op, const QString& batch,
                        const QString& step, const QString& kg) {
            instruments::InstrumentRegistry& master = s.station->instruments();
            const auto bal = master.find(QStringLiteral("BAL-300-01"));
            if (!bal->dailyCheck || bal->dailyCheck->date != master.today())
                master.recordDailyCheck(op, bal->id, true, QStringLiteral("check weight ok"));
            exec::StepInput reading{kg, QStringLiteral("kg"), QStringLiteral("BAL-300-01"),
                                    QStringLiteral("S S     %1 kg").arg(kg), true};
            reading.gross = kg;
            reading.tare = QStringLiteral("0.00");
            reading.instrumentSerial = QStringLiteral("B120300001");
            reading.readAtUtcMs = s.station->journal().nowMs();
            s.station->batches().complete(op, batch, step, reading);
        };
        // Weighings a few (station-clock) minutes apart, so the trend has a time axis.
        auto later = [&](int minutes) {
            a.offsetMs += minutes * 60'000;
            b.offsetMs += minutes * 60'000;
        };
        later(2);
        weigh(a, opA, QStringLiteral("B-A-001"), QStringLiteral("w_pcm"), QStringLiteral("250.12"));
        weigh(b, opB, QStringLiteral("B-B-001"), QStringLiteral("w_pcm"), QStringLiteral("249.96"));
        QVERIFY(
            stepShown(QStringLiteral("ST-A"), QStringLiteral("B-A-001"), QStringLiteral("w_pcm")));
        later(4);
        weigh(a, opA, QStringLiteral("B-A-001"), QStringLiteral("w_mcc"), QStringLiteral("12.01"));
        later(1);
        weigh(b, opB, QStringLiteral("B-B-001"), QStringLiteral("w_mcc"), QStringLiteral("11.98"));
        later(3);
        ea.complete(opA, QStringLiteral("B-A-001"), QStringLiteral("scan_starch"),
                    {QStringLiteral("L-STA-2026-0311")});
        eb.complete(opB, QStringLiteral("B-B-001"), QStringLiteral("scan_starch"),
                    {QStringLiteral("L-STA-2026-0312")});
        later(2);
        weigh(a, opA, QStringLiteral("B-A-001"), QStringLiteral("w_starch"),
              QStringLiteral("23.98"));
        later(2);
        weigh(b, opB, QStringLiteral("B-B-001"), QStringLiteral("w_starch"),
              QStringLiteral("24.02"));
        QVERIFY(stepShown(QStringLiteral("ST-A"), QStringLiteral("B-A-001"),
                          QStringLiteral("w_starch")));
        QVERIFY(stepShown(QStringLiteral("ST-B"), QStringLiteral("B-B-001"),
                          QStringLiteral("w_starch")));
        later(1);

        // Abnormal states: a hold at B, a refused out-of-sequence action at A (an
        // exception), and an MVA alarm event at B as the MVA monitor records it.
        eb.hold(opB, QStringLiteral("B-B-001"), QStringLiteral("granulator cleaning overran"));
        QVERIFY_THROWS_EXCEPTION(exec::ExecError, ea.complete(opA, QStringLiteral("B-A-001"),
                                                              QStringLiteral("disp_labels"), {}));
        b.station->journal().appendOne(
            {QStringLiteral("MvaAlarmRaised"), QStringLiteral("system"),
             QJsonObject{
                 {QStringLiteral("batch_id"), QStringLiteral("B-B-001")},
                 {QStringLiteral("exception_type"), QStringLiteral("mva_alarm")},
                 {QStringLiteral("message"),
                  QStringLiteral("T² 14.2 above the 99 % limit 11.3 (model GRAN-PCA-3)")}}});
        QVERIFY(QTest::qWaitFor(
            [&] {
                const QStringList row =
                    view.batchRow(QStringLiteral("ST-B"), QStringLiteral("B-B-001"));
                return row.size() > 3 && row[3] == QStringLiteral("On hold") &&
                       !view.snapshot().mvaAlarms.empty() && !view.snapshot().exceptions.empty();
            },
            30000));
        QCOMPARE(view.snapshot().exceptions.front().exceptionType,
                 QStringLiteral("refused_action"));
        QCOMPARE(view.snapshot().mvaAlarms.front().stationId, QStringLiteral("ST-B"));
        // Trends across stations: BAL-300-01 at both stations.
        int balanceSeries = 0;
        for (const auto& t : view.snapshot().trends)
            if (t.instrumentId == QStringLiteral("BAL-300-01") && t.points.size() == 3)
                ++balanceSeries;
        QCOMPARE(balanceSeries, 2);
        // Live without a storm: one refresh per burst of notifications, not per event.
        const std::int64_t events = a.station->journal().headSeq() + b.station->journal().headSeq();
        QVERIFY2(
            snapshots < events,
            qPrintable(QStringLiteral("%1 snapshots for %2 events").arg(snapshots).arg(events)));

        const QString dir = QDir(qEnvironmentVariable("BATCH_TEST_TMP", QDir::tempPath()))
                                .filePath(QStringLiteral("screenshots"));
        QDir().mkpath(dir);
        for (const QSize size : {QSize(1280, 800), QSize(1920, 1080)}) {
            view.resize(size);
            QTest::qWait(50);
            const QString file = QDir(dir).filePath(QStringLiteral("supervisor-dashboard-%1x%2.png")
                                                        .arg(size.width())
                                                        .arg(size.height()));
            QVERIFY2(view.grab().save(file), qPrintable(file));
            qInfo("screenshot: %s", qPrintable(file));
        }

        // The same view inside batchstation's window: the home tile for a holder of
        // WatchDashboards, the dashboard page, and the sync status in the status bar.
        auto* inWindow = new ui::SupervisorDashboard;
        connect(feed.worker, &sync::DashboardFeed::snapshotReady, inWindow,
                &ui::SupervisorDashboard::showSnapshot);
        ui::WorkerSyncStatus syncStatus;
        connect(wa->worker, &sync::SyncWorker::statusChanged, &syncStatus,
                &ui::WorkerSyncStatus::update);
        security::Session session(a.station->users(), a.station->journal());
        ui::MainWindowOptions options;
        options.supervisorDashboard = inWindow;
        options.sync = &syncStatus;
        const QString dbPath = a.dbPath;
        ui::MainWindow window(
            *a.station, session,
            [dbPath] {
                return store::Database::open(dbPath,
                                             StationFixture::passphrase(QStringLiteral("ST-A")),
                                             store::OpenMode::OpenExisting);
            },
            options);
        window.resize(1280, 800);
        window.show();
        QVERIFY(session.login(QStringLiteral("admin"), kAdminPassword).ok());
        auto* tile = window.findChild<QAbstractButton*>(QStringLiteral("dashboardTile"));
        QVERIFY(tile && tile->isVisible());
        a.station->journal().appendOne(
            {record::types::kCommentAdded, QStringLiteral("admin"),
             QJsonObject{{QStringLiteral("note"), QStringLiteral("shift handover")}}});
        auto* status = window.findChild<QLabel*>(QStringLiteral("statusSync"));
        QVERIFY(status);
        QVERIFY2(QTest::qWaitFor(
                     [&] {
                         return status->text() == QLatin1String("Sync: online, up to date");
                     },
                     30000),
                 qPrintable(status->text()));
        saveShot(&window, QStringLiteral("supervisor-home"));
        QTest::mouseClick(tile, Qt::LeftButton);
        QCOMPARE(window.page(), ui::MainWindow::Page::Dashboard);
        QMetaObject::invokeMethod(feed.worker, &sync::DashboardFeed::refresh);
        QVERIFY(QTest::qWaitFor([&] { return inWindow->snapshot().batches.size() == 2; }, 30000));
        saveShot(&window, QStringLiteral("supervisor-dashboard-window"));
        session.logout();
        wa.reset();
        wb.reset();
    }

private:
    static void saveShot(QWidget* w, const QString& name) {
        const QString dir = QDir(qEnvironmentVariable("BATCH_TEST_TMP", QDir::tempPath()))
                                .filePath(QStringLiteral("screenshots"));
        QDir().mkpath(dir);
        for (const QSize size : {QSize(1280, 800), QSize(1920, 1080)}) {
            w->resize(size);
            QTest::qWait(50);
            const QString file = QDir(dir).filePath(
                QStringLiteral("%1-%2x%3.png").arg(name).arg(size.width()).arg(size.height()));
            QVERIFY2(w->grab().save(file), qPrintable(file));
        }
        w->resize(1280, 800);
    }
};

QTEST_MAIN(TestSyncDashboard)
#include "test_sync_dashboard.moc"
