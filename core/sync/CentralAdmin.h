#pragma once

#include "sync/PgConnection.h"

#include <QJsonObject>
#include <QString>

#include <optional>
#include <vector>

namespace batch::sync {

// What an administrator does on the central database (batchctl central ...). Runs as a
// role that owns the schema or is a member of batch_admin (roles: docs/sync.md §Roles).

struct StationRegistration {
    QString stationId;
    QString publicKeyHex;  // station.public_key of the station's store (batchctl init)
    QString loginRole;     // the PostgreSQL role the station connects as
    QString password;      // optional: creates the login role with this password
    QString description;
};

// Registers a station and its Ed25519 public key; creates its login role (member of
// batch_station, password sent as a SCRAM verifier, never in clear) when a password is
// given, otherwise the role must exist. Throws SyncError(Refused) for a reused id.
void registerStation(PgConnection& c, const StationRegistration& r);

// Creates (or re-passwords) a login role that is a member of `groupRole` (supervisor
// dashboards: kSupervisorRole; admins: kAdminRole).
void createLoginRole(PgConnection& c, const QString& role, const QString& password,
                     const char* groupRole);

// Publishes a new central state of one master-data entity; returns its change_seq.
std::int64_t publishMasterData(PgConnection& c, const QString& kind, const QString& key,
                               const QJsonObject& doc, const QString& reason);
std::optional<QJsonObject> currentMasterData(PgConnection& c, const QString& kind,
                                             const QString& key);

struct CentralStationStatus {
    QString stationId;
    QString loginRole;
    std::int64_t watermark = 0;
    QString lastIngestUtc;
    std::optional<std::int64_t> clockOffsetMs;
};

struct CentralStatus {
    int schemaVersion = 0;
    std::int64_t events = 0;
    std::int64_t masterSeq = 0;
    std::vector<CentralStationStatus> stations;
    QJsonObject toJson() const;
};
CentralStatus centralStatus(PgConnection& c);

}  // namespace batch::sync
