// Count rules (literal, range table, muParser expression, shared named rule), their
// refusal with a clear error that names the place (overlapping or gapped ranges,
// negative counts, bad expressions, unknown names, cycles), sampling plans at Full,
// Reduced and Skip, result checks against specifications, state chart validation and the
// master data file parser with path-precise errors.
#include "model/MbrReader.h"
#include "sampling/CountExpression.h"
#include "sampling/CountRule.h"
#include "sampling/MasterDataParser.h"
#include "sampling/SamplingPlan.h"
#include "sampling/Specification.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

using namespace batch::sampling;

namespace {

QJsonValue json(const char* text) {
    const QJsonDocument d = QJsonDocument::fromJson(QByteArray("[") + text + "]");
    return d.array().at(0);
}

QString issuesText(const std::vector<Issue>& issues) {
    QStringList lines;
    for (const Issue& i : issues) lines << i.toString();
    return lines.join(QLatin1Char('\n'));
}

bool hasIssue(const std::vector<Issue>& issues, const QString& path, const QString& fragment) {
    for (const Issue& i : issues)
        if (i.path == path && i.message.contains(fragment, Qt::CaseInsensitive))
            return true;
    return false;
}

CountRule rule(const char* text) {
    std::vector<Issue> issues;
    const auto r = parseCountRule(json(text), &issues);
    if (!r)
        qFatal("rule %s refused: %s", text, qPrintable(issuesText(issues)));
    return *r;
}

QByteArray readFile(const QString& path) {
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

const QString kDemo = QStringLiteral(BATCH_SOURCE_DIR "/resources/sampling/demo-sampling.json");

}  // namespace

class TestSamplingRules : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void countRules_data() {
        QTest::addColumn<QString>("rule");
        QTest::addColumn<qint64>("size");
        QTest::addColumn<qint64>("count");
        QTest::addColumn<QString>("explained");
        const QString ranges = QStringLiteral(
            "{\"ranges\": [{\"min\": 1, \"max\": 10, \"count\": 2}, {\"min\": 11, \"max\": 100, "
            "\"count\": 3}, "
            "                           {\"min\": 101, \"count\": 5}]}");
        QTest::newRow("literal") << QString::fromUtf8("{\"literal\": 3}") << qint64(500)
                                 << qint64(3) << QStringLiteral("fixed count 3");
        QTest::newRow("literal zero") << QString::fromUtf8("{\"literal\": 0}") << qint64(5)
                                      << qint64(0) << QStringLiteral("fixed count 0");
        QTest::newRow("range first row")
            << ranges << qint64(1) << qint64(2) << QStringLiteral("row 1-10");
        QTest::newRow("range upper edge")
            << ranges << qint64(10) << qint64(2) << QStringLiteral("row 1-10");
        QTest::newRow("range lower edge")
            << ranges << qint64(11) << qint64(3) << QStringLiteral("row 11-100");
        QTest::newRow("range open end")
            << ranges << qint64(9'999'999) << qint64(5) << QStringLiteral("row 101+");
        const QString sqrt1 = QString::fromUtf8("{\"expression\": \"ceil(sqrt(N)) + 1\"}");
        QTest::newRow("sqrt N=1") << sqrt1 << qint64(1) << qint64(2)
                                  << QStringLiteral("at N = 1 gives 2");
        QTest::newRow("sqrt N=40")
            << sqrt1 << qint64(40) << qint64(8) << QStringLiteral("at N = 40 gives 8");
        QTest::newRow("sqrt N=100")
            << sqrt1 << qint64(100) << qint64(11) << QStringLiteral("gives 11");
        QTest::newRow("sqrt N=101")
            << sqrt1 << qint64(101) << qint64(12) << QStringLiteral("gives 12");
        QTest::newRow("floor and min")
            << QString::fromUtf8("{\"expression\": \"min(floor(N / 10) + 1, 5)\"}") << qint64(73)
            << qint64(5) << QStringLiteral("gives 5");
        QTest::newRow("ternary") << QString::fromUtf8(
                                        "{\"expression\": \"N <= 3 ? N : round(sqrt(N))\"}")
                                 << qint64(2) << qint64(2) << QStringLiteral("gives 2");
        QTest::newRow("named") << QString::fromUtf8("{\"rule\": \"sqrt-plus-one\"}") << qint64(40)
                               << qint64(8)
                               << QStringLiteral("rule sqrt-plus-one: ceil(sqrt(N)) + 1");
        QTest::newRow("named chain")
            << QString::fromUtf8("{\"rule\": \"site-identity\"}") << qint64(9) << qint64(4)
            << QStringLiteral("site-identity -> sqrt-plus-one");
    }
    void countRules() {
        QFETCH(QString, rule);
        QFETCH(qint64, size);
        QFETCH(qint64, count);
        QFETCH(QString, explained);
        const CountRule sqrtRule = ::rule("{\"expression\": \"ceil(sqrt(N)) + 1\"}");
        const CountRule site = ::rule("{\"rule\": \"sqrt-plus-one\"}");
        const CountRuleLookup lookup = [&](const QString& name) -> const CountRule* {
            if (name == QLatin1String("sqrt-plus-one"))
                return &sqrtRule;
            if (name == QLatin1String("site-identity"))
                return &site;
            return nullptr;
        };
        const CountResult r = evaluateCount(::rule(rule.toUtf8().constData()), size, lookup);
        QCOMPARE(r.count, count);
        QVERIFY2(r.explanation.contains(explained), qPrintable(r.explanation));
    }

    void invalidRules_data() {
        QTest::addColumn<QString>("rule");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("message");
        QTest::newRow("overlap")
            << QStringLiteral(
                   "{\"ranges\": [{\"min\": 1, \"max\": 10, \"count\": 2}, {\"min\": 8, \"max\": "
                   "20, \"count\": 3}, {\"min\": 21, \"count\": 4}]}")
            << QStringLiteral("rule.ranges[1]")
            << QStringLiteral("overlaps rule.ranges[0]: lot sizes 8-10 are in both");
        QTest::newRow("gap") << QStringLiteral(
                                    "{\"ranges\": [{\"min\": 1, \"max\": 10, \"count\": 2}, "
                                    "{\"min\": 15, \"count\": 3}]}")
                             << QStringLiteral("rule.ranges[1]")
                             << QStringLiteral(
                                    "gap after rule.ranges[0]: lot sizes 11-14 have no row");
        QTest::newRow("not from 1")
            << QString::fromUtf8("{\"ranges\": [{\"min\": 2, \"count\": 1}]}")
            << QStringLiteral("rule.ranges[0].min") << QStringLiteral("must start at lot size 1");
        QTest::newRow("closed top")
            << QString::fromUtf8("{\"ranges\": [{\"min\": 1, \"max\": 50, \"count\": 1}]}")
            << QStringLiteral("rule.ranges[0].max")
            << QStringLiteral("last row must be open-ended");
        QTest::newRow("open middle")
            << QStringLiteral(
                   "{\"ranges\": [{\"min\": 1, \"count\": 1}, {\"min\": 10, \"count\": 2}]}")
            << QStringLiteral("rule.ranges[0].max")
            << QStringLiteral("only the last row may be open-ended");
        QTest::newRow("max below min")
            << QStringLiteral("{\"ranges\": [{\"min\": 5, \"max\": 3, \"count\": 1}]}")
            << QStringLiteral("rule.ranges[0]") << QStringLiteral("below min");
        QTest::newRow("negative range count")
            << QStringLiteral("{\"ranges\": [{\"min\": 1, \"count\": -2}]}")
            << QStringLiteral("rule.ranges[0].count") << QStringLiteral("cannot be negative");
        QTest::newRow("negative literal")
            << QString::fromUtf8("{\"literal\": -1}") << QStringLiteral("rule.literal")
            << QStringLiteral("cannot be negative");
        QTest::newRow("fractional literal")
            << QString::fromUtf8("{\"literal\": 2.5}") << QStringLiteral("rule.literal")
            << QStringLiteral("must be an integer");
        QTest::newRow("huge literal")
            << QString::fromUtf8("{\"literal\": 5000}") << QStringLiteral("rule.literal")
            << QStringLiteral("between 0 and 1000");
        QTest::newRow("syntax") << QString::fromUtf8("{\"expression\": \"ceil(sqrt(N) + 1\"}")
                                << QStringLiteral("rule.expression")
                                << QStringLiteral("not a valid expression");
        QTest::newRow("unknown variable")
            << QString::fromUtf8("{\"expression\": \"M + 1\"}") << QStringLiteral("rule.expression")
            << QStringLiteral("not a valid expression");
        QTest::newRow("assignment")
            << QString::fromUtf8("{\"expression\": \"N = 3\"}") << QStringLiteral("rule.expression")
            << QStringLiteral("assignment");
        QTest::newRow("several results")
            << QString::fromUtf8("{\"expression\": \"1, 2\"}") << QStringLiteral("rule.expression")
            << QStringLiteral("must give one value");
        QTest::newRow("fractional result")
            << QString::fromUtf8("{\"expression\": \"N / 3\"}") << QStringLiteral("rule.expression")
            << QStringLiteral(
                   "gives 0.3333333333 for N = 1: a sample count must be a whole number");
        QTest::newRow("negative result")
            << QString::fromUtf8("{\"expression\": \"N - 5\"}") << QStringLiteral("rule.expression")
            << QStringLiteral("gives -4 for N = 1: a sample count cannot be negative");
        QTest::newRow("nan result") << QString::fromUtf8("{\"expression\": \"sqrt(-N)\"}")
                                    << QStringLiteral("rule.expression")
                                    << QStringLiteral("gives no number (NaN) for N = 1");
        QTest::newRow("infinite result")
            << QString::fromUtf8("{\"expression\": \"1 / (N - 1)\"}")
            << QStringLiteral("rule.expression") << QStringLiteral("infinite");
        QTest::newRow("too long") << QString::fromUtf8("{\"expression\": \"%1\"}")
                                         .arg(QStringLiteral("N+").repeated(120) +
                                              QStringLiteral("1"))
                                  << QStringLiteral("rule.expression")
                                  << QStringLiteral("too long");
        QTest::newRow("two forms") << QString::fromUtf8("{\"literal\": 1, \"expression\": \"N\"}")
                                   << QStringLiteral("rule") << QStringLiteral("exactly one form");
        QTest::newRow("no form") << QString::fromUtf8("{}") << QStringLiteral("rule")
                                 << QStringLiteral("needs one of");
        QTest::newRow("typo") << QString::fromUtf8("{\"litteral\": 1}")
                              << QStringLiteral("rule.litteral") << QStringLiteral("unknown field");
        QTest::newRow("bad name") << QString::fromUtf8("{\"rule\": \"a b\"}")
                                  << QStringLiteral("rule.rule")
                                  << QStringLiteral("not a valid count rule name");
    }
    void invalidRules() {
        QFETCH(QString, rule);
        QFETCH(QString, path);
        QFETCH(QString, message);
        std::vector<Issue> issues;
        QVERIFY(!parseCountRule(json(rule.toUtf8().constData()), &issues));
        QVERIFY2(hasIssue(issues, path, message), qPrintable(issuesText(issues)));
    }

    void unknownNamesAndCyclesAreRefused() {
        const CountRule a = rule("{\"rule\": \"b\"}");
        const CountRule b = rule("{\"rule\": \"c\"}");
        const CountRule c = rule("{\"rule\": \"a\"}");
        const CountRule self = rule("{\"rule\": \"self\"}");
        const CountRuleLookup lookup = [&](const QString& n) -> const CountRule* {
            if (n == QLatin1String("a"))
                return &a;
            if (n == QLatin1String("b"))
                return &b;
            if (n == QLatin1String("c"))
                return &c;
            if (n == QLatin1String("self"))
                return &self;
            return nullptr;
        };
        QCOMPARE(
            checkReferences(QStringLiteral("a"), a, lookup),
            QStringLiteral("the count rules refer to each other in a cycle: a -> b -> c -> a"));
        QCOMPARE(checkReferences(QStringLiteral("self"), self, lookup),
                 QStringLiteral("the count rules refer to each other in a cycle: self -> self"));
        QCOMPARE(checkReferences({}, rule("{\"rule\": \"missing\"}"), lookup),
                 QStringLiteral("there is no count rule named \"missing\""));
        QVERIFY_THROWS_EXCEPTION(SamplingError, evaluateCount(a, 10, lookup));
    }

    void evaluationBoundsTheResult() {
        // Fine for every size the definition probes, but too many samples for a huge lot.
        const CountRule r = rule("{\"expression\": \"floor(N / 1000) + 1\"}");
        QCOMPARE(evaluateCount(r, 1000, {}).count, qint64(2));
        try {
            evaluateCount(r, 5'000'000, {});
            QFAIL("a count above the cap was accepted");
        } catch (const SamplingError& e) {
            QVERIFY2(e.message().contains(QStringLiteral("at most 1000 per source")),
                     qPrintable(e.message()));
        }
        QVERIFY_THROWS_EXCEPTION(SamplingError, evaluateCount(rule("{\"literal\": 1}"), 0, {}));
        QVERIFY_THROWS_EXCEPTION(SamplingError,
                                 evaluateCount(rule("{\"literal\": 1}"), kMaxLotSize + 1, {}));
    }

    void expressionsAreNotCode() {
        QString error;
        for (const char* hostile :
             {"N = 7", "N += 1", "_pi = 3", "system(\"ls\")", "N; 2", "\"text\""}) {
            const auto e = CountExpression::compile(QString::fromLatin1(hostile), &error);
            QVERIFY2(!e || std::isnan(e->evaluate(10)), hostile);
        }
        const auto ok =
            CountExpression::compile(QStringLiteral("N >= 10 && N != 12 ? 3 : 1"), &error);
        QVERIFY2(ok, qPrintable(error));
        QCOMPARE(ok->evaluate(12), 1.0);
        QCOMPARE(ok->evaluate(11), 3.0);
    }

    void planLevels() {
        SamplingPlan plan;
        plan.id = QStringLiteral("P");
        plan.product = QStringLiteral("API");
        plan.sources = {
            {QStringLiteral("containers"),
             {},
             rule("{\"expression\": \"ceil(sqrt(N)) + 1\"}"),
             {QStringLiteral("ID")},
             {QStringLiteral("ID")},
             rule("{\"literal\": 1}")},
            {QStringLiteral("composite"),
             {},
             rule("{\"literal\": 1}"),
             {QStringLiteral("ASSAY"), QStringLiteral("WATER")},
             {QStringLiteral("ASSAY")},
             std::nullopt},
            {QStringLiteral("retain"),
             {},
             rule("{\"literal\": 2}"),
             {QStringLiteral("APPEAR")},
             {},
             std::nullopt},
        };
        const SamplePlanResult full = planSamples(plan, Level::Full, 40, {});
        QCOMPARE(full.samples.size(), size_t(8 + 1 + 2));
        QCOMPARE(full.testCount(), 8 + 2 + 2);
        QCOMPARE(full.samples.front().sampleId, QStringLiteral("containers-1"));
        QCOMPARE(full.samples[8].tests,
                 QStringList({QStringLiteral("ASSAY"), QStringLiteral("WATER")}));
        const SamplePlanResult reduced = planSamples(plan, Level::Reduced, 40, {});
        QCOMPARE(reduced.samples.size(), size_t(2));  // one container (ID), the composite (ASSAY)
        QCOMPARE(reduced.testCount(), 2);
        QCOMPARE(reduced.sources[2].count, qint64(0));  // retain: no reduced tests
        QVERIFY(planSamples(plan, Level::Skip, 40, {}).samples.empty());

        // A lot never asks for more than 2000 samples in all.
        SamplingPlan huge = plan;
        for (SampleTemplate& s : huge.sources) s.count = rule("{\"literal\": 1000}");
        QVERIFY_THROWS_EXCEPTION(SamplingError, planSamples(huge, Level::Full, 40, {}));
    }

    void resultsAgainstSpecifications_data() {
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("reported");
        QTest::addColumn<bool>("oos");
        QTest::newRow("inside") << QStringLiteral("99.5") << QStringLiteral("99.5") << false;
        QTest::newRow("rounds into the limit")
            << QStringLiteral("98.95") << QStringLiteral("99.0") << false;
        QTest::newRow("rounds below") << QStringLiteral("98.94") << QStringLiteral("98.9") << true;
        QTest::newRow("on the upper limit")
            << QStringLiteral("101.0") << QStringLiteral("101.0") << false;
        QTest::newRow("above") << QStringLiteral("101.05") << QStringLiteral("101.1") << true;
        QTest::newRow("integer input") << QStringLiteral("100") << QStringLiteral("100.0") << false;
    }
    void resultsAgainstSpecifications() {
        QFETCH(QString, value);
        QFETCH(QString, reported);
        QFETCH(bool, oos);
        TestSpec assay;
        assay.code = QStringLiteral("ASSAY");
        assay.name = QStringLiteral("Assay");
        assay.unit = QStringLiteral("%");
        assay.decimals = 1;
        assay.min = 99.0;
        assay.max = 101.0;
        QCOMPARE(assay.describe(), QStringLiteral("99.0 - 101.0 %"));
        const CheckedResult r = checkResult(assay, value);
        QCOMPARE(r.reported, reported);
        QCOMPARE(r.outOfSpecification, oos);
        QCOMPARE(r.message.isEmpty(), !oos);
    }

    void badResultsAreRefused() {
        TestSpec water;
        water.code = QStringLiteral("WATER");
        water.unit = QStringLiteral("%");
        water.decimals = 2;
        water.max = 0.5;
        QCOMPARE(water.describe(), QStringLiteral("NMT 0.50 %"));
        for (const char* bad : {"", "abc", "1e3", "0,5", "NaN", "1.2.3", "--1"})
            QVERIFY_THROWS_EXCEPTION(SamplingError, checkResult(water, QString::fromLatin1(bad)));
        TestSpec id;
        id.code = QStringLiteral("ID");
        id.type = TestSpec::Type::Conforms;
        QVERIFY(!checkResult(id, QStringLiteral("conforms")).outOfSpecification);
        QVERIFY(checkResult(id, QStringLiteral("does_not_conform")).outOfSpecification);
        QVERIFY_THROWS_EXCEPTION(SamplingError, checkResult(id, QStringLiteral("yes")));
    }

    void demoMasterDataParses() {
        const MasterDataParseResult r = MasterDataParser::parse(readFile(kDemo));
        QVERIFY2(r.ok(), qPrintable(r.errorText()));
        QCOMPARE(r.document->countRules.size(), size_t(3));
        QCOMPARE(r.document->variantRules.size(), size_t(1));
        QCOMPARE(r.document->products.size(), size_t(2));
        QCOMPARE(r.document->plans.size(), size_t(2));
        QCOMPARE(r.document->variants.size(), size_t(3));
        QVERIFY(r.document->variants[1].value.wildcard());
        QVERIFY(crossCheck(*r.document, {}).empty());
        // Stored content is toJson() of the parsed item: it parses again to the same item.
        for (const auto& p : r.document->products) {
            const MasterDataParseResult again = MasterDataParser::parseSingle(
                EntityKind::Product, QJsonDocument(p.value.toJson()).toJson());
            QVERIFY2(again.ok(), qPrintable(again.errorText()));
            QVERIFY(again.document->products.front().value == p.value);
        }
        for (const auto& p : r.document->plans) {
            const auto again = MasterDataParser::parseSingle(
                EntityKind::Plan, QJsonDocument(p.value.toJson()).toJson());
            QVERIFY2(again.ok(), qPrintable(again.errorText()));
            QVERIFY(again.document->plans.front().value == p.value);
        }
        for (const auto& c : r.document->variantRules) {
            const auto again = MasterDataParser::parseSingle(
                EntityKind::VariantRule, QJsonDocument(c.value.toJson()).toJson());
            QVERIFY2(again.ok(), qPrintable(again.errorText()));
            QVERIFY(again.document->variantRules.front().value == c.value);
        }
    }

    void masterDataErrorsNameThePath_data() {
        QTest::addColumn<QString>("pointer");  // where to put the bad value: a/b/0/c
        QTest::addColumn<QString>("value");    // JSON
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("message");
        QTest::newRow("format") << "format"
                                << "\"batchstation-sampling/9\""
                                << "format"
                                << "must be";
        QTest::newRow("product kind") << "products/0/kind"
                                      << "\"powder\""
                                      << "products[0].kind"
                                      << "raw_material";
        QTest::newRow("duplicate test") << "products/0/tests/1/code"
                                        << "\"ID\""
                                        << "products[0].tests[1].code"
                                        << "duplicate test code";
        QTest::newRow("limits crossed") << "products/0/tests/2/max"
                                        << "\"98.0\""
                                        << "products[0].tests[2].max"
                                        << "must be greater than min";
        QTest::newRow("limit decimals") << "products/0/tests/2/min"
                                        << "\"99.05\""
                                        << "products[0].tests[2].min"
                                        << "more decimals";
        QTest::newRow("numeric without limits") << "products/0/tests/3"
                                                << "{\"code\": \"X\", \"name\": \"X\", \"type\": "
                                                   "\"numeric\", \"unit\": \"%\", \"decimals\": 1}"
                                                << "products[0].tests[3]"
                                                << "needs min, max or both";
        QTest::newRow("conforms with unit") << "products/0/tests/0/unit"
                                            << "\"%\""
                                            << "products[0].tests[0].unit"
                                            << "has no unit";
        QTest::newRow("plan source overlap") << "plans/1/sources/0/count"
                                             << "{\"ranges\": [{\"min\": 1, \"max\": 10, "
                                                "\"count\": 1}, {\"min\": 10, \"count\": 2}]}"
                                             << "plans[1].sources[0].count.ranges[1]"
                                             << "overlaps";
        QTest::newRow("reduced not subset") << "plans/0/sources/1/reduced_tests"
                                            << "[\"ASSAY\", \"LOD\"]"
                                            << "plans[0].sources[1].reduced_tests[1]"
                                            << "subset";
        QTest::newRow("duplicate source") << "plans/0/sources/1/source"
                                          << "\"containers\""
                                          << "plans[0].sources[1].source"
                                          << "duplicate source";
        QTest::newRow("bad expression") << "count_rules/0/rule/expression"
                                        << "\"sqrt(N\""
                                        << "count_rules[0].rule.expression"
                                        << "not a valid expression";
        QTest::newRow("variant role") << "variants/0/role"
                                      << "\"broker\""
                                      << "variants[0].role"
                                      << "supplier";
        QTest::newRow("chart promotion without approval")
            << "variant_rules/0/transitions/0/approval"
            << "false"
            << "variant_rules[0].transitions[0].approval"
            << "is a promotion";
        QTest::newRow("chart demotion with approval") << "variant_rules/0/transitions/2/approval"
                                                      << "true"
                                                      << "variant_rules[0].transitions[2].approval"
                                                      << "is a demotion";
        QTest::newRow("chart unknown state") << "variant_rules/0/transitions/1/to"
                                             << "\"Gold\""
                                             << "variant_rules[0].transitions[1].to"
                                             << "not one of the states";
        QTest::newRow("chart duration") << "variant_rules/0/transitions/0/when/within"
                                        << "\"six months\""
                                        << "variant_rules[0].transitions[0].when.within"
                                        << "not a duration";
        QTest::newRow("chart schedule on Full") << "variant_rules/0/states/1/full_testing"
                                                << "{\"every_nth_batch\": 3}"
                                                << "variant_rules[0].states[1].full_testing"
                                                << "Skip or Reduced";
        QTest::newRow("chart demotion on good news") << "variant_rules/0/transitions/2/when"
                                                     << "{\"accepted\": 2}"
                                                     << "variant_rules[0].transitions[2].when"
                                                     << "rejected";
        QTest::newRow("redefine default") << "variant_rules/0/name"
                                          << "\"default\""
                                          << "variant_rules[0].name"
                                          << "built-in";
    }
    void masterDataErrorsNameThePath() {
        QFETCH(QString, pointer);
        QFETCH(QString, value);
        QFETCH(QString, path);
        QFETCH(QString, message);
        QJsonObject root = QJsonDocument::fromJson(readFile(kDemo)).object();
        // Sets root/pointer to value (objects and arrays along the way are copied back).
        std::function<QJsonValue(QJsonValue, QStringList)> set =
            [&](QJsonValue node, QStringList keys) -> QJsonValue {
            if (keys.isEmpty())
                return json(value.toUtf8().constData());
            const QString k = keys.takeFirst();
            if (node.isArray()) {
                QJsonArray a = node.toArray();
                const int i = k.toInt();
                if (i < a.size())
                    a[i] = set(a[i], keys);
                else
                    a.append(set(QJsonValue(), keys));
                return a;
            }
            QJsonObject o = node.toObject();
            o[k] = set(o.value(k), keys);
            return o;
        };
        root = set(root, pointer.split(QLatin1Char('/'))).toObject();
        const MasterDataParseResult r = MasterDataParser::parse(QJsonDocument(root).toJson());
        QVERIFY(!r.ok());
        QVERIFY2(hasIssue(r.issues, path, message), qPrintable(r.errorText()));
    }

    void crossReferencesNameThePath() {
        MasterDataParseResult r = MasterDataParser::parse(readFile(kDemo));
        QVERIFY(r.ok());
        MasterDataDocument doc = *r.document;
        doc.plans[0].value.sources[0].tests << QStringLiteral("DISSOLUTION");
        doc.plans[1].value.sources[0].count = rule("{\"rule\": \"nowhere\"}");
        doc.variants[0].value.plan = QStringLiteral("PLAN-MCC");
        doc.variants[1].value.rule = QStringLiteral("strict");
        doc.countRules[0].value.rule = rule("{\"rule\": \"containers-identity\"}");
        const std::vector<Issue> issues = crossCheck(doc, {});
        QVERIFY2(hasIssue(issues, QStringLiteral("plans[0].sources[0].tests[1]"),
                          QStringLiteral("product API-PARA has no test \"DISSOLUTION\"")),
                 qPrintable(issuesText(issues)));
        QVERIFY(hasIssue(issues, QStringLiteral("plans[1].sources[0].count"),
                         QStringLiteral("no count rule named \"nowhere\"")));
        QVERIFY(hasIssue(issues, QStringLiteral("variants[0].plan"),
                         QStringLiteral("plan PLAN-MCC is for product EXC-MCC, not API-PARA")));
        QVERIFY(hasIssue(issues, QStringLiteral("variants[1].rule"),
                         QStringLiteral("no variant rule \"strict\"")));
        QVERIFY(hasIssue(
            issues, QStringLiteral("count_rules[0].rule"),
            QStringLiteral("cycle: sqrt-plus-one -> containers-identity -> sqrt-plus-one")));

        // A second variant for the same organisation, and a second wildcard.
        doc = *r.document;
        Variant twin = doc.variants[0].value;
        twin.id = QStringLiteral("PARA-ACME-2");
        twin.organisation = QStringLiteral("acme pharma gmbh");
        Variant wild = doc.variants[1].value;
        wild.id = QStringLiteral("PARA-ANY-2");
        doc.variants.push_back({twin, QStringLiteral("variants[3]")});
        doc.variants.push_back({wild, QStringLiteral("variants[4]")});
        const std::vector<Issue> dup = crossCheck(doc, {});
        QVERIFY2(hasIssue(dup, QStringLiteral("variants[3].organisation"),
                          QStringLiteral("already covers")),
                 qPrintable(issuesText(dup)));
        QVERIFY(hasIssue(dup, QStringLiteral("variants[4].organisation"),
                         QStringLiteral("already has a wildcard")));
    }

    void hostileFilesAreBounded() {
        QVERIFY(!MasterDataParser::parse("").ok());
        QVERIFY(!MasterDataParser::parse("[1,2]").ok());
        QVERIFY(!MasterDataParser::parse(QByteArray(3 * 1024 * 1024, ' ')).ok());
        const QByteArray deep = QByteArray(500, '[') + QByteArray(500, ']');
        QVERIFY(!MasterDataParser::parse("{\"format\":" + deep + "}").ok());
        const MasterDataParseResult dup = MasterDataParser::parse(
            "{\"format\": \"batchstation-sampling/1\", \"format\": \"batchstation-sampling/1\"}");
        QVERIFY(!dup.ok());
        QVERIFY(hasIssue(dup.issues, QStringLiteral("format"), QStringLiteral("duplicate key")));
        QVERIFY(!MasterDataParser::parse("{\"format\": \"batchstation-sampling/1\"}").ok());
    }
};

QTEST_APPLESS_MAIN(TestSamplingRules)
#include "test_sampling_rules.moc"
