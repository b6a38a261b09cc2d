#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

#include <cstdint>
#include <memory>
#include <optional>
#include <stdexcept>
#include <string>

struct sqlite3;
struct sqlite3_stmt;

namespace batch::store {

// Why a store operation failed, coarse enough for callers to react (exit codes, UI text).
enum class StoreErrorKind {
    WrongKey,      // SQLITE_NOTADB on first read: wrong passphrase or not a BatchStation file
    NotEncrypted,  // the file is a plaintext SQLite database or SQLCipher is not linked
    NotFound,      // the database file does not exist
    AlreadyExists, // init refused: a file is already there
    Busy,          // another writer held the lock past the busy timeout
    Constraint,    // a constraint or trigger refused the change
    Io,
    Schema,        // the schema is newer than this build understands
    Other,
};

class StoreError : public std::runtime_error {
public:
    StoreError(StoreErrorKind kind, int sqliteCode, const std::string& message)
        : std::runtime_error(message), kind_(kind), sqliteCode_(sqliteCode) {}
    StoreErrorKind kind() const { return kind_; }
    int sqliteCode() const { return sqliteCode_; }

private:
    StoreErrorKind kind_;
    int sqliteCode_;
};

// The message every caller shows for a wrong passphrase; `batchctl` exits with 3 on it.
inline constexpr const char* kWrongKeyMessage = "wrong key or not a BatchStation database";

class Database;
class WalCheckpointer;

// A prepared statement. Binds are 1-based like SQLite; columns are 0-based.
class Statement {
public:
    Statement(Statement&& other) noexcept;
    Statement& operator=(Statement&& other) noexcept;
    Statement(const Statement&) = delete;
    Statement& operator=(const Statement&) = delete;
    ~Statement();

    Statement& bind(int index, std::int64_t value);
    Statement& bind(int index, int value) { return bind(index, static_cast<std::int64_t>(value)); }
    Statement& bind(int index, bool value) { return bind(index, static_cast<std::int64_t>(value)); }
    Statement& bind(int index, double value);
    Statement& bind(int index, const QString& text);
    Statement& bind(int index, const char* text) { return bind(index, QString::fromUtf8(text)); }
    Statement& bindBlob(int index, const QByteArray& blob);
    Statement& bindUtf8(int index, const QByteArray& utf8Text);
    // Binds UTF-8 text without copying it: the bytes must stay valid and unchanged until
    // the statement is stepped and reset (run() does both). For hot insert loops.
    Statement& bindUtf8View(int index, QByteArrayView utf8Text);
    Statement& bindNull(int index);

    // Advances the statement: true while a row is available, false on SQLITE_DONE.
    // Every other return code throws, so a scan can only end on SQLITE_DONE.
    bool step();
    // Runs a statement that returns no rows (throws if it does).
    void run();
    void reset();

    bool isNull(int column) const;
    std::int64_t int64(int column) const;
    double real(int column) const;
    QString text(int column) const;
    QByteArray utf8(int column) const;
    QByteArray blob(int column) const;

private:
    friend class Database;
    Statement(Database* db, sqlite3_stmt* stmt) : db_(db), stmt_(stmt) {}
    void check(int rc, const char* what) const;

    Database* db_ = nullptr;
    sqlite3_stmt* stmt_ = nullptr;
};

// How Database::open treats the path.
enum class OpenMode {
    CreateNew,     // refuse if the file exists; create an encrypted database
    OpenExisting,  // refuse if the file does not exist
    ReadOnly,      // an existing file, read only: this connection never writes to it
                   // (no pragma that writes, no checkpoint, PRAGMA query_only), e.g. verify
};

// An open, keyed SQLCipher connection. Move-only; closing happens in the destructor.
class Database {
public:
    static Database open(const QString& path, const QByteArray& passphrase, OpenMode mode);

    Database(Database&& other) noexcept;
    Database& operator=(Database&& other) noexcept;
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;
    ~Database();

    Statement prepare(const char* sql);
    // Runs one or more statements without results (schema, pragmas).
    void exec(const char* sql);
    std::int64_t lastInsertRowId() const;
    int changes() const;
    QString path() const { return path_; }
    QString cipherVersion() const { return cipherVersion_; }
    bool inTransaction() const;
    // WAL checkpoints this connection's background checkpointer has run (WalCheckpointer).
    int backgroundCheckpoints() const;
    // Closes the connection early (the destructor does it otherwise).
    void close();

    [[noreturn]] void fail(int rc, const char* what) const;

private:
    friend class WalCheckpointer;
    Database(sqlite3* handle, QString path);
    static Database openKeyed(const QString& path, const QByteArray& passphrase, int flags);
    // The background checkpointer's own connection to a store already opened for writing.
    static Database openForCheckpoints(const QString& path, const QByteArray& passphrase);
    int checkpointPassive(int* logFrames, int* copiedFrames);
    bool startsWithPlainHeader() const;
    void configure(const QByteArray& passphrase);

    sqlite3* handle_ = nullptr;
    QString path_;
    QString cipherVersion_;
    std::unique_ptr<WalCheckpointer> checkpointer_;  // before handle_ is closed
};

// RAII transaction: BEGIN IMMEDIATE on construction, ROLLBACK unless commit() ran.
class Transaction {
public:
    explicit Transaction(Database& db);
    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;
    ~Transaction();
    void commit();
    Database& db() { return db_; }

private:
    Database& db_;
    bool open_ = true;
};

// First line of a key file as UTF-8, without line terminator. Throws StoreError on
// missing/empty/unreadable files; never logs the content.
QByteArray readKeyFile(const QString& path);

}  // namespace batch::store
