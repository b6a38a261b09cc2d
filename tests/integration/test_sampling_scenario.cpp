// The acceptance scenario: 30 consecutive lots of one variant (PARA-ACME, default rule,
// plan PLAN-PARA) on a real encrypted store, with the scripted outcome history of
// tests/data/sampling/scenario-30.outcomes.json and a test clock set to each lot's date.
// Each lot goes the whole way (create, receive, samples to the lab, every result, QA
// disposition with a signature; promotions approved by QA as soon as they are proposed),
// and the exact state, level and sample count of every lot is asserted against the table
// below, worked out by hand from the rule. The same outcomes file through
// `batchctl sampling simulate --fresh` must give the same sequence.
#include "SamplingFixture.h"

#include "sampling/Simulation.h"
#include "station/Station.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

using namespace batch;
using namespace batch::sampling;

namespace {

const QString kBatchctl = QStringLiteral(BATCH_BINARY_DIR "/app/batchctl/batchctl");
const QString kOutcomes = sampling_fixture::kScenarioOutcomes;
const QByteArray kPassphrase = "sampling scenario passphrase";
const QString kPassword = QStringLiteral("Scenario-Pass-2026");

struct Expected {
    const char* state;  // at creation
    const char* level;
    int samples;
    const char* after;  // after disposition and any approval
};

// PLAN-PARA at Full: ceil(sqrt(N)) + 1 container samples (ID) + 1 composite (APPEAR,
// ASSAY, WATER): N = 40 -> 9 samples, N = 100 -> 12, N = 5 -> 5. Skip: none.
constexpr Expected kExpected[30] = {
    {"UnQualified", "Full", 9, "UnQualified"},   //  1 2026-01-05 accepted
    {"UnQualified", "Full", 12, "UnQualified"},  //  2 2026-02-02 accepted (100)
    {"UnQualified", "Full", 5, "UnQualified"},   //  3 2026-03-02 REJECTED (5): the run restarts
    {"UnQualified", "Full", 9, "UnQualified"},   //  4 2026-03-30
    {"UnQualified", "Full", 9, "UnQualified"},   //  5 2026-04-27
    {"UnQualified", "Full", 9, "Qualified"},     //  6 2026-05-25: 3 accepted within 6 months
    {"Qualified", "Full", 9, "Qualified"},       //  7 2026-06-22
    {"Qualified", "Full", 9, "UnQualified"},     //  8 2026-07-20 REJECTED: demoted
    {"UnQualified", "Full", 9, "UnQualified"},   //  9 2026-08-17
    {"UnQualified", "Full", 9, "UnQualified"},   // 10 2026-09-14
    {"UnQualified", "Full", 9, "Qualified"},     // 11 2026-10-12: qualified again
    {"Qualified", "Full", 9, "Qualified"},       // 12 2026-12-14
    {"Qualified", "Full", 9, "Qualified"},       // 13 2027-03-01
    {"Qualified", "Full", 9, "Qualified"},       // 14 2027-06-01
    {"Qualified", "Full", 9, "Qualified"},       // 15 2027-09-01
    {"Qualified", "Full", 9, "Preferred"},       // 16 2027-10-15: 12 months without failure
    {"Preferred", "Skip", 0, "Preferred"},       // 17 batch 1 of 10
    {"Preferred", "Skip", 0, "Preferred"},       // 18
    {"Preferred", "Skip", 0, "Preferred"},       // 19
    {"Preferred", "Skip", 0, "Preferred"},       // 20
    {"Preferred", "Skip", 0, "Preferred"},       // 21
    {"Preferred", "Skip", 0, "Preferred"},       // 22
    {"Preferred", "Skip", 0, "Preferred"},       // 23
    {"Preferred", "Skip", 0, "Preferred"},       // 24
    {"Preferred", "Skip", 0, "Preferred"},       // 25 batch 9 of 10
    {"Preferred", "Full", 12, "Preferred"},      // 26 2027-12-24 (100): batch 10 of 10
    {"Preferred", "Full", 9, "Preferred"},       // 27 2028-01-07: first batch of 2028
    {"Preferred", "Full", 5, "Preferred"},       // 28 2028-08-01 (5): previous lot > 6 months ago
    {"Preferred", "Skip", 0, "Qualified"},       // 29 2028-08-08 REJECTED: demoted
    {"Qualified", "Full", 9, "Qualified"},       // 30 2028-08-15
};

}  // namespace

class TestSamplingScenario : public QObject {
    Q_OBJECT

private:
    QTemporaryDir dir_;
    QString dbPath_, keyPath_;
    std::int64_t now_ = 0;
    std::unique_ptr<Station> station_;
    OutcomeScript script_;

    security::User user(const char* id) { return *station_->users().find(QString::fromLatin1(id)); }
    void tick() { now_ += 60'000; }  // one minute per step of the day's work
    // Approves a pending promotion of PARA-ACME as QA, as soon as it is proposed.
    bool approveIfPending() {
        const auto row = station_->sampling().variants().row(QStringLiteral("PARA-ACME"));
        if (!row || row->pendingTo.isEmpty())
            return false;
        tick();
        const MasterDataSet set = station_->sampling().masterData().load();
        const Variant v = set.variants.value(QStringLiteral("PARA-ACME"));
        station_->sampling().variants().approve(v, *set.variantRule(v.rule), QStringLiteral("qa1"),
                                                kPassword, QStringLiteral("scenario"));
        return true;
    }
    static QString value(const LotTest& t, bool makeOos) {
        if (t.spec.type == TestSpec::Type::Conforms)
            return QStringLiteral("conforms");
        if (t.testCode == QLatin1String("ASSAY"))
            return makeOos ? QStringLiteral("97.8") : QStringLiteral("99.6");
        return QStringLiteral("0.21");
    }

private Q_SLOTS:
    void initTestCase() {
        QVERIFY(dir_.isValid());
        dbPath_ = dir_.filePath(QStringLiteral("station.db"));
        keyPath_ = dir_.filePath(QStringLiteral("station.key"));
        QFile key(keyPath_);
        QVERIFY(key.open(QIODevice::WriteOnly));
        key.write(kPassphrase + "\n");
        key.close();
        now_ = QDateTime(QDate(2025, 12, 1), QTime(9, 0), Qt::UTC).toMSecsSinceEpoch();
        station_ =
            Station::create(dbPath_, kPassphrase, QStringLiteral("ST01"), QStringLiteral("admin"),
                            QStringLiteral("Ada Admin"), kPassword, [this] { return now_; });
        sampling_fixture::addUsers(*station_,
                                   {{"qa1", "Quinn QA", security::Role::Qa},
                                    {"op1", "Olivia Operator", security::Role::Operator}},
                                   kPassword);
        sampling_fixture::importDemo(*station_);

        std::vector<Issue> issues;
        const auto script =
            parseOutcomeScript(sampling_fixture::readFile(kOutcomes), {30, 0, 0}, &issues);
        QVERIFY(script);
        QCOMPARE(script->lots.size(), size_t(30));
        script_ = *script;
    }

    void thirtyLotsThroughTheWholeLifeCycle() {
        const security::User op = user("op1");
        for (int i = 0; i < 30; ++i) {
            const ScriptedLot& s = script_.lots[static_cast<size_t>(i)];
            const Expected& e = kExpected[i];
            const QString what =
                QStringLiteral("lot %1 (%2)").arg(i + 1).arg(record::formatUtcMillis(s.ms));
            now_ = s.ms + 8 * 3'600'000LL;  // 08:00 UTC on the scripted day
            const Lot lot = station_->sampling().lots().create(
                op, {QStringLiteral("API-PARA"), QStringLiteral("ACME Pharma GmbH"), s.size,
                     QStringLiteral("SC-%1").arg(i + 1, 2, 10, QLatin1Char('0'))});
            QVERIFY2(lot.variantId == QLatin1String("PARA-ACME"), qPrintable(what));
            QVERIFY2(lot.stateAtCreation == QLatin1String(e.state),
                     qPrintable(what + QStringLiteral(": state ") + lot.stateAtCreation));
            QVERIFY2(levelName(lot.level) == QLatin1String(e.level),
                     qPrintable(what + QStringLiteral(": level ") + levelName(lot.level) +
                                QStringLiteral(" - ") + lot.summary));
            QVERIFY2(lot.decision.value(QStringLiteral("samples")).toArray().size() == e.samples,
                     qPrintable(what + QStringLiteral(": samples")));
            // Explained decisions at the interesting lots.
            if (i == 15)
                QVERIFY2(lot.summary.endsWith(
                             QStringLiteral("promotion to Preferred awaits QA approval")),
                         qPrintable(lot.summary));
            if (i == 16)
                QCOMPARE(lot.summary,
                         QStringLiteral("Preferred since 2027-10-15; Skip; batch 1 of 10, next "
                                        "Full at batch 10 of 10"));
            if (i == 24)
                QVERIFY2(lot.summary.contains(QStringLiteral("next Full at batch 10 of 10")),
                         qPrintable(lot.summary));
            if (i == 25)
                QCOMPARE(lot.summary,
                         QStringLiteral(
                             "Preferred since 2027-10-15; Full; periodic Full at batch 10 of 10"));
            if (i == 26)
                QVERIFY2(lot.summary.contains(QStringLiteral("first batch of 2028")),
                         qPrintable(lot.summary));
            if (i == 27)
                QVERIFY2(lot.summary.contains(
                             QStringLiteral("last batch 2028-01-07 is older than 6 months")),
                         qPrintable(lot.summary));

            approveIfPending();
            tick();
            Lot received = station_->sampling().lots().receive(op, lot.lotId);
            const bool rejected = s.outcome == Outcome::Rejected;
            if (!received.tests.empty()) {
                tick();
                station_->sampling().lots().receiveSamples(op, lot.lotId);
                for (const LotTest& t : received.tests) {
                    const bool oos = rejected && t.testCode == QLatin1String("ASSAY");
                    const ResultEntry r = station_->sampling().lots().recordResult(
                        op, lot.lotId, t.sampleId, t.testCode, value(t, oos));
                    QCOMPARE(r.test.outOfSpecification, oos);
                }
            }
            QCOMPARE(station_->sampling().lots().find(lot.lotId)->status,
                     LotStatus::PendingRelease);
            tick();
            const Lot done = station_->sampling().lots().disposition(
                lot.lotId, rejected ? Disposition::Reject : Disposition::Release,
                QStringLiteral("qa1"), kPassword,
                rejected ? QStringLiteral("scenario: rejected") : QString());
            QCOMPARE(done.status, rejected ? LotStatus::Rejected : LotStatus::Released);
            approveIfPending();
            const auto row = station_->sampling().variants().row(QStringLiteral("PARA-ACME"));
            QVERIFY2(row->state == QLatin1String(e.after),
                     qPrintable(what + QStringLiteral(": after ") + row->state));
            QVERIFY(row->pendingTo.isEmpty());
        }
    }

    void historyHasEveryStateChangeWithItsReason() {
        const auto history = station_->sampling().variants().historyOf(QStringLiteral("PARA-ACME"));
        QStringList changes;
        for (const VariantHistoryEntry& h : history)
            if (h.type == types::kVariantStateChanged) {
                QVERIFY2(!h.reason.isEmpty(), qPrintable(h.tsUtc));
                changes << QStringLiteral("%1>%2").arg(h.fromState, h.toState);
                if (h.toState == QLatin1String("Qualified") &&
                    h.fromState == QLatin1String("UnQualified"))
                    QCOMPARE(h.approvedBy, QStringLiteral("Quinn QA"));
            }
        QCOMPARE(
            changes,
            QStringList(
                {QStringLiteral("None>UnQualified"), QStringLiteral("UnQualified>Qualified"),
                 QStringLiteral("Qualified>UnQualified"), QStringLiteral("UnQualified>Qualified"),
                 QStringLiteral("Qualified>Preferred"), QStringLiteral("Preferred>Qualified")}));
        // The rejected Full lots left their out-of-specification results as exceptions.
        record::EventQuery q;
        q.type = types::kLotOutOfSpecification;
        const auto oos = station_->journal().events(q);
        QCOMPARE(oos.size(), size_t(2));
        for (const record::EventRecord& e : oos) {
            const QJsonObject p = e.payloadObject();
            QCOMPARE(p.value(QStringLiteral("exception_type")).toString(),
                     QStringLiteral("out_of_limits"));
            QVERIFY(p.value(QStringLiteral("lot_id")).toString() == QLatin1String("SC-03") ||
                    p.value(QStringLiteral("lot_id")).toString() == QLatin1String("SC-08"));
        }
    }

    void simulationInProcessGivesTheSameSequence() {
        const MasterDataSet set = station_->sampling().masterData().load();
        const Variant v = set.variants.value(QStringLiteral("PARA-ACME"));
        VariantHistory fresh;
        fresh.variantId = v.id;
        fresh.organisation = v.organisation;
        fresh.state = QStringLiteral("UnQualified");
        fresh.stateSinceMs = script_.lots.front().ms;
        const auto steps = simulate(*set.variantRule(v.rule), set.plans.value(v.plan),
                                    set.countRuleLookup(), fresh, {}, script_);
        const auto lots = station_->sampling().lots().list(v.id);  // newest first
        QCOMPARE(lots.size(), size_t(30));
        for (int i = 0; i < 30; ++i) {
            const Lot& real = lots[static_cast<size_t>(29 - i)];
            QCOMPARE(steps[i].state, real.stateAtCreation);
            QCOMPARE(steps[i].level, real.level);
            QCOMPARE(steps[i].samples,
                     int(real.decision.value(QStringLiteral("samples")).toArray().size()));
            QCOMPARE(steps[i].tests, int(real.tests.size()));
            QCOMPARE(steps[i].stateAfter, QString::fromLatin1(kExpected[i].after));
        }
    }

    void batchctlSimulateGivesTheSameSequence() {
        station_.reset();  // the CLI opens the store on its own
        QProcess p;
        p.start(kBatchctl,
                {QStringLiteral("sampling"), QStringLiteral("simulate"), QStringLiteral("--db"),
                 dbPath_, QStringLiteral("--key-file"), keyPath_, QStringLiteral("--variant"),
                 QStringLiteral("PARA-ACME"), QStringLiteral("--outcomes"), kOutcomes,
                 QStringLiteral("--batches"), QStringLiteral("30"), QStringLiteral("--fresh"),
                 QStringLiteral("--json")});
        QVERIFY(p.waitForFinished(120'000));
        QVERIFY2(p.exitCode() == 0, p.readAllStandardError().constData());
        const QJsonArray steps = QJsonDocument::fromJson(p.readAllStandardOutput()).array();
        QCOMPARE(steps.size(), 30);
        station_ = Station::open(dbPath_, kPassphrase, [this] { return now_; });
        const auto lots = station_->sampling().lots().list(QStringLiteral("PARA-ACME"));
        for (int i = 0; i < 30; ++i) {
            const QJsonObject s = steps[i].toObject();
            const Lot& real = lots[static_cast<size_t>(29 - i)];
            const QString what = QStringLiteral("batch %1").arg(i + 1);
            QCOMPARE(s.value(QStringLiteral("batch")).toInt(), i + 1);
            QVERIFY2(
                s.value(QStringLiteral("state")).toString() == QLatin1String(kExpected[i].state),
                qPrintable(what));
            QVERIFY2(
                s.value(QStringLiteral("level")).toString() == QLatin1String(kExpected[i].level),
                qPrintable(what));
            QVERIFY2(s.value(QStringLiteral("samples")).toInt() == kExpected[i].samples,
                     qPrintable(what));
            QVERIFY2(s.value(QStringLiteral("state_after")).toString() ==
                         QLatin1String(kExpected[i].after),
                     qPrintable(what));
            QCOMPARE(s.value(QStringLiteral("level")).toString(), levelName(real.level));
            QCOMPARE(s.value(QStringLiteral("tests")).toInt(), int(real.tests.size()));
            QCOMPARE(s.value(QStringLiteral("size")).toInteger(), real.size);
        }
    }
};

QTEST_GUILESS_MAIN(TestSamplingScenario)
#include "test_sampling_scenario.moc"
