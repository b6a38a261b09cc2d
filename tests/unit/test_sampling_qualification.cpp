// The variant state chart, table by table: every transition of the default chart with its
// time windows (3 accepted lots within 6 months, 12 months without a failure), demotion on
// a rejected lot, which promotions need a QA approval, the wildcard variant, the periodic
// Full override of a Preferred variant (every 10th lot, first lot of a year, after a gap)
// and the explanation of each decision; then the what-if simulation and its outcomes file.
#include "sampling/Qualification.h"
#include "sampling/Simulation.h"

#include <QDateTime>
#include <QtTest>

using namespace batch::sampling;

namespace {

std::int64_t at(const QString& date) {
    return QDateTime(QDate::fromString(date, Qt::ISODate), QTime(8, 0), Qt::UTC)
        .toMSecsSinceEpoch();
}

// A lot in a table: created on `created`, dispositioned ('A' accepted, 'R' rejected, '-'
// open) on the same day. Orders follow time; on one day a lot's creation comes before its
// disposition, and both before a state entered that day (an approval follows the lot).
struct L {
    const char* created;
    char outcome;
};

VariantHistory history(const char* state, const char* since, std::initializer_list<L> lots,
                       bool wildcard = false) {
    VariantHistory h;
    h.variantId = QStringLiteral("V");
    h.organisation = wildcard ? QString() : QStringLiteral("ACME");
    h.state = QString::fromLatin1(state);
    h.stateSinceMs = at(QString::fromLatin1(since));
    h.stateSinceOrder = h.stateSinceMs + 5;
    int n = 0;
    for (const L& l : lots) {
        LotFact f;
        f.lotId = QStringLiteral("L%1").arg(++n);
        f.createdMs = at(QString::fromLatin1(l.created));
        f.createdOrder = f.createdMs + 1;
        if (l.outcome != '-') {
            f.outcome = l.outcome == 'A' ? Outcome::Accepted : Outcome::Rejected;
            f.dispositionMs = f.createdMs;
            f.dispositionOrder = f.createdMs + 2;
        }
        h.lots.push_back(f);
    }
    return h;
}

StateChart reducedChart() {
    StateChart c = StateChart::defaultChart(Level::Reduced);
    c.name = QStringLiteral("preferred-reduced");
    c.states[2].fullTesting.everyNthBatch = 5;
    c.transitions[1].when.minAccepted = 3;
    return c;
}

}  // namespace

Q_DECLARE_METATYPE(VariantHistory)

class TestSamplingQualification : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void defaultChartIsValidAndDocumented() {
        const StateChart c = StateChart::defaultChart();
        QCOMPARE(c.initial, QStringLiteral("UnQualified"));
        QCOMPARE(c.states.size(), size_t(3));
        QCOMPARE(c.state(QStringLiteral("Preferred"))->level, Level::Skip);
        QCOMPARE(c.state(QStringLiteral("Preferred"))->fullTesting.everyNthBatch, 10);
        QCOMPARE(StateChart::defaultChart(Level::Reduced).state(QStringLiteral("Preferred"))->level,
                 Level::Reduced);
        for (const ChartTransition& t : c.transitions)
            QCOMPARE(t.approval, c.isPromotion(t));  // promotions need QA, demotions never wait
        QCOMPARE(c.transitions[0].when.describe(),
                 QStringLiteral("3 accepted lots within 6 months"));
        QCOMPARE(c.transitions[1].when.describe(), QStringLiteral("12 months without a failure"));
    }

    void transitions_data() {
        QTest::addColumn<VariantHistory>("history");
        QTest::addColumn<QString>("now");
        QTest::addColumn<QString>("to");      // empty: nothing due
        QTest::addColumn<bool>("approval");   // the due transition needs a QA signature
        QTest::addColumn<QString>("reason");  // part of the recorded reason

        // UnQualified -> Qualified: 3 accepted lots within 6 months.
        QTest::newRow("UnQualified, 2 accepted")
            << history("UnQualified", "2026-01-01", {{"2026-01-05", 'A'}, {"2026-02-02", 'A'}})
            << "2026-02-03"
            << "" << false << "";
        QTest::newRow("UnQualified, 3 accepted within 2 months")
            << history("UnQualified", "2026-01-01",
                       {{"2026-01-05", 'A'}, {"2026-02-02", 'A'}, {"2026-03-02", 'A'}})
            << "2026-03-02"
            << "Qualified" << true << "3 accepted lots within 6 months (L1, L2, L3)";
        QTest::newRow("UnQualified, 3 accepted in exactly 6 months")
            << history("UnQualified", "2026-01-01",
                       {{"2026-01-15", 'A'}, {"2026-03-01", 'A'}, {"2026-07-15", 'A'}})
            << "2026-07-15"
            << "Qualified" << true << "(L1, L2, L3)";
        QTest::newRow("UnQualified, 3 accepted in 6 months and a day")
            << history("UnQualified", "2026-01-01",
                       {{"2026-01-15", 'A'}, {"2026-03-01", 'A'}, {"2026-07-16", 'A'}})
            << "2026-07-16"
            << "" << false << "";
        QTest::newRow("UnQualified, the window slides to the last 3")
            << history("UnQualified", "2026-01-01",
                       {{"2026-01-05", 'A'},
                        {"2026-06-01", 'A'},
                        {"2026-08-01", 'A'},
                        {"2026-09-01", 'A'}})
            << "2026-09-01"
            << "Qualified" << true << "(L2, L3, L4)";
        QTest::newRow("UnQualified, a rejection breaks the run")
            << history("UnQualified", "2026-01-01",
                       {{"2026-01-05", 'A'},
                        {"2026-01-12", 'A'},
                        {"2026-01-19", 'R'},
                        {"2026-01-26", 'A'}})
            << "2026-01-26"
            << "" << false << "";
        QTest::newRow("UnQualified, 3 accepted after a rejection")
            << history("UnQualified", "2026-01-01",
                       {{"2026-01-05", 'A'},
                        {"2026-01-12", 'R'},
                        {"2026-01-19", 'A'},
                        {"2026-01-26", 'A'},
                        {"2026-02-02", 'A'}})
            << "2026-02-02"
            << "Qualified" << true << "(L3, L4, L5)";
        QTest::newRow("UnQualified, a rejection does not demote further")
            << history("UnQualified", "2026-01-01", {{"2026-01-05", 'R'}}) << "2026-01-05"
            << "" << false << "";
        QTest::newRow("UnQualified, open lots do not count")
            << history("UnQualified", "2026-01-01",
                       {{"2026-01-05", 'A'}, {"2026-01-12", 'A'}, {"2026-01-19", '-'}})
            << "2026-01-20"
            << "" << false << "";
        QTest::newRow("UnQualified, lots from before a demotion do not count")
            << history("UnQualified", "2026-04-01",
                       {{"2026-01-05", 'A'},
                        {"2026-02-02", 'A'},
                        {"2026-03-02", 'A'},
                        {"2026-04-10", 'A'}})
            << "2026-04-10"
            << "" << false << "";

        // Qualified -> Preferred: 12 months without a failure; a rejection demotes.
        QTest::newRow("Qualified, 11 months")
            << history("Qualified", "2026-03-01", {{"2026-04-01", 'A'}, {"2026-12-01", 'A'}})
            << "2027-01-31"
            << "" << false << "";
        QTest::newRow("Qualified, 12 months without a failure")
            << history("Qualified", "2026-03-01", {{"2026-04-01", 'A'}, {"2026-12-01", 'A'}})
            << "2027-03-01"
            << "Preferred" << true << "12 months without a failure since 2026-03-01";
        QTest::newRow("Qualified, 12 months with no lot at all")
            << history("Qualified", "2026-03-01", {}) << "2027-03-02"
            << "Preferred" << true << "";
        QTest::newRow("Qualified, a rejection demotes")
            << history("Qualified", "2026-03-01", {{"2026-04-01", 'A'}, {"2026-05-01", 'R'}})
            << "2026-05-01"
            << "UnQualified" << false << "1 rejected lot (L2)";
        QTest::newRow("Qualified, a rejection wins over a due promotion")
            << history("Qualified", "2026-03-01", {{"2026-04-01", 'A'}, {"2027-03-05", 'R'}})
            << "2027-03-05"
            << "UnQualified" << false << "rejected";

        // Preferred: a rejected lot demotes without approval; nothing above Preferred.
        QTest::newRow("Preferred, a rejection demotes to Qualified")
            << history("Preferred", "2026-03-01", {{"2026-03-08", 'A'}, {"2026-03-15", 'R'}})
            << "2026-03-15"
            << "Qualified" << false << "(L2)";
        QTest::newRow("Preferred, accepted lots keep it")
            << history("Preferred", "2026-03-01", {{"2026-03-08", 'A'}, {"2026-03-15", 'A'}})
            << "2028-03-15"
            << "" << false << "";

        // The wildcard variant stands for unknown suppliers: never promoted, still demoted.
        QTest::newRow("wildcard, 3 accepted")
            << history("UnQualified", "2026-01-01",
                       {{"2026-01-05", 'A'}, {"2026-01-12", 'A'}, {"2026-01-19", 'A'}}, true)
            << "2026-01-19"
            << "" << false << "";
        QTest::newRow("wildcard, 12 months without a failure")
            << history("Qualified", "2026-03-01", {{"2026-04-01", 'A'}}, true) << "2027-06-01"
            << "" << false << "";
        QTest::newRow("wildcard, a rejection demotes")
            << history("Qualified", "2026-03-01", {{"2026-04-01", 'R'}}, true) << "2026-04-01"
            << "UnQualified" << false << "";
    }
    void transitions() {
        QFETCH(VariantHistory, history);
        QFETCH(QString, now);
        QFETCH(QString, to);
        QFETCH(bool, approval);
        QFETCH(QString, reason);
        const auto due = dueTransition(StateChart::defaultChart(), history, at(now));
        if (to.isEmpty()) {
            QVERIFY2(!due, due ? qPrintable(due->transition.to + QStringLiteral(": ") + due->reason)
                               : "");
            return;
        }
        QVERIFY(due);
        QCOMPARE(due->transition.from, history.state);
        QCOMPARE(due->transition.to, to);
        QCOMPARE(due->transition.approval, approval);
        QVERIFY2(due->reason.contains(reason), qPrintable(due->reason));
    }

    void minimumAcceptedLotsOfACustomChart() {
        const StateChart c = reducedChart();
        const auto two =
            history("Qualified", "2026-01-01", {{"2026-02-01", 'A'}, {"2026-06-01", 'A'}});
        QVERIFY(!dueTransition(c, two, at(QStringLiteral("2027-02-01"))));
        QVERIFY(promotionProgress(c, two, at(QStringLiteral("2027-02-01")))
                    .contains(QStringLiteral("2 of 3 accepted lots so far")));
        const auto three = history("Qualified", "2026-01-01",
                                   {{"2026-02-01", 'A'}, {"2026-06-01", 'A'}, {"2026-09-01", 'A'}});
        const auto due = dueTransition(c, three, at(QStringLiteral("2027-02-01")));
        QVERIFY(due);
        QCOMPARE(due->transition.to, QStringLiteral("Preferred"));
    }

    void levels_data() {
        QTest::addColumn<bool>("reduced");  // the preferred-reduced chart instead of default
        QTest::addColumn<VariantHistory>("history");
        QTest::addColumn<QString>("now");
        QTest::addColumn<QString>("level");
        QTest::addColumn<int>("batch");
        QTest::addColumn<QString>("summary");

        QTest::newRow("UnQualified: Full")
            << false << history("UnQualified", "2026-01-01", {{"2026-01-05", 'A'}}) << "2026-01-12"
            << "Full" << 2
            << "UnQualified since 2026-01-01; Full; 1 of 3 accepted lots within 6 months towards "
               "Qualified";
        QTest::newRow("Qualified: Full")
            << false << history("Qualified", "2026-03-01", {{"2026-03-01", 'A'}}) << "2026-06-01"
            << "Full" << 1
            << "Qualified since 2026-03-01; Full; 12 months without a failure from 2027-03-01 "
               "towards Preferred";
        // Preferred, lots weekly since 2027-03-01; the lot created on the state day came before it.
        const auto preferred = [](int lotsInState) {
            VariantHistory h = history("Preferred", "2027-03-01", {{"2027-03-01", 'A'}});
            for (int i = 1; i <= lotsInState; ++i) {
                LotFact f;
                f.lotId = QStringLiteral("P%1").arg(i);
                f.createdMs = at(QStringLiteral("2027-03-01")) + i * 86'400'000LL * 7;
                f.createdOrder = f.createdMs + 1;
                f.outcome = Outcome::Accepted;
                f.dispositionMs = f.createdMs;
                f.dispositionOrder = f.createdMs + 2;
                h.lots.push_back(f);
            }
            return h;
        };
        QTest::newRow("Preferred batch 1: Skip")
            << false << preferred(0) << "2027-03-08"
            << "Skip" << 1
            << "Preferred since 2027-03-01; Skip; batch 1 of 10, next Full at batch 10 of 10";
        QTest::newRow("Preferred batch 9: Skip")
            << false << preferred(8) << "2027-05-03"
            << "Skip" << 9
            << "Preferred since 2027-03-01; Skip; batch 9 of 10, next Full at batch 10 of 10";
        QTest::newRow("Preferred batch 10: periodic Full")
            << false << preferred(9) << "2027-05-10"
            << "Full" << 10 << "Preferred since 2027-03-01; Full; periodic Full at batch 10 of 10";
        QTest::newRow("Preferred batch 11: Skip again")
            << false << preferred(10) << "2027-05-17"
            << "Skip" << 11
            << "Preferred since 2027-03-01; Skip; batch 1 of 10, next Full at batch 10 of 10";
        QTest::newRow("Preferred, first batch of a year: Full")
            << false
            << history("Preferred", "2027-03-01", {{"2027-03-01", 'A'}, {"2027-12-20", 'A'}})
            << "2028-01-03"
            << "Full" << 2
            << "Preferred since 2027-03-01; Full; first batch of 2028; batch 2 of 10, next Full at "
               "batch 10 of 10";
        QTest::newRow("Preferred, previous batch older than 6 months: Full")
            << false
            << history("Preferred", "2027-03-01", {{"2027-03-01", 'A'}, {"2027-03-10", 'A'}})
            << "2027-10-01"
            << "Full" << 2
            << "Preferred since 2027-03-01; Full; last batch 2027-03-10 is older than 6 months; "
               "batch 2 of 10, "
               "next Full at batch 10 of 10";
        QTest::newRow("Preferred, previous batch exactly 6 months ago: Skip")
            << false
            << history("Preferred", "2027-03-01", {{"2027-03-01", 'A'}, {"2027-03-10", 'A'}})
            << "2027-09-10"
            << "Skip" << 2
            << "Preferred since 2027-03-01; Skip; batch 2 of 10, next Full at batch 10 of 10";
        QTest::newRow("Reduced chart, batch 2: Reduced")
            << true << preferred(1) << "2027-03-15"
            << "Reduced" << 2
            << "Preferred since 2027-03-01; Reduced; batch 2 of 5, next Full at batch 5 of 5";
        QTest::newRow("Reduced chart, batch 5: Full")
            << true << preferred(4) << "2027-04-05"
            << "Full" << 5 << "Preferred since 2027-03-01; Full; periodic Full at batch 5 of 5";
        QTest::newRow("wildcard: Full, never promoted")
            << false
            << history("UnQualified", "2026-01-01",
                       {{"2026-01-05", 'A'}, {"2026-01-06", 'A'}, {"2026-01-07", 'A'}}, true)
            << "2026-01-08"
            << "Full" << 4
            << "UnQualified since 2026-01-01; Full; wildcard variant (unknown supplier): never "
               "promoted";
    }
    void levels() {
        QFETCH(bool, reduced);
        QFETCH(VariantHistory, history);
        QFETCH(QString, now);
        QFETCH(QString, level);
        QFETCH(int, batch);
        QFETCH(QString, summary);
        const StateChart chart = reduced ? reducedChart() : StateChart::defaultChart();
        const LevelDecision d = decideLevel(chart, history, at(now));
        QCOMPARE(levelName(d.level), level);
        QCOMPARE(d.batchInState, batch);
        QCOMPARE(d.summary, summary);
        QCOMPARE(d.periodicFull, d.level != d.stateLevel);
        QVERIFY(d.reasons.size() >= 2);
    }

    void pendingPromotionIsExplainedButDoesNotChangeTheLevel() {
        const auto h = history("UnQualified", "2026-01-01",
                               {{"2026-01-05", 'A'}, {"2026-01-12", 'A'}, {"2026-01-19", 'A'}});
        const LevelDecision d =
            decideLevel(StateChart::defaultChart(), h, at(QStringLiteral("2026-01-26")),
                        QStringLiteral("Qualified"));
        QCOMPARE(d.level, Level::Full);
        QCOMPARE(d.state, QStringLiteral("UnQualified"));
        QVERIFY2(d.summary.endsWith(QStringLiteral("promotion to Qualified awaits QA approval")),
                 qPrintable(d.summary));
    }

    void outcomeScripts() {
        std::vector<Issue> issues;
        const auto s = parseOutcomeScript(
            "{\"format\": \"batchstation-sampling-outcomes/1\", \"start\": \"2026-01-05\", "
            "\"every\": \"P14D\", "
            "                \"size\": 40, \"lots\": [\"accepted\", \"rejected\", {\"outcome\": "
            "\"accepted\", \"size\": 7}, "
            "                                     {\"outcome\": \"released\", \"date\": "
            "\"2026-06-01\"}]}",
            {6, 0, 0}, &issues);
        QVERIFY(s);
        QCOMPARE(s->lots.size(), size_t(6));
        QCOMPARE(s->lots[1].ms, at(QStringLiteral("2026-01-19")) - 8 * 3'600'000LL);
        QCOMPARE(s->lots[1].outcome, Outcome::Rejected);
        QCOMPARE(s->lots[2].size, qint64(7));
        QCOMPARE(s->lots[3].ms, at(QStringLiteral("2026-06-01")) - 8 * 3'600'000LL);
        QCOMPARE(s->lots[4].ms, at(QStringLiteral("2026-06-15")) - 8 * 3'600'000LL);
        QCOMPARE(s->lots[5].outcome, Outcome::Accepted);  // past the list: default outcome
        QVERIFY(s->approvePromotions);

        const auto bad = parseOutcomeScript(
            "{\"format\": \"batchstation-sampling-outcomes/1\", \"size\": 0, "
            "                \"lots\": [\"maybe\", {\"outcome\": \"accepted\", \"date\": "
            "\"2025-13-01\"}, {\"outcome\": \"accepted\", \"date\": \"2020-01-01\"}], "
            "\"approvals\": \"later\"}",
            {3, at(QStringLiteral("2026-01-05")), 0}, &issues);
        QVERIFY(!bad);
        QStringList paths;
        for (const Issue& i : issues) paths << i.path;
        for (const char* p : {"size", "lots[0]", "lots[1].date", "lots[2].date", "approvals"})
            QVERIFY2(paths.contains(QString::fromLatin1(p)),
                     qPrintable(paths.join(QLatin1Char(' '))));
        QVERIFY(!parseOutcomeScript("[]", {3, 0, 1}, &issues));
        QVERIFY(!parseOutcomeScript("{\"format\": \"batchstation-sampling-outcomes/1\"}", {0, 0, 1},
                                    &issues));
    }

    void simulationWalksTheChart() {
        SamplingPlan plan;
        plan.id = QStringLiteral("P");
        std::vector<Issue> issues;
        plan.sources = {
            {QStringLiteral("s"),
             {},
             *parseCountRule(QJsonValue(QJsonObject{{QStringLiteral("literal"), 2}}), &issues),
             {QStringLiteral("T")},
             {},
             std::nullopt}};
        OutcomeScript script;
        // Weekly lots: 3 accepted -> Qualified after lot 3; lot 5 rejected -> UnQualified.
        for (int i = 0; i < 6; ++i)
            script.lots.push_back({at(QStringLiteral("2026-01-05")) + i * 7 * 86'400'000LL, 10,
                                   i == 4 ? Outcome::Rejected : Outcome::Accepted});
        VariantHistory start;
        start.organisation = QStringLiteral("ACME");
        start.state = QStringLiteral("UnQualified");
        start.stateSinceMs = script.lots.front().ms;
        const auto steps = simulate(StateChart::defaultChart(), plan, {}, start, {}, script);
        QCOMPARE(steps.size(), size_t(6));
        const QStringList states{QStringLiteral("UnQualified"), QStringLiteral("UnQualified"),
                                 QStringLiteral("UnQualified"), QStringLiteral("Qualified"),
                                 QStringLiteral("Qualified"),   QStringLiteral("UnQualified")};
        for (int i = 0; i < 6; ++i) {
            QCOMPARE(steps[i].state, states[i]);
            QCOMPARE(steps[i].samples, 2);
        }
        QCOMPARE(steps[2].stateAfter, QStringLiteral("Qualified"));
        QVERIFY(steps[2].changes.join(QLatin1Char(' ')).contains(QStringLiteral("approved")));
        QCOMPARE(steps[4].stateAfter, QStringLiteral("UnQualified"));

        script.approvePromotions = false;
        const auto never = simulate(StateChart::defaultChart(), plan, {}, start, {}, script);
        QCOMPARE(never[3].state, QStringLiteral("UnQualified"));
        QVERIFY(never[3].summary.contains(QStringLiteral("awaits QA approval")));
    }
};

QTEST_APPLESS_MAIN(TestSamplingQualification)
#include "test_sampling_qualification.moc"
