#pragma once

#include "model/Mbr.h"
#include "review/BatchRecord.h"

#include <QHash>
#include <QJsonObject>
#include <QSet>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>
#include <vector>

namespace batch::review {

// Event types written by review (docs/review.md). The review signature of an exception
// is a plain Signed event ("Reviewed") whose subject is the exception's own event.
namespace types {
inline const QString kDeviationClosed = QStringLiteral("DeviationClosed");
// A review action (exception review, deviation closure, disposition) that was refused
// after the signer authenticated: part of the audit trail, not an exception.
inline const QString kReviewRefused = QStringLiteral("ReviewRefused");
}  // namespace types

// One electronic signature as the record shows it (21 CFR 11.50: printed name, date and
// time, meaning), with whether it still binds the content it was given for.
struct Signature {
    QString entry;  // the Signed event
    QString signerId;
    QString printedName;
    QString meaning;
    QString tsUtc;
    QString comment;
    QString subject;      // entry id of the signed event
    QString contentHash;  // the subject's row hash at signing time
    bool valid = false;   // the Signed row is intact and still binds its subject
};

// One value of a step: the completion as recorded, or a correction of it.
struct RecordedValue {
    QString entry;
    QString eventType;  // StepCompleted | ValueCorrected
    QString value;
    QString unit;
    QString source;  // manual | instrument | computed
    QString userId;
    QString userName;
    QString tsUtc;
    QString reason;    // corrections: why
    QString corrects;  // corrections: the entry whose value it replaced
    QString limitState;
    QString deviationId;
    // Instrument data: instrument_id, raw_frame, stable, and whatever else the capturing
    // module recorded (instrument_serial, net / gross / tare, reading_utc, the master's
    // instrument_class / calibration_due / daily_check, simulated), read generically.
    QJsonObject instrument;
    // The master data behind a scan or an equipment check as the engine found it (lot
    // status, expiry, supplier lot; equipment status), and the supervisor's override the
    // value was entered under.
    QJsonObject details;
    QString overrideId;
    bool superseded = false;  // a later correction replaced this value
    std::vector<Signature> signatures;
    // Read from a simulator (demo mode, tests): never evidence of a real weighing.
    bool simulated() const { return instrument.value(QLatin1String("simulated")).toBool(); }
};

// A step of the MBR with where it sits in the ISA-88 hierarchy and what happened to it.
struct RecordStep {
    QString id;
    QString title;
    QString kind;
    QString unitProcedure;  // titles, for display
    QString operation;
    QString branch;
    QString hierarchy;  // "Dispensing › Weigh › Weigh API (w_api)"
    QString target;
    QString limits;  // translated limits text, e.g. "low 10, high 30, alert low 15"
    QString state;   // pending | started | completed
    std::vector<RecordedValue> values;
    std::vector<QString> exceptions;  // entry ids
    int order = 0;                    // position in the MBR

    const RecordedValue* current() const;  // the value in force
};

struct DeviationClosure {
    QString entry;
    QString rootCause;
    QString capa;
    QString comment;
    QString userId;
    QString userName;
    QString tsUtc;
    std::vector<Signature> signatures;
    bool signedValid() const;
};

struct Deviation {
    QString id;  // DEV-<batch>-001
    QString entry;
    QString stepId;
    QString category;
    QString description;
    QString immediateAction;
    QString attemptedValue;
    QString raisedBy;
    QString raisedByName;
    QString raisedUtc;
    std::vector<Signature> continuation;  // supervisor's Verified signatures
    std::optional<DeviationClosure> closure;
    bool closed() const { return closure && closure->signedValid(); }
};

// A unit of equipment the batch held (EquipmentOccupied ... EquipmentReleased).
struct EquipmentUse {
    QString equipmentId;
    QString stepId;
    QString occupiedEntry;
    QString occupiedUtc;
    QString occupiedBy;
    QString releasedUtc;  // empty while the batch still holds it
};

struct Comment {
    QString who;
    QString tsUtc;
    QString text;
};

// One exception of the batch (any event with a payload "exception_type") with the full
// context a reviewer needs, and its review.
struct ReviewException {
    QString id;  // entry id of the exception event: what `review sign --exception` takes
    QString eventId;
    QString eventType;
    QString type;       // out_of_limits, deviation, correction, ... (as recorded)
    QString typeTitle;  // translated heading
    QString message;
    QString stepId;
    QString stepTitle;
    QString stepKind;
    QString hierarchy;
    QString value;
    QString unit;
    QString limits;
    QString level;     // alert | action (out of limits)
    QString oldValue;  // corrections
    QString newValue;
    QString reason;
    QJsonObject instrument;
    QString userId;
    QString userName;
    QString tsUtc;
    std::vector<Comment> comments;
    QString deviationId;  // the linked deviation, if any
    QString contentHash;  // the exception event's row hash: what the review signature binds
    QJsonObject payload;  // everything recorded, for the full context
    bool changedAfterEntry = false;   // audit-trail entry changed after original entry
    bool afterFinalDecision = false;  // recorded after the batch was released / rejected
    std::optional<Signature> review;  // the valid "Reviewed" signature
    bool reviewed() const { return review.has_value(); }
};

struct Disposition {
    QString entry;
    QString decision;  // release | reject | quarantine
    QString reason;
    QString userId;
    QString userName;
    QString tsUtc;
    QString recordHash;  // the record decided on (every event before this one)
    std::optional<Signature> signature;
};

// Everything that is not an exception, per step kind: how many steps ran and how many of
// them are verified compliant (completed, intact, no exception against them).
struct KindSummary {
    QString kind;
    int steps = 0;
    int completed = 0;
    int withExceptions = 0;
    int verifiedCompliant = 0;
    int values = 0;      // recorded values including corrections
    int signatures = 0;  // valid signatures on the kind's values
};

struct Integrity {
    int events = 0;
    QStringList brokenRows;  // entry ids whose row hash does not match their content
    int signatures = 0;
    QStringList invalidSignatures;  // entry ids of signatures that no longer bind
    bool ok() const { return brokenRows.isEmpty() && invalidSignatures.isEmpty(); }
};

// Full names for user ids (printed names of performers; signatures carry their own).
using NameLookup = std::function<QString(const QString& userId)>;

// The review projection of one batch: built from its record (BatchRecord) and the MBR it
// ran, never stored. Every exception with its context, the steps and values in ISA-88
// order, deviations with closure, dispositions, the verified-compliant summary, and the
// integrity of what was read (row hashes, signature bindings).
class BatchReview {
public:
    static BatchReview build(const BatchRecord& record, const model::MasterBatchRecord* mbr,
                             const NameLookup& names = {});

    QString batchId;
    QString mbrId;
    QString mbrVersion;
    QString mbrTitle;
    QString contentHash;
    QString productCode;
    QString productName;
    QString batchSize;
    QString batchUnit;
    QString theoreticalYield;
    QString yieldUnit;
    QString startedBy;
    QString startedByName;
    QString startedUtc;
    QString finishedUtc;  // empty while running
    QString status;       // running | on_hold | finished
    QString recordHash;   // of every event read (docs/export.md)

    std::vector<RecordStep> steps;  // MBR order
    std::vector<Deviation> deviations;
    std::vector<ReviewException> exceptions;  // record order
    std::vector<Disposition> dispositions;
    std::vector<EquipmentUse> equipment;  // record order
    std::vector<KindSummary> summary;
    Integrity integrity;
    // Users who executed or verified anything in the batch (started it, started or
    // completed a step, corrected a value, raised a deviation, or signed a batch event
    // as Performed or Verified; a deviation's closure does not count): not independent
    // enough to release it.
    QSet<QString> participants;

    bool finished() const { return !finishedUtc.isEmpty(); }
    // The last release or reject; quarantine is not final.
    const Disposition* finalDecision() const;
    const Disposition* latestDecision() const;
    int openExceptions() const;
    int openDeviations() const;
    const ReviewException* exception(const QString& id) const;
    const Deviation* deviation(const QString& id) const;
    const RecordStep* step(const QString& id) const;
    // The values in force that were read from a simulated instrument: a fact whoever
    // decides on the batch must see (shown in the report, the exports and the workspace).
    std::vector<std::pair<const RecordStep*, const RecordedValue*>> simulatedReadings() const;
};

// Translated heading of an exception type ("Out of limits", ...); unknown types are
// shown as recorded.
QString exceptionTypeTitle(const QString& type);

}  // namespace batch::review
