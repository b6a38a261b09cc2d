#pragma once

#include "sync/PgConnection.h"

namespace batch::sync {

// The central schema (docs/sync.md): numbered, append-only migrations applied in order,
// all pending ones in one transaction under an advisory lock, recorded in batch.schema_migrations.
// Returns the schema version reached. Refuses a database that is not UTF8 (the row hash
// is computed over UTF-8 bytes in SQL) and a schema newer than this build.
int migrateCentral(PgConnection& c);
int centralSchemaVersion(PgConnection& c);  // 0 when the schema is absent
int latestCentralSchemaVersion();

// Group roles created by the first migration (cluster-wide names).
inline constexpr const char* kStationRole = "batch_station";
inline constexpr const char* kSupervisorRole = "batch_supervisor";
inline constexpr const char* kAdminRole = "batch_admin";

// NOTIFY channels.
inline constexpr const char* kEventsChannel = "batch_events";
inline constexpr const char* kMasterChannel = "batch_master";

}  // namespace batch::sync
