#include "store/Database.h"

#include "log/Logging.h"

#include <QFile>
#include <QFileInfo>

#include <spdlog/spdlog.h>
#include <sqlite3.h>

#include <cstring>
#include <string>

namespace batch::store {
namespace {

constexpr int kBusyTimeoutMs = 10'000;
constexpr char kPlainHeader[] = "SQLite format 3";

StoreErrorKind kindOf(int rc) {
    switch (rc & 0xff) {
    case SQLITE_NOTADB: return StoreErrorKind::WrongKey;
    case SQLITE_BUSY:
    case SQLITE_LOCKED: return StoreErrorKind::Busy;
    case SQLITE_CONSTRAINT: return StoreErrorKind::Constraint;
    case SQLITE_IOERR:
    case SQLITE_CANTOPEN:
    case SQLITE_FULL: return StoreErrorKind::Io;
    default: return StoreErrorKind::Other;
    }
}

bool startsWithPlainHeader(const QString& path) {
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return false;
    const QByteArray head = f.read(sizeof(kPlainHeader) - 1);
    return head == QByteArray(kPlainHeader);
}

auto log() {
    static auto l = logging::logger("batch.core.store");
    return l;
}

}  // namespace

// ---------------------------------------------------------------- Statement

Statement::Statement(Statement&& other) noexcept : db_(other.db_), stmt_(other.stmt_) {
    other.stmt_ = nullptr;
}

Statement& Statement::operator=(Statement&& other) noexcept {
    if (this != &other) {
        sqlite3_finalize(stmt_);
        db_ = other.db_;
        stmt_ = other.stmt_;
        other.stmt_ = nullptr;
    }
    return *this;
}

Statement::~Statement() { sqlite3_finalize(stmt_); }

void Statement::check(int rc, const char* what) const {
    if (rc != SQLITE_OK)
        db_->fail(rc, what);
}

Statement& Statement::bind(int index, std::int64_t value) {
    check(sqlite3_bind_int64(stmt_, index, value), "bind int64");
    return *this;
}

Statement& Statement::bind(int index, double value) {
    check(sqlite3_bind_double(stmt_, index, value), "bind double");
    return *this;
}

Statement& Statement::bind(int index, const QString& text) {
    // Most bound text is ASCII (ids, types, timestamps, hex hashes): narrow it into a
    // reused buffer instead of allocating a QByteArray per bind. SQLITE_TRANSIENT makes
    // SQLite copy the bytes, so the buffer may be reused right away.
    const char16_t* u = reinterpret_cast<const char16_t*>(text.utf16());
    const qsizetype n = text.size();
    thread_local std::string narrow;
    narrow.resize(static_cast<size_t>(n));
    for (qsizetype i = 0; i < n; ++i) {
        if (u[i] >= 0x80)
            return bindUtf8(index, text.toUtf8());
        narrow[static_cast<size_t>(i)] = static_cast<char>(u[i]);
    }
    check(sqlite3_bind_text64(stmt_, index, narrow.data(), static_cast<sqlite3_uint64>(n),
                              SQLITE_TRANSIENT, SQLITE_UTF8),
          "bind text");
    return *this;
}

Statement& Statement::bindUtf8(int index, const QByteArray& utf8Text) {
    check(sqlite3_bind_text64(stmt_, index, utf8Text.constData(),
                              static_cast<sqlite3_uint64>(utf8Text.size()), SQLITE_TRANSIENT,
                              SQLITE_UTF8),
          "bind text");
    return *this;
}

Statement& Statement::bindBlob(int index, const QByteArray& blob) {
    check(sqlite3_bind_blob64(stmt_, index, blob.constData(),
                              static_cast<sqlite3_uint64>(blob.size()), SQLITE_TRANSIENT),
          "bind blob");
    return *this;
}

Statement& Statement::bindNull(int index) {
    check(sqlite3_bind_null(stmt_, index), "bind null");
    return *this;
}

bool Statement::step() {
    const int rc = sqlite3_step(stmt_);
    if (rc == SQLITE_ROW)
        return true;
    if (rc == SQLITE_DONE)
        return false;
    db_->fail(rc, "step");
}

void Statement::run() {
    if (step())
        throw StoreError(StoreErrorKind::Other, SQLITE_MISUSE,
                         "statement returned rows where none were expected");
    reset();
}

void Statement::reset() {
    // The step error (if any) was already reported; reset only re-arms the statement.
    sqlite3_reset(stmt_);
    sqlite3_clear_bindings(stmt_);
}

bool Statement::isNull(int column) const {
    return sqlite3_column_type(stmt_, column) == SQLITE_NULL;
}

std::int64_t Statement::int64(int column) const { return sqlite3_column_int64(stmt_, column); }

double Statement::real(int column) const { return sqlite3_column_double(stmt_, column); }

QString Statement::text(int column) const { return QString::fromUtf8(utf8(column)); }

QByteArray Statement::utf8(int column) const {
    const auto* p = reinterpret_cast<const char*>(sqlite3_column_text(stmt_, column));
    const int n = sqlite3_column_bytes(stmt_, column);
    return p ? QByteArray(p, n) : QByteArray();
}

QByteArray Statement::blob(int column) const {
    const auto* p = static_cast<const char*>(sqlite3_column_blob(stmt_, column));
    const int n = sqlite3_column_bytes(stmt_, column);
    return p ? QByteArray(p, n) : QByteArray();
}

// ---------------------------------------------------------------- Database

Database Database::openKeyed(const QString& path, const QByteArray& passphrase, int flags) {
    sqlite3* handle = nullptr;
    const QByteArray nativePath = QFile::encodeName(path);
    const int rc =
        sqlite3_open_v2(nativePath.constData(), &handle, flags | SQLITE_OPEN_FULLMUTEX, nullptr);
    Database db(handle, path);  // owns the handle from here on, even on failure
    if (rc != SQLITE_OK)
        db.fail(rc, "open");
    sqlite3_extended_result_codes(handle, 1);

    // PRAGMA key takes the passphrase through SQLCipher's default KDF, exactly as the
    // stock `sqlcipher` shell does, so an inspector can open the file with it.
    char* keySql = sqlite3_mprintf("PRAGMA key = %Q;", passphrase.constData());
    const int keyRc = sqlite3_exec(handle, keySql, nullptr, nullptr, nullptr);
    std::memset(keySql, 0, std::strlen(keySql));
    sqlite3_free(keySql);
    if (keyRc != SQLITE_OK)
        db.fail(keyRc, "key");

    {
        Statement version = db.prepare("PRAGMA cipher_version;");
        if (!version.step() || version.text(0).isEmpty())
            throw StoreError(StoreErrorKind::NotEncrypted, SQLITE_MISUSE,
                             "SQLCipher is not active (PRAGMA cipher_version returned no row)");
        db.cipherVersion_ = version.text(0);
    }
    // The first real read: a wrong key surfaces here as SQLITE_NOTADB, before any write.
    {
        Statement probe = db.prepare("SELECT count(*) FROM sqlite_master;");
        probe.step();
    }
    return db;
}

Database Database::open(const QString& path, const QByteArray& passphrase, OpenMode mode) {
    const bool exists = QFileInfo::exists(path);
    if (mode == OpenMode::OpenExisting && !exists)
        throw StoreError(StoreErrorKind::NotFound, SQLITE_CANTOPEN,
                         "database file not found: " + path.toStdString());
    if (mode == OpenMode::CreateNew && exists)
        throw StoreError(StoreErrorKind::AlreadyExists, SQLITE_CANTOPEN,
                         "refusing to overwrite existing file: " + path.toStdString());
    if (exists && startsWithPlainHeader(path))
        throw StoreError(StoreErrorKind::NotEncrypted, SQLITE_NOTADB,
                         "refusing plaintext SQLite file (not encrypted): " + path.toStdString());
    if (passphrase.isEmpty())
        throw StoreError(StoreErrorKind::WrongKey, SQLITE_MISUSE, "empty database key");

    if (mode == OpenMode::OpenExisting) {
        // Prove the key on a read-only connection first: a read-write connection that
        // fails could still checkpoint a leftover -wal into the file when it closes, and
        // a wrong key must leave the file byte-for-byte untouched.
        Database probe = openKeyed(path, passphrase, SQLITE_OPEN_READONLY);
    }
    Database db = openKeyed(path, passphrase,
                            mode == OpenMode::CreateNew
                                ? SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE
                                : SQLITE_OPEN_READWRITE);
    db.configure();
    if (mode == OpenMode::CreateNew) {
        db.exec("CREATE TABLE IF NOT EXISTS store_created(at TEXT); DROP TABLE store_created;");
        // The header is read with the connection closed: closing any other descriptor of
        // the file drops all of this process's POSIX locks on it, after which another
        // process that opens and closes the store believes it is the last user and
        // deletes the WAL this connection still writes to (every later commit is lost).
        db.close();
        if (startsWithPlainHeader(path))
            throw StoreError(StoreErrorKind::NotEncrypted, SQLITE_MISUSE,
                             "new database was written in clear; SQLCipher is not active");
        db = openKeyed(path, passphrase, SQLITE_OPEN_READWRITE);
        db.configure();
    }
    log()->debug("opened {} (SQLCipher {})", path.toStdString(), db.cipherVersion_.toStdString());
    return db;
}

void Database::configure() {
    sqlite3_busy_timeout(handle_, kBusyTimeoutMs);
    exec("PRAGMA foreign_keys = ON;");
    {
        Statement mode = prepare("PRAGMA journal_mode = WAL;");
        if (!mode.step() || mode.text(0).compare(QStringLiteral("wal"), Qt::CaseInsensitive) != 0)
            throw StoreError(StoreErrorKind::Io, SQLITE_ERROR, "could not enable WAL journal");
    }
    exec("PRAGMA synchronous = FULL;");
    // 32 MiB of page cache and a 10 MiB WAL between checkpoints: batched appends then
    // checkpoint every few commits instead of after each (fewer fsyncs of the main file).
    exec("PRAGMA cache_size = -32768;");
    exec("PRAGMA wal_autocheckpoint = 10000;");
}

Database::Database(Database&& other) noexcept
    : handle_(other.handle_), path_(std::move(other.path_)),
      cipherVersion_(std::move(other.cipherVersion_)) {
    other.handle_ = nullptr;
}

Database& Database::operator=(Database&& other) noexcept {
    if (this != &other) {
        sqlite3_close_v2(handle_);
        handle_ = other.handle_;
        path_ = std::move(other.path_);
        cipherVersion_ = std::move(other.cipherVersion_);
        other.handle_ = nullptr;
    }
    return *this;
}

Database::~Database() { close(); }

void Database::close() {
    if (handle_ && sqlite3_close_v2(handle_) != SQLITE_OK)
        log()->error("closing {} failed: {}", path_.toStdString(), sqlite3_errmsg(handle_));
    handle_ = nullptr;
}

Statement Database::prepare(const char* sql) {
    sqlite3_stmt* stmt = nullptr;
    const int rc = sqlite3_prepare_v2(handle_, sql, -1, &stmt, nullptr);
    if (rc != SQLITE_OK) {
        sqlite3_finalize(stmt);
        fail(rc, "prepare");
    }
    return Statement(this, stmt);
}

void Database::exec(const char* sql) {
    char* err = nullptr;
    const int rc = sqlite3_exec(handle_, sql, nullptr, nullptr, &err);
    if (rc != SQLITE_OK) {
        const std::string msg = err ? err : sqlite3_errstr(rc);
        sqlite3_free(err);
        if ((rc & 0xff) == SQLITE_NOTADB)
            throw StoreError(StoreErrorKind::WrongKey, rc, kWrongKeyMessage);
        throw StoreError(kindOf(rc), rc, "exec: " + msg);
    }
}

std::int64_t Database::lastInsertRowId() const { return sqlite3_last_insert_rowid(handle_); }

int Database::changes() const { return sqlite3_changes(handle_); }

bool Database::inTransaction() const { return handle_ && !sqlite3_get_autocommit(handle_); }

void Database::fail(int rc, const char* what) const {
    if ((rc & 0xff) == SQLITE_NOTADB)
        throw StoreError(StoreErrorKind::WrongKey, rc, kWrongKeyMessage);
    const std::string detail = handle_ ? sqlite3_errmsg(handle_) : sqlite3_errstr(rc);
    throw StoreError(kindOf(rc), rc, std::string(what) + ": " + detail);
}

// ---------------------------------------------------------------- Transaction

Transaction::Transaction(Database& db) : db_(db) { db_.exec("BEGIN IMMEDIATE;"); }

Transaction::~Transaction() {
    if (!open_)
        return;
    try {
        db_.exec("ROLLBACK;");
    } catch (const StoreError& e) {
        log()->error("rollback failed: {}", e.what());
    }
}

void Transaction::commit() {
    db_.exec("COMMIT;");
    open_ = false;
}

// ---------------------------------------------------------------- key file

QByteArray readKeyFile(const QString& path) {
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        throw StoreError(StoreErrorKind::Io, SQLITE_CANTOPEN,
                         "cannot read key file: " + path.toStdString());
    constexpr qint64 kMaxKeyLine = 4096;
    QByteArray line = f.readLine(kMaxKeyLine + 3);
    while (line.endsWith('\n') || line.endsWith('\r'))
        line.chop(1);
    if (line.isEmpty())
        throw StoreError(StoreErrorKind::WrongKey, SQLITE_MISUSE,
                         "key file is empty (first line holds the passphrase): " +
                             path.toStdString());
    if (line.size() > kMaxKeyLine)
        throw StoreError(StoreErrorKind::WrongKey, SQLITE_MISUSE,
                         "key file's first line is longer than 4096 bytes: " + path.toStdString());
    if (line.contains('\0'))
        throw StoreError(StoreErrorKind::WrongKey, SQLITE_MISUSE,
                         "key file contains a NUL byte: " + path.toStdString());
    return line;
}

}  // namespace batch::store
