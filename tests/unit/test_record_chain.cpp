// The record at library level: appends, the hash chain, checkpoints, and the verifier
// against edits made behind the journal's back (with the key, as an inspector could).
#include "TempStore.h"

#include "record/AuditVerifier.h"
#include "record/ChainHash.h"
#include "record/Uuid.h"
#include "crypto/Crypto.h"

#include <QtTest>

using namespace batch;
using namespace batch::record;

namespace {

NewEvent sample(int i) {
    return {QStringLiteral("CommentAdded"), QStringLiteral("op1"),
            QJsonObject{{QStringLiteral("text"), QStringLiteral("comment %1").arg(i)}}};
}

void appendN(Journal& j, int n) {
    for (int i = 1; i <= n; ++i)
        j.appendOne(sample(i));
}

}  // namespace

class TestRecordChain : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void appendsGapFreeChainFromOne() {
        TempStore s;
        appendN(*s.journal, 5);
        const auto all = s.journal->events({});
        QCOMPARE(all.size(), size_t(5));
        QString prev = chain::genesisHash();
        for (size_t i = 0; i < all.size(); ++i) {
            QCOMPARE(all[i].seq, std::int64_t(i + 1));
            QCOMPARE(all[i].prevHash, prev);
            QCOMPARE(chain::rowHash(all[i]), all[i].rowHash);
            QVERIFY(isUuidV7(all[i].eventId));
            prev = all[i].rowHash;
        }
        const auto report = verifyAuditTrail(*s.db);
        QVERIFY(report.ok);
        QCOMPARE(report.events, 5);
    }

    void rollbackLeavesNoTrace() {
        TempStore s;
        appendN(*s.journal, 2);
        {
            RecordTransaction txn(*s.journal);
            txn.append(sample(99));
        }  // no commit
        appendN(*s.journal, 1);
        QCOMPARE(s.journal->headSeq(), 3);
        QVERIFY(verifyAuditTrail(*s.db).ok);
    }

    void signsCheckpointEveryThousandAndOnDemand() {
        TempStore s;
        {
            RecordTransaction txn(*s.journal);
            for (int i = 0; i < 1005; ++i)
                txn.append(sample(i));
            txn.commit();
        }
        auto cps = s.journal->checkpoints(QStringLiteral("ST01"));
        QCOMPARE(cps.size(), size_t(1));
        QCOMPARE(cps[0].seq, 1000);
        const Checkpoint cp = s.journal->checkpointNow();
        QCOMPARE(cp.seq, 1005);
        QCOMPARE(s.journal->checkpoints(QStringLiteral("ST01")).size(), size_t(2));
        const auto report = verifyAuditTrail(*s.db);
        QVERIFY(report.ok);
        QCOMPARE(report.checkpoints, 2);
    }

    void refusesUpdateAndDelete() {
        TempStore s;
        appendN(*s.journal, 2);
        s.journal->checkpointNow();
        QVERIFY_THROWS_EXCEPTION(store::StoreError,
                                 s.db->exec("UPDATE events SET payload = '{}' WHERE seq = 1;"));
        QVERIFY_THROWS_EXCEPTION(store::StoreError, s.db->exec("DELETE FROM events WHERE seq = 2;"));
        QVERIFY_THROWS_EXCEPTION(store::StoreError, s.db->exec("DELETE FROM checkpoints;"));
        QVERIFY(verifyAuditTrail(*s.db).ok);
    }

    void namesChangedPayload() {
        TempStore s;
        appendN(*s.journal, 6);
        s.db->exec("DROP TRIGGER events_refuse_update;"
                   "UPDATE events SET payload = '{\"text\":\"forged\"}' WHERE seq = 4;");
        const auto r = verifyAuditTrail(*s.db);
        QVERIFY(!r.ok);
        QCOMPARE(r.firstBroken->seq, 4);
        QCOMPARE(r.firstBroken->kind, BreakKind::ContentChanged);
    }

    void namesDeletedRow() {
        TempStore s;
        appendN(*s.journal, 6);
        s.db->exec("DROP TRIGGER events_refuse_delete; DELETE FROM events WHERE seq = 3;");
        const auto r = verifyAuditTrail(*s.db);
        QVERIFY(!r.ok);
        QCOMPARE(r.firstBroken->seq, 3);
        QCOMPARE(r.firstBroken->kind, BreakKind::RowMissing);
    }

    void namesDeletedTail() {
        TempStore s;
        appendN(*s.journal, 6);
        s.db->exec("DROP TRIGGER events_refuse_delete; DELETE FROM events WHERE seq >= 5;");
        const auto r = verifyAuditTrail(*s.db);
        QVERIFY(!r.ok);
        QCOMPARE(r.firstBroken->seq, 5);
        QCOMPARE(r.firstBroken->kind, BreakKind::RowMissing);
    }

    void namesRewrittenTailWithRecomputedHashes() {
        TempStore s;
        appendN(*s.journal, 8);
        s.db->exec("DROP TRIGGER events_refuse_update;");
        // Rewrite seq 5..8 exactly as a forger who knows the hash rules would.
        QString prev = s.journal->event(QStringLiteral("ST01"), 4)->rowHash;
        for (int seq = 5; seq <= 8; ++seq) {
            EventRecord e = *s.journal->event(QStringLiteral("ST01"), seq);
            e.payload = QByteArray("{\"text\":\"rewritten\"}");
            e.prevHash = prev;
            e.rowHash = chain::rowHash(e);
            s.db->prepare("UPDATE events SET payload = ?, prev_hash = ?, row_hash = ? WHERE seq = ?")
                .bindUtf8(1, e.payload).bind(2, e.prevHash).bind(3, e.rowHash).bind(4, std::int64_t(seq))
                .run();
            prev = e.rowHash;
        }
        s.db->prepare("UPDATE station_head SET row_hash = ?").bind(1, prev).run();
        const auto r = verifyAuditTrail(*s.db);
        QVERIFY(!r.ok);
        QCOMPARE(r.firstBroken->seq, 5);
    }

    void namesInsertedRow() {
        TempStore s;
        appendN(*s.journal, 3);
        EventRecord forged = *s.journal->event(QStringLiteral("ST01"), 3);
        forged.seq = 4;
        forged.eventId = makeUuidV7(0);
        forged.prevHash = forged.rowHash;
        forged.rowHash = chain::rowHash(forged);
        s.db->prepare("INSERT INTO events(station_id, seq, event_id, type, user_id, ts_utc, payload, "
                      "prev_hash, row_hash) VALUES (?,?,?,?,?,?,?,?,?)")
            .bind(1, forged.stationId).bind(2, forged.seq).bind(3, forged.eventId)
            .bind(4, forged.type).bind(5, forged.userId).bind(6, forged.tsUtc)
            .bindUtf8(7, forged.payload).bind(8, forged.prevHash).bind(9, forged.rowHash)
            .run();
        const auto r = verifyAuditTrail(*s.db);
        QVERIFY(!r.ok);
        QCOMPARE(r.firstBroken->seq, 4);
        QCOMPARE(r.firstBroken->kind, BreakKind::RowInserted);
    }

    void namesForgedCheckpoint() {
        TempStore s;
        appendN(*s.journal, 3);
        s.journal->checkpointNow();
        s.db->exec("DROP TRIGGER checkpoints_refuse_update;"
                   "UPDATE checkpoints SET signature = replace(signature, substr(signature,1,2), 'ff');");
        const auto r = verifyAuditTrail(*s.db);
        QVERIFY(!r.ok);
        QCOMPARE(r.firstBroken->seq, 3);
        QCOMPARE(r.firstBroken->kind, BreakKind::CheckpointInvalid);
    }

    void namesDuplicateEventIdOfForeignStation() {
        // Rows of another station (no seal key here) are checked by chain and id alone.
        TempStore s;
        appendN(*s.journal, 1);
        const EventRecord local = *s.journal->event(QStringLiteral("ST01"), 1);
        s.db->exec("INSERT INTO station(station_id, is_local, public_key, created_utc) "
                   "VALUES ('ST02', 0, '', '2026-01-01T00:00:00.000Z');");
        QString prev = chain::genesisHash();
        for (int seq = 1; seq <= 3; ++seq) {
            EventRecord e = local;
            e.stationId = QStringLiteral("ST02");
            e.seq = seq;
            e.eventId = seq == 3 ? local.eventId : makeUuidV7(seq);
            e.prevHash = prev;
            e.rowHash = chain::rowHash(e);
            prev = e.rowHash;
            s.db->prepare("INSERT INTO events(station_id, seq, event_id, type, user_id, ts_utc, "
                          "payload, prev_hash, row_hash) VALUES (?,?,?,?,?,?,?,?,?)")
                .bind(1, e.stationId).bind(2, e.seq).bind(3, e.eventId).bind(4, e.type)
                .bind(5, e.userId).bind(6, e.tsUtc).bindUtf8(7, e.payload).bind(8, e.prevHash)
                .bind(9, e.rowHash).run();
        }
        const auto r = verifyAuditTrail(*s.db);
        QVERIFY(!r.ok);
        QCOMPARE(r.firstBroken->stationId, QStringLiteral("ST02"));
        QCOMPARE(r.firstBroken->seq, 3);
        QCOMPARE(r.firstBroken->kind, BreakKind::RowInserted);
    }

    void sealsMatchReferenceHmacAcrossKeys() {
        // The seal is HMAC-SHA-256 as documented; alternating keys must not reuse a key.
        const QByteArray k1(32, 'a'), k2(32, 'b');
        const QString h = chain::genesisHash();
        auto reference = [&](const QByteArray& key) {
            QByteArray m("BatchStation/row-seal/v1");
            m.append(QByteArray::fromHex("00000040"));
            m.append(h.toLatin1());
            return QString::fromLatin1(crypto::hmacSha256(key, m).toHex());
        };
        for (int i = 0; i < 3; ++i) {
            QCOMPARE(chain::rowSeal(k1, h), reference(k1));
            QCOMPARE(chain::rowSeal(k2, h), reference(k2));
        }
        QVERIFY(chain::rowSeal(k1, h) != chain::rowSeal(k2, h));
    }

    void formatsUtcMillis() {
        QCOMPARE(formatUtcMillis(0), QStringLiteral("1970-01-01T00:00:00.000Z"));
        QCOMPARE(formatUtcMillis(951782400123), QStringLiteral("2000-02-29T00:00:00.123Z"));
        const qint64 ms = QDateTime(QDate(2026, 11, 23), QTime(19, 47, 5, 9), Qt::UTC)
                              .toMSecsSinceEpoch();
        QCOMPARE(formatUtcMillis(ms), QStringLiteral("2026-11-23T19:47:05.009Z"));
    }
};

QTEST_GUILESS_MAIN(TestRecordChain)
#include "test_record_chain.moc"
