#pragma once

#include "store/Database.h"

namespace batch::store {

// Brings the schema to the newest numbered migration this build knows, one
// transaction per migration (PRAGMA user_version holds the number applied).
// Throws StoreError(Schema) for a file written by a newer build.
int migrate(Database& db);

// The schema number this build writes.
int latestSchemaVersion();

}  // namespace batch::store
