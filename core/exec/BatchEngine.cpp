#include "exec/BatchEngine.h"

#include "exec/BatchEngineContext.h"
#include "exec/Calculator.h"
#include "exec/ExecSettings.h"
#include "model/Scaling.h"

#include <QJsonArray>
#include <QRegularExpression>

#include <spdlog/spdlog.h>

namespace batch::exec {

using engine::key;
using K = ExecError::Kind;
using model::StepKind;
using security::Permission;

BatchEngine::BatchEngine(record::Journal& journal, security::UserService& users,
                         security::SignatureService& signatures, model::MbrRepository& mbrs,
                         masterdata::MaterialRepository& materials,
                         masterdata::EquipmentRepository& equipment,
                         const instruments::InstrumentRegistry* instruments)
    : journal_(journal),
      users_(users),
      signatures_(signatures),
      mbrs_(mbrs),
      materials_(materials),
      equipment_(equipment),
      instruments_(instruments),
      log_(journal) {}

masterdata::Append BatchEngine::batchAppender(record::RecordTransaction& txn,
                                              const QString& batchId) {
    return
        [this, &txn, batchId](const record::NewEvent& e) { return log_.append(txn, batchId, e); };
}

BatchEngine::~BatchEngine() = default;

const BatchProjection& BatchEngine::projection(const QString& batchId) {
    if (!projections_.contains(batchId) && !log_.exists(batchId))
        throw ExecError(K::NotFound, tr("There is no batch %1.").arg(batchId));
    BatchProjection& p = projections_[batchId];
    log_.refresh(batchId, p);
    return p;
}

void BatchEngine::afterCommit(const QString& batchId) {
    if (auto it = projections_.find(batchId); it != projections_.end())
        log_.refresh(batchId, it->second);
}

const model::MasterBatchRecord& BatchEngine::mbrOf(const QString& batchId) {
    return context(batchId).mbr;
}

BatchEngine::Context BatchEngine::context(const QString& batchId) {
    BatchProjection& batch = const_cast<BatchProjection&>(projection(batchId));
    const QString cacheKey =
        batch.mbrId + QLatin1Char('|') + batch.mbrVersion + QLatin1Char('|') + batch.contentHash;
    std::shared_ptr<Bound>& bound = mbrCache_[cacheKey];
    if (!bound) {
        model::LoadedMbr loaded = mbrs_.load(batch.mbrId, batch.mbrVersion);
        // The batch runs the exact content it was started with, or not at all.
        if (loaded.contentHash != batch.contentHash)
            throw ExecError(K::WrongState,
                            tr("MBR %1 version %2 no longer matches the content hash bound to "
                               "batch %3.")
                                .arg(batch.mbrId, batch.mbrVersion, batchId));
        bound = std::make_shared<Bound>(std::move(loaded));
    }
    return {batch, bound->mbr, bound->sequence};
}

void BatchEngine::requireActive(const BatchProjection& batch) const {
    if (batch.status == BatchStatus::OnHold)
        throw ExecError(
            K::WrongState,
            tr("Batch %1 is on hold (%2); resume it first.").arg(batch.batchId, batch.holdReason));
    if (batch.status == BatchStatus::Finished)
        throw ExecError(K::WrongState, tr("Batch %1 is finished.").arg(batch.batchId));
}

void BatchEngine::requireOpenRecord(const QString& batchId) {
    // Once QA has decided on a batch its record is closed, whatever the action: nothing
    // may be added to what was released, rejected or quarantined.
    if (!projections_.contains(batchId) && !log_.exists(batchId))
        return;
    const BatchProjection& batch = projection(batchId);
    if (batch.dispositioned())
        throw ExecError(
            K::WrongState,
            tr("Batch %1 was dispositioned (%2) by %3 at %4; its record is closed.")
                .arg(batchId, batch.disposition, batch.dispositionedBy, batch.dispositionedUtc));
}

void BatchEngine::requirePermission(const security::User& actor, Permission a, Permission b) const {
    if (!actor.has(a) && !actor.has(b))
        throw ExecError(K::NotAuthorized, tr("User %1 (roles: %2) may not do this (needs %3).")
                                              .arg(actor.id, security::joinRoles(actor.roles),
                                                   security::permissionName(a)));
}

const model::Step& BatchEngine::requireStep(const Context& ctx, const QString& stepId) const {
    const model::Step* step = ctx.mbr.step(stepId);
    if (!step)
        throw ExecError(K::NotFound, tr("MBR %1 has no step %2.").arg(ctx.mbr.mbrId, stepId));
    return *step;
}

void BatchEngine::requireInSequence(const Context& ctx, const model::Step& step) const {
    const StepState* state = ctx.batch.step(step.id);
    if (state && state->state == StepState::State::Completed)
        throw ExecError(
            K::OutOfSequence,
            tr("Step %1 is already completed; use a correction to change its value.").arg(step.id));
    const QString why = ctx.sequence.refusal(step.id, ctx.batch.completed);
    if (!why.isEmpty())
        throw ExecError(K::OutOfSequence, why);
}

void BatchEngine::guarded(const QString& batchId, const QString& stepId, const QString& userId,
                          const QString& action, const std::function<void()>& body) {
    refusalExtras_.clear();
    try {
        requireOpenRecord(batchId);
        body();
    } catch (const ExecError& e) {
        recordRefusal(batchId, stepId, userId, action, e);
        throw;
    }
}

void BatchEngine::recordRefusal(const QString& batchId, const QString& stepId,
                                const QString& userId, const QString& action,
                                const ExecError& error) {
    const bool known = log_.exists(batchId);
    record::RecordTransaction txn(journal_);
    auto append = [&](const record::NewEvent& e) {
        if (known)
            log_.append(txn, batchId, e);
        else
            txn.append(e);
    };
    for (const record::NewEvent& e : refusalExtras_) append(e);
    QJsonObject payload{{key("batch_id"), batchId},
                        {key("action"), action},
                        {key("refusal"), execErrorKindName(error.kind())},
                        {key("message"), error.message()},
                        {key("exception_type"), exceptionTypeName(ExceptionType::RefusedAction)}};
    if (!stepId.isEmpty())
        payload.insert(key("step_id"), stepId);
    append({types::kActionRefused, userId, payload});
    txn.commit();
    refusalExtras_.clear();
    afterCommit(batchId);
    engine::log()->info("batch {}: {} by {} refused: {}", batchId.toStdString(),
                        action.toStdString(), userId.toStdString(), error.message().toStdString());
}

QString BatchEngine::checkClock(record::RecordTransaction& txn, const BatchProjection& batch,
                                const QString& userId, const QString& stepId) {
    const QString now = record::formatUtcMillis(txn.nowMs());
    if (batch.lastTsUtc.isEmpty() || now >= batch.lastTsUtc)
        return {};
    const QString message =
        tr("The station clock (%1) is behind the newest event of batch %2 (%3).")
            .arg(now, batch.batchId, batch.lastTsUtc);
    appendException(txn, batch.batchId, types::kClockWentBackwards, userId,
                    ExceptionType::ClockWentBackwards, stepId, message,
                    {{key("clock_utc"), now}, {key("last_event_utc"), batch.lastTsUtc}});
    engine::log()->warn("{}", message.toStdString());
    return message;
}

record::EventRecord BatchEngine::appendException(record::RecordTransaction& txn,
                                                 const QString& batchId, const QString& eventType,
                                                 const QString& userId, ExceptionType type,
                                                 const QString& stepId, const QString& message,
                                                 QJsonObject extra) {
    extra.insert(key("batch_id"), batchId);
    extra.insert(key("exception_type"), exceptionTypeName(type));
    extra.insert(key("message"), message);
    if (!stepId.isEmpty())
        extra.insert(key("step_id"), stepId);
    return log_.append(txn, batchId, {eventType, userId, extra});
}

void BatchEngine::finishIfComplete(record::RecordTransaction& txn, const Context& ctx,
                                   const QString& userId, const QString& lastStepId,
                                   bool* finished) {
    QSet<QString> done = ctx.batch.completed;
    done.insert(lastStepId);
    *finished = ctx.sequence.finished(done);
    if (!*finished)
        return;
    log_.append(txn, ctx.batch.batchId,
                {types::kBatchFinished,
                 userId,
                 {{key("batch_id"), ctx.batch.batchId},
                  {key("steps"), static_cast<qint64>(ctx.sequence.steps().size())}}});
    log_.setStatus(txn, ctx.batch.batchId, batchStatusName(BatchStatus::Finished));
    // The batch is done with its equipment: free it, dirty, in the same commit.
    equipment_.releaseBatch(txn, batchAppender(txn, ctx.batch.batchId), ctx.batch.batchId, userId,
                            tr("batch %1 finished").arg(ctx.batch.batchId));
}

QString BatchEngine::previousPerformer(const Context& ctx, const model::Step& step) const {
    const auto here = ctx.sequence.find(step.id);
    if (here && here->phase > 0) {
        for (const model::StepLocation& l : ctx.sequence.steps()) {
            if (l.unitProcedure == here->unitProcedure && l.operation == here->operation &&
                l.branch == here->branch && l.phase == here->phase - 1) {
                const StepState* s = ctx.batch.step(l.step->id);
                return s ? s->performerId : QString();
            }
        }
    }
    if (ctx.batch.completionOrder.isEmpty())
        return {};
    const StepState* last = ctx.batch.step(ctx.batch.completionOrder.last());
    return last ? last->performerId : QString();
}

BatchProjection BatchEngine::start(const security::User& actor, const QString& batchId,
                                   const QString& mbrId, const QString& batchSize) {
    guarded(batchId, {}, actor.id, QStringLiteral("start"), [&] {
        requirePermission(actor, Permission::ExecuteSteps, Permission::ExecuteSteps);
        static const QRegularExpression kId(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$"));
        if (!kId.match(batchId).hasMatch())
            throw ExecError(K::InvalidValue,
                            tr("\"%1\" is not a valid batch id (letters, digits, . _ -; at most "
                               "64).")
                                .arg(batchId));
        if (log_.exists(batchId))
            throw ExecError(K::Conflict, tr("Batch id %1 is already used.").arg(batchId));
        model::LoadedMbr loaded;
        try {
            loaded = mbrs_.effectiveMbr(mbrId);
        } catch (const model::MbrError& e) {
            throw ExecError(K::WrongState, e.message());
        }
        static const QRegularExpression kSize(QStringLiteral("^[0-9]{1,9}(\\.[0-9]{1,6})?$"));
        const double size = batchSize.toDouble();
        if (!kSize.match(batchSize).hasMatch() || size <= 0)
            throw ExecError(
                K::InvalidValue,
                tr("The batch size must be a positive decimal number, not \"%1\".").arg(batchSize));
        QJsonArray targets;
        QString theoretical;
        try {
            for (const model::ScaledWeigh& w : model::scaleWeighSteps(loaded.mbr, size))
                targets.append(QJsonObject{{key("step_id"), w.stepId},
                                           {key("material"), w.material},
                                           {key("unit"), w.unit},
                                           {key("target"), w.target},
                                           {key("low"), w.low},
                                           {key("high"), w.high}});
            theoretical = model::roundDecimal(model::scaledTheoreticalYield(loaded.mbr, size), 3);
        } catch (const model::ScalingError& e) {
            throw ExecError(K::InvalidValue, e.message());
        }
        const std::int64_t entryWindow = ExecSettings(journal_).entryWindowSeconds();
        record::RecordTransaction txn(journal_);
        const QString now = record::formatUtcMillis(txn.nowMs());
        log_.insertBatch(
            txn, {batchId, loaded.info.mbrId, loaded.info.version, batchSize,
                  loaded.mbr.batchSize.unit, batchStatusName(BatchStatus::Running), actor.id, now});
        log_.append(txn, batchId,
                    {types::kBatchStarted,
                     actor.id,
                     {{key("batch_id"), batchId},
                      {key("mbr_id"), loaded.info.mbrId},
                      {key("mbr_version"), loaded.info.version},
                      {key("content_hash"), loaded.contentHash},
                      {key("product_code"), loaded.mbr.productCode},
                      {key("batch_size"), batchSize},
                      {key("batch_unit"), loaded.mbr.batchSize.unit},
                      {key("theoretical_yield"), theoretical},
                      {key("yield_unit"), loaded.mbr.theoreticalYield.unit},
                      {key("entry_window_seconds"), static_cast<qint64>(entryWindow)},
                      {key("weigh_targets"), targets}}});
        txn.commit();
        engine::log()->info("batch {} started from {} {} by {}", batchId.toStdString(),
                            mbrId.toStdString(), loaded.info.version.toStdString(),
                            actor.id.toStdString());
    });
    return projection(batchId);
}

void BatchEngine::startStep(const security::User& actor, const QString& batchId,
                            const QString& stepId) {
    guarded(batchId, stepId, actor.id, QStringLiteral("start_step"), [&] {
        Context ctx = context(batchId);
        requireActive(ctx.batch);
        requirePermission(actor, Permission::ExecuteSteps, Permission::ExecuteSteps);
        const model::Step& step = requireStep(ctx, stepId);
        requireInSequence(ctx, step);
        if (step.kind != StepKind::Timer)
            throw ExecError(K::InvalidValue,
                            tr("Step %1 is not a timer; only timers are started.").arg(stepId));
        if (const StepState* s = ctx.batch.step(stepId); s && s->state != StepState::State::Pending)
            throw ExecError(K::OutOfSequence, tr("Timer %1 is already running.").arg(stepId));
        record::RecordTransaction txn(journal_);
        checkClock(txn, ctx.batch, actor.id, stepId);
        log_.append(txn, batchId,
                    {types::kStepStarted,
                     actor.id,
                     {{key("batch_id"), batchId},
                      {key("step_id"), stepId},
                      {key("min_seconds"), static_cast<qint64>(step.minSeconds)},
                      {key("max_seconds"), static_cast<qint64>(step.maxSeconds)}}});
        txn.commit();
    });
    afterCommit(batchId);
}

CompletionResult BatchEngine::complete(const security::User& actor, const QString& batchId,
                                       const QString& stepId, const StepInput& input) {
    CompletionResult result;
    result.stepId = stepId;
    guarded(batchId, stepId, actor.id, QStringLiteral("complete"), [&] {
        Context ctx = context(batchId);
        requireActive(ctx.batch);
        requirePermission(actor, Permission::ExecuteSteps, Permission::ExecuteSteps);
        const model::Step& step = requireStep(ctx, stepId);
        requireInSequence(ctx, step);
        if (step.kind == StepKind::Signature)
            throw ExecError(
                K::InvalidValue,
                tr("Step %1 is a signature step: sign it (with the password).").arg(stepId));

        CheckedValue checked;
        if (step.kind == StepKind::Calculation) {
            if (!input.value.isEmpty())
                throw ExecError(
                    K::InvalidValue,
                    tr("Step %1 is calculated by the station; no value is entered.").arg(stepId));
            checked.value = evaluateCalculation(ctx.mbr, step, ctx.batch);
            checked.unit = step.unit;
            checked.source = QStringLiteral("computed");
            checked.limit = classify(step, ctx.batch, checked.value.toDouble(), &checked.limitText);
        } else {
            checked = checkValue(ctx.mbr, step, ctx.batch, recordedReading(step, input));
            if (checked.source == QLatin1String("instrument"))
                requireReadingAccepted(step, input);  // the weighing rules (WeighPath.cpp)
        }

        const std::int64_t nowMs = journal_.nowMs();
        QString overrideId;
        const QJsonObject details = checkMasterData(ctx, step, checked.value, nowMs, &overrideId);
        if (checked.manualWhereInstrumentExpected)
            overrideId = checkManualEntry(ctx, step);
        bool overrun = false;
        if (step.kind == StepKind::Timer) {
            const StepState* s = ctx.batch.step(stepId);
            if (!s || s->state != StepState::State::Started)
                throw ExecError(K::OutOfSequence, tr("Timer %1 has not been started.").arg(stepId));
            const std::int64_t elapsed = (nowMs - s->startedMs) / 1000;
            if (elapsed < step.minSeconds)
                throw ExecError(K::TooEarly, tr("Timer %1 runs for at least %2 s; %3 s have "
                                                "passed.")
                                                 .arg(stepId)
                                                 .arg(step.minSeconds)
                                                 .arg(elapsed));
            overrun = elapsed > step.maxSeconds;
            checked.value = QString::number(elapsed);
            checked.unit = QStringLiteral("s");
        }

        const QString limitMessage =
            tr("Step %1: %2 %3 is outside the %4 limits (%5).")
                .arg(stepId, checked.value, checked.unit,
                     checked.limit == LimitLevel::Action ? tr("action") : tr("alert"),
                     checked.limitText);
        const DeviationEntry* deviation = nullptr;
        if (checked.limit == LimitLevel::Action) {
            deviation = ctx.batch.deviationAllowing(stepId, step.supervisorContinuation);
            if (!deviation) {
                refusalExtras_.push_back(
                    {types::kLimitExceeded,
                     actor.id,
                     {{key("batch_id"), batchId},
                      {key("step_id"), stepId},
                      {key("value"), checked.value},
                      {key("unit"), checked.unit},
                      {key("level"), limitLevelName(checked.limit)},
                      {key("exception_type"), exceptionTypeName(ExceptionType::OutOfLimits)},
                      {key("message"), limitMessage}}});
                requireDeviation(ctx, step, limitMessage);
            }
        }
        QJsonObject lateExtra;
        const QString late = checked.source == QLatin1String("instrument")
                                 ? QString()
                                 : lateEntry(ctx, step, nowMs, &lateExtra);

        record::RecordTransaction txn(journal_);
        if (const QString w = checkClock(txn, ctx.batch, actor.id, stepId); !w.isEmpty())
            result.warnings << w;
        QJsonObject payload{{key("batch_id"), batchId},
                            {key("step_id"), stepId},
                            {key("kind"), model::stepKindName(step.kind)},
                            {key("value"), checked.value},
                            {key("source"), checked.source}};
        if (!checked.unit.isEmpty())
            payload.insert(key("unit"), checked.unit);
        if (checked.source == QLatin1String("instrument"))
            addInstrumentFields(payload, input);
        if (checked.limit != LimitLevel::None)
            payload.insert(key("limit_state"), limitLevelName(checked.limit));
        if (deviation)
            payload.insert(key("deviation_id"), deviation->id);
        if (!overrideId.isEmpty())
            payload.insert(key("override_id"), overrideId);
        if (!details.isEmpty())
            payload.insert(key("details"), details);
        log_.append(txn, batchId, {types::kStepCompleted, actor.id, payload});
        if (step.kind == StepKind::EquipmentCheck) {
            try {
                equipment_.occupy(txn, batchAppender(txn, batchId), checked.value, batchId, stepId,
                                  actor.id);
            } catch (const masterdata::MasterDataError& e) {
                throw engine::refusalOf(e);
            }
        }

        if (checked.limit == LimitLevel::Alert || checked.limit == LimitLevel::Action) {
            appendException(txn, batchId, types::kLimitExceeded, actor.id,
                            ExceptionType::OutOfLimits, stepId, limitMessage,
                            {{key("value"), checked.value},
                             {key("unit"), checked.unit},
                             {key("level"), limitLevelName(checked.limit)}});
            result.warnings << limitMessage;
        }
        if (checked.manualWhereInstrumentExpected) {
            const QString m =
                overrideId.isEmpty()
                    ? tr("Step %1 expects an instrument value; it was entered by hand.").arg(stepId)
                    : tr("Step %1 expects an instrument value; it was entered by hand under "
                         "override %2.")
                          .arg(stepId, overrideId);
            appendException(txn, batchId, types::kExceptionRecorded, actor.id,
                            ExceptionType::ManualEntryWhereInstrumentExpected, stepId, m);
            result.warnings << m;
        }
        if (overrun) {
            const QString m = tr("Timer %1 ran %2 s, longer than its maximum of %3 s.")
                                  .arg(stepId, checked.value)
                                  .arg(step.maxSeconds);
            appendException(txn, batchId, types::kExceptionRecorded, actor.id,
                            ExceptionType::HoldOverrun, stepId, m);
            result.warnings << m;
        }
        if (!late.isEmpty()) {
            appendException(txn, batchId, types::kExceptionRecorded, actor.id,
                            ExceptionType::LateEntry, stepId, late, lateExtra);
            result.warnings << late;
        }
        finishIfComplete(txn, ctx, actor.id, stepId, &result.batchFinished);
        txn.commit();
        result.value = checked.value;
        result.unit = checked.unit;
        result.limit = checked.limit;
    });
    afterCommit(batchId);
    return result;
}

}  // namespace batch::exec
