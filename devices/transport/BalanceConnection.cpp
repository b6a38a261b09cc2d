#include "transport/BalanceConnection.h"

#include "transport/SerialBalanceWorker.h"

namespace batch::devices {

BalanceConnection::BalanceConnection(BalanceSettings settings, QObject* parent)
    : QObject(parent),
      settings_(settings),
      live_(std::make_shared<LiveReadings>(settings.liveCapacity)),
      worker_(new SerialBalanceWorker(std::move(settings), live_)) {
    qRegisterMetaType<Reply>();
    qRegisterMetaType<Reading>();
    qRegisterMetaType<ConnectionState>();
    qRegisterMetaType<BalanceAnswer>();
    qRegisterMetaType<BalanceIdentity>();
    qRegisterMetaType<LinkStatistics>();
    qRegisterMetaType<BalanceOp>();
    thread_.setObjectName(QStringLiteral("balance"));
    worker_->moveToThread(&thread_);
    connect(&thread_, &QThread::finished, worker_, &QObject::deleteLater);
    connect(worker_, &SerialBalanceWorker::stateChanged, this,
            [this](ConnectionState state, const QString& detail, const BalanceIdentity& id) {
                load_.measure([&] {
                    state_ = state;
                    detail_ = detail;
                    if (!id.serialNumber.isEmpty())
                        identity_ = id;
                    Q_EMIT stateChanged(state, detail);
                });
            });
    connect(worker_, &SerialBalanceWorker::replied, this,
            [this](quint64 id, const BalanceAnswer& a) {
                load_.measure([&] { Q_EMIT replied(id, a); });
            });
    connect(worker_, &SerialBalanceWorker::failed, this,
            [this](quint64 id, const QString& e) { load_.measure([&] { Q_EMIT failed(id, e); }); });
    connect(worker_, &SerialBalanceWorker::reading, this,
            [this](const Reading& r) { load_.measure([&] { Q_EMIT reading(r); }); });
    connect(worker_, &SerialBalanceWorker::statistics, this,
            [this](const LinkStatistics& s) { load_.measure([&] { statistics_ = s; }); });
    thread_.start();
}

BalanceConnection::~BalanceConnection() {
    // The port must be closed on the thread that owns it, before the thread ends.
    QMetaObject::invokeMethod(worker_, &SerialBalanceWorker::stop, Qt::BlockingQueuedConnection);
    thread_.quit();
    thread_.wait();
}

void BalanceConnection::start() {
    QMetaObject::invokeMethod(worker_, &SerialBalanceWorker::start, Qt::QueuedConnection);
}

quint64 BalanceConnection::request(BalanceOp op) {
    const quint64 id = nextId_++;
    QMetaObject::invokeMethod(
        worker_, [w = worker_, id, op] { w->request(id, op); }, Qt::QueuedConnection);
    return id;
}

void BalanceConnection::startStream() {
    QMetaObject::invokeMethod(worker_, &SerialBalanceWorker::startStream, Qt::QueuedConnection);
}

void BalanceConnection::stopStream() {
    QMetaObject::invokeMethod(worker_, &SerialBalanceWorker::stopStream, Qt::QueuedConnection);
}

}  // namespace batch::devices
