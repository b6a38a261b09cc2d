// Helper of test_crash_safety: appends events to an existing store until it is killed.
// A seq is printed (and flushed) only after the commit that made it durable returned, so
// every line the test reads is an acknowledged event that must survive SIGKILL.
#include "record/Journal.h"
#include "store/Database.h"
#include "store/Migrations.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonObject>

#include <cstdio>
#include <vector>

using namespace batch;

// Events of a bulk round; test_crash_safety expects exactly this many per such round.
constexpr int kBulkEvents = 200;

int main(int argc, char** argv) {
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption dbOpt(QStringLiteral("db"), QStringLiteral("Store."),
                                   QStringLiteral("path"));
    const QCommandLineOption keyOpt(QStringLiteral("key-file"), QStringLiteral("Key file."),
                                    QStringLiteral("path"));
    parser.addOptions({dbOpt, keyOpt});
    parser.process(app);
    if (!parser.isSet(dbOpt) || !parser.isSet(keyOpt)) {
        std::fprintf(stderr, "crash_appender: --db and --key-file are required\n");
        return 2;
    }
    try {
        store::Database db =
            store::Database::open(parser.value(dbOpt), store::readKeyFile(parser.value(keyOpt)),
                                  store::OpenMode::OpenExisting);
        store::migrate(db);
        record::Journal journal(db);
        for (std::int64_t round = 0;; ++round) {
            // Every third round is a multi-event transaction: a kill inside it must leave
            // none of its events behind. Every second of those goes through appendBatch
            // (its two-thread pipeline), the others through append one by one.
            const bool multi = round % 3 == 2;
            const bool bulk = round % 6 == 5;
            const int events = bulk ? kBulkEvents : multi ? 5 : 1;
            std::vector<record::NewEvent> batch;
            for (int i = 0; i < events; ++i)
                batch.push_back(
                    {record::types::kCommentAdded, QStringLiteral("crash"),
                     QJsonObject{{QStringLiteral("round"), static_cast<qint64>(round)},
                                 {QStringLiteral("i"), i},
                                 {QStringLiteral("pid"), QCoreApplication::applicationPid()}}});
            record::RecordTransaction txn(journal);
            std::int64_t first = 0;
            std::int64_t last = 0;
            if (bulk) {
                const record::AppendedRange range = txn.appendBatch(batch);
                first = range.firstSeq;
                last = range.lastSeq;
            } else {
                for (int i = 0; i < events; ++i) {
                    const record::EventRecord e = txn.append(batch[static_cast<size_t>(i)]);
                    if (i == 0)
                        first = e.seq;
                    last = e.seq;
                }
            }
            txn.commit();
            for (std::int64_t seq = first; seq <= last; ++seq)
                std::printf("%lld\n", static_cast<long long>(seq));
            std::fflush(stdout);
        }
    } catch (const std::exception& e) {
        std::fprintf(stderr, "crash_appender: %s\n", e.what());
        return 1;
    }
}
