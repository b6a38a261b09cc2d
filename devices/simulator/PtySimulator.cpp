#include "simulator/PtySimulator.h"

#include "log/Logging.h"

#include <QFile>
#include <QSocketNotifier>

#include <spdlog/spdlog.h>

#include <fcntl.h>
#include <pty.h>
#include <sys/stat.h>
#include <termios.h>
#include <unistd.h>
#include <cerrno>
#include <cstring>

namespace batch::devices::sim {
namespace {

std::shared_ptr<spdlog::logger> log() {
    static const auto logger = batch::logging::logger("batch.devices.simulator");
    return logger;
}

QString errnoText(const char* what) {
    const QString reason = QString::fromLocal8Bit(std::strerror(errno));
    return QStringLiteral("%1: %2").arg(QLatin1String(what), reason);
}

}  // namespace

PtySimulator::PtySimulator(ProtocolResponder& responder, QString linkPath, QObject* parent)
    : QObject(parent), responder_(responder), linkPath_(std::move(linkPath)) {
    clock_.start();
    tick_.setTimerType(Qt::PreciseTimer);
    tick_.setInterval(5);
    connect(&tick_, &QTimer::timeout, this, &PtySimulator::onTick);
}

PtySimulator::~PtySimulator() {
    closePty();
}

bool PtySimulator::start(QString* error) {
    if (!openPty(error))
        return false;
    tick_.start();
    return true;
}

bool PtySimulator::openPty(QString* error) {
    const auto fail = [&](const QString& reason) {
        if (error)
            *error = reason;
        log()->warn("pty simulator at {}: {}", linkPath_.toStdString(), reason.toStdString());
        closePty();
        return false;
    };
    char name[256] = {};
    if (::openpty(&masterFd_, &slaveFd_, name, nullptr, nullptr) != 0)
        return fail(errnoText("openpty"));
    slavePath_ = QString::fromLocal8Bit(name);
    termios tio{};
    if (::tcgetattr(slaveFd_, &tio) != 0)
        return fail(errnoText("tcgetattr"));
    // Raw: no echo, no line discipline, no CR/LF translation, 8 bits: the bytes a real
    // balance sends are the bytes the client reads.
    ::cfmakeraw(&tio);
    ::cfsetispeed(&tio, B9600);
    ::cfsetospeed(&tio, B9600);
    if (::tcsetattr(slaveFd_, TCSANOW, &tio) != 0)
        return fail(errnoText("tcsetattr"));
    const int flags = ::fcntl(masterFd_, F_GETFL);
    if (flags < 0 || ::fcntl(masterFd_, F_SETFL, flags | O_NONBLOCK) != 0)
        return fail(errnoText("fcntl(O_NONBLOCK)"));
    ::fcntl(masterFd_, F_SETFD, FD_CLOEXEC);
    ::fcntl(slaveFd_, F_SETFD, FD_CLOEXEC);

    const QByteArray link = QFile::encodeName(linkPath_);
    struct stat st {};
    if (::lstat(link.constData(), &st) == 0) {
        if (!S_ISLNK(st.st_mode))
            return fail(QStringLiteral("%1 exists and is not a symlink").arg(linkPath_));
        ::unlink(link.constData());
    }
    if (::symlink(name, link.constData()) != 0)
        return fail(errnoText("symlink"));

    readNotifier_ = std::make_unique<QSocketNotifier>(masterFd_, QSocketNotifier::Read);
    connect(readNotifier_.get(), &QSocketNotifier::activated, this, &PtySimulator::onReadable);
    writeNotifier_ = std::make_unique<QSocketNotifier>(masterFd_, QSocketNotifier::Write);
    writeNotifier_->setEnabled(false);
    connect(writeNotifier_.get(), &QSocketNotifier::activated, this, &PtySimulator::onWritable);
    log()->info("balance simulator on {} -> {}", linkPath_.toStdString(), name);
    return true;
}

void PtySimulator::closePty() {
    readNotifier_.reset();
    writeNotifier_.reset();
    outQueue_.clear();
    if (masterFd_ >= 0) {
        // Only our own symlink is removed: it may already point to a newer simulator.
        const QByteArray link = QFile::encodeName(linkPath_);
        char target[256] = {};
        const ssize_t n = ::readlink(link.constData(), target, sizeof target - 1);
        if (n > 0 && QString::fromLocal8Bit(target, int(n)) == slavePath_)
            ::unlink(link.constData());
        ::close(masterFd_);
        masterFd_ = -1;
    }
    if (slaveFd_ >= 0) {
        ::close(slaveFd_);
        slaveFd_ = -1;
    }
}

void PtySimulator::unplug() {
    if (!isPlugged())
        return;
    log()->info("balance simulator {} unplugged", linkPath_.toStdString());
    delayed_.clear();
    closePty();
    responder_.reset();
}

bool PtySimulator::replug(QString* error) {
    if (isPlugged())
        return true;
    return openPty(error);
}

void PtySimulator::onReadable() {
    char buffer[4096];
    for (;;) {
        const ssize_t n = ::read(masterFd_, buffer, sizeof buffer);
        if (n > 0) {
            const QByteArray bytes(buffer, int(n));
            bytesReceived_ += quint64(n);
            Q_EMIT commandBytesReceived(bytes);
            if (muted_)
                continue;  // a balance that stopped answering: not even partial input
            const QByteArray reply = responder_.receive(bytes, nowMs());
            if (reply.isEmpty())
                continue;
            // A slow balance is still a serial one: replies leave in command order, so a
            // reply never overtakes an earlier, delayed one.
            if (replyDelayMs_ == 0 && delayed_.isEmpty())
                send(reply);
            else
                delayed_.append({nowMs() + replyDelayMs_, reply});
            continue;
        }
        if (n < 0 && errno == EINTR)
            continue;
        // EAGAIN: drained. EIO cannot happen while we hold the slave open; if it does,
        // stop listening rather than spin on a notifier that fires forever.
        if (n < 0 && errno != EAGAIN && errno != EWOULDBLOCK) {
            log()->warn("pty simulator read: {}", std::strerror(errno));
            readNotifier_->setEnabled(false);
        }
        return;
    }
}

void PtySimulator::onTick() {
    if (!isPlugged())
        return;
    while (!delayed_.isEmpty() && delayed_.front().first <= nowMs())
        send(delayed_.takeFirst().second);
    const QByteArray out = responder_.tick(nowMs());
    if (!muted_ && !out.isEmpty())
        send(out);
}

void PtySimulator::send(const QByteArray& bytes) {
    if (!isPlugged() || bytes.isEmpty())
        return;
    outQueue_ += bytes;
    flush();
}

void PtySimulator::flush() {
    while (!outQueue_.isEmpty()) {
        const ssize_t n = ::write(masterFd_, outQueue_.constData(), size_t(outQueue_.size()));
        if (n > 0) {
            bytesSent_ += quint64(n);
            outQueue_.remove(0, qsizetype(n));
            continue;
        }
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0 && errno != EAGAIN && errno != EWOULDBLOCK) {
            log()->warn("pty simulator write: {}", std::strerror(errno));
            outQueue_.clear();
            return;
        }
        break;  // the tty buffer is full: wait until the client reads
    }
    if (writeNotifier_)
        writeNotifier_->setEnabled(!outQueue_.isEmpty());
}

void PtySimulator::onWritable() {
    flush();
}

}  // namespace batch::devices::sim
