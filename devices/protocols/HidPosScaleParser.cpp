#include "protocols/HidPosScaleParser.h"

namespace batch::devices {
namespace {

// Exponents outside this range describe no real scale and would make absurd text.
constexpr int kMaxExponent = 12;

// HID POS scale replies all come from input report 3.
Reply errorReply(ErrorCode code, const QString& text) {
    return devices::errorReply("3", code, text);
}

}  // namespace

QString HidPosScaleParser::unitSymbol(int code) {
    switch (code) {
        case 1:
            return QStringLiteral("mg");
        case 2:
            return QStringLiteral("g");
        case 3:
            return QStringLiteral("kg");
        case 4:
            return QStringLiteral("ct");
        case 5:
            return QStringLiteral("tael");
        case 6:
            return QStringLiteral("gr");
        case 7:
            return QStringLiteral("dwt");
        case 8:
            return QStringLiteral("t");
        case 9:
            return QStringLiteral("ton");
        case 10:
            return QStringLiteral("ozt");
        case 11:
            return QStringLiteral("oz");
        case 12:
            return QStringLiteral("lb");
        default:
            return {};
    }
}

QString HidPosScaleParser::decimalText(quint32 magnitude, int exponent) {
    QString digits = QString::number(magnitude);
    if (exponent >= 0)
        return magnitude == 0 ? digits : digits + QString(exponent, QLatin1Char('0'));
    const int decimals = -exponent;
    if (digits.size() <= decimals)
        digits = QString(decimals - digits.size() + 1, QLatin1Char('0')) + digits;
    digits.insert(digits.size() - decimals, QLatin1Char('.'));
    return digits;
}

std::optional<Reply> HidPosScaleParser::parseReport(QByteArrayView report) {
    const auto reject = [&]() -> std::optional<Reply> {
        ++stats_.garbageFrames;
        stats_.discardedBytes += report.size();
        return std::nullopt;
    };
    if (report.size() != kReportLength || static_cast<quint8>(report[0]) != kReportId)
        return reject();
    const int status = static_cast<quint8>(report[1]);
    const int unitCode = static_cast<quint8>(report[2]);
    const int exponent = static_cast<qint8>(report[3]);
    const quint32 lsb = static_cast<quint8>(report[4]);
    const quint32 msb = static_cast<quint8>(report[5]);
    const quint32 magnitude = lsb | (msb << 8);

    Reply r;
    switch (status) {
        case 1:
            r = errorReply(ErrorCode::DeviceError, QStringLiteral("scale fault"));
            r.errorCode = status;
            break;
        case 6:
            r = errorReply(ErrorCode::Overload, QStringLiteral("over weight limit"));
            break;
        case 7:
            r = errorReply(ErrorCode::NeedsCalibration,
                           QStringLiteral("scale requires calibration"));
            break;
        case 8:
            r = errorReply(ErrorCode::NeedsRezero, QStringLiteral("scale requires re-zeroing"));
            break;
        case 2:
        case 3:
        case 4:
        case 5: {
            const QString unit = unitSymbol(unitCode);
            if (unit.isEmpty() || exponent < -kMaxExponent || exponent > kMaxExponent)
                return reject();
            if (status == 5) {
                // Under zero: the magnitude is below zero; usable for display, not to record.
                r = errorReply(ErrorCode::Underload, QStringLiteral("weight under zero"));
                r.valueText = QLatin1Char('-') + decimalText(magnitude, exponent);
            } else {
                r.kind = ReplyKind::Weight;
                r.id = "3";
                r.valueText = decimalText(magnitude, exponent);
                r.stable = status != 3;
            }
            r.value = r.valueText.toDouble();
            r.unit = unit;
            break;
        }
        default:
            return reject();
    }
    r.raw = report.toByteArray();
    ++stats_.frames;
    return r;
}

}  // namespace batch::devices
