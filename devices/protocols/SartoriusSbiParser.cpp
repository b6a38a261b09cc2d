#include "protocols/SartoriusSbiParser.h"

namespace batch::devices {
namespace {

constexpr int kDataLength = 14;  // the 16-character frame without CR LF
constexpr int kIdLength = 6;


std::optional<Reply> statusLine(const QByteArray& line) {
    const QByteArrayList tokens = tokenize(QByteArrayView(line).sliced(4));
    const QByteArray id = "Stat";
    if (tokens.size() == 2 && tokens[0] == "Err") {
        bool ok = false;
        const int code = tokens[1].toInt(&ok);
        if (!ok || code < 0)
            return std::nullopt;
        Reply r = errorReply(id, ErrorCode::DeviceError,
                             QStringLiteral("balance error %1").arg(code));
        r.errorCode = code;
        return r;
    }
    if (tokens.size() != 1)
        return std::nullopt;
    const QByteArray& code = tokens[0];
    if (code == "H")
        return errorReply(id, ErrorCode::Overload, QStringLiteral("overload"));
    if (code == "HH")
        return errorReply(id, ErrorCode::Overload, QStringLiteral("overload (checkweighing)"));
    if (code == "L")
        return errorReply(id, ErrorCode::Underload, QStringLiteral("underload"));
    if (code == "LL")
        return errorReply(id, ErrorCode::Underload,
                          QStringLiteral("underload (checkweighing)"));
    if (code == "C")
        return errorReply(id, ErrorCode::NeedsCalibration,
                          QStringLiteral("calibration/adjustment in progress or required"));
    if (code == "--")
        return errorReply(id, ErrorCode::Busy, QStringLiteral("no final readout yet"));
    return std::nullopt;
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
    if (number == "H" || number == "HH")
        return errorReply(id, ErrorCode::Overload, QStringLiteral("overload"));
    if (number == "L" || number == "LL")
        return errorReply(id, ErrorCode::Underload, QStringLiteral("underload"));
    if (!isDecimalText(number) || number[0] == '+' || number[0] == '-')
        return std::nullopt;
    Reply r;
    r.kind = ReplyKind::Weight;
    r.id = id;
    r.valueText = QString::fromLatin1(sign == ' ' ? number : sign + number);
    r.value = r.valueText.toDouble();
    r.unit = QString::fromLatin1(unit);
    r.stable = !unit.isEmpty();
    return r;
}

}  // namespace

std::optional<Reply> SartoriusSbiParser::parseLine(const QByteArray& line) {
    if (!isPrintableAscii(line))
        return std::nullopt;
    std::optional<Reply> reply;
    if (line.startsWith("Stat")) {
        reply = statusLine(line);
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
            reply = dataPart(frame.left(kIdLength).trimmed(),
                             QByteArrayView(frame).sliced(kIdLength));
    }
    if (reply)
        reply->raw = line;
    return reply;
}

Replies SartoriusSbiParser::feed(QByteArrayView bytes) {
    Replies out;
    for (const QByteArray& line : splitter_.feed(bytes, stats_)) {
        auto reply = parseLine(line);
        const bool isText = textsExpected_ > 0 && isPrintableAscii(line)
                            && (!reply || (reply->isWeight() && reply->unit.isEmpty()));
        if (isText) {
            --textsExpected_;
            Reply info;
            info.kind = ReplyKind::Info;
            info.texts = {QString::fromLatin1(line.trimmed())};
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

QByteArray print() { return esc("P"); }
QByteArray tareAndZero() { return esc("T"); }
QByteArray tare() { return esc("U"); }
QByteArray zero() { return esc("V"); }
QByteArray restart() { return esc("S"); }
QByteArray model() { return esc("x1_"); }
QByteArray serialNumber() { return esc("x2_"); }
QByteArray softwareVersion() { return esc("x3_"); }
}  // namespace sbi

}  // namespace batch::devices
