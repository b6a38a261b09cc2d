#pragma once

#include "Cli.h"

#include "station/Station.h"
#include "store/Database.h"

#include <memory>

namespace batch::cli {

// Where a command's store lives: `--db PATH --key-file PATH`, both required.
struct StoreLocation {
    QString dbPath;
    QString keyFile;
};

void addStoreOptions(Command& command);
StoreLocation storeLocation(const Command& command);

// Opens (and migrates) an existing store. Translates store failures into CliError:
// a wrong key or foreign file is kExitWrongKey with store::kWrongKeyMessage as the
// first line, and the file is never written in that case (Database::open fails on
// its first read, before any pragma that writes).
std::unique_ptr<Station> openStation(const StoreLocation& where);

// Opens an existing store read-only, for commands that must never change it (`audit
// verify`): no migration, no checkpoint, SQLite refuses every write on the connection.
// A store of an older schema is read as it is (the event log's tables are those of
// schema 1); one of a newer schema than this build knows, or without a schema, is
// refused with a CliError that says so.
store::Database openReadOnly(const StoreLocation& where);

// Reads the key file (first line) or throws CliError naming the file.
QByteArray readKey(const StoreLocation& where);

// Maps a store error that escaped a command to the exit code and a message that
// says which file was involved.
CliError translateStoreError(const store::StoreError& error, const StoreLocation& where);

}  // namespace batch::cli

namespace batch::cli {

// As withStation, on a read-only connection (openReadOnly).
template <typename Body>
int withReadOnlyStore(const StoreLocation& where, Body&& body) {
    store::Database db = openReadOnly(where);
    try {
        return body(db);
    } catch (const store::StoreError& e) {
        throw translateStoreError(e, where);
    }
}

// Opens the store, runs `body` with it and translates store and security errors raised
// on the way into CliError naming the store.
template <typename Body>
int withStation(const StoreLocation& where, Body&& body) {
    std::unique_ptr<Station> station = openStation(where);
    try {
        return body(*station);
    } catch (const store::StoreError& e) {
        throw translateStoreError(e, where);
    } catch (const security::SecurityError& e) {
        throw CliError(kExitFailure,
                       QStringLiteral("refused: %1 (store: %2)").arg(e.message(), where.dbPath));
    }
}

}  // namespace batch::cli
