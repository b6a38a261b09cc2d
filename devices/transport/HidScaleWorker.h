#pragma once

#include "protocols/HidPosScaleParser.h"
#include "transport/BalanceSettings.h"
#include "transport/LiveReadings.h"

#include <QObject>
#include <QString>

#include <functional>
#include <memory>

class QSocketNotifier;
class QTimer;

namespace batch::devices {

// Reads a USB HID POS scale from /dev/hidrawN on the worker thread: every read() of a
// hidraw node returns exactly one input report, which HidPosScaleParser turns into a
// numbered Reading. HID scales report on their own (no commands), so there is no
// request/reply here. An unplug makes read() fail (ENODEV) or hit end of file: the
// worker closes, reports Disconnected at once and reopens with backoff.
// The opener is injectable so that tests can hand in a message-preserving socket
// instead of a real hidraw node.
class HidScaleWorker : public QObject {
    Q_OBJECT
public:
    using Opener = std::function<int(const QString& path)>;  // an fd, or -1 with errno

    struct Settings {
        QString path;  // /dev/hidrawN (or a stable udev symlink)
        int reconnectInitialMs = 200;
        int reconnectMaxMs = 5000;
    };

    HidScaleWorker(Settings settings, std::shared_ptr<LiveReadings> live, Opener opener = {});
    ~HidScaleWorker() override;

    static int openHidraw(const QString& path);  // O_RDONLY | O_NONBLOCK | O_CLOEXEC

public Q_SLOTS:
    void start();
    void stop();

Q_SIGNALS:
    void stateChanged(batch::devices::ConnectionState state, const QString& detail);
    void reading(const batch::devices::Reading& reading);

private:
    void open();
    void close();
    void onReadable();
    void disconnected(const QString& reason);

    const Settings settings_;
    const std::shared_ptr<LiveReadings> live_;
    const Opener opener_;
    int fd_ = -1;
    std::unique_ptr<QSocketNotifier> notifier_;
    QTimer* reconnectTimer_ = nullptr;
    HidPosScaleParser parser_;
    quint64 sequence_ = 0;
    int backoffMs_ = 0;
    bool stopped_ = false;
};

}  // namespace batch::devices
