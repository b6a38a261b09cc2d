#include "StoreAccess.h"

#include "CliClock.h"

#include "store/Migrations.h"

namespace batch::cli {

void addStoreOptions(Command& command) {
    command.option(QStringLiteral("db"), QStringLiteral("Encrypted station database file."),
                   QStringLiteral("path"), true);
    command.option(QStringLiteral("key-file"),
                   QStringLiteral("File whose first line is the database passphrase."),
                   QStringLiteral("path"), true);
}

StoreLocation storeLocation(const Command& command) {
    return {command.require(QStringLiteral("db")), command.require(QStringLiteral("key-file"))};
}

QByteArray readKey(const StoreLocation& where) {
    try {
        return store::readKeyFile(where.keyFile);
    } catch (const store::StoreError& e) {
        // readKeyFile reports a bad key *file* (missing, empty); that is not a wrong key
        // for the database, so it must not become exit code 3.
        throw CliError(kExitFailure,
                       QString::fromStdString(e.what()) + QStringLiteral(" (--key-file)"));
    }
}

CliError translateStoreError(const store::StoreError& error, const StoreLocation& where) {
    const QString detail = QString::fromStdString(error.what());
    switch (error.kind()) {
        case store::StoreErrorKind::WrongKey:
            return CliError(kExitWrongKey, QString::fromLatin1(store::kWrongKeyMessage) +
                                               QStringLiteral("\n  database: %1\n  key file: %2")
                                                   .arg(where.dbPath, where.keyFile));
        case store::StoreErrorKind::NotEncrypted:
            // A plaintext SQLite file is "not a BatchStation database" as well.
            return CliError(kExitWrongKey,
                            QString::fromLatin1(store::kWrongKeyMessage) +
                                QStringLiteral("\n  database: %1\n  %2").arg(where.dbPath, detail));
        case store::StoreErrorKind::NotFound:
            return CliError(kExitFailure,
                            QStringLiteral("database file not found: %1 (--db)").arg(where.dbPath));
        case store::StoreErrorKind::Busy:
            return CliError(
                kExitFailure,
                QStringLiteral("database %1 is busy (another writer holds the lock): %2")
                    .arg(where.dbPath, detail));
        default:
            return CliError(kExitFailure, QStringLiteral("%1: %2").arg(where.dbPath, detail));
    }
}

store::Database openReadOnly(const StoreLocation& where) {
    const QByteArray key = readKey(where);
    try {
        store::Database db = store::Database::open(where.dbPath, key, store::OpenMode::ReadOnly);
        const int version = store::schemaVersion(db);
        const int latest = store::latestSchemaVersion();
        if (version < 1)
            throw CliError(kExitFailure,
                           QStringLiteral("%1 has no BatchStation schema (not created with "
                                          "`batchctl init`?)")
                               .arg(where.dbPath));
        if (version > latest)
            throw CliError(kExitFailure,
                           QStringLiteral("%1 has schema %2, newer than this batchctl knows (%3): "
                                          "read it with the build that wrote it or a newer one")
                               .arg(where.dbPath)
                               .arg(version)
                               .arg(latest));
        if (version < latest)
            printErr(QStringLiteral("note: %1 has schema %2 (this build writes %3); read as it "
                                    "is, without upgrading it\n")
                         .arg(where.dbPath)
                         .arg(version)
                         .arg(latest));
        return db;
    } catch (const store::StoreError& e) {
        throw translateStoreError(e, where);
    }
}

std::unique_ptr<Station> openStation(const StoreLocation& where) {
    const QByteArray key = readKey(where);
    try {
        return Station::open(where.dbPath, key, cliClock());
    } catch (const store::StoreError& e) {
        throw translateStoreError(e, where);
    }
}

}  // namespace batch::cli
