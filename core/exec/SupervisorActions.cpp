// Decisions a supervisor (or QA) signs on a batch beyond the normal flow: an override that
// lets one step through a check the MBR allows to be overridden, and the closure of a
// deviation for QA review. Each is an event of the batch plus a Verified signature on it,
// by a holder of handle_deviations who is not the person the decision is about. The
// signature is written by SignatureService in its own transaction: the decision counts
// only once it is signed, and a repeated request signs the unsigned event already there
// instead of writing a second one.
#include "exec/BatchEngine.h"

#include "exec/BatchEngineContext.h"

#include <spdlog/spdlog.h>

namespace batch::exec {

using engine::key;
using K = ExecError::Kind;
using model::StepKind;
using security::Permission;
using security::SecurityError;

namespace {

QString requireText(const QString& text, const QString& what, int maxLength) {
    const QString t = text.trimmed();
    if (t.isEmpty())
        throw ExecError(K::ReasonRequired, ExecText::tr("The %1 is required.").arg(what));
    if (t.size() > maxLength)
        throw ExecError(
            K::InvalidValue,
            ExecText::tr("The %1 is longer than %2 characters.").arg(what).arg(maxLength));
    return t;
}

// Whether an override of `kind` can apply to `step` at all (the MBR decides).
QString overrideRefusal(const model::Step& step, OverrideKind kind) {
    if (kind == OverrideKind::ManualEntry &&
        !(step.kind == StepKind::Numeric && step.source == model::ValueSource::Instrument &&
          step.manualEntry == model::ManualEntry::Override))
        return ExecText::tr(
                   "Step %1 does not allow a manual-entry override (the MBR needs an "
                   "instrument step with manualEntry \"override\").")
            .arg(step.id);
    if (kind == OverrideKind::CleaningExpired &&
        !(step.kind == StepKind::EquipmentCheck && step.cleaningOverride))
        return ExecText::tr(
                   "Step %1 does not allow a cleaning override (the MBR needs an "
                   "equipment check with cleaningOverride).")
            .arg(step.id);
    return {};
}

}  // namespace

QString BatchEngine::grantOverride(const security::User& actor, const QString& batchId,
                                   const OverrideRequest& request, const QString& signerId,
                                   const QString& password) {
    QString id;
    security::SignRequest sign{signerId, password, security::SignatureMeaning::Verified,
                               {},       {},       actor.id};
    guarded(batchId, request.stepId, actor.id, QStringLiteral("override"), [&] {
        Context ctx = context(batchId);
        requireActive(ctx.batch);
        requirePermission(actor, Permission::ExecuteSteps, Permission::ExecuteSteps);
        const model::Step& step = requireStep(ctx, request.stepId);
        requireInSequence(ctx, step);
        if (const QString why = overrideRefusal(step, request.kind); !why.isEmpty())
            throw ExecError(K::InvalidValue, why);
        const QString reason = requireText(request.reason, tr("reason of the override"), 1000);
        const std::optional<security::User> signer = users_.find(signerId);
        if (!signer || signer->disabled || !signer->has(Permission::HandleDeviations))
            throw ExecError(K::NotAuthorized,
                            tr("An override is signed by a supervisor (handle_deviations); %1 "
                               "may not.")
                                .arg(signerId));
        if (signer->id.compare(actor.id, Qt::CaseInsensitive) == 0)
            throw ExecError(K::NotAuthorized,
                            tr("An override must be signed by a second person, not by %1 who "
                               "asks for it.")
                                .arg(actor.id));
        const QString kind = overrideKindName(request.kind);
        const OverrideEntry* existing = ctx.batch.overrideFor(step.id, kind);
        if (existing && existing->approved())
            throw ExecError(
                K::OutOfSequence,
                tr("Step %1 already has the approved override %2.").arg(step.id, existing->id));
        if (existing && existing->reason == reason && existing->requestedBy == actor.id) {
            id = existing->id;  // signed again, e.g. after a wrong password
            sign.subject = {existing->event.stationId, existing->event.seq};
            return;
        }
        id = QStringLiteral("OVR-%1-%2")
                 .arg(batchId)
                 .arg(static_cast<int>(ctx.batch.overrides.size()) + 1, 3, 10, QLatin1Char('0'));
        record::RecordTransaction txn(journal_);
        checkClock(txn, ctx.batch, actor.id, step.id);
        const record::EventRecord e = appendException(
            txn, batchId, types::kOverrideRequested, actor.id, ExceptionType::Override, step.id,
            tr("Override %1 (%2) on step %3: %4").arg(id, kind, step.id, reason),
            {{key("override_id"), id},
             {key("override_kind"), kind},
             {key("reason"), reason},
             {key("approver_id"), signer->id}});
        txn.commit();
        sign.subject = {e.stationId, e.seq};
    });
    afterCommit(batchId);
    try {
        signatures_.sign(sign);
    } catch (const SecurityError& e) {
        if (e.kind() != SecurityError::Kind::NotAuthorized &&
            e.kind() != SecurityError::Kind::SamePerson)
            throw;
        const ExecError refused(K::NotAuthorized, e.message());
        recordRefusal(batchId, request.stepId, signerId, QStringLiteral("override"), refused);
        throw refused;
    }
    afterCommit(batchId);
    engine::log()->info("batch {}: override {} on {} signed by {}", batchId.toStdString(),
                        id.toStdString(), request.stepId.toStdString(), signerId.toStdString());
    return id;
}

security::SignatureInfo BatchEngine::closeDeviation(const QString& batchId,
                                                    const DeviationClosureRequest& request,
                                                    const QString& signerId,
                                                    const QString& password) {
    security::SignRequest sign{signerId, password,        security::SignatureMeaning::Verified,
                               {},       request.comment, {}};
    QString stepId;
    guarded(batchId, {}, signerId, QStringLiteral("close_deviation"), [&] {
        Context ctx = context(batchId);
        const DeviationEntry* d = ctx.batch.deviation(request.deviationId);
        if (!d)
            throw ExecError(K::NotFound,
                            tr("Batch %1 has no deviation %2.").arg(batchId, request.deviationId));
        stepId = d->stepId;
        if (d->closed())
            throw ExecError(K::OutOfSequence,
                            tr("Deviation %1 is already closed.").arg(request.deviationId));
        const std::optional<security::User> signer = users_.find(signerId);
        if (!signer || signer->disabled || !signer->has(Permission::HandleDeviations))
            throw ExecError(K::NotAuthorized,
                            tr("A deviation is closed by a holder of handle_deviations "
                               "(supervisor or QA); %1 may not.")
                                .arg(signerId));
        const QString rootCause = requireText(request.rootCause, tr("root cause"), 2000);
        const QString capa = requireText(request.capaReference, tr("CAPA reference"), 200);
        // Four eyes: whoever raised the deviation does not close it.
        sign.performerId = d->raisedBy;
        if (d->raisedBy.compare(signerId, Qt::CaseInsensitive) == 0)
            throw ExecError(K::NotAuthorized,
                            tr("Deviation %1 was raised by %2, who may not also close it.")
                                .arg(d->id, d->raisedBy));
        if (const DeviationClosure* pending = d->closure();
            pending && pending->rootCause == rootCause && pending->capaReference == capa &&
            pending->closedBy.compare(signerId, Qt::CaseInsensitive) == 0) {
            sign.subject = {pending->event.stationId, pending->event.seq};
            return;
        }
        record::RecordTransaction txn(journal_);
        checkClock(txn, ctx.batch, signerId, d->stepId);
        const record::EventRecord e = log_.append(txn, batchId,
                                                  {types::kDeviationClosed,
                                                   signer->id,
                                                   {{key("batch_id"), batchId},
                                                    {key("deviation_id"), d->id},
                                                    {key("step_id"), d->stepId},
                                                    {key("root_cause"), rootCause},
                                                    {key("capa"), capa}}});
        txn.commit();
        sign.subject = {e.stationId, e.seq};
    });
    afterCommit(batchId);
    try {
        const security::SignatureInfo info = signatures_.sign(sign);
        afterCommit(batchId);
        engine::log()->info("batch {}: deviation {} closed by {}", batchId.toStdString(),
                            request.deviationId.toStdString(), signerId.toStdString());
        return info;
    } catch (const SecurityError& e) {
        if (e.kind() != SecurityError::Kind::NotAuthorized &&
            e.kind() != SecurityError::Kind::SamePerson)
            throw;
        const ExecError refused(K::NotAuthorized, e.message());
        recordRefusal(batchId, stepId, signerId, QStringLiteral("close_deviation"), refused);
        throw refused;
    }
}

}  // namespace batch::exec
