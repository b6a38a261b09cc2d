#include "transport/SerialBalanceWorker.h"

#include "log/Logging.h"
#include "transport/PortGuard.h"

#include <QDateTime>
#include <QTimer>

#include <spdlog/spdlog.h>

namespace batch::devices {
namespace {

std::shared_ptr<spdlog::logger> log() {
    static const auto logger = batch::logging::logger("batch.devices.serial");
    return logger;
}

constexpr qsizetype kMaxQueued = 32;

// The command as a person reads it in a message ("ESC P", "S").
QString printable(const QByteArray& bytes) {
    QString out;
    for (const char c : bytes.trimmed()) {
        if (c == '\x1b')
            out += QStringLiteral("ESC ");
        else if (static_cast<unsigned char>(c) >= 0x20 && static_cast<unsigned char>(c) < 0x7F)
            out += QLatin1Char(c);
    }
    return out;
}

bool sameStatistics(const LinkStatistics& a, const LinkStatistics& b) {
    return a.unsolicited == b.unsolicited && a.parser.frames == b.parser.frames &&
           a.parser.garbageFrames == b.parser.garbageFrames &&
           a.parser.overlongFrames == b.parser.overlongFrames &&
           a.parser.discardedBytes == b.parser.discardedBytes;
}

}  // namespace

SerialBalanceWorker::SerialBalanceWorker(BalanceSettings settings,
                                         std::shared_ptr<LiveReadings> live)
    : settings_(std::move(settings)),
      live_(std::move(live)),
      protocol_(makeBalanceProtocol(settings_.protocol)) {
    replyTimer_ = new QTimer(this);
    replyTimer_->setSingleShot(true);
    connect(replyTimer_, &QTimer::timeout, this, &SerialBalanceWorker::onTimeout);
    reconnectTimer_ = new QTimer(this);
    reconnectTimer_->setSingleShot(true);
    connect(reconnectTimer_, &QTimer::timeout, this, &SerialBalanceWorker::openPort);
    graceTimer_ = new QTimer(this);
    graceTimer_->setSingleShot(true);
    connect(graceTimer_, &QTimer::timeout, this, &SerialBalanceWorker::afterGrace);
    repeatTimer_ = new QTimer(this);
    repeatTimer_->setSingleShot(true);
    connect(repeatTimer_, &QTimer::timeout, this, &SerialBalanceWorker::onRepeat);
}

SerialBalanceWorker::~SerialBalanceWorker() = default;

qint64 SerialBalanceWorker::now() const {
    return settings_.clock ? settings_.clock() : QDateTime::currentMSecsSinceEpoch();
}

int SerialBalanceWorker::timeoutOf(const Exchange& e) const {
    return e.waitsForStability ? settings_.stableTimeoutMs : settings_.replyTimeoutMs;
}

void SerialBalanceWorker::start() {
    if (phase_ == Phase::Stopped)
        return;
    openPort();
}

void SerialBalanceWorker::stop() {
    phase_ = Phase::Stopped;
    for (QTimer* t : {reconnectTimer_, replyTimer_, graceTimer_, repeatTimer_}) t->stop();
    if (current_)
        failJob(*current_, QStringLiteral("connection stopped"));
    current_.reset();
    failQueued(QStringLiteral("connection stopped"));
    closePort();
}

void SerialBalanceWorker::openPort() {
    if (phase_ == Phase::Stopped || port_)
        return;
    const SerialSettings& s = settings_.serial;
    if (!settings_.allowSimulator && isPseudoTerminal(s.portName)) {
        refuse(QStringLiteral("%1 is a pseudo-terminal (a balance simulator), not a balance; "
                              "simulators are allowed only in demo and test mode")
                   .arg(s.portName));
        return;
    }
    auto port = std::make_unique<QSerialPort>();
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
    connect(port_.get(), &QSerialPort::readyRead, this, &SerialBalanceWorker::onReadyRead);
    connect(port_.get(), &QSerialPort::errorOccurred, this, &SerialBalanceWorker::onError);
    protocol_->resetParser();
    protocol_->connectionReset();
    streaming_ = false;
    readingSequence_ = 0;
    setState(ConnectionState::Connecting, QStringLiteral("identifying"));
    identify();
}

void SerialBalanceWorker::identify() {
    if (!port_)
        return;
    phase_ = Phase::Identifying;
    streaming_ = false;
    Job job;
    job.kind = JobKind::Identify;
    job.plan = protocol_->identify();
    current_ = job;
    beginStep();
}

void SerialBalanceWorker::onError(QSerialPort::SerialPortError error) {
    if (!port_ || error == QSerialPort::NoError)
        return;
    if (error == QSerialPort::UnsupportedOperationError || error == QSerialPort::TimeoutError) {
        port_->clearError();
        return;
    }
    dropConnection(port_->errorString());
}

void SerialBalanceWorker::closePort() {
    if (!port_)
        return;
    port_->disconnect(this);
    port_->close();
    // We may be inside one of the port's own signals: delete it later.
    port_.release()->deleteLater();
}

void SerialBalanceWorker::refuse(const QString& reason) {
    log()->error("balance on {} refused: {}", settings_.serial.portName.toStdString(),
                 reason.toStdString());
    phase_ = Phase::Stopped;
    for (QTimer* t : {reconnectTimer_, replyTimer_, graceTimer_, repeatTimer_}) t->stop();
    if (current_)
        failJob(*current_, reason);
    current_.reset();
    failQueued(reason);
    closePort();
    setState(ConnectionState::Refused, reason);
}

void SerialBalanceWorker::dropConnection(const QString& reason) {
    closePort();
    for (QTimer* t : {replyTimer_, graceTimer_, repeatTimer_}) t->stop();
    const QString why = QStringLiteral("disconnected: %1").arg(reason);
    if (current_)
        failJob(*current_, why);
    current_.reset();
    failQueued(why);
    streaming_ = false;
    protocol_->connectionReset();
    if (phase_ == Phase::Stopped)
        return;
    phase_ = Phase::Idle;
    log()->warn("balance on {} {}", settings_.serial.portName.toStdString(), why.toStdString());
    setState(ConnectionState::Disconnected, reason);
    scheduleReconnect();
}

void SerialBalanceWorker::scheduleReconnect() {
    if (phase_ == Phase::Stopped)
        return;
    backoffMs_ = backoffMs_ == 0 ? settings_.reconnectInitialMs
                                 : std::min(backoffMs_ * 2, settings_.reconnectMaxMs);
    reconnectTimer_->start(backoffMs_);
}

void SerialBalanceWorker::setState(ConnectionState state, const QString& detail) {
    if (state == state_ && state != ConnectionState::Disconnected)
        return;
    state_ = state;
    Q_EMIT stateChanged(state, detail, identity_);
}

void SerialBalanceWorker::request(quint64 id, BalanceOp op) {
    if (state_ != ConnectionState::Connected && state_ != ConnectionState::Connecting) {
        Q_EMIT failed(id, QStringLiteral("balance %1").arg(connectionStateName(state_)));
        return;
    }
    if (streaming_ && !protocol_->allowedWhileStreaming(op)) {
        Q_EMIT failed(id, QStringLiteral("the balance is streaming: %1 is answered by the "
                                         "stream readings")
                              .arg(balanceOpName(op)));
        return;
    }
    if (!protocol_->supports(op)) {
        Q_EMIT failed(id, QStringLiteral("%1 is not supported by %2")
                              .arg(balanceOpName(op), balanceProtocolName(protocol_->kind())));
        return;
    }
    if (queue_.size() >= kMaxQueued) {
        Q_EMIT failed(id, QStringLiteral("too many commands queued"));
        return;
    }
    Job job;
    job.id = id;
    job.op = op;
    job.plan = protocol_->plan(op);
    enqueue(std::move(job));
}

void SerialBalanceWorker::startStream() {
    if (!port_)
        return;
    Job job;
    job.kind = JobKind::StreamStart;
    job.plan = protocol_->startStream();
    enqueue(std::move(job));
}

void SerialBalanceWorker::stopStream() {
    if (!port_)
        return;
    Job job;
    job.kind = JobKind::StreamStop;
    job.plan = protocol_->stopStream();
    enqueue(std::move(job));
}

void SerialBalanceWorker::enqueue(Job job) {
    queue_.append(std::move(job));
    sendNext();
}

void SerialBalanceWorker::sendNext() {
    if (phase_ != Phase::Ready || current_ || queue_.isEmpty() || !port_)
        return;
    current_ = queue_.takeFirst();
    beginStep();
}

void SerialBalanceWorker::beginStep() {
    // Fire-and-forget exchanges (SIR, ESC U, C) have no reply: go on with the next one.
    while (current_ && current_->step < current_->plan.size() &&
           current_->plan[current_->step].replies == 0) {
        protocol_->prepare(current_->plan[current_->step]);
        port_->write(current_->plan[current_->step].bytes);
        ++current_->step;
    }
    if (!current_)
        return;
    if (current_->step >= current_->plan.size()) {
        complete();
        return;
    }
    const Exchange& e = current_->plan[current_->step];
    current_->stepReplies = 0;
    current_->stepDeadlineMs = now() + timeoutOf(e);
    writeStep();
    replyTimer_->start(timeoutOf(e));
}

void SerialBalanceWorker::writeStep() {
    const Exchange& e = current_->plan[current_->step];
    protocol_->prepare(e);
    port_->write(e.bytes);
}

void SerialBalanceWorker::onRepeat() {
    // SBI: the value was not stable yet; print again (the reply timer keeps the deadline).
    if (current_ && port_ && current_->step < current_->plan.size())
        writeStep();
}

void SerialBalanceWorker::onReadyRead() {
    if (!port_)
        return;
    const QByteArray bytes = port_->readAll();
    const qint64 receivedMs = now();
    for (const Reply& reply : protocol_->feed(bytes)) {
        handle(reply, receivedMs);
        if (!port_)
            return;  // the reply made us drop the connection (refused)
    }
    publishStatistics();
}

void SerialBalanceWorker::publishStatistics() {
    LinkStatistics s;
    s.parser = protocol_->stats();
    s.unsolicited = unsolicited_;
    if (sameStatistics(s, published_))
        return;
    published_ = s;
    Q_EMIT statistics(s);
}

void SerialBalanceWorker::handle(const Reply& reply, qint64 receivedMs) {
    if (phase_ == Phase::Recovering) {
        ++unsolicited_;  // late: never handed to a later command
        return;
    }
    if (current_ && current_->step < current_->plan.size()) {
        const Exchange& e = current_->plan[current_->step];
        if (e.accepts && e.accepts(reply) && !(streaming_ && protocol_->isStreamLine(reply))) {
            if (e.repeatUntilStable && reply.isWeight() && !reply.stable) {
                if (now() + settings_.repeatIntervalMs < current_->stepDeadlineMs)
                    repeatTimer_->start(settings_.repeatIntervalMs);
                return;
            }
            if (current_->replies.isEmpty())
                current_->answeredAtMs = receivedMs;  // the frame that answers (Capture: the net)
            current_->replies.append(reply);
            if (reply.isError() && !e.optional) {
                complete();  // the plan cannot go on; the error is the answer
                return;
            }
            if (++current_->stepReplies < e.replies && !reply.isError())
                return;
            replyTimer_->stop();
            repeatTimer_->stop();
            ++current_->step;
            beginStep();
            return;
        }
    }
    if (streaming_ && protocol_->isStreamLine(reply)) {
        Reading r;
        r.reply = reply;
        r.sequence = readingSequence_++;
        r.receivedUtcMs = receivedMs;
        if (live_)
            live_->append(r);
        Q_EMIT reading(r);
        return;
    }
    ++unsolicited_;
}

void SerialBalanceWorker::complete() {
    replyTimer_->stop();
    repeatTimer_->stop();
    const Job job = *current_;
    current_.reset();
    switch (job.kind) {
        case JobKind::Identify:
            completeIdentification(job);
            return;
        case JobKind::Operation: {
            QString error;
            std::optional<BalanceAnswer> answer = protocol_->result(job.op, job.replies, &error);
            if (answer) {
                answer->receivedUtcMs = job.answeredAtMs != 0 ? job.answeredAtMs : now();
                answer->serialNumber = identity_.serialNumber;
                Q_EMIT replied(job.id, *answer);
            } else {
                Q_EMIT failed(job.id, error);
            }
            break;
        }
        case JobKind::StreamStart:
            streaming_ = true;
            break;
        case JobKind::StreamStop:
            if (job.plan.back().replies == 0) {
                // Nothing marks the end of the stream: lines still on the wire are taken as
                // readings for a grace period, then nothing more is.
                phase_ = Phase::Draining;
                graceTimer_->start(settings_.lateReplyGraceMs);
                return;
            }
            streaming_ = false;
            break;
    }
    sendNext();
}

void SerialBalanceWorker::completeIdentification(const Job& job) {
    const std::optional<BalanceIdentity> id = protocol_->identity(job.replies);
    if (!id) {
        dropConnection(QStringLiteral("no serial number in the reply to the identification"));
        return;
    }
    identity_ = *id;
    const QString& expected = settings_.expectedSerialNumber;
    if (!expected.isEmpty() && id->serialNumber != expected) {
        refuse(QStringLiteral("serial number %1 does not match %2 on file")
                   .arg(id->serialNumber, expected));
        return;
    }
    phase_ = Phase::Ready;
    backoffMs_ = 0;
    setState(ConnectionState::Connected, id->serialNumber);
    sendNext();
}

void SerialBalanceWorker::onTimeout() {
    if (!current_)
        return;
    repeatTimer_->stop();
    if (current_->kind == JobKind::Identify && current_->plan[current_->step].optional) {
        // An optional part of the identification (model name) that this balance does not
        // answer: identify it without.
        ++current_->step;
        beginStep();
        return;
    }
    const Job job = *current_;
    current_.reset();
    const Exchange& e = job.plan[job.step];
    if (job.kind == JobKind::Identify) {
        dropConnection(QStringLiteral("no answer to %1 within %2 ms")
                           .arg(printable(e.bytes))
                           .arg(timeoutOf(e)));
        return;
    }
    failJob(job, QStringLiteral("timeout: no reply to %1 within %2 ms")
                     .arg(printable(e.bytes))
                     .arg(timeoutOf(e)));
    streaming_ = false;
    phase_ = Phase::Recovering;
    graceTimer_->start(settings_.lateReplyGraceMs);
}

void SerialBalanceWorker::afterGrace() {
    if (phase_ == Phase::Draining) {
        streaming_ = false;
        phase_ = Phase::Ready;
        sendNext();
        return;
    }
    if (phase_ != Phase::Recovering)
        return;
    // The grace period is over: identify again (which also catches a swapped balance).
    protocol_->resetParser();
    identify();
}

void SerialBalanceWorker::failJob(const Job& job, const QString& reason) {
    if (job.kind == JobKind::Operation && job.id != 0)
        Q_EMIT failed(job.id, reason);
}

void SerialBalanceWorker::failQueued(const QString& reason) {
    const QList<Job> queued = std::exchange(queue_, {});
    for (const Job& job : queued) failJob(job, reason);
}

}  // namespace batch::devices
