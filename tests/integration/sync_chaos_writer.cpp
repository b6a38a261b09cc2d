// Writer of test_sync_chaos: appends events to an existing store until it is killed, like
// a busy station: one- and five-event transactions with a short pause between them, and
// now and then a priority event (AccountLocked) that sync reports ahead of the chain.
#include "record/Journal.h"
#include "store/Database.h"
#include "store/Migrations.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QThread>

#include <cstdio>

using namespace batch;

int main(int argc, char** argv) {
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() != 3) {
        std::fprintf(stderr, "usage: sync_chaos_writer DB KEY-FILE\n");
        return 2;
    }
    try {
        store::Database db = store::Database::open(args[1], store::readKeyFile(args[2]),
                                                   store::OpenMode::OpenExisting);
        store::migrate(db);
        record::Journal journal(db);
        for (std::int64_t round = 0;; ++round) {
            const int events = round % 3 == 2 ? 5 : 1;
            record::RecordTransaction txn(journal);
            for (int i = 0; i < events; ++i) {
                const bool priority = round % 97 == 50 && i == 0;
                txn.append({priority ? record::types::kAccountLocked : record::types::kCommentAdded,
                            QStringLiteral("writer"),
                            QJsonObject{{QStringLiteral("round"), static_cast<qint64>(round)},
                                        {QStringLiteral("i"), i},
                                        {QStringLiteral("text"),
                                         QStringLiteral("a \"quoted\" \\ value")}}});
            }
            txn.commit();
            QThread::msleep(2);
        }
    } catch (const std::exception& e) {
        std::fprintf(stderr, "sync_chaos_writer: %s\n", e.what());
        return 1;
    }
}
