#pragma once

#include "record/Event.h"

#include <QHash>
#include <QJsonObject>
#include <QSet>
#include <QString>
#include <QStringList>

#include <cstdint>
#include <vector>

namespace batch::exec {

enum class BatchStatus { Running, OnHold, Finished };
QString batchStatusName(BatchStatus status);  // "running", "on_hold", "finished"

// A reference to one event of the log.
struct EventRef {
    QString stationId;
    std::int64_t seq = 0;
    bool valid() const { return seq > 0; }
};

struct SignatureEntry {
    QString signerId;
    QString printedName;
    QString meaning;
    QString tsUtc;
    EventRef event;
};

struct Correction {
    QString oldValue;
    QString newValue;
    QString reason;
    QString userId;
    QString tsUtc;
    EventRef event;     // the ValueCorrected event
    EventRef corrects;  // the event whose value it replaces
    // A calculation recomputed because an input was corrected: the input's correction.
    EventRef causedBy;
    QJsonObject details;  // a corrected scan: the lot or equipment now used
    bool recomputed() const { return causedBy.valid(); }
};

// What happened to one step of the batch, as far as the events say.
struct StepState {
    enum class State { Pending, Started, AwaitingSignature, Completed };
    QString stepId;
    State state = State::Pending;
    QString startedUtc;
    std::int64_t startedMs = 0;
    // The completion as first recorded; corrections never overwrite it.
    QString value;
    QString unit;
    QString source;  // "manual" | "instrument" | "computed"
    QString instrumentId;
    QString rawFrame;
    bool stable = false;
    QString instrumentSerial;  // balance readings: the serial number that answered,
    QString gross;             // gross and tare as the balance sent them (value = net)
    QString tare;
    QString readingUtc;        // when the frame was received
    QString limitState;  // "ok" | "alert" | "action" | "" (no limits)
    QString deviationId;
    QString performerId;
    QString completedUtc;
    std::int64_t doneMs = 0;  // when the step counted as done (a signature step: its Signed)
    QString overrideId;       // the override the completion used
    QJsonObject details;      // master data at the time of use: the lot, the equipment
    EventRef completion;
    std::vector<Correction> corrections;
    std::vector<SignatureEntry> signatures;

    // The value in force: the last correction's, or the original.
    QString currentValue() const {
        return corrections.empty() ? value : corrections.back().newValue;
    }
    EventRef currentValueEvent() const {
        return corrections.empty() ? completion : corrections.back().event;
    }
};
QString stepStateName(StepState::State state);

struct DeviationClosure {
    QString rootCause;
    QString capaReference;
    QString closedBy;
    QString tsUtc;
    EventRef event;  // the DeviationClosed event
    std::vector<SignatureEntry> signatures;
    bool signedOff() const { return !signatures.empty(); }
};

struct DeviationEntry {
    QString id;
    QString stepId;
    QString category;
    QString description;
    QString immediateAction;
    QString attemptedValue;
    QString raisedBy;
    QString raisedUtc;
    EventRef event;
    std::vector<SignatureEntry> continuation;  // supervisor signatures on the DeviationRaised
    std::vector<DeviationClosure> closures;    // a signed one closes the deviation
    bool approved() const { return !continuation.empty(); }
    bool closed() const {
        for (const DeviationClosure& c : closures)
            if (c.signedOff())
                return true;
        return false;
    }
    const DeviationClosure* closure() const;  // the signed closure, else the newest attempt
    // "open", "closure_pending" (a closure not signed yet) or "closed".
    QString stateName() const;
};

// A supervisor's override on one step (OverrideRequested plus its Verified signature).
struct OverrideEntry {
    QString id;
    QString stepId;
    QString kind;  // overrideKindName
    QString reason;
    QString requestedBy;
    QString approverId;  // who was asked to sign
    QString tsUtc;
    EventRef event;
    std::vector<SignatureEntry> signatures;
    bool approved() const { return !signatures.empty(); }
};

// A period the batch spent on hold (endMs 0: still on hold).
struct HoldInterval {
    std::int64_t startMs = 0;
    std::int64_t endMs = 0;
};

struct CommentEntry {
    QString stepId;  // empty: a comment on the batch as a whole
    QString text;
    QString userId;
    QString tsUtc;
    EventRef event;
};

struct ExceptionEntry {
    QString type;  // exceptionTypeName
    QString stepId;
    QString message;
    QString userId;
    QString tsUtc;
    EventRef event;
};

// The current state of one batch, rebuilt by replaying its events in log order. It is a
// cache of the record, never the truth: BatchLog feeds it, and anything it holds can be
// thrown away and rebuilt from the same events with the same result.
class BatchProjection {
public:
    void apply(const record::EventRecord& event);

    QString batchId;
    QString mbrId;
    QString mbrVersion;
    QString contentHash;
    QString batchSize;
    QString batchUnit;
    QString startedBy;
    QString startedUtc;
    BatchStatus status = BatchStatus::Running;
    QString holdReason;
    QStringList holdReasons;  // every hold and resume, in order (script resume)
    QStringList resumeReasons;
    std::int64_t startedMs = 0;
    std::int64_t entryWindowSeconds = 0;  // site default bound at start (0: no window)
    std::vector<HoldInterval> holds;
    QStringList equipmentHeld;    // equipment ids the batch occupies now
    QString disposition;  // "release" | "reject" | "quarantine" once QA decided
    QString dispositionedBy;
    QString dispositionedUtc;
    QString lastTsUtc;            // newest event time of the batch (clock check)
    std::int64_t appliedSeq = 0;  // newest local seq applied (incremental refresh)

    QHash<QString, StepState> steps;  // by step id; absent = pending
    QSet<QString> completed;          // steps that count as done for StepSequence
    QStringList completionOrder;      // step ids in the order they completed
    std::vector<DeviationEntry> deviations;
    std::vector<OverrideEntry> overrides;
    std::vector<ExceptionEntry> exceptions;
    std::vector<CommentEntry> comments;
    QHash<QString, QString> weighTargets;  // step id -> "target|low|high"

    bool started() const { return !batchId.isEmpty(); }
    bool dispositioned() const { return !disposition.isEmpty(); }
    const StepState* step(const QString& id) const;
    const DeviationEntry* deviation(const QString& id) const;
    // The deviation that lets `stepId` complete outside its action limits: the first one
    // raised on the step, or with `needsContinuation` the first one whose continuation a
    // supervisor has signed.
    const DeviationEntry* deviationAllowing(const QString& stepId, bool needsContinuation) const;
    // The newest deviation raised on a step (scripts name deviations by step).
    const DeviationEntry* latestDeviationOn(const QString& stepId) const;
    const OverrideEntry* overrideFor(const QString& stepId, const QString& kind) const;
    // Milliseconds the batch was on hold between `fromMs` and `toMs`.
    std::int64_t heldMsBetween(std::int64_t fromMs, std::int64_t toMs) const;

private:
    void applySigned(const record::EventRecord& event, const QJsonObject& p);
    StepState& stepFor(const QString& id);
    // Events of this batch by seq (local station), to attach signatures to their subject.
    QHash<std::int64_t, QString> stepBySeq_;
    QHash<std::int64_t, int> deviationBySeq_;
    QHash<std::int64_t, std::pair<int, int>> closureBySeq_;  // deviation, closure
    QHash<std::int64_t, int> overrideBySeq_;
};

}  // namespace batch::exec
