// The BatchEngine commands around the normal flow: signatures, deviations and their
// continuation, corrections, hold and resume.
#include "exec/BatchEngine.h"

#include "exec/BatchEngineContext.h"
#include "exec/Calculator.h"

#include <spdlog/spdlog.h>

#include <algorithm>

namespace batch::exec {

using engine::key;
using K = ExecError::Kind;
using model::StepKind;
using security::Permission;
using security::SecurityError;

namespace {

// Seniority for corrections of signed steps: a correction needs the signer's role or
// higher. The administrator executes nothing, so ranks lowest.
int rankOf(const QList<security::Role>& roles) {
    int rank = 0;
    for (security::Role r : roles) {
        switch (r) {
            case security::Role::Operator:
                rank = std::max(rank, 1);
                break;
            case security::Role::Supervisor:
                rank = std::max(rank, 2);
                break;
            case security::Role::Qa:
                rank = std::max(rank, 3);
                break;
            case security::Role::Admin:
                break;
        }
    }
    return rank;
}

QString requireReason(const QString& reason) {
    const QString r = reason.trimmed();
    if (r.isEmpty())
        throw ExecError(K::ReasonRequired, ExecText::tr("A reason is required."));
    return r;
}

}  // namespace

bool BatchEngine::closeIfComplete(const QString& userId, const QString& batchId) {
    Context ctx = context(batchId);
    if (ctx.batch.status == BatchStatus::Finished || !ctx.sequence.finished(ctx.batch.completed))
        return false;
    record::RecordTransaction txn(journal_);
    bool finished = false;
    finishIfComplete(txn, ctx, userId, ctx.batch.completionOrder.value(0), &finished);
    txn.commit();
    afterCommit(batchId);
    return finished;
}

security::SignatureInfo BatchEngine::sign(const QString& batchId, const QString& stepId,
                                          const QString& signerId, const QString& password,
                                          security::SignatureMeaning meaning,
                                          const QString& comment) {
    security::SignRequest request{signerId, password, meaning, {}, comment, {}};
    bool signatureStep = false;
    guarded(batchId, stepId, signerId, QStringLiteral("sign"), [&] {
        Context ctx = context(batchId);
        requireActive(ctx.batch);
        const model::Step& step = requireStep(ctx, stepId);
        const StepState* state = ctx.batch.step(stepId);
        const std::optional<security::User> signer = users_.find(signerId);
        if (!signer)
            throw ExecError(K::NotAuthorized, tr("Unknown signer %1.").arg(signerId));
        if (step.kind != StepKind::Signature) {
            if (!state || state->state != StepState::State::Completed)
                throw ExecError(
                    K::OutOfSequence,
                    tr("Step %1 is not completed yet; there is nothing to sign.").arg(stepId));
            // What is signed is the value in force (the last correction, if any).
            request.subject = {state->currentValueEvent().stationId,
                               state->currentValueEvent().seq};
            return;
        }
        signatureStep = true;
        if (security::meaningName(meaning) != step.meaning)
            throw ExecError(K::InvalidValue,
                            tr("Step %1 needs a \"%2\" signature, not \"%3\".")
                                .arg(stepId, step.meaning, security::meaningName(meaning)));
        bool roleOk = false;
        for (security::Role r : signer->roles)
            roleOk = roleOk || step.requiredRoles.contains(security::roleName(r));
        if (!roleOk)
            throw ExecError(K::NotAuthorized,
                            tr("Step %1 must be signed by: %2; %3 has the roles %4.")
                                .arg(stepId, step.requiredRoles.join(QStringLiteral(", ")),
                                     signerId, security::joinRoles(signer->roles)));
        const QString performer = previousPerformer(ctx, step);
        if ((step.verifiedBy || meaning == security::SignatureMeaning::Verified) &&
            performer.compare(signerId, Qt::CaseInsensitive) == 0)
            throw ExecError(K::NotAuthorized,
                            tr("Step %1 must be signed by a second person, not by %2 who "
                               "performed the work.")
                                .arg(stepId, signerId));
        if (meaning == security::SignatureMeaning::Verified)
            request.performerId = performer;
        if (state && state->state == StepState::State::Completed)
            throw ExecError(K::OutOfSequence, tr("Step %1 is already signed.").arg(stepId));
        if (!state || state->state != StepState::State::AwaitingSignature) {
            requireInSequence(ctx, step);
            record::RecordTransaction txn(journal_);
            checkClock(txn, ctx.batch, signerId, stepId);
            const record::EventRecord e =
                log_.append(txn, batchId,
                            {types::kStepCompleted,
                             signerId,
                             {{key("batch_id"), batchId},
                              {key("step_id"), stepId},
                              {key("kind"), model::stepKindName(step.kind)},
                              {key("value"), step.meaning},
                              {key("source"), QStringLiteral("manual")},
                              {key("awaiting_signature"), true}}});
            txn.commit();
            request.subject = {e.stationId, e.seq};
        } else {
            request.subject = {state->completion.stationId, state->completion.seq};
        }
    });
    afterCommit(batchId);
    security::SignatureInfo info;
    try {
        info = signatures_.sign(request);
    } catch (const SecurityError& e) {
        if (e.kind() != SecurityError::Kind::NotAuthorized &&
            e.kind() != SecurityError::Kind::SamePerson)
            throw;  // authentication failures are recorded by UserService already
        const ExecError refused(K::NotAuthorized, e.message());
        recordRefusal(batchId, stepId, signerId, QStringLiteral("sign"), refused);
        throw refused;
    }
    afterCommit(batchId);
    if (signatureStep)
        closeIfComplete(signerId, batchId);
    return info;
}

QString BatchEngine::raiseDeviation(const security::User& actor, const QString& batchId,
                                    const DeviationRequest& request) {
    QString id;
    guarded(batchId, request.stepId, actor.id, QStringLiteral("raise_deviation"), [&] {
        Context ctx = context(batchId);
        if (ctx.batch.status == BatchStatus::Finished)
            throw ExecError(K::WrongState, tr("Batch %1 is finished.").arg(batchId));
        requirePermission(actor, Permission::ExecuteSteps, Permission::HandleDeviations);
        const model::Step& step = requireStep(ctx, request.stepId);
        if (const StepState* s = ctx.batch.step(step.id);
            s && s->state == StepState::State::Completed)
            throw ExecError(K::OutOfSequence,
                            tr("Step %1 is already completed; a deviation is raised before it "
                               "completes.")
                                .arg(step.id));
        const QString category = request.category.trimmed();
        const QString description = request.description.trimmed();
        const QString immediate = request.immediateAction.trimmed();
        if (category.isEmpty() || description.isEmpty() || immediate.isEmpty())
            throw ExecError(K::ReasonRequired, tr("A deviation needs a category, a description "
                                                  "and the immediate action taken."));
        id = QStringLiteral("DEV-%1-%2")
                 .arg(batchId)
                 .arg(static_cast<int>(ctx.batch.deviations.size()) + 1, 3, 10, QLatin1Char('0'));
        record::RecordTransaction txn(journal_);
        checkClock(txn, ctx.batch, actor.id, step.id);
        QJsonObject extra{{key("deviation_id"), id},
                          {key("category"), category},
                          {key("description"), description},
                          {key("immediate_action"), immediate}};
        if (!request.attemptedValue.isEmpty())
            extra.insert(key("attempted_value"), request.attemptedValue);
        appendException(txn, batchId, types::kDeviationRaised, actor.id, ExceptionType::Deviation,
                        step.id, description, extra);
        if (request.holdBatch && ctx.batch.status == BatchStatus::Running) {
            log_.append(txn, batchId,
                        {types::kBatchHeld,
                         actor.id,
                         {{key("batch_id"), batchId},
                          {key("reason"), tr("deviation %1").arg(id)},
                          {key("deviation_id"), id}}});
            log_.setStatus(txn, batchId, batchStatusName(BatchStatus::OnHold));
        }
        txn.commit();
    });
    afterCommit(batchId);
    engine::log()->info("batch {}: deviation {} raised by {}", batchId.toStdString(),
                        id.toStdString(), actor.id.toStdString());
    return id;
}

security::SignatureInfo BatchEngine::approveContinuation(const QString& batchId,
                                                         const QString& deviationId,
                                                         const QString& signerId,
                                                         const QString& password,
                                                         const QString& comment) {
    security::SignRequest request{signerId, password, security::SignatureMeaning::Verified,
                                  {},       comment,  {}};
    guarded(batchId, {}, signerId, QStringLiteral("approve_continuation"), [&] {
        Context ctx = context(batchId);
        if (ctx.batch.status == BatchStatus::Finished)
            throw ExecError(K::WrongState, tr("Batch %1 is finished.").arg(batchId));
        const DeviationEntry* d = ctx.batch.deviation(deviationId);
        if (!d)
            throw ExecError(K::NotFound,
                            tr("Batch %1 has no deviation %2.").arg(batchId, deviationId));
        if (d->approved())
            throw ExecError(K::OutOfSequence,
                            tr("The continuation of %1 is already signed.").arg(deviationId));
        const std::optional<security::User> signer = users_.find(signerId);
        if (!signer || !signer->has(Permission::HandleDeviations))
            throw ExecError(K::NotAuthorized,
                            tr("The continuation after a deviation is signed by a supervisor "
                               "(handle_deviations); %1 may not.")
                                .arg(signerId));
        // Four eyes: whoever raised the deviation does not approve going on with it.
        request.subject = {d->event.stationId, d->event.seq};
        request.performerId = d->raisedBy;
    });
    try {
        const security::SignatureInfo info = signatures_.sign(request);
        afterCommit(batchId);
        return info;
    } catch (const SecurityError& e) {
        if (e.kind() != SecurityError::Kind::NotAuthorized &&
            e.kind() != SecurityError::Kind::SamePerson)
            throw;
        const ExecError refused(K::NotAuthorized, e.message());
        recordRefusal(batchId, {}, signerId, QStringLiteral("approve_continuation"), refused);
        throw refused;
    }
}

void BatchEngine::correct(const security::User& actor, const QString& batchId,
                          const QString& stepId, const QString& newValue, const QString& reason) {
    guarded(batchId, stepId, actor.id, QStringLiteral("correct"), [&] {
        Context ctx = context(batchId);
        requireActive(ctx.batch);
        requirePermission(actor, Permission::ExecuteSteps, Permission::HandleDeviations);
        const QString why = requireReason(reason);
        const model::Step& step = requireStep(ctx, stepId);
        const StepState* state = ctx.batch.step(stepId);
        if (!state || state->state != StepState::State::Completed)
            throw ExecError(
                K::OutOfSequence,
                tr("Step %1 is not completed; there is nothing to correct.").arg(stepId));
        switch (step.kind) {
            case StepKind::Numeric:
            case StepKind::Choice:
            case StepKind::Text:
            case StepKind::MaterialScan:
            case StepKind::EquipmentCheck:
            case StepKind::Sample:
                break;
            default:
                throw ExecError(K::InvalidValue,
                                tr("Step %1 (%2) cannot be corrected by entering a value; "
                                   "raise a deviation.")
                                    .arg(stepId, model::stepKindName(step.kind)));
        }
        requireCorrectionRank(actor, *state);
        const CheckedValue checked = checkValue(ctx.mbr, step, ctx.batch, StepInput{newValue});
        if (checked.value == state->currentValue())
            throw ExecError(K::InvalidValue,
                            tr("Step %1 already has the value %2.").arg(stepId, checked.value));
        // A corrected scan must name a lot or equipment the step may use, like the scan
        // itself (no override: a correction is not the place to accept expired cleaning).
        QString unusedOverride;
        const QJsonObject details =
            checkMasterData(ctx, step, checked.value, journal_.nowMs(), &unusedOverride);
        if (!unusedOverride.isEmpty())
            throw ExecError(K::NotUsable,
                            tr("Step %1: the corrected equipment %2 would need an override; "
                               "record its cleaning first.")
                                .arg(stepId, checked.value));
        QString limitMessage = tr("Step %1: corrected value %2 %3 is outside the limits (%4).")
                                   .arg(stepId, checked.value, checked.unit, checked.limitText);
        if (checked.limit == LimitLevel::Action)
            requireDeviation(ctx, step, limitMessage);
        const EventRef corrects = state->currentValueEvent();
        record::RecordTransaction txn(journal_);
        checkClock(txn, ctx.batch, actor.id, stepId);
        QJsonObject extra{{key("old_value"), state->currentValue()},
                          {key("new_value"), checked.value},
                          {key("reason"), why},
                          {key("corrects_station"), corrects.stationId},
                          {key("corrects_seq"), static_cast<qint64>(corrects.seq)}};
        if (!details.isEmpty())
            extra.insert(key("details"), details);
        const record::EventRecord correction = appendException(
            txn, batchId, types::kValueCorrected, actor.id, ExceptionType::Correction, stepId,
            tr("Step %1 corrected from %2 to %3.")
                .arg(stepId, state->currentValue(), checked.value),
            extra);
        if (checked.limit == LimitLevel::Alert || checked.limit == LimitLevel::Action)
            appendException(
                txn, batchId, types::kLimitExceeded, actor.id, ExceptionType::OutOfLimits, stepId,
                limitMessage,
                {{key("value"), checked.value}, {key("level"), limitLevelName(checked.limit)}});
        if (step.kind == StepKind::EquipmentCheck)
            swapEquipment(txn, ctx, stepId, state->currentValue(), checked.value, actor.id);
        recomputeDependents(txn, ctx, actor, stepId, checked.value, correction, why);
        txn.commit();
    });
    afterCommit(batchId);
}

void BatchEngine::requireCorrectionRank(const security::User& actor, const StepState& state) const {
    for (const SignatureEntry& s : state.signatures) {
        const std::optional<security::User> signer = users_.find(s.signerId);
        if (signer && rankOf(actor.roles) < rankOf(signer->roles))
            throw ExecError(K::NotAuthorized,
                            tr("Step %1 is signed by %2 (%3); a correction needs that role "
                               "or higher.")
                                .arg(state.stepId, s.signerId, security::joinRoles(signer->roles)));
    }
}

void BatchEngine::swapEquipment(record::RecordTransaction& txn, const Context& ctx,
                                const QString& stepId, const QString& oldId, const QString& newId,
                                const QString& userId) {
    const masterdata::Append append = batchAppender(txn, ctx.batch.batchId);
    try {
        equipment_.occupy(txn, append, newId, ctx.batch.batchId, stepId, userId);
        // The wrongly scanned unit is given back unless another step of the batch uses it.
        for (const model::Step* s : ctx.mbr.steps()) {
            const StepState* st = ctx.batch.step(s->id);
            if (s->kind == StepKind::EquipmentCheck && s->id != stepId && st &&
                st->currentValue() == oldId)
                return;
        }
        equipment_.releaseFromBatch(txn, append, oldId, ctx.batch.batchId, userId,
                                    tr("equipment check %1 corrected to %2").arg(stepId, newId));
    } catch (const masterdata::MasterDataError& e) {
        throw engine::refusalOf(e);
    }
}

void BatchEngine::recomputeDependents(record::RecordTransaction& txn, const Context& ctx,
                                      const security::User& actor, const QString& stepId,
                                      const QString& newValue,
                                      const record::EventRecord& correction,
                                      const QString& reason) {
    QHash<QString, QString> pending{{stepId, newValue}};
    // Document order: a calculation only uses earlier steps, so one pass sees every chain.
    for (const model::Step* calc : ctx.mbr.steps()) {
        if (calc->kind != StepKind::Calculation)
            continue;
        const StepState* state = ctx.batch.step(calc->id);
        if (!state || state->state != StepState::State::Completed)
            continue;
        const bool affected = std::any_of(calc->references.begin(), calc->references.end(),
                                          [&](const QString& r) { return pending.contains(r); });
        if (!affected)
            continue;
        requireCorrectionRank(actor, *state);
        const QString value = evaluateCalculation(ctx.mbr, *calc, ctx.batch, &pending);
        pending.insert(calc->id, value);
        if (value == state->currentValue())
            continue;
        QString limitText;
        const LimitLevel level = classify(*calc, ctx.batch, value.toDouble(), &limitText);
        const EventRef corrects = state->currentValueEvent();
        appendException(
            txn, ctx.batch.batchId, types::kValueCorrected, actor.id, ExceptionType::Correction,
            calc->id,
            tr("Step %1 recomputed from %2 to %3 after the correction of %4.")
                .arg(calc->id, state->currentValue(), value, stepId),
            {{key("old_value"), state->currentValue()},
             {key("new_value"), value},
             {key("reason"), tr("recomputed: input %1 corrected to %2 (correction %3/%4: %5)")
                                 .arg(stepId, newValue, correction.stationId)
                                 .arg(correction.seq)
                                 .arg(reason)},
             {key("recomputed"), true},
             {key("caused_by_station"), correction.stationId},
             {key("caused_by_seq"), static_cast<qint64>(correction.seq)},
             {key("corrects_station"), corrects.stationId},
             {key("corrects_seq"), static_cast<qint64>(corrects.seq)}});
        if (level == LimitLevel::Alert || level == LimitLevel::Action)
            appendException(
                txn, ctx.batch.batchId, types::kLimitExceeded, actor.id, ExceptionType::OutOfLimits,
                calc->id,
                tr("Step %1: recomputed value %2 %3 is outside the %4 limits (%5).")
                    .arg(calc->id, value, calc->unit,
                         level == LimitLevel::Action ? tr("action") : tr("alert"), limitText),
                {{key("value"), value},
                 {key("unit"), calc->unit},
                 {key("level"), limitLevelName(level)},
                 {key("recomputed"), true}});
    }
}

void BatchEngine::hold(const security::User& actor, const QString& batchId, const QString& reason) {
    guarded(batchId, {}, actor.id, QStringLiteral("hold"), [&] {
        Context ctx = context(batchId);
        requireActive(ctx.batch);
        requirePermission(actor, Permission::ExecuteSteps, Permission::HandleDeviations);
        const QString why = requireReason(reason);
        record::RecordTransaction txn(journal_);
        checkClock(txn, ctx.batch, actor.id, {});
        log_.append(
            txn, batchId,
            {types::kBatchHeld, actor.id, {{key("batch_id"), batchId}, {key("reason"), why}}});
        log_.setStatus(txn, batchId, batchStatusName(BatchStatus::OnHold));
        txn.commit();
    });
    afterCommit(batchId);
}

void BatchEngine::resume(const security::User& actor, const QString& batchId,
                         const QString& reason) {
    guarded(batchId, {}, actor.id, QStringLiteral("resume"), [&] {
        Context ctx = context(batchId);
        if (ctx.batch.status != BatchStatus::OnHold)
            throw ExecError(K::WrongState, tr("Batch %1 is not on hold.").arg(batchId));
        // Releasing a hold is a decision about the batch, not an operator's step.
        requirePermission(actor, Permission::HandleDeviations, Permission::HandleDeviations);
        const QString why = requireReason(reason);
        record::RecordTransaction txn(journal_);
        checkClock(txn, ctx.batch, actor.id, {});
        log_.append(
            txn, batchId,
            {types::kBatchResumed, actor.id, {{key("batch_id"), batchId}, {key("reason"), why}}});
        log_.setStatus(txn, batchId, batchStatusName(BatchStatus::Running));
        txn.commit();
    });
    afterCommit(batchId);
}

}  // namespace batch::exec
