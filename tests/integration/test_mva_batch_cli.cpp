// `batchctl mva simulate|bem|blm|pls --save-model|predict|model|monitor|alarm` end to end:
// simulated history and a faulty live batch as CSV, a batch evolution model fitted and
// scored (alarms named before the moisture leaves its specification), a batch-level model
// scoring an ongoing batch, a PLS soft sensor file, then the models imported, refused for
// monitoring until QA approved them, the live batch monitored with its alarms recorded and
// acknowledged, and the audit trail verified.
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

namespace {

const QString kBatchctl = QStringLiteral(BATCH_BINARY_DIR "/app/batchctl/batchctl");

struct Result {
    int code = -1;
    QByteArray out, err;
    QJsonObject json() const { return QJsonDocument::fromJson(out).object(); }
};

}  // namespace

class TestMvaBatchCli : public QObject {
    Q_OBJECT

    QTemporaryDir dir_;

    QString path(const QString& name) const { return dir_.filePath(name); }
    QStringList store() const {
        return {QStringLiteral("--db"), path(QStringLiteral("s.db")), QStringLiteral("--key-file"),
                path(QStringLiteral("s.key"))};
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
    Result run(QStringList args) {
        QProcess p;
        p.start(kBatchctl, args);
        Result r;
        if (!p.waitForStarted(10'000) || !p.waitForFinished(120'000))
            return r;
        r.out = p.readAllStandardOutput();
        r.err = p.readAllStandardError();
        r.code = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
        return r;
    }
    Result ok(const QStringList& args) {
        Result r = run(args);
        if (r.code != 0)
            qWarning("batchctl %s: %s%s", qPrintable(args.join(QLatin1Char(' '))),
                     r.out.constData(), r.err.constData());
        return r;
    }

private slots:
    void initTestCase() {
        QVERIFY(dir_.isValid());
        QCOMPARE(
            ok({"mva", "simulate", "--out", path("hist.csv"), "--batches", "20", "--seed", "1"})
                .code,
            0);
        const Result live =
            ok({"mva", "simulate", "--out", path("live.csv"), "--seed", "4242", "--prefix", "LIVE",
                "--fault", "inlet_temperature_drift", "--fault-rate", "-0.5", "--json"});
        QCOMPARE(live.code, 0);
        const QJsonObject b = live.json()["batches"].toArray()[0].toObject();
        QCOMPARE(b["batch"].toString(), QStringLiteral("LIVE001"));
        QVERIFY(b["out_of_spec_minute"].toDouble() > 25);
        // Same seed, same bytes.
        QCOMPARE(
            ok({"mva", "simulate", "--out", path("again.csv"), "--batches", "20", "--seed", "1"})
                .code,
            0);
        QFile a(path("hist.csv")), c(path("again.csv"));
        QVERIFY(a.open(QIODevice::ReadOnly) && c.open(QIODevice::ReadOnly));
        QCOMPARE(a.readAll(), c.readAll());
    }

    void bemFitAndScoreNameTheFault() {
        const Result fit =
            ok({"mva", "bem", "fit", "--csv", path("hist.csv"), "--exclude", "moisture",
                "--components", "3", "--save-model", path("bem.json"), "--json"});
        QCOMPARE(fit.code, 0);
        QCOMPARE(fit.json()["batches"].toInt(), 20);
        QCOMPARE(fit.json()["variables"].toArray().size(), 7);
        QVERIFY(!fit.json()["model_content_hash"].toString().isEmpty());
        const Result score = ok({"mva", "bem", "score", "--model", path("bem.json"), "--csv",
                                 path("live.csv"), "--json"});
        QCOMPARE(score.code, 0);
        const QJsonObject batch = score.json()["batches"].toArray()[0].toObject();
        QCOMPARE(batch["observations"].toArray().size(), 241);
        const QJsonObject first = batch["observations"].toArray()[100].toObject();
        for (const char* k :
             {"scores", "t2", "spe", "dmodx", "limits", "contributions", "score_low", "score_high"})
            QVERIFY2(first.contains(QLatin1String(k)), k);
        const QJsonArray alarms = batch["alarms"].toArray();
        QVERIFY(!alarms.isEmpty());
        const QJsonObject alarm = alarms[0].toObject();
        QVERIFY(alarm["maturity"].toDouble() < 30);
        QCOMPARE(alarm["contributors"].toArray()[0].toObject()["variable"].toString(),
                 QStringLiteral("inlet_air_temperature"));
        // Errors name the batch and row.
        write("bad.csv", "batch,minute,a\nB1,0,1\nB1,0,2\nB1,1,3\n");
        const Result bad =
            run({"mva", "bem", "fit", "--csv", path("bad.csv"), "--components", "1"});
        QCOMPARE(bad.code, 1);
        QVERIFY2(bad.err.contains("batch 'B1', data row 2"), bad.err.constData());
    }

    void blmScoresAnOngoingBatch() {
        QCOMPARE(ok({"mva", "blm", "fit", "--csv", path("hist.csv"), "--exclude", "moisture",
                     "--components", "3", "--save-model", path("blm.json")})
                     .code,
                 0);
        const Result s = ok({"mva", "blm", "score", "--model", path("blm.json"), "--csv",
                             path("live.csv"), "--up-to", "32", "--json"});
        QCOMPARE(s.code, 0);
        const QJsonObject b = s.json()["batches"].toArray()[0].toObject();
        QVERIFY(b["present_grid_points"].toInt() < 61);
        QVERIFY(b["instant_spe"].toDouble() > b["limits"].toObject()["instant_spe_99"].toDouble());
    }

    void plsSoftSensorFile() {
        // X and Y files of the history (moisture as Y) from the simulated CSV.
        QFile h(path("hist.csv"));
        QVERIFY(h.open(QIODevice::ReadOnly));
        QByteArray x, y;
        for (const QByteArray& line : h.readAll().split('\n')) {
            if (line.isEmpty())
                continue;
            QList<QByteArray> f = line.split(',');
            y += f.last() + '\n';
            f.removeLast();
            f.removeFirst();  // batch
            f.removeFirst();  // minute
            x += f.join(',') + '\n';
        }
        write("x.csv", x);
        write("y.csv", y);
        const Result fit = ok({"mva", "pls", "--x", path("x.csv"), "--y", path("y.csv"),
                               "--components", "4", "--save-model", path("pls.json"), "--json"});
        QCOMPARE(fit.code, 0);
        QVERIFY(fit.json()["r2"].toArray()[0].toDouble() > 0.9);
        const Result p = ok(
            {"mva", "predict", "--model", path("pls.json"), "--csv", path("live.csv"), "--json"});
        QCOMPARE(p.code, 0);
        QCOMPARE(p.json()["predictions"].toArray().size(), 241);
    }

    void modelsUnderChangeControlAndMonitoring() {
        write("s.key", "mva batch cli passphrase\n");
        for (const char* u : {"admin", "qa1", "sup1"}) {
            write(QString::fromLatin1(u) + ".pw", QByteArray(u) + "-Passw0rd-2026\n");
            write(QString::fromLatin1(u) + ".tmp", "Temporary-0001\n");
        }
        QCOMPARE(ok(QStringList{"init"} + store() +
                    QStringList{"--station", "ST01", "--admin", "admin", "--admin-name",
                                "Ada Admin", "--admin-password-file", path("admin.pw")})
                     .code,
                 0);
        for (const auto& [id, role] : {std::pair{"qa1", "qa"}, std::pair{"sup1", "supervisor"}}) {
            QCOMPARE(
                ok(QStringList{"user", "add"} + store() + as("admin") +
                   QStringList{"--id", id, "--name", id, "--roles", role, "--initial-password-file",
                               path(QString::fromLatin1(id) + ".tmp"), "--reason", "test"})
                    .code,
                0);
            QCOMPARE(ok(QStringList{"user", "passwd"} + store() +
                        QStringList{"--id", id, "--old-password-file",
                                    path(QString::fromLatin1(id) + ".tmp"), "--new-password-file",
                                    path(QString::fromLatin1(id) + ".pw")})
                         .code,
                     0);
        }
        QCOMPARE(ok(QStringList{"mva", "model", "import"} + store() + as("admin") +
                    QStringList{"--id", "FBG-BEM", "--file", path("bem.json")})
                     .code,
                 0);
        QCOMPARE(ok(QStringList{"mva", "model", "import"} + store() + as("admin") +
                    QStringList{"--id", "FBG-MOISTURE", "--file", path("pls.json")})
                     .code,
                 0);
        const QStringList monitor =
            QStringList{"mva", "monitor"} + store() +
            QStringList{"--model",        "FBG-BEM",    "--soft-sensor", "FBG-MOISTURE", "--csv",
                        path("live.csv"), "--batch-id", "LIVE001",       "--json"};
        Result r = run(monitor);
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains("no approved version"), r.err.constData());
        r = run(QStringList{"mva", "model", "approve"} + store() + as("admin") +
                QStringList{"--id", "FBG-BEM", "--version", "1"});
        QCOMPARE(r.code, 1);  // the importer never approves
        for (const char* id : {"FBG-BEM", "FBG-MOISTURE"})
            QCOMPARE(ok(QStringList{"mva", "model", "approve"} + store() + as("qa1") +
                        QStringList{"--id", id, "--version", "1", "--comment", "validated"})
                         .code,
                     0);
        const Result list =
            ok(QStringList{"mva", "model", "list"} + store() + QStringList{"--json"});
        const QJsonArray models = QJsonDocument::fromJson(list.out).array();
        QCOMPARE(models.size(), 2);
        QCOMPARE(models[0].toObject()["status"].toString(), QStringLiteral("Approved"));
        QCOMPARE(models[0].toObject()["approver_id"].toString(), QStringLiteral("qa1"));

        r = ok(monitor);
        QCOMPARE(r.code, 0);
        const QJsonArray alarms = r.json()["alarms"].toArray();
        QVERIFY(!alarms.isEmpty());
        const QJsonObject a = alarms[0].toObject();
        QCOMPARE(a["state"].toString(), QStringLiteral("active_unacknowledged"));
        QVERIFY(a["message"].toString().contains(QStringLiteral("inlet air temperature low")));
        const QString seq = QString::number(a["seq"].toInteger());
        QCOMPARE(ok(QStringList{"mva", "alarm", "ack"} + store() + as("sup1") +
                    QStringList{"--seq", seq})
                     .code,
                 0);
        const Result after = ok(QStringList{"mva", "alarm", "list"} + store() +
                                QStringList{"--batch-id", "LIVE001", "--json"});
        const QJsonObject acked = QJsonDocument::fromJson(after.out).array()[0].toObject();
        QCOMPARE(acked["acknowledged_by"].toString(), QStringLiteral("sup1"));
        QVERIFY(acked["state"].toString().contains(QStringLiteral("acknowledged")));
        QCOMPARE(run(QStringList{"mva", "alarm", "ack"} + store() + as("sup1") +
                     QStringList{"--seq", seq})
                     .code,
                 1);
        QCOMPARE(ok(QStringList{"audit", "verify"} + store()).code, 0);
    }

    void everySubcommandHasHelp() {
        for (const QStringList& c : {QStringList{"mva", "simulate"},
                                     {"mva", "bem", "fit"},
                                     {"mva", "bem", "score"},
                                     {"mva", "blm", "fit"},
                                     {"mva", "blm", "score"},
                                     {"mva", "predict"},
                                     {"mva", "model", "import"},
                                     {"mva", "model", "approve"},
                                     {"mva", "model", "list"},
                                     {"mva", "model", "retire"},
                                     {"mva", "monitor"},
                                     {"mva", "alarm", "list"},
                                     {"mva", "alarm", "ack"}}) {
            const Result r = run(c + QStringList{"--help"});
            QVERIFY2(r.code == 0 && r.out.contains("--"), qPrintable(c.join(QLatin1Char(' '))));
        }
    }
};

QTEST_GUILESS_MAIN(TestMvaBatchCli)
#include "test_mva_batch_cli.moc"
