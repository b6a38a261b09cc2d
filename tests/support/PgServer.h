#pragma once

// A real PostgreSQL 15 server for a test (DESIGN.md §8): initdb + pg_ctl in a temporary
// directory on a free loopback port, SCRAM passwords over TCP, no mocks. As root (CI) the
// server runs as the `postgres` system user through runuser, since PostgreSQL refuses to
// run as root. stop(immediate) and start() let chaos tests crash and restart it.

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QString>
#include <QTemporaryDir>
#include <QThread>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

#include <stdexcept>

class PgServer {
public:
    static constexpr const char* kBinDir = "/usr/lib/postgresql/15/bin";
    static constexpr const char* kSuperPassword = "super-secret-test-password";

    struct Tls {
        QString caFile;   // CA certificate that signed the server certificate
        QString otherCa;  // an unrelated CA (verify-full must fail with it)
    };

    explicit PgServer(bool withTls = false)
        : dir_(QDir::tempPath() + QStringLiteral("/batch-pg-XXXXXX")) {
        if (!dir_.isValid())
            throw std::runtime_error("cannot create a temporary directory for PostgreSQL");
        data_ = dir_.filePath(QStringLiteral("data"));
        port_ = freePort();
        QFile pw(dir_.filePath(QStringLiteral("pwfile")));
        pw.open(QIODevice::WriteOnly);
        pw.write(kSuperPassword);
        pw.close();
        if (asRoot())
            run(QStringLiteral("chown"),
                {QStringLiteral("-R"), QStringLiteral("postgres:postgres"), dir_.path()});
        pg(QStringLiteral("initdb"),
           {QStringLiteral("-D"), data_, QStringLiteral("-U"), QStringLiteral("postgres"),
            QStringLiteral("-E"), QStringLiteral("UTF8"), QStringLiteral("--locale=C"),
            QStringLiteral("--auth-local=trust"), QStringLiteral("--auth-host=scram-sha-256"),
            QStringLiteral("--pwfile=") + dir_.filePath(QStringLiteral("pwfile")),
            QStringLiteral("--no-sync")});
        QString conf = QStringLiteral(
                           "port = %1\nlisten_addresses = '127.0.0.1'\n"
                           "unix_socket_directories = '%2'\nmax_connections = 50\n"
                           "shared_buffers = 128MB\nmax_wal_size = 2GB\n"
                           "log_min_messages = warning\n")
                           .arg(port_)
                           .arg(dir_.path());
        if (withTls)
            conf += makeTls();
        QFile pc(data_ + QStringLiteral("/postgresql.conf"));
        pc.open(QIODevice::Append);
        pc.write(conf.toUtf8());
        pc.close();
        start();
    }
    ~PgServer() {
        try {
            stop(false);
        } catch (...) {
        }
    }
    PgServer(const PgServer&) = delete;
    PgServer& operator=(const PgServer&) = delete;

    void start() {
        pg(QStringLiteral("pg_ctl"),
           {QStringLiteral("-D"), data_, QStringLiteral("-l"),
            dir_.filePath(QStringLiteral("server.log")), QStringLiteral("-w"), QStringLiteral("-t"),
            QStringLiteral("60"), QStringLiteral("start")});
        running_ = true;
    }
    // immediate: `pg_ctl stop -m immediate` (a crash: no checkpoint, recovery on start).
    void stop(bool immediate) {
        if (!running_)
            return;
        running_ = false;
        pg(QStringLiteral("pg_ctl"),
           {QStringLiteral("-D"), data_, QStringLiteral("-m"),
            immediate ? QStringLiteral("immediate") : QStringLiteral("fast"), QStringLiteral("-w"),
            QStringLiteral("stop")});
    }
    bool running() const { return running_; }
    int port() const { return port_; }
    const Tls& tls() const { return tls_; }
    QString directory() const { return dir_.path(); }

    // libpq URI for a role on database `postgres` over TCP (no password in it).
    QString url(const QString& host = QStringLiteral("127.0.0.1")) const {
        return QStringLiteral("postgresql://%1:%2/postgres").arg(host).arg(port_);
    }
    QString superUrl() const {
        return QStringLiteral("postgresql://postgres@127.0.0.1:%1/postgres").arg(port_);
    }
    // A password file in the server's directory (for --password-file options).
    QString writePasswordFile(const QString& name, const QString& password) const {
        const QString path = dir_.filePath(name);
        QFile f(path);
        f.open(QIODevice::WriteOnly);
        f.write(password.toUtf8() + "\n");
        return path;
    }
    QString superPasswordFile() const {
        return writePasswordFile(QStringLiteral("super.pw"), QString::fromLatin1(kSuperPassword));
    }
    // psql as the superuser over the unix socket; returns stdout, throws on failure.
    QString psql(const QString& sql) const {
        return pg(QStringLiteral("psql"),
                  {QStringLiteral("-X"), QStringLiteral("-q"), QStringLiteral("-A"),
                   QStringLiteral("-t"), QStringLiteral("-v"), QStringLiteral("ON_ERROR_STOP=1"),
                   QStringLiteral("-h"), dir_.path(), QStringLiteral("-p"), QString::number(port_),
                   QStringLiteral("-U"), QStringLiteral("postgres"), QStringLiteral("-d"),
                   QStringLiteral("postgres"), QStringLiteral("-c"), sql},
                  QString::fromLatin1(kBinDir))
            .trimmed();
    }

private:
    static bool asRoot() { return geteuid() == 0; }

    static int freePort() {
        const int s = ::socket(AF_INET, SOCK_STREAM, 0);
        sockaddr_in a{};
        a.sin_family = AF_INET;
        a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        a.sin_port = 0;
        ::bind(s, reinterpret_cast<sockaddr*>(&a), sizeof a);
        socklen_t len = sizeof a;
        ::getsockname(s, reinterpret_cast<sockaddr*>(&a), &len);
        const int port = ntohs(a.sin_port);
        ::close(s);
        return port;
    }

    static QString run(const QString& program, const QStringList& args) {
        QProcess p;
        p.setProcessChannelMode(QProcess::MergedChannels);
        p.start(program, args);
        if (!p.waitForFinished(180000) || p.exitStatus() != QProcess::NormalExit ||
            p.exitCode() != 0)
            throw std::runtime_error((program + QLatin1Char(' ') + args.join(QLatin1Char(' ')) +
                                      QStringLiteral(" failed: ") + QString::fromUtf8(p.readAll()))
                                         .toStdString());
        return QString::fromUtf8(p.readAll());
    }

    QString pg(const QString& tool, const QStringList& args,
               const QString& binDir = QString::fromLatin1(kBinDir)) const {
        const QString program = binDir + QLatin1Char('/') + tool;
        if (!asRoot())
            return run(program, args);
        return run(QStringLiteral("runuser"),
                   QStringList{QStringLiteral("-u"), QStringLiteral("postgres"),
                               QStringLiteral("--"), program} +
                       args);
    }

    // A CA and a server certificate for localhost / 127.0.0.1 made with openssl, plus an
    // unrelated CA, so a test can prove sslmode=verify-full both ways.
    QString makeTls() {
        const QString d = dir_.path() + QStringLiteral("/tls");
        QDir().mkpath(d);
        auto ssl = [&](const QStringList& args) { run(QStringLiteral("openssl"), args); };
        const QString ext = d + QStringLiteral("/san.ext");
        QFile e(ext);
        e.open(QIODevice::WriteOnly);
        e.write("subjectAltName=DNS:localhost,IP:127.0.0.1\n");
        e.close();
        for (const QString& ca : {QStringLiteral("ca"), QStringLiteral("other-ca")})
            ssl({QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                 QStringLiteral("ec"), QStringLiteral("-pkeyopt"),
                 QStringLiteral("ec_paramgen_curve:prime256v1"), QStringLiteral("-nodes"),
                 QStringLiteral("-days"), QStringLiteral("2"), QStringLiteral("-subj"),
                 QStringLiteral("/CN=BatchStation test ") + ca, QStringLiteral("-keyout"),
                 d + QLatin1Char('/') + ca + QStringLiteral(".key"), QStringLiteral("-out"),
                 d + QLatin1Char('/') + ca + QStringLiteral(".pem")});
        ssl({QStringLiteral("req"), QStringLiteral("-newkey"), QStringLiteral("ec"),
             QStringLiteral("-pkeyopt"), QStringLiteral("ec_paramgen_curve:prime256v1"),
             QStringLiteral("-nodes"), QStringLiteral("-subj"), QStringLiteral("/CN=localhost"),
             QStringLiteral("-keyout"), d + QStringLiteral("/server.key"), QStringLiteral("-out"),
             d + QStringLiteral("/server.csr")});
        ssl({QStringLiteral("x509"), QStringLiteral("-req"), QStringLiteral("-in"),
             d + QStringLiteral("/server.csr"), QStringLiteral("-CA"),
             d + QStringLiteral("/ca.pem"), QStringLiteral("-CAkey"), d + QStringLiteral("/ca.key"),
             QStringLiteral("-CAcreateserial"), QStringLiteral("-days"), QStringLiteral("2"),
             QStringLiteral("-extfile"), ext, QStringLiteral("-out"),
             d + QStringLiteral("/server.pem")});
        QFile::setPermissions(d + QStringLiteral("/server.key"),
                              QFile::ReadOwner | QFile::WriteOwner);
        if (asRoot())
            run(QStringLiteral("chown"),
                {QStringLiteral("-R"), QStringLiteral("postgres:postgres"), d});
        tls_ = {d + QStringLiteral("/ca.pem"), d + QStringLiteral("/other-ca.pem")};
        return QStringLiteral(
                   "ssl = on\nssl_cert_file = '%1/server.pem'\nssl_key_file = '%1/server.key'\n")
            .arg(d);
    }

    QTemporaryDir dir_;
    QString data_;
    int port_ = 0;
    bool running_ = false;
    Tls tls_;
};
