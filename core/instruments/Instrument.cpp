#include "instruments/Instrument.h"

#include "instruments/InstrumentText.h"

#include <QJsonValue>

namespace batch::instruments {

using detail::isoDate;
using detail::key;

QString instrumentStateName(InstrumentState state) {
    switch (state) {
        case InstrumentState::InService:
            return QStringLiteral("in_service");
        case InstrumentState::OutOfService:
            return QStringLiteral("out_of_service");
        case InstrumentState::Retired:
            return QStringLiteral("retired");
    }
    return {};
}

std::optional<InstrumentState> instrumentStateFromName(const QString& name) {
    for (const InstrumentState s :
         {InstrumentState::InService, InstrumentState::OutOfService, InstrumentState::Retired}) {
        if (instrumentStateName(s) == name)
            return s;
    }
    return std::nullopt;
}

QJsonObject InstrumentConnection::toJson() const {
    if (!isConnected())
        return {};
    QJsonObject o{{key("protocol"), protocol}, {key("port"), port}};
    if (protocol == QLatin1String("hid-pos")) {
        o.insert(key("hid_backend"), hidBackend);
    } else {
        o.insert(key("baud"), baudRate);
        o.insert(key("data_bits"), dataBits);
        o.insert(key("parity"), parity);
        o.insert(key("stop_bits"), stopBits);
        o.insert(key("flow_control"), flowControl);
    }
    return o;
}

InstrumentConnection InstrumentConnection::fromJson(const QJsonObject& o) {
    InstrumentConnection c;
    c.protocol = o.value(key("protocol")).toString();
    c.port = o.value(key("port")).toString();
    c.baudRate = o.value(key("baud")).toInt(9600);
    c.dataBits = o.value(key("data_bits")).toInt(8);
    c.parity = o.value(key("parity")).toString(QStringLiteral("none"));
    c.stopBits = o.value(key("stop_bits")).toString(QStringLiteral("1"));
    c.flowControl = o.value(key("flow_control")).toString(QStringLiteral("none"));
    c.hidBackend = o.value(key("hid_backend")).toString(QStringLiteral("hidraw"));
    return c;
}

QJsonObject Instrument::toJson() const {
    QJsonObject o{{key("instrument_id"), id},
                  {key("type"), type},
                  {key("model"), model},
                  {key("serial_number"), serialNumber},
                  {key("instrument_class"), instrumentClass},
                  {key("location"), location},
                  {key("unit"), unit},
                  {key("capacity"), capacity},
                  {key("readability"), readability},
                  {key("minimum_weight"), minimumWeight},
                  {key("calibrated_on"), isoDate(calibratedOn)},
                  {key("calibration_due"), isoDate(calibrationDue)},
                  {key("calibration_certificate"), calibrationCertificate},
                  {key("state"), instrumentStateName(state)},
                  {key("connection"), connection.toJson()},
                  {key("simulated"), simulated}};
    if (dailyCheck)
        o.insert(key("daily_check"),
                 QJsonObject{{key("date"), isoDate(dailyCheck->date)},
                             {key("result"),
                              dailyCheck->passed ? QStringLiteral("pass") : QStringLiteral("fail")},
                             {key("by"), dailyCheck->by},
                             {key("note"), dailyCheck->note},
                             {key("at"), dailyCheck->atUtc}});
    return o;
}

}  // namespace batch::instruments
