// The journal's bulk path (RecordTransaction::appendBatch): the same rows as appending
// one by one, all or nothing, checkpoints inside a batch, batches larger than one
// pipeline window, and mixing with single appends in one transaction. Real SQLCipher
// files; the verifier checks every store.
#include "TempStore.h"

#include "record/AuditVerifier.h"
#include "record/CanonicalJson.h"
#include "record/ChainHash.h"
#include "record/Uuid.h"

#include <QtTest>

#include <span>
#include <vector>

using namespace batch;
using namespace batch::record;

namespace {

NewEvent sample(int i) {
    return {QStringLiteral("ValueRecorded"), QStringLiteral("op%1").arg(i % 3),
            QJsonObject{{QStringLiteral("i"), i},
                        {QStringLiteral("text"), QStringLiteral("wert \u00e4 %1").arg(i)},
                        {QStringLiteral("nested"), QJsonObject{{QStringLiteral("b"), true}}}}};
}

std::vector<NewEvent> samples(int from, int count) {
    std::vector<NewEvent> out;
    for (int i = from; i < from + count; ++i) out.push_back(sample(i));
    return out;
}

// A clock that moves 1 ms per reading, so rows differ in time as well.
Clock steppingClock(std::int64_t start) {
    auto t = std::make_shared<std::int64_t>(start);
    return [t] { return (*t)++; };
}

}  // namespace

class TestAppendBatch : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void batchWritesTheRowsAppendWould() {
        // Same events, same clock: appendBatch and append produce the same columns except
        // for the random part of event_id; hashes are recomputed from the stored row.
        TempStore a;
        TempStore b;
        Journal ja(*a.db, steppingClock(1'790'000'000'000));
        Journal jb(*b.db, steppingClock(1'790'000'000'000));
        const auto events = samples(1, 300);
        for (const NewEvent& e : events) ja.appendOne(e);
        const AppendedRange range = jb.appendBatch(events);
        QCOMPARE(range.firstSeq, 1);
        QCOMPARE(range.lastSeq, 300);
        QCOMPARE(range.count(), 300);

        const auto rowsA = ja.events({});
        const auto rowsB = jb.events({});
        QCOMPARE(rowsB.size(), rowsA.size());
        QString prev = chain::genesisHash();
        for (size_t i = 0; i < rowsB.size(); ++i) {
            const EventRecord& x = rowsA[i];
            const EventRecord& y = rowsB[i];
            QCOMPARE(y.seq, x.seq);
            QCOMPARE(y.type, x.type);
            QCOMPARE(y.userId, x.userId);
            QCOMPARE(y.payload, x.payload);
            QCOMPARE(y.payload, encodeCanonical(events[i].payload));
            QVERIFY(isUuidV7(y.eventId));
            QCOMPARE(y.prevHash, prev);
            QCOMPARE(chain::rowHash(y), y.rowHash);
            prev = y.rowHash;
        }
        QCOMPARE(range.headHash, prev);
        QVERIFY(verifyAuditTrail(*b.db).ok);
    }

    void timestampsComeFromTheInjectedClockInOrder() {
        TempStore s;
        Journal j(*s.db, steppingClock(1'790'000'000'000));
        j.appendBatch(samples(1, 100));
        const auto rows = j.events({});
        for (size_t i = 0; i < rows.size(); ++i)
            QCOMPARE(rows[i].tsUtc, formatUtcMillis(1'790'000'000'000 + static_cast<qint64>(i)));
    }

    void largeBatchSpansWindowsAndCheckpoints() {
        // 20,500 events: three pipeline windows, checkpoints at 1000 ... 20000 written in
        // the batch's transaction, each signed over the head at that seq.
        TempStore s;
        s.journal->appendOne(sample(0));
        const auto events = samples(1, 20'500);
        const AppendedRange range = s.journal->appendBatch(events);
        QCOMPARE(range.firstSeq, 2);
        QCOMPARE(range.lastSeq, 20'501);
        QCOMPARE(s.journal->headSeq(), 20'501);
        const auto cps = s.journal->checkpoints(QStringLiteral("ST01"));
        QCOMPARE(cps.size(), size_t(20));
        for (const Checkpoint& cp : cps)
            QCOMPARE(cp.headHash, s.journal->event(QStringLiteral("ST01"), cp.seq)->rowHash);
        const VerifyReport report = verifyAuditTrail(*s.db);
        QVERIFY2(report.ok, report.toJson().constData());
        QCOMPARE(report.events, 20'501);
        QCOMPARE(report.checkpoints, 20);
    }

    void badEventLeavesTransactionAsBefore() {
        // A payload without canonical form deep in the batch (after rows were written and
        // a checkpoint was due) throws, and the transaction goes on as if the batch had
        // not been tried.
        TempStore s;
        RecordTransaction txn(*s.journal);
        txn.append(sample(0));
        auto events = samples(1, 1500);
        events[1200].payload.insert(QStringLiteral("weight"), 12.5);  // fraction: refused
        QVERIFY_THROWS_EXCEPTION(CanonicalJsonError, txn.appendBatch(events));
        auto missingUser = samples(1, 10);
        missingUser[9].userId.clear();
        QVERIFY_THROWS_EXCEPTION(store::StoreError, txn.appendBatch(missingUser));
        const EventRecord next = txn.append(sample(2));
        QCOMPARE(next.seq, 2);
        txn.commit();
        QCOMPARE(s.journal->headSeq(), 2);
        QVERIFY(s.journal->checkpoints(QStringLiteral("ST01")).empty());
        QVERIFY(verifyAuditTrail(*s.db).ok);
    }

    void mixesWithSingleAppendsInOneTransaction() {
        TempStore s;
        {
            RecordTransaction txn(*s.journal);
            txn.append(sample(0));
            const AppendedRange r1 = txn.appendBatch(samples(1, 70));
            QCOMPARE(r1.firstSeq, 2);
            const EventRecord mid = txn.append(sample(71));
            QCOMPARE(mid.seq, 72);
            QCOMPARE(mid.prevHash, r1.headHash);
            const AppendedRange empty = txn.appendBatch({});
            QCOMPARE(empty.count(), 0);
            const AppendedRange r2 = txn.appendBatch(samples(72, 5));  // below the thread threshold
            QCOMPARE(r2.firstSeq, 73);
            QCOMPARE(r2.lastSeq, 77);
            txn.commit();
        }
        QCOMPARE(s.journal->headSeq(), 77);
        QVERIFY(verifyAuditTrail(*s.db).ok);
    }

    void uncommittedBatchRollsBack() {
        TempStore s;
        s.journal->appendOne(sample(0));
        {
            RecordTransaction txn(*s.journal);
            txn.appendBatch(samples(1, 2000));
        }  // destroyed without commit
        QCOMPARE(s.journal->headSeq(), 1);
        QVERIFY(s.journal->checkpoints(QStringLiteral("ST01")).empty());
        QCOMPARE(s.journal->appendOne(sample(1)).seq, 2);
        QVERIFY(verifyAuditTrail(*s.db).ok);
    }

    void batchSurvivesReopen() {
        TempStore s;
        s.journal->appendBatch(samples(1, 3000));
        s.close();
        s.reopen();
        QCOMPARE(s.journal->headSeq(), 3000);
        s.journal->appendBatch(samples(3001, 100));
        const VerifyReport report = verifyAuditTrail(*s.db);
        QVERIFY2(report.ok, report.toJson().constData());
        QCOMPARE(report.events, 3100);
    }
};

QTEST_GUILESS_MAIN(TestAppendBatch)
#include "test_append_batch.moc"
