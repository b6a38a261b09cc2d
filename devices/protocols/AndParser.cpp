#include "protocols/AndParser.h"

namespace batch::devices {
namespace {

constexpr char kAck = '\x06';

QString rejectionText(int code) {
    switch (code) {
        case 0:
            return QStringLiteral("communication error");
        case 1:
            return QStringLiteral("undefined command");
        case 2:
            return QStringLiteral("not ready");
        case 3:
            return QStringLiteral("timeout");
        case 4:
            return QStringLiteral("excess characters");
        case 6:
            return QStringLiteral("format error");
        case 5:
            return QStringLiteral("no specified ID");
        case 7:
            return QStringLiteral("parameter setting error");
        case 11:
            return QStringLiteral("stability error");
        case 16:
            return QStringLiteral("internal mass error");
        case 17:
            return QStringLiteral("internal mass error");
        case 20:
            return QStringLiteral("calibration weight error (too heavy)");
        case 21:
            return QStringLiteral("calibration weight error (too light)");
        default:
            return QStringLiteral("command rejected (E%1)").arg(code, 2, 10, QLatin1Char('0'));
    }
}

bool isUpper(const QByteArray& h) {
    for (const char c : h) {
        if (c < 'A' || c > 'Z')
            return false;
    }
    return !h.isEmpty();
}

// The first header is two letters; a second one (comparison OK/LO/HI/--, or N/G/T/PT for
// net, gross, tare on balances that add it) has one or two.
bool isHeader(const QByteArray& h, bool first) {
    if (h == "--")
        return !first;
    return isUpper(h) && (first ? h.size() == 2 : h.size() <= 2);
}

// Replies to ?SN, ?TN, ?ID: "SN,T1234567", "TN,  FX-120i", "ID,000100".
bool isIdentification(const QByteArray& header) {
    return header == "SN" || header == "TN" || header == "ID";
}

std::optional<Reply> rejection(const QByteArray& code) {
    if (code.size() < 2 || code[0] != 'E')
        return std::nullopt;
    bool ok = false;
    const int n = code.mid(1).toInt(&ok);
    if (!ok || n < 0)
        return std::nullopt;
    Reply r;
    r.kind = ReplyKind::Error;
    r.id = "EC";
    r.error = ErrorCode::CommandRejected;
    r.errorCode = n;
    r.errorText = rejectionText(n);
    return r;
}

}  // namespace

std::optional<Reply> AndParser::parseLine(const QByteArray& line) {
    if (!isPrintableAscii(line))
        return std::nullopt;
    const QByteArrayList parts = line.split(',');
    if (parts.size() < 2 || parts.size() > 3)
        return std::nullopt;
    for (qsizetype i = 0; i + 1 < parts.size(); ++i) {
        if (!isHeader(parts[i], i == 0))
            return std::nullopt;
    }
    const QByteArray& header = parts[0];
    std::optional<Reply> reply;
    if (header == "EC") {
        reply = parts.size() == 2 ? rejection(parts[1]) : std::nullopt;
    } else if (isIdentification(header)) {
        const QByteArray text = parts.back().trimmed();
        if (parts.size() != 2 || text.isEmpty() || text.size() > 40)
            return std::nullopt;
        Reply r;
        r.kind = ReplyKind::Info;
        r.id = header;
        r.texts = {QString::fromLatin1(text)};
        reply = r;
    } else if (header == "ST" || header == "US" || header == "QT" || header == "OL" ||
               header == "PT") {
        // The number is the leading sign/digit/point run; what follows is the unit.
        const QByteArray& data = parts.back();
        qsizetype end = 0;
        if (end < data.size() && (data[end] == '+' || data[end] == '-'))
            ++end;
        while (end < data.size() && ((data[end] >= '0' && data[end] <= '9') || data[end] == '.'))
            ++end;
        const QByteArray number = data.left(end);
        // Out of range, the data is a placeholder (all nines, or "+9999999E+19" on some
        // models): the unit is the last three characters.
        const QByteArray unit = (header == "OL" ? data.right(3) : data.mid(end)).trimmed();
        if (unit.size() > 3 || unit.contains(' '))
            return std::nullopt;
        Reply r;
        r.id = header;
        r.unit = QString::fromLatin1(unit);
        if (header == "OL") {
            if (!data.startsWith('+') && !data.startsWith('-'))
                return std::nullopt;
            // The data of an out-of-range frame is a placeholder (all nines); only the
            // sign says which side.
            r.kind = ReplyKind::Error;
            const bool under = data.startsWith('-');
            r.error = under ? ErrorCode::Underload : ErrorCode::Overload;
            r.errorText = under ? QStringLiteral("out of weighing range (under)")
                                : QStringLiteral("out of weighing range (over)");
        } else {
            if (!isDecimalText(number) || number.size() > 12)
                return std::nullopt;
            r.kind = ReplyKind::Weight;
            r.valueText = QString::fromLatin1(number);
            r.value = number.toDouble();
            r.stable = header != "US";  // PT (the tare, answering ?PT) is a stored value
        }
        reply = r;
    }
    if (reply)
        reply->raw = line;
    return reply;
}

void AndParser::parseLines(QByteArrayView bytes, Replies& out) {
    for (const QByteArray& line : splitter_.feed(bytes, stats_))
        stats_.take(parseLine(line), line, out);
}

Replies AndParser::feed(QByteArrayView bytes) {
    Replies out;
    qsizetype start = 0;
    for (qsizetype i = 0; i < bytes.size(); ++i) {
        if (bytes[i] != kAck)
            continue;
        parseLines(bytes.sliced(start, i - start), out);
        start = i + 1;
        if (splitter_.pendingBytes() == 0) {
            // <AK> at a line start: the acknowledgement of Z, T and similar commands.
            Reply ack;
            ack.kind = ReplyKind::Ack;
            ack.id = "AK";
            ack.stable = true;
            ack.raw = QByteArray(1, kAck);
            ++stats_.frames;
            out.append(ack);
        } else {
            parseLines(bytes.sliced(i, 1), out);  // inside a line: the line is garbage
        }
    }
    parseLines(bytes.sliced(start), out);
    return out;
}

void AndParser::reset() {
    splitter_.clear();
}

namespace andd {
QByteArray query() {
    return "Q\r\n";
}
QByteArray stableQuery() {
    return "S\r\n";
}
QByteArray zero() {
    return "Z\r\n";
}
QByteArray tare() {
    return "T\r\n";
}
QByteArray streamStart() {
    return "SIR\r\n";
}
QByteArray cancel() {
    return "C\r\n";
}
QByteArray serialNumber() {
    return "?SN\r\n";
}
QByteArray modelName() {
    return "?TN\r\n";
}
QByteArray tareQuery() {
    return "?PT\r\n";
}
}  // namespace andd

}  // namespace batch::devices
