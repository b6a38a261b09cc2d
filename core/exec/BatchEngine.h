#pragma once

#include "exec/BatchLog.h"
#include "exec/BatchProjection.h"
#include "exec/ExecTypes.h"
#include "exec/ValueCheck.h"
#include "exec/WeighPath.h"
#include "instruments/InstrumentRegistry.h"
#include "masterdata/EquipmentRepository.h"
#include "masterdata/MaterialRepository.h"
#include "model/MbrRepository.h"
#include "model/StepSequence.h"
#include "record/Journal.h"
#include "security/Signatures.h"
#include "security/Users.h"

#include <QCoreApplication>
#include <QHash>
#include <QString>

#include <functional>
#include <map>
#include <memory>
#include <vector>

namespace batch::exec {

// What a successful step completion reports back (warnings are shown, not refused).
struct CompletionResult {
    QString stepId;
    QString value;
    QString unit;
    LimitLevel limit = LimitLevel::None;
    QStringList warnings;  // translated: alert limit, manual entry, overrun, clock
    bool batchFinished = false;
};

struct DeviationRequest {
    QString stepId;
    QString category;
    QString description;
    QString immediateAction;
    QString attemptedValue = {};  // optional: the value that could not be recorded
    bool holdBatch = false;       // put the batch on hold in the same transaction
};

// An override asked for by the operator of a step and signed by a supervisor.
struct OverrideRequest {
    QString stepId;
    OverrideKind kind = OverrideKind::ManualEntry;
    QString reason;
};

// The closure of a deviation for QA review: what caused it and the CAPA that follows.
struct DeviationClosureRequest {
    QString deviationId;
    QString rootCause;
    QString capaReference;  // the CAPA record, or e.g. "none required: <why>"
    QString comment = {};   // shown with the closing signature
};

// The command layer of batch execution (DESIGN.md §3 rule 3): every GMP-relevant action
// on a batch is validated here against the batch's projection and the MBR it is bound
// to, then written as ONE RecordTransaction of events. A refused action throws ExecError
// with the reason and is itself recorded (ActionRefused, in its own transaction), so
// review by exception sees attempts as well as results. Times come from the journal
// clock only; a clock that went backwards against the batch's newest event is recorded.
class BatchEngine {
    Q_DECLARE_TR_FUNCTIONS(BatchEngine)

public:
    // `instruments` is the instrument master the weighing rules consult; without one,
    // instrument readings are refused (nothing vouches for the instrument).
    BatchEngine(record::Journal& journal, security::UserService& users,
                security::SignatureService& signatures, model::MbrRepository& mbrs,
                masterdata::MaterialRepository& materials,
                masterdata::EquipmentRepository& equipment,
                const instruments::InstrumentRegistry* instruments = nullptr);
    ~BatchEngine();

    // Starts a batch of the MBR's Effective version; batchSize is a decimal string in
    // the MBR's batch unit and scales every weigh target.
    BatchProjection start(const security::User& actor, const QString& batchId, const QString& mbrId,
                          const QString& batchSize);

    // Starts a timer step (its minimum duration counts from here).
    void startStep(const security::User& actor, const QString& batchId, const QString& stepId);
    CompletionResult complete(const security::User& actor, const QString& batchId,
                              const QString& stepId, const StepInput& input);
    // Would complete() accept this instrument reading for the step now? The same checks
    // (batch, sequence, role, value, weighing rules, tolerance), nothing recorded: the
    // HMI enables its capture button on `accepted` (core/exec/WeighPath.h).
    ReadingCheck checkInstrumentReading(const security::User& actor, const QString& batchId,
                                        const QString& stepId, const StepInput& input);

    // A signature step (completes it), or a signature on a completed step (e.g. Verified).
    // The signer re-authenticates through SignatureService.
    security::SignatureInfo sign(const QString& batchId, const QString& stepId,
                                 const QString& signerId, const QString& password,
                                 security::SignatureMeaning meaning, const QString& comment = {});

    QString raiseDeviation(const security::User& actor, const QString& batchId,
                           const DeviationRequest& request);
    // The supervisor's signature that lets the step continue despite the deviation.
    security::SignatureInfo approveContinuation(const QString& batchId, const QString& deviationId,
                                                const QString& signerId, const QString& password,
                                                const QString& comment = {});

    // A supervisor (HandleDeviations, not the requester) signs an override for the next
    // completion of a step: manual entry on an instrument step whose MBR says "override",
    // or equipment past its clean hold time on a step with cleaningOverride. Always an
    // `override` exception. Returns the override id.
    QString grantOverride(const security::User& actor, const QString& batchId,
                          const OverrideRequest& request, const QString& signerId,
                          const QString& password);
    // Closes a deviation (root cause, CAPA reference) with the Verified signature of a
    // holder of handle_deviations other than the person who raised it. Allowed on a
    // running, held or finished batch.
    security::SignatureInfo closeDeviation(const QString& batchId,
                                           const DeviationClosureRequest& request,
                                           const QString& signerId, const QString& password);

    // A correction of a completed value; calculations that depend on it are recomputed in
    // the same transaction (corrections of their own, referencing this one).
    void correct(const security::User& actor, const QString& batchId, const QString& stepId,
                 const QString& newValue, const QString& reason);
    // Writes BatchFinished when every step is complete but the batch is not closed yet
    // (the last step was a signature, written by SignatureService in its own
    // transaction, and the process may have died before closing). True if it closed it.
    bool closeIfComplete(const QString& userId, const QString& batchId);

    // A comment for the record on the batch, or on one of its steps (stepId may be empty):
    // a CommentAdded event. Any batch state; needs ExecuteSteps, HandleDeviations or
    // ReviewRecords. Implemented in BatchComments.cpp.
    void addComment(const security::User& actor, const QString& batchId, const QString& stepId,
                    const QString& text);

    void hold(const security::User& actor, const QString& batchId, const QString& reason);
    void resume(const security::User& actor, const QString& batchId, const QString& reason);

    // The batch rebuilt from its events (cached in memory, refreshed from the log).
    const BatchProjection& projection(const QString& batchId);
    std::vector<BatchSummary> list() const { return log_.list(); }
    // The MBR version a batch is bound to (checked against its content hash).
    const model::MasterBatchRecord& mbrOf(const QString& batchId);

private:
    struct Context;
    Context context(const QString& batchId);
    void requireActive(const BatchProjection& batch) const;
    void requireOpenRecord(const QString& batchId);
    const model::Step& requireStep(const Context& ctx, const QString& stepId) const;
    void requireInSequence(const Context& ctx, const model::Step& step) const;

    // Runs `body`; an ExecError it throws is recorded as ActionRefused (plus `extra`
    // events the body queued, e.g. the LimitExceeded that caused it) and rethrown.
    void guarded(const QString& batchId, const QString& stepId, const QString& userId,
                 const QString& action, const std::function<void()>& body);
    void recordRefusal(const QString& batchId, const QString& stepId, const QString& userId,
                       const QString& action, const ExecError& error);

    // Opens the transaction of an action: appends ClockWentBackwards first when the
    // clock is behind the batch's newest event. Returns the warning, if any.
    QString checkClock(record::RecordTransaction& txn, const BatchProjection& batch,
                       const QString& userId, const QString& stepId);
    record::EventRecord appendException(record::RecordTransaction& txn, const QString& batchId,
                                        const QString& eventType, const QString& userId,
                                        ExceptionType type, const QString& stepId,
                                        const QString& message, QJsonObject extra = {});
    void finishIfComplete(record::RecordTransaction& txn, const Context& ctx, const QString& userId,
                          const QString& lastStepId, bool* finished);
    QString previousPerformer(const Context& ctx, const model::Step& step) const;
    // When the step became current: the completion of the step before it, of the whole
    // previous operation for the first step of an operation or branch, or the start of
    // the batch.
    std::int64_t currentSinceMs(const Context& ctx, const model::Step& step) const;
    // The late_entry message when an entry at `nowMs` comes after the step's entry window.
    QString lateEntry(const Context& ctx, const model::Step& step, std::int64_t nowMs,
                      QJsonObject* extra) const;
    // Material scan and equipment check against the master data; returns what the record
    // keeps of them (lot / equipment at the time of use). Sets *overrideId where an
    // approved override lets an otherwise refused equipment through.
    QJsonObject checkMasterData(const Context& ctx, const model::Step& step, const QString& value,
                                std::int64_t nowMs, QString* overrideId) const;
    // Manual entry on an instrument step: forbidden, or only under an approved override.
    QString checkManualEntry(const Context& ctx, const model::Step& step) const;
    // The refusal of an action limit without the deviation (and continuation) it needs.
    const DeviationEntry* requireDeviation(const Context& ctx, const model::Step& step,
                                           const QString& limitMessage) const;
    // Recomputes the completed calculations that depend on `stepId` (directly or through
    // another calculation) after its correction to `newValue`.
    void recomputeDependents(record::RecordTransaction& txn, const Context& ctx,
                             const security::User& actor, const QString& stepId,
                             const QString& newValue, const record::EventRecord& correction,
                             const QString& reason);
    masterdata::Append batchAppender(record::RecordTransaction& txn, const QString& batchId);
    // A correction of a signed step needs the signer's role or higher.
    void requireCorrectionRank(const security::User& actor, const StepState& state) const;
    // A corrected equipment check: the batch takes the new unit and gives back the old one.
    void swapEquipment(record::RecordTransaction& txn, const Context& ctx, const QString& stepId,
                       const QString& oldId, const QString& newId, const QString& userId);
    void requirePermission(const security::User& actor, security::Permission a,
                           security::Permission b) const;
    void afterCommit(const QString& batchId);
    // The weigh path (WeighPath.cpp).
    instruments::WeighingVerdict evaluateReading(const model::Step& step,
                                                 const StepInput& input) const;
    void requireReadingAccepted(const model::Step& step, const StepInput& input) const;
    void addInstrumentFields(QJsonObject& payload, const StepInput& input) const;

    record::Journal& journal_;
    security::UserService& users_;
    security::SignatureService& signatures_;
    model::MbrRepository& mbrs_;
    masterdata::MaterialRepository& materials_;
    masterdata::EquipmentRepository& equipment_;
    const instruments::InstrumentRegistry* instruments_;
    BatchLog log_;

    struct Bound;                                      // an MBR version with its StepSequence
    QHash<QString, std::shared_ptr<Bound>> mbrCache_;  // by "id|version|hash"
    // std::map: references handed out by projection() stay valid as batches are added.
    std::map<QString, BatchProjection> projections_;
    // Events queued by a failing body to be recorded with its refusal.
    std::vector<record::NewEvent> refusalExtras_;
};

}  // namespace batch::exec
