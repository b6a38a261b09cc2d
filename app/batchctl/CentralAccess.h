#pragma once

#include "Cli.h"

#include "sync/PgConnection.h"
#include "sync/SyncConfig.h"

namespace batch::cli {

// --url URL | --config FILE, with --user, --password-file, --sslmode, --sslrootcert to
// override (docs/cli.md §Central). The password only ever comes from a file.
void addCentralOptions(Command& cmd);
sync::SyncConfig centralConfig(const Command& cmd);
// Connects or throws CliError(kExitFailure) naming the redacted URL and libpq's reason.
sync::PgConnection connectCentral(const sync::SyncConfig& config);

// Runs `body` translating sync::SyncError into CliError (exit 1).
template <typename Body>
int withCentral(const Command& cmd, Body&& body) {
    try {
        const sync::SyncConfig config = centralConfig(cmd);
        sync::PgConnection c = connectCentral(config);
        return body(c, config);
    } catch (const sync::SyncError& e) {
        throw CliError(kExitFailure, QStringLiteral("%1: %2").arg(cmd.path(), e.message()));
    }
}

}  // namespace batch::cli
