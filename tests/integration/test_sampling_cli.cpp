// The sampling commands of batchctl on a real store: master data by file and by options
// (with path-precise refusals and exit codes), `lot create` explaining its decision,
// receive / results / disposition, the variant's approval and history, the what-if
// simulation, and the certificate of analysis read back with pdftotext: every test,
// specification and result and the signature's printed name, date/time and meaning.
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

namespace {

const QString kBatchctl = QStringLiteral(BATCH_BINARY_DIR "/app/batchctl/batchctl");
const QString kDemo = QStringLiteral(BATCH_SOURCE_DIR "/resources/sampling/demo-sampling.json");

struct Result {
    int code = -1;
    QString out;
    QString err;
};

}  // namespace

class TestSamplingCli : public QObject {
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
    Result run(QStringList args) {
        QProcess p;
        p.start(kBatchctl, args);
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
    Result ok(const QStringList& args) {
        const Result r = run(args);
        if (r.code != 0)
            qWarning("batchctl %s -> %d\n%s%s", qPrintable(args.join(QLatin1Char(' '))), r.code,
                     qPrintable(r.out), qPrintable(r.err));
        return r;
    }
    static QString pdfText(const QString& pdf) {
        QProcess p;
        p.start(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), pdf, QStringLiteral("-")});
        p.waitForFinished(60'000);
        return QString::fromUtf8(p.readAllStandardOutput());
    }

private Q_SLOTS:
    void initTestCase() {
        if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty())
            QFAIL("pdftotext (poppler-utils) is required");
        QVERIFY(dir_.isValid());
        db_ = path(QStringLiteral("station.db"));
        key_ = path(QStringLiteral("station.key"));
        write(QStringLiteral("station.key"), "sampling cli passphrase\n");
        for (const char* u : {"admin", "qa1", "op1"}) {
            write(QString::fromLatin1(u) + QStringLiteral(".pw"),
                  QByteArray(u) + "-Passw0rd-2026\n");
            write(QString::fromLatin1(u) + QStringLiteral(".tmp"), "Temporary-0001\n");
        }
        QCOMPARE(ok(QStringList{QStringLiteral("init")}
                    << store() << QStringLiteral("--station") << QStringLiteral("ST01")
                    << QStringLiteral("--admin") << QStringLiteral("admin")
                    << QStringLiteral("--admin-name") << QStringLiteral("Ada Admin")
                    << QStringLiteral("--admin-password-file") << path(QStringLiteral("admin.pw")))
                     .code,
                 0);
        for (const auto& [id, name, role] : {std::tuple{"qa1", "Quinn QA", "qa"},
                                             std::tuple{"op1", "Olivia Operator", "operator"}}) {
            const QString u = QString::fromLatin1(id);
            QCOMPARE(
                ok(QStringList{QStringLiteral("user"), QStringLiteral("add")}
                   << store() << as(QStringLiteral("admin")) << QStringLiteral("--id") << u
                   << QStringLiteral("--name") << QString::fromLatin1(name)
                   << QStringLiteral("--roles") << QString::fromLatin1(role)
                   << QStringLiteral("--initial-password-file") << path(u + QStringLiteral(".tmp"))
                   << QStringLiteral("--reason") << QStringLiteral("setup"))
                    .code,
                0);
            QCOMPARE(ok(QStringList{QStringLiteral("user"), QStringLiteral("passwd")}
                        << store() << QStringLiteral("--id") << u
                        << QStringLiteral("--old-password-file") << path(u + QStringLiteral(".tmp"))
                        << QStringLiteral("--new-password-file") << path(u + QStringLiteral(".pw")))
                         .code,
                     0);
        }
    }

    void masterDataByFileAndOptions() {
        // A broken document is refused as a whole, with the path of each problem.
        QJsonObject bad = QJsonDocument::fromJson([] {
                              QFile f(kDemo);
                              f.open(QIODevice::ReadOnly);
                              return f.readAll();
                          }())
                              .object();
        QJsonArray rules = bad.value(QStringLiteral("count_rules")).toArray();
        QJsonObject first = rules[0].toObject();
        first[QStringLiteral("rule")] =
            QJsonObject{{QStringLiteral("expression"), QStringLiteral("N - 3")}};
        rules[0] = first;
        bad[QStringLiteral("count_rules")] = rules;
        write(QStringLiteral("bad.json"), QJsonDocument(bad).toJson());
        const Result refused = run(QStringList{QStringLiteral("sampling"), QStringLiteral("import")}
                                   << store() << as(QStringLiteral("admin"))
                                   << QStringLiteral("--file") << path(QStringLiteral("bad.json")));
        QCOMPARE(refused.code, 1);
        QVERIFY2(refused.err.contains(
                     QStringLiteral("count_rules[0].rule.expression: \"N - 3\" gives -2 for N = 1: "
                                    "a sample count cannot be negative")),
                 qPrintable(refused.err));

        const Result imported =
            ok(QStringList{QStringLiteral("sampling"), QStringLiteral("import")}
               << store() << as(QStringLiteral("admin")) << QStringLiteral("--file") << kDemo);
        QCOMPARE(imported.code, 0);
        QVERIFY2(imported.out.contains(QStringLiteral("11 added, 0 updated, 0 unchanged")),
                 qPrintable(imported.out));

        // Count rules from options: each form, and the refusals.
        QCOMPARE(ok(QStringList{QStringLiteral("countrule"), QStringLiteral("add")}
                    << store() << as(QStringLiteral("admin")) << QStringLiteral("--name")
                    << QStringLiteral("drums") << QStringLiteral("--ranges")
                    << QStringLiteral("1-10:1,11-100:2,101+:4"))
                     .code,
                 0);
        for (const auto& [option, value, message] :
             {std::tuple{"--ranges", "1-10:1,8-20:2,21+:3",
                         "rule.ranges[1]: overlaps rule.ranges[0]: lot sizes 8-10 are in both"},
              std::tuple{"--ranges", "1-10:1,12+:2",
                         "rule.ranges[1]: gap after rule.ranges[0]: lot sizes 11 have no row"},
              std::tuple{"--literal", "-2", "rule.literal: a sample count cannot be negative"},
              std::tuple{"--expression", "sqrt(N",
                         "rule.expression: \"sqrt(N\" is not a valid expression"},
              std::tuple{"--rule", "nowhere", "rule: there is no count rule named \"nowhere\""}}) {
            const Result r = run(QStringList{QStringLiteral("countrule"), QStringLiteral("add")}
                                 << store() << as(QStringLiteral("admin"))
                                 << QStringLiteral("--name") << QStringLiteral("broken")
                                 << QString::fromLatin1(option) << QString::fromLatin1(value));
            QVERIFY2(r.code == 1, qPrintable(r.out + r.err));
            QVERIFY2(r.err.contains(QString::fromLatin1(message)), qPrintable(r.err));
        }
        const Result shown =
            ok(QStringList{QStringLiteral("countrule"), QStringLiteral("show")}
               << store() << QStringLiteral("--id") << QStringLiteral("containers-identity")
               << QStringLiteral("--size") << QStringLiteral("40"));
        QCOMPARE(QJsonDocument::fromJson(shown.out.toUtf8())
                     .object()
                     .value(QStringLiteral("evaluated"))
                     .toObject()
                     .value(QStringLiteral("count"))
                     .toInt(),
                 8);
        const Result list =
            ok(QStringList{QStringLiteral("countrule"), QStringLiteral("list")} << store());
        QVERIFY(list.out.contains(QStringLiteral("drums")) &&
                list.out.contains(QStringLiteral("1-10: 1; 11-100: 2; 101+: 4")));

        // A product from options, a plan from a file, a variant from options.
        QCOMPARE(ok(QStringList{QStringLiteral("product"), QStringLiteral("add")}
                    << store() << as(QStringLiteral("admin")) << QStringLiteral("--code")
                    << QStringLiteral("EXC-LAC") << QStringLiteral("--name")
                    << QStringLiteral("Lactose monohydrate") << QStringLiteral("--kind")
                    << QStringLiteral("raw_material") << QStringLiteral("--size-unit")
                    << QStringLiteral("drums") << QStringLiteral("--tests")
                    << QStringLiteral(
                           "ID:conforms:Identification (IR);LOD:numeric:Loss on drying:%:1::1.0"))
                     .code,
                 0);
        write(QStringLiteral("plan.json"), R"({"id": "PLAN-LAC", "product": "EXC-LAC", "sources": [
            {"source": "drum", "count": {"rule": "drums"}, "tests": ["ID", "LOD"], "reduced_tests": ["ID"]}]})");
        QCOMPARE(ok(QStringList{QStringLiteral("plan"), QStringLiteral("add")}
                    << store() << as(QStringLiteral("admin")) << QStringLiteral("--file")
                    << path(QStringLiteral("plan.json")))
                     .code,
                 0);
        write(QStringLiteral("plan-bad.json"),
              R"({"id": "PLAN-LAC2", "product": "EXC-LAC", "sources": [
            {"source": "drum", "count": {"literal": 1}, "tests": ["ID", "ASSAY"]}]})");
        const Result badPlan =
            run(QStringList{QStringLiteral("plan"), QStringLiteral("add")}
                << store() << as(QStringLiteral("admin")) << QStringLiteral("--file")
                << path(QStringLiteral("plan-bad.json")));
        QCOMPARE(badPlan.code, 1);
        QVERIFY2(badPlan.err.contains(
                     QStringLiteral("sources[0].tests[1]: product EXC-LAC has no test \"ASSAY\"")),
                 qPrintable(badPlan.err));
        QCOMPARE(
            ok(QStringList{QStringLiteral("variant"), QStringLiteral("add")}
               << store() << as(QStringLiteral("admin")) << QStringLiteral("--id")
               << QStringLiteral("LAC-MEGGLE") << QStringLiteral("--product")
               << QStringLiteral("EXC-LAC") << QStringLiteral("--org") << QStringLiteral("Meggle")
               << QStringLiteral("--plan") << QStringLiteral("PLAN-LAC"))
                .code,
            0);
        const Result variants = ok(QStringList{QStringLiteral("variant"), QStringLiteral("list")}
                                   << store() << QStringLiteral("--json"));
        QCOMPARE(QJsonDocument::fromJson(variants.out.toUtf8()).array().size(), 4);
        const Result product =
            ok(QStringList{QStringLiteral("product"), QStringLiteral("show")}
               << store() << QStringLiteral("--id") << QStringLiteral("EXC-LAC"));
        QVERIFY2(product.out.contains(QStringLiteral("\"max\": \"1.0\"")), qPrintable(product.out));
        // Admin only.
        const Result notAdmin =
            run(QStringList{QStringLiteral("countrule"), QStringLiteral("add")}
                << store() << as(QStringLiteral("qa1")) << QStringLiteral("--name")
                << QStringLiteral("x") << QStringLiteral("--literal") << QStringLiteral("1"));
        QCOMPARE(notAdmin.code, 1);
    }

    void lotLifeCycleAndCertificate() {
        const Result dry =
            ok(QStringList{QStringLiteral("lot"), QStringLiteral("create")}
               << store() << QStringLiteral("--product") << QStringLiteral("API-PARA")
               << QStringLiteral("--org") << QStringLiteral("ACME Pharma GmbH")
               << QStringLiteral("--size") << QStringLiteral("10") << QStringLiteral("--dry-run"));
        QCOMPARE(dry.code, 0);
        QVERIFY(dry.out.contains(QStringLiteral("Dry run: no lot created.")));
        const Result created =
            ok(QStringList{QStringLiteral("lot"), QStringLiteral("create")}
               << store() << as(QStringLiteral("op1")) << QStringLiteral("--product")
               << QStringLiteral("API-PARA") << QStringLiteral("--org")
               << QStringLiteral("ACME Pharma GmbH") << QStringLiteral("--size")
               << QStringLiteral("10") << QStringLiteral("--lot") << QStringLiteral("PARA-2026-001")
               << QStringLiteral("--json"));
        QCOMPARE(created.code, 0);
        const QJsonObject decision = QJsonDocument::fromJson(created.out.toUtf8()).object();
        QCOMPARE(decision.value(QStringLiteral("lot_id")).toString(),
                 QStringLiteral("PARA-2026-001"));
        QCOMPARE(decision.value(QStringLiteral("level")).toString(), QStringLiteral("Full"));
        QVERIFY(decision.value(QStringLiteral("summary"))
                    .toString()
                    .startsWith(QStringLiteral("UnQualified since ")));
        QVERIFY(decision.value(QStringLiteral("reasons")).toArray().size() >= 4);
        const QJsonArray samples = decision.value(QStringLiteral("samples")).toArray();
        QCOMPARE(samples.size(), 6);  // ceil(sqrt(10)) + 1 = 5 containers and the composite
        QCOMPARE(samples.last().toObject().value(QStringLiteral("tests")).toArray().size(), 3);

        const QString lot = QStringLiteral("PARA-2026-001");
        QCOMPARE(ok(QStringList{QStringLiteral("lot"), QStringLiteral("receive")}
                    << store() << as(QStringLiteral("op1")) << QStringLiteral("--lot") << lot)
                     .code,
                 0);
        QCOMPARE(ok(QStringList{QStringLiteral("lot"), QStringLiteral("receive")}
                    << store() << as(QStringLiteral("op1")) << QStringLiteral("--lot") << lot
                    << QStringLiteral("--lab"))
                     .code,
                 0);
        QByteArray results = "sample,test,value\n";
        for (int i = 1; i <= 5; ++i)
            results += "containers-" + QByteArray::number(i) + ",ID,conforms\n";
        results += "composite-1,APPEAR,conforms\ncomposite-1,ASSAY,100.35\ncomposite-1,WATER,0.7\n";
        write(QStringLiteral("results.csv"), results);
        const Result entered =
            ok(QStringList{QStringLiteral("lot"), QStringLiteral("result")}
               << store() << as(QStringLiteral("op1")) << QStringLiteral("--lot") << lot
               << QStringLiteral("--file") << path(QStringLiteral("results.csv")));
        QCOMPARE(entered.code, 0);
        QVERIFY2(
            entered.out.contains(QStringLiteral("WATER: 0.70 OUT OF SPECIFICATION (NMT 0.50 %)")),
            qPrintable(entered.out));
        QVERIFY(entered.out.contains(QStringLiteral("all tests done: PendingRelease")));
        const Result blocked =
            run(QStringList{QStringLiteral("lot"), QStringLiteral("disposition")}
                << store() << as(QStringLiteral("qa1")) << QStringLiteral("--lot") << lot
                << QStringLiteral("--decision") << QStringLiteral("release"));
        QCOMPARE(blocked.code, 1);
        QVERIFY(blocked.err.contains(QStringLiteral("out-of-specification")));
        QCOMPARE(ok(QStringList{QStringLiteral("lot"), QStringLiteral("result")}
                    << store() << as(QStringLiteral("op1")) << QStringLiteral("--lot") << lot
                    << QStringLiteral("--sample") << QStringLiteral("composite-1")
                    << QStringLiteral("--test") << QStringLiteral("WATER")
                    << QStringLiteral("--value") << QStringLiteral("0.31")
                    << QStringLiteral("--reason") << QStringLiteral("INV-7: wrong sample weight"))
                     .code,
                 0);
        QCOMPARE(ok(QStringList{QStringLiteral("lot"), QStringLiteral("disposition")}
                    << store() << as(QStringLiteral("qa1")) << QStringLiteral("--lot") << lot
                    << QStringLiteral("--decision") << QStringLiteral("release"))
                     .code,
                 0);
        const Result shown =
            ok(QStringList{QStringLiteral("lot"), QStringLiteral("show")}
               << store() << QStringLiteral("--lot") << lot << QStringLiteral("--json"));
        const QJsonObject l = QJsonDocument::fromJson(shown.out.toUtf8()).object();
        QCOMPARE(l.value(QStringLiteral("status")).toString(), QStringLiteral("Released"));
        QCOMPARE(l.value(QStringLiteral("results")).toInt(), 8);

        const QString pdf = path(QStringLiteral("coa.pdf"));
        const Result coa =
            ok(QStringList{QStringLiteral("coa")} << store() << QStringLiteral("--lot") << lot
                                                  << QStringLiteral("--out") << pdf);
        QCOMPARE(coa.code, 0);
        const QString text = pdfText(pdf);
        for (const char* expected : {"Certificate of Analysis",
                                     "API-PARA - Paracetamol Ph. Eur.",
                                     "PARA-2026-001",
                                     "ACME Pharma GmbH",
                                     "10 containers",
                                     "Identification (IR)",
                                     "Appearance",
                                     "Assay",
                                     "Water (Karl Fischer)",
                                     "Ph. Eur. 2.2.24",
                                     "Conforms (IR spectrum matches the reference)",
                                     "Conforms (white crystalline powder)",
                                     "99.0 - 101.0 %",
                                     "NMT 0.50 %",
                                     "100.4 %",
                                     "0.31 %",
                                     "containers-5",
                                     "composite-1",
                                     "Complies",
                                     "Quinn QA (qa1)",
                                     "Released",
                                     "Page 1 of 1"})
            QVERIFY2(text.contains(QString::fromLatin1(expected)), expected);
        // The manifestation's date/time is the signature's, as recorded.
        const Result audit = ok(QStringList{QStringLiteral("audit"), QStringLiteral("show")}
                                << store() << QStringLiteral("--type") << QStringLiteral("Signed")
                                << QStringLiteral("--json"));
        const QJsonObject signedEvent =
            QJsonDocument::fromJson(audit.out.toUtf8()).array().last().toObject();
        const QString ts = signedEvent.value(QStringLiteral("ts_utc")).toString();
        QVERIFY2(
            text.contains(ts.left(10) + QLatin1Char(' ') + ts.mid(11, 8) + QStringLiteral(" UTC")),
            qPrintable(ts));
        QCOMPARE(text.count(QStringLiteral(",ID,")), 0);

        // Not for a lot that is not released.
        ok(QStringList{QStringLiteral("lot"), QStringLiteral("create")}
           << store() << as(QStringLiteral("op1")) << QStringLiteral("--product")
           << QStringLiteral("API-PARA") << QStringLiteral("--size") << QStringLiteral("3")
           << QStringLiteral("--lot") << QStringLiteral("ANY-1"));
        const Result noCoa = run(QStringList{QStringLiteral("coa")}
                                 << store() << QStringLiteral("--lot") << QStringLiteral("ANY-1")
                                 << QStringLiteral("--out") << path(QStringLiteral("no.pdf")));
        QCOMPARE(noCoa.code, 1);
        QVERIFY(noCoa.err.contains(QStringLiteral("only issued for a released lot")));
        QVERIFY(!QFile::exists(path(QStringLiteral("no.pdf"))));
    }

    void variantHistoryAndSimulation() {
        const Result history =
            ok(QStringList{QStringLiteral("variant"), QStringLiteral("history")}
               << store() << QStringLiteral("--id") << QStringLiteral("PARA-ACME"));
        QCOMPARE(history.code, 0);
        QVERIFY2(history.out.contains(QStringLiteral("None -> UnQualified")),
                 qPrintable(history.out));
        const Result none = run(QStringList{QStringLiteral("variant"), QStringLiteral("approve")}
                                << store() << as(QStringLiteral("qa1")) << QStringLiteral("--id")
                                << QStringLiteral("PARA-ACME"));
        QCOMPARE(none.code, 1);
        QVERIFY(none.err.contains(QStringLiteral("No promotion of variant PARA-ACME")));

        // No "start": the lots come from now on, every 14 days.
        write(QStringLiteral("outcomes.json"), R"({"format": "batchstation-sampling-outcomes/1",
            "every": "P14D", "size": 40, "lots": ["accepted", "accepted", "rejected"]})");
        const Result sim =
            ok(QStringList{QStringLiteral("sampling"), QStringLiteral("simulate")}
               << store() << QStringLiteral("--variant") << QStringLiteral("PARA-ACME")
               << QStringLiteral("--outcomes") << path(QStringLiteral("outcomes.json"))
               << QStringLiteral("--batches") << QStringLiteral("6") << QStringLiteral("--json"));
        QCOMPARE(sim.code, 0);
        const QJsonArray steps = QJsonDocument::fromJson(sim.out.toUtf8()).array();
        QCOMPARE(steps.size(), 6);
        // From the variant's real history: PARA-2026-001 was accepted, so two more make 3.
        QCOMPARE(steps[1].toObject().value(QStringLiteral("state_after")).toString(),
                 QStringLiteral("Qualified"));
        QCOMPARE(steps[2].toObject().value(QStringLiteral("state_after")).toString(),
                 QStringLiteral("UnQualified"));
        QCOMPARE(steps[5].toObject().value(QStringLiteral("state_after")).toString(),
                 QStringLiteral("Qualified"));
        const Result table =
            ok(QStringList{QStringLiteral("sampling"), QStringLiteral("simulate")}
               << store() << QStringLiteral("--variant") << QStringLiteral("PARA-ACME")
               << QStringLiteral("--outcomes") << path(QStringLiteral("outcomes.json"))
               << QStringLiteral("--batches") << QStringLiteral("3") << QStringLiteral("--fresh"));
        QVERIFY(table.out.contains(QStringLiteral("LEVEL")) &&
                table.out.contains(QStringLiteral("UnQualified")));
        QCOMPARE(table.out.count(QLatin1Char('\n')), 4);  // the header and 3 lots
        write(QStringLiteral("outcomes-bad.json"),
              R"({"format": "batchstation-sampling-outcomes/1", "size": 40,
            "lots": ["accepted", "perhaps"]})");
        const Result bad =
            run(QStringList{QStringLiteral("sampling"), QStringLiteral("simulate")}
                << store() << QStringLiteral("--variant") << QStringLiteral("PARA-ACME")
                << QStringLiteral("--outcomes") << path(QStringLiteral("outcomes-bad.json"))
                << QStringLiteral("--batches") << QStringLiteral("3"));
        QCOMPARE(bad.code, 1);
        QVERIFY2(bad.err.contains(QStringLiteral("lots[1]: must be \"accepted\"")),
                 qPrintable(bad.err));
    }

    void everySubcommandHasHelp() {
        for (const char* group :
             {"product", "variant", "plan", "countrule", "rule", "sampling", "lot"}) {
            const Result g = run({QString::fromLatin1(group), QStringLiteral("--help")});
            QCOMPARE(g.code, 0);
            for (const QString& line : g.out.split(QLatin1Char('\n'))) {
                const QString sub = line.trimmed().section(QLatin1Char(' '), 0, 0);
                if (!line.startsWith(QStringLiteral("  ")) || sub.isEmpty())
                    continue;
                const Result h = run({QString::fromLatin1(group), sub, QStringLiteral("--help")});
                QVERIFY2(h.code == 0 && h.out.contains(QStringLiteral("--db")),
                         qPrintable(QString::fromLatin1(group) + sub));
            }
        }
        const Result coa = run({QStringLiteral("coa"), QStringLiteral("--help")});
        QVERIFY(coa.code == 0 && coa.out.contains(QStringLiteral("--out")));
        QCOMPARE(run({QStringLiteral("lot"), QStringLiteral("create")}).code, 2);
    }
};

QTEST_GUILESS_MAIN(TestSamplingCli)
#include "test_sampling_cli.moc"
