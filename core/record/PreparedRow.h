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
// that are hashed and bound, and the two-thread pipeline that prepares them. Not an API
// for other modules; use RecordTransaction.
namespace batch::record::detail {

struct PreparedRow {
    // encodeRow: everything that does not depend on the row's place in the chain.
    QByteArray type;     // UTF-8
    QByteArray userId;   // UTF-8
    QByteArray payload;  // canonical JSON
    char eventId[kUuidTextSize];
    char tsUtc[32];
    int tsSize = 0;
    // chainRow: the place in the chain.
    std::int64_t seq = 0;
    QByteArrayView prevHash;  // the previous row's rowHash (or the stored head); not owned
    chain::HexDigest rowHash;
    chain::HexDigest seal;

    QByteArrayView eventIdView() const { return {eventId, kUuidTextSize}; }
    QByteArrayView tsView() const { return {tsUtc, tsSize}; }
    QByteArrayView rowHashView() const { return {rowHash.data(), qsizetype(rowHash.size())}; }
    QByteArrayView sealView() const { return {seal.data(), qsizetype(seal.size())}; }
    EventRecord toRecord(const QString& stationId) const;
};

// Validates and encodes one event (canonical payload, UUIDv7, UTC text). Throws
// store::StoreError (no type or user) or CanonicalJsonError (payload has no canonical form).
void encodeRow(const NewEvent& event, std::int64_t ms, PreparedRow& row);

// Places an encoded row at `seq` after `prevHash`: row hash and station seal.
void chainRow(PreparedRow& row, QByteArrayView stationId, std::int64_t seq, QByteArrayView prevHash,
              const QByteArray& sealKey);

// Runs produce(i) on a worker thread and consume(i) on the calling thread for i = 0..n-1,
// each in order, consume(i) only after produce(i) has finished: the second core prepares
// rows while the caller writes them. The first exception of either side stops both and
// is rethrown here, after the worker has been joined. Short runs stay on one thread.
void runPipelined(std::size_t n, const std::function<void(std::size_t)>& produce,
                  const std::function<void(std::size_t)>& consume);

}  // namespace batch::record::detail
