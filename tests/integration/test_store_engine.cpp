// The store's write path below the journal (core/store): the page crypto provider, the
// write-merging VFS and the background checkpointer. Whatever they do for speed, the
// files must stay exactly what SQLCipher as shipped writes and reads: the stock
// `sqlcipher` shell (another process, SQLite's own VFS, SQLCipher's own provider) reads
// what the store wrote and the store reads what the shell wrote; another connection
// sees every commit at once, also with synchronous=NORMAL; the WAL stays bounded.
#include "TempStore.h"

#include "record/AuditVerifier.h"
#include "store/CipherProvider.h"
#include "store/Database.h"

#include <QDeadlineTimer>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>
#include <QThread>
#include <QtTest>

#include <vector>

using namespace batch;

namespace {

const QByteArray kPassphrase = "correct horse battery staple";

// Runs SQL through the stock sqlcipher shell on `path`; returns its standard output.
QByteArray shell(const QString& path, const QByteArray& sql) {
    const QString exe = QStandardPaths::findExecutable(QStringLiteral("sqlcipher"));
    if (exe.isEmpty())
        return "sqlcipher shell not found (scripts/bootstrap.sh installs it)";
    QProcess p;
    p.start(exe, {QStringLiteral("-batch"), path});
    if (!p.waitForStarted(30'000))
        return "sqlcipher shell did not start";
    p.write("PRAGMA key = '" + kPassphrase + "';\n" + sql);
    p.closeWriteChannel();
    if (!p.waitForFinished(120'000))
        return "sqlcipher shell did not finish";
    return p.readAllStandardOutput().trimmed() + p.readAllStandardError().trimmed();
}

std::vector<record::NewEvent> events(int from, int count) {
    std::vector<record::NewEvent> out;
    for (int i = from; i < from + count; ++i)
        out.push_back({QStringLiteral("CommentAdded"), QStringLiteral("op1"),
                       QJsonObject{{QStringLiteral("text"), QStringLiteral("comment %1").arg(i)},
                                   {QStringLiteral("n"), i}}});
    return out;
}

std::int64_t count(store::Database& db, const char* sql) {
    store::Statement st = db.prepare(sql);
    return st.step() ? st.int64(0) : -1;
}

}  // namespace

class TestStoreEngine : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void fastProviderIsActiveAndMatchesTheStockOne() {
        // On the SQLCipher build of Debian 12 the fast provider must be in use (a silent
        // fall-back would only show as lost speed), and it must compute exactly what the
        // stock provider computes: many random pages, keys, IVs, both directions.
        TempStore s;
        QCOMPARE(QString::fromStdString(store::fastCipherProviderStatus()), QStringLiteral("fast"));
        QVERIFY(store::cipherProviderSelfTest(2000));
    }

    void stockShellReadsWhatTheStoreWrote() {
        // Enough rows for many background checkpoints and WAL restarts.
        TempStore s;
        for (int round = 0; round < 4; ++round)
            s.journal->appendBatch(events(round * 10'000, 10'000));
        const std::int64_t head = s.journal->headSeq();
        QVERIFY2(QFileInfo(s.dbPath + QStringLiteral("-wal")).exists(), "store still open");
        // While the store is open (frames in the WAL) and after it closed (all in the file).
        QByteArray out = shell(s.dbPath, "SELECT count(*), max(seq) FROM events;\n");
        QCOMPARE(out, QByteArray::number(head) + '|' + QByteArray::number(head));
        QVERIFY(s.db->backgroundCheckpoints() > 0);
        s.close();
        out = shell(s.dbPath, "PRAGMA integrity_check;\nSELECT count(*) FROM events;\n");
        QCOMPARE(out, "ok\n" + QByteArray::number(head));
        s.reopen();
        QVERIFY(record::verifyAuditTrail(*s.db).ok);
    }

    void storeReadsAndExtendsWhatTheStockShellWrote() {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("shell.db"));
        QByteArray out = shell(path,
                               "PRAGMA journal_mode = WAL;\n"
                               "CREATE TABLE t(i INTEGER PRIMARY KEY, b BLOB NOT NULL);\n"
                               "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n "
                               "WHERE i < 3000) INSERT INTO t SELECT i, randomblob(700) FROM n;\n"
                               "SELECT count(*), sum(length(b)) FROM t;\n");
        QCOMPARE(out, "wal\n3000|2100000");
        {
            store::Database db =
                store::Database::open(path, kPassphrase, store::OpenMode::OpenExisting);
            QCOMPARE(count(db, "SELECT count(*) FROM t WHERE length(b) = 700"), 3000);
            store::Statement check = db.prepare("PRAGMA integrity_check;");
            QVERIFY(check.step());
            QCOMPARE(check.text(0), QStringLiteral("ok"));
            store::Transaction txn(db);
            db.exec("WITH RECURSIVE n(i) AS (SELECT 3001 UNION ALL SELECT i + 1 FROM n WHERE "
                    "i < 6000) INSERT INTO t SELECT i, randomblob(700) FROM n;");
            txn.commit();
        }
        out = shell(path, "PRAGMA integrity_check;\nSELECT count(*), sum(length(b)) FROM t;\n");
        QCOMPARE(out, "ok\n6000|4200000");
    }

    void everyCommitIsVisibleToOtherConnectionsAtOnce() {
        // The VFS holds adjacent writes back until the file is used otherwise; SQLite
        // announces frames in the WAL index only behind a sync or a barrier. With
        // synchronous=NORMAL there is no sync: a second connection (and another process)
        // must still see each commit, whole, the moment it returned.
        for (const char* sync : {"FULL", "NORMAL"}) {
            TempStore s;
            s.db->exec((std::string("PRAGMA synchronous = ") + sync + ";").c_str());
            store::Database reader =
                store::Database::open(s.dbPath, s.passphrase, store::OpenMode::OpenExisting);
            std::int64_t expected = s.journal->headSeq();
            for (int round = 0; round < 40; ++round) {
                const int n = round % 2 == 0 ? 1 : 700;  // one frame, or hundreds
                s.journal->appendBatch(events(round * 1000, n));
                expected += n;
                QCOMPARE(count(reader, "SELECT count(*) FROM events"), expected);
                QCOMPARE(count(reader, "SELECT max(seq) FROM events"), expected);
            }
            QCOMPARE(shell(s.dbPath, "SELECT count(*) FROM events;\n"), QByteArray::number(expected));
            store::Statement check = reader.prepare("PRAGMA integrity_check;");
            QVERIFY(check.step());
            QCOMPARE(check.text(0), QStringLiteral("ok"));
        }
    }

    void walStaysBoundedAndCheckpointsRunInTheBackground() {
        // ~60 MiB of rows in 10,000-row transactions: the background thread keeps up or
        // the writer's own checkpoint takes over; the WAL never grows past its bound.
        TempStore s;
        const QString wal = s.dbPath + QStringLiteral("-wal");
        qint64 largestWal = 0;
        for (int round = 0; round < 12; ++round) {
            s.journal->appendBatch(events(round * 10'000, 10'000));
            largestWal = std::max(largestWal, QFileInfo(wal).size());
        }
        QDeadlineTimer deadline(30'000);
        while (s.db->backgroundCheckpoints() == 0 && !deadline.hasExpired())
            QThread::msleep(10);
        QVERIFY(s.db->backgroundCheckpoints() > 0);
        // Foreground bound (40,000 frames) plus one transaction's frames, in bytes.
        constexpr qint64 kBound = (40'000 + 8'000) * (1024 + 24);
        QVERIFY2(largestWal < kBound, qPrintable(QStringLiteral("WAL reached %1 bytes").arg(largestWal)));
        s.close();  // the last connection checkpoints and removes the WAL
        QVERIFY(!QFileInfo::exists(wal));
        s.reopen();
        const record::VerifyReport report = record::verifyAuditTrail(*s.db);
        QVERIFY2(report.ok, report.toJson().constData());
        QCOMPARE(report.events, 120'000);
    }
};

QTEST_GUILESS_MAIN(TestStoreEngine)
#include "test_store_engine.moc"
