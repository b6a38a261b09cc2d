#include "transport/HidScaleWorker.h"

#include "log/Logging.h"

#include <QDateTime>
#include <QFile>
#include <QSocketNotifier>
#include <QTimer>

#include <spdlog/spdlog.h>

#include <fcntl.h>
#include <unistd.h>
#include <cerrno>
#include <cstring>

namespace batch::devices {
namespace {

std::shared_ptr<spdlog::logger> log() {
    static const auto logger = batch::logging::logger("batch.devices.hidscale");
    return logger;
}

// Larger than any scale report: a longer report is read whole and rejected by the
// parser instead of being split.
constexpr int kReadBuffer = 64;

}  // namespace

int HidScaleWorker::openHidraw(const QString& path) {
    return ::open(QFile::encodeName(path).constData(), O_RDONLY | O_NONBLOCK | O_CLOEXEC);
}

HidScaleWorker::HidScaleWorker(Settings settings, std::shared_ptr<LiveReadings> live, Opener opener)
    : settings_(std::move(settings)),
      live_(std::move(live)),
      opener_(opener ? std::move(opener) : Opener(&HidScaleWorker::openHidraw)) {
    reconnectTimer_ = new QTimer(this);
    reconnectTimer_->setSingleShot(true);
    connect(reconnectTimer_, &QTimer::timeout, this, &HidScaleWorker::open);
}

HidScaleWorker::~HidScaleWorker() {
    close();
}

void HidScaleWorker::start() {
    stopped_ = false;
    open();
}

void HidScaleWorker::stop() {
    stopped_ = true;
    reconnectTimer_->stop();
    close();
}

void HidScaleWorker::open() {
    if (stopped_ || fd_ >= 0)
        return;
    fd_ = opener_(settings_.path);
    if (fd_ < 0) {
        const QString reason = QString::fromLocal8Bit(std::strerror(errno));
        Q_EMIT stateChanged(ConnectionState::Disconnected,
                            QStringLiteral("cannot open %1: %2").arg(settings_.path, reason));
        backoffMs_ = backoffMs_ == 0 ? settings_.reconnectInitialMs
                                     : std::min(backoffMs_ * 2, settings_.reconnectMaxMs);
        reconnectTimer_->start(backoffMs_);
        return;
    }
    backoffMs_ = 0;
    sequence_ = 0;
    notifier_ = std::make_unique<QSocketNotifier>(fd_, QSocketNotifier::Read);
    connect(notifier_.get(), &QSocketNotifier::activated, this, &HidScaleWorker::onReadable);
    log()->info("HID scale {} opened", settings_.path.toStdString());
    Q_EMIT stateChanged(ConnectionState::Connected, settings_.path);
}

void HidScaleWorker::close() {
    notifier_.reset();
    if (fd_ >= 0) {
        ::close(fd_);
        fd_ = -1;
    }
}

void HidScaleWorker::onReadable() {
    char buffer[kReadBuffer];
    for (;;) {
        const ssize_t n = ::read(fd_, buffer, sizeof buffer);
        if (n > 0) {
            const auto reply = parser_.parseReport(QByteArrayView(buffer, qsizetype(n)));
            if (!reply)
                continue;  // not a scale data report: counted by the parser
            Reading r;
            r.reply = *reply;
            r.sequence = sequence_++;
            r.receivedUtcMs = QDateTime::currentMSecsSinceEpoch();
            if (live_)
                live_->append(r);
            Q_EMIT reading(r);
            continue;
        }
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0 && (errno == EAGAIN || errno == EWOULDBLOCK))
            return;
        disconnected(n == 0 ? QStringLiteral("device closed")
                            : QString::fromLocal8Bit(std::strerror(errno)));
        return;
    }
}

void HidScaleWorker::disconnected(const QString& reason) {
    close();
    log()->warn("HID scale {} disconnected: {}", settings_.path.toStdString(),
                reason.toStdString());
    Q_EMIT stateChanged(ConnectionState::Disconnected, reason);
    if (stopped_)
        return;
    backoffMs_ = settings_.reconnectInitialMs;
    reconnectTimer_->start(backoffMs_);
}

}  // namespace batch::devices
