#pragma once

// Shared pieces of the sync tests: running batchctl, a central database initialised and
// with one registered station, and event arrays for direct calls to batch.ingest.

#include "PgServer.h"

#include "record/ChainHash.h"
#include "record/Event.h"
#include "station/Station.h"
#include "sync/PgConnection.h"
#include "sync/SyncClient.h"

#include <QFile>
#include <QProcess>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

#include <atomic>
#include <memory>
#include <vector>

struct CliRun {
    int exitCode = -1;
    QString out;
    QString err;
};

inline QString batchctlPath() {
    return QStringLiteral(BATCH_BINARY_DIR "/app/batchctl/batchctl");
}

inline CliRun batchctl(const QStringList& args, int timeoutMs = 120000) {
    QProcess p;
    p.start(batchctlPath(), args);
    CliRun r;
    if (!p.waitForFinished(timeoutMs)) {
        p.kill();
        p.waitForFinished();
        r.err = QStringLiteral("timed out");
        return r;
    }
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}

// The superuser's connection options for batchctl central ... commands.
inline QStringList superArgs(const PgServer& pg) {
    return {QStringLiteral("--url"), pg.superUrl(), QStringLiteral("--password-file"),
            pg.superPasswordFile()};
}

inline batch::sync::ConnectionSettings superSettings(const PgServer& pg) {
    batch::sync::ConnectionSettings s;
    s.url = pg.superUrl();
    s.password = QString::fromLatin1(PgServer::kSuperPassword);
    return s;
}

inline batch::sync::ConnectionSettings roleSettings(const PgServer& pg, const QString& role,
                                                    const QString& password) {
    batch::sync::ConnectionSettings s;
    s.url = pg.url();
    s.user = role;
    s.password = password;
    return s;
}

// Parameters of a direct batch.ingest call for `events` (no checkpoints).
inline std::vector<batch::sync::PgParam> ingestParams(
    const QString& station, const std::vector<batch::record::EventRecord>& events) {
    return batch::sync::ingestParams(station, QStringLiteral("2030-01-01T00:00:00.000Z"), events);
}
using batch::sync::kIngestSql;

inline const QString kAdminPassword = QStringLiteral("Admin-Password-42");

// A station store made through the real Station::create, with an adjustable clock.
struct StationFixture {
    explicit StationFixture(const QString& id) {
        dbPath = dir.filePath(QStringLiteral("station.db"));
        keyPath = dir.filePath(QStringLiteral("station.key"));
        QFile key(keyPath);
        key.open(QIODevice::WriteOnly);
        key.write(passphrase(id) + "\n");
        key.close();
        station = batch::Station::create(dbPath, passphrase(id), id, QStringLiteral("admin"),
                                         QStringLiteral("Ada Admin"), kAdminPassword, clock());
    }
    static QByteArray passphrase(const QString& id) { return "station passphrase " + id.toUtf8(); }
    batch::record::Clock clock() {
        return [this] { return batch::record::systemClock()() + offsetMs.load(); };
    }
    QStringList storeArgs() const {
        return {QStringLiteral("--db"), dbPath, QStringLiteral("--key-file"), keyPath};
    }
    QTemporaryDir dir;
    QString dbPath;
    QString keyPath;
    std::atomic<std::int64_t> offsetMs{0};
    std::unique_ptr<batch::Station> station;
};

// The login role a test station connects as: "station_" + its id in lower case.
inline QString stationRole(const StationFixture& s) {
    return QStringLiteral("station_") + s.station->stationId().toLower();
}

// Registers the station and its public key centrally, creating its login role with
// `password` (batchctl central station add).
inline CliRun registerStation(const PgServer& pg, const StationFixture& s,
                              const QString& password) {
    const QString role = stationRole(s);
    return batchctl(QStringList{QStringLiteral("central"), QStringLiteral("station"),
                                QStringLiteral("add"), QStringLiteral("--role"), role,
                                QStringLiteral("--role-password-file"),
                                pg.writePasswordFile(role + QStringLiteral(".pw"), password)} +
                    s.storeArgs() + superArgs(pg));
}

// One exchange (push, then pull and apply master data with this build's appliers) as
// the station's login role.
inline batch::sync::ExchangeResult syncOnce(const PgServer& pg, StationFixture& s,
                                            const QString& password,
                                            const batch::sync::SyncOptions& options = {}) {
    const batch::sync::MasterDataRegistry appliers = batch::sync::defaultMasterDataAppliers();
    batch::sync::SyncClient client(s.station->journal(), appliers, options);
    client.applyPolicy();
    batch::sync::PgConnection c =
        batch::sync::PgConnection::connect(roleSettings(pg, stationRole(s), password));
    return client.exchange(c);
}
