// Soak: four simulated MT-SICS balances streaming SIR at 50 Hz, each read by its own
// worker thread through a real pty; 0 lost and 0 reordered readings (the simulators
// number them in the value), and the main thread stays responsive. The simulators run
// on a thread of their own, as the real balances are outside the application.
// Duration: BATCH_SOAK_SECONDS (default 120, the acceptance minimum for CI).
#include "simulator/BalanceSimulator.h"
#include "transport/BalanceConnection.h"

#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QThread>
#include <QTimer>
#include <QtTest>

#include <cmath>
#include <memory>
#include <vector>

using namespace batch::devices;
using batch::devices::sim::BalanceSimulator;

namespace {
constexpr int kBalances = 4;
constexpr double kRateHz = 50.0;
}  // namespace

class TestBalanceSoak : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void fourBalancesAt50Hz() {
        const int seconds = qEnvironmentVariableIsSet("BATCH_SOAK_SECONDS")
                                ? qEnvironmentVariableIntValue("BATCH_SOAK_SECONDS")
                                : 120;
        QTemporaryDir dir;
        QThread simThread;
        QObject simContext;
        simContext.moveToThread(&simThread);
        simThread.start();
        // Simulators are built, driven and destroyed on their thread (their notifiers
        // and timers belong to it).
        const auto onSimThread = [&](const std::function<void()>& f) {
            QMetaObject::invokeMethod(&simContext, f, Qt::BlockingQueuedConnection);
        };
        std::vector<std::unique_ptr<BalanceSimulator>> sims(kBalances);
        bool started = true;
        onSimThread([&] {
            for (int i = 0; i < kBalances; ++i) {
                sims[i] = std::make_unique<BalanceSimulator>(
                    BalanceSimulator::Protocol::MtSics,
                    dir.filePath(QStringLiteral("balance%1").arg(i)));
                sims[i]->setStreamRate(kRateHz);
                sims[i]->setSequenceInValue(true);
                started = started && sims[i]->start();
            }
        });
        QVERIFY(started);

        std::vector<std::unique_ptr<BalanceConnection>> balances;
        std::vector<QList<Reading>> readings(kBalances);
        for (int i = 0; i < kBalances; ++i) {
            BalanceSettings s;
            s.serial.portName = dir.filePath(QStringLiteral("balance%1").arg(i));
            s.allowSimulator = true;
            s.expectedSerialNumber = QStringLiteral("B021002593");
            balances.push_back(std::make_unique<BalanceConnection>(s));
            connect(balances.back().get(), &BalanceConnection::reading, this,
                    [&readings, i](const Reading& r) { readings[i].append(r); });
            balances.back()->start();
        }
        QVERIFY(QTest::qWaitFor(
            [&] {
                for (const auto& b : balances) {
                    if (b->state() != ConnectionState::Connected)
                        return false;
                }
                return true;
            },
            5000));

        QElapsedTimer clock;
        clock.start();
        qint64 last = 0;
        qint64 worstGap = 0;
        QTimer heartbeat;
        heartbeat.setTimerType(Qt::PreciseTimer);
        connect(&heartbeat, &QTimer::timeout, this, [&] {
            const qint64 now = clock.elapsed();
            worstGap = std::max(worstGap, now - last);
            last = now;
        });
        heartbeat.start(2);
        for (auto& b : balances) b->startStream();
        QTest::qWait(seconds * 1000);
        for (auto& b : balances) b->stopStream();
        QTest::qWait(500);
        heartbeat.stop();

        std::vector<quint64> sent(kBalances);
        onSimThread([&] {
            for (int i = 0; i < kBalances; ++i) sent[i] = sims[i]->streamedLines();
        });
        const double d = sims[0]->spec().readability;  // immutable after construction
        const auto modulus = qlonglong(std::floor(sims[0]->spec().capacity / d)) + 1;
        for (int i = 0; i < kBalances; ++i) {
            const QList<Reading>& r = readings[i];
            qInfo("balance %d: %lld readings received, %llu sent", i, qlonglong(r.size()),
                  static_cast<unsigned long long>(sent[i]));
            QVERIFY(r.size() >= qsizetype(seconds * kRateHz * 0.98));
            for (qsizetype n = 0; n < r.size(); ++n) {
                QCOMPARE(r[n].sequence, quint64(n));
                QCOMPARE(std::llround(r[n].reply.value / d), qlonglong(n) % modulus);
            }
            // Lines still on the wire when "@" arrived are dropped by design; at most a
            // tick's worth.
            QVERIFY(sent[i] - quint64(r.size()) <= 2);
            QCOMPARE(balances[i]->liveReadings()->sequenceGaps(), 0u);
        }
        qInfo("main thread worst gap %lld ms over %d s", worstGap, seconds);
        QVERIFY(worstGap < 100);

        balances.clear();
        onSimThread([&] { sims.clear(); });
        simThread.quit();
        simThread.wait();
    }
};

QTEST_GUILESS_MAIN(TestBalanceSoak)
#include "test_balance_soak.moc"
