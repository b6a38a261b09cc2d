// The HID scale worker and facade with a message-preserving socket standing in for
// /dev/hidrawN (one write = one report, like hidraw's one read = one report): numbered
// readings from real report bytes, garbage reports skipped, unplug -> Disconnected
// within 1 s, reopen with backoff when the device is back. The libhidapi backend is
// exercised as far as a machine without HID devices allows (CI has no /dev/hidraw* and
// no uhid to create one): opening a node that is not a hidraw device fails with
// hidapi's reason and is retried, enumeration of scales works; the serial-number check
// refuses a scale that reports none when one is on file.
#include "transport/HidScaleConnection.h"

#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

#include <fcntl.h>
#include <sys/socket.h>
#include <unistd.h>
#include <atomic>
#include <cerrno>

using namespace batch::devices;

namespace {

// A fake hidraw node: the worker's opener takes the read end once it is "plugged in".
struct FakeHidraw {
    std::atomic<int> pluggedFd{-1};
    int writeFd = -1;

    bool plugIn() {
        int fds[2];
        if (::socketpair(AF_UNIX, SOCK_SEQPACKET | SOCK_NONBLOCK | SOCK_CLOEXEC, 0, fds) != 0)
            return false;
        writeFd = fds[1];
        pluggedFd = fds[0];
        return true;
    }
    void unplug() {
        ::close(writeFd);
        writeFd = -1;
    }
    bool report(const QByteArray& bytes) const {
        return ::write(writeFd, bytes.constData(), size_t(bytes.size())) == bytes.size();
    }
    HidScaleWorker::Opener opener() {
        return [this](const QString&) {
            const int fd = pluggedFd.exchange(-1);
            if (fd < 0)
                errno = ENOENT;
            return fd;
        };
    }
    ~FakeHidraw() {
        if (writeFd >= 0)
            ::close(writeFd);
        const int fd = pluggedFd.load();
        if (fd >= 0)
            ::close(fd);
    }
};

}  // namespace

class TestHidScaleTransport : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void readsReportsAndSurvivesUnplug() {
        FakeHidraw device;
        QVERIFY(device.plugIn());
        HidScaleWorker::Settings settings;
        settings.path = QStringLiteral("/dev/hidraw-test");
        settings.reconnectInitialMs = 50;
        settings.reconnectMaxMs = 200;
        HidScaleConnection scale(settings, device.opener(), 100);
        QList<Reading> readings;
        connect(&scale, &HidScaleConnection::reading, this,
                [&](const Reading& r) { readings.append(r); });
        scale.start();
        QVERIFY(QTest::qWaitFor([&] { return scale.state() == ConnectionState::Connected; }, 2000));

        QVERIFY(device.report(QByteArray("\x03\x03\x02\xff\xd0\x04", 6)));  // in motion
        QVERIFY(device.report(QByteArray("\x04\x01\x02", 3)));              // not scale data
        QVERIFY(device.report(QByteArray("\x03\x04\x02\xff\xd2\x04", 6)));  // 123.4 g stable
        QVERIFY(device.report(QByteArray("\x03\x06\x02\x00\x00\x00", 6)));  // over limit
        QVERIFY(QTest::qWaitFor([&] { return readings.size() == 3; }, 2000));
        QVERIFY(!readings[0].reply.stable);
        QCOMPARE(readings[1].reply.valueText, QStringLiteral("123.4"));
        QVERIFY(readings[1].reply.stable);
        QCOMPARE(readings[1].reply.unit, QStringLiteral("g"));
        QCOMPARE(readings[2].reply.error, ErrorCode::Overload);
        for (int i = 0; i < 3; ++i) QCOMPARE(readings[i].sequence, quint64(i));
        QCOMPARE(scale.liveReadings()->size(), 3);

        QElapsedTimer t;
        t.start();
        device.unplug();
        QVERIFY(
            QTest::qWaitFor([&] { return scale.state() == ConnectionState::Disconnected; }, 1000));
        qInfo("Disconnected after %lld ms", t.elapsed());
        QTest::qWait(300);  // reopen attempts fail while it is away
        QCOMPARE(scale.state(), ConnectionState::Disconnected);

        QVERIFY(device.plugIn());
        QVERIFY(QTest::qWaitFor([&] { return scale.state() == ConnectionState::Connected; }, 2000));
        readings.clear();
        QVERIFY(device.report(QByteArray("\x03\x02\x03\xfd\x00\x00", 6)));  // 0.000 kg
        QVERIFY(QTest::qWaitFor([&] { return readings.size() == 1; }, 2000));
        QCOMPARE(readings[0].reply.valueText, QStringLiteral("0.000"));
        QCOMPARE(readings[0].reply.unit, QStringLiteral("kg"));
        QCOMPARE(readings[0].sequence, 0u);  // numbered per connection
    }

    void hidapiBackendReportsWhyItCannotOpenAndRetries() {
        QTemporaryDir dir;
        const QString notHid = dir.filePath(QStringLiteral("not-a-hidraw-node"));
        QFile f(notHid);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("\x03\x04\x02\x00\x01\x00");
        f.close();
        HidScaleWorker::Settings settings;
        settings.path = notHid;
        settings.backend = HidScaleWorker::Backend::Hidapi;
        settings.reconnectInitialMs = 50;
        settings.reconnectMaxMs = 100;
        HidScaleConnection scale(settings);
        QStringList details;
        connect(&scale, &HidScaleConnection::stateChanged, this,
                [&](ConnectionState, const QString& detail) { details.append(detail); });
        scale.start();
        QVERIFY(QTest::qWaitFor([&] { return details.size() >= 3; }, 3000));  // retried
        QCOMPARE(scale.state(), ConnectionState::Disconnected);
        QVERIFY2(details.front().contains(QStringLiteral("hidapi")), qPrintable(details.front()));
        QVERIFY(details.front().contains(notHid));
        // By USB ids the device is looked up through hidapi's own enumeration.
        settings.path = QStringLiteral("usb:0922:8003:NO-SUCH-SCALE");
        HidScaleConnection byId(settings);
        QString detail;
        connect(&byId, &HidScaleConnection::stateChanged, this,
                [&](ConnectionState, const QString& d) { detail = d; });
        byId.start();
        QVERIFY(QTest::qWaitFor([&] { return !detail.isEmpty(); }, 3000));
        QCOMPARE(byId.state(), ConnectionState::Disconnected);
        QVERIFY2(detail.startsWith(QStringLiteral("hidapi cannot open usb:0922:8003")),
                 qPrintable(detail));
        // Enumeration through hidapi: whatever is plugged in, every entry is a scale.
        for (const HidapiDevice::ScaleInfo& info : HidapiDevice::enumerateScales())
            QVERIFY(!info.path.isEmpty());
    }

    void scaleWithoutTheSerialNumberOnFileIsRefused() {
        FakeHidraw device;
        QVERIFY(device.plugIn());
        HidScaleWorker::Settings settings;
        settings.path = QStringLiteral("/dev/hidraw-test");  // no sysfs entry: no serial
        settings.expectedSerialNumber = QStringLiteral("SC-0001");
        HidScaleConnection scale(settings, device.opener(), 100);
        scale.start();
        QVERIFY(QTest::qWaitFor([&] { return scale.state() == ConnectionState::Refused; }, 2000));
        QVERIFY(scale.stateDetail().contains(QStringLiteral("SC-0001")));
    }
};

QTEST_GUILESS_MAIN(TestHidScaleTransport)
#include "test_hid_scale_transport.moc"
