#pragma once

#include "instruments/Instrument.h"

#include <QJsonObject>
#include <QString>

namespace batch::instruments {

// The instrument master as central master data (sync kind "instrument", docs/sync.md
// §Master data). The central document carries what the site decides about an instrument:
// identity, metrology, calibration and state. The connection (which port at which
// station), the daily checks (done at the balance) and the simulator flag belong to the
// station and never travel.
inline const QString kCentralInstrumentKind = QStringLiteral("instrument");
QJsonObject centralInstrumentDocument(const Instrument& instrument);
// Reads a central document strictly: every field present with its type, no unknown
// field (a newer central schema is refused, not half-applied). Throws InstrumentError
// (Invalid) naming the field.
Instrument instrumentFromCentralDocument(const QJsonObject& doc);

}  // namespace batch::instruments
