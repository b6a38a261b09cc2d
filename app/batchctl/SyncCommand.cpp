// `batchctl sync`: push the station's events to the central database and pull master
// data, once or continuously (docs/sync.md, docs/cli.md §Sync).
#include "CentralAccess.h"
#include "Commands.h"
#include "StoreAccess.h"

#include "sync/SyncClient.h"
#include "sync/SyncWorker.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QThread>

namespace batch::cli {
namespace {

std::int64_t numberOption(const Command& cmd, const QString& name, std::int64_t max) {
    bool ok = false;
    const std::int64_t v = cmd.value(name).toLongLong(&ok);
    if (!ok || v < 0 || v > max)
        usageError(QStringLiteral("batchctl sync: --%1 must be a whole number from 0 to %2")
                       .arg(name)
                       .arg(max));
    return v;
}

QJsonObject resultJson(const sync::ExchangeResult& r) {
    return {{QStringLiteral("pushed"), static_cast<qint64>(r.pushed)},
            {QStringLiteral("watermark"), static_cast<qint64>(r.watermark)},
            {QStringLiteral("local_head"), static_cast<qint64>(r.localHead)},
            {QStringLiteral("waiting"), static_cast<qint64>(r.waiting())},
            {QStringLiteral("notices"), r.notices},
            {QStringLiteral("applied"), r.applied},
            {QStringLiteral("refused"), r.refused},
            {QStringLiteral("refusals"), QJsonArray::fromStringList(r.refusals)},
            {QStringLiteral("clock_offset_ms"), static_cast<qint64>(r.offsetMs)},
            {QStringLiteral("clock_offset_exceeded"), r.offsetExceeded}};
}

QJsonObject statusJson(const sync::SyncStatus& s) {
    return {{QStringLiteral("online"), s.online},
            {QStringLiteral("waiting"), static_cast<qint64>(s.waiting)},
            {QStringLiteral("watermark"), static_cast<qint64>(s.watermark)},
            {QStringLiteral("last_success"), s.lastSuccessUtc},
            {QStringLiteral("last_error"), s.lastError},
            {QStringLiteral("clock_offset_ms"), static_cast<qint64>(s.clockOffsetMs)}};
}

int follow(const StoreLocation& where, const sync::SyncConfig& config) {
    const QByteArray passphrase = readKey(where);
    QThread thread;
    thread.setObjectName(QStringLiteral("sync"));
    auto* worker = new sync::SyncWorker(where.dbPath, passphrase, config);
    worker->moveToThread(&thread);
    QObject::connect(&thread, &QThread::started, worker, &sync::SyncWorker::start);
    QObject::connect(&thread, &QThread::finished, worker, &QObject::deleteLater);
    QObject::connect(worker, &sync::SyncWorker::statusChanged, qApp, [](const sync::SyncStatus& s) {
        printOut(QString::fromUtf8(QJsonDocument(statusJson(s)).toJson(QJsonDocument::Compact)) +
                 QLatin1Char('\n'));
    });
    thread.start();
    // Runs until the process is stopped: SIGTERM/SIGINT/SIGKILL all leave the store
    // consistent (every local write is one SQLite transaction) and the server ignores
    // what it already holds.
    const int rc = QCoreApplication::exec();
    thread.quit();
    thread.wait();
    return rc;
}

}  // namespace

int runSync(const QStringList& args) {
    Command cmd(QStringLiteral("sync"),
                QStringLiteral("Push this station's events to the central database (in order, "
                               "exactly once; priority events reported ahead) and pull master "
                               "data (applied in one transaction). --once: one exchange, then "
                               "exit (1 when the server refused or was unreachable). --follow: "
                               "keep syncing, printing one JSON status line per change, with "
                               "exponential backoff while the server is unreachable."));
    addStoreOptions(cmd);
    addCentralOptions(cmd);
    cmd.flag(QStringLiteral("once"), QStringLiteral("One exchange, then exit (default)."));
    cmd.flag(QStringLiteral("follow"), QStringLiteral("Keep syncing until stopped."));
    cmd.flag(QStringLiteral("json"), QStringLiteral("Print the exchange result as JSON (--once)."));
    cmd.option(QStringLiteral("offline-limit-minutes"),
               QStringLiteral("Refuse signatures after this long without a sync (0: never)."),
               QStringLiteral("N"));
    cmd.option(QStringLiteral("clock-bound-ms"),
               QStringLiteral("Record ClockOffsetExceeded when the clock offset exceeds this."),
               QStringLiteral("MS"));
    cmd.option(QStringLiteral("batch-events"), QStringLiteral("Events per push (default 10000)."),
               QStringLiteral("N"));
    if (!cmd.parse(args))
        return kExitOk;
    if (cmd.isSet(QStringLiteral("once")) && cmd.isSet(QStringLiteral("follow")))
        usageError(QStringLiteral("batchctl sync: --once and --follow exclude each other"));
    const StoreLocation where = storeLocation(cmd);
    sync::SyncConfig config;
    try {
        config = centralConfig(cmd);
    } catch (const sync::SyncError& e) {
        usageError(QStringLiteral("batchctl sync: %1").arg(e.message()));
    }
    config.connection.applicationName = QStringLiteral("batchctl sync");
    if (cmd.isSet(QStringLiteral("offline-limit-minutes")))
        config.options.offlineSigningLimitSeconds =
            numberOption(cmd, QStringLiteral("offline-limit-minutes"), 525600) * 60;
    if (cmd.isSet(QStringLiteral("clock-bound-ms")))
        config.options.clockOffsetBoundMs =
            numberOption(cmd, QStringLiteral("clock-bound-ms"), 86400000);
    if (cmd.isSet(QStringLiteral("batch-events")))
        config.options.batchEvents = static_cast<int>(
            std::max<std::int64_t>(1, numberOption(cmd, QStringLiteral("batch-events"), 100000)));
    if (cmd.isSet(QStringLiteral("follow")))
        return follow(where, config);

    return withStation(where, [&](Station& station) {
        const sync::MasterDataRegistry appliers = sync::defaultMasterDataAppliers();
        sync::SyncClient client(station.journal(), appliers, config.options);
        client.applyPolicy();
        try {
            sync::PgConnection c = sync::PgConnection::connect(config.connection);
            const sync::ExchangeResult r = client.exchange(c);
            if (cmd.isSet(QStringLiteral("json")))
                printOut(
                    QString::fromUtf8(QJsonDocument(resultJson(r)).toJson(QJsonDocument::Compact)) +
                    QLatin1Char('\n'));
            else
                printOut(QStringLiteral("synced %1: pushed %2 event(s), central watermark %3 of "
                                        "%4, %5 master-data change(s) applied, %6 refused, clock "
                                        "offset %7 ms\n")
                             .arg(station.stationId())
                             .arg(r.pushed)
                             .arg(r.watermark)
                             .arg(r.localHead)
                             .arg(r.applied)
                             .arg(r.refused)
                             .arg(r.offsetMs));
            for (const QString& refusal : r.refusals)
                printErr(QStringLiteral("master data refused: %1\n").arg(refusal));
            return int(kExitOk);
        } catch (const sync::SyncError& e) {
            throw CliError(kExitFailure, QStringLiteral("batchctl sync: %1").arg(e.message()));
        }
    });
}

}  // namespace batch::cli
