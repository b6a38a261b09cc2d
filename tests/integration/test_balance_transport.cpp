// The worker-thread transport and its main-thread facade against the MT-SICS simulator
// on a real pty: identification and serial-number check, stable/dynamic readings,
// timeout instead of a stale weight (mute, slow replies), unplug -> Disconnected within
// 1 s and automatic reconnect, and a 50 Hz SIR stream without loss while the main
// thread stays responsive.
#include "BalanceOutcomes.h"
#include "simulator/BalanceSimulator.h"
#include "transport/BalanceConnection.h"

#include <QElapsedTimer>
#include <QHash>
#include <QTemporaryDir>
#include <QTimer>
#include <QtTest>

#include <cmath>
#include <memory>

using namespace batch::devices;
using batch::devices::sim::BalanceSimulator;
using batch::devices::sim::BalanceSpec;
using batch::testsupport::Outcome;
using batch::testsupport::Outcomes;

namespace {

BalanceSettings settingsFor(const QString& port, const QString& expectedSerial = {}) {
    BalanceSettings s;
    s.serial.portName = port;
    s.allowSimulator = true;  // the simulator's pty
    s.expectedSerialNumber = expectedSerial;
    s.replyTimeoutMs = 500;
    s.stableTimeoutMs = 5000;
    s.lateReplyGraceMs = 300;
    s.reconnectInitialMs = 100;
    s.reconnectMaxMs = 800;
    return s;
}

BalanceSpec fastSettling() {
    BalanceSpec spec;
    spec.settleMs = 80.0;
    return spec;
}

}  // namespace

class TestBalanceTransport : public QObject {
    Q_OBJECT
private:
    QTemporaryDir dir_;
    std::unique_ptr<BalanceSimulator> sim_;

    QString link() const { return dir_.filePath(QStringLiteral("balance")); }

    std::unique_ptr<BalanceConnection> connected(const QString& expectedSerial = {}) {
        auto c = std::make_unique<BalanceConnection>(settingsFor(link(), expectedSerial));
        c->start();
        (void)QTest::qWaitFor([&] { return c->state() == ConnectionState::Connected; }, 3000);
        return c;
    }

private Q_SLOTS:
    void init() {
        sim_ = std::make_unique<BalanceSimulator>(BalanceSimulator::Protocol::MtSics, link(),
                                                  fastSettling());
        QString error;
        QVERIFY2(sim_->start(&error), qPrintable(error));
    }

    void cleanup() { sim_.reset(); }

    void identifiesTheBalance() {
        auto c = connected(QStringLiteral("B021002593"));
        QCOMPARE(c->state(), ConnectionState::Connected);
        QCOMPARE(c->serialNumber(), QStringLiteral("B021002593"));
    }

    void refusesAnotherSerialNumber() {
        auto c = std::make_unique<BalanceConnection>(settingsFor(link(), QStringLiteral("X1")));
        c->start();
        QVERIFY(QTest::qWaitFor([&] { return c->state() == ConnectionState::Refused; }, 3000));
        QVERIFY(c->stateDetail().contains(QStringLiteral("B021002593")));
        Outcomes out(*c);
        const Outcome o = out.wait(c->readImmediate(), 2000);
        QVERIFY(o.done);
        QVERIFY(!o.ok);
        QTest::qWait(500);  // and it stays refused: no reconnect to the wrong balance
        QCOMPARE(c->state(), ConnectionState::Refused);
    }

    void stableAndDynamicReadings() {
        auto c = connected();
        Outcomes out(*c);
        sim_->placeMass(100.0);
        Outcome o = out.wait(c->readImmediate(), 2000);
        QVERIFY(o.ok);
        QVERIFY(!o.answer.reply.stable);
        o = out.wait(c->readStable(), 6000);
        QVERIFY(o.ok);
        QVERIFY(o.answer.reply.stable);
        QCOMPARE(o.answer.reply.raw, QByteArray("S S     100.00 g"));
        o = out.wait(c->tare(), 6000);
        QCOMPARE(o.answer.reply.raw, QByteArray("T S     100.00 g"));
        o = out.wait(c->readStable(), 6000);
        QCOMPARE(o.answer.reply.valueText, QStringLiteral("0.00"));
    }

    void silentBalanceTimesOutNeverStale() {
        auto c = connected();
        Outcomes out(*c);
        sim_->placeMass(100.0);
        QVERIFY(out.wait(c->readStable(), 6000).ok);

        sim_->mute(true);
        Outcome o = out.wait(c->readImmediate(), 3000);
        QVERIFY(o.done);
        QVERIFY(!o.ok);
        QVERIFY2(o.error.startsWith(QStringLiteral("timeout")), qPrintable(o.error));
        sim_->mute(false);
        sim_->placeMass(5.0);
        // After recovery the balance answers again, with the current weight.
        QVERIFY(QTest::qWaitFor(
            [&] {
                const Outcome r = out.wait(c->readStable(), 6000);
                return r.ok && r.answer.reply.valueText == QStringLiteral("105.00");
            },
            15000));

        // A reply that comes too late is dropped, not handed to the next command.
        sim_->setSlowReplies(800);
        o = out.wait(c->readImmediate(), 3000);
        QVERIFY(!o.ok);
        sim_->setSlowReplies(0);
        sim_->placeMass(7.0);
        o = out.wait(c->readStable(), 8000);
        QVERIFY2(o.ok, qPrintable(o.error));
        QCOMPARE(o.answer.reply.valueText, QStringLiteral("112.00"));
    }

    void unplugReportsDisconnectedAndReconnects() {
        auto c = connected();
        QCOMPARE(c->state(), ConnectionState::Connected);
        QElapsedTimer t;
        t.start();
        sim_->unplug();
        QVERIFY(QTest::qWaitFor([&] { return c->state() == ConnectionState::Disconnected; }, 1000));
        qInfo("Disconnected reported after %lld ms", t.elapsed());
        QTest::qWait(500);  // a few reconnect attempts against a missing port
        QCOMPARE(c->state(), ConnectionState::Disconnected);
        Outcomes out(*c);
        QVERIFY(!out.wait(c->readImmediate(), 1000).ok);  // refused at once, not queued
        QString error;
        QVERIFY2(sim_->replug(&error), qPrintable(error));
        t.restart();
        QVERIFY(QTest::qWaitFor([&] { return c->state() == ConnectionState::Connected; }, 3000));
        qInfo("reconnected %lld ms after replug", t.elapsed());
        sim_->placeMass(20.0);
        const Outcome o = out.wait(c->readStable(), 6000);
        QVERIFY(o.ok);
        QCOMPARE(o.answer.reply.valueText, QStringLiteral("20.00"));
    }

    void refusesAPseudoTerminalUnlessSimulatorsAreAllowed() {
        BalanceSettings s = settingsFor(link());
        s.allowSimulator = false;
        auto c = std::make_unique<BalanceConnection>(s);
        c->start();
        QVERIFY(QTest::qWaitFor([&] { return c->state() == ConnectionState::Refused; }, 3000));
        QVERIFY2(c->stateDetail().contains(QStringLiteral("pseudo-terminal")),
                 qPrintable(c->stateDetail()));
        QCOMPARE(sim_->pty().bytesReceived(), 0u);  // not a single byte went to it
    }

    void streamAt50HzWithoutLossOrStall() {
        auto c = connected();
        sim_->setStreamRate(50.0);
        sim_->setSequenceInValue(true);
        QList<Reading> readings;
        connect(c.get(), &BalanceConnection::reading, this,
                [&](const Reading& r) { readings.append(r); });
        // The main thread's heartbeat: its longest gap is how long device work blocked it.
        QElapsedTimer beat;
        beat.start();
        qint64 last = 0;
        qint64 worstGap = 0;
        QTimer heartbeat;
        heartbeat.setTimerType(Qt::PreciseTimer);
        connect(&heartbeat, &QTimer::timeout, this, [&] {
            const qint64 now = beat.elapsed();
            worstGap = std::max(worstGap, now - last);
            last = now;
        });
        heartbeat.start(2);
        c->startStream();
        QTest::qWait(3000);
        c->stopStream();
        QTest::qWait(300);
        heartbeat.stop();

        QVERIFY(readings.size() >= 140);
        for (qsizetype i = 0; i < readings.size(); ++i) {
            QCOMPARE(readings[i].sequence, quint64(i));
            QCOMPARE(std::llround(readings[i].reply.value / 0.01), qlonglong(i));
        }
        // The same readings reached the thread-safe live buffer, in order, without gaps.
        const auto live = c->liveReadings()->since(0);
        QCOMPARE(live.size(), readings.size());
        QCOMPARE(c->liveReadings()->sequenceGaps(), 0u);
        QCOMPARE(live.back().sequence, readings.back().sequence);
        const MainThreadLoad load = c->mainThreadLoad();
        qInfo(
            "stream: %lld readings in 3 s, main thread worst heartbeat gap %lld ms, "
            "device callbacks: %llu, longest %.3f ms",
            qlonglong(readings.size()), worstGap, static_cast<unsigned long long>(load.callbacks),
            double(load.maxNs) / 1e6);
        QVERIFY(load.maxNs < 16'000'000);  // device work never held the main thread 16 ms
        // After the stream the balance answers commands again.
        Outcomes out(*c);
        QVERIFY(out.wait(c->readImmediate(), 2000).ok);
    }
};

QTEST_GUILESS_MAIN(TestBalanceTransport)
#include "test_balance_transport.moc"
