#pragma once

#include "crypto/Crypto.h"
#include "record/Event.h"
#include "store/Database.h"

#include <optional>
#include <span>
#include <vector>

namespace batch::record {

struct Checkpoint {
    QString stationId;
    std::int64_t seq = 0;
    QString headHash;
    QString tsUtc;
    QString signature;  // hex Ed25519
};

// Filters for reading the log; empty members do not filter.
struct EventQuery {
    QString stationId = {};
    QString type = {};
    QString userId = {};
    QString sinceUtc = {};         // ISO 8601 UTC; events at or after this time
    std::int64_t afterSeq = 0;
    int limit = 0;            // 0 = no limit
    bool newestFirst = false;
};

// What appendBatch wrote: seqs firstSeq..lastSeq, the last one's row hash.
struct AppendedRange {
    std::int64_t firstSeq = 0;
    std::int64_t lastSeq = 0;  // firstSeq - 1 when nothing was appended
    QString headHash;
    std::int64_t count() const { return lastSeq - firstSeq + 1; }
};

namespace detail {
struct PreparedRow;
}

// Reads the current row of a statement whose first nine columns are station_id, seq,
// event_id, type, user_id, ts_utc, payload, prev_hash, row_hash (in that order).
EventRecord eventFromRow(const store::Statement& st);

// The station's append-only event log (DESIGN.md §4). Owns the station identity
// (id, Ed25519 key, seal key) and the clock; all writes go through RecordTransaction.
class Journal {
public:
    // Creates the local station identity in a freshly migrated store. Throws if one exists.
    static void initializeStation(store::Database& db, const QString& stationId, Clock clock);

    // Loads the local station identity; throws StoreError if the store was never initialised.
    explicit Journal(store::Database& db, Clock clock = systemClock());
    ~Journal();
    Journal(const Journal&) = delete;
    Journal& operator=(const Journal&) = delete;

    const QString& stationId() const { return stationId_; }
    const QByteArray& publicKey() const { return key_.publicKey(); }
    store::Database& db() { return db_; }
    std::int64_t nowMs() const { return clock_(); }

    // Appends one event in its own durable transaction and returns it once committed.
    EventRecord appendOne(const NewEvent& event);
    // Appends many events in one durable transaction (RecordTransaction::appendBatch).
    AppendedRange appendBatch(std::span<const NewEvent> events);
    // Signs the current head on demand (no-op result if the head is already checkpointed).
    Checkpoint checkpointNow();

    std::vector<EventRecord> events(const EventQuery& query) const;
    std::optional<EventRecord> event(const QString& stationId, std::int64_t seq) const;
    std::int64_t headSeq() const;
    std::vector<Checkpoint> checkpoints(const QString& stationId) const;

private:
    friend class RecordTransaction;
    Checkpoint writeCheckpoint(std::int64_t seq, const QString& headHash);

    store::Database& db_;
    Clock clock_;
    QString stationId_;
    QByteArray stationIdUtf8_;
    crypto::Ed25519KeyPair key_;
    QByteArray sealKey_;
    // appendBatch's rows, kept between batches with their buffers and hash contexts.
    std::vector<detail::PreparedRow> batchRows_;
};

// The unit of work of every GMP-relevant change: BEGIN IMMEDIATE, the caller's own
// table writes through db(), one or more appended events, the sealed head and any due
// checkpoint, then COMMIT. Destroyed without commit() it rolls everything back.
class RecordTransaction {
public:
    explicit RecordTransaction(Journal& journal);
    RecordTransaction(const RecordTransaction&) = delete;
    RecordTransaction& operator=(const RecordTransaction&) = delete;

    EventRecord append(const NewEvent& event);
    // Appends `events` in order, as append() would one by one, but encodes, hashes and
    // seals them on a second thread while this one writes: the path for bulk writes.
    // All or nothing: if it throws (an event without type or user, a payload without
    // canonical form, a store error) none of the batch is written and the transaction
    // is as before the call.
    AppendedRange appendBatch(std::span<const NewEvent> events);
    store::Database& db() { return journal_.db_; }
    std::int64_t nowMs() const { return journal_.nowMs(); }
    void commit();

private:
    void insert(const detail::PreparedRow& row);

    Journal& journal_;
    store::Transaction txn_;
    store::Statement insert_;
    std::int64_t seq_ = 0;
    QByteArray headHash_;  // hex, as stored
    bool appended_ = false;
};

}  // namespace batch::record
