#pragma once
// Test set-up for the instrument master: an instrument that the weighing rules accept
// today (registered, calibrated for a year, a passed daily check by `checker`), marked
// simulated when it is one.
#include "exec/ValueCheck.h"
#include "instruments/Decimal.h"
#include "instruments/InstrumentRegistry.h"
#include "security/Users.h"

#include <QString>

namespace batch::testsupport {

inline void registerCheckedInstrument(instruments::InstrumentRegistry& master,
                                      const security::User& admin, const security::User& checker,
                                      const QString& id, const QString& type, const QString& serial,
                                      const QString& instrumentClass, bool simulated = false) {
    instruments::Instrument in;
    in.id = id;
    in.type = type;
    in.model = QStringLiteral("Test ") + type;
    in.serialNumber = serial;
    in.instrumentClass = instrumentClass;
    in.location = QStringLiteral("Room 1");
    in.simulated = simulated;  // a simulator (demo mode, tests): every reading says so
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

// A live balance reading as the weigh path receives it from a connected balance: the net
// `value` in kg on a container of `tare` kg (gross = net + tare), the serial number the
// balance reported, the raw frame, stamped `readAtUtcMs` (the station clock's now).
inline exec::StepInput liveBalanceReading(const QString& value, const QString& instrumentId,
                                          const QString& serial, std::int64_t readAtUtcMs,
                                          bool stable = true,
                                          const QString& tare = QStringLiteral("1.25")) {
    exec::StepInput in{value, QStringLiteral("kg"), instrumentId,
                       QStringLiteral("S S %1 kg").arg(value), stable};
    in.tare = tare;
    if (const auto net = instruments::Decimal::parse(value))
        if (const auto t = instruments::Decimal::parse(tare))
            in.gross = (*net + *t).text();
    in.instrumentSerial = serial;
    in.readAtUtcMs = readAtUtcMs;
    return in;
}

}  // namespace batch::testsupport
