#pragma once

#include "transport/HidScaleWorker.h"
#include "transport/MainThreadLoad.h"

#include <QObject>
#include <QThread>

#include <memory>

namespace batch::devices {

// The main-thread face of one USB HID scale: a HidScaleWorker on its own thread,
// readings and state changes delivered as queued signals, the live buffer readable from
// any thread. Nothing here blocks on the device.
class HidScaleConnection : public QObject {
    Q_OBJECT
public:
    HidScaleConnection(HidScaleWorker::Settings settings, HidScaleWorker::Opener opener = {},
                       int liveCapacity = 30000, QObject* parent = nullptr);
    ~HidScaleConnection() override;

    void start();
    ConnectionState state() const { return state_; }
    QString stateDetail() const { return detail_; }
    std::shared_ptr<const LiveReadings> liveReadings() const { return live_; }
    MainThreadLoad mainThreadLoad() const { return load_; }

Q_SIGNALS:
    void stateChanged(batch::devices::ConnectionState state, const QString& detail);
    void reading(const batch::devices::Reading& reading);

private:
    std::shared_ptr<LiveReadings> live_;
    QThread thread_;
    HidScaleWorker* worker_;  // lives on thread_, deleted when it finishes
    ConnectionState state_ = ConnectionState::Disconnected;
    QString detail_;
    MainThreadLoad load_;
};

}  // namespace batch::devices
