// Issue 8 acceptance, end to end through batchctl on a real encrypted store: the demo
// tablet batch is run by the scripted operator (resources/scripts/tablet-500mg.batch,
// adapted here so that it injects exactly five exceptions: an out-of-limit value, a
// correction, a manual entry where an instrument was expected, the supervisor's override
// that allowed it, and a deviation; its balances are live simulators), then
// reviewed by exception, its deviation closed, released, and exported in every format:
// BatchML validated with xmllint against the B2MML schemas in third_party/ and parsed
// back, the PDF read back with pdftotext (and its first pages rendered with pdftoppm),
// the JSON verified offline and shown to fail after any one-byte alteration.
#include "CliRunner.h"
#include "ReviewDemo.h"
#include "export/JsonExport.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMultiHash>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QXmlStreamReader>
#include <QtTest>

namespace {

using reviewdemo::kBatch;
using reviewdemo::kBatchctl;
using reviewdemo::kSource;

// One XML element with everything below it, as "Path/To/Child" -> texts.
using XmlNode = QMultiHash<QString, QString>;

XmlNode readSubtree(QXmlStreamReader& xml) {
    XmlNode node;
    QStringList path;
    int depth = 1;
    while (depth > 0 && !xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            path << xml.name().toString();
            ++depth;
        } else if (xml.isEndElement()) {
            --depth;
            if (!path.isEmpty())
                path.removeLast();
        } else if (xml.isCharacters() && !xml.isWhitespace() && !path.isEmpty()) {
            node.insert(path.join(QLatin1Char('/')), xml.text().toString());
        }
    }
    return node;
}

// Every element named `name` anywhere in the document.
std::vector<XmlNode> elements(const QByteArray& document, const QString& name) {
    std::vector<XmlNode> out;
    QXmlStreamReader xml(document);
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement() && xml.name() == name)
            out.push_back(readSubtree(xml));
    }
    return out;
}

QString normalised(QString text) {
    static const QRegularExpression kSpace(QStringLiteral("\\s+"));
    return text.replace(kSpace, QStringLiteral(" "));
}

QString paperTime(QString utc) {
    utc.replace(QLatin1Char('T'), QLatin1Char(' '));
    utc.chop(1);
    return utc + QStringLiteral(" UTC");
}

}  // namespace

class TestReviewCli : public QObject {
    Q_OBJECT

private:
    QTemporaryDir dir_;
    QString artefacts_;

    QString path(const QString& name) const { return dir_.filePath(name); }
    QStringList store() const {
        return {QStringLiteral("--db"), path(QStringLiteral("station.db")),
                QStringLiteral("--key-file"), path(QStringLiteral("station.key"))};
    }
    QStringList as(const QString& user) const {
        return {QStringLiteral("--as"), user, QStringLiteral("--password-file"),
                path(user + QStringLiteral(".pw"))};
    }
    CliResult run(QStringList args, const QString& binary = kBatchctl) {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("BATCHCTL_TEST_CLOCK_FILE"), path(QStringLiteral("clock")));
        return runTool(binary, args, env);
    }
    void runOk(const QStringList& args, const QString& binary = kBatchctl) {
        const CliResult r = run(args, binary);
        QVERIFY2(r.code == 0,
                 qPrintable(args.join(QLatin1Char(' ')) + QStringLiteral("\n") + r.all()));
    }
    QJsonObject json(const QStringList& args) {
        const CliResult r = run(args);
        if (r.code != 0)
            qWarning("%s", qPrintable(r.all()));
        return QJsonDocument::fromJson(r.out.toUtf8()).object();
    }
    QJsonObject report() {
        return json(QStringList{QStringLiteral("review"), QStringLiteral("exceptions")}
                    << store() << QStringLiteral("--batch") << kBatch << QStringLiteral("--json"));
    }
    QJsonObject status() {
        return json(QStringList{QStringLiteral("batch"), QStringLiteral("status")}
                    << store() << QStringLiteral("--batch") << kBatch << QStringLiteral("--json"));
    }
    CliResult disposition(const QString& user,
                          const QString& decision = QStringLiteral("release")) {
        return run(QStringList{QStringLiteral("batch"), QStringLiteral("disposition")}
                   << store() << as(user) << QStringLiteral("--batch") << kBatch
                   << QStringLiteral("--decision") << decision << QStringLiteral("--reason")
                   << QStringLiteral("record reviewed by exception"));
    }
    CliResult reviewSign(const QString& user, const QString& exception, const QString& comment) {
        return run(QStringList{QStringLiteral("review"), QStringLiteral("sign")}
                   << store() << as(user) << QStringLiteral("--batch") << kBatch
                   << QStringLiteral("--exception") << exception << QStringLiteral("--comment")
                   << comment);
    }
    QString exportTo(const QString& format, const QString& file) {
        const QString out = path(file);
        runOk(QStringList{QStringLiteral("export")}
              << store() << as(QStringLiteral("qa2")) << QStringLiteral("--batch") << kBatch
              << QStringLiteral("--format") << format << QStringLiteral("--out") << out);
        return out;
    }
private slots:
    void initTestCase() {
        QVERIFY(dir_.isValid());
        for (const char* tool : {"xmllint", "pdftotext", "pdftoppm"})
            if (QStandardPaths::findExecutable(QString::fromLatin1(tool)).isEmpty())
                QFAIL(qPrintable(QStringLiteral("%1 is required").arg(QLatin1String(tool))));
        artefacts_ = QDir(qEnvironmentVariable("BATCH_TEST_TMP", dir_.path()))
                         .filePath(QStringLiteral("review"));
        QVERIFY(QDir().mkpath(artefacts_));
        const QString failed = reviewdemo::prepare(QDir(dir_.path()));
        QVERIFY2(failed.isEmpty(), qPrintable(failed));
        QCOMPARE(status().value(QStringLiteral("status")).toString(), QStringLiteral("finished"));
    }

    void exceptionsAreExactlyTheInjectedOnes() {
        const QJsonObject r = report();
        QStringList types;
        QHash<QString, QJsonObject> byType;
        for (const QJsonValue& v : r.value(QStringLiteral("exceptions")).toArray()) {
            const QJsonObject x = v.toObject();
            types << x.value(QStringLiteral("type")).toString();
            byType.insert(types.last(), x);
            QVERIFY(!x.value(QStringLiteral("reviewed")).toBool());
            QVERIFY(!x.value(QStringLiteral("content_hash")).toString().isEmpty());
            QVERIFY(!x.value(QStringLiteral("utc")).toString().isEmpty());
        }
        types.sort();
        QCOMPARE(types, reviewdemo::injectedExceptionTypes());
        // Full context: step in the ISA-88 hierarchy, value, limits, who.
        const QJsonObject limit = byType.value(QStringLiteral("out_of_limits"));
        QCOMPARE(limit.value(QStringLiteral("step_id")).toString(), QStringLiteral("gran_power"));
        QCOMPARE(limit.value(QStringLiteral("value")).toString(), QStringLiteral("20.4"));
        QCOMPARE(limit.value(QStringLiteral("level")).toString(), QStringLiteral("alert"));
        QVERIFY(limit.value(QStringLiteral("limits"))
                    .toString()
                    .contains(QStringLiteral("alert high 20")));
        QVERIFY(limit.value(QStringLiteral("hierarchy"))
                    .toString()
                    .startsWith(QStringLiteral("Wet granulation")));
        QCOMPARE(limit.value(QStringLiteral("by_name")).toString(),
                 QStringLiteral("Olivia Operator"));
        const QJsonObject correction = byType.value(QStringLiteral("correction"));
        QCOMPARE(correction.value(QStringLiteral("old_value")).toString(), QStringLiteral("60.0"));
        QCOMPARE(correction.value(QStringLiteral("new_value")).toString(), QStringLiteral("60.5"));
        QVERIFY(correction.value(QStringLiteral("changed_after_entry")).toBool());
        QVERIFY(correction.value(QStringLiteral("reason"))
                    .toString()
                    .contains(QStringLiteral("transcription")));
        const QJsonObject manual =
            byType.value(QStringLiteral("manual_entry_where_instrument_expected"));
        QCOMPARE(manual.value(QStringLiteral("step_id")).toString(),
                 QStringLiteral("ipc_hardness"));
        QCOMPARE(manual.value(QStringLiteral("value")).toString(), QStringLiteral("102"));
        // The override it was entered under is an exception of its own: a supervisor let a
        // value past the instrument. QA sees who asked, who signed it and why.
        const QJsonObject override = byType.value(QStringLiteral("override"));
        QCOMPARE(override.value(QStringLiteral("step_id")).toString(),
                 QStringLiteral("ipc_hardness"));
        QCOMPARE(override.value(QStringLiteral("title")).toString(), QStringLiteral("Override"));
        QCOMPARE(override.value(QStringLiteral("event_type")).toString(),
                 QStringLiteral("OverrideRequested"));
        const QJsonObject granted = override.value(QStringLiteral("payload")).toObject();
        QCOMPARE(granted.value(QStringLiteral("override_id")).toString(),
                 QStringLiteral("OVR-R-0001-001"));
        QCOMPARE(granted.value(QStringLiteral("override_kind")).toString(),
                 QStringLiteral("manual_entry"));
        QCOMPARE(granted.value(QStringLiteral("approver_id")).toString(), QStringLiteral("sup1"));
        QCOMPARE(override.value(QStringLiteral("by")).toString(), QStringLiteral("op1"));
        QVERIFY(override.value(QStringLiteral("comments"))
                    .toArray()
                    .first()
                    .toObject()
                    .value(QStringLiteral("text"))
                    .toString()
                    .contains(QStringLiteral("interface offline")));
        // The live balances of the demo site are simulators: every weighing read from them
        // is listed, the values typed from TT-01 / MA-LOD-01 are not.
        QStringList simulated;
        for (const QJsonValue& v : r.value(QStringLiteral("simulated_readings")).toArray()) {
            const QJsonObject o = v.toObject();
            simulated << o.value(QStringLiteral("step_id")).toString();
            QVERIFY(o.value(QStringLiteral("instrument_id"))
                        .toString()
                        .startsWith(QStringLiteral("BAL-")));
        }
        QCOMPARE(simulated.size(), 11);
        for (const char* step : {"w_pcm", "w_ccs", "ipc_weight", "tablets_net_mass"})
            QVERIFY2(simulated.contains(QLatin1String(step)), step);
        QVERIFY(!simulated.contains(QStringLiteral("ipc_thickness")));
        const CliResult text =
            run(QStringList{QStringLiteral("review"), QStringLiteral("exceptions")}
                << store() << QStringLiteral("--batch") << kBatch);
        QVERIFY2(text.out.contains(QStringLiteral("SIMULATED INSTRUMENTS: 11 value(s)")),
                 qPrintable(text.out));
        // The equipment the batch held, each given back when it finished.
        QStringList held;
        for (const QJsonValue& v : r.value(QStringLiteral("equipment")).toArray()) {
            held << v.toObject().value(QStringLiteral("equipment_id")).toString();
            QVERIFY(!v.toObject().value(QStringLiteral("released_utc")).toString().isEmpty());
        }
        for (const char* unit : {"HSG-600-01", "FBD-300-01", "TP-36-01"})
            QVERIFY2(held.contains(QLatin1String(unit)), unit);
        const QJsonObject deviation = byType.value(QStringLiteral("deviation"));
        const QString devId = deviation.value(QStringLiteral("deviation_id")).toString();
        QVERIFY(devId.startsWith(QStringLiteral("DEV-")));
        const QJsonArray devs = r.value(QStringLiteral("deviations")).toArray();
        QCOMPARE(devs.size(), 1);
        QCOMPARE(devs[0].toObject().value(QStringLiteral("id")).toString(), devId);
        QCOMPARE(devs[0].toObject().value(QStringLiteral("continuation")).toArray().size(), 1);
        QVERIFY(!devs[0].toObject().value(QStringLiteral("closed")).toBool());
        QVERIFY(
            r.value(QStringLiteral("integrity")).toObject().value(QStringLiteral("ok")).toBool());
        // Everything else is summarised as verified compliant: 59 steps, 55 without exception
        // (the manual entry and its override are on one step).
        int steps = 0, compliant = 0;
        for (const QJsonValue& v : r.value(QStringLiteral("verified_compliant")).toArray()) {
            steps += v.toObject().value(QStringLiteral("steps")).toInt();
            compliant += v.toObject().value(QStringLiteral("verified_compliant")).toInt();
        }
        QCOMPARE(steps, 59);
        QCOMPARE(compliant, 59 - 4);
        // The queue shows the batch with five open exceptions and one open deviation.
        const CliResult list = run(QStringList{QStringLiteral("review"), QStringLiteral("list")}
                                   << store() << QStringLiteral("--json"));
        QCOMPARE(list.code, 0);
        const QJsonArray queue = QJsonDocument::fromJson(list.out.toUtf8()).array();
        QCOMPARE(queue.size(), 1);
        QCOMPARE(queue[0].toObject().value(QStringLiteral("open_exceptions")).toInt(), 5);
        QCOMPARE(queue[0].toObject().value(QStringLiteral("open_deviations")).toInt(), 1);
    }

    void releaseRefusedUntilReviewedAndDeviationClosed() {
        CliResult r = disposition(QStringLiteral("qa2"));
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QStringLiteral("5 exception(s) not reviewed")), qPrintable(r.err));
        // An operator may not review; a review needs a comment.
        const QJsonArray open = report().value(QStringLiteral("exceptions")).toArray();
        const QString first = open[0].toObject().value(QStringLiteral("id")).toString();
        r = reviewSign(QStringLiteral("op2"), first, QStringLiteral("fine"));
        QCOMPARE(r.code, 1);
        r = reviewSign(QStringLiteral("qa2"), first, QStringLiteral("  "));
        QCOMPARE(r.code, 2);  // the comment is required: a usage error before anything runs
        QVERIFY2(r.err.contains(QStringLiteral("--comment")), qPrintable(r.err));
        for (qsizetype i = 0; i < open.size(); ++i) {
            const QString id = open[i].toObject().value(QStringLiteral("id")).toString();
            const CliResult signedOk =
                reviewSign(QStringLiteral("qa2"), id,
                           QStringLiteral("assessed, impact on quality: none (%1)").arg(id));
            QVERIFY2(signedOk.code == 0, qPrintable(signedOk.all()));
            if (i + 1 < open.size()) {
                r = disposition(QStringLiteral("qa2"));
                QCOMPARE(r.code, 1);
                QVERIFY2(
                    r.err.contains(
                        QStringLiteral("%1 exception(s) not reviewed").arg(open.size() - i - 1)),
                    qPrintable(r.err));
            }
        }
        // Reviewed once only.
        r = reviewSign(QStringLiteral("qa2"), first, QStringLiteral("again"));
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QStringLiteral("already reviewed")), qPrintable(r.err));
        r = disposition(QStringLiteral("qa2"));
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QStringLiteral("deviation(s) not closed")), qPrintable(r.err));
        const QString devId = report()
                                  .value(QStringLiteral("deviations"))
                                  .toArray()[0]
                                  .toObject()
                                  .value(QStringLiteral("id"))
                                  .toString();
        runOk(QStringList{QStringLiteral("review"), QStringLiteral("close-deviation")}
              << store() << as(QStringLiteral("qa2")) << QStringLiteral("--batch") << kBatch
              << QStringLiteral("--deviation") << devId << QStringLiteral("--root-cause")
              << QStringLiteral("feeder sensor contaminated with powder")
              << QStringLiteral("--capa")
              << QStringLiteral("sensor cleaning added to the line clearance checklist"));
        const QJsonObject after = report();
        QCOMPARE(after.value(QStringLiteral("open_exceptions")).toInt(), 0);
        QCOMPARE(after.value(QStringLiteral("open_deviations")).toInt(), 0);
    }

    void releaseBySomeoneWhoVerifiedAStepIsRefused() {
        // qa1 verified the MCC weighing: not independent of the execution.
        CliResult r = disposition(QStringLiteral("qa1"));
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QStringLiteral("not_independent")), qPrintable(r.err));
        // An operator who executed steps has no release permission at all.
        r = disposition(QStringLiteral("op1"));
        QCOMPARE(r.code, 1);
        r = disposition(QStringLiteral("qa2"));
        QVERIFY2(r.code == 0, qPrintable(r.all()));
        QCOMPARE(report().value(QStringLiteral("disposition")).toString(),
                 QStringLiteral("release"));
        // The record is closed: the engine refuses any further action, a second decision too.
        r = run(QStringList{QStringLiteral("batch"), QStringLiteral("hold")}
                << store() << as(QStringLiteral("op1")) << QStringLiteral("--batch") << kBatch
                << QStringLiteral("--reason") << QStringLiteral("late"));
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QStringLiteral("dispositioned")), qPrintable(r.err));
        r = disposition(QStringLiteral("qa2"), QStringLiteral("reject"));
        QCOMPARE(r.code, 1);
        const CliResult list = run(QStringList{QStringLiteral("review"), QStringLiteral("list")}
                                   << store() << QStringLiteral("--json"));
        QCOMPARE(QJsonDocument::fromJson(list.out.toUtf8()).array().size(), 0);
    }

    void csvHasOneRowPerValue() {
        const QByteArray csv =
            readFile(exportTo(QStringLiteral("csv"), QStringLiteral("record.csv")));
        QVERIFY(csv.startsWith("\xEF\xBB\xBF"));
        const QString text = QString::fromUtf8(csv.mid(3));
        QVERIFY(text.endsWith(QStringLiteral("\r\n")));
        int values = 0;
        for (const QJsonValue& v : status().value(QStringLiteral("steps")).toArray()) {
            const QJsonObject s = v.toObject();
            values += s.contains(QStringLiteral("value")) ? 1 : 0;
            values += s.value(QStringLiteral("corrections")).toArray().size();
        }
        const QStringList lines = text.split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), values + 1);  // + header
        QVERIFY(lines[0].startsWith(QStringLiteral("batch_id,unit_procedure,operation")));
        QVERIFY(text.contains(QStringLiteral(",gran_water,")));
        QVERIFY(text.contains(QStringLiteral(",60.0,L,recorded,no,")));
        QVERIFY(text.contains(QStringLiteral(",60.5,L,correction,yes,")));
        // The raw frame keeps its spaces and is not mistaken for a formula.
        QVERIFY(text.contains(QStringLiteral(",S S     250.12 kg,")));
        // Instrument facts, the simulator flag, the override and the lot behind a scan.
        QVERIFY(lines[0].endsWith(QStringLiteral(",entry,simulated,override_id,master_data")));
        // After the entry id: simulated, override, master data.
        static const QRegularExpression kSimulated(QStringLiteral(",ST01-\\d+,yes,"));
        static const QRegularExpression kReal(QStringLiteral(",ST01-\\d+,,"));
        bool sawPcm = false, sawHardness = false, sawScan = false;
        for (const QString& line : lines) {
            if (line.contains(QStringLiteral(",ipc_thickness,")))
                QVERIFY2(line.contains(kReal), qPrintable(line));
            if (line.contains(QStringLiteral(",w_pcm,")) &&
                line.contains(QStringLiteral(",recorded,"))) {
                sawPcm = true;
                QVERIFY2(line.contains(kSimulated) && line.contains(QStringLiteral("B120300001")) &&
                             line.contains(QStringLiteral("\"\"gross\"\":\"\"251.62\"\"")) &&
                             line.contains(QStringLiteral("\"\"tare\"\":\"\"1.50\"\"")) &&
                             line.contains(QStringLiteral("reading_utc")),
                         qPrintable(line));
            }
            if (line.contains(QStringLiteral(",ipc_hardness,"))) {
                sawHardness = true;
                QVERIFY2(line.contains(QStringLiteral(",OVR-R-0001-001,")), qPrintable(line));
            }
            if (line.contains(QStringLiteral(",scan_pcm,"))) {
                sawScan = true;
                QVERIFY2(line.contains(QStringLiteral("\"\"lot_status\"\":\"\"Released\"\"")),
                         qPrintable(line));
            }
        }
        QVERIFY(sawPcm && sawHardness && sawScan);
    }

    void batchMlValidatesAndRoundTrips() {
        const QString bpr = exportTo(QStringLiteral("batchml"), QStringLiteral("record.xml"));
        const QString recipe =
            exportTo(QStringLiteral("mbr-batchml"), QStringLiteral("recipe.xml"));
        const QString xsd = kSource + QStringLiteral("/third_party/b2mml/");
        for (const auto& [file, schema] :
             {std::pair{bpr, xsd + QStringLiteral("BatchML-BatchProductionRecord.xsd")},
              std::pair{recipe, xsd + QStringLiteral("BatchML-BatchInformation.xsd")}}) {
            const CliResult v =
                runTool(QStringLiteral("xmllint"),
                        {QStringLiteral("--noout"), QStringLiteral("--schema"), schema, file});
            QVERIFY2(v.code == 0 && v.err.contains(QStringLiteral("validates")), qPrintable(v.err));
        }
        QFile::copy(bpr, QDir(artefacts_).filePath(QStringLiteral("batch-production-record.xml")));

        // Values: every step's recorded value and the value in force, from the engine's
        // own projection (batch status), appear as Events of the record.
        const QByteArray xml = readFile(bpr);
        const std::vector<XmlNode> events = elements(xml, QStringLiteral("Event"));
        const auto hasValue = [&](const QString& step, const QString& value) {
            for (const XmlNode& e : events)
                if (e.values(QStringLiteral("ProceduralElementReference")).contains(step) &&
                    e.value(QStringLiteral("EventType")) == QLatin1String("Procedural Execution") &&
                    e.value(QStringLiteral("Value/ValueString")) == value)
                    return true;
            return false;
        };
        const auto hasSignature = [&](const QJsonObject& sig) {
            for (const XmlNode& e : events)
                if (e.value(QStringLiteral("EventSubType")) == QLatin1String("Security") &&
                    e.value(QStringLiteral("PersonID")) ==
                        sig.value(QStringLiteral("printed_name")).toString() &&
                    e.value(QStringLiteral("Value/ValueString")) ==
                        sig.value(QStringLiteral("meaning")).toString() &&
                    e.value(QStringLiteral("TimeStamp")) ==
                        sig.value(QStringLiteral("utc")).toString())
                    return true;
            return false;
        };
        // The UserAttributes of a step's recorded value: instrument facts, simulator flag,
        // override, the lot behind a scan (each UserAttribute has one id and one value).
        const auto attributesOf = [&](const QString& step) {
            QHash<QString, QString> out;
            for (const XmlNode& e : events) {
                if (!e.values(QStringLiteral("ProceduralElementReference")).contains(step) ||
                    e.value(QStringLiteral("EventType")) != QLatin1String("Procedural Execution"))
                    continue;
                const QStringList ids = e.values(QStringLiteral("UserAttribute/AttributeID"));
                const QStringList values =
                    e.values(QStringLiteral("UserAttribute/Value/ValueString"));
                for (qsizetype i = 0; i < ids.size() && i < values.size(); ++i)
                    out.insert(ids[i], values[i]);
            }
            return out;
        };
        const QHash<QString, QString> pcm = attributesOf(QStringLiteral("w_pcm"));
        QCOMPARE(pcm.value(QStringLiteral("simulated")), QStringLiteral("true"));
        QCOMPARE(pcm.value(QStringLiteral("instrument_serial")), QStringLiteral("B120300001"));
        QCOMPARE(pcm.value(QStringLiteral("gross")), QStringLiteral("251.62"));
        QCOMPARE(pcm.value(QStringLiteral("tare")), QStringLiteral("1.50"));
        QCOMPARE(pcm.value(QStringLiteral("net")), QStringLiteral("250.12"));
        QVERIFY(!pcm.value(QStringLiteral("reading_utc")).isEmpty());
        QVERIFY(
            !attributesOf(QStringLiteral("ipc_thickness")).contains(QStringLiteral("simulated")));
        QCOMPARE(attributesOf(QStringLiteral("ipc_hardness")).value(QStringLiteral("override_id")),
                 QStringLiteral("OVR-R-0001-001"));
        QCOMPARE(attributesOf(QStringLiteral("scan_pcm")).value(QStringLiteral("lot_status")),
                 QStringLiteral("Released"));
        int checked = 0;
        for (const QJsonValue& v : status().value(QStringLiteral("steps")).toArray()) {
            const QJsonObject s = v.toObject();
            const QString id = s.value(QStringLiteral("id")).toString();
            if (!s.contains(QStringLiteral("value")))
                continue;
            QVERIFY2(hasValue(id, s.value(QStringLiteral("recorded_value")).toString()),
                     qPrintable(id));
            QVERIFY2(hasValue(id, s.value(QStringLiteral("value")).toString()), qPrintable(id));
            for (const QJsonValue& sig : s.value(QStringLiteral("signatures")).toArray())
                QVERIFY2(hasSignature(sig.toObject()), qPrintable(id));
            ++checked;
        }
        QCOMPARE(checked, 59);
        const QJsonObject r = report();
        for (const QJsonValue& x : r.value(QStringLiteral("exceptions")).toArray())
            if (x.toObject().value(QStringLiteral("reviewed")).toBool())  // not the refused hold
                QVERIFY(hasSignature(x.toObject().value(QStringLiteral("review")).toObject()));
        QCOMPARE(r.value(QStringLiteral("dispositions")).toArray().size(), 1);
        QVERIFY(hasSignature(r.value(QStringLiteral("dispositions"))
                                 .toArray()
                                 .first()
                                 .toObject()
                                 .value(QStringLiteral("signature"))
                                 .toObject()));
        const std::vector<XmlNode> changes = elements(xml, QStringLiteral("Change"));
        QCOMPARE(changes.size(), size_t(1));
        QCOMPARE(changes[0].value(QStringLiteral("PrechangeData/ValueString")),
                 QStringLiteral("60.0"));
        QXmlStreamReader header(xml);
        while (!header.atEnd() &&
               !(header.isStartElement() && header.name() == QLatin1String("BatchID")))
            header.readNext();
        QCOMPARE(header.readElementText(), kBatch);

        // The MasterRecipe carries every step of the MBR with its kind and the BOM.
        const QJsonObject mbr =
            QJsonDocument::fromJson(
                readFile(kSource + QStringLiteral("/resources/mbr/tablet-500mg.json")))
                .object();
        QSet<QString> elementIds;
        const QByteArray recipeXml = readFile(recipe);
        QXmlStreamReader rx(recipeXml);
        while (!rx.atEnd()) {
            rx.readNext();
            if (rx.isStartElement() && rx.name() == QLatin1String("RecipeElement")) {
                while (!rx.atEnd() && !(rx.isStartElement() && rx.name() == QLatin1String("ID")))
                    rx.readNext();
                elementIds.insert(rx.readElementText());
            }
        }
        for (const QJsonValue& up : mbr.value(QStringLiteral("unitProcedures")).toArray())
            for (const QJsonValue& op :
                 up.toObject().value(QStringLiteral("operations")).toArray()) {
                QJsonArray phases = op.toObject().value(QStringLiteral("phases")).toArray();
                for (const QJsonValue& b :
                     op.toObject().value(QStringLiteral("branches")).toArray())
                    for (const QJsonValue& p :
                         b.toObject().value(QStringLiteral("phases")).toArray())
                        phases.append(p);
                for (const QJsonValue& p : phases)
                    QVERIFY2(
                        elementIds.contains(p.toObject().value(QStringLiteral("id")).toString()),
                        qPrintable(p.toObject().value(QStringLiteral("id")).toString()));
            }
        for (const QJsonValue& m : mbr.value(QStringLiteral("materials")).toArray())
            QVERIFY(recipeXml.contains(
                ("<ID>" + m.toObject().value(QStringLiteral("code")).toString() + "</ID>")
                    .toUtf8()));
    }

    void pdfHoldsEveryValueSignatureAndTheRecordHash() {
        const QString hash = report().value(QStringLiteral("record_hash")).toString();
        const QString pdf = exportTo(QStringLiteral("pdf"), QStringLiteral("record.pdf"));
        const CliResult text = runTool(QStringLiteral("pdftotext"),
                                       {QStringLiteral("-raw"), pdf, QStringLiteral("-")});
        QCOMPARE(text.code, 0);
        const QString t = normalised(text.out);
        QVERIFY2(t.contains(QStringLiteral("Record hash: %1").arg(hash)), qPrintable(hash));
        QVERIFY(t.contains(QStringLiteral("Page 1 of ")));
        // The simulators behind the weighings are said on the first page and at each value.
        QVERIFY2(t.contains(QStringLiteral("11 value(s) read from simulated instruments")),
                 qPrintable(t.left(3000)));
        QCOMPARE(t.count(QStringLiteral("SIMULATED instrument: not a real reading")), 11);
        QVERIFY(t.contains(QStringLiteral("under override OVR-R-0001-001")));
        QVERIFY(t.contains(QStringLiteral("lot_status: Released")));
        int signatures = 0;
        const auto hasSignature = [&](const QJsonObject& sig) {
            ++signatures;
            return t.contains(QStringLiteral("%1 — %2 — %3")
                                  .arg(sig.value(QStringLiteral("printed_name")).toString(),
                                       sig.value(QStringLiteral("meaning")).toString(),
                                       paperTime(sig.value(QStringLiteral("utc")).toString())));
        };
        for (const QJsonValue& v : status().value(QStringLiteral("steps")).toArray()) {
            const QJsonObject s = v.toObject();
            if (!s.contains(QStringLiteral("value")))
                continue;
            for (const char* key : {"recorded_value", "value"})
                QVERIFY2(t.contains(normalised(s.value(QLatin1String(key)).toString())),
                         qPrintable(s.value(QStringLiteral("id")).toString()));
            for (const QJsonValue& sig : s.value(QStringLiteral("signatures")).toArray())
                QVERIFY2(hasSignature(sig.toObject()),
                         qPrintable(s.value(QStringLiteral("id")).toString()));
        }
        const QJsonObject r = report();
        for (const QJsonValue& x : r.value(QStringLiteral("exceptions")).toArray())
            if (x.toObject().value(QStringLiteral("reviewed")).toBool())  // not the refused hold
                QVERIFY(hasSignature(x.toObject().value(QStringLiteral("review")).toObject()));
        for (const QJsonValue& d : r.value(QStringLiteral("deviations")).toArray()) {
            for (const QJsonValue& s : d.toObject().value(QStringLiteral("continuation")).toArray())
                QVERIFY(hasSignature(s.toObject()));
            for (const QJsonValue& s : d.toObject()
                                           .value(QStringLiteral("closure"))
                                           .toObject()
                                           .value(QStringLiteral("signatures"))
                                           .toArray())
                QVERIFY(hasSignature(s.toObject()));
        }
        QCOMPARE(r.value(QStringLiteral("dispositions")).toArray().size(), 1);
        QVERIFY(hasSignature(r.value(QStringLiteral("dispositions"))
                                 .toArray()
                                 .first()
                                 .toObject()
                                 .value(QStringLiteral("signature"))
                                 .toObject()));
        QVERIFY(signatures >= 10);
        // Both the corrected original and the value in force are printed.
        QVERIFY(t.contains(QStringLiteral("60.0 L")));
        QVERIFY(t.contains(QStringLiteral("60.5 L")));
        // The first pages as images, for a person to look at.
        const QString prefix = QDir(artefacts_).filePath(QStringLiteral("batch-record"));
        const CliResult png =
            runTool(QStringLiteral("pdftoppm"),
                    {QStringLiteral("-r"), QStringLiteral("70"), QStringLiteral("-png"),
                     QStringLiteral("-f"), QStringLiteral("1"), QStringLiteral("-l"),
                     QStringLiteral("3"), pdf, prefix});
        QCOMPARE(png.code, 0);
        const QStringList pages =
            QDir(artefacts_).entryList({QStringLiteral("batch-record-*.png")});
        QVERIFY2(pages.size() >= 3, qPrintable(pages.join(QLatin1Char(' '))));
        QFile::copy(pdf, QDir(artefacts_).filePath(QStringLiteral("batch-record.pdf")));
    }

    void jsonExportVerifiesAndAnyAlteredByteFails() {
        const QString file = exportTo(QStringLiteral("json"), QStringLiteral("record.json"));
        CliResult r = run(QStringList{QStringLiteral("export"), QStringLiteral("verify"), file});
        QVERIFY2(r.code == 0, qPrintable(r.all()));
        r = run(QStringList{QStringLiteral("export"), QStringLiteral("verify"), file,
                            QStringLiteral("--json")});
        QCOMPARE(r.code, 0);
        const QJsonObject ok = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QVERIFY(ok.value(QStringLiteral("ok")).toBool());
        QCOMPARE(ok.value(QStringLiteral("record_hash")).toString(),
                 report().value(QStringLiteral("record_hash")).toString());
        QVERIFY(ok.value(QStringLiteral("checkpoints")).toInt() >= 1);

        const QByteArray original = readFile(file);
        // The record as recorded, the events of exec and devices with it: the override,
        // the equipment held and given back, the engine's payloads of live readings.
        QStringList types;
        bool simulatedReading = false;
        for (const QJsonValue& v :
             QJsonDocument::fromJson(original).object().value(QStringLiteral("events")).toArray()) {
            const QJsonObject e = v.toObject();
            types << e.value(QStringLiteral("type")).toString();
            const QJsonValue payload = e.value(QStringLiteral("payload"));
            const QJsonObject p =
                payload.isObject() ? payload.toObject()
                                   : QJsonDocument::fromJson(payload.toString().toUtf8()).object();
            simulatedReading = simulatedReading || (p.value(QStringLiteral("simulated")).toBool() &&
                                                    p.contains(QStringLiteral("gross")));
        }
        for (const char* type : {"OverrideRequested", "EquipmentOccupied", "EquipmentReleased",
                                 "DeviationRaised", "BatchDispositioned"})
            QVERIFY2(types.contains(QLatin1String(type)), type);
        QVERIFY(simulatedReading);
        // In process: a one-byte change anywhere (every 13th byte of the file) is caught.
        int tried = 0;
        for (qsizetype i = 0; i < original.size(); i += 13) {
            QByteArray altered = original;
            altered[i] = static_cast<char>(altered[i] ^ 0x01);
            const batch::exports::ExportVerifyReport rep = batch::exports::verifyBatchJson(altered);
            QVERIFY2(!rep.ok, qPrintable(QStringLiteral("byte %1 altered, still verifies").arg(i)));
            ++tried;
        }
        QVERIFY(tried > 2000);
        // Through the documented command, at spread-out places including the last byte.
        for (const qsizetype i :
             {qsizetype(0), original.size() / 7, original.size() / 3, original.indexOf("60.5"),
              original.indexOf("row_hash") + 12, original.indexOf("signature\":\"") + 14,
              original.size() - 2, original.size() - 1}) {
            QByteArray altered = original;
            altered[i] = altered[i] == '1' ? '2' : '1';
            const QString name = path(QStringLiteral("altered-%1.json").arg(i));
            QVERIFY(writeFile(name, altered));
            r = run(QStringList{QStringLiteral("export"), QStringLiteral("verify"), name});
            QVERIFY2(r.code == 1, qPrintable(QStringLiteral("byte %1: ").arg(i) + r.all()));
            QVERIFY(r.out.contains(QStringLiteral("NOT VERIFIED")));
        }
    }

    void commandsHaveHelp() {
        for (const QStringList& cmd :
             {QStringList{QStringLiteral("review"), QStringLiteral("list")},
              QStringList{QStringLiteral("review"), QStringLiteral("exceptions")},
              QStringList{QStringLiteral("review"), QStringLiteral("sign")},
              QStringList{QStringLiteral("review"), QStringLiteral("close-deviation")},
              QStringList{QStringLiteral("review"), QStringLiteral("settings")},
              QStringList{QStringLiteral("batch"), QStringLiteral("disposition")},
              QStringList{QStringLiteral("export")},
              QStringList{QStringLiteral("export"), QStringLiteral("verify")}}) {
            const CliResult r = run(QStringList(cmd) << QStringLiteral("--help"));
            QVERIFY2(r.code == 0 && r.out.contains(QStringLiteral("Usage")),
                     qPrintable(cmd.join(QLatin1Char(' '))));
        }
        QCOMPARE(run({QStringLiteral("export"), QStringLiteral("verify")}).code, 2);
        QCOMPARE(
            run(QStringList{QStringLiteral("export")}
                << store() << QStringLiteral("--batch") << kBatch << QStringLiteral("--format")
                << QStringLiteral("docx") << QStringLiteral("--out") << path(QStringLiteral("x")))
                .code,
            2);
    }

    void auditTrailStillVerifies() {
        const CliResult r =
            run(QStringList{QStringLiteral("audit"), QStringLiteral("verify")} << store());
        QVERIFY2(r.code == 0, qPrintable(r.all()));
    }
};

QTEST_GUILESS_MAIN(TestReviewCli)
#include "test_review_cli.moc"
