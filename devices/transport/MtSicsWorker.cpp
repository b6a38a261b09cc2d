#include "transport/MtSicsWorker.h"

#include "log/Logging.h"
#include "protocols/MtSicsCommands.h"

#include <QDateTime>
#include <QTimer>

#include <spdlog/spdlog.h>

namespace batch::devices {
namespace {

std::shared_ptr<spdlog::logger> log() {
    static const auto logger = batch::logging::logger("batch.devices.mtsics");
    return logger;
}

constexpr qsizetype kMaxQueued = 32;

QByteArray commandId(const QByteArray& command) {
    QByteArray id = command.trimmed();
    const qsizetype space = id.indexOf(' ');
    if (space >= 0)
        id.truncate(space);
    return id;
}

// The identifier a reply to `command` carries.
QByteArray replyIdFor(const QByteArray& command) {
    const QByteArray id = commandId(command);
    if (id == "@")
        return "I4";
    if (id == "SI")
        return "S";
    if (id == "SIR")
        return {};  // answered by the stream, not by one reply
    return id;
}

// S, Z and T wait for a stable value before they answer; SI, ZI, TI do not.
bool waitsForStability(const QByteArray& command) {
    const QByteArray id = commandId(command);
    return id == "S" || id == "Z" || id == "T";
}

}  // namespace

QString connectionStateName(ConnectionState state) {
    switch (state) {
    case ConnectionState::Disconnected: return QStringLiteral("disconnected");
    case ConnectionState::Connecting: return QStringLiteral("connecting");
    case ConnectionState::Connected: return QStringLiteral("connected");
    case ConnectionState::Refused: return QStringLiteral("refused");
    }
    return {};
}

MtSicsWorker::MtSicsWorker(BalanceSettings settings, std::shared_ptr<LiveReadings> live)
    : settings_(std::move(settings)), live_(std::move(live)) {
    replyTimer_ = new QTimer(this);
    replyTimer_->setSingleShot(true);
    connect(replyTimer_, &QTimer::timeout, this, &MtSicsWorker::onTimeout);
    reconnectTimer_ = new QTimer(this);
    reconnectTimer_->setSingleShot(true);
    connect(reconnectTimer_, &QTimer::timeout, this, &MtSicsWorker::openPort);
    graceTimer_ = new QTimer(this);
    graceTimer_->setSingleShot(true);
    connect(graceTimer_, &QTimer::timeout, this, [this] {
        // The grace period is over: re-identify (which also catches a swapped balance).
        parser_.reset();
        identify();
    });
}

void MtSicsWorker::identify() {
    if (!port_)
        return;
    phase_ = Phase::Identifying;
    streaming_ = false;  // "@" also ends a stream
    const Command c = makeCommand(0, mtsics::reset());
    port_->write(c.bytes);
    inFlight_ = c;
    replyTimer_->start(c.timeoutMs);
}

MtSicsWorker::~MtSicsWorker() = default;

MtSicsWorker::Command MtSicsWorker::makeCommand(quint64 id, const QByteArray& bytes) const {
    Command c;
    c.id = id;
    c.bytes = bytes;
    c.replyId = replyIdFor(bytes);
    c.timeoutMs = waitsForStability(bytes) ? settings_.stableTimeoutMs
                                               : settings_.replyTimeoutMs;
    return c;
}

void MtSicsWorker::start() {
    if (phase_ == Phase::Stopped)
        return;
    openPort();
}

void MtSicsWorker::stop() {
    phase_ = Phase::Stopped;
    reconnectTimer_->stop();
    replyTimer_->stop();
    graceTimer_->stop();
    if (inFlight_ && inFlight_->id != 0)
        Q_EMIT failed(inFlight_->id, QStringLiteral("connection stopped"));
    inFlight_.reset();
    failQueued(QStringLiteral("connection stopped"));
    if (port_) {
        port_->disconnect(this);
        port_->close();
        port_.reset();
    }
}

void MtSicsWorker::openPort() {
    if (phase_ == Phase::Stopped || port_)
        return;
    auto port = std::make_unique<QSerialPort>();
    const SerialSettings& s = settings_.serial;
    port->setPortName(s.portName);
    port->setBaudRate(s.baudRate);
    port->setDataBits(s.dataBits);
    port->setParity(s.parity);
    port->setStopBits(s.stopBits);
    port->setFlowControl(s.flowControl);
    if (!port->open(QIODevice::ReadWrite)) {
        setState(ConnectionState::Disconnected,
                 QStringLiteral("cannot open %1: %2").arg(s.portName, port->errorString()));
        scheduleReconnect();
        return;
    }
    // Modem-line ioctls fail on ptys and some adapters: not a connection problem.
    if (port->error() == QSerialPort::UnsupportedOperationError)
        port->clearError();
    port->clear();  // bytes from before we listened belong to nobody
    port_ = std::move(port);
    connect(port_.get(), &QSerialPort::readyRead, this, &MtSicsWorker::onReadyRead);
    connect(port_.get(), &QSerialPort::errorOccurred, this, &MtSicsWorker::onError);
    parser_.reset();
    streaming_ = false;
    readingSequence_ = 0;
    setState(ConnectionState::Connecting, QStringLiteral("identifying"));
    identify();
}

void MtSicsWorker::onError(QSerialPort::SerialPortError error) {
    if (!port_ || error == QSerialPort::NoError)
        return;
    if (error == QSerialPort::UnsupportedOperationError || error == QSerialPort::TimeoutError) {
        port_->clearError();
        return;
    }
    dropConnection(port_->errorString());
}

void MtSicsWorker::dropConnection(const QString& reason) {
    if (port_) {
        port_->disconnect(this);
        port_->close();
        // We may be inside one of the port's own signals: delete it later.
        port_.release()->deleteLater();
    }
    replyTimer_->stop();
    graceTimer_->stop();
    const QString why = QStringLiteral("disconnected: %1").arg(reason);
    if (inFlight_ && inFlight_->id != 0)
        Q_EMIT failed(inFlight_->id, why);
    inFlight_.reset();
    failQueued(why);
    streaming_ = false;
    if (phase_ == Phase::Stopped)
        return;
    phase_ = Phase::Idle;
    log()->warn("balance on {} {}", settings_.serial.portName.toStdString(), why.toStdString());
    setState(ConnectionState::Disconnected, reason);
    scheduleReconnect();
}

void MtSicsWorker::scheduleReconnect() {
    if (phase_ == Phase::Stopped)
        return;
    backoffMs_ = backoffMs_ == 0 ? settings_.reconnectInitialMs
                                 : std::min(backoffMs_ * 2, settings_.reconnectMaxMs);
    reconnectTimer_->start(backoffMs_);
}

void MtSicsWorker::setState(ConnectionState state, const QString& detail) {
    if (state == state_ && state != ConnectionState::Disconnected)
        return;
    state_ = state;
    Q_EMIT stateChanged(state, detail, serialNumber_);
}

void MtSicsWorker::request(quint64 id, const QByteArray& command) {
    if (state_ != ConnectionState::Connected && state_ != ConnectionState::Connecting) {
        Q_EMIT failed(id, QStringLiteral("balance %1").arg(connectionStateName(state_)));
        return;
    }
    Command c = makeCommand(id, command);
    if (c.replyId.isEmpty()) {
        Q_EMIT failed(id, QStringLiteral("streams are started with startStream()"));
        return;
    }
    if (streaming_ && c.replyId == "S") {
        Q_EMIT failed(id, QStringLiteral("balance is streaming: take the next reading"));
        return;
    }
    if (queue_.size() >= kMaxQueued) {
        Q_EMIT failed(id, QStringLiteral("too many commands queued"));
        return;
    }
    queue_.append(c);
    sendNext();
}

void MtSicsWorker::startStream() {
    if (!port_)
        return;
    queue_.append(makeCommand(0, mtsics::sendRepeat()));
    sendNext();
}

void MtSicsWorker::stopStream() {
    if (!port_)
        return;
    queue_.append(makeCommand(0, mtsics::reset()));
    sendNext();
}

void MtSicsWorker::sendNext() {
    while (phase_ == Phase::Ready && !inFlight_ && !queue_.isEmpty() && port_) {
        Command c = queue_.takeFirst();
        port_->write(c.bytes);
        if (c.replyId.isEmpty()) {  // SIR: the stream lines are the answer
            streaming_ = true;
            continue;
        }
        if (c.replyId == "I4")
            streaming_ = false;  // "@" ends a stream; its last lines are dropped
        inFlight_ = c;
        replyTimer_->start(c.timeoutMs);
    }
}

void MtSicsWorker::onReadyRead() {
    if (!port_)
        return;
    const QByteArray bytes = port_->readAll();
    for (const Reply& reply : parser_.feed(bytes)) {
        handle(reply);
        if (!port_)
            return;  // the reply made us drop the connection (refused)
    }
}

void MtSicsWorker::handle(const Reply& reply) {
    if (streaming_ && reply.id == "S" && phase_ == Phase::Ready) {
        Reading r;
        r.reply = reply;
        r.sequence = readingSequence_++;
        r.receivedUtcMs = QDateTime::currentMSecsSinceEpoch();
        if (live_)
            live_->append(r);
        Q_EMIT reading(r);
        return;
    }
    if (phase_ == Phase::Recovering || !inFlight_)
        return;  // late or unsolicited: never handed to a later command
    const bool generalError = reply.id == "ES" || reply.id == "ET" || reply.id == "EL";
    if (reply.id != inFlight_->replyId && !generalError)
        return;
    if (reply.moreLines)
        return;  // wait for the last line of a multi-line reply
    finishInFlight(reply);
}

void MtSicsWorker::finishInFlight(const Reply& reply) {
    replyTimer_->stop();
    const Command c = *inFlight_;
    inFlight_.reset();
    if (phase_ == Phase::Identifying) {
        const QString serial = reply.texts.value(0);
        if (reply.kind != ReplyKind::Info || serial.isEmpty()) {
            dropConnection(QStringLiteral("no serial number in the reply to @"));
            return;
        }
        serialNumber_ = serial;
        const QString& expected = settings_.expectedSerialNumber;
        if (!expected.isEmpty() && serial != expected) {
            const QString why = QStringLiteral("serial number %1 does not match %2 on file")
                                    .arg(serial, expected);
            log()->error("balance on {} refused: {}", settings_.serial.portName.toStdString(),
                         why.toStdString());
            phase_ = Phase::Stopped;
            failQueued(why);
            port_->disconnect(this);
            port_->close();
            port_.release()->deleteLater();
            setState(ConnectionState::Refused, why);
            return;
        }
        phase_ = Phase::Ready;
        backoffMs_ = 0;
        setState(ConnectionState::Connected, serial);
    } else if (c.id != 0) {
        Q_EMIT replied(c.id, reply);
    }
    sendNext();
}

void MtSicsWorker::onTimeout() {
    if (!inFlight_)
        return;
    const Command c = *inFlight_;
    inFlight_.reset();
    if (phase_ == Phase::Identifying) {
        dropConnection(QStringLiteral("no answer to @ within %1 ms").arg(c.timeoutMs));
        return;
    }
    if (c.id != 0)
        Q_EMIT failed(c.id, QStringLiteral("timeout: no reply to %1 within %2 ms")
                                .arg(QString::fromLatin1(c.bytes.trimmed()))
                                .arg(c.timeoutMs));
    phase_ = Phase::Recovering;
    graceTimer_->start(settings_.lateReplyGraceMs);
}

void MtSicsWorker::failQueued(const QString& reason) {
    const QList<Command> queued = std::exchange(queue_, {});
    for (const Command& c : queued) {
        if (c.id != 0)
            Q_EMIT failed(c.id, reason);
    }
}

}  // namespace batch::devices
