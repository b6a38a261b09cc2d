#pragma once

#include "store/Database.h"

#include <QString>

#include <cstdint>
#include <functional>
#include <optional>

namespace batch::record {

enum class BreakKind {
    ContentChanged,      // stored row hash does not match the row's content
    RowMissing,          // a seq is absent (deleted row or deleted tail)
    RowInserted,         // a row the station never wrote (no seal, or after the sealed head)
    RowRewritten,        // content and hash rewritten consistently, but the station seal fails
    ChainLinkBroken,     // prev_hash does not match the previous row's hash
    CheckpointInvalid,   // Ed25519 signature of a checkpoint fails
    CheckpointMismatch,  // a validly signed checkpoint disagrees with the chain
};

QString breakKindName(BreakKind kind);

struct ChainBreak {
    QString stationId;
    std::int64_t seq = 0;
    BreakKind kind = BreakKind::ContentChanged;
    QString reason;  // one sentence that names what was found
};

struct VerifyReport {
    bool ok = true;
    std::int64_t events = 0;
    std::int64_t checkpoints = 0;
    int stations = 0;
    std::optional<ChainBreak> firstBroken;

    QByteArray toJson() const;
};

// Walks every station's chain in seq order and reports the first broken row
// (lowest seq of the first station, by station id, that has a break).
// `progress` (optional) receives the number of events checked so far.
VerifyReport verifyAuditTrail(store::Database& db,
                              const std::function<void(std::int64_t)>& progress = {});

}  // namespace batch::record
