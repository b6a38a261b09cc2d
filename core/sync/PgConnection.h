#pragma once

#include <QByteArray>
#include <QString>

#include <cstdint>
#include <optional>
#include <stdexcept>
#include <vector>

struct pg_conn;
struct pg_result;

namespace batch::sync {

// Why a central-database operation failed, coarse enough for the worker to react:
// Unreachable is retried with backoff; Refused is the server saying no (a gap, a broken
// chain, a reused seq, missing privileges) and is shown and logged, not retried blindly.
class SyncError : public std::runtime_error {
public:
    enum class Kind { Unreachable, Refused, Protocol, Config, Local };
    SyncError(Kind kind, const QString& message, QString sqlState = {})
        : std::runtime_error(message.toStdString()),
          kind_(kind),
          message_(message),
          sqlState_(std::move(sqlState)) {}
    Kind kind() const { return kind_; }
    const QString& message() const { return message_; }
    const QString& sqlState() const { return sqlState_; }

private:
    Kind kind_;
    QString message_;
    QString sqlState_;
};

// How to reach the central database (docs/sync.md §Configuration). The password is kept
// apart from the URL so that the URL can be logged (redacted()) and the password never is.
struct ConnectionSettings {
    QString url;          // libpq URI or key=value conninfo
    QString user;         // overrides the URL's user when set
    QString password;     // from a password file; never logged
    QString sslMode;      // overrides the URL's sslmode when set (e.g. verify-full)
    QString sslRootCert;  // CA file for verify-ca / verify-full
    int connectTimeoutSeconds = 5;
    QString applicationName = QStringLiteral("batchstation");

    // The URL without any password, for logs and error messages.
    QString redacted() const;
    // True when the URL itself carries a password (refused in config files).
    bool urlHasPassword() const;
};

// One row-major query result; owns the PGresult.
class PgResult {
public:
    explicit PgResult(pg_result* r = nullptr) : r_(r) {}
    PgResult(PgResult&& o) noexcept : r_(o.r_) { o.r_ = nullptr; }
    PgResult& operator=(PgResult&& o) noexcept;
    PgResult(const PgResult&) = delete;
    PgResult& operator=(const PgResult&) = delete;
    ~PgResult();

    int rows() const;
    int columns() const;
    bool isNull(int row, int column) const;
    QByteArray bytes(int row, int column) const;
    QString text(int row, int column) const;
    std::int64_t int64(int row, int column) const;
    bool boolean(int row, int column) const;

private:
    pg_result* r_;
};

// A text parameter of a query; std::nullopt is SQL NULL.
using PgParam = std::optional<QByteArray>;

struct PgNotification {
    QString channel;
    QString payload;
};

// One libpq connection. Move-only; not thread-safe: each thread owns its own.
class PgConnection {
public:
    // Throws SyncError(Unreachable) when the server cannot be reached or refuses the login;
    // the message names the redacted URL and libpq's reason (never the password).
    static PgConnection connect(const ConnectionSettings& settings);

    PgConnection(PgConnection&& o) noexcept;
    PgConnection& operator=(PgConnection&& o) noexcept;
    PgConnection(const PgConnection&) = delete;
    PgConnection& operator=(const PgConnection&) = delete;
    ~PgConnection();

    // Extended protocol, text parameters, text results. Throws SyncError: Unreachable
    // when the connection broke, Refused for an error the server raised.
    PgResult exec(const char* sql, const std::vector<PgParam>& params = {});
    // The same in two halves, so the caller can work while the server does: send() queues
    // the query, receive() waits for its result (exactly one send per receive).
    void send(const char* sql, const std::vector<PgParam>& params);
    PgResult receive();
    // Simple protocol: one or more statements without parameters (schema scripts).
    void execScript(const char* sql);

    bool isOpen() const;
    int socket() const;
    // Reads what arrived on the socket and returns pending NOTIFY messages.
    std::vector<PgNotification> takeNotifications();
    // Quotes an identifier for DDL that cannot take parameters (role names).
    QString quoteIdentifier(const QString& name) const;
    QString quoteLiteral(const QString& value) const;
    // CREATE/ALTER ROLE take no parameters: a password goes as the SCRAM verifier
    // computed here, so the clear text never reaches the server or its logs.
    QString scramVerifier(const QString& role, const QString& password) const;
    QString serverVersion() const;
    const QString& where() const { return where_; }

private:
    PgConnection(pg_conn* c, QString where) : c_(c), where_(std::move(where)) {}
    PgResult check(pg_result* r, const char* what);

    pg_conn* c_ = nullptr;
    QString where_;  // redacted URL for messages
};

// A transaction on a PgConnection: BEGIN now, ROLLBACK unless commit() ran.
class PgTransaction {
public:
    explicit PgTransaction(PgConnection& c);
    PgTransaction(const PgTransaction&) = delete;
    PgTransaction& operator=(const PgTransaction&) = delete;
    ~PgTransaction();
    void commit();

private:
    PgConnection& c_;
    bool open_ = true;
};

// Builds a PostgreSQL array literal ({"a","b"}) of text elements for one bound
// parameter, so a whole batch travels in one round trip (unnest on the server).
class PgTextArray {
public:
    void reserve(qsizetype bytes) { out_.reserve(bytes); }
    void add(const QByteArray& utf8);
    void add(const QString& text) { add(text.toUtf8()); }
    void add(std::int64_t number);
    QByteArray take();
    int size() const { return count_; }

private:
    QByteArray out_ = QByteArray(1, '{');
    int count_ = 0;
};

}  // namespace batch::sync
