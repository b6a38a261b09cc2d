#include "transport/BalanceConnection.h"

#include "protocols/MtSicsCommands.h"
#include "transport/MtSicsWorker.h"

namespace batch::devices {

BalanceConnection::BalanceConnection(BalanceSettings settings, QObject* parent)
    : QObject(parent),
      live_(std::make_shared<LiveReadings>(settings.liveCapacity)),
      worker_(new MtSicsWorker(std::move(settings), live_)) {
    qRegisterMetaType<Reply>();
    qRegisterMetaType<Reading>();
    qRegisterMetaType<ConnectionState>();
    thread_.setObjectName(QStringLiteral("balance"));
    worker_->moveToThread(&thread_);
    connect(&thread_, &QThread::finished, worker_, &QObject::deleteLater);
    connect(worker_, &MtSicsWorker::stateChanged, this, &BalanceConnection::onStateChanged);
    connect(worker_, &MtSicsWorker::replied, this, &BalanceConnection::replied);
    connect(worker_, &MtSicsWorker::failed, this, &BalanceConnection::failed);
    connect(worker_, &MtSicsWorker::reading, this, &BalanceConnection::reading);
    thread_.start();
}

BalanceConnection::~BalanceConnection() {
    // The port must be closed on the thread that owns it, before the thread ends.
    QMetaObject::invokeMethod(worker_, &MtSicsWorker::stop, Qt::BlockingQueuedConnection);
    thread_.quit();
    thread_.wait();
}

void BalanceConnection::start() {
    QMetaObject::invokeMethod(worker_, &MtSicsWorker::start, Qt::QueuedConnection);
}

quint64 BalanceConnection::send(const QByteArray& command) {
    const quint64 id = nextId_++;
    QMetaObject::invokeMethod(
        worker_, [w = worker_, id, command] { w->request(id, command); }, Qt::QueuedConnection);
    return id;
}

quint64 BalanceConnection::readStable() { return send(mtsics::sendStable()); }
quint64 BalanceConnection::readImmediate() { return send(mtsics::sendImmediate()); }
quint64 BalanceConnection::tare() { return send(mtsics::tare()); }
quint64 BalanceConnection::zero() { return send(mtsics::zero()); }

void BalanceConnection::startStream() {
    QMetaObject::invokeMethod(worker_, &MtSicsWorker::startStream, Qt::QueuedConnection);
}

void BalanceConnection::stopStream() {
    QMetaObject::invokeMethod(worker_, &MtSicsWorker::stopStream, Qt::QueuedConnection);
}

void BalanceConnection::onStateChanged(ConnectionState state, const QString& detail,
                                       const QString& serial) {
    state_ = state;
    detail_ = detail;
    if (!serial.isEmpty())
        serialNumber_ = serial;
    Q_EMIT stateChanged(state, detail);
}

}  // namespace batch::devices
