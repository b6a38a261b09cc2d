#include "protocols/Reply.h"

namespace batch::devices {

QString errorCodeName(ErrorCode code) {
    switch (code) {
        case ErrorCode::None:
            return QStringLiteral("none");
        case ErrorCode::Busy:
            return QStringLiteral("busy");
        case ErrorCode::BadParameter:
            return QStringLiteral("bad-parameter");
        case ErrorCode::Overload:
            return QStringLiteral("overload");
        case ErrorCode::Underload:
            return QStringLiteral("underload");
        case ErrorCode::SyntaxError:
            return QStringLiteral("syntax-error");
        case ErrorCode::TransmissionError:
            return QStringLiteral("transmission-error");
        case ErrorCode::LogicalError:
            return QStringLiteral("logical-error");
        case ErrorCode::DeviceError:
            return QStringLiteral("device-error");
        case ErrorCode::NeedsCalibration:
            return QStringLiteral("needs-calibration");
        case ErrorCode::NeedsRezero:
            return QStringLiteral("needs-rezero");
        case ErrorCode::CommandRejected:
            return QStringLiteral("command-rejected");
    }
    return QStringLiteral("unknown");
}

}  // namespace batch::devices
