// The real `batchctl` binary against real SQLCipher files: help and usage errors, user
// administration, audit show/verify, the wrong-key contract (exit 3, file untouched),
// encryption at rest, and tampering behind the application's back.
#include "FileFacts.h"

#include "record/ChainHash.h"
#include "record/Journal.h"
#include "record/Uuid.h"
#include "store/Database.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

#include <sys/stat.h>

using namespace batch;

namespace {

const QString kBinary = QStringLiteral(BATCH_BINARY_DIR "/app/batchctl/batchctl");
const QByteArray kPassphrase = "test passphrase: not the real one";
const QString kAdminPassword = QStringLiteral("Adm1n-password-long");
const QString kMarker = QStringLiteral("Zebulon Plaintextmarker");

struct Result {
    int code = -1;
    QByteArray out;
    QByteArray err;
    QString firstErrLine() const { return QString::fromUtf8(err.split('\n').value(0)); }
};


QByteArray readAll(const QString& path) {
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

void writeFile(const QString& path, const QByteArray& content) {
    QFile f(path);
    QVERIFY2(f.open(QIODevice::WriteOnly | QIODevice::Truncate), qPrintable(path));
    f.write(content);
}

}  // namespace

class TestBatchctl : public QObject {
    Q_OBJECT

    std::unique_ptr<QTemporaryDir> dir_;
    QString db_;
    QString key_;
    QString adminPw_;

    QString path(const QString& name) const { return dir_->filePath(name); }

    // A password file next to the store (first line = password).
    QString secretFile(const QString& name, const QString& password) {
        const QString p = path(name);
        writeFile(p, password.toUtf8() + "\n");
        return p;
    }

    Result run(const QStringList& args, int timeoutMs = 60'000) {
        QProcess p;
        p.setWorkingDirectory(dir_->path());
        p.start(kBinary, args);
        Result r;
        if (!p.waitForStarted(10'000)) {
            qWarning("cannot start %s", qPrintable(kBinary));
            return r;
        }
        if (!p.waitForFinished(timeoutMs)) {
            p.kill();
            p.waitForFinished();
            qWarning("batchctl %s timed out", qPrintable(args.join(QLatin1Char(' '))));
            return r;
        }
        r.out = p.readAllStandardOutput();
        r.err = p.readAllStandardError();
        r.code = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
        return r;
    }

    QStringList store() const {
        return {QStringLiteral("--db"), db_, QStringLiteral("--key-file"), key_};
    }
    QStringList asAdmin() const {
        return store() + QStringList{QStringLiteral("--as"), QStringLiteral("admin"),
                                     QStringLiteral("--password-file"), adminPw_};
    }

    void initStore() {
        const Result r = run(QStringList{
            QStringLiteral("init"), QStringLiteral("--db"), db_, QStringLiteral("--key-file"), key_,
            QStringLiteral("--station"), QStringLiteral("ST01"), QStringLiteral("--admin"),
            QStringLiteral("admin"), QStringLiteral("--admin-name"), QStringLiteral("Ada Admin"),
            QStringLiteral("--admin-password-file"), adminPw_});
        QVERIFY2(r.code == 0, r.err.constData());
    }

    QJsonArray jsonArray(const Result& r) {
        QJsonParseError error{};
        const QJsonDocument doc = QJsonDocument::fromJson(r.out, &error);
        if (error.error != QJsonParseError::NoError || !doc.isArray())
            qWarning("not a JSON array: %s", r.out.constData());
        return doc.array();
    }

    QJsonObject userEntry(const QString& id) {
        const Result r = run(
            QStringList{QStringLiteral("user"), QStringLiteral("list"), QStringLiteral("--json")} +
            asAdmin());
        if (r.code != 0)
            qWarning("user list failed: %s", r.err.constData());
        for (const QJsonValue& v : jsonArray(r))
            if (v.toObject().value(QStringLiteral("id")).toString() == id)
                return v.toObject();
        return {};
    }

    QJsonObject verifyJson(int expectedCode) {
        const Result r = run(QStringList{QStringLiteral("audit"), QStringLiteral("verify"),
                                         QStringLiteral("--json")} +
                             store());
        if (r.code != expectedCode)
            qWarning("audit verify exited %d (expected %d): %s %s", r.code, expectedCode,
                     r.out.constData(), r.err.constData());
        return r.code == expectedCode ? QJsonDocument::fromJson(r.out).object() : QJsonObject();
    }

    // Appends `n` comments through the library (fast), so that tamper tests have a
    // chain of known length. The connection is closed before returning.
    void appendComments(int n) {
        store::Database db = store::Database::open(db_, kPassphrase, store::OpenMode::OpenExisting);
        record::Journal journal(db);
        for (int i = 0; i < n; ++i)
            journal.appendOne(
                {record::types::kCommentAdded, QStringLiteral("admin"),
                 QJsonObject{{QStringLiteral("text"), QStringLiteral("comment %1").arg(i)}}});
    }

    // Opens the store as an inspector with the key would (no application code around).
    store::Database openRaw() {
        return store::Database::open(db_, kPassphrase, store::OpenMode::OpenExisting);
    }

    void expectBrokenAt(std::int64_t seq) {
        const QJsonObject report = verifyJson(1);
        QCOMPARE(report.value(QStringLiteral("ok")).toBool(true), false);
        QVERIFY(report.value(QStringLiteral("events")).toInteger() > 0);
        const QJsonObject broken = report.value(QStringLiteral("first_broken")).toObject();
        QCOMPARE(broken.value(QStringLiteral("station_id")).toString(), QStringLiteral("ST01"));
        QCOMPARE(broken.value(QStringLiteral("seq")).toInteger(), seq);
        QVERIFY(!broken.value(QStringLiteral("reason")).toString().isEmpty());
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY2(QFile::exists(kBinary), qPrintable(kBinary)); }

    void cleanup() { dir_.reset(); }

    void initCreatesVerifiableStoreAndRefusesOverwrite() {
        setUp();
        initStore();
        QVERIFY(QFile::exists(db_));
        const QJsonObject report = verifyJson(0);
        QCOMPARE(report.value(QStringLiteral("ok")).toBool(), true);
        QCOMPARE(report.value(QStringLiteral("events")).toInteger(), 2);

        const FileFacts before = factsOf(db_);
        const Result again = run(QStringList{
            QStringLiteral("init"), QStringLiteral("--db"), db_, QStringLiteral("--key-file"), key_,
            QStringLiteral("--station"), QStringLiteral("ST02"), QStringLiteral("--admin"),
            QStringLiteral("root"), QStringLiteral("--admin-name"), QStringLiteral("Root"),
            QStringLiteral("--admin-password-file"), adminPw_});
        QCOMPARE(again.code, 1);
        QVERIFY2(again.err.contains("refusing to overwrite") && again.err.contains(db_.toUtf8()),
                 again.err.constData());
        QCOMPARE(factsOf(db_), before);
    }

    void helpWorksOnEveryCommand_data() {
        QTest::addColumn<QStringList>("words");
        QTest::addColumn<QString>("expect");
        QTest::newRow("program") << QStringList{} << QStringLiteral("Usage: batchctl <command>");
        QTest::newRow("init") << QStringList{QStringLiteral("init")}
                              << QStringLiteral("Usage: batchctl init");
        QTest::newRow("user") << QStringList{QStringLiteral("user")}
                              << QStringLiteral("Usage: batchctl user <command>");
        QTest::newRow("audit") << QStringList{QStringLiteral("audit")}
                               << QStringLiteral("Usage: batchctl audit <command>");
        for (const char* sub : {"add", "list", "disable", "unlock", "passwd"})
            QTest::addRow("user %s", sub)
                << QStringList{QStringLiteral("user"), QString::fromLatin1(sub)}
                << QStringLiteral("Usage: batchctl user %1").arg(QString::fromLatin1(sub));
        for (const char* sub : {"show", "verify", "checkpoint"})
            QTest::addRow("audit %s", sub)
                << QStringList{QStringLiteral("audit"), QString::fromLatin1(sub)}
                << QStringLiteral("Usage: batchctl audit %1").arg(QString::fromLatin1(sub));
    }

    void helpWorksOnEveryCommand() {
        QFETCH(QStringList, words);
        QFETCH(QString, expect);
        setUp();
        for (const QString& flag : {QStringLiteral("--help"), QStringLiteral("-h")}) {
            const Result r = run(words + QStringList{flag});
            QCOMPARE(r.code, 0);
            QVERIFY2(QString::fromUtf8(r.out).contains(expect), r.out.constData());
            QVERIFY(r.err.isEmpty());
        }
        if (words.isEmpty()) {
            const QString help = QString::fromUtf8(run(QStringList{QStringLiteral("--help")}).out);
            for (const char* cmd :
                 {"init", "user add", "user list", "user disable", "user unlock", "user passwd",
                  "audit show", "audit verify", "audit checkpoint"})
                QVERIFY2(help.contains(QString::fromLatin1(cmd)), cmd);
        }
        if (words.size() == 2 || words == QStringList{QStringLiteral("init")}) {
            const QString help =
                QString::fromUtf8(run(words + QStringList{QStringLiteral("--help")}).out);
            QVERIFY(help.contains(QStringLiteral("--db")));
            QVERIFY(help.contains(QStringLiteral("--key-file")));
        }
    }

    void usageErrorsExitTwoAndNameTheProblem_data() {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("named");
        const QStringList s{QStringLiteral("--db"), QStringLiteral("x.db"),
                            QStringLiteral("--key-file"), QStringLiteral("x.key")};
        QTest::newRow("no command") << QStringList{} << QStringLiteral("missing command");
        QTest::newRow("unknown command")
            << QStringList{QStringLiteral("frobnicate")} << QStringLiteral("frobnicate");
        QTest::newRow("unknown user command")
            << QStringList{QStringLiteral("user"), QStringLiteral("delete")}
            << QStringLiteral("delete");
        QTest::newRow("group without command")
            << QStringList{QStringLiteral("audit")} << QStringLiteral("missing command");
        QTest::newRow("unknown option")
            << QStringList{QStringLiteral("audit"), QStringLiteral("show"),
                           QStringLiteral("--bogus")} +
                   s
            << QStringLiteral("bogus");
        QTest::newRow("missing --db")
            << QStringList{QStringLiteral("audit"), QStringLiteral("verify"),
                           QStringLiteral("--key-file"), QStringLiteral("x.key")}
            << QStringLiteral("--db");
        QTest::newRow("missing --key-file")
            << QStringList{QStringLiteral("audit"), QStringLiteral("show"), QStringLiteral("--db"),
                           QStringLiteral("x.db")}
            << QStringLiteral("--key-file");
        QTest::newRow("missing value")
            << QStringList{QStringLiteral("audit"), QStringLiteral("show"), QStringLiteral("--db")}
            << QStringLiteral("db");
        QTest::newRow("missing --reason") << QStringList{QStringLiteral("user"),
                                                         QStringLiteral("disable"),
                                                         QStringLiteral("--as"),
                                                         QStringLiteral("admin"),
                                                         QStringLiteral("--password-file"),
                                                         QStringLiteral("p"),
                                                         QStringLiteral("--id"),
                                                         QStringLiteral("op1")} +
                                                 s
                                          << QStringLiteral("--reason");
        QTest::newRow("missing --as")
            << QStringList{QStringLiteral("user"), QStringLiteral("list")} + s
            << QStringLiteral("--as");
        QTest::newRow("stray argument")
            << QStringList{QStringLiteral("audit"), QStringLiteral("verify"),
                           QStringLiteral("extra")} +
                   s
            << QStringLiteral("extra");
        QTest::newRow("bad --limit")
            << QStringList{QStringLiteral("audit"), QStringLiteral("show"),
                           QStringLiteral("--limit"), QStringLiteral("-3")} +
                   s
            << QStringLiteral("--limit");
        QTest::newRow("bad --since")
            << QStringList{QStringLiteral("audit"), QStringLiteral("show"),
                           QStringLiteral("--since"), QStringLiteral("yesterday")} +
                   s
            << QStringLiteral("--since");
        QTest::newRow("bad --roles") << QStringList{QStringLiteral("user"),
                                                    QStringLiteral("add"),
                                                    QStringLiteral("--as"),
                                                    QStringLiteral("admin"),
                                                    QStringLiteral("--password-file"),
                                                    QStringLiteral("p"),
                                                    QStringLiteral("--id"),
                                                    QStringLiteral("op9"),
                                                    QStringLiteral("--name"),
                                                    QStringLiteral("N"),
                                                    QStringLiteral("--roles"),
                                                    QStringLiteral("operator,wizard"),
                                                    QStringLiteral("--initial-password-file"),
                                                    QStringLiteral("p"),
                                                    QStringLiteral("--reason"),
                                                    QStringLiteral("r")} +
                                            s
                                     << QStringLiteral("wizard");
        QTest::newRow("passwd own and reset at once")
            << QStringList{QStringLiteral("user"),
                           QStringLiteral("passwd"),
                           QStringLiteral("--as"),
                           QStringLiteral("admin"),
                           QStringLiteral("--password-file"),
                           QStringLiteral("p"),
                           QStringLiteral("--id"),
                           QStringLiteral("op1"),
                           QStringLiteral("--old-password-file"),
                           QStringLiteral("p"),
                           QStringLiteral("--new-password-file"),
                           QStringLiteral("p"),
                           QStringLiteral("--reason"),
                           QStringLiteral("r")} +
                   s
            << QStringLiteral("--old-password-file");
        QTest::newRow("init without --station")
            << QStringList{QStringLiteral("init"), QStringLiteral("--admin"),
                           QStringLiteral("a"),    QStringLiteral("--admin-name"),
                           QStringLiteral("A"),    QStringLiteral("--admin-password-file"),
                           QStringLiteral("p")} +
                   s
            << QStringLiteral("--station");
    }

    void usageErrorsExitTwoAndNameTheProblem() {
        QFETCH(QStringList, args);
        QFETCH(QString, named);
        setUp();
        const Result r = run(args);
        QCOMPARE(r.code, 2);
        QVERIFY2(QString::fromUtf8(r.err).contains(named), r.err.constData());
        QVERIFY(!QFile::exists(path(QStringLiteral("x.db"))));
    }

    void userAdministrationThroughTheCli() {
        setUp();
        initStore();
        const QString tempPw =
            secretFile(QStringLiteral("op1.tmp"), QStringLiteral("Temporary-pw-1"));
        const QString op1Pw =
            secretFile(QStringLiteral("op1.pw"), QStringLiteral("Operator-pw-one"));
        Result r = run(QStringList{QStringLiteral("user"), QStringLiteral("add"),
                                   QStringLiteral("--id"), QStringLiteral("op1"),
                                   QStringLiteral("--name"), QStringLiteral("Olga Operator"),
                                   QStringLiteral("--roles"), QStringLiteral("operator,qa"),
                                   QStringLiteral("--initial-password-file"), tempPw,
                                   QStringLiteral("--reason"), QStringLiteral("new hire")} +
                       asAdmin());
        QVERIFY2(r.code == 0, r.err.constData());

        // Table and JSON list.
        r = run(QStringList{QStringLiteral("user"), QStringLiteral("list")} + asAdmin());
        QCOMPARE(r.code, 0);
        const QString table = QString::fromUtf8(r.out);
        for (const char* header : {"ID", "NAME", "ROLES", "STATE"})
            QVERIFY(table.section(QLatin1Char('\n'), 0, 0).contains(QLatin1String(header)));
        QVERIFY(table.contains(QStringLiteral("Olga Operator")));
        QVERIFY(table.contains(QStringLiteral("operator,qa")));
        QJsonObject op1 = userEntry(QStringLiteral("op1"));
        QCOMPARE(op1.value(QStringLiteral("name")).toString(), QStringLiteral("Olga Operator"));
        QCOMPARE(op1.value(QStringLiteral("roles")).toArray(),
                 (QJsonArray{QStringLiteral("operator"), QStringLiteral("qa")}));
        QCOMPARE(op1.value(QStringLiteral("state")).toString(),
                 QStringLiteral("password-change-due"));

        // A duplicate id is refused.
        r = run(QStringList{QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("--id"),
                            QStringLiteral("op1"), QStringLiteral("--name"),
                            QStringLiteral("Other"), QStringLiteral("--roles"),
                            QStringLiteral("operator"), QStringLiteral("--initial-password-file"),
                            tempPw, QStringLiteral("--reason"), QStringLiteral("dup")} +
                asAdmin());
        QCOMPARE(r.code, 1);

        // The user's own change of the temporary password.
        r = run(QStringList{QStringLiteral("user"), QStringLiteral("passwd"),
                            QStringLiteral("--id"), QStringLiteral("op1"),
                            QStringLiteral("--old-password-file"), tempPw,
                            QStringLiteral("--new-password-file"), op1Pw} +
                store());
        QVERIFY2(r.code == 0, r.err.constData());
        QCOMPARE(userEntry(QStringLiteral("op1")).value(QStringLiteral("state")).toString(),
                 QStringLiteral("active"));

        // A non-admin is refused, with the reason on stderr, and nothing is added.
        r = run(QStringList{QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("--as"),
                            QStringLiteral("op1"), QStringLiteral("--password-file"), op1Pw,
                            QStringLiteral("--id"), QStringLiteral("op2"), QStringLiteral("--name"),
                            QStringLiteral("Sneaky"), QStringLiteral("--roles"),
                            QStringLiteral("admin"), QStringLiteral("--initial-password-file"),
                            tempPw, QStringLiteral("--reason"), QStringLiteral("self-promotion")} +
                store());
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains("refused") && r.err.contains("manage_users"), r.err.constData());
        QVERIFY(userEntry(QStringLiteral("op2")).isEmpty());
        r = run(QStringList{QStringLiteral("user"), QStringLiteral("list"), QStringLiteral("--as"),
                            QStringLiteral("op1"), QStringLiteral("--password-file"), op1Pw} +
                store());
        QCOMPARE(r.code, 1);

        // A wrong admin password is refused.
        const QString wrong =
            secretFile(QStringLiteral("wrong.pw"), QStringLiteral("not-the-password"));
        r = run(QStringList{QStringLiteral("user"), QStringLiteral("list"), QStringLiteral("--as"),
                            QStringLiteral("admin"), QStringLiteral("--password-file"), wrong} +
                store());
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains("authentication failed"), r.err.constData());

        // Five failures lock op1; the admin unlocks.
        for (int i = 0; i < 5; ++i)
            run(QStringList{QStringLiteral("user"), QStringLiteral("list"), QStringLiteral("--as"),
                            QStringLiteral("op1"), QStringLiteral("--password-file"), wrong} +
                store());
        QCOMPARE(userEntry(QStringLiteral("op1")).value(QStringLiteral("state")).toString(),
                 QStringLiteral("locked"));
        r = run(QStringList{QStringLiteral("user"), QStringLiteral("unlock"),
                            QStringLiteral("--id"), QStringLiteral("op1"),
                            QStringLiteral("--reason"), QStringLiteral("called in")} +
                asAdmin());
        QVERIFY2(r.code == 0, r.err.constData());
        QCOMPARE(userEntry(QStringLiteral("op1")).value(QStringLiteral("state")).toString(),
                 QStringLiteral("active"));

        // Admin reset: the new password is temporary again.
        const QString resetPw =
            secretFile(QStringLiteral("reset.pw"), QStringLiteral("Reset-by-admin-1"));
        r = run(QStringList{QStringLiteral("user"), QStringLiteral("passwd"),
                            QStringLiteral("--id"), QStringLiteral("op1"),
                            QStringLiteral("--new-password-file"), resetPw,
                            QStringLiteral("--reason"), QStringLiteral("forgotten")} +
                asAdmin());
        QVERIFY2(r.code == 0, r.err.constData());
        QCOMPARE(userEntry(QStringLiteral("op1")).value(QStringLiteral("state")).toString(),
                 QStringLiteral("password-change-due"));

        // Disable: the account can no longer sign in.
        r = run(QStringList{QStringLiteral("user"), QStringLiteral("disable"),
                            QStringLiteral("--id"), QStringLiteral("op1"),
                            QStringLiteral("--reason"), QStringLiteral("left")} +
                asAdmin());
        QVERIFY2(r.code == 0, r.err.constData());
        QCOMPARE(userEntry(QStringLiteral("op1")).value(QStringLiteral("state")).toString(),
                 QStringLiteral("disabled"));
        r = run(QStringList{QStringLiteral("user"), QStringLiteral("passwd"),
                            QStringLiteral("--id"), QStringLiteral("op1"),
                            QStringLiteral("--old-password-file"), resetPw,
                            QStringLiteral("--new-password-file"), op1Pw} +
                store());
        QCOMPARE(r.code, 1);

        // Unknown user.
        r = run(QStringList{QStringLiteral("user"), QStringLiteral("disable"),
                            QStringLiteral("--id"), QStringLiteral("ghost"),
                            QStringLiteral("--reason"), QStringLiteral("x")} +
                asAdmin());
        QCOMPARE(r.code, 1);

        // Every change is in the record and the chain holds.
        r = run(QStringList{QStringLiteral("audit"), QStringLiteral("show"),
                            QStringLiteral("--json"), QStringLiteral("--type"),
                            QStringLiteral("UserDisabled")} +
                store());
        QCOMPARE(r.code, 0);
        const QJsonArray disabled = jsonArray(r);
        QCOMPARE(disabled.size(), 1);
        QCOMPARE(disabled[0]
                     .toObject()
                     .value(QStringLiteral("payload"))
                     .toObject()
                     .value(QStringLiteral("reason"))
                     .toString(),
                 QStringLiteral("left"));
        QCOMPARE(verifyJson(0).value(QStringLiteral("ok")).toBool(), true);

        // No password ever reaches the output.
        QVERIFY(!r.out.contains("Operator-pw-one") && !r.out.contains("Adm1n-password-long"));
    }

    void auditShowFilters() {
        setUp();
        initStore();
        appendComments(5);
        Result r = run(QStringList{QStringLiteral("audit"), QStringLiteral("show")} + store());
        QCOMPARE(r.code, 0);
        const QStringList lines =
            QString::fromUtf8(r.out).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 1 + 7);
        for (const char* header : {"SEQ", "TIME", "USER", "TYPE", "PAYLOAD"})
            QVERIFY(lines[0].contains(QLatin1String(header)));
        QVERIFY(lines[3].startsWith(QStringLiteral("3 ")));
        QVERIFY(lines[3].contains(QStringLiteral("CommentAdded")));
        QVERIFY(lines[3].contains(QStringLiteral("{\"text\":\"comment 0\"}")));

        r = run(
            QStringList{QStringLiteral("audit"), QStringLiteral("show"), QStringLiteral("--json")} +
            store());
        QJsonArray all = jsonArray(r);
        QCOMPARE(all.size(), 7);
        const QJsonObject third = all[2].toObject();
        for (const char* column : {"station_id", "seq", "event_id", "type", "user_id", "ts_utc",
                                   "payload", "prev_hash", "row_hash"})
            QVERIFY2(third.contains(QLatin1String(column)), column);
        QCOMPARE(third.value(QStringLiteral("prev_hash")).toString(),
                 all[1].toObject().value(QStringLiteral("row_hash")).toString());
        QCOMPARE(third.value(QStringLiteral("payload"))
                     .toObject()
                     .value(QStringLiteral("text"))
                     .toString(),
                 QStringLiteral("comment 0"));

        r = run(QStringList{QStringLiteral("audit"), QStringLiteral("show"),
                            QStringLiteral("--json"), QStringLiteral("--type"),
                            QStringLiteral("CommentAdded"), QStringLiteral("--limit"),
                            QStringLiteral("2")} +
                store());
        QJsonArray limited = jsonArray(r);
        QCOMPARE(limited.size(), 2);
        QCOMPARE(limited[0].toObject().value(QStringLiteral("seq")).toInteger(), 3);
        QCOMPARE(limited[1].toObject().value(QStringLiteral("type")).toString(),
                 QStringLiteral("CommentAdded"));

        r = run(QStringList{QStringLiteral("audit"), QStringLiteral("show"),
                            QStringLiteral("--json"), QStringLiteral("--type"),
                            QStringLiteral("UserCreated")} +
                store());
        QCOMPARE(jsonArray(r).size(), 1);

        r = run(QStringList{QStringLiteral("audit"), QStringLiteral("show"),
                            QStringLiteral("--json"), QStringLiteral("--user"),
                            QStringLiteral("nobody")} +
                store());
        QCOMPARE(r.code, 0);
        QCOMPARE(jsonArray(r).size(), 0);

        const QString firstComment = all[2].toObject().value(QStringLiteral("ts_utc")).toString();
        r = run(QStringList{QStringLiteral("audit"), QStringLiteral("show"),
                            QStringLiteral("--json"), QStringLiteral("--since"), firstComment} +
                store());
        const QJsonArray since = jsonArray(r);
        QVERIFY(since.size() >= 5 && since.size() <= 7);
        for (const QJsonValue& v : since)
            QVERIFY(v.toObject().value(QStringLiteral("ts_utc")).toString() >= firstComment);

        r = run(QStringList{QStringLiteral("audit"), QStringLiteral("show"),
                            QStringLiteral("--json"), QStringLiteral("--since"),
                            QStringLiteral("2999-01-01")} +
                store());
        QCOMPARE(jsonArray(r).size(), 0);
        r = run(QStringList{QStringLiteral("audit"), QStringLiteral("show"),
                            QStringLiteral("--json"), QStringLiteral("--since"),
                            QStringLiteral("2000-01-01T00:00:00Z")} +
                store());
        QCOMPARE(jsonArray(r).size(), 7);

        r = run(QStringList{QStringLiteral("audit"), QStringLiteral("checkpoint")} + store());
        QVERIFY2(r.code == 0, r.err.constData());
        QVERIFY(r.out.contains("seq 7"));
        QCOMPARE(verifyJson(0).value(QStringLiteral("checkpoints")).toInteger(), 1);
    }

    void wrongKeyExitsThreeAndLeavesTheFileUntouched() {
        setUp();
        initStore();
        const QString badKey = path(QStringLiteral("bad.key"));
        writeFile(badKey, "not the passphrase\n");
        const QString tmp = secretFile(QStringLiteral("t.pw"), QStringLiteral("Temporary-pw-1"));
        const QStringList filesBefore = QDir(dir_->path()).entryList(QDir::Files, QDir::Name);
        const FileFacts db = factsOf(db_);
        const FileFacts wal = factsOf(db_ + QStringLiteral("-wal"));
        QVERIFY(db.exists);
        QTest::qSleep(20);  // a write would now show as a different mtime

        const QStringList wrong{QStringLiteral("--db"), db_, QStringLiteral("--key-file"), badKey};
        const QList<QStringList> commands{
            {QStringLiteral("audit"), QStringLiteral("verify")},
            {QStringLiteral("audit"), QStringLiteral("verify"), QStringLiteral("--json")},
            {QStringLiteral("audit"), QStringLiteral("show")},
            {QStringLiteral("audit"), QStringLiteral("checkpoint")},
            {QStringLiteral("user"), QStringLiteral("list"), QStringLiteral("--as"),
             QStringLiteral("admin"), QStringLiteral("--password-file"), adminPw_},
            {QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("--as"),
             QStringLiteral("admin"), QStringLiteral("--password-file"), adminPw_,
             QStringLiteral("--id"), QStringLiteral("op1"), QStringLiteral("--name"),
             QStringLiteral("O"), QStringLiteral("--roles"), QStringLiteral("operator"),
             QStringLiteral("--initial-password-file"), tmp, QStringLiteral("--reason"),
             QStringLiteral("r")},
        };
        for (const QStringList& command : commands) {
            const Result r = run(command + wrong);
            QCOMPARE(r.code, 3);
            QCOMPARE(r.firstErrLine(), QString::fromLatin1(store::kWrongKeyMessage));
            QVERIFY2(r.err.contains(db_.toUtf8()), "the message names the database file");
            QVERIFY(r.out.isEmpty());
        }
        QCOMPARE(factsOf(db_), db);
        QCOMPARE(factsOf(db_ + QStringLiteral("-wal")), wal);
        const QStringList filesAfter = QDir(dir_->path()).entryList(QDir::Files, QDir::Name);
        QCOMPARE(filesAfter, filesBefore);  // no -wal or -shm appeared

        // A file that is not a database at all gets the same answer, untouched.
        const QString junk = path(QStringLiteral("junk.db"));
        writeFile(junk, QByteArray(8192, 'j'));
        const FileFacts junkBefore = factsOf(junk);
        const Result r =
            run(QStringList{QStringLiteral("audit"), QStringLiteral("verify"),
                            QStringLiteral("--db"), junk, QStringLiteral("--key-file"), key_});
        QCOMPARE(r.code, 3);
        QCOMPARE(r.firstErrLine(), QString::fromLatin1(store::kWrongKeyMessage));
        QCOMPARE(factsOf(junk), junkBefore);

        // The right key still works afterwards.
        QCOMPARE(verifyJson(0).value(QStringLiteral("ok")).toBool(), true);

        // Again while another connection holds un-checkpointed pages in the -wal file:
        // neither the database nor the -wal file may change. (The -shm file is SQLite's
        // shared-memory wal-index, not content: any reader may set a read mark there.)
        store::Database open = openRaw();
        record::Journal journal(open);
        for (int i = 0; i < 5; ++i)
            journal.appendOne({record::types::kCommentAdded, QStringLiteral("admin"),
                               QJsonObject{{QStringLiteral("text"), QStringLiteral("x")}}});
        const FileFacts liveDb = factsOf(db_);
        const FileFacts liveWal = factsOf(db_ + QStringLiteral("-wal"));
        QVERIFY(liveWal.exists && liveWal.size > 0);
        QTest::qSleep(20);
        const Result live =
            run(QStringList{QStringLiteral("audit"), QStringLiteral("show")} + wrong);
        QCOMPARE(live.code, 3);
        QCOMPARE(live.firstErrLine(), QString::fromLatin1(store::kWrongKeyMessage));
        QCOMPARE(factsOf(db_), liveDb);
        QCOMPARE(factsOf(db_ + QStringLiteral("-wal")), liveWal);
    }

    void storeIsEncryptedAtRest() {
        setUp();
        initStore();
        const QString tempPw =
            secretFile(QStringLiteral("m.tmp"), QStringLiteral("Temporary-pw-1"));
        const Result r =
            run(QStringList{QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("--id"),
                            QStringLiteral("zeb"), QStringLiteral("--name"), kMarker,
                            QStringLiteral("--roles"), QStringLiteral("operator"),
                            QStringLiteral("--initial-password-file"), tempPw,
                            QStringLiteral("--reason"), QStringLiteral("hire ") + kMarker} +
                asAdmin());
        QVERIFY2(r.code == 0, r.err.constData());

        // Keep a connection open with fresh events so that the -wal file holds pages too.
        store::Database db = openRaw();
        record::Journal journal(db);
        for (int i = 0; i < 50; ++i)
            journal.appendOne({record::types::kCommentAdded, QStringLiteral("zeb"),
                               QJsonObject{{QStringLiteral("text"), kMarker}}});
        const QByteArray marker = kMarker.toUtf8();
        const QByteArray dbBytes = readAll(db_);
        const QByteArray walBytes = readAll(db_ + QStringLiteral("-wal"));
        QVERIFY(!dbBytes.isEmpty());
        QVERIFY2(!walBytes.isEmpty(), "the WAL should hold the uncheckpointed events");
        QVERIFY(!dbBytes.startsWith("SQLite format 3"));
        QVERIFY(!dbBytes.contains(marker));
        QVERIFY(!walBytes.contains(marker));
        QVERIFY(!dbBytes.contains("Plaintextmarker") && !walBytes.contains("Plaintextmarker"));
        QVERIFY(!dbBytes.contains("CommentAdded") && !walBytes.contains("CommentAdded"));
        const std::int64_t expected = journal.headSeq();
        db.close();
        QVERIFY(!readAll(db_).contains(marker));  // after the checkpoint on close as well

        // The stock sqlcipher shell opens it with the same passphrase.
        const QString shell = QStandardPaths::findExecutable(QStringLiteral("sqlcipher"));
        if (shell.isEmpty())
            QSKIP("the sqlcipher shell is not installed");
        QProcess p;
        p.start(shell, {db_});
        QVERIFY(p.waitForStarted());
        p.write("PRAGMA key = '" + kPassphrase + "';\nSELECT count(*) FROM events;\n");
        p.closeWriteChannel();
        QVERIFY(p.waitForFinished(30'000));
        const QByteArray out = p.readAllStandardOutput().trimmed();
        QCOMPARE(out.split('\n').last().trimmed(), QByteArray::number(expected));

        QProcess wrongKey;
        wrongKey.start(shell, {db_});
        QVERIFY(wrongKey.waitForStarted());
        wrongKey.write("PRAGMA key = 'wrong';\nSELECT count(*) FROM events;\n");
        wrongKey.closeWriteChannel();
        QVERIFY(wrongKey.waitForFinished(30'000));
        QVERIFY(!wrongKey.readAllStandardOutput().trimmed().endsWith(QByteArray::number(expected)));
    }

    void updateAndDeleteAreRefusedBySql() {
        setUp();
        initStore();
        appendComments(3);
        {
            store::Database db = openRaw();
            QVERIFY_THROWS_EXCEPTION(store::StoreError,
                                     db.exec("UPDATE events SET payload = '{}' WHERE seq = 3;"));
            QVERIFY_THROWS_EXCEPTION(store::StoreError,
                                     db.exec("DELETE FROM events WHERE seq = 4;"));
            QVERIFY_THROWS_EXCEPTION(store::StoreError, db.exec("DELETE FROM events;"));
        }
        const QJsonObject report = verifyJson(0);
        QCOMPARE(report.value(QStringLiteral("ok")).toBool(), true);
        QCOMPARE(report.value(QStringLiteral("events")).toInteger(), 5);
    }

    void tamperChangedPayloadIsNamed() {
        setUp();
        initStore();
        appendComments(8);  // seq 3..10
        {
            store::Database db = openRaw();
            db.exec(
                "DROP TRIGGER events_refuse_update;"
                "UPDATE events SET payload = '{\"text\":\"forged\"}' WHERE seq = 5;");
        }
        expectBrokenAt(5);
    }

    void tamperDeletedRowIsNamed() {
        setUp();
        initStore();
        appendComments(8);
        {
            store::Database db = openRaw();
            db.exec("DROP TRIGGER events_refuse_delete; DELETE FROM events WHERE seq = 6;");
        }
        expectBrokenAt(6);
    }

    void tamperInsertedForgedRowIsNamed() {
        setUp();
        initStore();
        appendComments(8);  // head seq 10
        {
            store::Database db = openRaw();
            record::Journal journal(db);
            const record::EventRecord last = *journal.event(QStringLiteral("ST01"), 10);
            // Everything a forger knows: the columns and the published hash rule.
            record::EventRecord forged;
            forged.stationId = QStringLiteral("ST01");
            forged.seq = 11;
            forged.eventId = record::makeUuidV7(journal.nowMs());
            forged.type = QStringLiteral("Signed");
            forged.userId = QStringLiteral("admin");
            forged.tsUtc = record::formatUtcMillis(journal.nowMs());
            forged.payload = QByteArray("{\"meaning\":\"Released\"}");
            forged.prevHash = last.rowHash;
            forged.rowHash = record::chain::rowHash(forged);
            db.prepare(
                  "INSERT INTO events(station_id, seq, event_id, type, user_id, ts_utc, "
                  "payload, prev_hash, row_hash) VALUES (?,?,?,?,?,?,?,?,?)")
                .bind(1, forged.stationId)
                .bind(2, forged.seq)
                .bind(3, forged.eventId)
                .bind(4, forged.type)
                .bind(5, forged.userId)
                .bind(6, forged.tsUtc)
                .bindUtf8(7, forged.payload)
                .bind(8, forged.prevHash)
                .bind(9, forged.rowHash)
                .run();
        }
        expectBrokenAt(11);
    }

    void tamperRewrittenTailWithRecomputedHashesIsNamed() {
        setUp();
        initStore();
        appendComments(8);  // seq 3..10
        const Result cp =
            run(QStringList{QStringLiteral("audit"), QStringLiteral("checkpoint")} + store());
        QVERIFY2(cp.code == 0, cp.err.constData());
        {
            store::Database db = openRaw();
            record::Journal journal(db);
            db.exec("DROP TRIGGER events_refuse_update;");
            QString prev = journal.event(QStringLiteral("ST01"), 6)->rowHash;
            for (int seq = 7; seq <= 10; ++seq) {
                record::EventRecord e = *journal.event(QStringLiteral("ST01"), seq);
                e.payload = QByteArray("{\"text\":\"rewritten\"}");
                e.prevHash = prev;
                e.rowHash = record::chain::rowHash(e);
                db.prepare(
                      "UPDATE events SET payload = ?, prev_hash = ?, row_hash = ? "
                      "WHERE station_id = 'ST01' AND seq = ?")
                    .bindUtf8(1, e.payload)
                    .bind(2, e.prevHash)
                    .bind(3, e.rowHash)
                    .bind(4, std::int64_t(seq))
                    .run();
                prev = e.rowHash;
            }
            db.prepare("UPDATE station_head SET row_hash = ? WHERE station_id = 'ST01'")
                .bind(1, prev)
                .run();
        }
        expectBrokenAt(7);
    }

private:
    void setUp() {
        const QString base = qEnvironmentVariable("BATCH_TEST_TMP", QDir::tempPath());
        QDir().mkpath(base);
        dir_ = std::make_unique<QTemporaryDir>(base + QStringLiteral("/batchctl-XXXXXX"));
        QVERIFY(dir_->isValid());
        db_ = path(QStringLiteral("station.db"));
        key_ = path(QStringLiteral("station.key"));
        writeFile(key_, kPassphrase + "\n");
        adminPw_ = secretFile(QStringLiteral("admin.pw"), kAdminPassword);
    }
};

QTEST_GUILESS_MAIN(TestBatchctl)
#include "test_batchctl.moc"
