// Chaos test of central sync (issue 7 acceptance): while a writer appends events, the
// PostgreSQL server is crashed (`pg_ctl stop -m immediate`) and restarted 6 times and
// the sync worker process (`batchctl sync --follow`) is killed with SIGKILL 6 times. At
// the end the central events equal the local events exactly (count, every hash), there
// are no duplicates, and `batchctl central verify` passes.
#include "PgServer.h"
#include "SyncTestKit.h"

#include "record/Journal.h"
#include "store/Database.h"
#include "store/Migrations.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QtTest>

#include <memory>

using namespace batch;
using batch::sync::PgResult;

class TestSyncChaos : public QObject {
    Q_OBJECT

    std::unique_ptr<PgServer> pg_;
    QTemporaryDir dir_;
    QString db_, key_, conf_;

    std::unique_ptr<QProcess> startProcess(const QString& program, const QStringList& args) {
        auto p = std::make_unique<QProcess>();
        p->setProcessChannelMode(QProcess::ForwardedErrorChannel);
        p->setStandardOutputFile(QProcess::nullDevice());
        p->start(program, args);
        if (!p->waitForStarted(10000))
            qFatal("cannot start %s", qPrintable(program));
        return p;
    }
    std::unique_ptr<QProcess> startSync() {
        return startProcess(
            batchctlPath(),
            {QStringLiteral("sync"), QStringLiteral("--follow"), QStringLiteral("--db"), db_,
             QStringLiteral("--key-file"), key_, QStringLiteral("--config"), conf_});
    }
    std::int64_t centralWatermark() {
        // Through psql on the unix socket: the test's own view must not depend on libpq
        // code under test.
        if (!pg_->running())
            return -1;
        try {
            return pg_
                ->psql(QStringLiteral(
                    "SELECT watermark FROM batch.station_heads WHERE station_id = 'CH01'"))
                .toLongLong();
        } catch (const std::exception&) {
            return -1;
        }
    }
    // Waits (bounded) until the central record has grown by at least `by` events.
    bool waitForProgress(std::int64_t by) {
        const std::int64_t from = centralWatermark();
        return QTest::qWaitFor([&] { return centralWatermark() >= from + by; }, 60000);
    }

private slots:
    void serverCrashesAndWorkerKillsLoseNothing() {
        QElapsedTimer total;
        total.start();
        pg_ = std::make_unique<PgServer>();
        db_ = dir_.filePath(QStringLiteral("chaos.db"));
        key_ = dir_.filePath(QStringLiteral("chaos.key"));
        QFile k(key_);
        QVERIFY(k.open(QIODevice::WriteOnly));
        k.write("chaos passphrase\n");
        k.close();
        const QString adminPw =
            pg_->writePasswordFile(QStringLiteral("admin.pw"), QStringLiteral("Admin-Password-42"));
        CliRun init = batchctl(
            {QStringLiteral("init"), QStringLiteral("--db"), db_, QStringLiteral("--key-file"),
             key_, QStringLiteral("--station"), QStringLiteral("CH01"), QStringLiteral("--admin"),
             QStringLiteral("admin"), QStringLiteral("--admin-name"), QStringLiteral("Ada Admin"),
             QStringLiteral("--admin-password-file"), adminPw});
        QVERIFY2(init.exitCode == 0, qPrintable(init.err));
        QCOMPARE(batchctl(QStringList{QStringLiteral("central"), QStringLiteral("init")} +
                          superArgs(*pg_))
                     .exitCode,
                 0);
        const QString stationPw =
            pg_->writePasswordFile(QStringLiteral("ch01.pw"), QStringLiteral("chaos-station-pw"));
        CliRun add = batchctl(QStringList{QStringLiteral("central"), QStringLiteral("station"),
                                          QStringLiteral("add"), QStringLiteral("--db"), db_,
                                          QStringLiteral("--key-file"), key_,
                                          QStringLiteral("--role"), QStringLiteral("station_ch01"),
                                          QStringLiteral("--role-password-file"), stationPw} +
                              superArgs(*pg_));
        QVERIFY2(add.exitCode == 0, qPrintable(add.err));
        conf_ = dir_.filePath(QStringLiteral("station.conf"));
        QFile conf(conf_);
        QVERIFY(conf.open(QIODevice::WriteOnly));
        conf.write(
            QStringLiteral(
                "[central]\nurl=%1\nuser=station_ch01\npassword_file=%2\nconnect_timeout_s=2\n"
                "[sync]\npoll_ms=20\nmin_backoff_ms=50\nmax_backoff_ms=500\nbatch_events=400\n")
                .arg(pg_->url(), stationPw)
                .toUtf8());
        conf.close();

        auto writer = startProcess(
            QStringLiteral(BATCH_BINARY_DIR "/tests/integration/sync_chaos_writer"), {db_, key_});
        auto worker = startSync();
        QVERIFY(waitForProgress(200));

        int crashes = 0;
        int kills = 0;
        auto* rng = QRandomGenerator::global();
        for (int round = 0; round < 6; ++round) {
            // Kill the worker while it pushes: a push may have committed centrally with
            // its answer lost, or been rolled back mid-transaction.
            QVERIFY(waitForProgress(50));
            QTest::qWait(static_cast<int>(rng->bounded(5, 60)));
            worker->kill();  // SIGKILL
            worker->waitForFinished();
            ++kills;
            worker = startSync();

            QVERIFY(waitForProgress(50));
            QTest::qWait(static_cast<int>(rng->bounded(5, 60)));
            pg_->stop(true);  // pg_ctl stop -m immediate: a server crash mid-ingest
            ++crashes;
            QTest::qWait(300);  // the writer keeps appending while the server is down
            pg_->start();
        }
        QVERIFY(waitForProgress(50));
        writer->kill();
        writer->waitForFinished();
        worker->kill();
        worker->waitForFinished();
        QCOMPARE(crashes, 6);
        QCOMPARE(kills, 6);

        // Drain what is left with one more exchange.
        CliRun last =
            batchctl({QStringLiteral("sync"), QStringLiteral("--once"), QStringLiteral("--json"),
                      QStringLiteral("--db"), db_, QStringLiteral("--key-file"), key_,
                      QStringLiteral("--config"), conf_});
        QVERIFY2(last.exitCode == 0, qPrintable(last.err + last.out));
        const QJsonObject result = QJsonDocument::fromJson(last.out.toUtf8()).object();
        QCOMPARE(result.value(QStringLiteral("waiting")).toInteger(), 0);

        // Central equals local exactly: count and every (seq, event_id, row_hash).
        store::Database db =
            store::Database::open(db_, "chaos passphrase", store::OpenMode::OpenExisting);
        store::Statement st = db.prepare("SELECT seq, event_id, row_hash FROM events ORDER BY seq");
        QStringList local;
        while (st.step())
            local << QStringLiteral("%1|%2|%3").arg(st.int64(0)).arg(st.text(1), st.text(2));
        const QStringList central =
            pg_->psql(QStringLiteral(
                          "SELECT seq || '|' || event_id || '|' || row_hash FROM batch.events "
                          "WHERE station_id = 'CH01' ORDER BY seq"))
                .split(QLatin1Char('\n'));
        QVERIFY(local.size() > 1000);
        QCOMPARE(central.size(), local.size());
        QCOMPARE(central, local);
        QCOMPARE(pg_->psql(QStringLiteral(
                     "SELECT count(*) = count(DISTINCT event_id) AND count(*) = max(seq) "
                     "FROM batch.events")),
                 QStringLiteral("t"));
        // Every priority event reported ahead of the chain was confirmed by it.
        QCOMPARE(pg_->psql(QStringLiteral(
                     "SELECT count(*) FILTER (WHERE NOT confirmed) FROM batch.v_priority_notices")),
                 QStringLiteral("0"));
        const QString notices =
            pg_->psql(QStringLiteral("SELECT count(*) FROM batch.v_priority_notices"));
        const CliRun verify = batchctl(
            QStringList{QStringLiteral("central"), QStringLiteral("verify")} + superArgs(*pg_));
        QVERIFY2(verify.exitCode == 0, qPrintable(verify.err + verify.out));
        qInfo(
            "chaos: %lld events, %d server crashes, %d worker kills, %s priority notices, %lld ms; "
            "%s",
            static_cast<long long>(local.size()), crashes, kills, qPrintable(notices),
            static_cast<long long>(total.elapsed()), qPrintable(verify.out.trimmed()));
    }
};

QTEST_GUILESS_MAIN(TestSyncChaos)
#include "test_sync_chaos.moc"
