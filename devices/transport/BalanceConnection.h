#pragma once

#include "transport/BalanceSettings.h"
#include "transport/LiveReadings.h"

#include <QObject>
#include <QThread>

#include <memory>

namespace batch::devices {

class MtSicsWorker;

// The main-thread face of one MT-SICS balance. All device work happens on the worker's
// own thread; every call here only posts to it and returns at once, so a slow or dead
// balance can never block the UI. Results come back as signals, matched by request id.
class BalanceConnection : public QObject {
    Q_OBJECT
public:
    explicit BalanceConnection(BalanceSettings settings, QObject* parent = nullptr);
    ~BalanceConnection() override;  // stops the worker and joins its thread

    void start();

    // Sends an MT-SICS command (bytes with CR LF); the answer is replied(id, ...) or
    // failed(id, reason) - a timeout is a failure, never an older weight.
    quint64 send(const QByteArray& command);
    quint64 readStable();     // S
    quint64 readImmediate();  // SI
    quint64 tare();           // T
    quint64 zero();           // Z
    void startStream();       // SIR: reading() per line until stopStream()
    void stopStream();

    ConnectionState state() const { return state_; }
    QString serialNumber() const { return serialNumber_; }
    QString stateDetail() const { return detail_; }
    // Stream readings, filled on the worker thread; safe to read from any thread.
    std::shared_ptr<const LiveReadings> liveReadings() const { return live_; }

Q_SIGNALS:
    void stateChanged(batch::devices::ConnectionState state, const QString& detail);
    void replied(quint64 id, const batch::devices::Reply& reply);
    void failed(quint64 id, const QString& reason);
    void reading(const batch::devices::Reading& reading);

private:
    void onStateChanged(ConnectionState state, const QString& detail, const QString& serial);

    std::shared_ptr<LiveReadings> live_;
    QThread thread_;
    MtSicsWorker* worker_;  // lives on thread_, deleted when it finishes
    ConnectionState state_ = ConnectionState::Disconnected;
    QString serialNumber_;
    QString detail_;
    quint64 nextId_ = 1;
};

}  // namespace batch::devices
