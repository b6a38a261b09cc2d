// The Sartorius SBI and A&D simulators on a real pseudo-terminal through QSerialPort,
// read with the SBI and A&D parsers: stable capture, unstable values, tare/zero,
// overload, mute (timeout), garbage, and streaming with sequence numbers.
#include "protocols/AndParser.h"
#include "protocols/SartoriusSbiParser.h"
#include "simulator/BalanceSimulator.h"

#include <QSerialPort>
#include <QTemporaryDir>
#include <QtTest>

#include <cmath>
#include <memory>
#include <optional>

using namespace batch::devices;
using batch::devices::sim::BalanceSimulator;
using batch::devices::sim::BalanceSpec;

namespace {

template <typename Parser>
class Client {
public:
    bool open(const QString& path) {
        port_.setPortName(path);
        port_.setBaudRate(QSerialPort::Baud9600);
        if (!port_.open(QIODevice::ReadWrite))
            return false;
        if (port_.error() == QSerialPort::UnsupportedOperationError)
            port_.clearError();  // modem lines on a pty (DESIGN.md §2)
        port_.clear();
        QObject::connect(&port_, &QSerialPort::readyRead,
                         [this] { inbox_ += parser_.feed(port_.readAll()); });
        return true;
    }

    std::optional<Reply> request(const QByteArray& command, int timeoutMs) {
        inbox_.clear();
        port_.write(command);
        port_.flush();
        if (!QTest::qWaitFor([this] { return !inbox_.isEmpty(); }, timeoutMs))
            return std::nullopt;
        return inbox_.takeFirst();
    }

    void send(const QByteArray& command) {
        port_.write(command);
        port_.flush();
    }

    Parser& parser() { return parser_; }
    Replies& inbox() { return inbox_; }
    QSerialPort& port() { return port_; }

private:
    QSerialPort port_;
    Parser parser_;
    Replies inbox_;
};

BalanceSpec fastSettling() {
    BalanceSpec spec;
    spec.settleMs = 80.0;
    return spec;
}

}  // namespace

class TestBalancePtyProtocols : public QObject {
    Q_OBJECT
private:
    QTemporaryDir dir_;

    std::unique_ptr<BalanceSimulator> simulator(BalanceSimulator::Protocol protocol) {
        auto sim = std::make_unique<BalanceSimulator>(
            protocol, dir_.filePath(QStringLiteral("balance")), fastSettling());
        QString error;
        if (!sim->start(&error))
            qWarning("simulator: %s", qPrintable(error));
        return sim;
    }

    template <typename Parser>
    std::optional<Reply> stable(Client<Parser>& c, const QByteArray& command) {
        // SBI prints immediately, stable or not: ask until the unit field is filled.
        for (int i = 0; i < 50; ++i) {
            auto r = c.request(command, 1000);
            if (!r || !r->isWeight() || r->stable)
                return r;
            QTest::qWait(100);
        }
        return std::nullopt;
    }

private Q_SLOTS:
    void sbi() {
        auto sim = simulator(BalanceSimulator::Protocol::Sbi);
        QVERIFY(sim->isPlugged());
        Client<SartoriusSbiParser> c;
        QVERIFY2(c.open(sim->linkPath()), qPrintable(c.port().errorString()));

        c.parser().expectText();
        auto r = c.request(sbi::serialNumber(), 2000);
        QVERIFY(r);
        QCOMPARE(r->kind, ReplyKind::Info);
        QCOMPARE(r->texts, QStringList{QStringLiteral("B021002593")});

        sim->placeMass(100.0);
        r = c.request(sbi::print(), 2000);
        QVERIFY(r);
        QVERIFY(!r->stable);  // just placed: empty unit field
        QVERIFY(r->unit.isEmpty());
        r = stable(c, sbi::print());
        QVERIFY(r);
        QCOMPARE(r->raw, QByteArray("+   100.00 g  "));

        c.send(sbi::tare());
        r = stable(c, sbi::print());
        QCOMPARE(r->raw, QByteArray("+     0.00 g  "));
        sim->removeMass();
        QTest::qWait(1000);
        r = stable(c, sbi::print());
        QCOMPARE(r->raw, QByteArray("-   100.00 g  "));
        c.send(sbi::zero());  // outside the zero range: ignored, as on the balance
        c.send(sbi::tareAndZero());  // the TARE key: clears the tare on the empty pan
        r = stable(c, sbi::print());
        QCOMPARE(r->valueText, QStringLiteral("+0.00"));

        sim->placeMass(300.0);
        QTest::qWait(1000);
        r = c.request(sbi::print(), 2000);
        QCOMPARE(r->error, ErrorCode::Overload);
        sim->removeMass();

        sim->mute(true);
        QVERIFY(!c.request(sbi::print(), 500));  // a timeout, never the last weight
        sim->mute(false);

        sim->injectGarbage(QByteArray("\x00\x01 junk\r\n", 9) + QByteArray(300, '+') + "\r\n");
        QVERIFY(QTest::qWaitFor([&] { return c.parser().stats().overlongFrames == 1; }, 2000));
        QTest::qWait(1000);
        r = stable(c, sbi::print());
        QVERIFY(r);
        QCOMPARE(r->valueText, QStringLiteral("+0.00"));
        QCOMPARE(c.parser().stats().garbageFrames, 1u);

        // Auto print at 20 Hz for 2 s with sequence numbers: nothing lost or reordered.
        sim->setAutoPrint(true);
        sim->setStreamRate(20.0);
        sim->setSequenceInValue(true);
        c.inbox().clear();
        c.send(sbi::print());
        QTest::qWait(2000);
        c.send(sbi::print());
        QTest::qWait(200);
        const Replies lines = c.inbox();
        QVERIFY(lines.size() >= 38);
        QCOMPARE(quint64(lines.size()), sim->streamedLines());
        for (qsizetype i = 0; i < lines.size(); ++i)
            QCOMPARE(std::llround(lines[i].value / 0.01), qlonglong(i));
    }

    void andStandardFormat() {
        auto sim = simulator(BalanceSimulator::Protocol::And);
        QVERIFY(sim->isPlugged());
        Client<AndParser> c;
        QVERIFY2(c.open(sim->linkPath()), qPrintable(c.port().errorString()));

        sim->placeMass(100.0);
        auto r = c.request(andd::query(), 2000);
        QVERIFY(r);
        QCOMPARE(r->id, QByteArray("US"));
        QVERIFY(!r->stable);
        r = c.request(andd::stableQuery(), 5000);
        QVERIFY(r);
        QCOMPARE(r->raw, QByteArray("ST,+00100.00  g"));
        QVERIFY(r->stable);

        r = c.request(andd::tare(), 2000);
        QCOMPARE(r->kind, ReplyKind::Ack);
        r = c.request(andd::query(), 2000);
        QCOMPARE(r->raw, QByteArray("ST,+00000.00  g"));
        sim->removeMass();
        QTest::qWait(1000);
        r = c.request(andd::zero(), 2000);
        QCOMPARE(r->kind, ReplyKind::Ack);
        r = c.request("XYZ\r\n", 2000);
        QCOMPARE(r->error, ErrorCode::CommandRejected);
        QCOMPARE(r->errorCode, 1);

        sim->placeMass(250.0);
        QTest::qWait(1000);
        r = c.request(andd::query(), 2000);
        QCOMPARE(r->raw, QByteArray("OL,+99999.99  g"));
        sim->removeMass();

        sim->mute(true);
        QVERIFY(!c.request(andd::query(), 500));
        sim->mute(false);

        sim->setStreamRate(50.0);
        sim->setSequenceInValue(true);
        c.inbox().clear();
        c.send("SIR\r\n");
        QTest::qWait(2000);
        c.send("C\r\n");
        QTest::qWait(200);
        const Replies lines = c.inbox();
        QVERIFY(lines.size() >= 95);
        QCOMPARE(quint64(lines.size()), sim->streamedLines());
        for (qsizetype i = 0; i < lines.size(); ++i)
            QCOMPARE(std::llround(lines[i].value / 0.01), qlonglong(i));
        QCOMPARE(c.parser().stats().garbageFrames, 0u);
    }
};

QTEST_GUILESS_MAIN(TestBalancePtyProtocols)
#include "test_balance_pty_protocols.moc"
