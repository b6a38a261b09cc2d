#include "CentralAccess.h"

namespace batch::cli {

void addCentralOptions(Command& cmd) {
    cmd.option(QStringLiteral("url"),
               QStringLiteral("Central PostgreSQL URL or conninfo, without a password "
                              "(e.g. postgresql://host:5432/batch)."),
               QStringLiteral("URL"));
    cmd.option(QStringLiteral("config"),
               QStringLiteral("Station configuration file ([central] url, user, "
                              "password_file, sslmode, sslrootcert; docs/sync.md)."),
               QStringLiteral("FILE"));
    cmd.option(QStringLiteral("user"), QStringLiteral("PostgreSQL role to connect as."),
               QStringLiteral("ROLE"));
    cmd.option(QStringLiteral("password-file"),
               QStringLiteral("File whose first line is the role's password."),
               QStringLiteral("FILE"));
    cmd.option(QStringLiteral("sslmode"),
               QStringLiteral("libpq sslmode (verify-full for production)."),
               QStringLiteral("MODE"));
    cmd.option(QStringLiteral("sslrootcert"),
               QStringLiteral("CA certificate file for verify-ca / verify-full."),
               QStringLiteral("FILE"));
}

sync::SyncConfig centralConfig(const Command& cmd) {
    sync::SyncConfig config;
    if (cmd.isSet(QStringLiteral("config")))
        config = sync::loadSyncConfig(cmd.value(QStringLiteral("config")));
    if (cmd.isSet(QStringLiteral("url")))
        config.connection.url = cmd.value(QStringLiteral("url"));
    if (config.connection.url.isEmpty())
        usageError(QStringLiteral("%1: give --url URL or --config FILE with [central] url")
                       .arg(cmd.path()));
    if (config.connection.urlHasPassword())
        usageError(QStringLiteral("%1: the URL must not carry a password; use --password-file")
                       .arg(cmd.path()));
    if (cmd.isSet(QStringLiteral("user")))
        config.connection.user = cmd.value(QStringLiteral("user"));
    if (cmd.isSet(QStringLiteral("password-file")))
        config.connection.password =
            sync::readPasswordFile(cmd.value(QStringLiteral("password-file")));
    if (cmd.isSet(QStringLiteral("sslmode")))
        config.connection.sslMode = cmd.value(QStringLiteral("sslmode"));
    if (cmd.isSet(QStringLiteral("sslrootcert")))
        config.connection.sslRootCert = cmd.value(QStringLiteral("sslrootcert"));
    config.connection.applicationName = QStringLiteral("batchctl");
    return config;
}

sync::PgConnection connectCentral(const sync::SyncConfig& config) {
    return sync::PgConnection::connect(config.connection);
}

}  // namespace batch::cli
