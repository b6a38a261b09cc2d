#pragma once

#include "protocols/HidPosScaleParser.h"
#include "transport/BalanceSettings.h"
#include "transport/HidapiDevice.h"
#include "transport/LiveReadings.h"

#include <QObject>
#include <QString>

#include <functional>
#include <memory>

class QSocketNotifier;
class QTimer;

namespace batch::devices {

// Reads a USB HID POS scale on the worker thread, either from /dev/hidrawN directly
// (every read() returns exactly one input report; QSocketNotifier) or through libhidapi
// (polled every 5 ms; the device named by its path or "usb:VVVV:PPPP[:SERIAL]"),
// selectable per instrument. HidPosScaleParser turns each report into a numbered
// Reading. HID scales report on their own (no commands), so there is no request/reply.
// On open the USB serial number is compared with the instrument master (hidapi reads the
// string descriptor, the hidraw path the "serial" attribute in sysfs); a mismatch is
// refused. An unplug makes read() fail (ENODEV) or hit end of file: the worker closes,
// reports Disconnected at once and reopens with backoff.
// The hidraw opener is injectable so that tests can hand in a message-preserving socket
// instead of a real hidraw node.
class HidScaleWorker : public QObject {
    Q_OBJECT
public:
    using Opener = std::function<int(const QString& path)>;  // an fd, or -1 with errno

    enum class Backend { Hidraw, Hidapi };

    struct Settings {
        QString path;  // /dev/hidrawN (or a stable udev symlink); hidapi also usb:VVVV:PPPP
        Backend backend = Backend::Hidraw;
        QString expectedSerialNumber;   // empty: not checked
        std::function<qint64()> clock;  // reading time stamps; empty: the system clock
        int reconnectInitialMs = 200;
        int reconnectMaxMs = 5000;
    };

    HidScaleWorker(Settings settings, std::shared_ptr<LiveReadings> live, Opener opener = {});
    ~HidScaleWorker() override;

    static int openHidraw(const QString& path);  // O_RDONLY | O_NONBLOCK | O_CLOEXEC
    // The USB serial number of the device behind a hidraw node (sysfs); empty if none.
    static QString hidrawSerialNumber(const QString& path);

public Q_SLOTS:
    void start();
    void stop();

Q_SIGNALS:
    void stateChanged(batch::devices::ConnectionState state, const QString& detail);
    void reading(const batch::devices::Reading& reading);

private:
    void open();
    bool openHidapi();
    bool checkSerial(const QString& serial);
    void close();
    void onReadable();
    void onPoll();
    void deliver(QByteArrayView report);
    void disconnected(const QString& reason);
    void scheduleReopen();

    const Settings settings_;
    const std::shared_ptr<LiveReadings> live_;
    const Opener opener_;
    int fd_ = -1;
    std::unique_ptr<QSocketNotifier> notifier_;
    std::unique_ptr<HidapiDevice> hidapi_;
    QTimer* pollTimer_ = nullptr;
    QTimer* reconnectTimer_ = nullptr;
    HidPosScaleParser parser_;
    quint64 sequence_ = 0;
    int backoffMs_ = 0;
    bool stopped_ = false;
};

}  // namespace batch::devices
