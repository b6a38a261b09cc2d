// The journal's bulk path (RecordTransaction::appendBatch): the same rows as appending
// one by one, all or nothing, checkpoints inside a batch, batches larger than one
// pipeline window, and mixing with single appends in one transaction. Real SQLCipher
// files; the verifier checks every store.
#include "TempStore.h"

#include "record/AuditVerifier.h"
#include "record/CanonicalJson.h"
#include "record/PreparedRow.h"
#include "record/ChainHash.h"
#include "record/Uuid.h"

#include <QtTest>

#include <atomic>
#include <chrono>
#include <memory>
#include <span>
#include <stdexcept>
#include <thread>
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
    void helperAndCallerPrepareEachRowOnceAndConsumeInOrder() {
        // The two-thread runner under appendBatch: whatever the interleaving (a slow
        // caller lets the helper run ahead, a slow preparer makes the caller take rows
        // over), every row is prepared exactly once and before it is consumed, in order.
        for (int round = 0; round < 60; ++round) {
            const std::size_t n = 64 + static_cast<std::size_t>(round) * 37;
            std::unique_ptr<std::atomic<int>[]> prepared(new std::atomic<int>[n]);
            for (std::size_t i = 0; i < n; ++i) prepared[i] = 0;
            std::size_t next = 0;
            bool ok = true;
            detail::prepareAheadAndConsume(
                n,
                [&](std::size_t i) {
                    if (round % 3 == 1 && i % 97 == 0)
                        std::this_thread::sleep_for(std::chrono::microseconds(200));
                    prepared[i].fetch_add(1);
                },
                [&](std::size_t i) {
                    ok = ok && i == next++ && prepared[i].load() == 1;
                    if (round % 3 == 2 && i % 50 == 0)
                        std::this_thread::sleep_for(std::chrono::microseconds(300));
                });
            QVERIFY(ok);
            QCOMPARE(next, n);
            for (std::size_t i = 0; i < n; ++i) QCOMPARE(prepared[i].load(), 1);
        }
    }

    void runnerStopsAtTheFirstFailureOfEitherSide() {
        for (int round = 0; round < 40; ++round) {
            const std::size_t n = 500;
            const std::size_t bad = 17 + static_cast<std::size_t>(round) * 11;
            std::size_t consumed = 0;
            const bool failInPrepare = round % 2 == 0;
            try {
                detail::prepareAheadAndConsume(
                    n,
                    [&](std::size_t i) {
                        if (failInPrepare && i == bad)
                            throw std::runtime_error("prepare failed");
                    },
                    [&](std::size_t i) {
                        if (!failInPrepare && i == bad)
                            throw std::runtime_error("consume failed");
                        ++consumed;
                    });
                QFAIL("no exception");
            } catch (const std::runtime_error& e) {
                QCOMPARE(QByteArray(e.what()),
                         QByteArray(failInPrepare ? "prepare failed" : "consume failed"));
            }
            QCOMPARE(consumed, bad);  // every row before the failing one, none after
        }
    }

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
