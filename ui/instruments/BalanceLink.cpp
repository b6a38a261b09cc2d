#include "instruments/BalanceLink.h"

#include "instruments/Instrument.h"
#include "transport/BalanceConnection.h"

#include <QDateTime>

namespace batch::ui {
namespace {

constexpr qsizetype kLiveCapacity = 4000;  // 10 min of polled readings

int decimalsOf(const QString& readability) {
    const qsizetype point = readability.indexOf(QLatin1Char('.'));
    return point < 0 ? 0 : int(readability.size() - point - 1);
}

const char* commandName(int pending) {
    switch (pending) {
        case 1:
            return "tare";
        case 2:
            return "zero";
        case 3:
            return "capture";
        default:
            return "";
    }
}

}  // namespace

InstrumentInfo instrumentInfoOf(const instruments::Instrument& in, const QDate& today) {
    InstrumentInfo info;
    info.id = in.id;
    info.equipmentClass = in.instrumentClass;
    info.description = in.model;
    info.serialNumber = in.serialNumber;
    info.unit = in.unit;
    info.decimals = decimalsOf(in.readability);
    info.location = in.location;
    info.simulated = in.simulated;
    if (in.calibrationDue.isValid()) {
        info.calibrationDueUtc =
            QDateTime(in.calibrationDue, QTime(23, 59, 59), Qt::UTC).toString(Qt::ISODate);
        info.calibrationValid = in.calibrationDue >= today;
    }
    return info;
}

devices::BalanceAnswer BalanceLink::latestAnswer() const {
    devices::BalanceAnswer a;
    if (const auto r = latest()) {
        a.reply = r->reply;
        a.receivedUtcMs = r->receivedUtcMs;
    }
    a.tare = tareInForce();
    a.serialNumber = reportedSerialNumber();
    return a;
}

ConnectionBalanceLink::ConnectionBalanceLink(InstrumentInfo info,
                                             devices::BalanceConnection& connection,
                                             devices::BalanceClock clock, QObject* parent)
    : BalanceLink(parent),
      info_(std::move(info)),
      connection_(connection),
      clock_(std::move(clock)),
      live_(std::make_shared<devices::LiveReadings>(kLiveCapacity)) {
    connect(&connection_, &devices::BalanceConnection::stateChanged, this,
            [this](devices::ConnectionState state, const QString& detail) {
                // Nothing read before a disconnect may be captured, and the tare may have
                // changed while nobody listened: ask again once it is back.
                latest_.reset();
                tare_.reset();
                tareProblem_.clear();
                pending_.clear();
                if (state == devices::ConnectionState::Connected)
                    askTare();
                Q_EMIT stateChanged(state, detail);
            });
    connect(&connection_, &devices::BalanceConnection::replied, this,
            [this](quint64 id, const devices::BalanceAnswer& answer) {
                if (!pending_.contains(id))
                    return;
                const Pending what = pending_.take(id);
                const devices::Reply& reply = answer.reply;
                switch (what) {
                    case Pending::Poll: {
                        devices::Reading r{reply, ++sequence_, answer.receivedUtcMs};
                        latest_ = r;
                        if (reply.isWeight())
                            live_->append(r);
                        Q_EMIT reading(r);
                        return;
                    }
                    case Pending::TareValue:
                        if (reply.isWeight()) {
                            tare_ = reply;
                            tareProblem_.clear();
                        } else {
                            tare_.reset();
                            tareProblem_ = reply.errorText;
                        }
                        return;
                    case Pending::Capture:
                        if (reply.isWeight())
                            Q_EMIT captureAnswered(answer);
                        else
                            Q_EMIT commandFailed(QStringLiteral("capture"),
                                                 reply.errorText.isEmpty()
                                                     ? devices::errorCodeName(reply.error)
                                                     : reply.errorText);
                        return;
                    case Pending::Tare:
                    case Pending::Zero: {
                        const QString command = QString::fromLatin1(commandName(int(what)));
                        askTare();  // the tare in force changed
                        if (reply.isError())
                            Q_EMIT commandFailed(command, reply.errorText.isEmpty()
                                                              ? devices::errorCodeName(reply.error)
                                                              : reply.errorText);
                        else
                            Q_EMIT commandDone(command);
                        return;
                    }
                }
            });
    connect(&connection_, &devices::BalanceConnection::failed, this,
            [this](quint64 id, const QString& reason) {
                if (!pending_.contains(id))
                    return;
                const Pending what = pending_.take(id);
                if (what == Pending::TareValue) {
                    tare_.reset();
                    tareProblem_ = reason;
                } else if (what == Pending::Tare || what == Pending::Zero) {
                    askTare();
                    Q_EMIT commandFailed(QString::fromLatin1(commandName(int(what))), reason);
                } else if (what == Pending::Capture) {
                    Q_EMIT commandFailed(QStringLiteral("capture"), reason);
                }
            });
    connect(&poll_, &QTimer::timeout, this, &ConnectionBalanceLink::poll);
    poll_.start(kPollMs);
    if (connection_.state() == devices::ConnectionState::Connected)
        askTare();
}

devices::ConnectionState ConnectionBalanceLink::state() const {
    return connection_.state();
}

QString ConnectionBalanceLink::stateDetail() const {
    return connection_.stateDetail();
}

QString ConnectionBalanceLink::reportedSerialNumber() const {
    return connection_.serialNumber();
}

qint64 ConnectionBalanceLink::nowMs() const {
    return clock_ ? clock_() : QDateTime::currentMSecsSinceEpoch();
}

bool ConnectionBalanceLink::busy() const {
    for (const Pending p : pending_)
        if (p == Pending::Tare || p == Pending::Zero || p == Pending::Capture)
            return true;
    return false;
}

void ConnectionBalanceLink::send(Pending what) {
    devices::BalanceOp op = devices::BalanceOp::ReadImmediate;
    switch (what) {
        case Pending::Poll:
            op = devices::BalanceOp::ReadImmediate;
            break;
        case Pending::Tare:
            op = devices::BalanceOp::Tare;
            break;
        case Pending::Zero:
            op = devices::BalanceOp::Zero;
            break;
        case Pending::Capture:
            op = devices::BalanceOp::Capture;
            break;
        case Pending::TareValue:
            op = devices::BalanceOp::TareValue;
            break;
    }
    pending_.insert(connection_.request(op), what);
}

void ConnectionBalanceLink::poll() {
    // One read at a time, and none while a command waits for stability: the answers
    // come in order, and a queue of reads would only delay the operator's key.
    if (connection_.state() != devices::ConnectionState::Connected || !pending_.isEmpty())
        return;
    send(Pending::Poll);
}

void ConnectionBalanceLink::askTare() {
    if (connection_.state() == devices::ConnectionState::Connected)
        send(Pending::TareValue);
}

void ConnectionBalanceLink::tare() {
    send(Pending::Tare);
}

void ConnectionBalanceLink::zero() {
    send(Pending::Zero);
}

void ConnectionBalanceLink::capture() {
    send(Pending::Capture);
}

}  // namespace batch::ui
