#include "mva/BatchEvents.h"

#include "exec/BatchLog.h"

namespace batch::mva {

record::EventRecord appendForBatch(record::Journal& journal, record::RecordTransaction& txn,
                                   const QString& batchId, const record::NewEvent& event) {
    exec::BatchLog batches(journal);
    return batches.exists(batchId) ? batches.append(txn, batchId, event) : txn.append(event);
}

}  // namespace batch::mva
