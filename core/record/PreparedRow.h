#pragma once

#include "record/ChainHash.h"
#include "record/Event.h"
#include "record/Uuid.h"

#include <QByteArray>
#include <QByteArrayView>

#include <cstddef>
#include <cstdint>
#include <functional>

// The append path of the journal, below RecordTransaction: one event as the exact bytes
// that are hashed and bound, and the two threads that prepare them. Not an API
// for other modules; use RecordTransaction.
namespace batch::record::detail {

struct PreparedRow {
    // prepareRow: everything that does not need the previous row, hashing included.
    std::int64_t seq = 0;
    QByteArray type;     // UTF-8
    QByteArray userId;   // UTF-8
    QByteArray payload;  // canonical JSON
    char eventId[kUuidTextSize];
    char tsUtc[32];
    int tsSize = 0;
    chain::RowHasher hasher;  // every field hashed but prev_hash
    // chainRow: the link to the previous row.
    QByteArrayView prevHash;  // the previous row's rowHash (or the stored head); not owned
    chain::HexDigest rowHash;
    chain::HexDigest seal;

    QByteArrayView eventIdView() const { return {eventId, kUuidTextSize}; }
    QByteArrayView tsView() const { return {tsUtc, tsSize}; }
    QByteArrayView rowHashView() const { return {rowHash.data(), qsizetype(rowHash.size())}; }
    QByteArrayView sealView() const { return {seal.data(), qsizetype(seal.size())}; }
    EventRecord toRecord(const QString& stationId) const;
};

// Validates and encodes one event as row `seq` of `stationId` (canonical payload,
// UUIDv7, UTC text) and hashes all of it but the link to the previous row. Throws
// store::StoreError (no type or user) or CanonicalJsonError (payload has no canonical form).
void prepareRow(const NewEvent& event, std::int64_t ms, QByteArrayView stationId, std::int64_t seq,
                PreparedRow& row);

// Links a prepared row to the row before it: completes the row hash, seals it.
void chainRow(PreparedRow& row, QByteArrayView prevHash, const QByteArray& sealKey);

// Runs prepare(i) and then consume(i) for every i = 0..n-1, consume in order on the
// calling thread. A helper thread prepares rows ahead of the caller; the caller prepares
// any row the helper has not started itself instead of waiting for it, so a helper that
// gets no CPU (a busy machine) costs little more than its start. prepare must be safe to
// run for different rows on two threads at once (rows do not depend on each other). The
// first exception of either thread stops both and is rethrown here after the helper has
// been joined. Short runs use one thread.
void prepareAheadAndConsume(std::size_t n, const std::function<void(std::size_t)>& prepare,
                            const std::function<void(std::size_t)>& consume);

}  // namespace batch::record::detail
