#include "simulator/SimulatorControl.h"

#include "simulator/BalanceSimulator.h"

#include <QElapsedTimer>
#include <QFile>
#include <QSocketNotifier>

#include <fcntl.h>
#include <poll.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/un.h>
#include <unistd.h>
#include <cerrno>
#include <cmath>
#include <cstring>
#include <optional>

namespace batch::devices::sim {
namespace {

QByteArray ok(const QByteArray& detail = {}) {
    return detail.isEmpty() ? QByteArray("ok") : "ok " + detail;
}

QByteArray fail(const QByteArray& why) {
    return "error: " + why;
}

std::optional<double> number(const QByteArray& text) {
    bool good = false;
    const double v = text.toDouble(&good);
    if (!good || !std::isfinite(v))
        return std::nullopt;
    return v;
}

std::optional<bool> onOff(const QByteArray& text) {
    if (text == "on")
        return true;
    if (text == "off")
        return false;
    return std::nullopt;
}

int hexDigit(char c) {
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

bool fillAddress(const QString& path, sockaddr_un* address) {
    const QByteArray p = QFile::encodeName(path);
    if (p.isEmpty() || p.size() >= int(sizeof address->sun_path))
        return false;
    std::memset(address, 0, sizeof *address);
    address->sun_family = AF_UNIX;
    std::memcpy(address->sun_path, p.constData(), size_t(p.size()));
    return true;
}

}  // namespace

QByteArray SimulatorControl::unescape(const QByteArray& text, bool* good) {
    QByteArray out;
    *good = true;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text[i] != '\\') {
            out.append(text[i]);
            continue;
        }
        if (++i >= text.size()) {
            *good = false;
            return {};
        }
        switch (text[i]) {
            case 'r':
                out.append('\r');
                break;
            case 'n':
                out.append('\n');
                break;
            case 't':
                out.append('\t');
                break;
            case 'e':
                out.append('\x1b');
                break;
            case '\\':
                out.append('\\');
                break;
            case 'x': {
                const int hi = i + 1 < text.size() ? hexDigit(text[i + 1]) : -1;
                const int lo = i + 2 < text.size() ? hexDigit(text[i + 2]) : -1;
                if (hi < 0 || lo < 0) {
                    *good = false;
                    return {};
                }
                out.append(char(hi * 16 + lo));
                i += 2;
                break;
            }
            default:
                *good = false;
                return {};
        }
    }
    return out;
}

QByteArray SimulatorControl::execute(const QByteArray& raw) {
    if (raw.size() > kMaxLine)
        return fail("line too long");
    const QByteArray line = raw.trimmed();
    const qsizetype space = line.indexOf(' ');
    const QByteArray verb = space < 0 ? line : line.left(space);
    const QByteArray arg = space < 0 ? QByteArray() : line.mid(space + 1).trimmed();
    BalanceSimulator& s = simulator_;
    const auto withNumber = [&](const std::function<void(double)>& f, bool positive = false) {
        const auto v = number(arg);
        if (!v || (positive && *v <= 0.0) || *v < 0.0)
            return fail("'" + verb + "' needs a " + (positive ? "positive" : "non-negative") +
                        " number");
        f(*v);
        return ok();
    };
    const auto withSwitch = [&](const std::function<void(bool)>& f) {
        const auto v = onOff(arg);
        if (!v)
            return fail("'" + verb + "' needs on or off");
        f(*v);
        return ok();
    };
    if (verb == "place")
        return withNumber([&](double m) { s.placeMass(m); });
    if (verb == "load")
        return withNumber([&](double m) {
            s.removeMass();
            if (m > 0.0)
                s.placeMass(m);
        });
    if (verb == "remove" && arg.isEmpty()) {
        s.removeMass();
        return ok();
    }
    if (verb == "noise")
        return withNumber([&](double v) { s.setNoise(v); });
    if (verb == "drift") {
        const auto v = number(arg);
        if (!v)
            return fail("'drift' needs a number (per second)");
        s.setDrift(*v);
        return ok();
    }
    if (verb == "mute")
        return withSwitch([&](bool on) { s.mute(on); });
    if (verb == "slow")
        return withNumber([&](double ms) { s.setSlowReplies(int(ms)); });
    if (verb == "garbage") {
        bool good = false;
        const QByteArray bytes = unescape(arg, &good);
        if (!good || bytes.isEmpty())
            return fail("'garbage' needs text (escapes \\r \\n \\t \\e \\\\ \\xHH)");
        s.injectGarbage(bytes);
        return ok(QByteArray::number(bytes.size()) + " bytes");
    }
    if (verb == "unplug" && arg.isEmpty()) {
        s.unplug();
        return ok();
    }
    if (verb == "replug" && arg.isEmpty()) {
        QString error;
        return s.replug(&error) ? ok() : fail(error.toUtf8());
    }
    if (verb == "rate")
        return withNumber([&](double hz) { s.setStreamRate(hz); }, true);
    if (verb == "sequence")
        return withSwitch([&](bool on) { s.setSequenceInValue(on); });
    if (verb == "autoprint")
        return withSwitch([&](bool on) { s.setAutoPrint(on); });
    if (verb == "idcodes")
        return withSwitch([&](bool on) { s.setIdCodes(on); });
    if (verb == "stability-timeout")
        return withNumber([&](double ms) { s.setStabilityTimeout(qint64(ms)); });
    if (verb == "error") {
        QByteArray digits = arg;
        char origin = 'b';
        if (!digits.isEmpty() && (digits.back() == 'b' || digits.back() == 't')) {
            origin = digits.back();
            digits.chop(1);
        }
        bool good = false;
        const int code = digits.toInt(&good);
        if (!good || code < 0 || code > 99)
            return fail("'error' needs a code 0-99, optionally followed by b or t");
        s.setSystemError(code, origin);
        return ok();
    }
    if (verb == "status" && arg.isEmpty())
        return ok("plugged=" + QByteArray(s.isPlugged() ? "1" : "0") +
                  " stable=" + QByteArray(s.isStable() ? "1" : "0") +
                  " streamed=" + QByteArray::number(s.streamedLines()));
    if (verb == "quit" && arg.isEmpty()) {
        if (quit_)
            quit_();
        return ok();
    }
    return fail("unknown command '" + verb.left(32) + "'");
}

struct ControlSocketServer::Client {
    int fd = -1;
    QByteArray buffer;
    std::unique_ptr<QSocketNotifier> notifier;
};

ControlSocketServer::ControlSocketServer(SimulatorControl& control, QString path, QObject* parent)
    : QObject(parent), control_(control), path_(std::move(path)) {}

ControlSocketServer::~ControlSocketServer() {
    for (Client* c : std::exchange(clients_, {})) {
        c->notifier.reset();
        ::close(c->fd);
        delete c;
    }
    notifier_.reset();
    if (fd_ >= 0) {
        ::close(fd_);
        ::unlink(QFile::encodeName(path_).constData());
    }
}

bool ControlSocketServer::listen(QString* error) {
    sockaddr_un address{};
    if (!fillAddress(path_, &address)) {
        *error = QStringLiteral("control socket path too long: %1").arg(path_);
        return false;
    }
    struct stat st {};
    if (::lstat(address.sun_path, &st) == 0) {
        if (!S_ISSOCK(st.st_mode)) {
            *error = QStringLiteral("%1 exists and is not a socket").arg(path_);
            return false;
        }
        ::unlink(address.sun_path);  // a stale socket of an earlier run
    }
    fd_ = ::socket(AF_UNIX, SOCK_STREAM | SOCK_NONBLOCK | SOCK_CLOEXEC, 0);
    const mode_t old = ::umask(0177);  // owner only: rw-------
    const bool bound =
        fd_ >= 0 && ::bind(fd_, reinterpret_cast<sockaddr*>(&address), sizeof address) == 0;
    ::umask(old);
    if (!bound || ::listen(fd_, 8) != 0) {
        *error = QStringLiteral("control socket %1: %2")
                     .arg(path_, QString::fromLocal8Bit(std::strerror(errno)));
        if (fd_ >= 0)
            ::close(fd_);
        fd_ = -1;
        return false;
    }
    notifier_ = std::make_unique<QSocketNotifier>(fd_, QSocketNotifier::Read);
    connect(notifier_.get(), &QSocketNotifier::activated, this, &ControlSocketServer::onAccept);
    return true;
}

void ControlSocketServer::onAccept() {
    for (;;) {
        const int fd = ::accept4(fd_, nullptr, nullptr, SOCK_NONBLOCK | SOCK_CLOEXEC);
        if (fd < 0)
            return;
        auto* c = new Client;
        c->fd = fd;
        c->notifier = std::make_unique<QSocketNotifier>(fd, QSocketNotifier::Read);
        connect(c->notifier.get(), &QSocketNotifier::activated, this,
                [this, c] { onClientReadable(c); });
        clients_.append(c);
    }
}

void ControlSocketServer::onClientReadable(Client* c) {
    char buffer[512];
    for (;;) {
        const ssize_t n = ::read(c->fd, buffer, sizeof buffer);
        if (n == 0 || (n < 0 && errno != EAGAIN && errno != EINTR)) {
            drop(c);
            return;
        }
        if (n < 0)
            break;
        c->buffer.append(buffer, int(n));
    }
    qsizetype end;
    while ((end = c->buffer.indexOf('\n')) >= 0) {
        const QByteArray reply = control_.execute(c->buffer.left(end)) + '\n';
        c->buffer.remove(0, end + 1);
        if (::write(c->fd, reply.constData(), size_t(reply.size())) != reply.size()) {
            drop(c);
            return;
        }
    }
    if (c->buffer.size() > SimulatorControl::kMaxLine) {
        const QByteArray reply = "error: line too long\n";
        (void)!::write(c->fd, reply.constData(), size_t(reply.size()));
        drop(c);
    }
}

void ControlSocketServer::drop(Client* c) {
    clients_.removeOne(c);
    c->notifier.reset();
    ::close(c->fd);
    delete c;
}

QByteArray sendControlCommand(const QString& path, const QByteArray& command, int timeoutMs,
                              QString* error) {
    sockaddr_un address{};
    if (!fillAddress(path, &address)) {
        *error = QStringLiteral("control socket path too long: %1").arg(path);
        return {};
    }
    const int fd = ::socket(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0);
    if (fd < 0 || ::connect(fd, reinterpret_cast<sockaddr*>(&address), sizeof address) != 0) {
        *error = QStringLiteral("no simulator control socket at %1: %2")
                     .arg(path, QString::fromLocal8Bit(std::strerror(errno)));
        if (fd >= 0)
            ::close(fd);
        return {};
    }
    const QByteArray line = command.trimmed() + '\n';
    QByteArray reply;
    if (::write(fd, line.constData(), size_t(line.size())) == line.size()) {
        QElapsedTimer t;
        t.start();
        while (!reply.contains('\n') && t.elapsed() < timeoutMs &&
               reply.size() <= SimulatorControl::kMaxLine * 4) {
            pollfd p{fd, POLLIN, 0};
            if (::poll(&p, 1, int(timeoutMs - t.elapsed())) <= 0)
                break;
            char buffer[256];
            const ssize_t n = ::read(fd, buffer, sizeof buffer);
            if (n <= 0)
                break;
            reply.append(buffer, int(n));
        }
    }
    ::close(fd);
    if (!reply.contains('\n')) {
        *error = QStringLiteral("the simulator at %1 did not answer").arg(path);
        return {};
    }
    return reply.left(reply.indexOf('\n'));
}

}  // namespace batch::devices::sim
