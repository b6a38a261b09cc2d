#include "simulator/AndResponder.h"

namespace batch::devices::sim {
namespace {
const QByteArray kAck("\x06\r\n");
const QByteArray kUndefined("EC,E01\r\n");
const QByteArray kExcessCharacters("EC,E04\r\n");
const QByteArray kSettingError("EC,E07\r\n");
const QByteArray kStabilityError("EC,E11\r\n");
}  // namespace

QByteArray AndResponder::dataLine(const QByteArray& header, double value, int decimals,
                                  const QString& unit) {
    // The polarity is "+" for zero; never "-0".
    const char sign = value < 0.0 ? '-' : '+';
    const double magnitude = value < 0.0 ? -value : value;
    // Data: sign and 8 characters of digits and point, padded with leading zeros.
    const QByteArray digits = QByteArray::number(magnitude, 'f', decimals).rightJustified(8, '0');
    return header + ',' + sign + digits + unit.toLatin1().rightJustified(3, ' ') + "\r\n";
}

QByteArray AndResponder::current(qint64 nowMs) {
    const BalanceModel::Sample s = model_.sample(nowMs);
    const BalanceSpec& spec = model_.spec();
    if (s.overload || s.underload) {
        // Out of range: all nines in the data field, the sign tells which side.
        QByteArray nines = QByteArray::number(0.0, 'f', spec.decimals).rightJustified(8, '0');
        for (char& c : nines) {
            if (c != '.')
                c = '9';
        }
        return "OL," + QByteArray(1, s.overload ? '+' : '-') + nines +
               spec.unit.toLatin1().rightJustified(3, ' ') + "\r\n";
    }
    return dataLine(s.stable ? "ST" : "US", s.net, spec.decimals, spec.unit);
}

QByteArray AndResponder::receive(QByteArrayView bytes, qint64 nowMs) {
    QByteArray out;
    // Byte by byte so that the EC,E04 of an over-long command comes in order.
    for (qsizetype i = 0; i < bytes.size(); ++i) {
        const quint64 overlongBefore = inputStats_.overlongFrames;
        for (const QByteArray& command : splitter_.feed(bytes.sliced(i, 1), inputStats_))
            out += execute(command.trimmed(), nowMs);
        if (inputStats_.overlongFrames != overlongBefore)
            out += kExcessCharacters;
    }
    return out;
}

QByteArray AndResponder::execute(const QByteArray& command, qint64 nowMs) {
    const BalanceSpec& spec = model_.spec();
    if (command == "Q" || command == "SI")
        return current(nowMs);
    if (command == "S") {
        waiting_ = Waiting::Stable;
        return resolveWaiting(nowMs);
    }
    if (command == "SIR") {
        startStream(nowMs);
        return tick(nowMs);
    }
    if (command == "C") {
        stopStream();
        if (waiting_ == Waiting::Stable)
            waiting_ = Waiting::Nothing;
        return {};
    }
    if (command == "Z" || command == "R" || command == "T") {
        // Acknowledged on receipt; the second <AK> (or an error) follows when done.
        waiting_ = command == "T" ? Waiting::Tare : Waiting::Zero;
        waitDeadlineMs_ = nowMs + stabilityTimeoutMs_;
        return kAck + resolveWaiting(nowMs);
    }
    if (command == "?SN")
        return "SN," + spec.serialNumber.toLatin1() + "\r\n";
    if (command == "?TN")
        return "TN," + spec.model.toLatin1() + "\r\n";
    if (command == "?ID")
        return "ID," + spec.serialNumber.right(6).toLatin1().rightJustified(6, '0') + "\r\n";
    if (command == "?PT")
        return dataLine("PT", model_.tareValue(), spec.decimals, spec.unit);
    return kUndefined;
}

QByteArray AndResponder::resolveWaiting(qint64 nowMs) {
    switch (waiting_) {
        case Waiting::Nothing:
            return {};
        case Waiting::Stable: {
            const BalanceModel::Sample s = model_.sample(nowMs);
            if (!s.stable && !s.overload && !s.underload)
                return {};
            waiting_ = Waiting::Nothing;
            return current(nowMs);
        }
        case Waiting::Zero:
        case Waiting::Tare: {
            if (!model_.isStable(nowMs)) {
                if (nowMs < waitDeadlineMs_)
                    return {};
                waiting_ = Waiting::Nothing;
                return kStabilityError;
            }
            const auto r = waiting_ == Waiting::Tare ? model_.tare(nowMs) : model_.zero(nowMs);
            waiting_ = Waiting::Nothing;
            return r == BalanceModel::RangeResult::Done ? kAck : kSettingError;
        }
    }
    return {};
}

QByteArray AndResponder::tick(qint64 nowMs) {
    const BalanceSpec& spec = model_.spec();
    return resolveWaiting(nowMs) + dueStreamLines(nowMs, [&](quint64 n) {
               if (!sequenceInValue_)
                   return current(nowMs);
               return dataLine("ST", sequenceValue(n, spec.capacity, spec.readability),
                               spec.decimals, spec.unit);
           });
}

void AndResponder::reset() {
    splitter_.clear();
    stopStream();
    waiting_ = Waiting::Nothing;
}

}  // namespace batch::devices::sim
