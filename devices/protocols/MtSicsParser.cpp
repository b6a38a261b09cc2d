#include "protocols/MtSicsParser.h"

#include <QSet>

namespace batch::devices {
namespace {

// Reply identifiers whose A/S/D replies carry "<value> <unit>". Replies to SI and SIR
// come back under the identifier "S".
bool carriesWeight(const QByteArray& id) {
    static const QSet<QByteArray> ids{"S", "SU", "SR", "ST", "SNR", "T", "TI", "TA"};
    return ids.contains(id);
}

bool isReplyId(const QByteArray& id) {
    if (id.isEmpty() || id.size() > 5 || id[0] < 'A' || id[0] > 'Z')
        return false;
    for (const char c : id) {
        if (!((c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')))
            return false;
    }
    return true;
}

bool isUnit(const QByteArray& unit) {
    return !unit.isEmpty() && unit.size() <= 5 && isPrintableAscii(unit) && !unit.contains('"');
}

bool isQuoted(const QByteArray& token) {
    return token.size() >= 2 && token.startsWith('"') && token.endsWith('"');
}

// Z, ZI, T, TI answer "+"/"-" when the load is outside the zero or tare range rather
// than outside the weighing range; say so, the operator's remedy differs.
bool isZeroOrTare(const QByteArray& id) {
    return id == "Z" || id == "ZI" || id == "T" || id == "TI";
}

Reply statusError(const QByteArray& id, char status) {
    switch (status) {
        case 'I':
            return errorReply(id, ErrorCode::Busy,
                              QStringLiteral("command not executable now (balance busy or no "
                                             "stable value within the timeout)"));
        case 'L':
            return errorReply(id, ErrorCode::BadParameter,
                              QStringLiteral("command understood but parameter wrong or not "
                                             "executable"));
        case '+':
            return errorReply(id, ErrorCode::Overload,
                              isZeroOrTare(id)
                                  ? QStringLiteral("upper limit of the zero/tare range exceeded")
                                  : QStringLiteral("balance in overload range"));
        default:
            return errorReply(id, ErrorCode::Underload,
                              isZeroOrTare(id)
                                  ? QStringLiteral("lower limit of the zero/tare range exceeded")
                                  : QStringLiteral("balance in underload range"));
    }
}

// The system errors the weigh-module reference manual lists for the weight field
// ("Specific error messages on weight response"), e.g. "S S    Error 10b".
QString systemErrorName(int code) {
    switch (code) {
        case 1:
            return QStringLiteral("boot error");
        case 2:
            return QStringLiteral("brand error");
        case 3:
            return QStringLiteral("checksum error");
        case 9:
            return QStringLiteral("option fail");
        case 10:
            return QStringLiteral("EEPROM error");
        case 11:
            return QStringLiteral("device mismatch");
        case 12:
            return QStringLiteral("hot plug out");
        case 14:
            return QStringLiteral("weigh module / electronics mismatch");
        case 15:
            return QStringLiteral("adjustment needed");
        default:
            return QStringLiteral("system error");
    }
}

// "Error <code><b|t>" in place of the weight: a system error reported by the weighing
// electronics (b) or by the terminal (t). The number is kept; the letter only shapes
// the text.
Reply systemError(const QByteArray& id, const QByteArrayList& rest) {
    int code = 0;
    QString origin;
    if (rest.size() >= 2) {
        QByteArray digits = rest[1];
        if (!digits.isEmpty() && (digits.back() == 'b' || digits.back() == 't')) {
            origin = digits.back() == 'b' ? QStringLiteral(" (weigh module electronics)")
                                          : QStringLiteral(" (terminal)");
            digits.chop(1);
        }
        bool ok = false;
        const int n = digits.toInt(&ok);
        if (ok && n >= 0)
            code = n;
    }
    Reply r = errorReply(
        id, ErrorCode::DeviceError,
        QStringLiteral("balance %1 (Error %2)%3").arg(systemErrorName(code)).arg(code).arg(origin));
    r.errorCode = code;
    return r;
}

QStringList unquoted(const QByteArrayList& tokens) {
    QStringList out;
    for (const QByteArray& t : tokens)
        out.append(QString::fromLatin1(isQuoted(t) ? t.mid(1, t.size() - 2) : t));
    return out;
}

std::optional<Reply> weightReply(const QByteArray& id, char status, const QByteArrayList& rest) {
    if (rest.size() != 2 || rest[0].size() > 16 || !isDecimalText(rest[0]) || !isUnit(rest[1]))
        return std::nullopt;
    Reply r;
    r.kind = ReplyKind::Weight;
    r.id = id;
    r.valueText = QString::fromLatin1(rest[0]);
    r.value = rest[0].toDouble();
    r.unit = QString::fromLatin1(rest[1]);
    r.stable = status != 'D';
    return r;
}

std::optional<Reply> parseTokens(const QByteArrayList& tokens) {
    const QByteArray& id = tokens[0];
    if (!isReplyId(id))
        return std::nullopt;
    if (tokens.size() == 1) {
        if (id == "ES")
            return errorReply(id, ErrorCode::SyntaxError,
                              QStringLiteral("syntax error: command not recognised"));
        if (id == "ET")
            return errorReply(id, ErrorCode::TransmissionError,
                              QStringLiteral("transmission error (parity or overrun)"));
        if (id == "EL")
            return errorReply(id, ErrorCode::LogicalError,
                              QStringLiteral("logical error: command cannot be executed"));
        return std::nullopt;
    }
    if (tokens[1].size() != 1)
        return std::nullopt;
    const char status = tokens[1][0];
    const QByteArrayList rest = tokens.mid(2);
    for (const QByteArray& t : rest) {
        if (t.startsWith('"') && !isQuoted(t))
            return std::nullopt;  // unterminated text: a torn line
    }
    switch (status) {
        case 'I':
        case 'L':
        case '+':
        case '-':
            if (!rest.isEmpty())
                return std::nullopt;
            return statusError(id, status);
        case 'S':
        case 'D':
        case 'A': {
            if (!rest.isEmpty() && rest[0] == "Error" && carriesWeight(id))
                return systemError(id, rest);
            if (rest.size() == 2 && !isQuoted(rest[0]) && (carriesWeight(id) || status != 'A'))
                return weightReply(id, status, rest);
            if (carriesWeight(id))
                return std::nullopt;  // "S S" without a value is a torn frame, not an ack
            if (status != 'A' && !rest.isEmpty())
                return std::nullopt;
            Reply r;
            r.id = id;
            r.kind = rest.isEmpty() ? ReplyKind::Ack : ReplyKind::Info;
            r.stable = status != 'D';  // "ZI D": zeroed under non-stable conditions
            r.texts = unquoted(rest);
            return r;
        }
        case 'B': {
            Reply r;
            r.kind = ReplyKind::Info;
            r.id = id;
            r.moreLines = true;
            r.texts = unquoted(rest);
            return r;
        }
        default:
            return std::nullopt;
    }
}

}  // namespace

std::optional<Reply> MtSicsParser::parseLine(const QByteArray& line) {
    for (const char c : line) {
        const auto u = static_cast<unsigned char>(c);
        if (u < 0x20 || u == 0x7F)
            return std::nullopt;
    }
    const QByteArrayList tokens = tokenize(line);
    if (tokens.isEmpty())
        return std::nullopt;
    auto reply = parseTokens(tokens);
    if (reply)
        reply->raw = line;
    return reply;
}

Replies MtSicsParser::feed(QByteArrayView bytes) {
    Replies out;
    for (const QByteArray& line : splitter_.feed(bytes, stats_))
        stats_.take(parseLine(line), line, out);
    return out;
}

void MtSicsParser::reset() {
    splitter_.clear();
}

}  // namespace batch::devices
