// The master batch record parser and validator: every malformed case names the exact JSON
// path and the problem; all problems are reported at once; hostile documents are bounded;
// the content hash ignores formatting but not content; the demo MBRs are valid.
#include "MbrTestDocument.h"

#include "model/MbrFormula.h"
#include "model/MbrParser.h"

#include <QElapsedTimer>
#include <QFile>
#include <QtTest>

using namespace batch::model;

namespace {

const QString kUp0Op0 = QStringLiteral("unitProcedures[0].operations[0]");
const QString kMix = QStringLiteral("unitProcedures[1].operations[0]");
const QString kIpc = QStringLiteral("unitProcedures[1].operations[1]");
const QString kClose = QStringLiteral("unitProcedures[1].operations[2]");

QString p(const QString& op, int phase, const char* rest = nullptr) {
    QString s = op + QStringLiteral(".phases[%1]").arg(phase);
    if (rest)
        s += QLatin1Char('.') + QString::fromLatin1(rest);
    return s;
}

bool hasIssue(const MbrParseResult& r, const QString& path, const QString& fragment) {
    for (const MbrIssue& i : r.issues)
        if (i.path == path && i.message.contains(fragment))
            return true;
    return false;
}

QByteArray readFile(const QString& path) {
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

}  // namespace

class TestMbrParser : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void baseDocumentIsValid() {
        const MbrParseResult r = MbrParser::parse(kMbrTestDocument);
        QVERIFY2(r.ok(), qPrintable(r.errorText()));
        const MasterBatchRecord& m = *r.mbr;
        QCOMPARE(m.mbrId, QStringLiteral("MBR-TEST"));
        QCOMPARE(m.unitProcedures.size(), size_t(2));
        QCOMPARE(m.steps().size(), size_t(14));
        QCOMPARE(m.unitProcedures[1].operations[1].branches.size(), size_t(2));
        const Step* w = m.step(QStringLiteral("w_api"));
        QVERIFY(w);
        QCOMPARE(w->kind, StepKind::Weigh);
        QCOMPARE(w->unit, QStringLiteral("kg"));
        QCOMPARE(w->tolerance.kind, Tolerance::Kind::Percent);
        QCOMPARE(w->path, p(kUp0Op0, 2));
        const Step* lod = m.step(QStringLiteral("lod"));
        QCOMPARE(*lod->limits.alertHigh, 2.0);
        QCOMPARE(m.step(QStringLiteral("yield_pct"))->references,
                 QStringList({QStringLiteral("mass"), QStringLiteral("batchSize")}));
        QCOMPARE(m.step(QStringLiteral("s_sign"))->verifiedBy, true);
        QCOMPARE(r.contentHash.size(), 64);
    }

    void malformed_data() {
        QTest::addColumn<QString>("editPath");
        QTest::addColumn<QByteArray>("value");  // empty: remove the member
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("fragment");
        const auto row = [](const char* name, const QString& edit, const QByteArray& value,
                            const QString& path, const char* fragment) {
            QTest::newRow(name) << edit << value << path << QString::fromUtf8(fragment);
        };
        // header
        row("format missing", "format", "", "format", "missing required field");
        row("format unknown", "format", "\"other/2\"", "format", "unsupported format");
        row("version format", "version", "\"1\"", "version", "MAJOR.MINOR");
        row("version leading zero", "version", "\"01.0\"", "version", "MAJOR.MINOR");
        row("mbr id characters", "mbrId", "\"has space\"", "mbrId", "letter or digit");
        row("mbr id type", "mbrId", "42", "mbrId", "must be a string");
        row("unknown top field", "colour", "\"blue\"", "colour", "unknown field");
        row("product name empty", "product.name", "\"  \"", "product.name", "must not be empty");
        row("batch size zero", "batchSize.quantity", "0", "batchSize.quantity", "greater than 0");
        row("batch size string", "batchSize.quantity", "\"100\"", "batchSize.quantity",
            "must be a number");
        row("yield missing", "theoreticalYield", "", "theoreticalYield", "missing required");
        row("no materials", "materials", "[]", "materials", "needs at least 1");
        row("duplicate material", "materials[1].code", "\"API-1\"", "materials[1].code",
            "duplicate material code");
        row("material quantity negative", "materials[0].quantity", "-1", "materials[0].quantity",
            "greater than 0");
        row("no unit procedures", "unitProcedures", "[]", "unitProcedures", "needs at least 1");
        // structure and ids
        row("phase not object", p(kUp0Op0, 0), "5", p(kUp0Op0, 0), "must be an object");
        row("unknown kind", p(kUp0Op0, 0, "kind"), "\"dance\"", p(kUp0Op0, 0, "kind"),
            "unknown step kind \"dance\"");
        row("duplicate step id", p(kUp0Op0, 1, "id"), "\"s_intro\"", p(kUp0Op0, 1, "id"),
            "duplicate id \"s_intro\" (already used at unitProcedures[0].operations[0]."
            "phases[0])");
        row("step id shares namespace", p(kUp0Op0, 1, "id"), "\"op_weigh\"", p(kUp0Op0, 1, "id"),
            "duplicate id \"op_weigh\"");
        row("id syntax", p(kUp0Op0, 0, "id"), "\"1abc\"", p(kUp0Op0, 0, "id"),
            "must start with a letter");
        row("id reserved", p(kUp0Op0, 0, "id"), "\"batchSize\"", p(kUp0Op0, 0, "id"),
            "reserved name");
        row("title missing", p(kUp0Op0, 0, "title"), "", p(kUp0Op0, 0, "title"),
            "missing required field");
        row("phases and branches", kIpc + ".phases", "[]", kIpc, "both phases and branches");
        row("single branch", kIpc + ".branches[1]", "", kIpc + ".branches", "needs at least 2");
        row("unknown step field", p(kUp0Op0, 0, "colour"), "\"red\"", p(kUp0Op0, 0, "colour"),
            "unknown field");
        // numeric limits
        row("high below low", p(kMix, 4, "limits.high"), "0.4", p(kMix, 4, "limits"),
            "high must be greater than low");
        row("alert below action", p(kMix, 4, "limits.alertLow"), "0.2", p(kMix, 4, "limits"),
            "alertLow must not be below low");
        row("alert above action", p(kMix, 4, "limits.alertHigh"), "3.0", p(kMix, 4, "limits"),
            "alertHigh must not be above high");
        row("alert order", p(kMix, 4, "limits.alertHigh"), "0.9", p(kMix, 4, "limits"),
            "alertHigh must be greater than alertLow");
        row("limits empty", p(kMix, 4, "limits"), "{}", p(kMix, 4, "limits"), "needs at least one");
        row("target outside limits", p(kMix, 4, "target"), "3.0", p(kMix, 4, "target"),
            "within the limits");
        row("target outside alert", p(kMix, 4, "target"), "2.2", p(kMix, 4, "target"),
            "within the alert limits");
        row("decimals too many", p(kMix, 4, "decimals"), "7", p(kMix, 4, "decimals"),
            "between 0 and 6");
        row("decimals fraction", p(kMix, 4, "decimals"), "1.5", p(kMix, 4, "decimals"),
            "must be an integer");
        row("unit missing", p(kMix, 4, "unit"), "", p(kMix, 4, "unit"), "missing required");
        row("source unknown", p(kMix, 4, "source"), "\"guess\"", p(kMix, 4, "source"),
            "\"manual\" or \"instrument\"");
        row("instrument class with manual", p(kMix, 4, "instrumentClass"), "\"BAL-60\"",
            p(kMix, 4, "instrumentClass"), "only allowed with source");
        row("instrument class missing in branch", kIpc + ".branches[0].phases[0].instrumentClass",
            "", kIpc + ".branches[0].phases[0].instrumentClass", "missing required field");
        // weigh
        row("weigh material unknown", p(kUp0Op0, 2, "material"), "\"NOPE\"",
            p(kUp0Op0, 2, "material"), "not in the bill of materials");
        row("weigh volume material", p(kUp0Op0, 2, "material"), "\"WATER\"",
            p(kUp0Op0, 2, "material"), "weighing needs kg, g or mg");
        row("tolerance empty", p(kUp0Op0, 2, "tolerance"), "{}", p(kUp0Op0, 2, "tolerance"),
            "needs percent or absolute");
        row("tolerance both", p(kUp0Op0, 2, "tolerance"), "{\"percent\": 1, \"absolute\": 0.1}",
            p(kUp0Op0, 2, "tolerance"), "either percent or absolute");
        row("tolerance percent large", p(kUp0Op0, 2, "tolerance.percent"), "60",
            p(kUp0Op0, 2, "tolerance.percent"), "at most 50");
        row("tolerance absolute large", p(kUp0Op0, 2, "tolerance"), "{\"absolute\": 60}",
            p(kUp0Op0, 2, "tolerance.absolute"), "smaller than the target (50 kg)");
        row("weigh instrument unknown", p(kUp0Op0, 2, "instrumentClass"), "\"BAL-999\"",
            p(kUp0Op0, 2, "instrumentClass"), "not one of the equipmentClasses");
        row("below minimum weight", p(kUp0Op0, 2, "minimumWeight"), "60",
            p(kUp0Op0, 2, "minimumWeight"), "below the minimum weight");
        row("weigh with target", p(kUp0Op0, 2, "target"), "50", p(kUp0Op0, 2, "target"),
            "comes from the bill of materials");
        // other kinds
        row("instruction text missing", p(kUp0Op0, 0, "text"), "", p(kUp0Op0, 0, "text"),
            "missing required");
        row("image escapes package", p(kUp0Op0, 0, "image"), "\"../../etc/passwd.png\"",
            p(kUp0Op0, 0, "image"), "relative path");
        row("scan material missing", p(kUp0Op0, 1, "material"), "", p(kUp0Op0, 1, "material"),
            "missing required field");
        row("equipment class unknown", p(kUp0Op0, 3, "equipmentClass"), "\"OVEN\"",
            p(kUp0Op0, 3, "equipmentClass"), "not one of the equipmentClasses");
        row("choice one option", p(kMix, 0, "options"), "[\"slow\"]", p(kMix, 0, "options"),
            "needs at least 2");
        row("choice duplicate option", p(kMix, 0, "options"), "[\"slow\", \"slow\"]",
            p(kMix, 0, "options[1]"), "duplicate entry \"slow\"");
        row("checklist empty", p(kMix, 1, "items"), "[]", p(kMix, 1, "items"), "needs at least 1");
        row("checklist item type", p(kMix, 1, "items[0]"), "3", p(kMix, 1, "items[0]"),
            "must be a string");
        row("text max length", p(kMix, 2, "maxLength"), "0", p(kMix, 2, "maxLength"),
            "between 1 and 4000");
        row("timer max below min", p(kMix, 3, "maxSeconds"), "100", p(kMix, 3, "maxSeconds"),
            "must not be less than minSeconds");
        row("timer negative", p(kMix, 3, "minSeconds"), "-1", p(kMix, 3, "minSeconds"),
            "between 0 and");
        row("sample prefix", p(kMix, 5, "labelPrefix"), "\"s-lower\"", p(kMix, 5, "labelPrefix"),
            "capital letters");
        row("sample quantity", p(kMix, 5, "quantity"), "0", p(kMix, 5, "quantity"),
            "between 1 and 100");
        row("signature meaning", p(kClose, 1, "meaning"), "\"Liked\"", p(kClose, 1, "meaning"),
            "must be one of");
        row("signature role", p(kClose, 1, "requiredRoles"), "[\"janitor\"]",
            p(kClose, 1, "requiredRoles"), "unknown role \"janitor\"");
        row("signature verified type", p(kClose, 1, "verifiedBy"), "\"yes\"",
            p(kClose, 1, "verifiedBy"), "true or false");
        // calculation formulas
        row("formula unknown step", p(kClose, 0, "formula"), "\"mass / nothing * 100\"",
            p(kClose, 0, "formula"), "unknown step \"nothing\"");
        row("formula no value", p(kClose, 0, "formula"), "\"s_intro + 1\"", p(kClose, 0, "formula"),
            "step \"s_intro\" has no value");
        row("formula function", p(kClose, 0, "formula"), "\"system(1)\"", p(kClose, 0, "formula"),
            "unknown function \"system\"");
        row("formula unclosed", p(kClose, 0, "formula"), "\"(mass\"", p(kClose, 0, "formula"),
            "is not closed");
        row("formula separator", p(kClose, 0, "formula"), "\"mass; 1\"", p(kClose, 0, "formula"),
            "expected an operator at position 5");
        row("formula assignment", p(kClose, 0, "formula"), "\"mass = 1\"", p(kClose, 0, "formula"),
            "expected an operator");
        row("formula top-level comma", p(kClose, 0, "formula"), "\"mass, 1\"",
            p(kClose, 0, "formula"), "outside a function");
        row("formula self", p(kClose, 0, "formula"), "\"yield_pct + 1\"", p(kClose, 0, "formula"),
            "does not come before");
        row("formula later step", p(kUp0Op0, 4),
            "{\"id\": \"early\", \"kind\": \"calculation\", \"title\": \"E\", \"formula\": "
            "\"lod * 2\", \"unit\": \"%\", \"decimals\": 1}",
            p(kUp0Op0, 4, "formula"), "step \"lod\" does not come before");
        row("formula sibling branch", kIpc + ".branches[1].phases[1]",
            "{\"id\": \"sib\", \"kind\": \"calculation\", \"title\": \"E\", \"formula\": "
            "\"mass * 2\", \"unit\": \"kg\", \"decimals\": 1}",
            kIpc + ".branches[1].phases[1].formula", "step \"mass\" does not come before");
        // entry window, continuation, manual entry, cleaning override
        const QString mass = kIpc + QStringLiteral(".branches[0].phases[0]");
        row("entry window negative", p(kMix, 2, "entryWindowSeconds"), "-1",
            p(kMix, 2, "entryWindowSeconds"), "must be between 0 and 2592000");
        row("entry window too long", p(kUp0Op0, 0, "entryWindowSeconds"), "2592001",
            p(kUp0Op0, 0, "entryWindowSeconds"), "must be between 0 and 2592000");
        row("entry window type", p(kMix, 4, "entryWindowSeconds"), "\"soon\"",
            p(kMix, 4, "entryWindowSeconds"), "must be an integer");
        row("entry window on timer", p(kMix, 3, "entryWindowSeconds"), "60",
            p(kMix, 3, "entryWindowSeconds"), "unknown field");
        row("entry window on weigh", p(kUp0Op0, 2, "entryWindowSeconds"), "60",
            p(kUp0Op0, 2, "entryWindowSeconds"), "unknown field");
        row("entry window on calculation", p(kClose, 0, "entryWindowSeconds"), "60",
            p(kClose, 0, "entryWindowSeconds"), "unknown field");
        row("continuation type", p(kMix, 4, "supervisorContinuation"), "\"yes\"",
            p(kMix, 4, "supervisorContinuation"), "true or false");
        row("continuation without action limit", mass + ".supervisorContinuation", "true",
            mass + ".supervisorContinuation", "needs an action limit");
        row("continuation with alert limits only", p(kMix, 4),
            "{\"id\": \"lod\", \"kind\": \"numeric\", \"title\": \"LOD\", \"unit\": \"%\", "
            "\"decimals\": 1, \"limits\": {\"alertLow\": 1.0, \"alertHigh\": 2.0}, "
            "\"supervisorContinuation\": true}",
            p(kMix, 4, "supervisorContinuation"), "needs an action limit");
        row("continuation on choice", p(kMix, 0, "supervisorContinuation"), "true",
            p(kMix, 0, "supervisorContinuation"), "unknown field");
        row("manual entry unknown", mass + ".manualEntry", "\"sometimes\"", mass + ".manualEntry",
            "must be \"allowed\", \"override\" or \"forbidden\"");
        row("manual entry on manual step", p(kMix, 4, "manualEntry"), "\"override\"",
            p(kMix, 4, "manualEntry"), "only allowed with source \"instrument\"");
        row("manual entry type", mass + ".manualEntry", "true", mass + ".manualEntry",
            "must be a string");
        row("cleaning override type", p(kUp0Op0, 3, "cleaningOverride"), "1",
            p(kUp0Op0, 3, "cleaningOverride"), "true or false");
        row("cleaning override on scan", p(kUp0Op0, 1, "cleaningOverride"), "true",
            p(kUp0Op0, 1, "cleaningOverride"), "unknown field");
    }

    void malformed() {
        QFETCH(QString, editPath);
        QFETCH(QByteArray, value);
        QFETCH(QString, path);
        QFETCH(QString, fragment);
        const MbrParseResult r = MbrParser::parse(mbrtest::edited(editPath, value));
        QVERIFY(!r.ok());
        QVERIFY(r.contentHash.isEmpty());
        QVERIFY2(hasIssue(r, path, fragment),
                 qPrintable(QStringLiteral("expected \"%1: ...%2...\", got:\n%3")
                                .arg(path, fragment, r.errorText())));
    }

    void oversightFieldsParse() {
        QByteArray doc = mbrtest::edited(p(kMix, 4, "supervisorContinuation"), "true");
        doc = mbrtest::edited(p(kMix, 4, "entryWindowSeconds"), "900", doc);
        doc = mbrtest::edited(kIpc + ".branches[0].phases[0].manualEntry", "\"override\"", doc);
        doc = mbrtest::edited(p(kUp0Op0, 3, "cleaningOverride"), "true", doc);
        doc = mbrtest::edited(p(kUp0Op0, 2, "supervisorContinuation"), "true", doc);
        doc = mbrtest::edited(p(kMix, 1, "entryWindowSeconds"), "0", doc);
        const MbrParseResult r = MbrParser::parse(doc);
        QVERIFY2(r.ok(), qPrintable(r.errorText()));
        const MasterBatchRecord& m = *r.mbr;
        QVERIFY(m.step(QStringLiteral("lod"))->supervisorContinuation);
        QCOMPARE(m.step(QStringLiteral("lod"))->entryWindowSeconds,
                 std::optional<std::int64_t>(900));
        QCOMPARE(m.step(QStringLiteral("s_check"))->entryWindowSeconds,
                 std::optional<std::int64_t>(0));
        QVERIFY(!m.step(QStringLiteral("s_note"))->entryWindowSeconds);  // the site default
        QCOMPARE(m.step(QStringLiteral("mass"))->manualEntry, ManualEntry::Override);
        QCOMPARE(m.step(QStringLiteral("hard"))->manualEntry, ManualEntry::Allowed);
        QVERIFY(m.step(QStringLiteral("s_equip"))->cleaningOverride);
        QVERIFY(m.step(QStringLiteral("w_api"))->supervisorContinuation);
        QVERIFY(!m.step(QStringLiteral("hard"))->supervisorContinuation);
        // The flags are content: they change the hash.
        QVERIFY(r.contentHash != MbrParser::parse(kMbrTestDocument).contentHash);
    }

    void sameEditInBranchStillAllowedWithinBranch() {
        // Referencing an earlier step of the same branch is fine.
        const QByteArray doc = mbrtest::edited(
            kIpc + ".branches[0].phases[1]",
            "{\"id\": \"twice\", \"kind\": \"calculation\", \"title\": \"T\", \"formula\": "
            "\"max(mass, 0) * 2 + _pi\", \"unit\": \"kg\", \"decimals\": 1}");
        const MbrParseResult r = MbrParser::parse(doc);
        QVERIFY2(r.ok(), qPrintable(r.errorText()));
        QCOMPARE(r.mbr->step(QStringLiteral("twice"))->references,
                 QStringList{QStringLiteral("mass")});
    }

    void reportsAllProblemsNotOnlyTheFirst() {
        const QByteArray doc = mbrtest::edited(p(kMix, 4, "limits.high"), "0.4");
        QJsonObject edited = QJsonDocument::fromJson(doc).object();
        edited.remove(QStringLiteral("format"));
        edited.insert(QStringLiteral("version"), QStringLiteral("x"));
        const MbrParseResult r = MbrParser::parse(QJsonDocument(edited).toJson());
        QVERIFY2(r.issues.size() == 3, qPrintable(r.errorText()));
        QVERIFY(hasIssue(r, QStringLiteral("format"), QStringLiteral("missing")));
        QVERIFY(hasIssue(r, QStringLiteral("version"), QStringLiteral("MAJOR.MINOR")));
        QVERIFY(hasIssue(r, p(kMix, 4, "limits"), QStringLiteral("high must be greater")));
        QVERIFY(r.errorText().contains(
            QStringLiteral("unitProcedures[1].operations[0].phases[4].limits: high must be "
                           "greater than low")));
    }

    void documentLevelRefusals_data() {
        QTest::addColumn<QByteArray>("doc");
        QTest::addColumn<QString>("fragment");
        QTest::newRow("empty") << QByteArray() << QStringLiteral("not valid JSON");
        QTest::newRow("not json") << QByteArray("{\"format\": ")
                                  << QStringLiteral("not valid JSON");
        QTest::newRow("trailing garbage") << QByteArray("{} x") << QStringLiteral("not valid JSON");
        QTest::newRow("array") << QByteArray("[1, 2]") << QStringLiteral("must be a JSON object");
        QTest::newRow("too deep") << (QByteArray("{\"a\":") + QByteArray(40, '[') +
                                      QByteArray(40, ']') + "}")
                                  << QStringLiteral("nests deeper than 12");
        QTest::newRow("too large")
            << (QByteArray("{\"title\": \"") + QByteArray(4 * 1024 * 1024, 'x') + "\"}")
            << QStringLiteral("too large");
    }

    void documentLevelRefusals() {
        QFETCH(QByteArray, doc);
        QFETCH(QString, fragment);
        const MbrParseResult r = MbrParser::parse(doc);
        QVERIFY(!r.ok());
        QCOMPARE(r.issues.size(), size_t(1));
        QVERIFY(r.issues[0].path.isEmpty());
        QVERIFY2(r.issues[0].message.contains(fragment), qPrintable(r.errorText()));
    }

    void duplicateKeysRefused() {
        // The parsed document would silently keep one value; the file shows both.
        QByteArray doc(kMbrTestDocument);
        doc.replace("\"text\": \"Wear gloves.\"",
                    "\"text\": \"Wear gloves.\", \"t\\u0065xt\": \"No gloves.\"");
        MbrParseResult r = MbrParser::parse(doc);
        QCOMPARE(r.issues.size(), size_t(1));
        QCOMPARE(r.issues[0].path, p(kUp0Op0, 0, "text"));
        QCOMPARE(r.issues[0].message, QStringLiteral("duplicate key"));

        doc = kMbrTestDocument;
        doc.replace("\"version\": \"1.0\",", "\"version\": \"1.0\", \"version\": \"2.0\",");
        r = MbrParser::parse(doc);
        QCOMPARE(r.issues.size(), size_t(1));
        QCOMPARE(r.issues[0].path, QStringLiteral("version"));
        // Equal keys in different objects, and equal strings as values, are fine.
        QVERIFY(MbrParser::parse(kMbrTestDocument).ok());
    }

    void boundedCounts() {
        // More steps than allowed: one document-level issue, checking stops.
        QJsonObject o = mbrtest::baseDocument();
        QJsonArray phases;
        for (int i = 0; i < 20; ++i)
            phases.append(QJsonObject{{QStringLiteral("id"), QStringLiteral("n%1").arg(i)},
                                      {QStringLiteral("kind"), QStringLiteral("instruction")},
                                      {QStringLiteral("title"), QStringLiteral("t")},
                                      {QStringLiteral("text"), QStringLiteral("x")}});
        const QJsonValue v =
            mbrtest::setIn(o, mbrtest::tokens(kUp0Op0 + ".phases"), 0, phases, false);
        MbrParseLimits limits;
        limits.maxSteps = 10;
        MbrParseResult r = MbrParser::parse(QJsonDocument(v.toObject()).toJson(), limits);
        QVERIFY(hasIssue(r, QString(), QStringLiteral("too many steps (at most 10)")));

        // Thousands of problems are cut off at maxIssues.
        QJsonArray many;
        for (int i = 0; i < 400; ++i)
            many.append(QJsonObject{{QStringLiteral("kind"), QStringLiteral("dance")}});
        const QJsonValue bad =
            mbrtest::setIn(o, mbrtest::tokens(kUp0Op0 + ".phases"), 0, many, false);
        r = MbrParser::parse(QJsonDocument(bad.toObject()).toJson());
        QCOMPARE(r.issues.size(), size_t(101));
        QVERIFY(r.issues.back().message.contains(QStringLiteral("too many problems")));
    }

    void largestDocumentStaysCheap() {
        // 5,000 steps (the maximum), every second one a calculation over ten earlier
        // steps: validation must stay linear-ish, not quadratic in the step count.
        QJsonArray operations;
        int n = 0;
        for (int o = 0; o < 10; ++o) {
            QJsonArray phases;
            for (int i = 0; i < 498; ++i, ++n) {
                QJsonObject s{{QStringLiteral("id"), QStringLiteral("v%1").arg(n)},
                              {QStringLiteral("title"), QStringLiteral("step %1").arg(n)},
                              {QStringLiteral("unit"), QStringLiteral("kg")},
                              {QStringLiteral("decimals"), 2}};
                if (n % 2 == 1 && n > 20) {
                    QStringList refs;
                    for (int k = 1; k <= 10; ++k)
                        refs.append(QStringLiteral("v%1").arg(n - 2 * k + 1));
                    s.insert(QStringLiteral("kind"), QStringLiteral("calculation"));
                    s.insert(QStringLiteral("formula"), refs.join(QStringLiteral(" + ")));
                } else {
                    s.insert(QStringLiteral("kind"), QStringLiteral("numeric"));
                }
                phases.append(s);
            }
            operations.append(QJsonObject{{QStringLiteral("id"), QStringLiteral("op%1").arg(o)},
                                          {QStringLiteral("title"), QStringLiteral("Operation")},
                                          {QStringLiteral("phases"), phases}});
        }
        const QJsonObject up{{QStringLiteral("id"), QStringLiteral("up_big")},
                             {QStringLiteral("title"), QStringLiteral("Big")},
                             {QStringLiteral("operations"), operations}};
        const QJsonValue v =
            mbrtest::setIn(mbrtest::baseDocument(),
                           mbrtest::tokens(QStringLiteral("unitProcedures[2]")), 0, up, false);
        const QByteArray doc = QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact);
        QElapsedTimer timer;
        timer.start();
        const MbrParseResult r = MbrParser::parse(doc);
        const qint64 ms = timer.elapsed();
        QVERIFY2(r.ok(), qPrintable(r.errorText()));
        QCOMPARE(r.mbr->steps().size(), size_t(4994));
        QCOMPARE(r.mbr->step(QStringLiteral("v4979"))->references.size(), 10);
        qInfo("4,994-step document (%lld bytes) validated in %lld ms",
              static_cast<long long>(doc.size()), static_cast<long long>(ms));
        QVERIFY2(ms < 5000, qPrintable(QString::number(ms)));
    }

    void formulaScanner() {
        QVERIFY(scanFormula(QStringLiteral("a + b*2 - sqrt(c) / 1.5e-3")).ok());
        QCOMPARE(scanFormula(QStringLiteral("a + b*2 - sqrt(c) + a")).variables,
                 QStringList({QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")}));
        QVERIFY(scanFormula(QStringLiteral("-(a) >= 2 && b != 1 ? 1 : 0")).ok());
        QVERIFY(scanFormula(QStringLiteral("min(a, max(b, 2))")).ok());
        QVERIFY(!scanFormula(QStringLiteral("a +")).ok());
        QVERIFY(!scanFormula(QStringLiteral("a b")).ok());
        QVERIFY(!scanFormula(QStringLiteral("1.2.3")).ok());
        QVERIFY(!scanFormula(QStringLiteral("1e")).ok());
        QVERIFY(!scanFormula(QStringLiteral("a)")).ok());
        QVERIFY(!scanFormula(QStringLiteral("min()")).ok());
        QVERIFY(!scanFormula(QStringLiteral("\"text\"")).ok());
        QVERIFY(isReservedName(QStringLiteral("sqrt")));
        QVERIFY(isReservedName(QStringLiteral("theoreticalYield")));
        QVERIFY(!isReservedName(QStringLiteral("lod")));
    }

    void contentHashIgnoresFormattingNotContent() {
        const MbrParseResult base = MbrParser::parse(kMbrTestDocument);
        QVERIFY(base.ok());
        // Compact, re-ordered keys (QJsonDocument sorts them), 49.5 spelled differently.
        QByteArray compact = QJsonDocument(mbrtest::baseDocument()).toJson(QJsonDocument::Compact);
        QVERIFY(compact.contains("49.5"));
        compact.replace("49.5", "4.950e1");
        const MbrParseResult same = MbrParser::parse(compact);
        QVERIFY2(same.ok(), qPrintable(same.errorText()));
        QCOMPARE(same.contentHash, base.contentHash);

        const MbrParseResult changed =
            MbrParser::parse(mbrtest::edited(QStringLiteral("materials[1].quantity"), "49.6"));
        QVERIFY(changed.ok());
        QVERIFY(changed.contentHash != base.contentHash);
        const MbrParseResult retitled =
            MbrParser::parse(mbrtest::edited(p(kUp0Op0, 0, "text"), "\"Wear gloves!\""));
        QVERIFY(retitled.ok());
        QVERIFY(retitled.contentHash != base.contentHash);
    }

    void documentedExampleParses() {
        // docs/mbr-format.md §9 is the complete example; it must stay a valid document.
        const QString doc =
            QString::fromUtf8(readFile(QStringLiteral(BATCH_SOURCE_DIR "/docs/mbr-format.md")));
        const qsizetype section = doc.indexOf(QStringLiteral("## 9."));
        QVERIFY(section > 0);
        const qsizetype start = doc.indexOf(QStringLiteral("```json\n"), section);
        const qsizetype end = doc.indexOf(QStringLiteral("```"), start + 8);
        QVERIFY(start > 0 && end > start);
        const MbrParseResult r = MbrParser::parse(doc.mid(start + 8, end - start - 8).toUtf8());
        QVERIFY2(r.ok(), qPrintable(r.errorText()));
        QVERIFY(r.mbr->step(QStringLiteral("lod"))->supervisorContinuation);
        QCOMPARE(r.mbr->step(QStringLiteral("mass"))->manualEntry, ManualEntry::Override);
        QVERIFY(r.mbr->step(QStringLiteral("s_equip"))->cleaningOverride);
    }

    void demoMbrsParse_data() {
        QTest::addColumn<QString>("file");
        QTest::newRow("tablet") << QStringLiteral("tablet-500mg.json");
        QTest::newRow("sterile") << QStringLiteral("sterile-liquid-fill.json");
    }

    void demoMbrsParse() {
        QFETCH(QString, file);
        const QByteArray json = readFile(QStringLiteral(BATCH_SOURCE_DIR "/resources/mbr/") + file);
        QVERIFY2(!json.isEmpty(), qPrintable(file));
        const MbrParseResult r = MbrParser::parse(json);
        QVERIFY2(r.ok(), qPrintable(r.errorText()));
        QVERIFY(r.mbr->steps().size() >= 20);
        int weighs = 0;
        int calculations = 0;
        for (const Step* s : r.mbr->steps()) {
            weighs += s->kind == StepKind::Weigh;
            calculations += s->kind == StepKind::Calculation;
        }
        QVERIFY(weighs >= 2);
        QVERIFY(calculations >= 1);
    }
};

QTEST_GUILESS_MAIN(TestMbrParser)
#include "test_mbr_parser.moc"
