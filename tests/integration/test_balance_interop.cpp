// Interoperability in both directions, with nothing of ours on the other side:
//  - the simulator of each protocol (on its own thread) against an independent client
//    made of plain POSIX calls (open, termios raw 9600 8N1, write, poll, read) that
//    compares the bytes with the layouts of the manuals, no parser of ours involved;
//  - our MT-SICS driver against an independent MT-SICS peer written here from the
//    manual's reply forms (openpty and a poll loop on a thread of its own).
#include "simulator/BalanceSimulator.h"
#include "transport/BalanceConnection.h"

#include <QFile>
#include <QHash>
#include <QTemporaryDir>
#include <QThread>
#include <QtTest>

#include <atomic>
#include <functional>
#include <memory>
#include <thread>

#include <fcntl.h>
#include <poll.h>
#include <pty.h>
#include <termios.h>
#include <unistd.h>

using namespace batch::devices;
using batch::devices::sim::BalanceSimulator;
using batch::devices::sim::BalanceSpec;

namespace {

// A serial client the way a C programmer writes one from the termios man page.
class PosixSerial {
public:
    explicit PosixSerial(const QString& path) {
        fd_ = ::open(QFile::encodeName(path).constData(), O_RDWR | O_NOCTTY | O_CLOEXEC);
        if (fd_ < 0)
            return;
        termios tio{};
        ::tcgetattr(fd_, &tio);
        ::cfmakeraw(&tio);                              // 8 data bits, no parity, no translation
        tio.c_cflag &= ~static_cast<tcflag_t>(CSTOPB);  // 1 stop bit
        tio.c_cflag |= CLOCAL | CREAD;
        ::cfsetispeed(&tio, B9600);
        ::cfsetospeed(&tio, B9600);
        ::tcsetattr(fd_, TCSANOW, &tio);
        ::tcflush(fd_, TCIOFLUSH);
    }
    ~PosixSerial() {
        if (fd_ >= 0)
            ::close(fd_);
    }
    bool isOpen() const { return fd_ >= 0; }

    // Writes `command` and reads until `lines` CR LF pairs arrived (or the deadline).
    QByteArray exchange(const QByteArray& command, int lines, int timeoutMs = 4000) {
        if (::write(fd_, command.constData(), size_t(command.size())) != command.size())
            return {};
        return readLines(lines, timeoutMs);
    }

    QByteArray readLines(int lines, int timeoutMs) {
        QByteArray received;
        QElapsedTimer t;
        t.start();
        while (received.count("\r\n") < lines && t.elapsed() < timeoutMs) {
            pollfd p{fd_, POLLIN, 0};
            if (::poll(&p, 1, int(timeoutMs - t.elapsed())) <= 0)
                break;
            char buffer[256];
            const ssize_t n = ::read(fd_, buffer, sizeof buffer);
            if (n <= 0)
                break;
            received.append(buffer, int(n));
        }
        return received;
    }

private:
    int fd_ = -1;
};

// Runs a simulator on a thread of its own, as a real balance runs outside the program.
class SimulatorThread {
public:
    SimulatorThread(BalanceSimulator::Protocol protocol, const QString& link) {
        context_.moveToThread(&thread_);
        thread_.start();
        run([&] {
            BalanceSpec spec;
            spec.settleMs = 40.0;
            sim_ = std::make_unique<BalanceSimulator>(protocol, link, spec);
            started_ = sim_->start();
        });
    }
    ~SimulatorThread() {
        run([&] { sim_.reset(); });
        thread_.quit();
        thread_.wait();
    }
    void run(const std::function<void()>& f) {
        QMetaObject::invokeMethod(&context_, f, Qt::BlockingQueuedConnection);
    }
    BalanceSimulator& sim() { return *sim_; }
    bool started() const { return started_; }

private:
    QThread thread_;
    QObject context_;
    std::unique_ptr<BalanceSimulator> sim_;
    bool started_ = false;
};

// An MT-SICS peer written from the manual alone: level 0 commands, replies with CR LF,
// 5 decimals and the unit "g". I2 is not implemented (ES), as on some weigh modules.
class IndependentMtSicsPeer {
public:
    explicit IndependentMtSicsPeer(const QString& link) {
        char name[256] = {};
        if (::openpty(&master_, &slave_, name, nullptr, nullptr) != 0)
            return;
        termios tio{};
        ::tcgetattr(slave_, &tio);
        ::cfmakeraw(&tio);
        ::tcsetattr(slave_, TCSANOW, &tio);
        ok_ = ::symlink(name, QFile::encodeName(link).constData()) == 0;
        thread_ = std::thread([this] { loop(); });
    }
    ~IndependentMtSicsPeer() {
        stop_ = true;
        if (thread_.joinable())
            thread_.join();
        ::close(master_);
        ::close(slave_);
    }
    bool ok() const { return ok_; }
    void setLoad(double grams) { load_ = grams; }
    int commands() const { return commands_; }

private:
    static QByteArray weight(const char* id, char status, double v) {
        return QByteArray(id) + ' ' + status + ' ' +
               QByteArray::number(v, 'f', 5).rightJustified(10, ' ') + " g\r\n";
    }

    QByteArray answer(const QByteArray& command) {
        ++commands_;
        const double net = load_ - tare_;
        if (command == "@" || command == "I4")
            return "I4 A \"0123456789\"\r\n";
        if (command == "S")
            return weight("S", 'S', net);
        if (command == "SI")
            return weight("S", 'D', net);  // this peer always reports SI as dynamic
        if (command == "TA")
            return weight("TA", 'A', tare_);
        if (command == "T") {
            tare_ = load_;
            return weight("T", 'S', tare_);
        }
        if (command == "Z") {
            tare_ = 0.0;
            return "Z A\r\n";
        }
        return "ES\r\n";
    }

    void loop() {
        QByteArray line;
        while (!stop_) {
            pollfd p{master_, POLLIN, 0};
            if (::poll(&p, 1, 20) <= 0)
                continue;
            char buffer[256];
            const ssize_t n = ::read(master_, buffer, sizeof buffer);
            for (ssize_t i = 0; i < n; ++i) {
                if (buffer[i] == '\n') {
                    const QByteArray reply = answer(line.trimmed());
                    (void)!::write(master_, reply.constData(), size_t(reply.size()));
                    line.clear();
                } else {
                    line.append(buffer[i]);
                }
            }
        }
    }

    int master_ = -1;
    int slave_ = -1;
    bool ok_ = false;
    std::atomic<bool> stop_{false};
    std::atomic<double> load_{0.0};
    std::atomic<int> commands_{0};
    double tare_ = 0.0;  // peer thread only
    std::thread thread_;
};

}  // namespace

class TestBalanceInterop : public QObject {
    Q_OBJECT
private:
    QTemporaryDir dir_;
    QString link(const char* name) const { return dir_.filePath(QString::fromLatin1(name)); }

private Q_SLOTS:
    void mtsicsSimulatorSpeaksTheManualBytes() {
        SimulatorThread t(BalanceSimulator::Protocol::MtSics, link("mt"));
        QVERIFY(t.started());
        PosixSerial c(link("mt"));
        QVERIFY(c.isOpen());
        t.run([&] { t.sim().placeMass(12.5); });
        QTest::qWait(800);
        QCOMPARE(c.exchange("S\r\n", 1), QByteArray("S S      12.50 g\r\n"));
        QCOMPARE(c.exchange("@\r\n", 1), QByteArray("I4 A \"B021002593\"\r\n"));
        QCOMPARE(c.exchange("I4\r\nI2\r\nXX\r\n", 3),
                 QByteArray("I4 A \"B021002593\"\r\nI2 A \"SIM-XS205 220.00 g\"\r\nES\r\n"));
        QCOMPARE(c.exchange("TA\r\n", 1), QByteArray("TA A       0.00 g\r\n"));
        QCOMPARE(c.exchange("T\r\n", 1), QByteArray("T S      12.50 g\r\n"));
        QCOMPARE(c.exchange("SI\r\n", 1), QByteArray("S S       0.00 g\r\n"));
        QCOMPARE(c.exchange("Z\r\n", 1), QByteArray("Z +\r\n"));  // 12.5 g: beyond the zero range
        QCOMPARE(c.exchange("TAC\r\nD \"HELLO\"\r\nDW\r\n", 3),
                 QByteArray("TAC A\r\nD A\r\nDW A\r\n"));
        QCOMPARE(c.exchange("S 1\r\n", 1), QByteArray("S L\r\n"));
        QCOMPARE(c.exchange("S\x07\r\n", 1), QByteArray("ET\r\n"));
        t.run([&] { t.sim().placeMass(300.0); });
        QTest::qWait(800);
        QCOMPARE(c.exchange("SI\r\n", 1), QByteArray("S +\r\n"));
        t.run([&] { t.sim().setSystemError(10, 'b'); });
        QCOMPARE(c.exchange("SI\r\n", 1), QByteArray("S S    Error 10b\r\n"));
    }

    void sbiSimulatorSpeaksTheManualBytes() {
        SimulatorThread t(BalanceSimulator::Protocol::Sbi, link("sbi"));
        QVERIFY(t.started());
        PosixSerial c(link("sbi"));
        QVERIFY(c.isOpen());
        t.run([&] { t.sim().placeMass(12.5); });
        QTest::qWait(800);
        // 16 characters: sign, space, value in 8, space, unit in 3, CR LF.
        QCOMPARE(c.exchange("\x1bP\r\n", 1), QByteArray("+    12.50 g  \r\n"));
        QCOMPARE(c.exchange("\x1bP", 1), QByteArray("+    12.50 g  \r\n"));  // CR LF optional
        QCOMPARE(c.exchange("\x1bx2_\r\n", 1), QByteArray("  B021002593    \r\n"));
        (void)c.exchange("\x1bU\r\n", 0, 300);  // tare: no reply at all
        QCOMPARE(c.exchange("\x1bP\r\n", 1), QByteArray("+     0.00 g  \r\n"));
        t.run([&] {
            t.sim().placeMass(300.0);
            t.sim().setIdCodes(true);
        });
        QTest::qWait(800);
        QCOMPARE(c.exchange("\x1bP\r\n", 1), QByteArray("Stat        H       \r\n"));
        t.run([&] { t.sim().setIdCodes(false); });
        QCOMPARE(c.exchange("\x1bP\r\n", 1), QByteArray("      H       \r\n"));
    }

    void andSimulatorSpeaksTheManualBytes() {
        SimulatorThread t(BalanceSimulator::Protocol::And, link("and"));
        QVERIFY(t.started());
        PosixSerial c(link("and"));
        QVERIFY(c.isOpen());
        t.run([&] { t.sim().placeMass(12.5); });
        QTest::qWait(800);
        QCOMPARE(c.exchange("Q\r\n", 1), QByteArray("ST,+00012.50  g\r\n"));
        QCOMPARE(c.exchange("S\r\n", 1), QByteArray("ST,+00012.50  g\r\n"));
        QCOMPARE(c.exchange("T\r\n", 2), QByteArray("\x06\r\n\x06\r\n"));
        QCOMPARE(c.exchange("?PT\r\n", 1), QByteArray("PT,+00012.50  g\r\n"));
        QCOMPARE(c.exchange("Q\r\n", 1), QByteArray("ST,+00000.00  g\r\n"));
        QCOMPARE(c.exchange("?SN\r\n?TN\r\n", 2), QByteArray("SN,B021002593\r\nTN,SIM-XS205\r\n"));
        QCOMPARE(c.exchange("XYZ\r\n", 1), QByteArray("EC,E01\r\n"));
        t.run([&] { t.sim().placeMass(300.0); });
        QTest::qWait(800);
        QCOMPARE(c.exchange("Q\r\n", 1), QByteArray("OL,+99999.99  g\r\n"));
    }

    void driverWorksWithAnIndependentMtSicsPeer() {
        IndependentMtSicsPeer peer(link("peer"));
        QVERIFY(peer.ok());
        BalanceSettings s;
        s.protocol = BalanceProtocolKind::MtSics;
        s.serial.portName = link("peer");
        s.allowSimulator = true;  // the peer sits on a pty too
        s.expectedSerialNumber = QStringLiteral("0123456789");
        BalanceConnection c(s);
        QHash<quint64, BalanceAnswer> answers;
        QHash<quint64, QString> failures;
        connect(&c, &BalanceConnection::replied, this,
                [&](quint64 id, const BalanceAnswer& a) { answers[id] = a; });
        connect(&c, &BalanceConnection::failed, this,
                [&](quint64 id, const QString& e) { failures[id] = e; });
        const auto wait = [&](quint64 id) {
            return QTest::qWaitFor([&] { return answers.contains(id) || failures.contains(id); },
                                   5000) &&
                   answers.contains(id);
        };
        c.start();
        QVERIFY(QTest::qWaitFor([&] { return c.state() == ConnectionState::Connected; }, 5000));
        QCOMPARE(c.serialNumber(), QStringLiteral("0123456789"));
        QVERIFY(c.identity().model.isEmpty());  // I2 answered ES: not required

        peer.setLoad(20.0);
        quint64 id = c.capture();
        QVERIFY(wait(id));
        QCOMPARE(answers[id].reply.raw, QByteArray("S S   20.00000 g"));
        QCOMPARE(answers[id].reply.valueText, QStringLiteral("20.00000"));
        QVERIFY(answers[id].tare);
        QCOMPARE(answers[id].tare->valueText, QStringLiteral("0.00000"));
        id = c.readImmediate();
        QVERIFY(wait(id));
        QVERIFY(!answers[id].reply.stable);
        id = c.tare();
        QVERIFY(wait(id));
        QCOMPARE(answers[id].reply.id, QByteArray("T"));
        peer.setLoad(32.5);
        id = c.capture();
        QVERIFY(wait(id));
        QCOMPARE(answers[id].reply.valueText, QStringLiteral("12.50000"));
        QCOMPARE(answers[id].tare->valueText, QStringLiteral("20.00000"));
        id = c.zero();
        QVERIFY(wait(id));
        QCOMPARE(answers[id].reply.kind, ReplyKind::Ack);
        QVERIFY(failures.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestBalanceInterop)
#include "test_balance_interop.moc"
