#pragma once
// Test set-up for the instrument master: an instrument that the weighing rules accept
// today (registered, calibrated for a year, a passed daily check by `checker`).
#include "instruments/InstrumentRegistry.h"
#include "security/Users.h"

#include <QString>

namespace batch::testsupport {

inline void registerCheckedInstrument(instruments::InstrumentRegistry& master,
                                      const security::User& admin,
                                      const security::User& checker, const QString& id,
                                      const QString& type, const QString& serial,
                                      const QString& instrumentClass) {
    instruments::Instrument in;
    in.id = id;
    in.type = type;
    in.model = QStringLiteral("Test ") + type;
    in.serialNumber = serial;
    in.instrumentClass = instrumentClass;
    in.location = QStringLiteral("Room 1");
    if (type == QLatin1String("balance")) {
        in.unit = QStringLiteral("kg");
        in.capacity = QStringLiteral("300");
        in.readability = QStringLiteral("0.01");
        in.minimumWeight = QStringLiteral("1");
    }
    master.registerInstrument(admin, in, QStringLiteral("test set-up"));
    const QDate today = master.today();
    master.recordCalibration(admin, id, today, today.addYears(1), QStringLiteral("CAL-1"),
                             QStringLiteral("test set-up"));
    master.recordDailyCheck(checker, id, true, QStringLiteral("check standard: in tolerance"));
}

}  // namespace batch::testsupport
