#pragma once

#include "transport/BalanceSettings.h"
#include "transport/LiveReadings.h"
#include "transport/MainThreadLoad.h"

#include <QObject>
#include <QThread>

#include <memory>

namespace batch::devices {

class SerialBalanceWorker;

// The main-thread face of one serial balance (MT-SICS, SBI or A&D, per the settings).
// All device work happens on the worker's own thread; every call here only posts to it
// and returns at once, so a slow or dead balance can never block the UI. Results come
// back as signals, matched by request id.
class BalanceConnection : public QObject {
    Q_OBJECT
public:
    explicit BalanceConnection(BalanceSettings settings, QObject* parent = nullptr);
    ~BalanceConnection() override;  // stops the worker and joins its thread

    void start();

    // Each returns a request id; the answer is replied(id, answer) - which may carry an
    // error reply of the balance (overload, "S I", EC,E11) - or failed(id, reason) for a
    // timeout, a disconnect or an operation the state does not allow. A timeout is a
    // failure, never an older weight.
    quint64 request(BalanceOp op);
    quint64 readStable() { return request(BalanceOp::ReadStable); }
    quint64 readImmediate() { return request(BalanceOp::ReadImmediate); }
    quint64 tare() { return request(BalanceOp::Tare); }
    quint64 zero() { return request(BalanceOp::Zero); }
    quint64 tareValue() { return request(BalanceOp::TareValue); }
    // A stable net weight and the tare in force: what a recorded weighing needs.
    quint64 capture() { return request(BalanceOp::Capture); }
    void startStream();  // reading() per stream line until stopStream()
    void stopStream();

    const BalanceSettings& settings() const { return settings_; }
    ConnectionState state() const { return state_; }
    QString serialNumber() const { return identity_.serialNumber; }
    BalanceIdentity identity() const { return identity_; }
    QString stateDetail() const { return detail_; }
    LinkStatistics statistics() const { return statistics_; }
    MainThreadLoad mainThreadLoad() const { return load_; }
    // Stream readings, filled on the worker thread; safe to read from any thread.
    std::shared_ptr<const LiveReadings> liveReadings() const { return live_; }

Q_SIGNALS:
    void stateChanged(batch::devices::ConnectionState state, const QString& detail);
    void replied(quint64 id, const batch::devices::BalanceAnswer& answer);
    void failed(quint64 id, const QString& reason);
    void reading(const batch::devices::Reading& reading);

private:
    const BalanceSettings settings_;
    std::shared_ptr<LiveReadings> live_;
    QThread thread_;
    SerialBalanceWorker* worker_;  // lives on thread_, deleted when it finishes
    ConnectionState state_ = ConnectionState::Disconnected;
    BalanceIdentity identity_;
    QString detail_;
    LinkStatistics statistics_;
    MainThreadLoad load_;
    quint64 nextId_ = 1;
};

}  // namespace batch::devices
