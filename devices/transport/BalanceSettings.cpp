#include "transport/BalanceSettings.h"

namespace batch::devices {

QString connectionStateName(ConnectionState state) {
    switch (state) {
        case ConnectionState::Disconnected:
            return QStringLiteral("disconnected");
        case ConnectionState::Connecting:
            return QStringLiteral("connecting");
        case ConnectionState::Connected:
            return QStringLiteral("connected");
        case ConnectionState::Refused:
            return QStringLiteral("refused");
    }
    return {};
}

std::optional<QSerialPort::Parity> parityFromName(const QString& name) {
    if (name == QLatin1String("none"))
        return QSerialPort::NoParity;
    if (name == QLatin1String("even"))
        return QSerialPort::EvenParity;
    if (name == QLatin1String("odd"))
        return QSerialPort::OddParity;
    if (name == QLatin1String("mark"))
        return QSerialPort::MarkParity;
    if (name == QLatin1String("space"))
        return QSerialPort::SpaceParity;
    return std::nullopt;
}

QString parityName(QSerialPort::Parity parity) {
    switch (parity) {
        case QSerialPort::NoParity:
            return QStringLiteral("none");
        case QSerialPort::EvenParity:
            return QStringLiteral("even");
        case QSerialPort::OddParity:
            return QStringLiteral("odd");
        case QSerialPort::MarkParity:
            return QStringLiteral("mark");
        case QSerialPort::SpaceParity:
            return QStringLiteral("space");
    }
    return {};
}

std::optional<QSerialPort::StopBits> stopBitsFromName(const QString& name) {
    if (name == QLatin1String("1"))
        return QSerialPort::OneStop;
    if (name == QLatin1String("1.5"))
        return QSerialPort::OneAndHalfStop;
    if (name == QLatin1String("2"))
        return QSerialPort::TwoStop;
    return std::nullopt;
}

QString stopBitsName(QSerialPort::StopBits stopBits) {
    switch (stopBits) {
        case QSerialPort::OneStop:
            return QStringLiteral("1");
        case QSerialPort::OneAndHalfStop:
            return QStringLiteral("1.5");
        case QSerialPort::TwoStop:
            return QStringLiteral("2");
    }
    return {};
}

std::optional<QSerialPort::FlowControl> flowControlFromName(const QString& name) {
    if (name == QLatin1String("none"))
        return QSerialPort::NoFlowControl;
    if (name == QLatin1String("hardware"))
        return QSerialPort::HardwareControl;
    if (name == QLatin1String("software"))
        return QSerialPort::SoftwareControl;
    return std::nullopt;
}

QString flowControlName(QSerialPort::FlowControl flow) {
    switch (flow) {
        case QSerialPort::NoFlowControl:
            return QStringLiteral("none");
        case QSerialPort::HardwareControl:
            return QStringLiteral("hardware");
        case QSerialPort::SoftwareControl:
            return QStringLiteral("software");
    }
    return {};
}

std::optional<QSerialPort::DataBits> dataBitsFromNumber(int bits) {
    switch (bits) {
        case 5:
            return QSerialPort::Data5;
        case 6:
            return QSerialPort::Data6;
        case 7:
            return QSerialPort::Data7;
        case 8:
            return QSerialPort::Data8;
        default:
            return std::nullopt;
    }
}

}  // namespace batch::devices
