// `batchctl init`: creates the encrypted store, the station identity and the first admin.
#include "Commands.h"
#include "StoreAccess.h"

namespace batch::cli {

int runInit(const QStringList& args) {
    Command cmd(QStringLiteral("init"),
                QStringLiteral("Create a new encrypted station store: schema, station key pair "
                               "and the first administrator (who chose their own password).\n"
                               "Refuses to overwrite an existing file."));
    addStoreOptions(cmd);
    cmd.option(QStringLiteral("station"), QStringLiteral("Station id, e.g. ST01."),
               QStringLiteral("id"), true);
    cmd.option(QStringLiteral("admin"), QStringLiteral("User id of the first administrator."),
               QStringLiteral("id"), true);
    cmd.option(QStringLiteral("admin-name"),
               QStringLiteral("Full (printed) name of the first administrator."),
               QStringLiteral("name"), true);
    cmd.option(QStringLiteral("admin-password-file"),
               QStringLiteral("File whose first line is the administrator's password."),
               QStringLiteral("path"), true);
    if (!cmd.parse(args))
        return kExitOk;

    const StoreLocation where = storeLocation(cmd);
    const QString stationId = cmd.require(QStringLiteral("station"));
    const QString adminId = cmd.require(QStringLiteral("admin"));
    const QString adminName = cmd.require(QStringLiteral("admin-name"));
    const QString password = readSecretFile(cmd.require(QStringLiteral("admin-password-file")),
                                            QStringLiteral("admin-password-file"));
    const QByteArray key = readKey(where);

    std::unique_ptr<Station> station;
    try {
        station = Station::create(where.dbPath, key, stationId, adminId, adminName, password);
    } catch (const store::StoreError& e) {
        if (e.kind() == store::StoreErrorKind::AlreadyExists)
            failure(
                QStringLiteral("refusing to overwrite existing file: %1 (--db)").arg(where.dbPath));
        throw translateStoreError(e, where);
    }
    printOut(QStringLiteral("initialised station %1 in %2 (SQLCipher %3); administrator '%4'\n")
                 .arg(station->stationId(), where.dbPath, station->db().cipherVersion(), adminId));
    return kExitOk;
}

}  // namespace batch::cli
