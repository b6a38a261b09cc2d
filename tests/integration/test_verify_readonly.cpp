// `batchctl audit verify` never changes the store it checks: not the database file, not
// a WAL left by a writer that is still running or was killed, not the schema (an older
// store is verified as it is, not upgraded). The real batchctl binary on real stores.
#include "FileFacts.h"
#include "TempStore.h"

#include "store/Migrations.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QtTest>

#include <sys/stat.h>

using namespace batch;

namespace {

const QString kBinary = QStringLiteral(BATCH_BINARY_DIR "/app/batchctl/batchctl");


struct Verified {
    int code = -1;
    QJsonObject report;
    QByteArray err;
};

Verified verify(const TempStore& s) {
    QProcess p;
    p.start(kBinary, {QStringLiteral("audit"), QStringLiteral("verify"), QStringLiteral("--json"),
                      QStringLiteral("--db"), s.dbPath, QStringLiteral("--key-file"), s.keyPath});
    Verified v;
    if (!p.waitForStarted(10'000) || !p.waitForFinished(120'000))
        return v;
    v.code = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    v.report = QJsonDocument::fromJson(p.readAllStandardOutput()).object();
    v.err = p.readAllStandardError();
    return v;
}

void appendSome(record::Journal& journal, int n) {
    std::vector<record::NewEvent> events;
    for (int i = 0; i < n; ++i)
        events.push_back({QStringLiteral("CommentAdded"), QStringLiteral("op1"),
                          QJsonObject{{QStringLiteral("text"), QStringLiteral("c %1").arg(i)}}});
    journal.appendBatch(events);
}

}  // namespace

class TestVerifyReadOnly : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void verifyLeavesAClosedStoreUntouched() {
        TempStore s;
        appendSome(*s.journal, 500);
        s.close();  // the last connection checkpointed and removed the WAL
        const FileFacts db = factsOf(s.dbPath);
        const Verified v = verify(s);
        QCOMPARE(v.code, 0);
        QCOMPARE(v.report.value(QStringLiteral("events")).toInteger(), 500);
        QVERIFY(factsOf(s.dbPath) == db);
        QVERIFY(!factsOf(s.dbPath + QStringLiteral("-wal")).exists ||
                factsOf(s.dbPath + QStringLiteral("-wal")).size == 0);
    }

    void verifyLeavesTheWalOfARunningWriterUntouched() {
        // The writer keeps its connection (and its uncheckpointed WAL): verify reads the
        // committed rows from the WAL and changes neither file.
        TempStore s;
        appendSome(*s.journal, 2000);
        const FileFacts db = factsOf(s.dbPath);
        const FileFacts wal = factsOf(s.dbPath + QStringLiteral("-wal"));
        QVERIFY(wal.exists && wal.size > 0);
        const Verified v = verify(s);
        QCOMPARE(v.code, 0);
        QCOMPARE(v.report.value(QStringLiteral("events")).toInteger(), 2000);
        QVERIFY(factsOf(s.dbPath) == db);
        QVERIFY(factsOf(s.dbPath + QStringLiteral("-wal")) == wal);
        appendSome(*s.journal, 10);  // the writer goes on as before
        QCOMPARE(s.journal->headSeq(), 2010);
    }

    void verifyReadsAnOlderSchemaWithoutUpgradingIt() {
        // A store written by a build of schema 1: verify checks it as it is and leaves it
        // at schema 1; a normal open afterwards upgrades it, and it still verifies.
        TempStore s;
        s.close();
        QFile::remove(s.dbPath);
        {
            store::Database db =
                store::Database::open(s.dbPath, s.passphrase, store::OpenMode::CreateNew);
            QCOMPARE(store::migrateTo(db, 1), 1);
            record::Journal::initializeStation(db, QStringLiteral("OLD1"), record::systemClock());
            record::Journal journal(db);
            appendSome(journal, 300);
        }
        const FileFacts db = factsOf(s.dbPath);
        const Verified v = verify(s);
        QCOMPARE(v.code, 0);
        QVERIFY2(v.err.contains("schema 1"), v.err.constData());
        QCOMPARE(v.report.value(QStringLiteral("events")).toInteger(), 300);
        QVERIFY(factsOf(s.dbPath) == db);
        {
            store::Database ro =
                store::Database::open(s.dbPath, s.passphrase, store::OpenMode::ReadOnly);
            QCOMPARE(store::schemaVersion(ro), 1);
        }
        {
            store::Database rw =
                store::Database::open(s.dbPath, s.passphrase, store::OpenMode::OpenExisting);
            QCOMPARE(store::migrate(rw), store::latestSchemaVersion());
        }
        QCOMPARE(verify(s).code, 0);
    }

    void verifyRefusesANewerSchemaWithoutTouchingIt() {
        TempStore s;
        appendSome(*s.journal, 5);
        s.db->exec(
            ("PRAGMA user_version = " + std::to_string(store::latestSchemaVersion() + 1) + ";")
                .c_str());
        s.close();
        const FileFacts db = factsOf(s.dbPath);
        const Verified v = verify(s);
        QCOMPARE(v.code, 1);
        QVERIFY2(v.err.contains("newer than this batchctl knows"), v.err.constData());
        QVERIFY(factsOf(s.dbPath) == db);
    }

    void readOnlyConnectionRefusesWrites() {
        TempStore s;
        appendSome(*s.journal, 3);
        store::Database ro =
            store::Database::open(s.dbPath, s.passphrase, store::OpenMode::ReadOnly);
        QVERIFY_THROWS_EXCEPTION(
            store::StoreError,
            ro.exec("CREATE TABLE intruder(x); INSERT INTO intruder VALUES (1);"));
        QVERIFY_THROWS_EXCEPTION(store::StoreError, ro.exec("PRAGMA user_version = 99;"));
        QCOMPARE(store::schemaVersion(ro), store::latestSchemaVersion());
    }
};

QTEST_GUILESS_MAIN(TestVerifyReadOnly)
#include "test_verify_readonly.moc"
