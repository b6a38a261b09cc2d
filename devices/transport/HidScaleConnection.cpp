#include "transport/HidScaleConnection.h"

namespace batch::devices {

HidScaleConnection::HidScaleConnection(HidScaleWorker::Settings settings,
                                       HidScaleWorker::Opener opener, int liveCapacity,
                                       QObject* parent)
    : QObject(parent),
      live_(std::make_shared<LiveReadings>(liveCapacity)),
      worker_(new HidScaleWorker(std::move(settings), live_, std::move(opener))) {
    qRegisterMetaType<Reading>();
    qRegisterMetaType<ConnectionState>();
    thread_.setObjectName(QStringLiteral("hid-scale"));
    worker_->moveToThread(&thread_);
    connect(&thread_, &QThread::finished, worker_, &QObject::deleteLater);
    connect(worker_, &HidScaleWorker::stateChanged, this,
            [this](ConnectionState state, const QString& detail) {
                load_.measure([&] {
                    state_ = state;
                    detail_ = detail;
                    Q_EMIT stateChanged(state, detail);
                });
            });
    connect(worker_, &HidScaleWorker::reading, this,
            [this](const Reading& r) { load_.measure([&] { Q_EMIT reading(r); }); });
    thread_.start();
}

HidScaleConnection::~HidScaleConnection() {
    // The fd and its notifier belong to the worker thread: close them there.
    QMetaObject::invokeMethod(worker_, &HidScaleWorker::stop, Qt::BlockingQueuedConnection);
    thread_.quit();
    thread_.wait();
}

void HidScaleConnection::start() {
    QMetaObject::invokeMethod(worker_, &HidScaleWorker::start, Qt::QueuedConnection);
}

}  // namespace batch::devices
