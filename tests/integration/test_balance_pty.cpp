// The MT-SICS balance simulator on a real pseudo-terminal, driven through QSerialPort
// opened on the symlink the simulator names, with MtSicsParser on the client side:
// identification, stable capture, dynamic refused, tare and zero, overload, mute and
// slow replies (timeouts, never a stale weight), garbage, SIR streaming at 50 Hz with
// sequence numbers, unplug/replug, and a plain POSIX client as an independent check.
#include "protocols/MtSicsCommands.h"
#include "protocols/MtSicsParser.h"
#include "simulator/BalanceSimulator.h"

#include <QElapsedTimer>
#include <QSerialPort>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

#include <cmath>
#include <memory>
#include <optional>

#include <fcntl.h>
#include <unistd.h>

using namespace batch::devices;
using batch::devices::sim::BalanceSimulator;
using batch::devices::sim::BalanceSpec;

namespace {

// A minimal MT-SICS client of the kind the transport will be: one request at a time,
// a reply or a timeout, and after a timeout a recovery that throws away late replies so
// that the next request can never be answered by an old weight.
class Client {
public:
    bool open(const QString& path) {
        port_.setPortName(path);
        port_.setBaudRate(QSerialPort::Baud9600);
        port_.setDataBits(QSerialPort::Data8);
        port_.setParity(QSerialPort::NoParity);
        port_.setStopBits(QSerialPort::OneStop);
        port_.setFlowControl(QSerialPort::NoFlowControl);
        if (!port_.open(QIODevice::ReadWrite))
            return false;
        // On a pty the modem-line ioctls fail with UnsupportedOperationError: harmless.
        if (port_.error() == QSerialPort::UnsupportedOperationError)
            port_.clearError();
        port_.clear();
        QObject::connect(&port_, &QSerialPort::readyRead, [this] {
            const QByteArray bytes = port_.readAll();
            rawInput_ += bytes;
            inbox_ += parser_.feed(bytes);
        });
        return true;
    }

    void write(const QByteArray& bytes) {
        port_.write(bytes);
        port_.flush();
    }

    // Sends a command and returns the first reply, or nullopt when none came in time.
    std::optional<Reply> request(const QByteArray& command, int timeoutMs) {
        inbox_.clear();
        write(command);
        if (!QTest::qWaitFor([this] { return !inbox_.isEmpty(); }, timeoutMs))
            return std::nullopt;
        return inbox_.takeFirst();
    }

    // After a timeout: wait out late replies for `graceMs`, discard them, then check the
    // line with "@" (which also stops a stream). Returns the number of replies dropped.
    int recover(int graceMs) {
        QTest::qWait(graceMs);
        const int dropped = int(inbox_.size());
        inbox_.clear();
        const auto serial = request(mtsics::reset(), 1000);
        return serial && serial->id == "I4" ? dropped : -1;
    }

    Replies& inbox() { return inbox_; }
    QByteArray& rawInput() { return rawInput_; }
    const ParserStats& stats() const { return parser_.stats(); }
    QSerialPort& port() { return port_; }

private:
    QSerialPort port_;
    MtSicsParser parser_;
    Replies inbox_;
    QByteArray rawInput_;
};

BalanceSpec fastSettling() {
    BalanceSpec spec;
    spec.settleMs = 80.0;  // settles to half a digit of 100 g in about 1 s
    return spec;
}

// Requests a stable weight, giving the balance time to settle.
std::optional<Reply> stableWeight(Client& c) {
    return c.request(mtsics::sendStable(), 5000);
}

}  // namespace

class TestBalancePty : public QObject {
    Q_OBJECT
private:
    QTemporaryDir dir_;
    std::unique_ptr<BalanceSimulator> sim_;
    std::unique_ptr<Client> client_;

    QString link() const { return dir_.filePath(QStringLiteral("balance0")); }

private Q_SLOTS:
    void init() {
        QVERIFY(dir_.isValid());
        sim_ = std::make_unique<BalanceSimulator>(BalanceSimulator::Protocol::MtSics, link(),
                                                  fastSettling());
        QString error;
        QVERIFY2(sim_->start(&error), qPrintable(error));
        QVERIFY(QFileInfo(link()).isSymLink());
        client_ = std::make_unique<Client>();
        QVERIFY2(client_->open(link()), qPrintable(client_->port().errorString()));
    }

    void cleanup() {
        client_.reset();
        sim_.reset();
        QVERIFY(!QFileInfo::exists(link()));  // the symlink goes with the simulator
    }

    void identificationIsByteExact() {
        client_->write(mtsics::serialNumber());
        QVERIFY(QTest::qWaitFor([this] { return client_->rawInput().endsWith("\r\n"); }, 2000));
        QCOMPARE(client_->rawInput(), QByteArray("I4 A \"B021002593\"\r\n"));
        const auto reset = client_->request(mtsics::reset(), 2000);
        QVERIFY(reset);
        QCOMPARE(reset->kind, ReplyKind::Info);
        QCOMPARE(reset->id, QByteArray("I4"));
        QCOMPARE(reset->texts, QStringList{QStringLiteral("B021002593")});
        const auto model = client_->request(mtsics::balanceData(), 2000);
        QVERIFY(model);
        QCOMPARE(model->raw, QByteArray("I2 A \"SIM-XS205 220.00 g\""));
        const auto level = client_->request(mtsics::level(), 2000);
        QVERIFY(level);
        QCOMPARE(level->texts.size(), 5);
        const auto unknown = client_->request("XYZ\r\n", 2000);
        QVERIFY(unknown);
        QCOMPARE(unknown->error, ErrorCode::SyntaxError);
    }

    void plainPosixClientGetsTheManualBytes() {
        // An independent client: no Qt serial code, just the tty the symlink names.
        client_.reset();
        const int fd = ::open(QFile::encodeName(link()).constData(),
                              O_RDWR | O_NOCTTY | O_NONBLOCK | O_CLOEXEC);
        QVERIFY(fd >= 0);
        sim_->placeMass(12.5);
        QTest::qWait(1500);
        QByteArray received;
        const auto exchange = [&](const QByteArray& command, int lines) {
            received.clear();
            if (::write(fd, command.constData(), size_t(command.size())) != command.size())
                return false;
            return QTest::qWaitFor([&] {
                char buffer[256];
                const ssize_t n = ::read(fd, buffer, sizeof buffer);
                if (n > 0)
                    received.append(buffer, int(n));
                return received.count("\r\n") >= lines;
            }, 3000);
        };
        QVERIFY(exchange("S\r\n", 1));
        QCOMPARE(received, QByteArray("S S      12.50 g\r\n"));
        QVERIFY(exchange("SI\r\nI4\r\nXX\r\n", 3));
        QCOMPARE(received, QByteArray("S S      12.50 g\r\nI4 A \"B021002593\"\r\nES\r\n"));
        ::close(fd);
    }

    void stableCapture() {
        sim_->placeMass(100.0);
        const auto r = stableWeight(*client_);
        QVERIFY(r);
        QCOMPARE(r->kind, ReplyKind::Weight);
        QVERIFY(r->stable);
        QCOMPARE(r->raw, QByteArray("S S     100.00 g"));
        QCOMPARE(r->valueText, QStringLiteral("100.00"));
        QCOMPARE(r->unit, QStringLiteral("g"));
    }

    void dynamicReadingIsNotStable() {
        sim_->setNoise(0.002);
        sim_->placeMass(50.0);
        const auto moving = client_->request(mtsics::sendImmediate(), 2000);
        QVERIFY(moving);
        QCOMPARE(moving->kind, ReplyKind::Weight);
        QVERIFY(!moving->stable);
        QVERIFY(moving->raw.startsWith("S D "));
        // The same load, once settled, is stable.
        const auto settled = stableWeight(*client_);
        QVERIFY(settled);
        QVERIFY(settled->stable);
        QCOMPARE(settled->valueText, QStringLiteral("50.00"));
    }

    void noStabilityWithinTimeoutIsAnError() {
        sim_->setStabilityTimeout(500);
        sim_->setNoise(0.05);  // a draught: five digits of noise, never stable
        sim_->placeMass(20.0);
        const auto r = client_->request(mtsics::sendStable(), 3000);
        QVERIFY(r);
        QCOMPARE(r->kind, ReplyKind::Error);
        QCOMPARE(r->error, ErrorCode::Busy);
        QCOMPARE(r->raw, QByteArray("S I"));
    }

    void tareAndZero() {
        sim_->placeMass(150.0);
        auto r = client_->request(mtsics::tare(), 5000);
        QVERIFY(r);
        QCOMPARE(r->raw, QByteArray("T S     150.00 g"));
        r = stableWeight(*client_);
        QCOMPARE(r->raw, QByteArray("S S       0.00 g"));
        r = client_->request(mtsics::tareQuery(), 2000);
        QCOMPARE(r->raw, QByteArray("TA A     150.00 g"));
        sim_->placeMass(10.0);
        r = stableWeight(*client_);
        QCOMPARE(r->valueText, QStringLiteral("10.00"));
        r = client_->request(mtsics::clearTare(), 2000);
        QCOMPARE(r->raw, QByteArray("TAC A"));
        r = stableWeight(*client_);
        QCOMPARE(r->valueText, QStringLiteral("160.00"));
        // Zeroing 160 g is outside the zero range (2 % of capacity).
        r = client_->request(mtsics::zero(), 5000);
        QCOMPARE(r->raw, QByteArray("Z +"));
        QCOMPARE(r->error, ErrorCode::Overload);
        sim_->removeMass();
        sim_->placeMass(1.5);  // e.g. a weighing paper
        r = client_->request(mtsics::zero(), 5000);
        QCOMPARE(r->raw, QByteArray("Z A"));
        QCOMPARE(r->kind, ReplyKind::Ack);
        r = stableWeight(*client_);
        QCOMPARE(r->raw, QByteArray("S S       0.00 g"));
        r = client_->request(mtsics::tarePreset("12.34", "g"), 2000);
        QCOMPARE(r->raw, QByteArray("TA A      12.34 g"));
        r = client_->request(mtsics::tarePreset("12.34", "kg"), 2000);
        QCOMPARE(r->raw, QByteArray("TA L"));
        r = stableWeight(*client_);
        QCOMPARE(r->raw, QByteArray("S S     -12.34 g"));
        QCOMPARE(r->value, -12.34);
    }

    void overload() {
        sim_->placeMass(300.0);
        auto r = client_->request(mtsics::sendStable(), 3000);
        QVERIFY(r);
        QCOMPARE(r->raw, QByteArray("S +"));
        QCOMPARE(r->error, ErrorCode::Overload);
        QTest::qWait(1200);
        r = client_->request(mtsics::sendImmediate(), 2000);
        QCOMPARE(r->raw, QByteArray("S +"));
        // While the pan unloads, the reading passes through the overload range; a
        // request in that moment rightly answers "S +". Ask once it has come down.
        sim_->removeMass();
        QTest::qWait(1000);
        r = stableWeight(*client_);
        QCOMPARE(r->raw, QByteArray("S S       0.00 g"));
    }

    void mutedBalanceTimesOutWithoutStaleWeight() {
        sim_->placeMass(100.0);
        QVERIFY(stableWeight(*client_));
        sim_->mute(true);
        QElapsedTimer t;
        t.start();
        const auto r = client_->request(mtsics::sendImmediate(), 500);
        QVERIFY(!r);  // a timeout, not the 100.00 g of a moment ago
        QVERIFY(t.elapsed() >= 500);
        QVERIFY(client_->inbox().isEmpty());
        sim_->mute(false);
        sim_->placeMass(5.0);
        QCOMPARE(client_->recover(200), 0);
        const auto fresh = stableWeight(*client_);
        QVERIFY(fresh);
        QCOMPARE(fresh->valueText, QStringLiteral("105.00"));
    }

    void slowReplyIsDiscardedAfterTimeout() {
        sim_->placeMass(100.0);
        QVERIFY(stableWeight(*client_));
        sim_->setSlowReplies(600);
        QVERIFY(!client_->request(mtsics::sendImmediate(), 300));
        sim_->setSlowReplies(0);
        sim_->placeMass(7.0);
        // The late "S S 100.00 g" arrives during the grace period and is dropped.
        QCOMPARE(client_->recover(800), 1);
        const auto fresh = stableWeight(*client_);
        QVERIFY(fresh);
        QCOMPARE(fresh->valueText, QStringLiteral("107.00"));
    }

    void garbageIsCountedAndSkipped() {
        sim_->placeMass(42.0);
        QVERIFY(stableWeight(*client_));
        sim_->injectGarbage(QByteArray("\x00\xff\x13garbage\r\n", 12) + "S Q 1 g\r\n"
                            + QByteArray(2000, '#') + "\r\n");
        QVERIFY(QTest::qWaitFor([this] { return client_->stats().overlongFrames == 1; }, 2000));
        const auto r = stableWeight(*client_);
        QVERIFY(r);
        QCOMPARE(r->raw, QByteArray("S S      42.00 g"));
        QCOMPARE(client_->stats().garbageFrames, 2u);
        QVERIFY(client_->stats().discardedBytes >= 2000);
    }

    void sirStreamAt50HzLosesNothing() {
        sim_->setStreamRate(50.0);
        sim_->setSequenceInValue(true);
        const double d = sim_->spec().readability;
        client_->inbox().clear();
        client_->write(mtsics::sendRepeat());
        QTest::qWait(2500);
        // A command in the middle of the stream is answered between stream lines.
        client_->write(mtsics::serialNumber());
        QTest::qWait(2500);
        client_->write(mtsics::reset());
        QVERIFY(QTest::qWaitFor([this] {
            return !client_->inbox().isEmpty() && client_->inbox().back().id == "I4";
        }, 2000));
        QTest::qWait(100);

        QList<quint64> sequence;
        int infos = 0;
        for (const Reply& r : client_->inbox()) {
            if (r.id == "I4") {
                ++infos;
                continue;
            }
            QCOMPARE(r.kind, ReplyKind::Weight);
            QVERIFY(r.stable);
            sequence.append(quint64(std::llround(r.value / d)));
        }
        QCOMPARE(infos, 2);  // the I4 in the stream and the "@" reply
        qInfo("SIR: %lld lines in ~5 s, simulator sent %llu", qlonglong(sequence.size()),
              static_cast<unsigned long long>(sim_->streamedLines()));
        QVERIFY(sequence.size() >= 240);
        QVERIFY(sequence.size() <= 260);
        QCOMPARE(quint64(sequence.size()), sim_->streamedLines());
        for (qsizetype i = 0; i < sequence.size(); ++i)
            QCOMPARE(sequence[i], quint64(i));  // 0 lost, 0 reordered
        QCOMPARE(client_->stats().garbageFrames, 0u);
    }

    void unplugIsNoticedAndReplugServesAgain() {
        QVERIFY(client_->request(mtsics::serialNumber(), 2000));
        QSignalSpy errors(&client_->port(), &QSerialPort::errorOccurred);
        QElapsedTimer t;
        t.start();
        sim_->unplug();
        QVERIFY(!QFileInfo::exists(link()));
        QVERIFY(QTest::qWaitFor([&] {
            for (const auto& args : errors) {
                const auto e = args.at(0).value<QSerialPort::SerialPortError>();
                if (e == QSerialPort::ResourceError || e == QSerialPort::ReadError)
                    return true;
            }
            return false;
        }, 1000));
        qInfo("unplug noticed after %lld ms", t.elapsed());
        client_->port().close();

        QString error;
        QVERIFY2(sim_->replug(&error), qPrintable(error));
        client_ = std::make_unique<Client>();
        QVERIFY2(client_->open(link()), qPrintable(client_->port().errorString()));
        const auto r = client_->request(mtsics::reset(), 2000);
        QVERIFY(r);
        QCOMPARE(r->texts, QStringList{QStringLiteral("B021002593")});
    }
};

QTEST_GUILESS_MAIN(TestBalancePty)
#include "test_balance_pty.moc"
