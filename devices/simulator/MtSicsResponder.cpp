#include "simulator/MtSicsResponder.h"

namespace batch::devices::sim {
namespace {

QByteArray line(const QByteArray& text) {
    return text + "\r\n";
}

QByteArray quoted(const QString& text) {
    return '"' + text.toLatin1() + '"';
}

QByteArray rangeError(const QByteArray& id, BalanceModel::RangeResult r) {
    return line(id + (r == BalanceModel::RangeResult::AboveRange ? " +" : " -"));
}

}  // namespace

QByteArray MtSicsResponder::weightLine(const QByteArray& id, char status, double value,
                                       int decimals, const QString& unit) {
    const QByteArray number =
        QByteArray::number(value == 0.0 ? 0.0 : value, 'f', decimals).rightJustified(10, ' ');
    return id + ' ' + status + ' ' + number + ' ' + unit.toLatin1() + "\r\n";
}

QByteArray MtSicsResponder::format(const QByteArray& id, char status, double value) const {
    return weightLine(id, status, value, model_.spec().decimals, model_.spec().unit);
}

QByteArray MtSicsResponder::receive(QByteArrayView bytes, qint64 nowMs) {
    QByteArray out;
    // Byte by byte (commands are short) so that the "ES" for a command longer than the
    // input buffer comes in order with the replies to the commands around it.
    for (qsizetype i = 0; i < bytes.size(); ++i) {
        const quint64 overlongBefore = inputStats_.overlongFrames;
        for (const QByteArray& command : splitter_.feed(bytes.sliced(i, 1), inputStats_))
            out += execute(command, nowMs);
        if (inputStats_.overlongFrames != overlongBefore)
            out += line("ES");
    }
    return out;
}

namespace {
// A control character inside a command is what a parity error or a line break looks
// like from the balance's side: "ET". 8-bit characters are allowed in quoted text only.
bool hasTransmissionError(const QByteArray& text) {
    bool quoted = false;
    for (const char c : text) {
        const auto u = static_cast<unsigned char>(c);
        if (c == '"')
            quoted = !quoted;
        if (u < 0x20 || u == 0x7F || (u >= 0x80 && !quoted))
            return true;
    }
    return false;
}
}  // namespace

QByteArray MtSicsResponder::execute(const QByteArray& text, qint64 nowMs) {
    if (hasTransmissionError(text))
        return line("ET");
    const QByteArrayList tokens = tokenize(text);
    if (tokens.isEmpty())
        return line("ES");
    const QByteArray& cmd = tokens[0];
    const QByteArrayList params = tokens.mid(1);
    const BalanceSpec& spec = model_.spec();

    if (cmd == "@") {
        cancel();
        return line("I4 A " + quoted(spec.serialNumber));
    }
    if (cmd == "D") {
        // D "text": the parameter is one quoted string (may contain spaces).
        if (params.size() != 1 || params[0].size() < 2 || !params[0].startsWith('"') ||
            !params[0].endsWith('"'))
            return line("D L");
        displayText_ = params[0].mid(1, params[0].size() - 2);
        return line("D A");
    }
    if (systemError_ && !cmd.startsWith('I')) {
        // With a system error pending, weight commands report it in the weight field and
        // everything that would act on the weighing cell is a logical error.
        if (cmd == "S" || cmd == "SI" || cmd == "SIR") {
            stopStream();
            return systemErrorLine();
        }
        return line("EL");
    }
    if (cmd == "TA")
        return tareCommand(params);
    if (!params.isEmpty()) {
        static const QByteArrayList known{"I1", "I2", "I3", "I4", "S",   "SI", "SIR",
                                          "Z",  "ZI", "T",  "TI", "TAC", "DW"};
        return line(known.contains(cmd) ? cmd + " L" : QByteArray("ES"));
    }
    if (cmd == "I1")
        return line("I1 A \"01\" \"2.30\" \"2.20\" \"1.00\" \"1.00\"");
    if (cmd == "I2") {
        const QString data = QStringLiteral("%1 %2 %3")
                                 .arg(spec.model)
                                 .arg(spec.capacity, 0, 'f', spec.decimals)
                                 .arg(spec.unit);
        return line("I2 A " + quoted(data));
    }
    if (cmd == "I3")
        return line("I3 A " + quoted(spec.softwareVersion));
    if (cmd == "I4")
        return line("I4 A " + quoted(spec.serialNumber));
    if (cmd == "S" || cmd == "SI" || cmd == "SIR") {
        stopStream();  // a new weight command ends a running SIR
        if (cmd == "SIR") {
            startStream(nowMs);
            return tick(nowMs);
        }
        if (cmd == "SI")
            return weightReply("S", 'S', nowMs);
        QByteArray out = resolveWaiting(nowMs, true);
        waiting_ = Waiting::Stable;
        waitDeadlineMs_ = nowMs + stabilityTimeoutMs_;
        return out + resolveWaiting(nowMs, false);
    }
    if (cmd == "Z" || cmd == "T") {
        QByteArray out = resolveWaiting(nowMs, true);
        waiting_ = cmd == "Z" ? Waiting::Zero : Waiting::Tare;
        waitDeadlineMs_ = nowMs + stabilityTimeoutMs_;
        return out + resolveWaiting(nowMs, false);
    }
    if (cmd == "ZI") {
        const bool stable = model_.isStable(nowMs);
        const auto r = model_.zero(nowMs);
        if (r != BalanceModel::RangeResult::Done)
            return rangeError("ZI", r);
        return line(stable ? "ZI S" : "ZI D");
    }
    if (cmd == "TI") {
        const bool stable = model_.isStable(nowMs);
        const auto r = model_.tare(nowMs);
        if (r != BalanceModel::RangeResult::Done)
            return rangeError("TI", r);
        return format("TI", stable ? 'S' : 'D', model_.tareValue());
    }
    if (cmd == "TAC") {
        model_.clearTare();
        return line("TAC A");
    }
    if (cmd == "DW") {
        displayText_.clear();
        return line("DW A");
    }
    return line("ES");
}

QByteArray MtSicsResponder::tareCommand(const QByteArrayList& params) {
    const BalanceSpec& spec = model_.spec();
    if (params.isEmpty())
        return format("TA", 'A', model_.tareValue());
    if (params.size() != 2 || !isDecimalText(params[0]) || params[1] != spec.unit.toLatin1())
        return line("TA L");
    if (!model_.presetTare(params[0].toDouble()))
        return line("TA L");
    return format("TA", 'A', model_.tareValue());
}

QByteArray MtSicsResponder::systemErrorLine() const {
    // As the weigh-module manual shows it: "S S    Error 10b" (b: weighing electronics,
    // t: terminal).
    return line("S S    Error " + QByteArray::number(systemError_) + systemErrorOrigin_);
}

QByteArray MtSicsResponder::weightReply(const QByteArray& id, char stableStatus, qint64 nowMs) {
    if (systemError_)
        return systemErrorLine();
    const BalanceModel::Sample s = model_.sample(nowMs);
    if (s.overload)
        return line(id + " +");
    if (s.underload)
        return line(id + " -");
    return format(id, s.stable ? stableStatus : 'D', s.net);
}

QByteArray MtSicsResponder::resolveWaiting(qint64 nowMs, bool timedOut) {
    if (waiting_ == Waiting::Nothing)
        return {};
    const bool stable = model_.isStable(nowMs);
    const QByteArray id = waiting_ == Waiting::Stable ? "S" : waiting_ == Waiting::Zero ? "Z" : "T";
    if (waiting_ == Waiting::Stable) {
        // Over- and underload are answered at once: waiting would not change them.
        const BalanceModel::Sample s = model_.sample(nowMs);
        if (s.overload || s.underload) {
            waiting_ = Waiting::Nothing;
            return line(id + (s.overload ? " +" : " -"));
        }
    }
    if (!stable) {
        if (!timedOut && nowMs < waitDeadlineMs_)
            return {};
        waiting_ = Waiting::Nothing;
        return line(id + " I");
    }
    const Waiting what = waiting_;
    waiting_ = Waiting::Nothing;
    switch (what) {
        case Waiting::Stable:
            return weightReply("S", 'S', nowMs);
        case Waiting::Zero: {
            const auto r = model_.zero(nowMs);
            return r == BalanceModel::RangeResult::Done ? line("Z A") : rangeError("Z", r);
        }
        case Waiting::Tare: {
            const auto r = model_.tare(nowMs);
            return r == BalanceModel::RangeResult::Done ? format("T", 'S', model_.tareValue())
                                                        : rangeError("T", r);
        }
        case Waiting::Nothing:
            break;
    }
    return {};
}

QByteArray MtSicsResponder::streamLine(quint64 n, qint64 nowMs) {
    if (!sequenceInValue_)
        return weightReply("S", 'S', nowMs);
    const BalanceSpec& spec = model_.spec();
    return format("S", 'S', sequenceValue(n, spec.capacity, spec.readability));
}

QByteArray MtSicsResponder::tick(qint64 nowMs) {
    return resolveWaiting(nowMs, false) +
           dueStreamLines(nowMs, [&](quint64 n) { return streamLine(n, nowMs); });
}

void MtSicsResponder::cancel() {
    stopStream();
    waiting_ = Waiting::Nothing;
}

void MtSicsResponder::reset() {
    splitter_.clear();
    cancel();
}

}  // namespace batch::devices::sim
