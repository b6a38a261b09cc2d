// The weigh path of BatchEngine (WeighPath.h): the weighing rules applied when an
// instrument value completes a step, the instrument data it is recorded with, and the
// side-effect-free question the HMI asks before enabling its capture button.
#include "exec/WeighPath.h"

#include "exec/BatchEngine.h"
#include "exec/BatchEngineContext.h"
#include "instruments/Decimal.h"

namespace batch::exec {

using engine::key;
using K = ExecError::Kind;

StepInput recordedReading(const model::Step& step, const StepInput& input) {
    if (!input.fromInstrument())
        return input;
    const auto net = instruments::Decimal::parse(input.value);
    if (!net || net->decimals <= step.decimals)
        return input;
    StepInput rounded = input;
    rounded.value = net->rounded(step.decimals).text();
    return rounded;
}

instruments::WeighingRequest weighingRequest(const model::Step& step, const StepInput& input,
                                             const instruments::Instrument* instrument,
                                             std::int64_t nowUtcMs) {
    instruments::WeighingRequest r;
    r.instrumentId = input.instrumentId;
    r.instrument = instrument;
    r.requiredClass = step.instrumentClass;
    r.net = input.value;
    r.gross = input.gross;
    r.tare = input.tare;
    r.unit = input.unit;
    r.stable = input.stable;
    r.serialNumber = input.instrumentSerial;
    r.readAtUtcMs = input.readAtUtcMs;
    r.nowUtcMs = nowUtcMs;
    r.today = instruments::InstrumentRegistry::localDate(nowUtcMs);
    return r;
}

instruments::WeighingVerdict BatchEngine::evaluateReading(const model::Step& step,
                                                          const StepInput& input) const {
    const std::optional<instruments::Instrument> instrument =
        instruments_ ? instruments_->find(input.instrumentId) : std::nullopt;
    return instruments::evaluateWeighing(
        weighingRequest(step, input, instrument ? &*instrument : nullptr, journal_.nowMs()));
}

void BatchEngine::requireReadingAccepted(const model::Step& step, const StepInput& input) const {
    const instruments::WeighingVerdict verdict = evaluateReading(step, input);
    if (verdict.accepted())
        return;
    // A dynamic reading keeps the refusal kind operators (and scripts) know: "unstable".
    const bool onlyUnstable =
        verdict.findings.size() == 1 && verdict.has(instruments::WeighingProblem::NotStable);
    throw ExecError(onlyUnstable ? K::Unstable : K::InstrumentRefused,
                    tr("Step %1: %2").arg(step.id, verdict.message()));
}

void BatchEngine::addInstrumentFields(QJsonObject& payload, const StepInput& input) const {
    payload.insert(key("instrument_id"), input.instrumentId);
    payload.insert(key("raw_frame"), input.rawFrame);
    payload.insert(key("stable"), input.stable.value_or(false));
    if (!input.instrumentSerial.isEmpty())
        payload.insert(key("instrument_serial"), input.instrumentSerial);
    if (!input.gross.isEmpty()) {
        // As the balance sent them: net = gross - tare (checked by the weighing rules).
        payload.insert(key("net"), input.value);
        payload.insert(key("gross"), input.gross);
        payload.insert(key("tare"), input.tare);
    }
    if (input.readAtUtcMs)
        payload.insert(key("reading_utc"), record::formatUtcMillis(*input.readAtUtcMs));
    if (!instruments_)
        return;
    if (const auto in = instruments_->find(input.instrumentId)) {
        payload.insert(key("instrument_class"), in->instrumentClass);
        payload.insert(key("calibration_due"), in->calibrationDue.toString(Qt::ISODate));
        if (in->dailyCheck)
            payload.insert(key("daily_check"), in->dailyCheck->date.toString(Qt::ISODate));
        if (in->simulated)
            payload.insert(key("simulated"), true);  // a demo or test balance, never hidden
    }
}

ReadingCheck BatchEngine::checkInstrumentReading(const security::User& actor,
                                                 const QString& batchId, const QString& stepId,
                                                 const StepInput& input) {
    ReadingCheck out;
    try {
        Context ctx = context(batchId);
        requireActive(ctx.batch);
        requirePermission(actor, security::Permission::ExecuteSteps,
                          security::Permission::ExecuteSteps);
        const model::Step& step = requireStep(ctx, stepId);
        requireInSequence(ctx, step);
        out.weighing = evaluateReading(step, input);
        const CheckedValue checked =
            checkValue(ctx.mbr, step, ctx.batch, recordedReading(step, input));
        out.value = checked.value;
        out.unit = checked.unit;
        out.limit = checked.limit;
        out.limitText = checked.limitText;
        if (checked.source != QLatin1String("instrument"))
            throw ExecError(K::InvalidValue,
                            tr("Step %1: this is not an instrument reading.").arg(stepId));
        requireReadingAccepted(step, input);
        if (checked.limit == LimitLevel::Action)
            requireDeviation(ctx, step,
                             tr("Step %1: %2 %3 is outside the action limits (%4).")
                                 .arg(stepId, checked.value, checked.unit, checked.limitText));
        out.accepted = true;
    } catch (const ExecError& e) {
        out.refusal = e;
    }
    return out;
}

}  // namespace batch::exec
