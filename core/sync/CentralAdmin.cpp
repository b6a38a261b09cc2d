#include "sync/CentralAdmin.h"

#include "record/CanonicalJson.h"
#include "sync/CentralSchema.h"

#include <QJsonArray>
#include <QRegularExpression>

namespace batch::sync {
namespace {

void requireRoleName(const QString& role) {
    static const QRegularExpression valid(QStringLiteral("^[a-z_][a-z0-9_]{0,62}$"));
    if (!valid.match(role).hasMatch())
        throw SyncError(SyncError::Kind::Config,
                        QStringLiteral("role name '%1' must be 1-63 lower-case letters, digits "
                                       "or '_'")
                            .arg(role));
}

}  // namespace

void createLoginRole(PgConnection& c, const QString& role, const QString& password,
                     const char* groupRole) {
    requireRoleName(role);
    const QString ident = c.quoteIdentifier(role);
    const QString verifier = c.quoteLiteral(c.scramVerifier(role, password));
    PgResult exists = c.exec("SELECT 1 FROM pg_roles WHERE rolname = $1", {role.toUtf8()});
    const QString sql =
        exists.rows() > 0 ? QStringLiteral("ALTER ROLE %1 LOGIN PASSWORD %2").arg(ident, verifier)
                          : QStringLiteral("CREATE ROLE %1 LOGIN PASSWORD %2").arg(ident, verifier);
    c.execScript(sql.toUtf8().constData());
    c.execScript(QStringLiteral("GRANT %1 TO %2")
                     .arg(QString::fromLatin1(groupRole), ident)
                     .toUtf8()
                     .constData());
}

void registerStation(PgConnection& c, const StationRegistration& r) {
    static const QRegularExpression hex(QStringLiteral("^[0-9a-fA-F]{64}$"));
    if (!hex.match(r.publicKeyHex).hasMatch())
        throw SyncError(SyncError::Kind::Config,
                        QStringLiteral("the public key must be 64 hex digits (station.public_key "
                                       "of the station's store)"));
    requireRoleName(r.loginRole);
    PgTransaction txn(c);
    if (!r.password.isEmpty()) {
        createLoginRole(c, r.loginRole, r.password, kStationRole);
    } else {
        PgResult exists =
            c.exec("SELECT 1 FROM pg_roles WHERE rolname = $1", {r.loginRole.toUtf8()});
        if (exists.rows() == 0)
            throw SyncError(SyncError::Kind::Config,
                            QStringLiteral("role '%1' does not exist: give a password file to "
                                           "create it")
                                .arg(r.loginRole));
        c.execScript(QStringLiteral("GRANT batch_station TO %1")
                         .arg(c.quoteIdentifier(r.loginRole))
                         .toUtf8()
                         .constData());
    }
    c.exec("SELECT batch.register_station($1, $2, $3, $4)",
           {r.stationId.toUtf8(), r.publicKeyHex.toLower().toUtf8(), r.loginRole.toUtf8(),
            r.description.toUtf8()});
    txn.commit();
}

std::int64_t publishMasterData(PgConnection& c, const QString& kind, const QString& key,
                               const QJsonObject& doc, const QString& reason) {
    const QByteArray canonical = record::encodeCanonical(doc);
    PgResult r = c.exec("SELECT batch.publish($1, $2, $3, $4)",
                        {kind.toUtf8(), key.toUtf8(), canonical, reason.toUtf8()});
    return r.int64(0, 0);
}

std::optional<QJsonObject> currentMasterData(PgConnection& c, const QString& kind,
                                             const QString& key) {
    PgResult r = c.exec("SELECT batch.master_doc($1, $2)", {kind.toUtf8(), key.toUtf8()});
    if (r.rows() == 0 || r.isNull(0, 0))
        return std::nullopt;
    return record::decodeCanonicalObject(r.bytes(0, 0));
}

CentralStatus centralStatus(PgConnection& c) {
    CentralStatus s;
    s.schemaVersion = centralSchemaVersion(c);
    if (s.schemaVersion == 0)
        return s;
    PgResult totals = c.exec(
        "SELECT (SELECT coalesce(sum(watermark), 0) FROM batch.station_heads), "
        "(SELECT coalesce(max(change_seq), 0) FROM batch.master_changes)");
    s.events = totals.int64(0, 0);
    s.masterSeq = totals.int64(0, 1);
    PgResult st = c.exec(
        "SELECT s.station_id, s.login_role, h.watermark, batch.utc_text(h.last_ingest_at), "
        "(SELECT l.clock_offset_ms FROM batch.sync_log l WHERE l.station_id = s.station_id "
        " ORDER BY l.id DESC LIMIT 1) "
        "FROM batch.stations s JOIN batch.station_heads h USING (station_id) ORDER BY 1");
    for (int i = 0; i < st.rows(); ++i) {
        CentralStationStatus row{st.text(i, 0), st.text(i, 1), st.int64(i, 2), st.text(i, 3), {}};
        if (!st.isNull(i, 4))
            row.clockOffsetMs = st.int64(i, 4);
        s.stations.push_back(row);
    }
    return s;
}

QJsonObject CentralStatus::toJson() const {
    QJsonArray list;
    for (const CentralStationStatus& st : stations) {
        QJsonObject o{{QStringLiteral("station_id"), st.stationId},
                      {QStringLiteral("login_role"), st.loginRole},
                      {QStringLiteral("watermark"), static_cast<qint64>(st.watermark)},
                      {QStringLiteral("last_ingest"), st.lastIngestUtc}};
        if (st.clockOffsetMs)
            o.insert(QStringLiteral("clock_offset_ms"), static_cast<qint64>(*st.clockOffsetMs));
        list.append(o);
    }
    return {{QStringLiteral("schema_version"), schemaVersion},
            {QStringLiteral("events"), static_cast<qint64>(events)},
            {QStringLiteral("master_seq"), static_cast<qint64>(masterSeq)},
            {QStringLiteral("stations"), list}};
}

}  // namespace batch::sync
