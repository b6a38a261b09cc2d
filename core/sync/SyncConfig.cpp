#include "sync/SyncConfig.h"

#include <QFile>
#include <QFileInfo>
#include <QSettings>

namespace batch::sync {
namespace {

SyncError configError(const QString& path, const QString& what) {
    return SyncError(SyncError::Kind::Config, QStringLiteral("%1: %2").arg(path, what));
}

std::int64_t number(const QSettings& ini, const QString& path, const char* name,
                    std::int64_t fallback, std::int64_t min, std::int64_t max) {
    const QString k = QString::fromLatin1(name);
    if (!ini.contains(k))
        return fallback;
    bool ok = false;
    const std::int64_t v = ini.value(k).toString().trimmed().toLongLong(&ok);
    if (!ok || v < min || v > max)
        throw configError(
            path,
            QStringLiteral("%1 must be a whole number from %2 to %3").arg(k).arg(min).arg(max));
    return v;
}

}  // namespace

QString readPasswordFile(const QString& path) {
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        throw SyncError(
            SyncError::Kind::Config,
            QStringLiteral("cannot read the password file %1: %2").arg(path, f.errorString()));
    QByteArray line = f.read(4096);
    const qsizetype nl = line.indexOf('\n');
    if (nl >= 0)
        line.truncate(nl);
    if (line.endsWith('\r'))
        line.chop(1);
    if (line.isEmpty())
        throw SyncError(SyncError::Kind::Config,
                        QStringLiteral("the password file %1 is empty").arg(path));
    return QString::fromUtf8(line);
}

QString defaultSyncConfigPath() {
    const QString env = qEnvironmentVariable("BATCHSTATION_CONFIG");
    return env.isEmpty() ? QStringLiteral("/etc/batchstation/station.conf") : env;
}

SyncConfig loadSyncConfig(const QString& path) {
    if (!QFileInfo(path).isFile())
        throw configError(path, QStringLiteral("no such configuration file"));
    QSettings ini(path, QSettings::IniFormat);
    if (ini.status() != QSettings::NoError)
        throw configError(path, QStringLiteral("not a readable INI file"));
    SyncConfig c;
    ini.beginGroup(QStringLiteral("central"));
    c.connection.url = ini.value(QStringLiteral("url")).toString().trimmed();
    if (c.connection.urlHasPassword())
        throw configError(path, QStringLiteral("[central] url must not contain a password: put "
                                               "it in password_file"));
    c.connection.user = ini.value(QStringLiteral("user")).toString().trimmed();
    c.connection.sslMode = ini.value(QStringLiteral("sslmode")).toString().trimmed();
    c.connection.sslRootCert = ini.value(QStringLiteral("sslrootcert")).toString().trimmed();
    const QString passwordFile = ini.value(QStringLiteral("password_file")).toString().trimmed();
    if (!passwordFile.isEmpty())
        c.connection.password = readPasswordFile(passwordFile);
    c.connection.connectTimeoutSeconds =
        static_cast<int>(number(ini, path, "connect_timeout_s", 5, 1, 300));
    ini.endGroup();

    ini.beginGroup(QStringLiteral("sync"));
    c.options.offlineSigningLimitSeconds =
        number(ini, path, "offline_signing_limit_minutes", 0, 0, 60 * 24 * 365) * 60;
    c.options.clockOffsetBoundMs = number(ini, path, "clock_offset_bound_ms", 0, 0, 86'400'000);
    c.options.batchEvents = static_cast<int>(number(ini, path, "batch_events", 10000, 1, 100000));
    c.pollMs = static_cast<int>(number(ini, path, "poll_ms", 250, 10, 60000));
    c.minBackoffMs = static_cast<int>(number(ini, path, "min_backoff_ms", 250, 10, 60000));
    c.maxBackoffMs = static_cast<int>(number(ini, path, "max_backoff_ms", 30000, 10, 3'600'000));
    c.pullIntervalMs =
        static_cast<int>(number(ini, path, "pull_interval_ms", 5000, 100, 3'600'000));
    ini.endGroup();

    if (ini.childGroups().contains(QStringLiteral("dashboard"))) {
        ini.beginGroup(QStringLiteral("dashboard"));
        ConnectionSettings d = c.connection;
        d.user = ini.value(QStringLiteral("user")).toString().trimmed();
        d.password.clear();
        const QString dashboardPassword =
            ini.value(QStringLiteral("password_file")).toString().trimmed();
        if (d.user.isEmpty())
            throw configError(path,
                              QStringLiteral("[dashboard] needs user (a batch_supervisor role)"));
        if (!dashboardPassword.isEmpty())
            d.password = readPasswordFile(dashboardPassword);
        d.applicationName = QStringLiteral("batchstation dashboard");
        c.dashboard = d;
        ini.endGroup();
    }
    return c;
}

}  // namespace batch::sync
