#include "transport/InstrumentLink.h"

#include "instruments/Decimal.h"

namespace batch::devices {

std::optional<BalanceSettings> balanceSettingsFor(const instruments::Instrument& in,
                                                  QString* error) {
    const instruments::InstrumentConnection& c = in.connection;
    const auto protocol = balanceProtocolFromName(c.protocol);
    if (!protocol) {
        *error = c.protocol.isEmpty()
                     ? QStringLiteral("instrument %1 has no connection on file").arg(in.id)
                     : QStringLiteral("instrument %1: '%2' is not a serial balance protocol")
                           .arg(in.id, c.protocol);
        return std::nullopt;
    }
    const auto parity = parityFromName(c.parity);
    const auto stopBits = stopBitsFromName(c.stopBits);
    const auto flow = flowControlFromName(c.flowControl);
    const auto dataBits = dataBitsFromNumber(c.dataBits);
    if (!parity || !stopBits || !flow || !dataBits || c.baudRate <= 0 || c.port.isEmpty()) {
        *error = QStringLiteral("instrument %1: malformed line settings on file").arg(in.id);
        return std::nullopt;
    }
    BalanceSettings s;
    s.protocol = *protocol;
    s.serial.portName = c.port;
    s.serial.baudRate = c.baudRate;
    s.serial.dataBits = *dataBits;
    s.serial.parity = *parity;
    s.serial.stopBits = *stopBits;
    s.serial.flowControl = *flow;
    s.expectedSerialNumber = in.serialNumber;
    s.allowSimulator = in.simulated;
    return s;
}

std::optional<HidScaleWorker::Settings> hidSettingsFor(const instruments::Instrument& in,
                                                       QString* error) {
    const instruments::InstrumentConnection& c = in.connection;
    if (c.protocol != QLatin1String("hid-pos") || c.port.isEmpty()) {
        *error = QStringLiteral("instrument %1 is not a USB HID scale on file").arg(in.id);
        return std::nullopt;
    }
    HidScaleWorker::Settings s;
    s.path = c.port;
    s.backend = c.hidBackend == QLatin1String("hidapi") ? HidScaleWorker::Backend::Hidapi
                                                        : HidScaleWorker::Backend::Hidraw;
    s.expectedSerialNumber = in.serialNumber;
    return s;
}

exec::StepInput stepInputFrom(const QString& instrumentId, const BalanceAnswer& a) {
    const Reply& r = a.reply;
    const auto net = instruments::Decimal::parse(r.valueText);
    exec::StepInput in{net ? net->text() : r.valueText, r.unit, instrumentId,
                       QString::fromLatin1(r.raw), r.stable};
    in.instrumentSerial = a.serialNumber;
    in.readAtUtcMs = a.receivedUtcMs;
    if (a.tare && net) {
        if (const auto tare = instruments::Decimal::parse(a.tare->valueText)) {
            in.tare = tare->text();
            in.gross = (*net + *tare).text();
        }
    }
    return in;
}

}  // namespace batch::devices
