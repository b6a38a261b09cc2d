#include "simulator/SbiResponder.h"

namespace batch::devices::sim {
namespace {

constexpr char kEsc = '\x1b';

QByteArray textLine(const QString& text) {
    return text.toLatin1().left(20).leftJustified(14, ' ') + "\r\n";
}

}  // namespace

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

QByteArray SbiResponder::execute(const QByteArray& command, qint64 nowMs) {
    const BalanceSpec& spec = model_.spec();
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
        // The TARE key: zero when the load is within the zero range, tare otherwise.
        if (model_.zero(nowMs) != BalanceModel::RangeResult::Done)
            model_.tare(nowMs);
        return {};
    }
    if (command == "U") {
        model_.tare(nowMs);
        return {};
    }
    if (command == "V") {
        model_.zero(nowMs);
        return {};
    }
    if (command == "x1_")
        return textLine(spec.model);
    if (command == "x2_")
        return textLine(QStringLiteral("%1").arg(spec.serialNumber, 12));
    if (command == "x3_")
        return textLine(spec.softwareVersion);
    return {};
}

QByteArray SbiResponder::print(qint64 nowMs) {
    const BalanceModel::Sample s = model_.sample(nowMs);
    if (s.overload)
        return "Stat        H       \r\n";
    if (s.underload)
        return "Stat        L       \r\n";
    const BalanceSpec& spec = model_.spec();
    return printFrame(s.net, spec.decimals, s.stable ? spec.unit : QString());
}

QByteArray SbiResponder::tick(qint64 nowMs) {
    const BalanceSpec& spec = model_.spec();
    return dueStreamLines(nowMs, [&](quint64 n) {
        if (!sequenceInValue_)
            return print(nowMs);
        return printFrame(sequenceValue(n, spec.capacity, spec.readability), spec.decimals,
                          spec.unit);
    });
}

void SbiResponder::reset() {
    command_.clear();
    stopStream();
}

}  // namespace batch::devices::sim
