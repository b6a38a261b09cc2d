// The encrypted store against real SQLCipher files: key handling, guards, WAL.
#include "TempStore.h"

#include "crypto/Crypto.h"

#include <QCryptographicHash>
#include <QFileInfo>
#include <QtTest>

#include <sqlite3.h>

#include <atomic>
#include <thread>

using namespace batch;
using store::Database;
using store::OpenMode;
using store::StoreError;
using store::StoreErrorKind;

namespace {

struct FileState {
    qint64 size = -1;
    QDateTime mtime;
    QByteArray sha256;
    bool operator==(const FileState&) const = default;
};

FileState stateOf(const QString& path) {
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return {f.size(), QFileInfo(path).lastModified(),
            QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256)};
}

void writeFile(const QString& path, const QByteArray& bytes) {
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(bytes);
}

}  // namespace

class TestStore : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void wrongKeyLeavesFileAndWalUntouched() {
        TempStore s;
        for (int i = 0; i < 50; ++i)
            s.journal->appendOne({QStringLiteral("CommentAdded"), QStringLiteral("op1"),
                                  QJsonObject{{QStringLiteral("i"), i}}});
        // The first connection stays open, so its -wal holds frames not yet checkpointed:
        // a careless failing open could checkpoint them into the main file on close.
        const QString wal = s.dbPath + QStringLiteral("-wal");
        QVERIFY(QFileInfo::exists(wal));
        const FileState dbBefore = stateOf(s.dbPath);
        const FileState walBefore = stateOf(wal);
        QTest::qSleep(20);  // so that any write would move the mtime
        try {
            Database::open(s.dbPath, "not the key", OpenMode::OpenExisting);
            QFAIL("wrong key accepted");
        } catch (const StoreError& e) {
            QCOMPARE(e.kind(), StoreErrorKind::WrongKey);
            QCOMPARE(QString::fromUtf8(e.what()), QString::fromUtf8(store::kWrongKeyMessage));
        }
        QVERIFY(stateOf(s.dbPath) == dbBefore);
        QVERIFY(stateOf(wal) == walBefore);
        // ... and the same after the owner closed the store cleanly.
        s.close();
        const FileState closed = stateOf(s.dbPath);
        QVERIFY_THROWS_EXCEPTION(StoreError,
                                 Database::open(s.dbPath, "not the key", OpenMode::OpenExisting));
        QVERIFY(stateOf(s.dbPath) == closed);
        s.reopen();
        QCOMPARE(s.journal->headSeq(), 50);
    }

    void refusesPlaintextDatabase() {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("plain.db"));
        sqlite3* raw = nullptr;
        // The same library, but never keyed: the file is written in clear.
        QCOMPARE(sqlite3_open(QFile::encodeName(path).constData(), &raw), SQLITE_OK);
        QCOMPARE(sqlite3_exec(raw, "CREATE TABLE t(x);", nullptr, nullptr, nullptr), SQLITE_OK);
        sqlite3_close(raw);
        try {
            Database::open(path, "any key", OpenMode::OpenExisting);
            QFAIL("plaintext file accepted");
        } catch (const StoreError& e) {
            QCOMPARE(e.kind(), StoreErrorKind::NotEncrypted);
        }
    }

    void newFileIsEncryptedAndReportsCipherVersion() {
        TempStore s;
        QVERIFY(!s.db->cipherVersion().isEmpty());
        QFile f(s.dbPath);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QVERIFY(!f.read(16).startsWith("SQLite format 3"));
    }

    void refusesToOverwriteAndToOpenMissing() {
        TempStore s;
        QVERIFY_THROWS_EXCEPTION(StoreError, Database::open(s.dbPath, "k", OpenMode::CreateNew));
        QVERIFY_THROWS_EXCEPTION(StoreError,
                                 Database::open(s.dir.filePath(QStringLiteral("missing.db")), "k",
                                                OpenMode::OpenExisting));
        QVERIFY(!QFileInfo::exists(s.dir.filePath(QStringLiteral("missing.db"))));
    }

    void readsFirstLineOfKeyFile() {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("k"));
        writeFile(path, "pässwörd with spaces\r\nsecond line ignored\n");
        QCOMPARE(store::readKeyFile(path), QByteArray("pässwörd with spaces"));
        writeFile(path, "\n");
        QVERIFY_THROWS_EXCEPTION(StoreError, store::readKeyFile(path));
        QVERIFY_THROWS_EXCEPTION(StoreError,
                                 store::readKeyFile(dir.filePath(QStringLiteral("absent"))));
        writeFile(path, QByteArray(5000, 'a'));
        QVERIFY_THROWS_EXCEPTION(StoreError, store::readKeyFile(path));
    }

    void quoteInPassphraseWorks() {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("q.db"));
        {
            Database db = Database::open(path, "it's \"quoted\"", OpenMode::CreateNew);
            store::migrate(db);
        }
        Database again = Database::open(path, "it's \"quoted\"", OpenMode::OpenExisting);
        QCOMPARE(store::migrate(again), store::latestSchemaVersion());
    }

    void refusesNewerSchema() {
        TempStore s;
        s.db->exec("PRAGMA user_version = 999;");
        QVERIFY_THROWS_EXCEPTION(StoreError, store::migrate(*s.db));
    }

    void usesWalAndFullSync() {
        TempStore s;
        auto st = s.db->prepare("PRAGMA journal_mode;");
        QVERIFY(st.step());
        QCOMPARE(st.text(0), QStringLiteral("wal"));
        auto sync = s.db->prepare("PRAGMA synchronous;");
        QVERIFY(sync.step());
        QCOMPARE(sync.int64(0), 2);  // FULL
    }

    void scanEndsOnlyOnDone() {
        TempStore s;
        s.db->exec("CREATE TABLE n(x INTEGER);");
        for (int i = 0; i < 3; ++i)
            s.db->prepare("INSERT INTO n VALUES (?)").bind(1, i).run();
        auto st = s.db->prepare("SELECT x FROM n ORDER BY x");
        int rows = 0;
        while (st.step())
            QCOMPARE(st.int64(0), rows++);
        QCOMPARE(rows, 3);
        QVERIFY_THROWS_EXCEPTION(StoreError, s.db->prepare("SELECT nonsense FROM nowhere"));
    }

    void secondWriterWaitsForTheFirst() {
        TempStore s;
        std::atomic<bool> holding{false};
        std::thread holder([&] {
            Database other = Database::open(s.dbPath, s.passphrase, OpenMode::OpenExisting);
            store::Transaction txn(other);
            holding = true;
            std::this_thread::sleep_for(std::chrono::milliseconds(300));
            txn.commit();
        });
        while (!holding)
            std::this_thread::yield();
        QElapsedTimer waited;
        waited.start();
        s.journal->appendOne({QStringLiteral("CommentAdded"), QStringLiteral("op1"), {}});
        holder.join();
        // The busy timeout made the append wait for the other writer instead of failing.
        QVERIFY2(waited.elapsed() >= 200, qPrintable(QString::number(waited.elapsed())));
        QCOMPARE(s.journal->headSeq(), 1);
    }
};

QTEST_GUILESS_MAIN(TestStore)
#include "test_store.moc"
