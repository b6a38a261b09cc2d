#include "sync/PgConnection.h"

#include <libpq-fe.h>

#include <QStringList>

#include <cstring>
#include <string>

namespace batch::sync {
namespace {

// Errors after which trying again later can succeed: the connection broke, the server
// is starting or stopping, or a transient conflict.
bool retryable(const QString& sqlState) {
    return sqlState.startsWith(QLatin1String("08")) || sqlState.startsWith(QLatin1String("57P")) ||
           sqlState.startsWith(QLatin1String("53")) || sqlState == QLatin1String("40001") ||
           sqlState == QLatin1String("40P01");
}

QString field(const PGresult* r, int code) {
    const char* v = r ? PQresultErrorField(r, code) : nullptr;
    return v ? QString::fromUtf8(v) : QString();
}

}  // namespace

QString ConnectionSettings::redacted() const {
    char* err = nullptr;
    PQconninfoOption* opts = PQconninfoParse(url.toUtf8().constData(), &err);
    if (!opts) {
        if (err)
            PQfreemem(err);
        return QStringLiteral("<unparsable central URL>");
    }
    QStringList parts;
    for (PQconninfoOption* o = opts; o->keyword; ++o) {
        if (!o->val || !*o->val)
            continue;
        const QString k = QString::fromUtf8(o->keyword);
        parts << (k == QLatin1String("password")
                      ? k + QStringLiteral("=***")
                      : k + QLatin1Char('=') + QString::fromUtf8(o->val));
    }
    PQconninfoFree(opts);
    if (!user.isEmpty())
        parts << QStringLiteral("user=") + user;
    if (!sslMode.isEmpty())
        parts << QStringLiteral("sslmode=") + sslMode;
    return parts.join(QLatin1Char(' '));
}

bool ConnectionSettings::urlHasPassword() const {
    char* err = nullptr;
    PQconninfoOption* opts = PQconninfoParse(url.toUtf8().constData(), &err);
    if (!opts) {
        if (err)
            PQfreemem(err);
        return false;
    }
    bool has = false;
    for (PQconninfoOption* o = opts; o->keyword; ++o)
        has = has || (std::strcmp(o->keyword, "password") == 0 && o->val && *o->val);
    PQconninfoFree(opts);
    return has;
}

PgResult& PgResult::operator=(PgResult&& o) noexcept {
    if (this != &o) {
        if (r_)
            PQclear(r_);
        r_ = o.r_;
        o.r_ = nullptr;
    }
    return *this;
}
PgResult::~PgResult() {
    if (r_)
        PQclear(r_);
}
int PgResult::rows() const {
    return r_ ? PQntuples(r_) : 0;
}
int PgResult::columns() const {
    return r_ ? PQnfields(r_) : 0;
}
bool PgResult::isNull(int row, int column) const {
    return PQgetisnull(r_, row, column) != 0;
}
QByteArray PgResult::bytes(int row, int column) const {
    return QByteArray(PQgetvalue(r_, row, column), PQgetlength(r_, row, column));
}
QString PgResult::text(int row, int column) const {
    return QString::fromUtf8(PQgetvalue(r_, row, column), PQgetlength(r_, row, column));
}
std::int64_t PgResult::int64(int row, int column) const {
    return std::strtoll(PQgetvalue(r_, row, column), nullptr, 10);
}
bool PgResult::boolean(int row, int column) const {
    return PQgetvalue(r_, row, column)[0] == 't';
}

PgConnection PgConnection::connect(const ConnectionSettings& s) {
    const QString where = s.redacted();
    // Later keywords override what the URL says (expand_dbname = 1).
    std::vector<std::string> keys{"dbname"};
    std::vector<std::string> values{s.url.toStdString()};
    auto add = [&](const char* k, const QString& v) {
        if (!v.isEmpty()) {
            keys.emplace_back(k);
            values.push_back(v.toStdString());
        }
    };
    add("user", s.user);
    add("password", s.password);
    add("sslmode", s.sslMode);
    add("sslrootcert", s.sslRootCert);
    add("connect_timeout", QString::number(s.connectTimeoutSeconds));
    add("application_name", s.applicationName);
    // A dead peer (cable pulled, server host gone) is noticed within seconds, not hours.
    add("keepalives", QStringLiteral("1"));
    add("keepalives_idle", QStringLiteral("5"));
    add("keepalives_interval", QStringLiteral("2"));
    add("keepalives_count", QStringLiteral("3"));
    add("tcp_user_timeout", QStringLiteral("15000"));
    std::vector<const char*> k, v;
    for (std::size_t i = 0; i < keys.size(); ++i) {
        k.push_back(keys[i].c_str());
        v.push_back(values[i].c_str());
    }
    k.push_back(nullptr);
    v.push_back(nullptr);
    pg_conn* c = PQconnectdbParams(k.data(), v.data(), 1);
    if (!c)
        throw SyncError(SyncError::Kind::Unreachable,
                        QStringLiteral("central database %1: out of memory").arg(where));
    if (PQstatus(c) != CONNECTION_OK) {
        const QString why = QString::fromUtf8(PQerrorMessage(c)).trimmed();
        PQfinish(c);
        throw SyncError(SyncError::Kind::Unreachable,
                        QStringLiteral("central database %1 unreachable: %2").arg(where, why));
    }
    PgResult r(PQexec(c, "SET client_encoding = 'UTF8'; SET TIME ZONE 'UTC'"));
    return PgConnection(c, where);
}

PgConnection::PgConnection(PgConnection&& o) noexcept : c_(o.c_), where_(std::move(o.where_)) {
    o.c_ = nullptr;
}
PgConnection& PgConnection::operator=(PgConnection&& o) noexcept {
    if (this != &o) {
        if (c_)
            PQfinish(c_);
        c_ = o.c_;
        where_ = std::move(o.where_);
        o.c_ = nullptr;
    }
    return *this;
}
PgConnection::~PgConnection() {
    if (c_)
        PQfinish(c_);
}

bool PgConnection::isOpen() const {
    return c_ && PQstatus(c_) == CONNECTION_OK;
}
int PgConnection::socket() const {
    return c_ ? PQsocket(c_) : -1;
}
QString PgConnection::serverVersion() const {
    return c_ ? QString::number(PQserverVersion(c_)) : QString();
}

PgResult PgConnection::check(pg_result* raw, const char* what) {
    PgResult r(raw);
    const ExecStatusType st = raw ? PQresultStatus(raw) : PGRES_FATAL_ERROR;
    if (st == PGRES_COMMAND_OK || st == PGRES_TUPLES_OK)
        return r;
    const QString sqlState = field(raw, PG_DIAG_SQLSTATE);
    QString message = field(raw, PG_DIAG_MESSAGE_PRIMARY);
    const QString detail = field(raw, PG_DIAG_MESSAGE_DETAIL);
    if (message.isEmpty())
        message = QString::fromUtf8(PQerrorMessage(c_)).trimmed();
    if (!detail.isEmpty())
        message += QStringLiteral(" (") + detail + QLatin1Char(')');
    const bool broken = PQstatus(c_) != CONNECTION_OK || retryable(sqlState) || sqlState.isEmpty();
    throw SyncError(broken ? SyncError::Kind::Unreachable : SyncError::Kind::Refused,
                    broken ? QStringLiteral("central database %1: %2 failed: %3")
                                 .arg(where_, QString::fromLatin1(what), message)
                           : message,
                    sqlState);
}

PgResult PgConnection::exec(const char* sql, const std::vector<PgParam>& params) {
    if (!c_)
        throw SyncError(SyncError::Kind::Unreachable, QStringLiteral("not connected"));
    std::vector<const char*> values;
    std::vector<int> lengths;
    values.reserve(params.size());
    for (const PgParam& p : params) {
        values.push_back(p ? p->constData() : nullptr);
        lengths.push_back(p ? static_cast<int>(p->size()) : 0);
    }
    return check(PQexecParams(c_, sql, static_cast<int>(params.size()), nullptr, values.data(),
                              lengths.data(), nullptr, 0),
                 "query");
}

void PgConnection::send(const char* sql, const std::vector<PgParam>& params) {
    if (!c_)
        throw SyncError(SyncError::Kind::Unreachable, QStringLiteral("not connected"));
    std::vector<const char*> values;
    std::vector<int> lengths;
    for (const PgParam& p : params) {
        values.push_back(p ? p->constData() : nullptr);
        lengths.push_back(p ? static_cast<int>(p->size()) : 0);
    }
    if (PQsendQueryParams(c_, sql, static_cast<int>(params.size()), nullptr, values.data(),
                          lengths.data(), nullptr, 0) == 0)
        throw SyncError(SyncError::Kind::Unreachable,
                        QStringLiteral("central database %1: sending failed: %2")
                            .arg(where_, QString::fromUtf8(PQerrorMessage(c_)).trimmed()));
}

PgResult PgConnection::receive() {
    // The first result is the query's; libpq then needs a NULL to know the query ended.
    pg_result* first = PQgetResult(c_);
    while (pg_result* more = PQgetResult(c_)) PQclear(more);
    return check(first, "query");
}

void PgConnection::execScript(const char* sql) {
    if (!c_)
        throw SyncError(SyncError::Kind::Unreachable, QStringLiteral("not connected"));
    check(PQexec(c_, sql), "script");
}

std::vector<PgNotification> PgConnection::takeNotifications() {
    std::vector<PgNotification> out;
    if (!c_)
        return out;
    if (PQconsumeInput(c_) == 0)
        throw SyncError(SyncError::Kind::Unreachable,
                        QStringLiteral("central database %1: connection lost: %2")
                            .arg(where_, QString::fromUtf8(PQerrorMessage(c_)).trimmed()));
    while (PGnotify* n = PQnotifies(c_)) {
        out.push_back({QString::fromUtf8(n->relname), QString::fromUtf8(n->extra)});
        PQfreemem(n);
    }
    return out;
}

QString PgConnection::quoteIdentifier(const QString& name) const {
    const QByteArray utf8 = name.toUtf8();
    char* q = PQescapeIdentifier(c_, utf8.constData(), static_cast<size_t>(utf8.size()));
    if (!q)
        throw SyncError(SyncError::Kind::Config, QStringLiteral("cannot quote '%1'").arg(name));
    QString out = QString::fromUtf8(q);
    PQfreemem(q);
    return out;
}

QString PgConnection::quoteLiteral(const QString& value) const {
    const QByteArray utf8 = value.toUtf8();
    char* q = PQescapeLiteral(c_, utf8.constData(), static_cast<size_t>(utf8.size()));
    if (!q)
        throw SyncError(SyncError::Kind::Config, QStringLiteral("cannot quote a literal"));
    QString out = QString::fromUtf8(q);
    PQfreemem(q);
    return out;
}

QString PgConnection::scramVerifier(const QString& role, const QString& password) const {
    char* v = PQencryptPasswordConn(c_, password.toUtf8().constData(), role.toUtf8().constData(),
                                    "scram-sha-256");
    if (!v)
        throw SyncError(SyncError::Kind::Config,
                        QStringLiteral("cannot compute a SCRAM verifier: %1")
                            .arg(QString::fromUtf8(PQerrorMessage(c_)).trimmed()));
    QString out = QString::fromUtf8(v);
    PQfreemem(v);
    return out;
}

PgTransaction::PgTransaction(PgConnection& c) : c_(c) {
    c_.exec("BEGIN");
}
PgTransaction::~PgTransaction() {
    if (open_) {
        try {
            c_.exec("ROLLBACK");
        } catch (const SyncError&) {  // the connection is gone: so is the transaction
        }
    }
}
void PgTransaction::commit() {
    c_.exec("COMMIT");
    open_ = false;
}

void PgTextArray::add(const QByteArray& utf8) {
    if (count_++ > 0)
        out_.append(',');
    out_.append('"');
    const char* p = utf8.constData();
    const char* end = p + utf8.size();
    // Only '"' and '\' need escaping inside a quoted array element.
    while (p < end) {
        const char* q = p;
        while (q < end && *q != '"' && *q != '\\') ++q;
        out_.append(p, q - p);
        if (q < end) {
            out_.append('\\');
            out_.append(*q);
            ++q;
        }
        p = q;
    }
    out_.append('"');
}

void PgTextArray::add(std::int64_t number) {
    if (count_++ > 0)
        out_.append(',');
    out_.append(QByteArray::number(static_cast<qlonglong>(number)));
}

QByteArray PgTextArray::take() {
    out_.append('}');
    QByteArray done = std::move(out_);
    out_ = QByteArray(1, '{');
    count_ = 0;
    return done;
}

}  // namespace batch::sync
