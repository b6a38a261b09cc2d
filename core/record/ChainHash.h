#pragma once

#include "record/Event.h"

#include <QByteArray>

namespace batch::record {

// The hash rules of docs/record-format.md, in one place for the writer and the verifier.
namespace chain {

inline constexpr int kCheckpointInterval = 1000;
QString genesisHash();  // 64 hex zeros

// SHA-256("BatchStation/event/v1" ‖ lp(station_id) ‖ lp(seq) ‖ lp(event_id) ‖ lp(type)
//          ‖ lp(user_id) ‖ lp(ts_utc) ‖ lp(payload) ‖ prev_hash as 32 raw bytes), as hex.
QString rowHash(const EventRecord& e);

// The message an Ed25519 checkpoint signature covers.
QByteArray checkpointMessage(const QString& stationId, std::int64_t seq, const QString& headHash,
                             const QString& tsUtc);

// Local seals: HMAC keys derived from the station's private key, so only the station
// that wrote a row can seal it. They pin the exact row when a tail is rewritten.
QByteArray sealKey(const QByteArray& stationPrivateKey);
QString rowSeal(const QByteArray& sealKey, const QString& rowHash);
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
