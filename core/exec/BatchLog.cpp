#include "exec/BatchLog.h"

#include "record/Event.h"

namespace batch::exec {
namespace {

BatchSummary readSummary(store::Statement& st) {
    return {st.text(0), st.text(1), st.text(2), st.text(3),
            st.text(4), st.text(5), st.text(6), st.text(7)};
}

constexpr const char* kSummaryColumns =
    "batch_id, mbr_id, mbr_version, batch_size, batch_unit, status, started_by, started_utc";

}  // namespace

bool BatchLog::exists(const QString& batchId) const {
    return summary(batchId).has_value();
}

std::optional<BatchSummary> BatchLog::summary(const QString& batchId) const {
    store::Statement st = journal_.db().prepare(
        (QByteArray("SELECT ") + kSummaryColumns + " FROM batches WHERE batch_id = ?;")
            .constData());
    st.bind(1, batchId);
    if (!st.step())
        return std::nullopt;
    return readSummary(st);
}

std::vector<BatchSummary> BatchLog::list() const {
    store::Statement st = journal_.db().prepare(
        (QByteArray("SELECT ") + kSummaryColumns + " FROM batches ORDER BY started_utc, batch_id;")
            .constData());
    std::vector<BatchSummary> out;
    while (st.step()) out.push_back(readSummary(st));
    return out;
}

void BatchLog::insertBatch(record::RecordTransaction& txn, const BatchSummary& b) {
    store::Statement st = txn.db().prepare(
        "INSERT INTO batches (batch_id, mbr_id, mbr_version, batch_size, batch_unit, status, "
        "started_by, started_utc) VALUES (?, ?, ?, ?, ?, ?, ?, ?);");
    st.bind(1, b.batchId).bind(2, b.mbrId).bind(3, b.mbrVersion).bind(4, b.batchSize);
    st.bind(5, b.batchUnit).bind(6, b.status).bind(7, b.startedBy).bind(8, b.startedUtc);
    st.run();
}

void BatchLog::setStatus(record::RecordTransaction& txn, const QString& batchId,
                         const QString& status) {
    store::Statement st = txn.db().prepare("UPDATE batches SET status = ? WHERE batch_id = ?;");
    st.bind(1, status).bind(2, batchId);
    st.run();
}

record::EventRecord BatchLog::append(record::RecordTransaction& txn, const QString& batchId,
                                     const record::NewEvent& event) {
    record::EventRecord e = txn.append(event);
    store::Statement st =
        txn.db().prepare("INSERT INTO batch_events (batch_id, station_id, seq) VALUES (?, ?, ?);");
    st.bind(1, batchId).bind(2, e.stationId).bind(3, e.seq);
    st.run();
    return e;
}

void BatchLog::refresh(const QString& batchId, BatchProjection& projection) const {
    std::int64_t after = projection.appliedSeq;
    if (after == 0) {
        // Signatures of this batch cannot precede its first event.
        store::Statement first =
            journal_.db().prepare("SELECT min(seq) FROM batch_events WHERE batch_id = ?;");
        first.bind(1, batchId);
        if (!first.step() || first.isNull(0))
            return;
        after = first.int64(0) - 1;
    }
    store::Statement st = journal_.db().prepare(
        "SELECT e.station_id, e.seq, e.event_id, e.type, e.user_id, e.ts_utc, e.payload, "
        "e.prev_hash, e.row_hash FROM batch_events b JOIN events e "
        "ON e.station_id = b.station_id AND e.seq = b.seq WHERE b.batch_id = ? AND b.seq > ? "
        "UNION ALL "
        "SELECT station_id, seq, event_id, type, user_id, ts_utc, payload, prev_hash, row_hash "
        "FROM events WHERE station_id = ? AND seq > ? AND type = 'Signed' "
        "ORDER BY 2;");
    st.bind(1, batchId).bind(2, after).bind(3, journal_.stationId()).bind(4, after);
    while (st.step())
        projection.apply(record::eventFromRow(st));
}

}  // namespace batch::exec
