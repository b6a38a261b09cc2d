#pragma once

#include "record/Event.h"

#include <QHash>
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
    QString limitState;  // "ok" | "alert" | "action" | "" (no limits)
    QString deviationId;
    QString performerId;
    QString completedUtc;
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
    bool approved() const { return !continuation.empty(); }
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
    QString lastTsUtc;            // newest event time of the batch (clock check)
    std::int64_t appliedSeq = 0;  // newest local seq applied (incremental refresh)

    QHash<QString, StepState> steps;  // by step id; absent = pending
    QSet<QString> completed;          // steps that count as done for StepSequence
    QStringList completionOrder;      // step ids in the order they completed
    std::vector<DeviationEntry> deviations;
    std::vector<ExceptionEntry> exceptions;
    std::vector<CommentEntry> comments;
    QHash<QString, QString> weighTargets;  // step id -> "target|low|high"

    bool started() const { return !batchId.isEmpty(); }
    const StepState* step(const QString& id) const;
    const DeviationEntry* deviation(const QString& id) const;
    // The approved deviation that lets `stepId` complete outside its action limits.
    const DeviationEntry* approvedDeviationFor(const QString& stepId) const;

private:
    void applySigned(const record::EventRecord& event, const QJsonObject& p);
    StepState& stepFor(const QString& id);
    // Events of this batch by seq (local station), to attach signatures to their subject.
    QHash<std::int64_t, QString> stepBySeq_;
    QHash<std::int64_t, int> deviationBySeq_;
};

}  // namespace batch::exec
