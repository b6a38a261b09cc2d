// The live-reading ring for trend charts: bounded, ordered, gap accounting, and a
// producer thread appending while the consumer pulls without ever seeing a hole.
#include "transport/LiveReadings.h"

#include <QtTest>

#include <atomic>
#include <thread>

using namespace batch::devices;

namespace {
LiveSample sample(quint64 n) {
    LiveSample s;
    s.sequence = n;
    s.value = double(n);
    s.stable = true;
    return s;
}
}  // namespace

class TestLiveReadings : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void keepsTheNewestWithinCapacity() {
        LiveReadings r(4);
        for (quint64 n = 0; n < 10; ++n)
            r.append(sample(n));
        QCOMPARE(r.size(), 4);
        QCOMPARE(r.overwritten(), 6u);
        const auto all = r.since(0);
        QCOMPARE(all.size(), 4);
        QCOMPARE(all.front().sequence, 6u);
        QCOMPARE(all.back().sequence, 9u);
        QCOMPARE(r.since(8).size(), 2);
        QCOMPARE(r.since(10).size(), 0);
        QCOMPARE(r.since(0, 3).back().sequence, 8u);
        QCOMPARE(r.sequenceGaps(), 0u);
    }

    void countsGapsUpstream() {
        LiveReadings r(16);
        r.append(sample(0));
        r.append(sample(1));
        r.append(sample(3));
        r.append(sample(2));
        QCOMPARE(r.sequenceGaps(), 2u);
    }

    void convertsReadings() {
        LiveReadings r(2);
        Reading reading;
        reading.sequence = 5;
        reading.receivedUtcMs = 1234;
        reading.reply.kind = ReplyKind::Error;
        reading.reply.error = ErrorCode::Overload;
        r.append(reading);
        const auto s = r.since(0);
        QCOMPARE(s.size(), 1);
        QVERIFY(s.front().error);
        QCOMPARE(s.front().utcMs, 1234);
    }

    void concurrentProducerAndConsumer() {
        LiveReadings r(1024);
        constexpr quint64 kTotal = 200000;
        std::atomic<bool> done{false};
        std::thread producer([&] {
            for (quint64 n = 0; n < kTotal; ++n)
                r.append(sample(n));
            done = true;
        });
        quint64 next = 0;
        quint64 received = 0;
        bool ordered = true;
        for (;;) {
            // Read the flag before pulling: a pull after the producer finished is final.
            const bool finished = done;
            const auto batch = r.since(next);
            for (const LiveSample& s : batch) {
                // Overwritten samples may be skipped; what arrives is strictly increasing.
                ordered = ordered && s.sequence >= next;
                next = s.sequence + 1;
                ++received;
            }
            if (finished && batch.isEmpty())
                break;
        }
        producer.join();
        QVERIFY(ordered);
        QCOMPARE(next, kTotal);
        QVERIFY(received >= quint64(r.capacity()));
        QCOMPARE(r.sequenceGaps(), 0u);
    }
};

QTEST_GUILESS_MAIN(TestLiveReadings)
#include "test_live_readings.moc"
