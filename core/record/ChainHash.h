#pragma once

#include "record/Event.h"

#include <QByteArray>
#include <QByteArrayView>

#include <array>

namespace batch::record {

// The hash rules of docs/record-format.md, in one place for the writer and the verifier.
namespace chain {

inline constexpr int kCheckpointInterval = 1000;
QString genesisHash();  // 64 hex zeros

// 64 lower-case hex digits of a SHA-256 digest (row hash or seal) as ASCII, on the stack.
using HexDigest = std::array<char, 64>;

// The stored bytes of one row that its hash covers, each exactly as bound (UTF-8).
struct RowBytes {
    QByteArrayView stationId;
    std::int64_t seq = 0;
    QByteArrayView eventId;
    QByteArrayView type;
    QByteArrayView userId;
    QByteArrayView tsUtc;
    QByteArrayView payload;
    QByteArrayView prevHash;  // hex as stored: the previous row's row_hash
};

// SHA-256("BatchStation/event/v1" ‖ lp(station_id) ‖ lp(seq) ‖ lp(event_id) ‖ lp(type)
//          ‖ lp(user_id) ‖ lp(ts_utc) ‖ lp(payload) ‖ prev_hash as 32 raw bytes), as hex.
QString rowHash(const EventRecord& e);
// The same hash over a row's bytes, without building QStrings (the append path).
HexDigest rowHashHex(const RowBytes& row);

// The row hash in two steps. prev_hash comes last in the hashed message, so begin()
// (every field but prev_hash) runs on any thread in any order, and only finish()
// (prev_hash, 32 bytes) waits for the previous row: the writer hashes rows ahead of
// time and completes each in chain order. Same bytes, same digest as rowHashHex.
class RowHasher {
public:
    RowHasher();
    ~RowHasher();
    RowHasher(RowHasher&& other) noexcept;
    RowHasher& operator=(RowHasher&& other) noexcept;
    RowHasher(const RowHasher&) = delete;
    RowHasher& operator=(const RowHasher&) = delete;

    void begin(const RowBytes& row);  // row.prevHash is not used here
    HexDigest finish(QByteArrayView prevHashHex);

private:
    struct Context;
    Context* ctx_;
};

// The message an Ed25519 checkpoint signature covers.
QByteArray checkpointMessage(const QString& stationId, std::int64_t seq, const QString& headHash,
                             const QString& tsUtc);

// Local seals: HMAC keys derived from the station's private key, so only the station
// that wrote a row can seal it. They pin the exact row when a tail is rewritten.
QByteArray sealKey(const QByteArray& stationPrivateKey);
QString rowSeal(const QByteArray& sealKey, const QString& rowHash);
HexDigest rowSealHex(const QByteArray& sealKey, QByteArrayView rowHashHex);
QString headSeal(const QByteArray& sealKey, const QString& stationId, std::int64_t seq,
                 const QString& rowHash);

// The building blocks of these rules, for formats defined on top of them (the batch
// record hash and the export file of docs/export.md): append lp(field) or lp(decimal
// ASCII of a number) to a message, and the hex SHA-256 of a message.
void appendField(QByteArray& message, QByteArrayView field);
void appendField(QByteArray& message, std::int64_t number);
QString sha256Hex(QByteArrayView message);

}  // namespace chain
}  // namespace batch::record
