#pragma once

#include "exec/BatchLog.h"
#include "exec/BatchProjection.h"
#include "exec/ExecTypes.h"
#include "exec/ValueCheck.h"
#include "model/MbrRepository.h"
#include "model/StepSequence.h"
#include "record/Journal.h"
#include "security/Signatures.h"
#include "security/Users.h"

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
    bool holdBatch = false;  // put the batch on hold in the same transaction
};

// The command layer of batch execution (DESIGN.md §3 rule 3): every GMP-relevant action
// on a batch is validated here against the batch's projection and the MBR it is bound
// to, then written as ONE RecordTransaction of events. A refused action throws ExecError
// with the reason and is itself recorded (ActionRefused, in its own transaction), so
// review by exception sees attempts as well as results. Times come from the journal
// clock only; a clock that went backwards against the batch's newest event is recorded.
class BatchEngine {
public:
    BatchEngine(record::Journal& journal, security::UserService& users,
                security::SignatureService& signatures, model::MbrRepository& mbrs);
    ~BatchEngine();

    // Starts a batch of the MBR's Effective version; batchSize is a decimal string in
    // the MBR's batch unit and scales every weigh target.
    BatchProjection start(const security::User& actor, const QString& batchId, const QString& mbrId,
                          const QString& batchSize);

    // Starts a timer step (its minimum duration counts from here).
    void startStep(const security::User& actor, const QString& batchId, const QString& stepId);
    CompletionResult complete(const security::User& actor, const QString& batchId,
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
    void requirePermission(const security::User& actor, security::Permission a,
                           security::Permission b) const;
    void afterCommit(const QString& batchId);

    record::Journal& journal_;
    security::UserService& users_;
    security::SignatureService& signatures_;
    model::MbrRepository& mbrs_;
    BatchLog log_;

    struct Bound;                                      // an MBR version with its StepSequence
    QHash<QString, std::shared_ptr<Bound>> mbrCache_;  // by "id|version|hash"
    // std::map: references handed out by projection() stay valid as batches are added.
    std::map<QString, BatchProjection> projections_;
    // Events queued by a failing body to be recorded with its refusal.
    std::vector<record::NewEvent> refusalExtras_;
};

}  // namespace batch::exec
