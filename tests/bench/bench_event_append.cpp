// Event append throughput and latency on a real SQLCipher file (DESIGN.md §7):
//   durable single append  p99 <= 20 ms including fsync
//   batched append          >= 100,000 events/s
// Prints figures next to their budget and against two baselines measured in the same run:
// a plain C insert loop of the same rows into SQLCipher as shipped (its stock OpenSSL page
// crypto, SQLite's checkpoints inside commits), and the same loop through store::Database
// (the store the journal writes to: faster page crypto, background checkpoints), which is
// the storage limit for the journal.
// Never fails on timing (CI machines vary), only when the store itself fails.
//
// The machine may be shared: every batched figure is measured --repeat times (best and
// median printed) and comes with the CPU time per event of the whole process (all
// threads, getrusage), which other processes disturb far less than wall time. For
// instruction counts: valgrind --tool=callgrind --toggle-collect='*runJournalBatch*'
//   bench_event_append --repeat 1 --single 10 --batched 20000
#include "record/CanonicalJson.h"
#include "record/ChainHash.h"
#include "record/Journal.h"
#include "record/Uuid.h"
#include "store/CipherProvider.h"
#include "store/Database.h"
#include "store/Migrations.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QThread>

#include <sqlite3.h>
#include <sys/resource.h>
#include <sys/vfs.h>

#include <algorithm>
#include <cstdio>
#include <ctime>
#include <functional>
#include <map>
#include <span>
#include <stdexcept>
#include <string>
#include <vector>

using namespace batch;

namespace {

constexpr double kSingleP99BudgetMs = 20.0;
constexpr double kBatchedBudgetPerSecond = 100'000.0;

// A realistic weighing event: the size and shape of what a balance step records.
record::NewEvent weighing(int i) {
    const QString value = QString::number(12000 + i % 1000) + QStringLiteral(".345");
    return {QStringLiteral("ValueRecorded"), QStringLiteral("op1"),
            QJsonObject{{QStringLiteral("batch"), QStringLiteral("B2026-0042")},
                        {QStringLiteral("step"), QStringLiteral("UP1/OP2/PH3/S%1").arg(i % 40)},
                        {QStringLiteral("instrument"), QStringLiteral("BAL-01")},
                        {QStringLiteral("raw"), QStringLiteral("S S     %1 g").arg(value)},
                        {QStringLiteral("stable"), true},
                        {QStringLiteral("unit"), QStringLiteral("g")},
                        {QStringLiteral("value"), value}}};
}

QString filesystemNote(const QString& dir) {
    struct statfs fs {};
    if (statfs(QFile::encodeName(dir).constData(), &fs) != 0)
        return QStringLiteral("unknown filesystem");
    constexpr long kTmpfsMagic = 0x01021994;
    if (static_cast<long>(fs.f_type) == kTmpfsMagic)
        return QStringLiteral("tmpfs: fsync is free here, latency figures are NOT meaningful");
    return QStringLiteral("filesystem type 0x%1").arg(static_cast<qulonglong>(fs.f_type), 0, 16);
}

QString loadAverage() {
    QFile f(QStringLiteral("/proc/loadavg"));
    if (!f.open(QIODevice::ReadOnly))
        return QStringLiteral("unknown");
    return QString::fromLatin1(f.readLine().split(' ').mid(0, 3).join(' '));
}

double processCpuSeconds() {
    rusage r{};
    getrusage(RUSAGE_SELF, &r);
    return static_cast<double>(r.ru_utime.tv_sec + r.ru_stime.tv_sec) +
           static_cast<double>(r.ru_utime.tv_usec + r.ru_stime.tv_usec) / 1e6;
}

double threadCpuSeconds() {
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return static_cast<double>(ts.tv_sec) + static_cast<double>(ts.tv_nsec) / 1e9;
}

double percentile(std::vector<double> values, double p) {
    if (values.empty())
        return 0;
    std::sort(values.begin(), values.end());
    const auto idx = static_cast<size_t>(p * static_cast<double>(values.size() - 1) + 0.5);
    return values[std::min(idx, values.size() - 1)];
}

const char* verdict(bool within) {
    return within ? "within budget" : "OVER BUDGET";
}

// One timed run: wall seconds and process CPU seconds for `events` events.
// The calling thread's time on a CPU and time runnable but waiting for one (the kernel's
// run queue), in seconds: /proc/thread-self/schedstat. On a shared machine the second
// is what other processes take from a run.
struct SchedStat {
    double onCpu = 0;
    double waitingForCpu = 0;
};

SchedStat schedStat() {
    QFile f(QStringLiteral("/proc/thread-self/schedstat"));
    SchedStat s;
    if (f.open(QIODevice::ReadOnly)) {
        const QList<QByteArray> fields = f.readAll().simplified().split(' ');
        if (fields.size() >= 2) {
            s.onCpu = fields[0].toDouble() / 1e9;
            s.waitingForCpu = fields[1].toDouble() / 1e9;
        }
    }
    return s;
}

struct Run {
    double wall = 0;
    double cpu = 0;                 // the whole process, all threads
    double writerWaitedForCpu = 0;  // the writing (calling) thread, runnable but not running
    double writerOnCpu = 0;         // the writing thread's own CPU time
    int events = 0;
    int backgroundCheckpoints = 0;
    double perSecond() const { return wall > 0 ? events / wall : 0; }
    double cpuUsPerEvent() const { return events > 0 ? cpu * 1e6 / events : 0; }
    double waitUsPerEvent() const { return events > 0 ? writerWaitedForCpu * 1e6 / events : 0; }
    double writerCpuUsPerEvent() const { return events > 0 ? writerOnCpu * 1e6 / events : 0; }
};

template <typename Body>
Run timed(int events, const Body& body) {
    QElapsedTimer timer;
    const double cpu0 = processCpuSeconds();
    const SchedStat sched0 = schedStat();
    timer.start();
    body();
    Run r;
    r.wall = static_cast<double>(timer.nsecsElapsed()) / 1e9;
    r.cpu = processCpuSeconds() - cpu0;
    const SchedStat sched1 = schedStat();
    r.writerWaitedForCpu = sched1.waitingForCpu - sched0.waitingForCpu;
    r.writerOnCpu = sched1.onCpu - sched0.onCpu;
    r.events = events;
    return r;
}

// A fresh store in the scratch directory, deleted (with its -wal/-shm) afterwards.
class ScratchStore {
public:
    ScratchStore(const QString& dir, const QString& name)
        : path_(QDir(dir).filePath(name + QStringLiteral(".db"))),
          db_(store::Database::open(path_, "bench passphrase", store::OpenMode::CreateNew)) {
        store::migrate(db_);
        record::Journal::initializeStation(db_, QStringLiteral("BENCH"), record::systemClock());
    }
    ~ScratchStore() {
        db_.close();
        for (const char* suffix : {"", "-wal", "-shm"})
            QFile::remove(path_ + QLatin1String(suffix));
    }
    store::Database& db() { return db_; }
    const QString& path() const { return path_; }

private:
    QString path_;
    store::Database db_;
};

// The rows of the baseline: the pool's events fully prepared (canonical payload, id,
// time, hashes, seal) before timing, so the loop below is only the store's work.
struct PlainRow {
    QByteArray eventId, tsUtc, payload, rowHash, seal;
};

std::vector<PlainRow> plainRows(const std::vector<record::NewEvent>& pool) {
    std::vector<PlainRow> rows;
    rows.reserve(pool.size());
    const QByteArray sealKey = record::chain::sealKey(QByteArray(32, 'k'));
    const std::int64_t now = record::systemClock()();
    record::EventRecord e{QStringLiteral("BENCH"),      0, {}, {}, {}, {}, {},
                          record::chain::genesisHash(), {}};
    for (const auto& ev : pool) {
        e.seq += 1;
        e.eventId = record::makeUuidV7(now);
        e.type = ev.type;
        e.userId = ev.userId;
        e.tsUtc = record::formatUtcMillis(now);
        e.payload = record::encodeCanonical(ev.payload);
        e.rowHash = record::chain::rowHash(e);
        rows.push_back({e.eventId.toUtf8(), e.tsUtc.toUtf8(), e.payload, e.rowHash.toUtf8(),
                        record::chain::rowSeal(sealKey, e.rowHash).toUtf8()});
        e.prevHash = e.rowHash;
    }
    return rows;
}

void sqliteOk(sqlite3* db, int rc, const char* what) {
    if (rc != SQLITE_OK && rc != SQLITE_DONE)
        throw std::runtime_error(std::string(what) + ": " + sqlite3_errmsg(db));
}

// SQLCipher as shipped: the rows of runBaseline through the C API on a connection keyed
// with SQLCipher's stock provider and SQLite's own checkpoints (wal_autocheckpoint, the
// same 10,000-page threshold), same pragmas otherwise, same schema (made by migrate).
[[gnu::noinline]] Run runStockBaseline(const QString& dir, const std::vector<PlainRow>& rows,
                                       int total, int perTxn) {
    QString path;
    {
        ScratchStore s(dir, QStringLiteral("stock"));  // schema only; closed before timing
        path = s.path();
        s.db().close();
        QFile::copy(path, path + QStringLiteral(".stock"));
    }
    path += QStringLiteral(".stock");
    store::useFastCipherProvider(false);
    sqlite3* db = nullptr;
    sqlite3_open_v2(QFile::encodeName(path).constData(), &db, SQLITE_OPEN_READWRITE, nullptr);
    store::useFastCipherProvider(true);
    auto exec = [&](const char* sql) {
        sqliteOk(db, sqlite3_exec(db, sql, nullptr, nullptr, nullptr), sql);
    };
    Run run;
    try {
        exec("PRAGMA key = 'bench passphrase';");
        exec(
            "PRAGMA journal_mode = WAL; PRAGMA synchronous = FULL; PRAGMA cache_size = -32768;"
            "PRAGMA foreign_keys = ON; PRAGMA wal_autocheckpoint = 10000;");
        sqlite3_stmt* insert = nullptr;
        sqliteOk(db,
                 sqlite3_prepare_v2(db,
                                    "INSERT INTO events(station_id, seq, event_id, type, "
                                    "user_id, ts_utc, payload, prev_hash, row_hash, row_seal) "
                                    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                                    -1, &insert, nullptr),
                 "prepare");
        auto text = [&](int i, const QByteArray& b) {
            sqlite3_bind_text(insert, i, b.constData(), static_cast<int>(b.size()), SQLITE_STATIC);
        };
        const QByteArray station("BENCH"), type("ValueRecorded"), user("op1");
        run = timed(total, [&] {
            std::int64_t seq = 0;
            while (seq < total) {
                exec("BEGIN IMMEDIATE;");
                const std::int64_t end = std::min<std::int64_t>(total, seq + perTxn);
                for (; seq < end; ++seq) {
                    const PlainRow& r = rows[static_cast<size_t>(seq) % rows.size()];
                    const PlainRow& prev =
                        rows[static_cast<size_t>(seq + rows.size() - 1) % rows.size()];
                    text(1, station);
                    sqlite3_bind_int64(insert, 2, seq + 1);
                    text(3, r.eventId);
                    text(4, type);
                    text(5, user);
                    text(6, r.tsUtc);
                    text(7, r.payload);
                    text(8, prev.rowHash);
                    text(9, r.rowHash);
                    text(10, r.seal);
                    sqliteOk(db, sqlite3_step(insert), "insert");
                    sqlite3_reset(insert);
                }
                exec("COMMIT;");
            }
        });
        sqlite3_finalize(insert);
    } catch (...) {
        sqlite3_close_v2(db);
        throw;
    }
    sqlite3_close_v2(db);
    for (const char* suffix : {"", "-wal", "-shm"}) QFile::remove(path + QLatin1String(suffix));
    return run;
}

// The storage limit: the same rows inserted by a plain prepared-statement loop, one
// BEGIN IMMEDIATE ... COMMIT per `perTxn` rows, into a store opened exactly like the
// journal's (same pragmas, same schema, indexes and triggers).
[[gnu::noinline]] Run runBaseline(const QString& dir, const std::vector<PlainRow>& rows, int total,
                                  int perTxn) {
    ScratchStore s(dir, QStringLiteral("baseline"));
    const QByteArray station("BENCH"), type("ValueRecorded"), user("op1");
    Run run = timed(total, [&] {
        store::Statement insert = s.db().prepare(
            "INSERT INTO events(station_id, seq, event_id, type, user_id, ts_utc, payload, "
            "prev_hash, row_hash, row_seal) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
        std::int64_t seq = 0;
        while (seq < total) {
            store::Transaction txn(s.db());
            const std::int64_t end = std::min<std::int64_t>(total, seq + perTxn);
            for (; seq < end; ++seq) {
                const PlainRow& r = rows[static_cast<size_t>(seq) % rows.size()];
                const PlainRow& prev =
                    rows[static_cast<size_t>(seq + rows.size() - 1) % rows.size()];
                insert.bindUtf8View(1, station)
                    .bind(2, seq + 1)
                    .bindUtf8View(3, r.eventId)
                    .bindUtf8View(4, type)
                    .bindUtf8View(5, user)
                    .bindUtf8View(6, r.tsUtc)
                    .bindUtf8View(7, r.payload)
                    .bindUtf8View(8, prev.rowHash)
                    .bindUtf8View(9, r.rowHash)
                    .bindUtf8View(10, r.seal)
                    .run();
            }
            txn.commit();
        }
    });
    run.backgroundCheckpoints = s.db().backgroundCheckpoints();
    return run;
}

// The journal's bulk path: Journal::appendBatch, one durable transaction per `perTxn`.
[[gnu::noinline]] Run runJournalBatch(const QString& dir, const std::vector<record::NewEvent>& pool,
                                      int total, int perTxn) {
    ScratchStore s(dir, QStringLiteral("batch"));
    record::Journal journal(s.db());
    const std::span<const record::NewEvent> events(pool);
    const int poolSize = static_cast<int>(pool.size());
    Run run = timed(total, [&] {
        int written = 0;
        while (written < total) {
            const int offset = written % poolSize;
            const int n = std::min({perTxn, total - written, poolSize - offset});
            journal.appendBatch(
                events.subspan(static_cast<size_t>(offset), static_cast<size_t>(n)));
            written += n;
        }
    });
    run.backgroundCheckpoints = s.db().backgroundCheckpoints();
    return run;
}

// The per-event path: RecordTransaction::append in a loop, for comparison.
[[gnu::noinline]] Run runJournalLoop(const QString& dir, const std::vector<record::NewEvent>& pool,
                                     int total, int perTxn) {
    ScratchStore s(dir, QStringLiteral("loop"));
    record::Journal journal(s.db());
    Run run = timed(total, [&] {
        int written = 0;
        while (written < total) {
            const int n = std::min(perTxn, total - written);
            record::RecordTransaction txn(journal);
            for (int i = 0; i < n; ++i)
                txn.append(
                    pool[static_cast<size_t>((written + i) % static_cast<int>(pool.size()))]);
            txn.commit();
            written += n;
        }
    });
    run.backgroundCheckpoints = s.db().backgroundCheckpoints();
    return run;
}

struct Series {
    const char* name;
    std::vector<Run> runs;
    std::vector<double> rates() const {
        std::vector<double> v;
        for (const Run& r : runs) v.push_back(r.perSecond());
        return v;
    }
    std::vector<double> cpus() const {
        std::vector<double> v;
        for (const Run& r : runs) v.push_back(r.cpuUsPerEvent());
        return v;
    }
    std::vector<double> waits() const {
        std::vector<double> v;
        for (const Run& r : runs) v.push_back(r.waitUsPerEvent());
        return v;
    }
};

void printSeries(const Series& s, const std::vector<const Series*>& baselines) {
    const auto rates = s.rates();
    const auto cpus = s.cpus();
    std::printf(
        "  %-34s best %7.0f  median %7.0f events/s | CPU per event best %5.2f  median %5.2f us",
        s.name, *std::max_element(rates.begin(), rates.end()), percentile(rates, 0.5),
        *std::min_element(cpus.begin(), cpus.end()), percentile(cpus, 0.5));
    std::vector<double> writer;
    for (const Run& r : s.runs) writer.push_back(r.writerCpuUsPerEvent());
    std::printf(
        " (writer thread %.2f us); writer runnable but waiting for a CPU %.2f us per "
        "event (medians)",
        percentile(writer, 0.5), percentile(s.waits(), 0.5));
    if (s.runs.front().backgroundCheckpoints > 0)
        std::printf(" | %d background checkpoints", s.runs.front().backgroundCheckpoints);
    std::printf("\n");
    for (const Series* baseline : baselines) {
        // Ratios of runs made side by side (same repetition), so drift in machine load
        // affects both sides alike.
        std::vector<double> wallRatio, cpuRatio;
        for (size_t i = 0; i < s.runs.size() && i < baseline->runs.size(); ++i) {
            wallRatio.push_back(s.runs[i].perSecond() / baseline->runs[i].perSecond());
            cpuRatio.push_back(s.runs[i].cpuUsPerEvent() / baseline->runs[i].cpuUsPerEvent());
        }
        std::printf(
            "      vs %-34s throughput x%.2f, CPU per event x%.2f (medians of "
            "side-by-side ratios)\n",
            baseline->name, percentile(wallRatio, 0.5), percentile(cpuRatio, 0.5));
    }
}

// CPU time of the append steps alone, per event, on this thread: what the journal adds
// on top of the store. In appendBatch they run on a second thread beside the inserts.
void printBreakdown(const std::vector<record::NewEvent>& pool) {
    const int n = static_cast<int>(pool.size());
    double t0 = 0;
    auto start = [&] { t0 = threadCpuSeconds(); };
    auto perEvent = [&] { return (threadCpuSeconds() - t0) * 1e6 / n; };

    std::vector<QByteArray> payloads;
    payloads.reserve(pool.size());
    start();
    for (const auto& e : pool) payloads.push_back(record::encodeCanonical(e.payload));
    const double encode = perEvent();

    const std::int64_t now = record::systemClock()();
    start();
    for (int i = 0; i < n; ++i) record::makeUuidV7(now + i);
    const double uuid = perEvent();

    record::EventRecord e{QStringLiteral("BENCH"),
                          1,
                          record::makeUuidV7(now),
                          QStringLiteral("ValueRecorded"),
                          QStringLiteral("op1"),
                          record::formatUtcMillis(now),
                          {},
                          record::chain::genesisHash(),
                          {}};
    start();
    for (int i = 0; i < n; ++i) {
        e.seq = i + 1;
        e.payload = payloads[static_cast<size_t>(i)];
        e.prevHash = record::chain::rowHash(e);
    }
    const double hash = perEvent();

    const QByteArray key = record::chain::sealKey(QByteArray(32, 'k'));
    start();
    for (int i = 0; i < n; ++i) record::chain::rowSeal(key, e.prevHash);
    const double seal = perEvent();
    std::printf(
        "journal CPU per event (one thread): canonical JSON %.2f us, UUIDv7 %.2f us, "
        "row hash %.2f us, row seal %.2f us (total %.2f us)\n",
        encode, uuid, hash, seal, encode + uuid + hash + seal);
}

}  // namespace

int main(int argc, char** argv) {
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Event append benchmark (DESIGN.md §7)."));
    parser.addHelpOption();
    const QCommandLineOption quick(QStringLiteral("quick"),
                                   QStringLiteral("Tiny sizes: prove the benchmark runs."));
    const QCommandLineOption dirOpt(QStringLiteral("dir"),
                                    QStringLiteral("Directory for the scratch stores (a real "
                                                   "disk, not tmpfs)."),
                                    QStringLiteral("path"), QDir::currentPath());
    const QCommandLineOption singleOpt(QStringLiteral("single"),
                                       QStringLiteral("Durable single appends to time."),
                                       QStringLiteral("n"), QStringLiteral("2000"));
    const QCommandLineOption batchedOpt(QStringLiteral("batched"),
                                        QStringLiteral("Events per batched run."),
                                        QStringLiteral("n"), QStringLiteral("200000"));
    const QCommandLineOption txnOpt(QStringLiteral("txn"),
                                    QStringLiteral("Events per transaction in the batched runs."),
                                    QStringLiteral("n"), QStringLiteral("10000"));
    const QCommandLineOption repeatOpt(QStringLiteral("repeat"),
                                       QStringLiteral("Repetitions of each batched run (best "
                                                      "and median are printed)."),
                                       QStringLiteral("n"), QStringLiteral("5"));
    const QCommandLineOption onlyOpt(
        QStringLiteral("only"),
        QStringLiteral(
            "Run one batched variant only (for profilers): stock, store, batch or loop."),
        QStringLiteral("variant"));
    parser.addOptions({quick, dirOpt, singleOpt, batchedOpt, txnOpt, repeatOpt, onlyOpt});
    parser.process(app);

    const bool isQuick = parser.isSet(quick);
    const int singles = isQuick ? 50 : std::max(0, parser.value(singleOpt).toInt());
    const int batched = std::max(1, isQuick ? 2000 : parser.value(batchedOpt).toInt());
    const int perTxn = std::max(1, isQuick ? 500 : parser.value(txnOpt).toInt());
    const int repeats = std::max(1, isQuick ? 1 : parser.value(repeatOpt).toInt());

    QDir().mkpath(parser.value(dirOpt));
    QTemporaryDir dir(QDir(parser.value(dirOpt)).filePath(QStringLiteral("bench-append-XXXXXX")));
    if (!dir.isValid()) {
        std::fprintf(stderr, "cannot create a scratch directory in %s\n",
                     qPrintable(parser.value(dirOpt)));
        return 1;
    }
    try {
        const QString loadBefore = loadAverage();
        {
            ScratchStore s(dir.path(), QStringLiteral("single"));
            record::Journal journal(s.db());
            std::printf(
                "BatchStation event append benchmark (SQLCipher %s, WAL, "
                "synchronous=FULL, BEGIN IMMEDIATE)\n",
                qPrintable(s.db().cipherVersion()));
            std::printf("scratch stores in %s (%s); %d CPUs; load average at start %s\n",
                        qPrintable(dir.path()), qPrintable(filesystemNote(dir.path())),
                        QThread::idealThreadCount(), qPrintable(loadBefore));

            for (int i = 0; i < 20; ++i)  // warm the page cache and the prepared paths
                journal.appendOne(weighing(i));
            std::vector<double> ms;
            ms.reserve(static_cast<size_t>(singles));
            QElapsedTimer timer;
            for (int i = 0; i < singles; ++i) {
                timer.start();
                journal.appendOne(weighing(i));
                ms.push_back(static_cast<double>(timer.nsecsElapsed()) / 1e6);
            }
            const double p99 = percentile(ms, 0.99);
            std::printf(
                "single durable append (n=%d, one commit + fsync each): p50 %.2f ms, "
                "p99 %.2f ms, max %.2f ms | budget p99 <= %.0f ms: %s\n",
                singles, percentile(ms, 0.50), p99,
                ms.empty() ? 0.0 : *std::max_element(ms.begin(), ms.end()), kSingleP99BudgetMs,
                verdict(p99 <= kSingleP99BudgetMs));
        }

        // The caller's QJsonObject building is not the journal's cost: events come from a
        // pre-built pool of distinct payloads, so the figures are the append path itself.
        std::vector<record::NewEvent> pool;
        const int poolSize = std::min(batched, 10'000);
        pool.reserve(static_cast<size_t>(poolSize));
        for (int i = 0; i < poolSize; ++i) pool.push_back(weighing(i));
        const std::vector<PlainRow> rows = plainRows(pool);

        Series stock{"plain loop, SQLCipher as shipped", {}};
        Series baseline{"plain loop, store::Database", {}};
        Series batch{"Journal::appendBatch", {}};
        Series loop{"RecordTransaction::append loop", {}};
        const QString only = parser.value(onlyOpt);
        if (!only.isEmpty()) {
            const std::map<QString, std::function<Run()>> variants{
                {QStringLiteral("stock"),
                 [&] { return runStockBaseline(dir.path(), rows, batched, perTxn); }},
                {QStringLiteral("store"),
                 [&] { return runBaseline(dir.path(), rows, batched, perTxn); }},
                {QStringLiteral("batch"),
                 [&] { return runJournalBatch(dir.path(), pool, batched, perTxn); }},
                {QStringLiteral("loop"),
                 [&] { return runJournalLoop(dir.path(), pool, batched, perTxn); }}};
            const auto it = variants.find(only);
            if (it == variants.end()) {
                std::fprintf(stderr, "--only: stock, store, batch or loop\n");
                return 2;
            }
            for (int r = 0; r < repeats; ++r) {
                const Run run = it->second();
                std::printf(
                    "%s: %.0f events/s, CPU %.2f us per event (writer thread %.2f us), "
                    "writer waited for a CPU %.2f us per event\n",
                    qPrintable(only), run.perSecond(), run.cpuUsPerEvent(),
                    run.writerCpuUsPerEvent(), run.waitUsPerEvent());
            }
            return 0;
        }
        for (int r = 0; r < repeats; ++r) {
            // Alternating order, so a drift in machine load does not favour one side.
            if (r % 2 == 0) {
                stock.runs.push_back(runStockBaseline(dir.path(), rows, batched, perTxn));
                baseline.runs.push_back(runBaseline(dir.path(), rows, batched, perTxn));
                batch.runs.push_back(runJournalBatch(dir.path(), pool, batched, perTxn));
                loop.runs.push_back(runJournalLoop(dir.path(), pool, batched, perTxn));
            } else {
                loop.runs.push_back(runJournalLoop(dir.path(), pool, batched, perTxn));
                batch.runs.push_back(runJournalBatch(dir.path(), pool, batched, perTxn));
                baseline.runs.push_back(runBaseline(dir.path(), rows, batched, perTxn));
                stock.runs.push_back(runStockBaseline(dir.path(), rows, batched, perTxn));
            }
        }
        std::printf("SQLCipher page crypto in store::Database: %s\n",
                    store::fastCipherProviderStatus().c_str());
        std::printf(
            "batched append (n=%d per run, %d per transaction, %d runs each; wall "
            "events/s; CPU per event of the whole process, all threads; the writer's run-queue "
            "wait is what other processes on the machine took from it):\n",
            batched, perTxn, repeats);
        printSeries(stock, {});
        printSeries(baseline, {&stock});
        printSeries(batch, {&stock, &baseline});
        printSeries(loop, {&stock, &baseline});
        const auto rates = batch.rates();
        const double median = percentile(rates, 0.5);
        std::printf(
            "batched append (Journal::appendBatch): median %.0f events/s, best %.0f | "
            "budget >= %.0f events/s: %s\n",
            median, *std::max_element(rates.begin(), rates.end()), kBatchedBudgetPerSecond,
            verdict(median >= kBatchedBudgetPerSecond));
        {
            // On a shared machine say how much of the wall time was not ours.
            std::vector<double> share;
            for (const Run& r : batch.runs)
                share.push_back(r.wall > 0 ? r.writerWaitedForCpu / r.wall : 0);
            const double waited = percentile(share, 0.5);
            if (waited > 0.2)
                std::printf(
                    "note: the writer spent %.0f%% of the wall time runnable but waiting for "
                    "a CPU that other processes held: the machine is shared, so compare "
                    "CPU per event, or run on an idle machine\n",
                    waited * 100);
        }
        printBreakdown(pool);
        std::printf("load average at end %s%s\n", qPrintable(loadAverage()),
                    isQuick ? " (--quick: sizes too small for meaningful figures)" : "");
    } catch (const std::exception& e) {
        std::fprintf(stderr, "benchmark failed: %s\n", e.what());
        return 1;
    }
    return 0;
}
