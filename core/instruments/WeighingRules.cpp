#include "instruments/WeighingRules.h"

#include "instruments/Decimal.h"

#include <QCoreApplication>

namespace batch::instruments {
namespace {

QString tr(const char* text) {
    // lupdate files a tr() here under the enclosing class or namespace: look there first
    // (the old single context alone never found the translations).
    for (const char* context : {"batch::instruments", "WeighingRules"}) {
        const QString t = QCoreApplication::translate(context, text);
        if (t != QLatin1String(text))
            return t;
    }
    return QString::fromUtf8(text);
}

class Findings {
public:
    void add(WeighingProblem p, const QString& message) { verdict.findings.append({p, message}); }
    WeighingVerdict verdict;
};

void checkInstrument(const WeighingRequest& r, const Instrument& in, Findings& out) {
    if (in.state != InstrumentState::InService)
        out.add(WeighingProblem::NotInService,
                tr("Instrument %1 is %2, not in service.")
                    .arg(in.id, instrumentStateName(in.state).replace(QLatin1Char('_'),
                                                                      QLatin1Char(' '))));
    if (!in.calibrationDue.isValid())
        out.add(WeighingProblem::CalibrationMissing,
                tr("Instrument %1 has no calibration on file.").arg(in.id));
    else if (r.today > in.calibrationDue)
        out.add(WeighingProblem::CalibrationOverdue,
                tr("The calibration of %1 was due on %2; it is overdue.")
                    .arg(in.id, in.calibrationDue.toString(Qt::ISODate)));
    if (!in.dailyCheck || in.dailyCheck->date != r.today)
        out.add(WeighingProblem::DailyCheckMissing,
                tr("Instrument %1 has no daily check today (%2).")
                    .arg(in.id, r.today.toString(Qt::ISODate)));
    else if (!in.dailyCheck->passed)
        out.add(WeighingProblem::DailyCheckFailed,
                tr("Today's daily check of %1 failed; the instrument may not be used.").arg(in.id));
    if (!r.requiredClass.isEmpty() && in.instrumentClass != r.requiredClass)
        out.add(WeighingProblem::WrongInstrumentClass,
                tr("The step needs an instrument of class %1; %2 is of class %3.")
                    .arg(r.requiredClass, in.id, in.instrumentClass));
    if (!r.serialNumber.isEmpty() && r.serialNumber != in.serialNumber)
        out.add(WeighingProblem::SerialMismatch,
                tr("The instrument that answered has serial number %1; %2 is %3 on file.")
                    .arg(r.serialNumber, in.id, in.serialNumber));
    if (!r.unit.isEmpty() && !in.unit.isEmpty() && r.unit != in.unit)
        out.add(WeighingProblem::UnitMismatch,
                tr("The reading is in %1; %2 weighs in %3.").arg(r.unit, in.id, in.unit));
}

void checkReading(const WeighingRequest& r, bool balance, Findings& out) {
    if (r.stable.has_value() && !*r.stable)
        out.add(WeighingProblem::NotStable,
                tr("The reading is not stable; wait for a stable reading."));
    if (!r.readAtUtcMs) {
        if (balance)
            out.add(WeighingProblem::ReadingTimeMissing,
                    tr("A balance reading must come from the balance (no reading time)."));
        return;
    }
    const std::int64_t age = r.nowUtcMs - *r.readAtUtcMs;
    if (age > kMaxReadingAgeMs)
        out.add(WeighingProblem::ReadingTooOld,
                tr("The reading is %1 ms old; at most %2 ms are allowed.")
                    .arg(age)
                    .arg(kMaxReadingAgeMs));
    else if (age < -kMaxReadingAgeMs)
        out.add(WeighingProblem::ReadingFromTheFuture,
                tr("The reading is stamped %1 ms after now: not the station's clock.").arg(-age));
}

// Net, gross and tare of a balance reading, against each other and the balance's range.
void checkMasses(const WeighingRequest& r, const Instrument& in, Findings& out) {
    if (r.serialNumber.isEmpty())
        out.add(WeighingProblem::SerialMissing,
                tr("A balance reading must carry the serial number of the balance."));
    const auto net = Decimal::parse(r.net);
    if (!net) {
        out.add(WeighingProblem::MalformedValue,
                tr("\"%1\" is not a decimal net weight.").arg(r.net));
        return;
    }
    if (r.gross.isEmpty() || r.tare.isEmpty()) {
        out.add(WeighingProblem::TareMissing,
                tr("A balance reading must carry gross and tare as well as the net."));
    } else {
        const auto gross = Decimal::parse(r.gross);
        const auto tare = Decimal::parse(r.tare);
        if (!gross || !tare)
            out.add(WeighingProblem::MalformedValue,
                    tr("Gross \"%1\" or tare \"%2\" is not a decimal.").arg(r.gross, r.tare));
        else if (!(*gross - *tare == *net))
            out.add(WeighingProblem::NetNotGrossMinusTare,
                    tr("Net %1 is not gross %2 minus tare %3.").arg(r.net, r.gross, r.tare));
        else if (const auto capacity = Decimal::parse(in.capacity);
                 capacity && compare(*gross, *capacity) > 0)
            out.add(WeighingProblem::AboveCapacity,
                    tr("Gross %1 %2 exceeds the capacity of %3 (%4 %2).")
                        .arg(r.gross, in.unit, in.id, in.capacity));
    }
    if (const auto capacity = Decimal::parse(in.capacity);
        capacity && compare(*net, *capacity) > 0 &&
        !out.verdict.has(WeighingProblem::AboveCapacity))
        out.add(WeighingProblem::AboveCapacity, tr("Net %1 %2 exceeds the capacity of %3 (%4 %2).")
                                                    .arg(r.net, in.unit, in.id, in.capacity));
    if (const auto minimum = Decimal::parse(in.minimumWeight);
        minimum && compare(*net, *minimum) < 0)
        out.add(WeighingProblem::BelowMinimumWeight,
                tr("Net %1 %2 is below the minimum weight of %3 (%4 %2).")
                    .arg(r.net, in.unit, in.id, in.minimumWeight));
}

}  // namespace

QString weighingProblemName(WeighingProblem problem) {
    switch (problem) {
        case WeighingProblem::UnknownInstrument:
            return QStringLiteral("unknown_instrument");
        case WeighingProblem::NotInService:
            return QStringLiteral("not_in_service");
        case WeighingProblem::CalibrationMissing:
            return QStringLiteral("calibration_missing");
        case WeighingProblem::CalibrationOverdue:
            return QStringLiteral("calibration_overdue");
        case WeighingProblem::DailyCheckMissing:
            return QStringLiteral("daily_check_missing");
        case WeighingProblem::DailyCheckFailed:
            return QStringLiteral("daily_check_failed");
        case WeighingProblem::WrongInstrumentClass:
            return QStringLiteral("wrong_instrument_class");
        case WeighingProblem::SerialMissing:
            return QStringLiteral("serial_missing");
        case WeighingProblem::SerialMismatch:
            return QStringLiteral("serial_mismatch");
        case WeighingProblem::NotStable:
            return QStringLiteral("not_stable");
        case WeighingProblem::ReadingTimeMissing:
            return QStringLiteral("reading_time_missing");
        case WeighingProblem::ReadingTooOld:
            return QStringLiteral("reading_too_old");
        case WeighingProblem::ReadingFromTheFuture:
            return QStringLiteral("reading_from_the_future");
        case WeighingProblem::UnitMismatch:
            return QStringLiteral("unit_mismatch");
        case WeighingProblem::MalformedValue:
            return QStringLiteral("malformed_value");
        case WeighingProblem::TareMissing:
            return QStringLiteral("tare_missing");
        case WeighingProblem::NetNotGrossMinusTare:
            return QStringLiteral("net_not_gross_minus_tare");
        case WeighingProblem::BelowMinimumWeight:
            return QStringLiteral("below_minimum_weight");
        case WeighingProblem::AboveCapacity:
            return QStringLiteral("above_capacity");
    }
    return {};
}

bool WeighingVerdict::has(WeighingProblem p) const {
    for (const WeighingFinding& f : findings) {
        if (f.problem == p)
            return true;
    }
    return false;
}

QString WeighingVerdict::message() const {
    QStringList parts;
    for (const WeighingFinding& f : findings) parts.append(f.message);
    return parts.join(QLatin1Char(' '));
}

WeighingVerdict evaluateWeighing(const WeighingRequest& r) {
    Findings out;
    if (!r.instrument) {
        out.add(WeighingProblem::UnknownInstrument,
                tr("Instrument %1 is not in the instrument master.").arg(r.instrumentId));
        checkReading(r, false, out);
        return out.verdict;
    }
    const Instrument& in = *r.instrument;
    checkInstrument(r, in, out);
    checkReading(r, in.weighs(), out);
    if (in.weighs())
        checkMasses(r, in, out);
    return out.verdict;
}

}  // namespace batch::instruments
