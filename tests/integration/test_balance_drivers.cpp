// Every serial balance protocol (MT-SICS, Sartorius SBI, A&D) end to end: the driver
// (BalanceConnection: worker thread + QSerialPort) against the simulator on a real
// pseudo-terminal. Stable capture with gross/tare, dynamic refused, tare and zero,
// overload, mute -> timeout error (never a stale weight), garbage counted and skipped,
// unplug -> Disconnected within 1 s and automatic reconnect, serial number mismatch
// refused. Each case runs once per protocol.
#include "BalanceOutcomes.h"
#include "simulator/BalanceSimulator.h"
#include "transport/BalanceConnection.h"

#include <QElapsedTimer>
#include <QHash>
#include <QTemporaryDir>
#include <QtTest>

#include <memory>

using namespace batch::devices;
using batch::devices::sim::BalanceSimulator;
using batch::devices::sim::BalanceSpec;
using batch::testsupport::Outcome;
using batch::testsupport::Outcomes;

namespace {

BalanceSimulator::Protocol simProtocol(BalanceProtocolKind kind) {
    switch (kind) {
        case BalanceProtocolKind::MtSics:
            return BalanceSimulator::Protocol::MtSics;
        case BalanceProtocolKind::Sbi:
            return BalanceSimulator::Protocol::Sbi;
        case BalanceProtocolKind::And:
            return BalanceSimulator::Protocol::And;
    }
    return BalanceSimulator::Protocol::MtSics;
}

// The net frame each protocol prints for 100.00 g, stable (the manuals' layouts).
QByteArray frameOf100g(BalanceProtocolKind kind) {
    switch (kind) {
        case BalanceProtocolKind::MtSics:
            return "S S     100.00 g";
        case BalanceProtocolKind::Sbi:
            return "+   100.00 g  ";
        case BalanceProtocolKind::And:
            return "ST,+00100.00  g";
    }
    return {};
}

}  // namespace

class TestBalanceDrivers : public QObject {
    Q_OBJECT
private:
    QTemporaryDir dir_;
    std::unique_ptr<BalanceSimulator> sim_;
    BalanceProtocolKind kind_ = BalanceProtocolKind::MtSics;

    QString link() const { return dir_.filePath(QStringLiteral("balance")); }

    BalanceSettings settings(const QString& expectedSerial = {}) const {
        BalanceSettings s;
        s.protocol = kind_;
        s.serial.portName = link();
        s.allowSimulator = true;
        s.expectedSerialNumber = expectedSerial;
        s.replyTimeoutMs = 500;
        s.stableTimeoutMs = 1500;
        s.lateReplyGraceMs = 300;
        s.reconnectInitialMs = 100;
        s.reconnectMaxMs = 800;
        return s;
    }

    std::unique_ptr<BalanceConnection> connected(const QString& expectedSerial = {}) {
        auto c = std::make_unique<BalanceConnection>(settings(expectedSerial));
        c->start();
        (void)QTest::qWaitFor([&] { return c->state() == ConnectionState::Connected; }, 4000);
        return c;
    }

    void startSimulator() {
        QFETCH(int, protocol);
        kind_ = static_cast<BalanceProtocolKind>(protocol);
        BalanceSpec spec;
        spec.settleMs = 80.0;
        sim_ = std::make_unique<BalanceSimulator>(simProtocol(kind_), link(), spec);
        QString error;
        QVERIFY2(sim_->start(&error), qPrintable(error));
    }

    static void protocols() {
        QTest::addColumn<int>("protocol");
        QTest::newRow("mt-sics") << int(BalanceProtocolKind::MtSics);
        QTest::newRow("sbi") << int(BalanceProtocolKind::Sbi);
        QTest::newRow("and") << int(BalanceProtocolKind::And);
    }

private Q_SLOTS:
    void init() { QVERIFY(dir_.isValid()); }
    void cleanup() { sim_.reset(); }

    void identifiesTheBalance_data() { protocols(); }
    void identifiesTheBalance() {
        startSimulator();
        auto c = connected(QStringLiteral("B021002593"));
        QCOMPARE(c->state(), ConnectionState::Connected);
        QCOMPARE(c->serialNumber(), QStringLiteral("B021002593"));
        QCOMPARE(c->identity().model, QStringLiteral("SIM-XS205"));
    }

    void serialNumberMismatchIsRefused_data() { protocols(); }
    void serialNumberMismatchIsRefused() {
        startSimulator();
        auto c = std::make_unique<BalanceConnection>(settings(QStringLiteral("OTHER-01")));
        c->start();
        QVERIFY(QTest::qWaitFor([&] { return c->state() == ConnectionState::Refused; }, 4000));
        QVERIFY2(c->stateDetail().contains(QStringLiteral("B021002593")),
                 qPrintable(c->stateDetail()));
        Outcomes out(*c);
        const Outcome o = out.wait(c->capture(), 2000);
        QVERIFY(o.done);
        QVERIFY(!o.ok);
        QTest::qWait(500);  // and it stays refused: no reconnect to the wrong balance
        QCOMPARE(c->state(), ConnectionState::Refused);
    }

    void stableCaptureWithTare_data() { protocols(); }
    void stableCaptureWithTare() {
        startSimulator();
        auto c = connected();
        Outcomes out(*c);
        // SBI reports no tare: it is known from the station's own zero and tare.
        QVERIFY(out.wait(c->zero()).ok);
        sim_->placeMass(100.0);
        Outcome o = out.wait(c->capture());
        QVERIFY2(o.ok, qPrintable(o.error));
        QVERIFY(o.answer.reply.stable);
        QCOMPARE(o.answer.reply.raw, frameOf100g(kind_));
        QCOMPARE(o.answer.reply.value, 100.0);
        QVERIFY(o.answer.tare.has_value());
        QCOMPARE(o.answer.tare->value, 0.0);
        QCOMPARE(o.answer.serialNumber, QStringLiteral("B021002593"));
        QVERIFY(o.answer.receivedUtcMs > 0);
        // A container of 12.5 g tared, then 50 g more: gross 162.5, tare 112.5, net 50.
        QVERIFY(out.wait(c->tare()).ok);
        sim_->placeMass(12.5);
        QVERIFY(out.wait(c->tare()).ok);
        sim_->placeMass(50.0);
        o = out.wait(c->capture());
        QVERIFY2(o.ok, qPrintable(o.error));
        QCOMPARE(o.answer.reply.value, 50.0);
        QVERIFY(o.answer.tare.has_value());
        QCOMPARE(o.answer.tare->value, 112.5);
        QCOMPARE(o.answer.tare->unit, QStringLiteral("g"));
    }

    void dynamicReadingIsNotStable_data() { protocols(); }
    void dynamicReadingIsNotStable() {
        startSimulator();
        auto c = connected();
        Outcomes out(*c);
        sim_->setStabilityTimeout(600);  // MT-SICS: "S I" when no stability within 600 ms
        sim_->setNoise(0.05);
        sim_->placeMass(100.0);
        Outcome o = out.wait(c->readImmediate());
        QVERIFY2(o.ok, qPrintable(o.error));
        if (o.answer.reply.isWeight())
            QVERIFY(!o.answer.reply.stable);
        // A stable read of a balance that never settles is refused: an error reply of
        // the balance (MT-SICS "S I") or a timeout, never a dynamic value.
        o = out.wait(c->capture());
        QVERIFY(o.done);
        QVERIFY(!o.ok || o.answer.reply.isError());
        sim_->setNoise(0.0);
        QVERIFY(QTest::qWaitFor(
            [&] {
                const Outcome r = out.wait(c->readStable());
                return r.ok && r.answer.reply.stable && r.answer.reply.value == 100.0;
            },
            15000));
    }

    void tareAndZero_data() { protocols(); }
    void tareAndZero() {
        startSimulator();
        auto c = connected();
        Outcomes out(*c);
        QVERIFY(out.wait(c->zero()).ok);
        sim_->placeMass(50.0);
        Outcome o = out.wait(c->tare());
        QVERIFY2(o.ok && !o.answer.reply.isError(), qPrintable(o.error));
        o = out.wait(c->tareValue());
        QVERIFY2(o.ok, qPrintable(o.error));
        QCOMPARE(o.answer.reply.value, 50.0);
        o = out.wait(c->readStable());
        QCOMPARE(o.answer.reply.value, 0.0);
        sim_->removeMass();
        o = out.wait(c->zero());
        QVERIFY2(o.ok && !o.answer.reply.isError(), qPrintable(o.error));
        o = out.wait(c->readStable());
        QCOMPARE(o.answer.reply.value, 0.0);
        o = out.wait(c->tareValue());
        QCOMPARE(o.answer.reply.value, 0.0);
    }

    void overload_data() { protocols(); }
    void overload() {
        startSimulator();
        auto c = connected();
        Outcomes out(*c);
        sim_->placeMass(300.0);  // capacity 220 g
        QTest::qWait(600);
        const Outcome o = out.wait(c->readImmediate());
        QVERIFY2(o.ok, qPrintable(o.error));
        QVERIFY(o.answer.reply.isError());
        QCOMPARE(o.answer.reply.error, ErrorCode::Overload);
    }

    void mutedBalanceTimesOut_data() { protocols(); }
    void mutedBalanceTimesOut() {
        startSimulator();
        auto c = connected();
        Outcomes out(*c);
        sim_->placeMass(100.0);
        QVERIFY(out.wait(c->readStable()).ok);
        sim_->mute(true);
        Outcome o = out.wait(c->readImmediate());
        QVERIFY(o.done);
        QVERIFY(!o.ok);
        QVERIFY2(o.error.startsWith(QStringLiteral("timeout")), qPrintable(o.error));
        sim_->mute(false);
        sim_->placeMass(5.0);
        // After recovery the balance answers again, with the current weight.
        QVERIFY(QTest::qWaitFor(
            [&] {
                const Outcome r = out.wait(c->readStable());
                return r.ok && r.answer.reply.value == 105.0;
            },
            15000));
    }

    void garbageIsCountedAndSkipped_data() { protocols(); }
    void garbageIsCountedAndSkipped() {
        startSimulator();
        auto c = connected();
        Outcomes out(*c);
        const quint64 before = c->statistics().parser.garbageFrames;
        sim_->injectGarbage(QByteArray("\x00\xff\xfe junk\r\n#### ~~~\r\n", 20));
        sim_->placeMass(20.0);
        const Outcome o = out.wait(c->readStable());
        QVERIFY2(o.ok, qPrintable(o.error));
        QCOMPARE(o.answer.reply.value, 20.0);
        QVERIFY(QTest::qWaitFor([&] { return c->statistics().parser.garbageFrames >= before + 2; },
                                2000));
    }

    void unplugDisconnectsWithinASecondAndReconnects_data() { protocols(); }
    void unplugDisconnectsWithinASecondAndReconnects() {
        startSimulator();
        auto c = connected();
        QCOMPARE(c->state(), ConnectionState::Connected);
        QElapsedTimer t;
        t.start();
        sim_->unplug();
        QVERIFY(QTest::qWaitFor([&] { return c->state() == ConnectionState::Disconnected; }, 1000));
        qInfo("Disconnected reported %lld ms after the unplug", t.elapsed());
        Outcomes out(*c);
        QVERIFY(!out.wait(c->readImmediate(), 1000).ok);  // refused at once, not queued
        QString error;
        QVERIFY2(sim_->replug(&error), qPrintable(error));
        t.restart();
        QVERIFY(QTest::qWaitFor([&] { return c->state() == ConnectionState::Connected; }, 4000));
        qInfo("reconnected %lld ms after the replug", t.elapsed());
        sim_->placeMass(20.0);
        const Outcome o = out.wait(c->readStable());
        QVERIFY2(o.ok, qPrintable(o.error));
        QCOMPARE(o.answer.reply.value, 20.0);
    }

    void streamReadingsAreNumbered_data() { protocols(); }
    void streamReadingsAreNumbered() {
        startSimulator();
        sim_->setStreamRate(50.0);
        sim_->setSequenceInValue(true);
        sim_->setAutoPrint(true);  // SBI: the menu setting that lets ESC P stream
        auto c = connected();
        QList<Reading> readings;
        connect(c.get(), &BalanceConnection::reading, this,
                [&](const Reading& r) { readings.append(r); });
        c->startStream();
        QVERIFY(QTest::qWaitFor([&] { return readings.size() >= 20; }, 5000));
        // Command replies interleave with the stream where the protocol tells them apart
        // (MT-SICS "T S ...", A&D <AK>); SBI prints carry no id: refused while streaming.
        Outcomes during(*c);
        const Outcome tared = during.wait(c->tare());
        QVERIFY(tared.done);
        QCOMPARE(tared.ok, kind_ != BalanceProtocolKind::Sbi);
        QVERIFY(QTest::qWaitFor([&] { return readings.size() >= 50; }, 5000));
        c->stopStream();
        QTest::qWait(600);
        const qsizetype total = readings.size();
        QTest::qWait(300);
        QCOMPARE(readings.size(), total);  // stopped
        for (qsizetype i = 0; i < readings.size(); ++i) {
            QCOMPARE(readings[i].sequence, quint64(i));
            QCOMPARE(std::llround(readings[i].reply.value / 0.01), qlonglong(i));
        }
        QCOMPARE(quint64(readings.size()), sim_->streamedLines());  // none lost
        Outcomes out(*c);
        QVERIFY(out.wait(c->readImmediate()).ok);  // commands are answered again
    }
};

QTEST_GUILESS_MAIN(TestBalanceDrivers)
#include "test_balance_drivers.moc"
