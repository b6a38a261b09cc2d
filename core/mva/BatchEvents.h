#pragma once

#include "record/Journal.h"

#include <QString>

namespace batch::mva {

// Appends an MVA event in the caller's transaction, indexed under the batch when the batch
// exists in this store (so that it is part of the batch's record and its review); events
// of batches this store does not know (a simulated batch) go to the log only.
record::EventRecord appendForBatch(record::Journal& journal, record::RecordTransaction& txn,
                                   const QString& batchId, const record::NewEvent& event);

// Every event of one type, oldest first.
inline record::EventQuery eventsOfType(const QString& type) {
    record::EventQuery q;
    q.type = type;
    return q;
}

}  // namespace batch::mva
