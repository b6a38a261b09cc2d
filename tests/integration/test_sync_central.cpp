// Central PostgreSQL sync against a real server started by the test (issue 7): schema
// and privileges, ingest (replay, reused seq, broken chain, gap, reused event id),
// server-side verification, master data flowing down, offline limit, TLS, the worker.
#include "PgServer.h"
#include "SyncTestKit.h"
#include "TempStore.h"

#include "record/CanonicalJson.h"
#include "record/Uuid.h"
#include "security/Signatures.h"
#include "station/Station.h"
#include "sync/CentralAdmin.h"
#include "sync/CentralSchema.h"
#include "sync/CentralVerifier.h"
#include "sync/SyncClient.h"
#include "sync/SyncState.h"
#include "sync/SyncWorker.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QThread>
#include <QtTest>

#include <atomic>
#include <memory>

using namespace batch;
using batch::sync::PgResult;

namespace {

const QString kStationPassword = QStringLiteral("station-role-password");

void comment(record::Journal& j, int n) {
    for (int i = 0; i < n; ++i)
        j.appendOne(
            {record::types::kCommentAdded, QStringLiteral("admin"),
             QJsonObject{{QStringLiteral("i"), i},
                         {QStringLiteral("text"), QStringLiteral("quote \" backslash \\ {}")}}});
}

// An event that continues `prev` with a correct row hash (for forged pushes).
record::EventRecord nextEvent(const QString& station, std::int64_t seq, const QString& prevHash,
                              const QString& text) {
    record::EventRecord e;
    e.stationId = station;
    e.seq = seq;
    e.eventId = record::makeUuidV7(record::systemClock()());
    e.type = record::types::kCommentAdded;
    e.userId = QStringLiteral("admin");
    e.tsUtc = record::formatUtcMillis(record::systemClock()());
    e.payload = record::encodeCanonical(QJsonObject{{QStringLiteral("text"), text}});
    e.prevHash = prevHash;
    e.rowHash = record::chain::rowHash(e);
    return e;
}

std::int64_t centralCount(sync::PgConnection& c, const QString& station) {
    return c.exec("SELECT count(*) FROM batch.events WHERE station_id = $1", {station.toUtf8()})
        .int64(0, 0);
}

}  // namespace

class TestSyncCentral : public QObject {
    Q_OBJECT

    std::unique_ptr<PgServer> pg_;
    std::unique_ptr<StationFixture> st_;
    QString stationPwFile_;

    sync::SyncConfig stationConfig() const {
        sync::SyncConfig c;
        c.connection = roleSettings(*pg_, QStringLiteral("station_st01"), kStationPassword);
        c.pollMs = 20;
        c.minBackoffMs = 50;
        c.maxBackoffMs = 400;
        c.pullIntervalMs = 200;
        return c;
    }
    sync::ExchangeResult syncOnce(StationFixture& s, const sync::SyncOptions& options = {}) {
        return ::syncOnce(*pg_, s, kStationPassword, options);
    }

private slots:
    void initTestCase() {
        pg_ = std::make_unique<PgServer>();
        const CliRun init = batchctl(
            QStringList{QStringLiteral("central"), QStringLiteral("init")} + superArgs(*pg_));
        QVERIFY2(init.exitCode == 0, qPrintable(init.err + init.out));
        QVERIFY(init.out.contains(QStringLiteral("version 2")));
        // Idempotent: a second init migrates nothing.
        const CliRun again = batchctl(
            QStringList{QStringLiteral("central"), QStringLiteral("init")} + superArgs(*pg_));
        QVERIFY2(again.exitCode == 0 && again.out.contains(QStringLiteral("(was 2)")),
                 qPrintable(again.err));

        st_ = std::make_unique<StationFixture>(QStringLiteral("ST01"));
        stationPwFile_ = pg_->writePasswordFile(QStringLiteral("st01.pw"), kStationPassword);
        const CliRun add = batchctl(
            QStringList{QStringLiteral("central"), QStringLiteral("station"), QStringLiteral("add"),
                        QStringLiteral("--role"), QStringLiteral("station_st01"),
                        QStringLiteral("--role-password-file"), stationPwFile_} +
            st_->storeArgs() + superArgs(*pg_));
        QVERIFY2(add.exitCode == 0, qPrintable(add.err + add.out));
        const CliRun twice = batchctl(
            QStringList{QStringLiteral("central"), QStringLiteral("station"), QStringLiteral("add"),
                        QStringLiteral("--role"), QStringLiteral("station_st01")} +
            st_->storeArgs() + superArgs(*pg_));
        QCOMPARE(twice.exitCode, 1);
        QVERIFY2(twice.err.contains(QStringLiteral("already registered")), qPrintable(twice.err));
    }

    void pushesEverythingOnceAndVerifies() {
        comment(st_->station->journal(), 2500);  // crosses checkpoints 1000 and 2000
        sync::SyncOptions opt;
        opt.batchEvents = 700;  // several pushes, checkpoints inside and across them
        const sync::ExchangeResult r = syncOnce(*st_, opt);
        const std::int64_t head = st_->station->journal().headSeq();
        QCOMPARE(r.watermark, head);
        QCOMPARE(r.waiting(), std::int64_t(0));
        sync::PgConnection su = sync::PgConnection::connect(superSettings(*pg_));
        QCOMPARE(centralCount(su, QStringLiteral("ST01")), head);
        QCOMPARE(su.exec("SELECT count(*) FROM batch.checkpoints").int64(0, 0), std::int64_t(2));
        // Same fields and hashes as the local log, row by row.
        PgResult rows = su.exec(
            "SELECT seq, event_id::text, row_hash, payload FROM batch.events "
            "WHERE station_id = 'ST01' ORDER BY seq");
        const auto local = st_->station->journal().events({});
        QCOMPARE(std::int64_t(rows.rows()), std::int64_t(local.size()));
        for (int i = 0; i < rows.rows(); ++i) {
            QCOMPARE(rows.int64(i, 0), local[i].seq);
            QCOMPARE(rows.text(i, 1), local[i].eventId);
            QCOMPARE(rows.text(i, 2), local[i].rowHash);
            QCOMPARE(rows.bytes(i, 3), local[i].payload);
        }
        const CliRun verify = batchctl(
            QStringList{QStringLiteral("central"), QStringLiteral("verify")} + superArgs(*pg_));
        QVERIFY2(verify.exitCode == 0, qPrintable(verify.err + verify.out));
        QVERIFY(verify.out.contains(QStringLiteral("2 signed checkpoints")));
        // A second exchange with nothing waiting pushes nothing.
        QCOMPARE(syncOnce(*st_).pushed, std::int64_t(0));
        const CliRun status =
            batchctl(QStringList{QStringLiteral("central"), QStringLiteral("status"),
                                 QStringLiteral("--json")} +
                     superArgs(*pg_));
        QVERIFY2(status.exitCode == 0, qPrintable(status.err));
        QVERIFY(status.out.contains(QStringLiteral("\"watermark\":%1").arg(head)));
    }

    void replayIsANoOp() {
        sync::PgConnection st = sync::PgConnection::connect(
            roleSettings(*pg_, QStringLiteral("station_st01"), kStationPassword));
        record::EventQuery q;
        q.limit = 50;
        const auto first = st_->station->journal().events(q);
        sync::PgConnection su = sync::PgConnection::connect(superSettings(*pg_));
        const std::int64_t before = centralCount(su, QStringLiteral("ST01"));
        const std::int64_t logBefore = su.exec("SELECT count(*) FROM batch.events").int64(0, 0);
        PgResult r = st.exec(kIngestSql, ingestParams(QStringLiteral("ST01"), first));
        QCOMPARE(r.int64(0, 0), before);  // the watermark, unchanged
        QCOMPARE(centralCount(su, QStringLiteral("ST01")), before);
        QCOMPARE(su.exec("SELECT count(*) FROM batch.events").int64(0, 0), logBefore);
    }

    void forgedReusedSeqIsRefused() {
        sync::PgConnection st = sync::PgConnection::connect(
            roleSettings(*pg_, QStringLiteral("station_st01"), kStationPassword));
        const auto e2 = *st_->station->journal().event(QStringLiteral("ST01"), 2);
        // seq 3 again, correctly chained to seq 2, but a different event.
        const record::EventRecord forged =
            nextEvent(QStringLiteral("ST01"), 3, e2.rowHash, QStringLiteral("forged"));
        try {
            st.exec(kIngestSql, ingestParams(QStringLiteral("ST01"), {e2, forged}));
            QFAIL("a reused seq with a different event was accepted");
        } catch (const sync::SyncError& e) {
            QCOMPARE(e.kind(), sync::SyncError::Kind::Refused);
            QVERIFY2(e.message().contains(QStringLiteral("station ST01, seq 3")),
                     qPrintable(e.message()));
            QVERIFY2(e.message().contains(QStringLiteral("reused seq")), qPrintable(e.message()));
            QCOMPARE(e.sqlState(), QStringLiteral("BS004"));
        }
    }

    void brokenChainGapAndBadHashAreRefused() {
        sync::PgConnection st = sync::PgConnection::connect(
            roleSettings(*pg_, QStringLiteral("station_st01"), kStationPassword));
        const std::int64_t head = st_->station->journal().headSeq();
        const auto last = *st_->station->journal().event(QStringLiteral("ST01"), head);
        auto refusedWith = [&](const std::vector<record::EventRecord>& events, const QString& what,
                               const QString& state) {
            try {
                st.exec(kIngestSql, ingestParams(QStringLiteral("ST01"), events));
                return QStringLiteral("accepted");
            } catch (const sync::SyncError& e) {
                if (!e.message().contains(what) || e.sqlState() != state)
                    return e.sqlState() + QLatin1Char(' ') + e.message();
                return QString();
            }
        };
        // Broken chain: prev_hash does not name the central head.
        const auto broken = nextEvent(QStringLiteral("ST01"), head + 1,
                                      QString(64, QLatin1Char('a')), QStringLiteral("broken"));
        QString why = refusedWith(
            {broken}, QStringLiteral("station ST01, seq %1: chain broken").arg(head + 1),
            QStringLiteral("BS003"));
        QVERIFY2(why.isEmpty(), qPrintable(why));
        // Broken inside the push.
        const auto ok1 =
            nextEvent(QStringLiteral("ST01"), head + 1, last.rowHash, QStringLiteral("a"));
        const auto bad2 =
            nextEvent(QStringLiteral("ST01"), head + 2, last.rowHash, QStringLiteral("b"));
        why = refusedWith({ok1, bad2},
                          QStringLiteral("station ST01, seq %1: chain broken").arg(head + 2),
                          QStringLiteral("BS003"));
        QVERIFY2(why.isEmpty(), qPrintable(why));
        // Gap.
        const auto gap =
            nextEvent(QStringLiteral("ST01"), head + 2, last.rowHash, QStringLiteral("gap"));
        why = refusedWith({gap}, QStringLiteral("station ST01, seq %1: gap").arg(head + 2),
                          QStringLiteral("BS002"));
        QVERIFY2(why.isEmpty(), qPrintable(why));
        // Row hash that does not match the content (recomputed in SQL).
        auto edited = ok1;
        edited.payload = record::encodeCanonical(
            QJsonObject{{QStringLiteral("text"), QStringLiteral("edited")}});
        why = refusedWith({edited},
                          QStringLiteral("station ST01, seq %1: content changed").arg(head + 1),
                          QStringLiteral("BS003"));
        QVERIFY2(why.isEmpty(), qPrintable(why));
        // An event id another row already uses.
        auto dup = nextEvent(QStringLiteral("ST01"), head + 1, last.rowHash, QStringLiteral("dup"));
        dup.eventId = st_->station->journal().event(QStringLiteral("ST01"), 7)->eventId;
        dup.rowHash = record::chain::rowHash(dup);
        why = refusedWith({dup}, QStringLiteral("station ST01, seq %1: event_id").arg(head + 1),
                          QStringLiteral("BS005"));
        QVERIFY2(why.isEmpty(), qPrintable(why));
        // Nothing of it was stored; the station itself still syncs cleanly.
        sync::PgConnection su = sync::PgConnection::connect(superSettings(*pg_));
        QCOMPARE(centralCount(su, QStringLiteral("ST01")), head);
        comment(st_->station->journal(), 3);
        QCOMPARE(syncOnce(*st_).pushed, std::int64_t(3));
    }

    void privilegesAndTriggersRefuseChanges() {
        sync::PgConnection st = sync::PgConnection::connect(
            roleSettings(*pg_, QStringLiteral("station_st01"), kStationPassword));
        for (const char* sql :
             {"SELECT count(*) FROM batch.events",
              "UPDATE batch.events SET payload = '{}' WHERE seq = 1",
              "DELETE FROM batch.events WHERE seq = 1",
              "INSERT INTO batch.master_changes VALUES (999, 'users', 'x', '{}', 'r', 'x', now())",
              "SELECT batch.publish('users', 'x', '{}', 'reason')",
              "SELECT * FROM batch.v_batches"}) {
            try {
                st.exec(sql);
                QFAIL(qPrintable(QStringLiteral("the station role could run: ") +
                                 QString::fromLatin1(sql)));
            } catch (const sync::SyncError& e) {
                QVERIFY2(e.sqlState() == QStringLiteral("42501"),
                         qPrintable(e.sqlState() + e.message()));
            }
        }
        // A station cannot push for another station.
        try {
            st.exec("SELECT * FROM batch.hello('ST99', NULL)");
            QFAIL("hello for an unregistered station succeeded");
        } catch (const sync::SyncError& e) {
            QVERIFY2(e.message().contains(QStringLiteral("ST99")), qPrintable(e.message()));
        }
        // Even the owner meets the triggers.
        sync::PgConnection su = sync::PgConnection::connect(superSettings(*pg_));
        for (const char* sql : {"UPDATE batch.events SET payload = '{}' WHERE seq = 1",
                                "DELETE FROM batch.events WHERE seq = 1", "TRUNCATE batch.events",
                                "DELETE FROM batch.checkpoints"}) {
            try {
                su.exec(sql);
                QFAIL(
                    qPrintable(QStringLiteral("the owner could run: ") + QString::fromLatin1(sql)));
            } catch (const sync::SyncError& e) {
                QVERIFY2(e.message().contains(QStringLiteral("append-only")),
                         qPrintable(e.message()));
            }
        }
        // Every callable function is SECURITY DEFINER with a fixed search_path.
        PgResult f = su.exec(
            "SELECT p.proname FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace "
            "WHERE n.nspname = 'batch' AND has_function_privilege('batch_station', p.oid, "
            "'EXECUTE') "
            "AND NOT (p.prosecdef AND array_to_string(p.proconfig, ',') LIKE 'search_path=%')");
        QCOMPARE(f.rows(), 0);
        PgResult granted = su.exec(
            "SELECT string_agg(p.proname, ',' ORDER BY p.proname) FROM pg_proc p JOIN pg_namespace "
            "n "
            "ON n.oid = p.pronamespace WHERE n.nspname = 'batch' "
            "AND has_function_privilege('batch_station', p.oid, 'EXECUTE')");
        QCOMPARE(granted.text(0, 0), QStringLiteral("hello,ingest,pull,report_priority"));
    }

    void centralVerifyNamesTheFirstBrokenRow() {
        // A separate server: tampering must not disturb the other tests' database.
        PgServer pg;
        QCOMPARE(
            batchctl(QStringList{QStringLiteral("central"), QStringLiteral("init")} + superArgs(pg))
                .exitCode,
            0);
        StationFixture s(QStringLiteral("ST07"));
        const QString pw = pg.writePasswordFile(QStringLiteral("st07.pw"), kStationPassword);
        QCOMPARE(batchctl(QStringList{QStringLiteral("central"), QStringLiteral("station"),
                                      QStringLiteral("add"), QStringLiteral("--role"),
                                      QStringLiteral("station_st07"),
                                      QStringLiteral("--role-password-file"), pw} +
                          s.storeArgs() + superArgs(pg))
                     .exitCode,
                 0);
        comment(s.station->journal(), 1200);
        const CliRun sync = batchctl(
            QStringList{QStringLiteral("sync"), QStringLiteral("--once"), QStringLiteral("--url"),
                        pg.url(), QStringLiteral("--user"), QStringLiteral("station_st07"),
                        QStringLiteral("--password-file"), pw} +
            s.storeArgs());
        QVERIFY2(sync.exitCode == 0, qPrintable(sync.err + sync.out));
        QCOMPARE(batchctl(QStringList{QStringLiteral("central"), QStringLiteral("verify")} +
                          superArgs(pg))
                     .exitCode,
                 0);

        // A forged checkpoint signature (triggers disabled by a superuser behind the app's back).
        pg.psql(QStringLiteral(
            "ALTER TABLE batch.checkpoints DISABLE TRIGGER USER; "
            "UPDATE batch.checkpoints SET signature = repeat('ab', 64) WHERE seq = 1000;"));
        CliRun v = batchctl(QStringList{QStringLiteral("central"), QStringLiteral("verify"),
                                        QStringLiteral("--json")} +
                            superArgs(pg));
        QCOMPARE(v.exitCode, 1);
        QVERIFY2(v.out.contains(QStringLiteral("checkpoint_signature_invalid")) &&
                     v.out.contains(QStringLiteral("\"seq\":1000")),
                 qPrintable(v.out));
        // An edited payload at seq 5 is named before the checkpoint.
        pg.psql(
            QStringLiteral("ALTER TABLE batch.events DISABLE TRIGGER USER; "
                           "UPDATE batch.events SET payload = '{\"i\":99}' WHERE station_id = "
                           "'ST07' AND seq = 5;"));
        v = batchctl(QStringList{QStringLiteral("central"), QStringLiteral("verify")} +
                     superArgs(pg));
        QCOMPARE(v.exitCode, 1);
        QVERIFY2(v.err.contains(QStringLiteral("station ST07 seq 5 (content_changed)")),
                 qPrintable(v.err));
        // A deleted row is a gap.
        pg.psql(QStringLiteral(
            "UPDATE batch.events SET payload = (SELECT payload FROM batch.events WHERE seq = 4 AND "
            "station_id = 'ST07') WHERE seq = 5 AND station_id = 'ST07';"));
        pg.psql(QStringLiteral(
            "DELETE FROM batch.events WHERE station_id = 'ST07' AND seq IN (4, 5);"));
        v = batchctl(QStringList{QStringLiteral("central"), QStringLiteral("verify")} +
                     superArgs(pg));
        QCOMPARE(v.exitCode, 1);
        QVERIFY2(v.err.contains(QStringLiteral("station ST07 seq 4 (row_missing)")),
                 qPrintable(v.err));
    }

    void disabledUserCannotSignAfterNextSync() {
        const QString initial =
            pg_->writePasswordFile(QStringLiteral("op.pw"), QStringLiteral("Initial-Pass-123"));
        CliRun add = batchctl(
            QStringList{QStringLiteral("central"), QStringLiteral("user"), QStringLiteral("add"),
                        QStringLiteral("--id"), QStringLiteral("op1"), QStringLiteral("--name"),
                        QStringLiteral("Otto Operator"), QStringLiteral("--roles"),
                        QStringLiteral("operator"), QStringLiteral("--initial-password-file"),
                        initial, QStringLiteral("--reason"), QStringLiteral("new hire")} +
            superArgs(*pg_));
        QVERIFY2(add.exitCode == 0, qPrintable(add.err + add.out));
        const sync::ExchangeResult r = syncOnce(*st_);
        QVERIFY2(r.applied >= 1 && r.refused == 0, qPrintable(r.refusals.join(u'\n')));
        Station& station = *st_->station;
        QVERIFY(station.users().find(QStringLiteral("op1")).has_value());
        station.users().changePassword(QStringLiteral("op1"), QStringLiteral("Initial-Pass-123"),
                                       QStringLiteral("Operator-Pass-456"));
        const auto subject =
            station.journal().appendOne({record::types::kCommentAdded, QStringLiteral("op1"),
                                         QJsonObject{{QStringLiteral("t"), 1}}});
        security::SignRequest req;
        req.signerId = QStringLiteral("op1");
        req.password = QStringLiteral("Operator-Pass-456");
        req.meaning = security::SignatureMeaning::Performed;
        req.subject = {subject.stationId, subject.seq};
        station.signatures().sign(req);  // allowed

        CliRun disable = batchctl(QStringList{QStringLiteral("central"), QStringLiteral("user"),
                                              QStringLiteral("disable"), QStringLiteral("--id"),
                                              QStringLiteral("op1"), QStringLiteral("--reason"),
                                              QStringLiteral("left the company")} +
                                  superArgs(*pg_));
        QVERIFY2(disable.exitCode == 0, qPrintable(disable.err));
        station.signatures().sign(req);  // the station has not heard of it yet
        syncOnce(*st_);
        try {
            station.signatures().sign(req);
            QFAIL("a centrally disabled user signed after the sync");
        } catch (const security::SecurityError& e) {
            QCOMPARE(e.kind(), security::SecurityError::Kind::AccountLocked);
        }
        // The change is in the record, with old and new values.
        record::EventQuery q;
        q.type = sync::types::kMasterDataApplied;
        const auto applied = station.journal().events(q);
        QVERIFY(!applied.empty());
        QVERIFY(applied.back().payload.contains("\"new_disabled\":true"));
        QVERIFY(applied.back().payload.contains("\"old_disabled\":false"));
    }

    void offlineStationRefusesSignaturesUntilSynced() {
        Station& station = *st_->station;
        const QString initial =
            pg_->writePasswordFile(QStringLiteral("op2.pw"), QStringLiteral("Initial-Pass-222"));
        QCOMPARE(
            batchctl(QStringList{
                         QStringLiteral("central"), QStringLiteral("user"), QStringLiteral("add"),
                         QStringLiteral("--id"), QStringLiteral("op2"), QStringLiteral("--name"),
                         QStringLiteral("Olga Operator"), QStringLiteral("--roles"),
                         QStringLiteral("operator"), QStringLiteral("--initial-password-file"),
                         initial, QStringLiteral("--reason"), QStringLiteral("new hire")} +
                     superArgs(*pg_))
                .exitCode,
            0);
        sync::SyncOptions opt;
        opt.offlineSigningLimitSeconds = 3600;
        syncOnce(*st_, opt);
        station.users().changePassword(QStringLiteral("op2"), QStringLiteral("Initial-Pass-222"),
                                       QStringLiteral("Operator-Pass-222"));
        const auto subject =
            station.journal().appendOne({record::types::kCommentAdded, QStringLiteral("op2"),
                                         QJsonObject{{QStringLiteral("t"), 2}}});
        security::SignRequest req;
        req.signerId = QStringLiteral("op2");
        req.password = QStringLiteral("Operator-Pass-222");
        req.meaning = security::SignatureMeaning::Performed;
        req.subject = {subject.stationId, subject.seq};
        station.signatures().sign(req);
        st_->offsetMs = 3601 * 1000;  // an hour and a second without a sync
        try {
            station.signatures().sign(req);
            QFAIL("signature allowed past the offline limit");
        } catch (const security::SecurityError& e) {
            QCOMPARE(e.kind(), security::SecurityError::Kind::NotAuthorized);
            QVERIFY2(e.message().contains(QStringLiteral("synchronised")), qPrintable(e.message()));
        }
        record::EventQuery q;
        q.type = record::types::kSignatureRefused;
        QVERIFY(!station.journal().events(q).empty());
        // A station reopened from the file enforces the same limit (it is in the store).
        {
            auto reopened = Station::open(st_->dbPath, "station passphrase ST01", st_->clock());
            try {
                reopened->signatures().sign(req);
                QFAIL("a reopened store forgot the offline limit");
            } catch (const security::SecurityError&) {
            }
        }
        syncOnce(*st_, opt);
        station.signatures().sign(req);  // synced: allowed again
        st_->offsetMs = 0;
        opt.offlineSigningLimitSeconds = 0;
        syncOnce(*st_, opt);
    }

    void mbrFlowsDownAndRunningBatchKeepsItsVersion() {
        const QString v1 = QStringLiteral(BATCH_SOURCE_DIR "/resources/mbr/tablet-500mg.json");
        QFile f(v1);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QByteArray text = f.readAll();
        text.replace("\"version\": \"1.0\"", "\"version\": \"1.1\"");
        const QString v2 = st_->dir.filePath(QStringLiteral("tablet-1.1.json"));
        QFile out(v2);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(text);
        out.close();
        auto publish = [&](const QString& file) {
            return batchctl(QStringList{QStringLiteral("central"), QStringLiteral("mbr"),
                                        QStringLiteral("publish"), QStringLiteral("--file"), file,
                                        QStringLiteral("--reason"),
                                        QStringLiteral("approved centrally")} +
                            superArgs(*pg_));
        };
        CliRun p1 = publish(v1);
        QVERIFY2(p1.exitCode == 0, qPrintable(p1.err + p1.out));
        sync::ExchangeResult r = syncOnce(*st_);
        QVERIFY2(r.refused == 0, qPrintable(r.refusals.join(u'\n')));
        Station& station = *st_->station;
        QCOMPARE(station.mbrs().effectiveMbr(QStringLiteral("MBR-TAB-500")).info.version,
                 QStringLiteral("1.0"));
        const auto admin = *station.users().find(QStringLiteral("admin"));
        security::User actor = admin;
        actor.roles = {security::Role::Supervisor, security::Role::Operator};
        // The admin alone cannot run batches: give a central supervisor the role.
        const QString pw =
            pg_->writePasswordFile(QStringLiteral("sup.pw"), QStringLiteral("Initial-Pass-789"));
        QCOMPARE(batchctl(QStringList{QStringLiteral("central"), QStringLiteral("user"),
                                      QStringLiteral("add"), QStringLiteral("--id"),
                                      QStringLiteral("sup1"), QStringLiteral("--name"),
                                      QStringLiteral("Sue Supervisor"), QStringLiteral("--roles"),
                                      QStringLiteral("operator,supervisor"),
                                      QStringLiteral("--initial-password-file"), pw,
                                      QStringLiteral("--reason"), QStringLiteral("shift lead")} +
                          superArgs(*pg_))
                     .exitCode,
                 0);
        syncOnce(*st_);
        const auto sup = *station.users().find(QStringLiteral("sup1"));
        station.batches().start(sup, QStringLiteral("B-001"), QStringLiteral("MBR-TAB-500"),
                                QStringLiteral("100"));

        CliRun p2 = publish(v2);
        QVERIFY2(p2.exitCode == 0, qPrintable(p2.err + p2.out));
        r = syncOnce(*st_);
        QVERIFY2(r.applied == 1 && r.refused == 0, qPrintable(r.refusals.join(u'\n')));
        QCOMPARE(station.mbrs().effectiveMbr(QStringLiteral("MBR-TAB-500")).info.version,
                 QStringLiteral("1.1"));
        QCOMPARE(station.mbrs().find(QStringLiteral("MBR-TAB-500"), QStringLiteral("1.0"))->status,
                 model::MbrStatus::Superseded);
        QCOMPARE(station.batches().projection(QStringLiteral("B-001")).mbrVersion,
                 QStringLiteral("1.0"));
        station.batches().start(sup, QStringLiteral("B-002"), QStringLiteral("MBR-TAB-500"),
                                QStringLiteral("100"));
        QCOMPARE(station.batches().projection(QStringLiteral("B-002")).mbrVersion,
                 QStringLiteral("1.1"));
        // A document for a kind this build has no applier for is kept, recorded, skipped.
        sync::PgConnection su = sync::PgConnection::connect(superSettings(*pg_));
        sync::publishMasterData(su, QStringLiteral("sampling_plan"), QStringLiteral("SP-1"),
                                QJsonObject{{QStringLiteral("plan"), QStringLiteral("x")}},
                                QStringLiteral("future kind"));
        r = syncOnce(*st_);
        QCOMPARE(r.refused, 1);
        QVERIFY(r.refusals.first().contains(QStringLiteral("no applier")));
        store::Statement kept = station.db().prepare(
            "SELECT applied FROM central_master_data WHERE kind = 'sampling_plan' AND key = "
            "'SP-1'");
        QVERIFY(kept.step());
        QCOMPARE(kept.int64(0), std::int64_t(0));
    }

    void priorityEventsTravelAheadOfTheChain() {
        Station& station = *st_->station;
        comment(station.journal(), 120);
        station.journal().appendOne(
            {record::types::kAccountLocked, QStringLiteral("op9"),
             QJsonObject{{QStringLiteral("user_id"), QStringLiteral("op9")},
                         {QStringLiteral("priority"), QStringLiteral("high")}}});
        const std::int64_t lockedSeq = station.journal().headSeq();
        sync::SyncOptions opt;
        opt.batchEvents = 25;
        opt.maxPushMs = 0;  // report and stop: the chain stays behind the notice
        const sync::ExchangeResult r = syncOnce(*st_, opt);
        QCOMPARE(r.notices, 1);
        QVERIFY(r.watermark < lockedSeq);
        sync::PgConnection su = sync::PgConnection::connect(superSettings(*pg_));
        PgResult n = su.exec(
            "SELECT seq, confirmed FROM batch.v_priority_notices WHERE type = 'AccountLocked'");
        QCOMPARE(n.rows(), 1);
        QCOMPARE(n.int64(0, 0), lockedSeq);
        QCOMPARE(n.boolean(0, 1), false);
        QCOMPARE(syncOnce(*st_).watermark, station.journal().headSeq());
        n = su.exec("SELECT confirmed FROM batch.v_priority_notices WHERE type = 'AccountLocked'");
        QCOMPARE(n.boolean(0, 0), true);
    }

    void clockOffsetRaisesOneEvent() {
        sync::SyncOptions opt;
        opt.clockOffsetBoundMs = 2000;
        st_->offsetMs = -10000;  // the station's clock is 10 s behind the server
        const sync::MasterDataRegistry appliers = sync::defaultMasterDataAppliers();
        sync::SyncClient client(st_->station->journal(), appliers, opt);
        client.applyPolicy();
        sync::PgConnection c = sync::PgConnection::connect(
            roleSettings(*pg_, QStringLiteral("station_st01"), kStationPassword));
        const sync::ExchangeResult r = client.exchange(c);
        QVERIFY2(r.offsetExceeded && r.offsetMs > 9000 && r.offsetMs < 11000,
                 qPrintable(QString::number(r.offsetMs)));
        client.exchange(c);
        st_->offsetMs = 0;
        record::EventQuery q;
        q.type = sync::types::kClockOffsetExceeded;
        QCOMPARE(st_->station->journal().events(q).size(), std::size_t(1));
        sync::PgConnection su = sync::PgConnection::connect(superSettings(*pg_));
        PgResult log = su.exec(
            "SELECT clock_offset_ms FROM batch.sync_log WHERE station_id = 'ST01' "
            "AND kind = 'hello' ORDER BY id DESC LIMIT 1");
        QVERIFY(std::llabs(log.int64(0, 0) - 10000) < 1000);
    }

    void workerReportsOfflineBacksOffAndRecovers() {
        sync::SyncConfig config = stationConfig();
        QThread thread;
        auto* worker = new sync::SyncWorker(st_->dbPath, "station passphrase ST01", config);
        worker->moveToThread(&thread);
        connect(&thread, &QThread::started, worker, &sync::SyncWorker::start);
        connect(&thread, &QThread::finished, worker, &QObject::deleteLater);
        std::vector<sync::SyncStatus> seen;
        QMutex m;
        connect(worker, &sync::SyncWorker::statusChanged, this, [&](const sync::SyncStatus& s) {
            QMutexLocker l(&m);
            seen.push_back(s);
        });
        thread.start();
        auto waitFor = [&](auto pred) {
            return QTest::qWaitFor(
                [&] {
                    QMutexLocker l(&m);
                    return std::any_of(seen.begin(), seen.end(), pred);
                },
                60000);
        };
        QVERIFY(waitFor([](const sync::SyncStatus& s) { return s.online && s.waiting == 0; }));
        pg_->stop(true);
        comment(st_->station->journal(), 10);
        QVERIFY(waitFor([](const sync::SyncStatus& s) {
            return !s.online && s.waiting >= 10 && !s.lastError.isEmpty();
        }));
        // Backoff grows while the server is away.
        QVERIFY(waitFor([&](const sync::SyncStatus& s) {
            return !s.online && s.nextAttemptMs >= config.maxBackoffMs;
        }));
        pg_->start();
        {
            QMutexLocker l(&m);
            seen.clear();
        }
        QVERIFY(waitFor([](const sync::SyncStatus& s) {
            return s.online && s.waiting == 0 && s.lastError.isEmpty();
        }));
        QMetaObject::invokeMethod(worker, &sync::SyncWorker::stop, Qt::BlockingQueuedConnection);
        thread.quit();
        thread.wait();
    }

    void tlsVerifyFullWithCaFile() {
        PgServer pg(true);
        sync::ConnectionSettings s;
        s.url = QStringLiteral("postgresql://localhost:%1/postgres").arg(pg.port());
        s.user = QStringLiteral("postgres");
        s.password = QString::fromLatin1(PgServer::kSuperPassword);
        s.sslMode = QStringLiteral("verify-full");
        s.sslRootCert = pg.tls().caFile;
        sync::PgConnection c = sync::PgConnection::connect(s);
        QVERIFY(c.exec("SELECT ssl FROM pg_stat_ssl WHERE pid = pg_backend_pid()").boolean(0, 0));
        // Another CA: refused, and the password never appears in the message.
        s.sslRootCert = pg.tls().otherCa;
        try {
            sync::PgConnection::connect(s);
            QFAIL("verify-full accepted a certificate from an unknown CA");
        } catch (const sync::SyncError& e) {
            QCOMPARE(e.kind(), sync::SyncError::Kind::Unreachable);
            QVERIFY2(e.message().contains(QStringLiteral("certificate")), qPrintable(e.message()));
            QVERIFY(!e.message().contains(QString::fromLatin1(PgServer::kSuperPassword)));
        }
        // A host name the certificate does not name.
        s.sslRootCert = pg.tls().caFile;
        s.url = QStringLiteral("postgresql://127.0.0.2:%1/postgres").arg(pg.port());
        QVERIFY_THROWS_EXCEPTION(sync::SyncError, sync::PgConnection::connect(s));
    }

    // `batchctl sync` runs beside batchstation: a second process that opens and closes
    // the store must never make the first process's later commits invisible (the WAL
    // deleted under it because a stray descriptor dropped its POSIX locks).
    void otherProcessesSeeCommitsOfAFreshStore() {
        StationFixture s(QStringLiteral("ST55"));
        const CliRun first = batchctl(
            QStringList{QStringLiteral("audit"), QStringLiteral("verify")} + s.storeArgs());
        QCOMPARE(first.exitCode, 0);
        comment(s.station->journal(), 5);
        const CliRun show = batchctl(
            QStringList{QStringLiteral("audit"), QStringLiteral("show"), QStringLiteral("--json")} +
            s.storeArgs());
        QCOMPARE(show.exitCode, 0);
        QCOMPARE(QJsonDocument::fromJson(show.out.toUtf8()).array().size(), 7);
    }

    void configFileNeverHoldsOrLogsPasswords() {
        QTemporaryDir dir;
        const QString pwFile = dir.filePath(QStringLiteral("pw"));
        QFile pw(pwFile);
        pw.open(QIODevice::WriteOnly);
        pw.write("s3cret-pass\n");
        pw.close();
        const QString conf = dir.filePath(QStringLiteral("station.conf"));
        QFile c(conf);
        c.open(QIODevice::WriteOnly);
        c.write(QStringLiteral(
                    "[central]\nurl=postgresql://db.example:5433/batch\nuser=station_st01\n"
                    "password_file=%1\nsslmode=verify-full\nsslrootcert=/etc/ca.pem\n"
                    "[sync]\noffline_signing_limit_minutes=480\nclock_offset_bound_ms=1500\n")
                    .arg(pwFile)
                    .toUtf8());
        c.close();
        const sync::SyncConfig cfg = sync::loadSyncConfig(conf);
        QCOMPARE(cfg.connection.password, QStringLiteral("s3cret-pass"));
        QCOMPARE(cfg.options.offlineSigningLimitSeconds, std::int64_t(480 * 60));
        QCOMPARE(cfg.options.clockOffsetBoundMs, std::int64_t(1500));
        QVERIFY(!cfg.connection.redacted().contains(QStringLiteral("s3cret")));
        sync::ConnectionSettings withPw;
        withPw.url = QStringLiteral("postgresql://u:hunter2@h/db");
        QVERIFY(withPw.urlHasPassword());
        QVERIFY(!withPw.redacted().contains(QStringLiteral("hunter2")));
        QFile bad(conf);
        bad.open(QIODevice::WriteOnly);
        bad.write("[central]\nurl=postgresql://u:hunter2@h/db\n");
        bad.close();
        QVERIFY_THROWS_EXCEPTION(sync::SyncError, sync::loadSyncConfig(conf));
    }
};

QTEST_GUILESS_MAIN(TestSyncCentral)
#include "test_sync_central.moc"
