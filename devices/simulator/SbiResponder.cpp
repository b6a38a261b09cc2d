#include "simulator/SbiResponder.h"

namespace batch::devices::sim {
namespace {

constexpr char kEsc = '\x1b';

}  // namespace

QByteArray SbiResponder::withId(const QByteArray& id, const QByteArray& frame) const {
    return idCodes_ ? id.leftJustified(6, ' ', true) + frame : frame;
}

QByteArray SbiResponder::special(const QByteArray& code) const {
    // Positions 7-8 of the 16-character frame (13-14 after "Stat" and its padding).
    const QByteArray frame = QByteArray(6, ' ') + code.leftJustified(2, ' ') + QByteArray(6, ' ');
    return (idCodes_ ? "Stat  " + frame : frame) + "\r\n";
}

QByteArray SbiResponder::textLine(const QByteArray& id, const QString& text) const {
    // The text where the value goes, no unit: "  21705432    ".
    const QByteArray frame =
        "  " + text.toLatin1().left(20).rightJustified(8, ' ') + QByteArray(4, ' ');
    return withId(id, frame) + "\r\n";
}

QByteArray SbiResponder::printFrame(double value, int decimals, const QString& unit) {
    const char sign = value < 0.0 ? '-' : '+';
    const double magnitude = value < 0.0 ? -value : value;
    const QByteArray number = QByteArray::number(magnitude, 'f', decimals).rightJustified(8, ' ');
    return sign + QByteArray(" ") + number + ' ' + unit.toLatin1().leftJustified(3, ' ') + "\r\n";
}

QByteArray SbiResponder::receive(QByteArrayView bytes, qint64 nowMs) {
    QByteArray out;
    for (const char c : bytes) {
        if (c == kEsc) {
            command_ = QByteArray(1, kEsc);  // a new ESC abandons an unfinished command
            continue;
        }
        if (command_.isEmpty())
            continue;  // CR, LF and noise between commands
        command_.append(c);
        const char first = command_[1];
        const bool format2 = first >= 'a' && first <= 'z';
        if (!format2 || c == '_' || command_.size() > 6) {
            if (!format2 || c == '_')
                out += execute(command_.mid(1), nowMs);
            command_.clear();
        }
    }
    return out;
}

void SbiResponder::startPending(Pending what, qint64 nowMs) {
    pending_ = what;
    pendingDeadlineMs_ = nowMs + stabilityTimeoutMs_;
    resolvePending(nowMs);
}

void SbiResponder::resolvePending(qint64 nowMs) {
    if (pending_ == Pending::Nothing)
        return;
    if (!model_.isStable(nowMs)) {
        if (nowMs >= pendingDeadlineMs_)
            pending_ = Pending::Nothing;  // never stable: the key press is dropped
        return;
    }
    switch (pending_) {
        case Pending::TareOrZero:
            // The TARE key: zero when the load is within the zero range, tare otherwise.
            if (model_.zero(nowMs) != BalanceModel::RangeResult::Done)
                model_.tare(nowMs);
            break;
        case Pending::Tare:
            model_.tare(nowMs);
            break;
        case Pending::Zero:
            model_.zero(nowMs);
            break;
        case Pending::Nothing:
            break;
    }
    pending_ = Pending::Nothing;
}

QByteArray SbiResponder::execute(const QByteArray& command, qint64 nowMs) {
    const BalanceSpec& spec = model_.spec();
    resolvePending(nowMs);  // a key press waiting for stability acts before the next command
    if (command == "P") {
        if (!autoPrint_)
            return print(nowMs);
        if (streaming()) {
            stopStream();
            return {};
        }
        startStream(nowMs);
        return tick(nowMs);
    }
    if (command == "T") {
        startPending(Pending::TareOrZero, nowMs);
        return {};
    }
    if (command == "U") {
        startPending(Pending::Tare, nowMs);
        return {};
    }
    if (command == "V") {
        startPending(Pending::Zero, nowMs);
        return {};
    }
    if (command == "x1_")
        return textLine({}, spec.model);
    if (command == "x2_")
        return textLine("Ser.no", spec.serialNumber);
    if (command == "x3_")
        return textLine({}, spec.softwareVersion);
    return {};
}

QByteArray SbiResponder::print(qint64 nowMs) {
    const BalanceModel::Sample s = model_.sample(nowMs);
    if (s.overload)
        return special("H");
    if (s.underload)
        return special("L");
    const BalanceSpec& spec = model_.spec();
    return withId("N", printFrame(s.net, spec.decimals, s.stable ? spec.unit : QString()));
}

QByteArray SbiResponder::tick(qint64 nowMs) {
    resolvePending(nowMs);
    const BalanceSpec& spec = model_.spec();
    return dueStreamLines(nowMs, [&](quint64 n) {
        if (!sequenceInValue_)
            return print(nowMs);
        return withId("N", printFrame(sequenceValue(n, spec.capacity, spec.readability),
                                      spec.decimals, spec.unit));
    });
}

void SbiResponder::reset() {
    command_.clear();
    pending_ = Pending::Nothing;
    stopStream();
}

}  // namespace batch::devices::sim
