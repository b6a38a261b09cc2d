#include "simulator/AndResponder.h"

namespace batch::devices::sim {
namespace {
const QByteArray kAck("\x06\r\n");
const QByteArray kUndefined("EC,E01\r\n");
const QByteArray kStabilityError("EC,E11\r\n");
}  // namespace

QByteArray AndResponder::dataLine(const QByteArray& header, double value, int decimals,
                                  const QString& unit) {
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
        return "OL," + QByteArray(1, s.overload ? '+' : '-') + nines
               + spec.unit.toLatin1().rightJustified(3, ' ') + "\r\n";
    }
    return dataLine(s.stable ? "ST" : "US", s.net, spec.decimals, spec.unit);
}

QByteArray AndResponder::receive(QByteArrayView bytes, qint64 nowMs) {
    QByteArray out;
    for (const QByteArray& command : splitter_.feed(bytes, inputStats_))
        out += execute(command.trimmed(), nowMs);
    return out;
}

QByteArray AndResponder::execute(const QByteArray& command, qint64 nowMs) {
    if (command == "Q" || command == "SI")
        return current(nowMs);
    if (command == "S") {
        waitingStable_ = true;
        waitDeadlineMs_ = nowMs + stabilityTimeoutMs_;
        return tick(nowMs);
    }
    if (command == "SIR") {
        startStream(nowMs);
        return tick(nowMs);
    }
    if (command == "C") {
        stopStream();
        return {};
    }
    if (command == "Z" || command == "T") {
        if (!model_.isStable(nowMs))
            return kStabilityError;
        const auto r = command == "Z" ? model_.zero(nowMs) : model_.tare(nowMs);
        return r == BalanceModel::RangeResult::Done ? kAck : QByteArray("EC,E07\r\n");
    }
    return kUndefined;
}

QByteArray AndResponder::tick(qint64 nowMs) {
    QByteArray out;
    if (waitingStable_) {
        if (model_.isStable(nowMs)) {
            waitingStable_ = false;
            out += current(nowMs);
        } else if (nowMs >= waitDeadlineMs_) {
            waitingStable_ = false;
            out += kStabilityError;
        }
    }
    const BalanceSpec& spec = model_.spec();
    return out + dueStreamLines(nowMs, [&](quint64 n) {
        if (!sequenceInValue_)
            return current(nowMs);
        return dataLine("ST", sequenceValue(n, spec.capacity, spec.readability), spec.decimals,
                        spec.unit);
    });
}

void AndResponder::reset() {
    splitter_.clear();
    stopStream();
    waitingStable_ = false;
}

}  // namespace batch::devices::sim
