#pragma once

#include "exec/BatchProjection.h"
#include "record/Journal.h"

#include <QString>

#include <optional>
#include <vector>

namespace batch::exec {

// One row of the batches table: the identity of a batch and a cached status.
struct BatchSummary {
    QString batchId;
    QString mbrId;
    QString mbrVersion;
    QString batchSize;
    QString batchUnit;
    QString status;
    QString startedBy;
    QString startedUtc;
};

// Storage of batch execution: the batches table (identity, uniqueness, a status cache)
// and batch_events, the index from a batch to its events. Both are written only inside
// the RecordTransaction that appends the events they describe. The projection itself
// always comes from the events.
class BatchLog {
public:
    explicit BatchLog(record::Journal& journal) : journal_(journal) {}

    bool exists(const QString& batchId) const;
    std::optional<BatchSummary> summary(const QString& batchId) const;
    std::vector<BatchSummary> list() const;

    void insertBatch(record::RecordTransaction& txn, const BatchSummary& batch);
    void setStatus(record::RecordTransaction& txn, const QString& batchId, const QString& status);
    // Appends the event and indexes it under the batch, in the caller's transaction.
    record::EventRecord append(record::RecordTransaction& txn, const QString& batchId,
                               const record::NewEvent& event);

    // Applies every event of the batch after projection.appliedSeq (all of them for a new
    // projection): its indexed events and the Signed events whose subject is one of them.
    void refresh(const QString& batchId, BatchProjection& projection) const;

private:
    record::Journal& journal_;
};

}  // namespace batch::exec
