#include "instruments/CentralInstrument.h"

#include "instruments/InstrumentText.h"
#include "record/Event.h"

#include <QJsonValue>

#include <algorithm>
#include <array>

namespace batch::instruments {
namespace {

using detail::key;
using detail::tr;
using K = InstrumentError::Kind;

// The fields of a central instrument document, all texts (dates ISO, decimals as text).
constexpr std::array<const char*, 14> kCentralFields{"instrument_id",
                                                     "type",
                                                     "model",
                                                     "serial_number",
                                                     "instrument_class",
                                                     "location",
                                                     "unit",
                                                     "capacity",
                                                     "readability",
                                                     "minimum_weight",
                                                     "calibrated_on",
                                                     "calibration_due",
                                                     "calibration_certificate",
                                                     "state"};

QDate centralDate(const QJsonObject& doc, const char* field) {
    const QString text = doc.value(key(field)).toString();
    if (text.isEmpty())
        return {};
    const std::optional<QDate> d = record::parseIsoDate(text);
    if (!d)
        throw InstrumentError(K::Invalid, tr("Field %1 is not a date (YYYY-MM-DD): \"%2\".")
                                              .arg(QString::fromLatin1(field), text.left(40)));
    return *d;
}

}  // namespace

QJsonObject centralInstrumentDocument(const Instrument& in) {
    QJsonObject all = in.toJson();
    QJsonObject out;
    for (const char* field : kCentralFields) out.insert(key(field), all.value(key(field)));
    return out;
}

Instrument instrumentFromCentralDocument(const QJsonObject& doc) {
    for (auto it = doc.begin(); it != doc.end(); ++it) {
        const QByteArray name = it.key().toUtf8();
        if (std::find_if(kCentralFields.begin(), kCentralFields.end(),
                         [&](const char* f) { return name == f; }) == kCentralFields.end())
            throw InstrumentError(K::Invalid, tr("Field %1 is not part of an instrument "
                                                 "document.")
                                                  .arg(it.key().left(64)));
    }
    for (const char* field : kCentralFields) {
        const QJsonValue v = doc.value(key(field));
        if (!v.isString())
            throw InstrumentError(
                K::Invalid,
                tr("Field %1 is missing or not a text.").arg(QString::fromLatin1(field)));
    }
    const auto text = [&](const char* field) { return doc.value(key(field)).toString(); };
    Instrument in;
    in.id = text("instrument_id");
    in.type = text("type");
    in.model = text("model");
    in.serialNumber = text("serial_number");
    in.instrumentClass = text("instrument_class");
    in.location = text("location");
    in.unit = text("unit");
    in.capacity = text("capacity");
    in.readability = text("readability");
    in.minimumWeight = text("minimum_weight");
    in.calibratedOn = centralDate(doc, "calibrated_on");
    in.calibrationDue = centralDate(doc, "calibration_due");
    in.calibrationCertificate = text("calibration_certificate");
    const auto state = instrumentStateFromName(text("state"));
    if (!state)
        throw InstrumentError(K::Invalid, tr("Field state is in_service, out_of_service or "
                                             "retired, not \"%1\".")
                                              .arg(text("state").left(40)));
    in.state = *state;
    validateInstrument(in);
    return in;
}

}  // namespace batch::instruments
