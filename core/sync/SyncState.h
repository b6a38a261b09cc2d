#pragma once

#include "store/Database.h"

#include <QString>

#include <cstdint>
#include <optional>

namespace batch::sync {

// The station's local view of its sync (table sync_state, local migration 8). Plain
// bookkeeping, not GMP content: the server's watermark is the truth, this is its cache.
struct SyncState {
    std::int64_t watermark = 0;                 // contiguous seq the server confirmed
    std::int64_t checkpointRowid = 0;           // checkpoints up to this rowid were pushed
    std::int64_t masterCursor = 0;              // last applied central change_seq
    std::optional<std::int64_t> lastSuccessMs;  // last complete exchange (push + pull)
    std::optional<std::int64_t> lastOffsetMs;   // server clock minus station clock
    std::int64_t offlineLimitSeconds = 0;       // 0: signatures never refused for it
    std::int64_t clockBoundMs = 0;              // 0: no clock-offset event
    QString central;                            // redacted URL of the last server
};

SyncState loadSyncState(store::Database& db);
// Each runs in the caller's transaction when one is open, otherwise in its own.
void storeWatermark(store::Database& db, std::int64_t watermark, std::int64_t checkpointRowid);
void storeExchange(store::Database& db, std::int64_t successMs, std::int64_t offsetMs,
                   const QString& central);
void storeMasterCursor(store::Database& db, std::int64_t cursor);

// The refusal a signature meets when the station has not completed a sync for longer than
// its configured limit (docs/sync.md §Offline limit); empty when signing is allowed.
QString offlineSigningRefusal(store::Database& db, std::int64_t nowMs);

}  // namespace batch::sync
