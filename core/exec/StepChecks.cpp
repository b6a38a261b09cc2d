// The checks of a step completion beyond the value itself: the master data behind a scan
// (lot status and expiry, equipment status), manual entry on an instrument step, the
// deviation an action limit needs, and the entry window (late_entry).
#include "exec/BatchEngine.h"

#include "exec/BatchEngineContext.h"

#include <algorithm>

namespace batch::exec {

using engine::key;
using K = ExecError::Kind;
using masterdata::EquipmentProblem;
using masterdata::MasterDataError;
using model::StepKind;

ExecError engine::refusalOf(const MasterDataError& error) {
    switch (error.kind()) {
        case MasterDataError::Kind::NotFound:
            return {K::NotFound, error.message()};
        case MasterDataError::Kind::NotUsable:
            return {K::NotUsable, error.message()};
        case MasterDataError::Kind::NotAuthorized:
            return {K::NotAuthorized, error.message()};
        case MasterDataError::Kind::WrongState:
        case MasterDataError::Kind::Conflict:
            return {K::WrongState, error.message()};
        case MasterDataError::Kind::Invalid:
        case MasterDataError::Kind::WrongMaterial:
        case MasterDataError::Kind::WrongClass:
            return {K::InvalidValue, error.message()};
    }
    return {K::InvalidValue, error.message()};
}

QJsonObject BatchEngine::checkMasterData(const Context& ctx, const model::Step& step,
                                         const QString& value, std::int64_t nowMs,
                                         QString* overrideId) const {
    try {
        if (step.kind == StepKind::MaterialScan) {
            const masterdata::MaterialLot lot =
                materials_.requireUsableLot(value, step.material, nowMs);
            return {{key("lot_id"), lot.lotId},
                    {key("material_code"), lot.materialCode},
                    {key("lot_status"), masterdata::lotStatusName(lot.status)},
                    {key("expiry_date"), lot.expiryDate},
                    {key("supplier"), lot.supplier},
                    {key("supplier_lot"), lot.supplierLot}};
        }
        if (step.kind != StepKind::EquipmentCheck)
            return {};
        const masterdata::EquipmentCheck check =
            equipment_.check(value, step.equipmentClass, ctx.batch.batchId, nowMs);
        if (!check.ok()) {
            // Only an expired clean hold time can be overridden, and only where the MBR
            // says so: dirty, uncalibrated or busy equipment is never used.
            const bool overridable =
                check.problem == EquipmentProblem::CleaningExpired && step.cleaningOverride;
            const OverrideEntry* o =
                overridable ? ctx.batch.overrideFor(step.id,
                                                    overrideKindName(OverrideKind::CleaningExpired))
                            : nullptr;
            if (!o || !o->approved())
                throw ExecError(K::NotUsable,
                                overridable
                                    ? check.message + QLatin1Char(' ') +
                                          tr("The MBR allows a supervisor's override for this "
                                             "step.")
                                    : check.message);
            *overrideId = o->id;
        }
        const masterdata::Equipment& e = check.equipment;
        return {{key("equipment_id"), e.id},
                {key("equipment_class"), e.equipmentClass},
                {key("clean_until_utc"), e.cleanUntilUtc},
                {key("calibrated_until"), e.calibratedUntil}};
    } catch (const MasterDataError& e) {
        throw engine::refusalOf(e);
    }
}

QString BatchEngine::checkManualEntry(const Context& ctx, const model::Step& step) const {
    switch (step.manualEntry) {
        case model::ManualEntry::Allowed:
            return {};
        case model::ManualEntry::Forbidden:
            throw ExecError(K::InvalidValue,
                            tr("Step %1 must be captured from the instrument; it cannot be "
                               "entered by hand.")
                                .arg(step.id));
        case model::ManualEntry::Override:
            break;
    }
    const OverrideEntry* o =
        ctx.batch.overrideFor(step.id, overrideKindName(OverrideKind::ManualEntry));
    if (!o || !o->approved())
        throw ExecError(K::OverrideRequired,
                        tr("Step %1 expects an instrument value; entering it by hand needs a "
                           "supervisor's override.")
                            .arg(step.id));
    return o->id;
}

const DeviationEntry* BatchEngine::requireDeviation(const Context& ctx, const model::Step& step,
                                                    const QString& limitMessage) const {
    if (const DeviationEntry* d = ctx.batch.deviationAllowing(step.id, step.supervisorContinuation))
        return d;
    if (!step.supervisorContinuation)
        throw ExecError(K::DeviationRequired,
                        limitMessage + QLatin1Char(' ') +
                            tr("Raise a deviation before the step can complete."));
    const DeviationEntry* raised = ctx.batch.latestDeviationOn(step.id);
    throw ExecError(K::DeviationRequired,
                    limitMessage + QLatin1Char(' ') +
                        (raised ? tr("Deviation %1 is raised; a supervisor must sign the "
                                     "continuation before the step can complete.")
                                      .arg(raised->id)
                                : tr("Raise a deviation and have a supervisor sign the "
                                     "continuation before the step can complete.")));
}

std::int64_t BatchEngine::currentSinceMs(const Context& ctx, const model::Step& step) const {
    const std::vector<model::StepLocation>& all = ctx.sequence.steps();
    const auto here = ctx.sequence.find(step.id);
    if (!here)
        return ctx.batch.startedMs;
    const auto doneMs = [&ctx](const model::StepLocation& l) {
        const StepState* s = ctx.batch.step(l.step->id);
        return s ? s->doneMs : 0;
    };
    if (here->phase > 0) {
        for (const model::StepLocation& l : all)
            if (l.unitProcedure == here->unitProcedure && l.operation == here->operation &&
                l.branch == here->branch && l.phase == here->phase - 1)
                return std::max(doneMs(l), ctx.batch.startedMs);
    }
    // The first step of an operation (or of one of its branches) became current when the
    // whole previous operation was complete.
    size_t first = 0;
    while (first < all.size() && !(all[first].unitProcedure == here->unitProcedure &&
                                   all[first].operation == here->operation))
        ++first;
    if (first == 0)
        return ctx.batch.startedMs;
    const model::StepLocation& previous = all[first - 1];
    std::int64_t latest = ctx.batch.startedMs;
    for (size_t i = first; i-- > 0;) {
        if (all[i].unitProcedure != previous.unitProcedure ||
            all[i].operation != previous.operation)
            break;
        latest = std::max(latest, doneMs(all[i]));
    }
    return latest;
}

QString BatchEngine::lateEntry(const Context& ctx, const model::Step& step, std::int64_t nowMs,
                               QJsonObject* extra) const {
    if (!model::takesEntryWindow(step.kind))
        return {};
    const std::int64_t window = step.entryWindowSeconds.value_or(ctx.batch.entryWindowSeconds);
    if (window <= 0)
        return {};
    const std::int64_t since = currentSinceMs(ctx, step);
    // Running time only: while the batch was on hold nobody could enter anything.
    const std::int64_t held = ctx.batch.heldMsBetween(since, nowMs);
    const std::int64_t elapsed = (nowMs - since - held) / 1000;
    if (elapsed <= window)
        return {};
    *extra = {{key("current_since_utc"), record::formatUtcMillis(since)},
              {key("elapsed_seconds"), static_cast<qint64>(elapsed)},
              {key("held_seconds"), static_cast<qint64>(held / 1000)},
              {key("window_seconds"), static_cast<qint64>(window)}};
    return tr("Step %1 was entered %2 s after it became current (%3), later than its entry "
              "window of %4 s.")
        .arg(step.id)
        .arg(elapsed)
        .arg(record::formatUtcMillis(since))
        .arg(window);
}

}  // namespace batch::exec
