// Both demo MBRs end to end through batchctl: the MBR lifecycle commands (import, submit,
// four-eyes approve, make-effective), `batch start`, `batch run` with the committed
// scripts in resources/scripts, `batch status --json`, hold/resume from the command line,
// and `batchctl audit verify` over the result. The scripts' timers use batchctl_testclock
// (a `wait` advances a clock offset file instead of sleeping).
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

namespace {

const QString kBatchctl = QStringLiteral(BATCH_BINARY_DIR "/app/batchctl/batchctl");
const QString kTestClock = QStringLiteral(BATCH_BINARY_DIR "/tests/integration/batchctl_testclock");
const QString kSource = QStringLiteral(BATCH_SOURCE_DIR);

struct Result {
    int code = -1;
    QString out;
    QString err;
};

}  // namespace

class TestBatchCli : public QObject {
    Q_OBJECT

private:
    QTemporaryDir dir_;
    QString db_, key_;

    QString path(const QString& name) const { return dir_.filePath(name); }
    QStringList store() const {
        return {QStringLiteral("--db"), db_, QStringLiteral("--key-file"), key_};
    }
    QStringList as(const QString& user) const {
        return {QStringLiteral("--as"), user, QStringLiteral("--password-file"),
                path(user + QStringLiteral(".pw"))};
    }
    void write(const QString& name, const QByteArray& content) {
        QFile f(path(name));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(content);
    }
    Result run(const QString& group, const QString& sub, QStringList args,
               const QString& binary = kBatchctl) {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("BATCHCTL_TEST_CLOCK_FILE"), path(QStringLiteral("clock")));
        p.setProcessEnvironment(env);
        args.prepend(sub);
        if (!group.isEmpty())
            args.prepend(group);
        p.start(binary, args);
        Result r;
        if (!p.waitForFinished(120'000)) {
            p.kill();
            p.waitForFinished();
            return r;
        }
        r.out = QString::fromUtf8(p.readAllStandardOutput());
        r.err = QString::fromUtf8(p.readAllStandardError());
        r.code = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
        return r;
    }
#define RUN_OK(...)                                          \
    do {                                                     \
        const Result r_ = run(__VA_ARGS__);                  \
        QVERIFY2(r_.code == 0, qPrintable(r_.out + r_.err)); \
    } while (0)

    QJsonObject status(const QString& batch) {
        const Result r =
            run(QStringLiteral("batch"), QStringLiteral("status"),
                store() << QStringLiteral("--batch") << batch << QStringLiteral("--json"));
        if (r.code != 0)
            qWarning("%s", qPrintable(r.err));
        return QJsonDocument::fromJson(r.out.toUtf8()).object();
    }

private slots:
    void initTestCase() {
        QVERIFY(dir_.isValid());
        db_ = path(QStringLiteral("station.db"));
        key_ = path(QStringLiteral("station.key"));
        write(QStringLiteral("station.key"), "batch cli test passphrase\n");
        for (const char* u : {"admin", "op1", "op2", "sup1", "sup2", "qa1"}) {
            write(QString::fromLatin1(u) + QStringLiteral(".pw"),
                  QByteArray(u) + "-Passw0rd-2026\n");
            write(QString::fromLatin1(u) + QStringLiteral(".tmp"), "Temporary-0001\n");
        }
        RUN_OK(QString(), QStringLiteral("init"),
               store() << QStringLiteral("--station") << QStringLiteral("ST01")
                       << QStringLiteral("--admin") << QStringLiteral("admin")
                       << QStringLiteral("--admin-name") << QStringLiteral("Ada Admin")
                       << QStringLiteral("--admin-password-file")
                       << path(QStringLiteral("admin.pw")));
        const QList<std::pair<QString, QString>> users{
            {QStringLiteral("op1"), QStringLiteral("operator")},
            {QStringLiteral("op2"), QStringLiteral("operator")},
            {QStringLiteral("sup1"), QStringLiteral("supervisor")},
            {QStringLiteral("sup2"), QStringLiteral("supervisor")},
            {QStringLiteral("qa1"), QStringLiteral("qa")}};
        for (const auto& [id, role] : users) {
            RUN_OK(QStringLiteral("user"), QStringLiteral("add"),
                   store() << as(QStringLiteral("admin")) << QStringLiteral("--id") << id
                           << QStringLiteral("--name") << (QStringLiteral("User ") + id)
                           << QStringLiteral("--roles") << role
                           << QStringLiteral("--initial-password-file")
                           << path(id + QStringLiteral(".tmp")) << QStringLiteral("--reason")
                           << QStringLiteral("setup"));
            RUN_OK(QStringLiteral("user"), QStringLiteral("passwd"),
                   store() << QStringLiteral("--id") << id << QStringLiteral("--old-password-file")
                           << path(id + QStringLiteral(".tmp"))
                           << QStringLiteral("--new-password-file")
                           << path(id + QStringLiteral(".pw")));
        }
        // The scripts name password files next to themselves.
        for (const char* s : {"tablet-500mg.batch", "sterile-liquid-fill.batch"})
            QVERIFY(QFile::copy(
                kSource + QStringLiteral("/resources/scripts/") + QString::fromLatin1(s),
                path(QString::fromLatin1(s))));
    }

    void mbrLifecycleThroughCli() {
        write(QStringLiteral("broken.json"), "{\"format\": \"batchstation-mbr/1\"}");
        const Result broken = run(QStringLiteral("mbr"), QStringLiteral("import"),
                                  store() << as(QStringLiteral("admin")) << QStringLiteral("--file")
                                          << path(QStringLiteral("broken.json")));
        QCOMPARE(broken.code, 1);
        QVERIFY2(broken.err.contains(QStringLiteral("mbrId")), qPrintable(broken.err));
        for (const auto& [file, id] :
             {std::pair{QStringLiteral("tablet-500mg.json"), QStringLiteral("MBR-TAB-500")},
              std::pair{QStringLiteral("sterile-liquid-fill.json"),
                        QStringLiteral("MBR-OND-2ML")}}) {
            const QStringList version{QStringLiteral("--mbr-id"), id, QStringLiteral("--version"),
                                      QStringLiteral("1.0")};
            RUN_OK(QStringLiteral("mbr"), QStringLiteral("import"),
                   store() << as(QStringLiteral("admin")) << QStringLiteral("--file")
                           << (kSource + QStringLiteral("/resources/mbr/") + file));
            // A batch cannot start from a Draft.
            const Result early =
                run(QStringLiteral("batch"), QStringLiteral("start"),
                    store() << as(QStringLiteral("op1")) << QStringLiteral("--batch")
                            << QStringLiteral("EARLY") << QStringLiteral("--mbr-id") << id
                            << QStringLiteral("--size") << QStringLiteral("1"));
            QCOMPARE(early.code, 1);
            RUN_OK(QStringLiteral("mbr"), QStringLiteral("submit"),
                   store() << as(QStringLiteral("admin")) << version);
            // Four eyes: the author may not also approve as QA... and QA must be QA.
            const Result same =
                run(QStringLiteral("mbr"), QStringLiteral("approve"),
                    store() << version << QStringLiteral("--author") << QStringLiteral("sup1")
                            << QStringLiteral("--author-password-file")
                            << path(QStringLiteral("sup1.pw")) << as(QStringLiteral("sup1")));
            QCOMPARE(same.code, 1);
            RUN_OK(QStringLiteral("mbr"), QStringLiteral("approve"),
                   store() << version << as(QStringLiteral("qa1")));
            RUN_OK(QStringLiteral("mbr"), QStringLiteral("make-effective"),
                   store() << as(QStringLiteral("admin")) << version);
        }
        const Result list =
            run(QStringLiteral("mbr"), QStringLiteral("list"), store() << QStringLiteral("--json"));
        QCOMPARE(list.code, 0);
        const QJsonArray versions = QJsonDocument::fromJson(list.out.toUtf8()).array();
        QCOMPARE(versions.size(), 2);
        for (const QJsonValue& v : versions)
            QCOMPARE(v.toObject().value(QStringLiteral("status")).toString(),
                     QStringLiteral("Effective"));
        RUN_OK(QStringLiteral("mbr"), QStringLiteral("show"),
               store() << QStringLiteral("--mbr-id") << QStringLiteral("MBR-TAB-500")
                       << QStringLiteral("--version") << QStringLiteral("1.0"));
    }

    void demoBatchesRunEndToEnd_data() {
        QTest::addColumn<QString>("batch");
        QTest::addColumn<QString>("mbr");
        QTest::addColumn<QString>("size");
        QTest::addColumn<QString>("script");
        QTest::addColumn<int>("steps");
        QTest::newRow("tablet") << QStringLiteral("T-0001") << QStringLiteral("MBR-TAB-500")
                                << QStringLiteral("300") << QStringLiteral("tablet-500mg.batch")
                                << 59;
        QTest::newRow("sterile") << QStringLiteral("S-0001") << QStringLiteral("MBR-OND-2ML")
                                 << QStringLiteral("200")
                                 << QStringLiteral("sterile-liquid-fill.batch") << 48;
    }

    void demoBatchesRunEndToEnd() {
        QFETCH(QString, batch);
        QFETCH(QString, mbr);
        QFETCH(QString, size);
        QFETCH(QString, script);
        QFETCH(int, steps);
        RUN_OK(QStringLiteral("batch"), QStringLiteral("start"),
               store() << as(QStringLiteral("op1")) << QStringLiteral("--batch") << batch
                       << QStringLiteral("--mbr-id") << mbr << QStringLiteral("--size") << size);
        const Result dup =
            run(QStringLiteral("batch"), QStringLiteral("start"),
                store() << as(QStringLiteral("op1")) << QStringLiteral("--batch") << batch
                        << QStringLiteral("--mbr-id") << mbr << QStringLiteral("--size") << size);
        QCOMPARE(dup.code, 1);
        QVERIFY(dup.err.contains(QStringLiteral("already used")));
        const QStringList runArgs = store() << QStringLiteral("--batch") << batch
                                            << QStringLiteral("--script") << path(script);
        const Result first =
            run(QStringLiteral("batch"), QStringLiteral("run"), runArgs, kTestClock);
        QVERIFY2(first.code == 0, qPrintable(first.out + first.err));
        const QJsonObject done = status(batch);
        QCOMPARE(done.value(QStringLiteral("status")).toString(), QStringLiteral("finished"));
        QCOMPARE(done.value(QStringLiteral("completion_order")).toArray().size(), steps);
        for (const QJsonValue& v : done.value(QStringLiteral("steps")).toArray()) {
            const QJsonObject s = v.toObject();
            QCOMPARE(s.value(QStringLiteral("state")).toString(), QStringLiteral("completed"));
            if (s.value(QStringLiteral("kind")).toString() == QLatin1String("signature"))
                QVERIFY(!s.value(QStringLiteral("signatures")).toArray().isEmpty());
        }
        // Running the finished script again changes nothing.
        const Result again =
            run(QStringLiteral("batch"), QStringLiteral("run"), runArgs, kTestClock);
        QCOMPARE(again.code, 0);
        QCOMPARE(status(batch).value(QStringLiteral("steps")), done.value(QStringLiteral("steps")));
        // Finished: hold is refused.
        const Result hold =
            run(QStringLiteral("batch"), QStringLiteral("hold"),
                store() << as(QStringLiteral("op1")) << QStringLiteral("--batch") << batch
                        << QStringLiteral("--reason") << QStringLiteral("x"));
        QCOMPARE(hold.code, 1);
    }

    void tabletRecordShowsExceptionsAndScaling() {
        const QJsonObject t = status(QStringLiteral("T-0001"));
        QStringList types;
        for (const QJsonValue& v : t.value(QStringLiteral("exceptions")).toArray())
            types << v.toObject().value(QStringLiteral("type")).toString();
        for (const char* expected : {"refused_action", "out_of_limits", "deviation", "correction"})
            QVERIFY2(types.contains(QString::fromLatin1(expected)), expected);
        const QJsonArray devs = t.value(QStringLiteral("deviations")).toArray();
        QCOMPARE(devs.size(), 1);
        QVERIFY(devs[0].toObject().value(QStringLiteral("approved")).toBool());
        for (const QJsonValue& v : t.value(QStringLiteral("steps")).toArray()) {
            const QJsonObject s = v.toObject();
            if (s.value(QStringLiteral("id")).toString() == QLatin1String("w_pcm")) {
                QCOMPARE(s.value(QStringLiteral("target")).toString(), QStringLiteral("250.00"));
                QCOMPARE(s.value(QStringLiteral("raw_frame")).toString(),
                         QStringLiteral("S S     250.12 kg"));
                QCOMPARE(s.value(QStringLiteral("signatures")).toArray().size(), 1);
            }
            if (s.value(QStringLiteral("id")).toString() == QLatin1String("gran_water")) {
                QCOMPARE(s.value(QStringLiteral("recorded_value")).toString(),
                         QStringLiteral("60.0"));
                QCOMPARE(s.value(QStringLiteral("value")).toString(), QStringLiteral("60.5"));
            }
            if (s.value(QStringLiteral("id")).toString() == QLatin1String("yield_pct"))
                QCOMPARE(s.value(QStringLiteral("value")).toString(), QStringLiteral("98.0"));
        }
    }

    void holdResumeFromCli() {
        RUN_OK(QStringLiteral("batch"), QStringLiteral("start"),
               store() << as(QStringLiteral("op1")) << QStringLiteral("--batch")
                       << QStringLiteral("T-HALF") << QStringLiteral("--mbr-id")
                       << QStringLiteral("MBR-TAB-500") << QStringLiteral("--size")
                       << QStringLiteral("150"));
        RUN_OK(QStringLiteral("batch"), QStringLiteral("hold"),
               store() << as(QStringLiteral("op1")) << QStringLiteral("--batch")
                       << QStringLiteral("T-HALF") << QStringLiteral("--reason")
                       << QStringLiteral("waiting for material"));
        QCOMPARE(status(QStringLiteral("T-HALF")).value(QStringLiteral("status")).toString(),
                 QStringLiteral("on_hold"));
        const Result byOperator =
            run(QStringLiteral("batch"), QStringLiteral("resume"),
                store() << as(QStringLiteral("op1")) << QStringLiteral("--batch")
                        << QStringLiteral("T-HALF") << QStringLiteral("--reason")
                        << QStringLiteral("x"));
        QCOMPARE(byOperator.code, 1);
        RUN_OK(QStringLiteral("batch"), QStringLiteral("resume"),
               store() << as(QStringLiteral("sup1")) << QStringLiteral("--batch")
                       << QStringLiteral("T-HALF") << QStringLiteral("--reason")
                       << QStringLiteral("material arrived"));
        // Half the batch size halves the weigh targets.
        for (const QJsonValue& v :
             status(QStringLiteral("T-HALF")).value(QStringLiteral("steps")).toArray())
            if (v.toObject().value(QStringLiteral("id")).toString() == QLatin1String("w_pcm"))
                QCOMPARE(v.toObject().value(QStringLiteral("target")).toString(),
                         QStringLiteral("125.00"));
        const Result list = run(QStringLiteral("batch"), QStringLiteral("list"), store());
        QCOMPARE(list.code, 0);
        QVERIFY(list.out.contains(QStringLiteral("T-HALF")));
    }

    void auditVerifyPasses() {
        const Result r = run(QStringLiteral("audit"), QStringLiteral("verify"), store());
        QVERIFY2(r.code == 0, qPrintable(r.out + r.err));
    }
};

QTEST_GUILESS_MAIN(TestBatchCli)
#include "test_batch_cli.moc"
