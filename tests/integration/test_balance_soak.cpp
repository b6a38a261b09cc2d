// Soak: four simulated MT-SICS balances streaming SIR at 50 Hz, each read by its own
// worker thread through a real pty (tests/support/BalanceSoak.h): 0 lost and 0
// reordered readings (the simulators number them in the value), and the main thread is
// never blocked by device work for more than 16 ms (the time in the facades' slots).
// The heartbeat lateness and CPU time are printed: on a shared CI machine they also
// measure other people's load. Duration: BATCH_SOAK_SECONDS (default 120, the
// acceptance minimum for CI); tests/bench/bench_balance_soak runs longer.
#include "BalanceSoak.h"

#include <QtTest>

class TestBalanceSoak : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void fourBalancesAt50Hz() {
        const int seconds = qEnvironmentVariableIsSet("BATCH_SOAK_SECONDS")
                                ? qEnvironmentVariableIntValue("BATCH_SOAK_SECONDS")
                                : 120;
        const batch::testsupport::SoakResult r =
            batch::testsupport::runBalanceSoak(4, 50.0, seconds);
        QVERIFY(r.connected);
        QCOMPARE(r.balances.size(), size_t(4));
        for (size_t i = 0; i < r.balances.size(); ++i) {
            const auto& b = r.balances[i];
            qInfo("balance %zu: %llu sent, %llu received, %llu lost, %llu reordered", i,
                  static_cast<unsigned long long>(b.sent),
                  static_cast<unsigned long long>(b.received),
                  static_cast<unsigned long long>(b.lost),
                  static_cast<unsigned long long>(b.reordered));
            QVERIFY(b.received >= quint64(seconds * 50.0 * 0.98));
            QCOMPARE(b.lost, 0u);
            QCOMPARE(b.reordered, 0u);
            QCOMPARE(b.received, b.sent);
            QCOMPARE(b.liveGaps, 0u);
        }
        qInfo(
            "main thread: %llu device callbacks, longest %.3f ms, mean %.4f ms; heartbeat "
            "(5 ms) late by at most %lld ms, p99 %.1f ms; CPU %.2f s in %.1f s wall",
            static_cast<unsigned long long>(r.callbacks), double(r.maxCallbackNs) / 1e6,
            r.callbacks ? double(r.totalCallbackNs) / double(r.callbacks) / 1e6 : 0.0,
            r.maxHeartbeatLateMs, r.p99HeartbeatLateMs, r.cpuSeconds, r.wallSeconds);
        QVERIFY2(r.maxCallbackNs < 16'000'000, "device work held the main thread 16 ms or more");
    }
};

QTEST_GUILESS_MAIN(TestBalanceSoak)
#include "test_balance_soak.moc"
