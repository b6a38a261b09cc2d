// Both demo MBRs end to end through batchctl: the MBR lifecycle commands (import, submit,
// four-eyes approve, make-effective), `batch start`, `batch run` with the committed
// scripts in resources/scripts, `batch status --json`, hold/resume from the command line,
// and `batchctl audit verify` over the result. The scripts' timers use batchctl_testclock
// (a `wait` advances a clock offset file instead of sleeping). The scripts weigh on live
// balances: three `batchctl balance simulate` processes (MT-SICS, SBI, A&D) on real
// pseudo-terminals, registered in the instrument master with `batchctl instrument add`,
// read through the drivers by `weigh STEP from INSTRUMENT`. The material and equipment
// master data the scripts scan is created first: one of each command through batchctl,
// the rest through the same repositories directly (a CLI call per lot costs a PBKDF2).
// The site (simulators, instrument master, lots and equipment, the script clock) is the
// shared demo-site fixture (tests/support/DemoSiteFixture.h).
#include "DemoSiteFixture.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>

namespace {

using demosite::kBatchctl;
using demosite::kTestClock;
const QString kSource = QStringLiteral(BATCH_SOURCE_DIR);

using Result = CliResult;

}  // namespace

class TestBatchCli : public QObject {
    Q_OBJECT

private:
    QTemporaryDir dir_;
    demosite::DemoSiteFixture site_{dir_.path(), "batch cli test passphrase"};

    QString path(const QString& name) const { return dir_.filePath(name); }
    QStringList store() const { return site_.store(); }
    QStringList as(const QString& user) const { return site_.as(user); }
    void write(const QString& name, const QByteArray& content) {
        QFile f(path(name));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(content);
    }
    Result run(const QString& group, const QString& sub, QStringList args,
               const QString& binary = kBatchctl) {
        args.prepend(sub);
        if (!group.isEmpty())
            args.prepend(group);
        return runTool(binary, args, site_.environment(), 120'000);
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
        QVERIFY(site_.writeKey());
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
        // The site's balances (simulators on ptys) and the instrument master.
        QVERIFY(site_.keepScriptClockOnOneDay());
        const QString started = site_.startBalances();
        QVERIFY2(started.isEmpty(), qPrintable(started));
        const QString registered = site_.registerInstruments();
        QVERIFY2(registered.isEmpty(), qPrintable(registered));
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

    void masterDataThroughCli() {
        const QStringList admin = store() << as(QStringLiteral("admin"));
        RUN_OK(QStringLiteral("material"), QStringLiteral("add"),
               admin + QStringList{QStringLiteral("--code"), QStringLiteral("RM-PCM-001"),
                                   QStringLiteral("--name"), QStringLiteral("Paracetamol"),
                                   QStringLiteral("--unit"), QStringLiteral("kg"),
                                   QStringLiteral("--reason"), QStringLiteral("new material")});
        // Operators do not maintain the material master; a reason is always required.
        const Result byOperator =
            run(QStringLiteral("material"), QStringLiteral("add"),
                store() << as(QStringLiteral("op1"))
                        << QStringList{QStringLiteral("--code"), QStringLiteral("RM-X"),
                                       QStringLiteral("--name"), QStringLiteral("X"),
                                       QStringLiteral("--unit"), QStringLiteral("kg"),
                                       QStringLiteral("--reason"), QStringLiteral("x")});
        QCOMPARE(byOperator.code, 1);
        QVERIFY2(byOperator.err.contains(QStringLiteral("manage_master_data")),
                 qPrintable(byOperator.err));
        const Result noReason =
            run(QStringLiteral("material"), QStringLiteral("add"),
                admin + QStringList{QStringLiteral("--code"), QStringLiteral("RM-Y"),
                                    QStringLiteral("--name"), QStringLiteral("Y"),
                                    QStringLiteral("--unit"), QStringLiteral("kg")});
        QCOMPARE(noReason.code, 2);
        for (const char* lot : {"L-PCM-2026-0107", "L-PCM-2026-0099"})
            RUN_OK(QStringLiteral("material"), QStringLiteral("lot"),
                   QStringList{QStringLiteral("add")} + admin +
                       QStringList{QStringLiteral("--lot"), QString::fromLatin1(lot),
                                   QStringLiteral("--material"), QStringLiteral("RM-PCM-001"),
                                   QStringLiteral("--supplier"),
                                   QStringLiteral("Acme Pharma Chemicals"),
                                   QStringLiteral("--supplier-lot"), QStringLiteral("AC-55"),
                                   QStringLiteral("--expiry"), QStringLiteral("2099-06-30"),
                                   QStringLiteral("--reason"), QStringLiteral("goods receipt")});
        // Only QA releases a lot; the administrator who received it may not.
        const QStringList release{QStringLiteral("--lot"), QStringLiteral("L-PCM-2026-0107"),
                                  QStringLiteral("--reason"),
                                  QStringLiteral("CoA and identity test passed")};
        Result r = run(QStringLiteral("material"), QStringLiteral("lot"),
                       QStringList{QStringLiteral("release")} + admin + release);
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QStringLiteral("release_materials")), qPrintable(r.err));
        RUN_OK(
            QStringLiteral("material"), QStringLiteral("lot"),
            QStringList{QStringLiteral("release")} + store() + as(QStringLiteral("qa1")) + release);
        r = run(QStringLiteral("material"), QStringLiteral("lot"),
                QStringList{QStringLiteral("list"), QStringLiteral("--json")} + store());
        QCOMPARE(r.code, 0);
        QHash<QString, QString> lotStatus;
        for (const QJsonValue& v : QJsonDocument::fromJson(r.out.toUtf8()).array())
            lotStatus.insert(v.toObject().value(QStringLiteral("lot_id")).toString(),
                             v.toObject().value(QStringLiteral("status")).toString());
        QCOMPARE(lotStatus.value(QStringLiteral("L-PCM-2026-0107")), QStringLiteral("Released"));
        QCOMPARE(lotStatus.value(QStringLiteral("L-PCM-2026-0099")), QStringLiteral("Quarantine"));
        // Equipment: added dirty by the administrator, cleaned by production, calibrated.
        RUN_OK(QStringLiteral("equipment"), QStringLiteral("add"),
               admin + QStringList{QStringLiteral("--id"), QStringLiteral("BAL-300-01"),
                                   QStringLiteral("--class"), QStringLiteral("BAL-300KG"),
                                   QStringLiteral("--name"), QStringLiteral("Floor balance 1"),
                                   QStringLiteral("--clean-hold-hours"), QStringLiteral("168"),
                                   QStringLiteral("--reason"), QStringLiteral("installed")});
        const QStringList clean{QStringLiteral("--id"), QStringLiteral("BAL-300-01"),
                                QStringLiteral("--reason"),
                                QStringLiteral("cleaned per SOP-CL-01")};
        r = run(QStringLiteral("equipment"), QStringLiteral("clean"), admin + clean);
        QCOMPARE(r.code, 1);  // the administrator executes nothing
        RUN_OK(QStringLiteral("equipment"), QStringLiteral("clean"),
               store() << as(QStringLiteral("op1")) << clean);
        RUN_OK(
            QStringLiteral("equipment"), QStringLiteral("calibrate"),
            admin + QStringList{QStringLiteral("--id"), QStringLiteral("BAL-300-01"),
                                QStringLiteral("--until"), QStringLiteral("2099-01-31"),
                                QStringLiteral("--reason"), QStringLiteral("certificate C-7781")});
        r = run(QStringLiteral("equipment"), QStringLiteral("list"),
                store() << QStringLiteral("--json"));
        QCOMPARE(r.code, 0);
        const QJsonObject bal = QJsonDocument::fromJson(r.out.toUtf8()).array()[0].toObject();
        QCOMPARE(bal.value(QStringLiteral("clean_status")).toString(), QStringLiteral("clean"));
        QCOMPARE(bal.value(QStringLiteral("calibrated_until")).toString(),
                 QStringLiteral("2099-01-31"));
        // Every change is an event with old, new and the reason.
        r = run(QStringLiteral("audit"), QStringLiteral("show"),
                store() << QStringLiteral("--json") << QStringLiteral("--type")
                        << QStringLiteral("LotStatusChanged"));
        QCOMPARE(r.code, 0);
        const QJsonArray changes = QJsonDocument::fromJson(r.out.toUtf8()).array();
        QCOMPARE(changes.size(), 1);
        const QJsonObject payload =
            changes[0].toObject().value(QStringLiteral("payload")).toObject();
        QCOMPARE(payload.value(QStringLiteral("old")).toObject().value(QStringLiteral("status")),
                 QJsonValue(QStringLiteral("Quarantine")));
        QCOMPARE(payload.value(QStringLiteral("new")).toObject().value(QStringLiteral("status")),
                 QJsonValue(QStringLiteral("Released")));
        QCOMPARE(payload.value(QStringLiteral("reason")).toString(),
                 QStringLiteral("CoA and identity test passed"));
        QCOMPARE(changes[0].toObject().value(QStringLiteral("user_id")).toString(),
                 QStringLiteral("qa1"));
    }

    void seedDemoMasterData() {
        const QString seeded = site_.seedMasterData(QStringLiteral("admin"), QStringLiteral("qa1"));
        QVERIFY2(seeded.isEmpty(), qPrintable(seeded));
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
        const QString cleaned = site_.cleanEquipment(mbr, QStringLiteral("op1"));
        QVERIFY2(cleaned.isEmpty(), qPrintable(cleaned));
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
        for (const char* expected :
             {"refused_action", "out_of_limits", "deviation", "correction", "late_entry",
              "override", "manual_entry_where_instrument_expected"})
            QVERIFY2(types.contains(QString::fromLatin1(expected)), expected);
        const QJsonArray devs = t.value(QStringLiteral("deviations")).toArray();
        QCOMPARE(devs.size(), 1);
        const QJsonObject dev = devs[0].toObject();
        QVERIFY(dev.value(QStringLiteral("approved")).toBool());
        // Closed by QA after the batch: root cause, CAPA and the closing signature.
        QCOMPARE(dev.value(QStringLiteral("state")).toString(), QStringLiteral("closed"));
        const QJsonObject closure = dev.value(QStringLiteral("closure")).toObject();
        QVERIFY(closure.value(QStringLiteral("capa_reference"))
                    .toString()
                    .startsWith(QStringLiteral("CAPA-2026-014")));
        QCOMPARE(closure.value(QStringLiteral("signatures"))
                     .toArray()[0]
                     .toObject()
                     .value(QStringLiteral("signer_id"))
                     .toString(),
                 QStringLiteral("qa1"));
        const QJsonArray overrides = t.value(QStringLiteral("overrides")).toArray();
        QCOMPARE(overrides.size(), 1);
        QCOMPARE(overrides[0].toObject().value(QStringLiteral("step_id")).toString(),
                 QStringLiteral("ipc_hardness"));
        QVERIFY(overrides[0].toObject().value(QStringLiteral("approved")).toBool());
        QCOMPARE(overrides[0].toObject().value(QStringLiteral("reason")).toString(),
                 QStringLiteral("tablet tester TT-01 interface offline; value read from the "
                                "tester display"));
        // The finished batch gave its equipment back.
        QVERIFY(t.value(QStringLiteral("equipment_held")).toArray().isEmpty());
        for (const QJsonValue& v : t.value(QStringLiteral("steps")).toArray()) {
            const QJsonObject s = v.toObject();
            if (s.value(QStringLiteral("id")).toString() == QLatin1String("w_pcm")) {
                QCOMPARE(s.value(QStringLiteral("target")).toString(), QStringLiteral("250.00"));
                // Read from the MT-SICS balance: the frame byte for byte, gross and tare.
                QCOMPARE(s.value(QStringLiteral("raw_frame")).toString(),
                         QStringLiteral("S S     250.12 kg"));
                QCOMPARE(s.value(QStringLiteral("gross")).toString(), QStringLiteral("251.62"));
                QCOMPARE(s.value(QStringLiteral("tare")).toString(), QStringLiteral("1.50"));
                QCOMPARE(s.value(QStringLiteral("instrument_serial")).toString(),
                         QStringLiteral("B120300001"));
                QVERIFY(!s.value(QStringLiteral("reading_utc")).toString().isEmpty());
                QCOMPARE(s.value(QStringLiteral("signatures")).toArray().size(), 1);
            }
            if (s.value(QStringLiteral("id")).toString() == QLatin1String("w_ccs")) {
                // Read from the SBI balance (d = 0.1 g): recorded to the step's 3 decimals.
                QCOMPARE(s.value(QStringLiteral("raw_frame")).toString(),
                         QStringLiteral("+   3.0040 kg "));
                QCOMPARE(s.value(QStringLiteral("value")).toString(), QStringLiteral("3.004"));
                QCOMPARE(s.value(QStringLiteral("tare")).toString(), QStringLiteral("0.1500"));
                QCOMPARE(s.value(QStringLiteral("instrument_serial")).toString(),
                         QStringLiteral("21705432"));
            }
            if (s.value(QStringLiteral("id")).toString() == QLatin1String("ipc_weight")) {
                // Read from the A&D balance, in mg.
                QCOMPARE(s.value(QStringLiteral("raw_frame")).toString(),
                         QStringLiteral("ST,+000600.0 mg"));
                QCOMPARE(s.value(QStringLiteral("value")).toString(), QStringLiteral("600.0"));
                QCOMPARE(s.value(QStringLiteral("instrument_serial")).toString(),
                         QStringLiteral("T1234567"));
            }
            if (s.value(QStringLiteral("id")).toString() == QLatin1String("gran_water")) {
                QCOMPARE(s.value(QStringLiteral("recorded_value")).toString(),
                         QStringLiteral("60.0"));
                QCOMPARE(s.value(QStringLiteral("value")).toString(), QStringLiteral("60.5"));
            }
            if (s.value(QStringLiteral("id")).toString() == QLatin1String("yield_pct"))
                QCOMPARE(s.value(QStringLiteral("value")).toString(), QStringLiteral("98.0"));
            if (s.value(QStringLiteral("id")).toString() == QLatin1String("scan_pcm")) {
                const QJsonObject lot = s.value(QStringLiteral("details")).toObject();
                QCOMPARE(lot.value(QStringLiteral("lot_status")).toString(),
                         QStringLiteral("Released"));
                QCOMPARE(lot.value(QStringLiteral("material_code")).toString(),
                         QStringLiteral("RM-PCM-001"));
            }
            if (s.value(QStringLiteral("id")).toString() == QLatin1String("ipc_hardness"))
                QCOMPARE(s.value(QStringLiteral("override_id")).toString(),
                         QStringLiteral("OVR-T-0001-001"));
        }
        // Used equipment is dirty and free after the batch.
        const Result eq = run(QStringLiteral("equipment"), QStringLiteral("list"),
                              store() << QStringLiteral("--json"));
        for (const QJsonValue& v : QJsonDocument::fromJson(eq.out.toUtf8()).array()) {
            const QJsonObject e = v.toObject();
            QVERIFY(e.value(QStringLiteral("in_use_batch")).toString().isEmpty());
            if (e.value(QStringLiteral("equipment_id")).toString() == QLatin1String("HSG-600-01"))
                QCOMPARE(e.value(QStringLiteral("clean_status")).toString(),
                         QStringLiteral("dirty"));
        }
    }

    void sterileRecordShowsRecomputedReconciliation() {
        const QJsonObject s = status(QStringLiteral("S-0001"));
        for (const QJsonValue& v : s.value(QStringLiteral("steps")).toArray()) {
            const QJsonObject step = v.toObject();
            if (step.value(QStringLiteral("id")).toString() != QLatin1String("vial_reconciliation"))
                continue;
            // (96000 + 3500 + 400) / 100000 first; the recount of rejects makes it 99.95 %.
            QCOMPARE(step.value(QStringLiteral("recorded_value")).toString(),
                     QStringLiteral("99.90"));
            QCOMPARE(step.value(QStringLiteral("value")).toString(), QStringLiteral("99.95"));
            const QJsonObject c = step.value(QStringLiteral("corrections")).toArray()[0].toObject();
            QVERIFY(c.contains(QStringLiteral("recomputed_after")));
            QVERIFY2(c.value(QStringLiteral("reason"))
                         .toString()
                         .contains(QStringLiteral("fill_rejected")),
                     qPrintable(c.value(QStringLiteral("reason")).toString()));
            return;
        }
        QFAIL("vial_reconciliation missing");
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

    void deviationsAndSettingsThroughCli() {
        Result r = run(QStringLiteral("batch"), QStringLiteral("deviation"),
                       QStringList{QStringLiteral("list")} + store() +
                           QStringList{QStringLiteral("--batch"), QStringLiteral("T-0001"),
                                       QStringLiteral("--json")});
        QCOMPARE(r.code, 0);
        const QJsonArray devs = QJsonDocument::fromJson(r.out.toUtf8()).array();
        QCOMPARE(devs.size(), 1);
        const QString id = devs[0].toObject().value(QStringLiteral("id")).toString();
        QCOMPARE(devs[0].toObject().value(QStringLiteral("state")).toString(),
                 QStringLiteral("closed"));
        const QStringList close{QStringLiteral("--batch"),      QStringLiteral("T-0001"),
                                QStringLiteral("--deviation"),  id,
                                QStringLiteral("--root-cause"), QStringLiteral("again"),
                                QStringLiteral("--capa"),       QStringLiteral("CAPA-1")};
        r = run(
            QStringLiteral("batch"), QStringLiteral("deviation"),
            QStringList{QStringLiteral("close")} + store() + as(QStringLiteral("sup1")) + close);
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QStringLiteral("refused (out_of_sequence)")) &&
                     r.err.contains(QStringLiteral("already closed")),
                 qPrintable(r.err));
        r = run(QStringLiteral("batch"), QStringLiteral("deviation"),
                QStringList{QStringLiteral("close"), QStringLiteral("--help")});
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.contains(QStringLiteral("--root-cause")));
        // The default entry window: shown, changed by the administrator only, with a reason.
        r = run(QStringLiteral("batch"), QStringLiteral("settings"),
                store() << QStringLiteral("--json"));
        QCOMPARE(r.code, 0);
        QCOMPARE(QJsonDocument::fromJson(r.out.toUtf8())
                     .object()
                     .value(QStringLiteral("entry_window_seconds"))
                     .toInt(),
                 3600);
        const QStringList change{QStringLiteral("--entry-window-seconds"), QStringLiteral("1800"),
                                 QStringLiteral("--reason"), QStringLiteral("SOP-DI-004 rev 3")};
        r = run(QStringLiteral("batch"), QStringLiteral("settings"),
                store() << as(QStringLiteral("sup1")) << change);
        QCOMPARE(r.code, 1);
        RUN_OK(QStringLiteral("batch"), QStringLiteral("settings"),
               store() << as(QStringLiteral("admin")) << change);
        r = run(QStringLiteral("batch"), QStringLiteral("settings"), store());
        QVERIFY2(r.out.contains(QStringLiteral("1800 s")), qPrintable(r.out));
    }

    void lotAndEquipmentDecisionsThroughCli() {
        const QStringList lot{QStringLiteral("--lot"), QStringLiteral("L-PCM-2026-0099"),
                              QStringLiteral("--reason"), QStringLiteral("identity test failed")};
        RUN_OK(QStringLiteral("material"), QStringLiteral("lot"),
               QStringList{QStringLiteral("reject")} + store() + as(QStringLiteral("qa1")) + lot);
        // Rejected is final.
        const Result again =
            run(QStringLiteral("material"), QStringLiteral("lot"),
                QStringList{QStringLiteral("release")} + store() + as(QStringLiteral("qa1")) + lot);
        QCOMPARE(again.code, 1);
        QVERIFY2(again.err.contains(QStringLiteral("is Rejected: it cannot become Released")),
                 qPrintable(again.err));
        // Nothing holds the balance after the batches: releasing it is refused.
        const Result release =
            run(QStringLiteral("equipment"), QStringLiteral("release"),
                store() << as(QStringLiteral("sup1"))
                        << QStringList{QStringLiteral("--id"), QStringLiteral("BAL-300-01"),
                                       QStringLiteral("--reason"), QStringLiteral("x")});
        QCOMPARE(release.code, 1);
        QVERIFY2(release.err.contains(QStringLiteral("not in use")), qPrintable(release.err));
    }

    void mbrSendBackThroughCli() {
        QFile f(kSource + QStringLiteral("/resources/mbr/tablet-500mg.json"));
        QVERIFY(f.open(QIODevice::ReadOnly));
        QJsonObject doc = QJsonDocument::fromJson(f.readAll()).object();
        doc.insert(QStringLiteral("version"), QStringLiteral("1.1"));
        write(QStringLiteral("tablet-1.1.json"), QJsonDocument(doc).toJson());
        const QStringList version{QStringLiteral("--mbr-id"), QStringLiteral("MBR-TAB-500"),
                                  QStringLiteral("--version"), QStringLiteral("1.1")};
        RUN_OK(QStringLiteral("mbr"), QStringLiteral("import"),
               store() << as(QStringLiteral("admin")) << QStringLiteral("--file")
                       << path(QStringLiteral("tablet-1.1.json")));
        RUN_OK(QStringLiteral("mbr"), QStringLiteral("submit"),
               store() << as(QStringLiteral("admin")) << version);
        const Result noReason = run(QStringLiteral("mbr"), QStringLiteral("send-back"),
                                    store() << as(QStringLiteral("qa1")) << version);
        QCOMPARE(noReason.code, 2);
        const Result byOperator = run(QStringLiteral("mbr"), QStringLiteral("send-back"),
                                      store() << as(QStringLiteral("op1")) << version
                                              << QStringLiteral("--reason") << QStringLiteral("x"));
        QCOMPARE(byOperator.code, 1);
        RUN_OK(QStringLiteral("mbr"), QStringLiteral("send-back"),
               store() << as(QStringLiteral("qa1")) << version << QStringLiteral("--reason")
                       << QStringLiteral("water volume limits to be aligned with the report"));
        const Result list =
            run(QStringLiteral("mbr"), QStringLiteral("list"),
                store() << QStringLiteral("--mbr-id") << QStringLiteral("MBR-TAB-500")
                        << QStringLiteral("--json"));
        const QJsonArray versions = QJsonDocument::fromJson(list.out.toUtf8()).array();
        QCOMPARE(versions.size(), 2);
        QCOMPARE(versions[1].toObject().value(QStringLiteral("status")).toString(),
                 QStringLiteral("Draft"));
    }

    void cleanupTestCase() {
        const QString stopped = site_.stopBalances();
        QVERIFY2(stopped.isEmpty(), qPrintable(stopped));
    }

    void auditVerifyPasses() {
        const Result r = run(QStringLiteral("audit"), QStringLiteral("verify"), store());
        QVERIFY2(r.code == 0, qPrintable(r.out + r.err));
    }
};

QTEST_GUILESS_MAIN(TestBatchCli)
#include "test_batch_cli.moc"
