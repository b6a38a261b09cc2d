#include "instruments/Decimal.h"
#include "instruments/Instrument.h"
#include "instruments/InstrumentText.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QStringList>

namespace batch::instruments {

namespace detail {

QString tr(const char* text) {
    for (const char* context :
         {"batch::instruments::InstrumentRegistry", "batch::instruments", "InstrumentRegistry"}) {
        const QString t = QCoreApplication::translate(context, text);
        if (t != QLatin1String(text))
            return t;
    }
    return QString::fromUtf8(text);
}

}  // namespace detail

using detail::tr;
using K = InstrumentError::Kind;

[[noreturn]] void invalidInstrument(const QString& id, const QString& why) {
    throw InstrumentError(K::Invalid, tr("Instrument %1: %2").arg(id, why));
}

void requireInstrumentText(const QString& id, const QString& value, const QString& what,
                           int maxLength) {
    if (value.trimmed().isEmpty())
        invalidInstrument(id, tr("%1 is required.").arg(what));
    if (value.size() > maxLength)
        invalidInstrument(id, tr("%1 is longer than %2 characters.").arg(what).arg(maxLength));
}

namespace {

void requireDecimal(const QString& id, const QString& value, const QString& what, bool positive) {
    const auto d = Decimal::parse(value);
    if (!d || d->isNegative() || (positive && d->scaled == 0))
        invalidInstrument(id,
                          tr("%1 must be a %2 decimal number, not \"%3\".")
                              .arg(what, positive ? tr("positive") : tr("non-negative"), value));
}

}  // namespace

void validateInstrument(const Instrument& in) {
    static const QRegularExpression kId(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$"));
    static const QRegularExpression kType(QStringLiteral("^[a-z][a-z0-9_]{0,31}$"));
    if (!kId.match(in.id).hasMatch())
        throw InstrumentError(K::Invalid,
                              tr("\"%1\" is not a valid instrument id (letters, digits, . _ -; "
                                 "at most 64).")
                                  .arg(in.id));
    if (!kType.match(in.type).hasMatch())
        invalidInstrument(in.id,
                          tr("the type must be a lower-case word such as balance or ph_meter, "
                             "not \"%1\".")
                              .arg(in.type));
    requireInstrumentText(in.id, in.model, tr("The model"), 100);
    requireInstrumentText(in.id, in.serialNumber, tr("The serial number"), 64);
    requireInstrumentText(in.id, in.instrumentClass, tr("The instrument class"), 64);
    requireInstrumentText(in.id, in.location, tr("The location"), 100);
    if (in.weighs()) {
        requireInstrumentText(in.id, in.unit, tr("The unit"), 5);
        requireDecimal(in.id, in.capacity, tr("The capacity"), true);
        requireDecimal(in.id, in.readability, tr("The readability"), true);
        requireDecimal(in.id, in.minimumWeight.isEmpty() ? QStringLiteral("0") : in.minimumWeight,
                       tr("The minimum weight"), false);
        if (compare(*Decimal::parse(in.readability), *Decimal::parse(in.capacity)) > 0)
            invalidInstrument(in.id, tr("the readability is larger than the capacity."));
    }
    if (in.calibratedOn.isValid() && in.calibrationDue.isValid() &&
        in.calibrationDue < in.calibratedOn)
        invalidInstrument(in.id, tr("the calibration is due before it was done."));
    const InstrumentConnection& c = in.connection;
    static const QStringList kProtocols{QStringLiteral("mt-sics"), QStringLiteral("sbi"),
                                        QStringLiteral("and"), QStringLiteral("hid-pos")};
    if (c.isConnected()) {
        if (!kProtocols.contains(c.protocol))
            invalidInstrument(
                in.id, tr("unknown protocol \"%1\" (mt-sics, sbi, and, hid-pos).").arg(c.protocol));
        requireInstrumentText(in.id, c.port, tr("The port"), 256);
        if (c.protocol == QLatin1String("hid-pos") && c.hidBackend != QLatin1String("hidraw") &&
            c.hidBackend != QLatin1String("hidapi"))
            invalidInstrument(
                in.id, tr("the HID backend is hidraw or hidapi, not \"%1\".").arg(c.hidBackend));
    }
}

}  // namespace batch::instruments
