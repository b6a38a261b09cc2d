#pragma once

#include "sync/PgConnection.h"
#include "sync/SyncClient.h"

#include <QString>

#include <optional>

namespace batch::sync {

// Everything a station (batchstation, `batchctl sync`) needs to reach the central
// database, read from an INI file (docs/sync.md §Configuration):
//
//   [central]
//   url = postgresql://central.example:5432/batch
//   user = station_st01
//   password_file = /etc/batchstation/central.password
//   sslmode = verify-full
//   sslrootcert = /etc/batchstation/central-ca.pem
//   [sync]
//   offline_signing_limit_minutes = 480
//   clock_offset_bound_ms = 2000
//   batch_events = 10000
//   poll_ms = 250
//   max_backoff_ms = 30000
//   [dashboard]                       (supervisor workstations only)
//   user = supervisor_desk1           (a member of batch_supervisor)
//   password_file = /etc/batchstation/dashboard.password
//
// The password lives only in the password file (first line), never in the INI file or
// the URL, and is never logged.
struct SyncConfig {
    ConnectionSettings connection;
    SyncOptions options;
    int pollMs = 250;
    int minBackoffMs = 250;
    int maxBackoffMs = 30000;
    int pullIntervalMs = 5000;
    // The supervisor dashboard's login: the central URL and TLS settings with its own role.
    std::optional<ConnectionSettings> dashboard;
    bool configured() const { return !connection.url.isEmpty(); }
};

// Throws SyncError(Config) naming the file and the key for anything unreadable or out of
// range. A missing file is an error; an absent [central] url is allowed (not configured).
SyncConfig loadSyncConfig(const QString& path);

// The first line of a password file without its terminator; the content is never shown.
QString readPasswordFile(const QString& path);

// The default config path: $BATCHSTATION_CONFIG, else /etc/batchstation/station.conf.
QString defaultSyncConfigPath();

}  // namespace batch::sync
