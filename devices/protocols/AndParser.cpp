#include "protocols/AndParser.h"

namespace batch::devices {
namespace {

constexpr char kAck = '\x06';

QString rejectionText(int code) {
    switch (code) {
    case 0: return QStringLiteral("communication error");
    case 1: return QStringLiteral("undefined command");
    case 2: return QStringLiteral("not ready");
    case 3: return QStringLiteral("timeout");
    case 4: return QStringLiteral("excess characters");
    case 6: return QStringLiteral("format error");
    case 7: return QStringLiteral("parameter setting error");
    case 11: return QStringLiteral("stability error");
    default: return QStringLiteral("command rejected (E%1)").arg(code, 2, 10, QLatin1Char('0'));
    }
}

bool isHeader(const QByteArray& h) {
    if (h.size() != 2)
        return false;
    if (h == "--")
        return true;
    return h[0] >= 'A' && h[0] <= 'Z' && h[1] >= 'A' && h[1] <= 'Z';
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
        if (!isHeader(parts[i]))
            return std::nullopt;
    }
    const QByteArray& header = parts[0];
    std::optional<Reply> reply;
    if (header == "EC") {
        reply = parts.size() == 2 ? rejection(parts[1]) : std::nullopt;
    } else if (header == "ST" || header == "US" || header == "QT" || header == "OL") {
        // The number is the leading sign/digit/point run; what follows is the unit.
        const QByteArray& data = parts.back();
        qsizetype end = 0;
        if (end < data.size() && (data[end] == '+' || data[end] == '-'))
            ++end;
        while (end < data.size() && ((data[end] >= '0' && data[end] <= '9') || data[end] == '.'))
            ++end;
        const QByteArray number = data.left(end);
        const QByteArray unit = data.mid(end).trimmed();
        if (unit.size() > 3 || unit.contains(' '))
            return std::nullopt;
        Reply r;
        r.id = header;
        r.unit = QString::fromLatin1(unit);
        if (header == "OL") {
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
            r.stable = header != "US";
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
QByteArray query() { return "Q\r\n"; }
QByteArray stableQuery() { return "S\r\n"; }
QByteArray zero() { return "Z\r\n"; }
QByteArray tare() { return "T\r\n"; }
}  // namespace andd

}  // namespace batch::devices
