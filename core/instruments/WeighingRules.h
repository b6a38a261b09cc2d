#pragma once

#include "instruments/Instrument.h"

#include <QDate>
#include <QList>
#include <QString>

#include <cstdint>
#include <optional>

namespace batch::instruments {

// A reading older than this is never recorded: the weight on the pan may have changed.
constexpr std::int64_t kMaxReadingAgeMs = 1000;

// Why a weighing (or an instrument value) cannot be recorded. Stable names in the record.
enum class WeighingProblem {
    UnknownInstrument,     // not in the instrument master
    NotInService,          // out of service or retired
    CalibrationMissing,    // no calibration due date on file
    CalibrationOverdue,    // today is after the calibration due date
    DailyCheckMissing,     // no passed daily check today
    DailyCheckFailed,      // today's daily check failed
    WrongInstrumentClass,  // the step asks for another class
    SerialMissing,         // a balance reading without the serial number of the balance
    SerialMismatch,        // the balance that answered is not the one on file
    NotStable,             // the reading is dynamic
    ReadingTimeMissing,    // a balance reading without the time it was taken
    ReadingTooOld,         // older than kMaxReadingAgeMs
    ReadingFromTheFuture,  // stamped later than now (another clock)
    UnitMismatch,          // not the instrument's unit
    MalformedValue,        // net, gross or tare is not a decimal
    TareMissing,           // a balance reading without gross and tare
    NetNotGrossMinusTare,  // the three do not add up
    BelowMinimumWeight,    // net below the instrument's minimum weight
    AboveCapacity,         // net or gross above the capacity
};
QString weighingProblemName(WeighingProblem problem);  // "calibration_overdue", ...

// What is to be recorded, with everything the rules look at. The caller fills it from
// the step, the instrument master and the reading; nothing here touches a clock or a
// database, so the engine (which records) and the HMI (which enables the capture
// button) reach the same verdict from the same inputs.
struct WeighingRequest {
    QString instrumentId;
    const Instrument* instrument = nullptr;  // from the master; null when unknown
    QString requiredClass;                   // the step's instrumentClass; empty: any
    // The reading.
    QString net;    // decimal text as the instrument sent it (the value)
    QString gross;  // balances: net + tare
    QString tare;
    QString unit;
    std::optional<bool> stable;
    QString serialNumber;                     // reported by the instrument on connect
    std::optional<std::int64_t> readAtUtcMs;  // when its frame was received
    // The moment of the decision, on the station's clock.
    std::int64_t nowUtcMs = 0;
    QDate today;  // the station's local date at nowUtcMs
};

struct WeighingFinding {
    WeighingProblem problem;
    QString message;  // translated, for the operator and the record
};

struct WeighingVerdict {
    QList<WeighingFinding> findings;  // empty: the weighing may be recorded
    bool accepted() const { return findings.isEmpty(); }
    bool has(WeighingProblem p) const;
    QString message() const;  // every finding, one sentence each
};

// The weighing rules (issue 4): refused when the instrument is unknown or not in
// service, its calibration is overdue, today's daily check is missing or failed, the
// step needs another instrument class, the serial number does not match, the reading
// is not stable or older than 1 s, or - for balances - the net is below the minimum
// weight or net or gross above the capacity, or net, gross and tare do not add up
// (net = gross - tare). Every problem is reported, not only the first.
WeighingVerdict evaluateWeighing(const WeighingRequest& request);

}  // namespace batch::instruments
