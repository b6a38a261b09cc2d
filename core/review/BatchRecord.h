#pragma once

#include "record/Event.h"
#include "record/Journal.h"

#include <QString>

#include <vector>

namespace batch::review {

// "ST01-42": how review, exports and the CLI name one event of the log (the station id
// may itself contain '-': the seq is what follows the last one).
QString entryId(const QString& stationId, std::int64_t seq);
QString entryId(const record::EventRecord& event);
// Splits an entry id; false when it is not "<station>-<seq>".
bool parseEntryId(const QString& id, QString* stationId, std::int64_t* seq);

// Every event of one batch, in (station, seq) order: the events indexed under the batch
// (batch_events, written by the engine and by review), the signatures whose subject is
// one of them, and events of other modules that name the batch and carry an
// exception_type without being indexed (MVA alarms, OOS results). This is the batch
// record and the batch's audit trail at once; projections and exports start here.
struct BatchRecord {
    QString batchId;
    std::vector<record::EventRecord> events;

    bool empty() const { return events.empty(); }
};

// Reads the record of `batchId` through the journal's connection. An unknown batch
// gives an empty record.
BatchRecord readBatchRecord(record::Journal& journal, const QString& batchId);

// The hash that names the record as a whole (docs/export.md): hex SHA-256 of
// "BatchStation/batch-record/v1" followed by lp(station_id) ‖ lp(seq) ‖ lp(row_hash)
// of every event in (station, seq) order. `upTo` (exclusive) limits it to the events
// before one of them, e.g. the record a disposition decided on.
QString recordHash(const std::vector<record::EventRecord>& events, size_t upTo = SIZE_MAX);

}  // namespace batch::review
