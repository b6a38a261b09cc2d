// Sync throughput to a local PostgreSQL 15 started by the bench (DESIGN.md §7):
//   sync to local PostgreSQL  >= 50,000 events/s; 1,000,000-event backlog drained <= 30 s
// The station's backlog is written first (batched appends into a real SQLCipher store),
// then one SyncClient exchange drains it through batch.ingest (unnest arrays, one
// transaction per push). Prints wall time, this process's CPU time and the server's
// share; never fails on timing. --quick drains a small backlog (the CI smoke run).
#include "PgServer.h"

#include "record/Journal.h"
#include "store/Database.h"
#include "store/Migrations.h"
#include "sync/CentralAdmin.h"
#include "sync/CentralSchema.h"
#include "sync/MasterData.h"
#include "sync/SyncClient.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QThread>

#include <sys/resource.h>
#include <unistd.h>

#include <algorithm>
#include <cstdio>

using namespace batch;

namespace {

constexpr double kBudgetPerSecond = 50'000.0;
constexpr double kBacklogBudgetSeconds = 30.0;

// CPU seconds of a process of this machine (the server backend of our connection), from
// /proc: wall time on a shared 2-core machine says little, CPU time says what it cost.
double processCpuSeconds(qint64 pid) {
    QFile f(QStringLiteral("/proc/%1/stat").arg(pid));
    if (!f.open(QIODevice::ReadOnly))
        return 0;
    const QByteArray line = f.readAll();
    const QList<QByteArray> fields = line.mid(line.lastIndexOf(')') + 2).split(' ');
    // fields[11], fields[12]: utime, stime (after the comm field: state is fields[0]).
    return (fields.value(11).toDouble() + fields.value(12).toDouble()) / sysconf(_SC_CLK_TCK);
}

double cpuSeconds() {
    rusage u{};
    getrusage(RUSAGE_SELF, &u);
    return u.ru_utime.tv_sec + u.ru_stime.tv_sec + (u.ru_utime.tv_usec + u.ru_stime.tv_usec) / 1e6;
}

// The bulk of a record: instrument readings (balance frames), with a completed weighing
// step every tenth event (the dashboard's trend source).
record::NewEvent reading(int i) {
    const QString value = QString::number(12000 + i % 1000) + QStringLiteral(".345");
    if (i % 10 == 9)
        return {
            QStringLiteral("StepCompleted"), QStringLiteral("op1"),
            QJsonObject{{QStringLiteral("batch_id"), QStringLiteral("B2026-0042")},
                        {QStringLiteral("step_id"), QStringLiteral("S%1").arg(i % 40)},
                        {QStringLiteral("instrument_id"), QStringLiteral("BAL-01")},
                        {QStringLiteral("raw_frame"), QStringLiteral("S S     %1 g").arg(value)},
                        {QStringLiteral("value"), value},
                        {QStringLiteral("unit"), QStringLiteral("g")},
                        {QStringLiteral("source"), QStringLiteral("instrument")},
                        {QStringLiteral("stable"), true}}};
    return {QStringLiteral("ValueRecorded"), QStringLiteral("op1"),
            QJsonObject{{QStringLiteral("batch_id"), QStringLiteral("B2026-0042")},
                        {QStringLiteral("step_id"), QStringLiteral("S%1").arg(i % 40)},
                        {QStringLiteral("instrument_id"), QStringLiteral("BAL-01")},
                        {QStringLiteral("raw_frame"), QStringLiteral("S D     %1 g").arg(value)},
                        {QStringLiteral("value"), value},
                        {QStringLiteral("unit"), QStringLiteral("g")},
                        {QStringLiteral("stable"), false}}};
}

}  // namespace

int main(int argc, char** argv) {
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption quick(QStringLiteral("quick"),
                                   QStringLiteral("Small backlog (smoke run)."));
    const QCommandLineOption events(QStringLiteral("events"), QStringLiteral("Backlog size."),
                                    QStringLiteral("N"), QStringLiteral("1000000"));
    const QCommandLineOption batch(QStringLiteral("batch"), QStringLiteral("Events per push."),
                                   QStringLiteral("N"), QStringLiteral("10000"));
    parser.addOptions({quick, events, batch});
    parser.process(app);
    const int backlog = parser.isSet(quick) ? 20000 : parser.value(events).toInt();
    const int perPush = parser.value(batch).toInt();

    try {
        PgServer pg;
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("bench.db"));
        store::Database db =
            store::Database::open(path, "bench passphrase", store::OpenMode::CreateNew);
        store::migrate(db);
        record::Journal::initializeStation(db, QStringLiteral("BENCH"), record::systemClock());
        record::Journal journal(db);

        QElapsedTimer t;
        t.start();
        constexpr int kPerTxn = 10000;
        for (int done = 0; done < backlog;) {
            record::RecordTransaction txn(journal);
            for (int i = 0; i < kPerTxn && done < backlog; ++i, ++done) txn.append(reading(done));
            txn.commit();
        }
        std::printf("backlog: %d events written locally in %.2f s\n", backlog,
                    t.elapsed() / 1000.0);

        sync::ConnectionSettings super;
        super.url = pg.superUrl();
        super.password = QString::fromLatin1(PgServer::kSuperPassword);
        {
            sync::PgConnection c = sync::PgConnection::connect(super);
            sync::migrateCentral(c);
            sync::registerStation(c, {QStringLiteral("BENCH"),
                                      QString::fromLatin1(journal.publicKey().toHex()),
                                      QStringLiteral("station_bench"),
                                      QStringLiteral("bench-pw"),
                                      {}});
        }
        sync::ConnectionSettings station;
        station.url = pg.url();
        station.user = QStringLiteral("station_bench");
        station.password = QStringLiteral("bench-pw");
        sync::PgConnection c = sync::PgConnection::connect(station);
        const sync::MasterDataRegistry appliers = sync::defaultMasterDataAppliers();
        sync::SyncOptions options;
        options.batchEvents = perPush;
        options.maxPushMs = 600000;
        sync::SyncClient client(journal, appliers, options);

        const qint64 backend = c.exec("SELECT pg_backend_pid()").int64(0, 0);
        const double serverCpu0 = processCpuSeconds(backend);
        const double cpu0 = cpuSeconds();
        t.restart();
        const sync::ExchangeResult r = client.exchange(c);
        const double wall = t.elapsed() / 1000.0;
        const double cpu = cpuSeconds() - cpu0;
        const double serverCpu = processCpuSeconds(backend) - serverCpu0;
        if (r.watermark != journal.headSeq()) {
            std::fprintf(stderr, "bench_sync: drained to %lld of %lld\n",
                         static_cast<long long>(r.watermark),
                         static_cast<long long>(journal.headSeq()));
            return 1;
        }
        sync::PgConnection su = sync::PgConnection::connect(super);
        const auto stored = su.exec("SELECT count(*) FROM batch.events").int64(0, 0);
        const double rate = r.pushed / wall;
        std::printf(
            "drain:   %lld events in %.2f s (%d per push) = %.0f events/s  [budget >= %.0f/s: "
            "%s]\n",
            static_cast<long long>(r.pushed), wall, perPush, rate, kBudgetPerSecond,
            rate >= kBudgetPerSecond ? "met" : "NOT met");
        const double projected = 1'000'000.0 / rate;
        std::printf("backlog: 1,000,000 events %s %.1f s  [budget <= %.0f s: %s]\n",
                    backlog >= 1'000'000 ? "drained in" : "projected at", projected,
                    kBacklogBudgetSeconds, projected <= kBacklogBudgetSeconds ? "met" : "NOT met");
        const double cpuRate = r.pushed / (cpu + serverCpu);
        std::printf(
            "cpu:     station %.2f s + server backend %.2f s = %.1f us/event -> %.0f events/s "
            "per CPU-second of both ends (wall time above is disturbed by other work on "
            "this shared %d-core machine: load average printed below)\n",
            cpu, serverCpu, (cpu + serverCpu) * 1e6 / r.pushed, cpuRate,
            QThread::idealThreadCount());
        std::printf("cpu:     1,000,000 events at that CPU cost: %.1f s  [budget <= %.0f s: %s]\n",
                    1'000'000.0 / cpuRate, kBacklogBudgetSeconds,
                    1'000'000.0 / cpuRate <= kBacklogBudgetSeconds ? "met" : "NOT met");
        // Station and server overlap (the next push is read while the server stores one), so
        // on an otherwise idle machine the slower side sets the pace.
        const double paced = r.pushed / std::max(cpu, serverCpu);
        std::printf(
            "cpu:     idle-machine estimate (slower side's CPU time): %.0f events/s, "
            "1,000,000 events in %.1f s\n",
            paced, 1'000'000.0 / paced);
        QFile load(QStringLiteral("/proc/loadavg"));
        if (load.open(QIODevice::ReadOnly))
            std::printf("load:    %s", load.readAll().constData());
        if (stored != r.pushed + 1 && stored != r.pushed) {
            std::fprintf(stderr, "bench_sync: central holds %lld events\n",
                         static_cast<long long>(stored));
            return 1;
        }
        return 0;
    } catch (const std::exception& e) {
        std::fprintf(stderr, "bench_sync: %s\n", e.what());
        return 1;
    }
}
