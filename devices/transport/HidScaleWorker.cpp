#include "transport/HidScaleWorker.h"

#include "log/Logging.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
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

QString HidScaleWorker::hidrawSerialNumber(const QString& path) {
    // /sys/class/hidraw/hidrawN/device is the HID device; the USB device with its
    // "serial" attribute is a few levels up (HID device < interface < USB device).
    const QString node = QFileInfo(QFileInfo(path).canonicalFilePath()).fileName();
    QString dir =
        QFileInfo(QStringLiteral("/sys/class/hidraw/%1/device").arg(node)).canonicalFilePath();
    for (int level = 0; level < 4 && !dir.isEmpty() && dir != QLatin1String("/"); ++level) {
        QFile serial(dir + QStringLiteral("/serial"));
        if (serial.open(QIODevice::ReadOnly))
            return QString::fromLatin1(serial.readAll()).trimmed();
        dir = QFileInfo(dir).path();
    }
    return {};
}

HidScaleWorker::HidScaleWorker(Settings settings, std::shared_ptr<LiveReadings> live, Opener opener)
    : settings_(std::move(settings)),
      live_(std::move(live)),
      opener_(opener ? std::move(opener) : Opener(&HidScaleWorker::openHidraw)) {
    reconnectTimer_ = new QTimer(this);
    reconnectTimer_->setSingleShot(true);
    connect(reconnectTimer_, &QTimer::timeout, this, &HidScaleWorker::open);
    pollTimer_ = new QTimer(this);
    pollTimer_->setInterval(5);
    connect(pollTimer_, &QTimer::timeout, this, &HidScaleWorker::onPoll);
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

void HidScaleWorker::scheduleReopen() {
    backoffMs_ = backoffMs_ == 0 ? settings_.reconnectInitialMs
                                 : std::min(backoffMs_ * 2, settings_.reconnectMaxMs);
    reconnectTimer_->start(backoffMs_);
}

bool HidScaleWorker::checkSerial(const QString& serial) {
    const QString& expected = settings_.expectedSerialNumber;
    if (expected.isEmpty() || serial == expected)
        return true;
    close();
    stopped_ = true;  // the wrong scale: no reopen until restarted
    const QString why =
        serial.isEmpty()
            ? QStringLiteral("the scale reports no serial number; %1 is on file").arg(expected)
            : QStringLiteral("serial number %1 does not match %2 on file").arg(serial, expected);
    log()->error("HID scale {} refused: {}", settings_.path.toStdString(), why.toStdString());
    Q_EMIT stateChanged(ConnectionState::Refused, why);
    return false;
}

bool HidScaleWorker::openHidapi() {
    QString error;
    hidapi_ = HidapiDevice::open(settings_.path, &error);
    if (!hidapi_) {
        Q_EMIT stateChanged(ConnectionState::Disconnected, error);
        scheduleReopen();
        return false;
    }
    if (!checkSerial(hidapi_->serialNumber()))
        return false;
    pollTimer_->start();
    return true;
}

void HidScaleWorker::open() {
    if (stopped_ || fd_ >= 0 || hidapi_)
        return;
    if (settings_.backend == Backend::Hidapi) {
        if (!openHidapi())
            return;
    } else {
        fd_ = opener_(settings_.path);
        if (fd_ < 0) {
            const QString reason = QString::fromLocal8Bit(std::strerror(errno));
            Q_EMIT stateChanged(ConnectionState::Disconnected,
                                QStringLiteral("cannot open %1: %2").arg(settings_.path, reason));
            scheduleReopen();
            return;
        }
        if (!checkSerial(settings_.expectedSerialNumber.isEmpty()
                             ? QString()
                             : hidrawSerialNumber(settings_.path)))
            return;
        notifier_ = std::make_unique<QSocketNotifier>(fd_, QSocketNotifier::Read);
        connect(notifier_.get(), &QSocketNotifier::activated, this, &HidScaleWorker::onReadable);
    }
    backoffMs_ = 0;
    sequence_ = 0;
    log()->info("HID scale {} opened ({})", settings_.path.toStdString(),
                settings_.backend == Backend::Hidapi ? "hidapi" : "hidraw");
    Q_EMIT stateChanged(ConnectionState::Connected, settings_.path);
}

void HidScaleWorker::close() {
    notifier_.reset();
    pollTimer_->stop();
    hidapi_.reset();
    if (fd_ >= 0) {
        ::close(fd_);
        fd_ = -1;
    }
}

void HidScaleWorker::onPoll() {
    if (!hidapi_)
        return;
    for (;;) {
        QByteArray report;
        QString error;
        switch (hidapi_->read(&report, &error)) {
            case HidapiDevice::ReadResult::Report:
                deliver(report);
                continue;
            case HidapiDevice::ReadResult::Nothing:
                return;
            case HidapiDevice::ReadResult::Failed:
                disconnected(error);
                return;
        }
    }
}

void HidScaleWorker::deliver(QByteArrayView report) {
    const auto reply = parser_.parseReport(report);
    if (!reply)
        return;  // not a scale data report: counted by the parser
    Reading r;
    r.reply = *reply;
    r.sequence = sequence_++;
    r.receivedUtcMs = settings_.clock ? settings_.clock() : QDateTime::currentMSecsSinceEpoch();
    if (live_)
        live_->append(r);
    Q_EMIT reading(r);
}

void HidScaleWorker::onReadable() {
    char buffer[kReadBuffer];
    for (;;) {
        const ssize_t n = ::read(fd_, buffer, sizeof buffer);
        if (n > 0) {
            deliver(QByteArrayView(buffer, qsizetype(n)));
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
    backoffMs_ = 0;
    scheduleReopen();
}

}  // namespace batch::devices
