#pragma once

#include "store/Database.h"

namespace batch::store {

// Brings the schema to the newest numbered migration this build knows, one
// transaction per migration (PRAGMA user_version holds the number applied).
// Throws StoreError(Schema) for a file written by a newer build.
int migrate(Database& db);
// The same up to `version` only (tests of upgrades from an older schema).
int migrateTo(Database& db, int version);

// The schema number of an open store (PRAGMA user_version); 0 for a file without one.
int schemaVersion(Database& db);

// The schema number this build writes.
int latestSchemaVersion();

}  // namespace batch::store
