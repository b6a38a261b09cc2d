#include "protocols/SartoriusSbiParser.h"

namespace batch::devices {
namespace {

constexpr int kDataLength = 14;  // the 16-character frame without CR LF
constexpr int kIdLength = 6;

// The special codes the balance prints instead of a value (the manuals' "Special codes"
// and "Error codes" tables). Older models print one or two letters (H, HH, L, LL, C),
// newer ones words (High, Low, Cal.Ext.); errors are "Err ###" / "ERR ###" (or
// "APP.ERR", "DIS.ERR", "PRT.ERR" for application, display and printer errors).
std::optional<Reply> specialCode(const QByteArray& id, const QByteArrayList& tokens) {
    if (tokens.size() == 2 && (tokens[0] == "Err" || tokens[0] == "ERR" || tokens[0] == "E")) {
        bool ok = false;
        const int code = tokens[1].toInt(&ok);
        if (!ok || code < 0 || tokens[1].size() > 3)
            return std::nullopt;
        Reply r =
            errorReply(id, ErrorCode::DeviceError, QStringLiteral("balance error %1").arg(code));
        r.errorCode = code;
        return r;
    }
    if (tokens.size() != 1)
        return std::nullopt;
    const QByteArray& code = tokens[0];
    if (code == "H" || code == "High")
        return errorReply(id, ErrorCode::Overload, QStringLiteral("overload"));
    if (code == "HH")
        return errorReply(id, ErrorCode::Overload, QStringLiteral("overload (checkweighing)"));
    if (code == "L" || code == "Low")
        return errorReply(id, ErrorCode::Underload, QStringLiteral("underload"));
    if (code == "LL")
        return errorReply(id, ErrorCode::Underload, QStringLiteral("underload (checkweighing)"));
    if (code == "C" || code == "Cal.Ext." || code == "CalExt")
        return errorReply(id, ErrorCode::NeedsCalibration,
                          QStringLiteral("calibration/adjustment in progress or required"));
    if (code == "--")
        return errorReply(id, ErrorCode::Busy, QStringLiteral("no final readout yet"));
    if (code == "APP.ERR" || code == "DIS.ERR" || code == "PRT.ERR")
        return errorReply(id, ErrorCode::DeviceError,
                          QStringLiteral("balance %1 error")
                              .arg(code == "APP.ERR"   ? QStringLiteral("application")
                                   : code == "DIS.ERR" ? QStringLiteral("display")
                                                       : QStringLiteral("printer")));
    return std::nullopt;
}

// "Stat" + status or error code: the 22-character form of the special codes.
std::optional<Reply> statusLine(const QByteArray& line) {
    return specialCode("Stat", tokenize(QByteArrayView(line).sliced(4)));
}

// The 14 data characters of a print frame: sign, value field, unit field.
std::optional<Reply> dataPart(const QByteArray& id, QByteArrayView data) {
    const char sign = data[0];
    if (sign != '+' && sign != '-' && sign != ' ')
        return std::nullopt;
    QByteArray field = data.sliced(1, 10).toByteArray();  // positions 2-11
    const QByteArray unit = data.sliced(11).toByteArray().trimmed();
    if (!isPrintableAscii(unit) || unit.contains(' '))
        return std::nullopt;
    field.replace('[', "").replace(']', "");
    const QByteArrayList tokens = tokenize(field);
    if (tokens.size() != 1)
        return std::nullopt;
    const QByteArray& number = tokens[0];
    if (!isDecimalText(number) || number[0] == '+' || number[0] == '-')
        return specialCode(id, tokens);
    Reply r;
    r.kind = ReplyKind::Weight;
    r.id = id;
    r.valueText = QString::fromLatin1(sign == ' ' ? number : sign + number);
    r.value = r.valueText.toDouble();
    r.unit = QString::fromLatin1(unit);
    r.stable = !unit.isEmpty();
    return r;
}

// ID codes that precede identification text in the 22-character format.
bool isIdentificationId(const QByteArray& id) {
    return id == "Ser.no" || id == "SerNo" || id == "Model" || id == "Type" || id == "Vers.";
}

}  // namespace

std::optional<Reply> SartoriusSbiParser::parseLine(const QByteArray& line) {
    if (!isPrintableAscii(line))
        return std::nullopt;
    std::optional<Reply> reply;
    if (line.startsWith("Stat")) {
        reply = statusLine(line);
    } else if (auto special = specialCode({}, tokenize(line)); special && line.size() <= 16) {
        // The 16-character special and error codes ("      H       ", "   Err 101    ").
        reply = special;
    } else {
        // Some balances strip trailing spaces (empty unit): pad back to the fixed width
        // of whichever format the length fits.
        QByteArray frame = line;
        if (frame.size() > kDataLength && frame.size() <= kIdLength + kDataLength)
            frame = frame.leftJustified(kIdLength + kDataLength, ' ');
        else if (frame.size() >= 10 && frame.size() <= kDataLength)
            frame = frame.leftJustified(kDataLength, ' ');
        if (frame.size() == kDataLength)
            reply = dataPart({}, frame);
        else if (frame.size() == kIdLength + kDataLength)
            reply =
                dataPart(frame.left(kIdLength).trimmed(), QByteArrayView(frame).sliced(kIdLength));
    }
    if (reply)
        reply->raw = line;
    return reply;
}

Replies SartoriusSbiParser::feed(QByteArrayView bytes) {
    Replies out;
    for (const QByteArray& line : splitter_.feed(bytes, stats_)) {
        auto reply = parseLine(line);
        const bool isText = textsExpected_ > 0 && isPrintableAscii(line) &&
                            (!reply || (reply->isWeight() && reply->unit.isEmpty()));
        if (isText) {
            --textsExpected_;
            Reply info;
            info.kind = ReplyKind::Info;
            QByteArray text = line.trimmed();
            // "Ser.no  21705432    ": the 22-character format puts an ID code first.
            if (line.size() > kIdLength && isIdentificationId(line.left(kIdLength).trimmed())) {
                info.id = line.left(kIdLength).trimmed();
                text = line.mid(kIdLength).trimmed();
            }
            info.texts = {QString::fromLatin1(text)};
            info.raw = line;
            reply = info;
        }
        stats_.take(std::move(reply), line, out);
    }
    return out;
}

void SartoriusSbiParser::reset() {
    splitter_.clear();
    textsExpected_ = 0;
}

namespace sbi {
namespace {
QByteArray esc(const QByteArray& body) {
    return '\x1b' + body + "\r\n";
}
}  // namespace

QByteArray print() {
    return esc("P");
}
QByteArray tareAndZero() {
    return esc("T");
}
QByteArray tare() {
    return esc("U");
}
QByteArray zero() {
    return esc("V");
}
QByteArray restart() {
    return esc("S");
}
QByteArray model() {
    return esc("x1_");
}
QByteArray serialNumber() {
    return esc("x2_");
}
QByteArray softwareVersion() {
    return esc("x3_");
}
}  // namespace sbi

}  // namespace batch::devices
