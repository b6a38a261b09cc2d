// Batch monitoring in core/mva without a store: the fluid-bed simulator, batch evolution
// and batch-level models, alarm decisions and their contributors, the PLS soft sensor and
// the model files of each (round trip and tamper). Training data come from the
// simulator with fixed seeds, so every run sees the same batches.
#include "mva/AlarmDetector.h"
#include "mva/BatchData.h"
#include "mva/BatchEvolution.h"
#include "mva/BatchLevel.h"
#include "mva/FluidBedSimulator.h"
#include "mva/MvaError.h"
#include "mva/PlsModelJson.h"

#include <QJsonArray>
#include <QTest>

#include <atomic>
#include <cstdlib>
#include <new>

#include "CountingAllocator.h"

using namespace batch::mva;
namespace sim = batch::mva::sim;

namespace {

// The table the CSV reader would give for simulated batches.
CsvTable table(const std::vector<sim::SimulatedBatch>& batches) {
    CsvLimits lim;
    lim.textColumns = {"batch"};
    return parseCsv(sim::FluidBedSimulator::toCsv(batches), lim);
}

BatchSet batchSet(const std::vector<sim::SimulatedBatch>& batches) {
    return splitBatches(table(batches), "batch", "minute", {}, {"moisture"});
}

std::vector<sim::SimulatedBatch> simulate(std::uint64_t seed, int n, const sim::Fault& f = {},
                                          const std::string& prefix = "B") {
    sim::FluidBedSimulator s(seed);
    std::vector<sim::SimulatedBatch> out;
    for (int i = 0; i < n; ++i) out.push_back(s.runBatch(prefix + std::to_string(i + 1), f));
    return out;
}

struct FirstAlarm {
    std::optional<AlarmChange> change;
    int alarms = 0;
};

// Streams one batch through the scorer and the alarm logic.
FirstAlarm monitor(const BatchEvolutionModel& m, const BatchTrajectory& b) {
    BemScorer scorer(m);
    AlarmDetector detector(m);
    FirstAlarm out;
    const Eigen::Matrix<double, Eigen::Dynamic, Eigen::Dynamic, Eigen::RowMajor> x = b.x;
    for (Eigen::Index i = 0; i < x.rows(); ++i) {
        for (const AlarmChange& c : detector.feed(scorer.score(b.maturity(i), x.row(i).data()))) {
            if (c.kind != AlarmChange::Kind::Raised)
                continue;
            ++out.alarms;
            if (!out.change)
                out.change = c;
        }
    }
    return out;
}

bool amongTopTwo(const AlarmChange& c, const std::string& variable) {
    for (size_t i = 0; i < c.contributors.size() && i < 2; ++i)
        if (c.contributors[i].variable == variable)
            return true;
    return false;
}

}  // namespace

class TestMvaBatch : public QObject {
    Q_OBJECT

    BemFit bem_;

private slots:
    void initTestCase() {
        BemOptions o;
        o.components = 3;
        bem_ = fitBatchEvolution(batchSet(simulate(1, 20)), o);
    }

    void simulatorIsSeededAndDeterministic() {
        const std::string a = sim::FluidBedSimulator::toCsv(simulate(5, 2));
        const std::string b = sim::FluidBedSimulator::toCsv(simulate(5, 2));
        const std::string c = sim::FluidBedSimulator::toCsv(simulate(6, 2));
        QCOMPARE(a, b);
        QVERIFY(a != c);
        const auto batches = simulate(5, 3);
        for (const sim::SimulatedBatch& s : batches) {
            QCOMPARE(s.rows.size(), size_t{241});  // 60 min every 15 s
            QVERIFY2(!s.outOfSpecMinute, s.batchId.c_str());
            // Spraying stops at 40 min; the product heats up as the granules dry.
            QVERIFY(s.rows[100].values[int(sim::Signal::SprayRate)] > 100);
            QCOMPARE(s.rows[200].values[int(sim::Signal::SprayRate)], 0.0);
            QVERIFY(s.rows[240].values[int(sim::Signal::ProductTemperature)] >
                    s.rows[161].values[int(sim::Signal::ProductTemperature)] + 10);
            QVERIFY(s.rows[240].trueMoisture < 3.0);
        }
        // Batch-to-batch variation: not two identical batches.
        QVERIFY(batches[0].rows[100].values[0] != batches[1].rows[100].values[0]);
    }

    void faultsDriveTheQualityOutOfSpecification() {
        sim::Fault drift{sim::FaultKind::InletTemperatureDrift, 15.0, -0.4};
        sim::Fault clog{sim::FaultKind::NozzleClogging, 15.0, 0.03};
        for (const sim::Fault& f : {drift, clog}) {
            const auto b = simulate(77, 1, f).front();
            QVERIFY2(b.outOfSpecMinute.has_value(), sim::faultName(f.kind));
            QVERIFY(*b.outOfSpecMinute > f.startMinute + 5);
        }
        // A frozen sensor changes the reading, not the process.
        sim::Fault freeze{sim::FaultKind::SensorFreeze, 45.0, 0.0, sim::Signal::ProductTemperature};
        const auto f = simulate(79, 1, freeze).front();
        QVERIFY(!f.outOfSpecMinute);
        const int tp = int(sim::Signal::ProductTemperature);
        QCOMPARE(f.rows[200].values[tp], f.rows[230].values[tp]);
    }

    // The acceptance criterion on several live batches per fault: the first alarm comes
    // before the moisture leaves its specification and names the faulty variable among
    // its top two contributors.
    void faultDetectedBeforeOutOfSpecification_data() {
        QTest::addColumn<int>("kind");
        QTest::addColumn<double>("rate");
        QTest::addColumn<QString>("variable");
        QTest::addColumn<int>("seed");
        for (int seed : {101, 202, 303}) {
            QTest::addRow("inlet drift %d", seed)
                << int(sim::FaultKind::InletTemperatureDrift) << -0.5
                << QStringLiteral("inlet_air_temperature") << seed;
            QTest::addRow("nozzle clogging %d", seed) << int(sim::FaultKind::NozzleClogging) << 0.03
                                                      << QStringLiteral("spray_rate") << seed;
        }
    }
    void faultDetectedBeforeOutOfSpecification() {
        QFETCH(int, kind);
        QFETCH(double, rate);
        QFETCH(QString, variable);
        QFETCH(int, seed);
        const sim::Fault f{static_cast<sim::FaultKind>(kind), 15.0, rate};
        const auto live = simulate(static_cast<std::uint64_t>(seed), 1, f, "L");
        QVERIFY(live[0].outOfSpecMinute.has_value());
        const FirstAlarm a = monitor(bem_.model, batchSet(live).batches[0]);
        QVERIFY2(a.change.has_value(), "no alarm");
        QVERIFY2(a.change->maturity > f.startMinute, "alarm before the fault started");
        QVERIFY2(a.change->maturity < *live[0].outOfSpecMinute,
                 qPrintable(QStringLiteral("alarm at %1, out of spec at %2")
                                .arg(a.change->maturity)
                                .arg(*live[0].outOfSpecMinute)));
        QVERIFY2(amongTopTwo(*a.change, variable.toStdString()), qPrintable(a.change->message));
        QVERIFY(a.change->message.contains(
            QString(variable).replace(QLatin1Char('_'), QLatin1Char(' '))));
    }

    void frozenSensorIsNamed() {
        sim::Fault f{sim::FaultKind::SensorFreeze, 45.0, 0.0, sim::Signal::ProductTemperature};
        const FirstAlarm a = monitor(bem_.model, batchSet(simulate(79, 1, f, "F")).batches[0]);
        QVERIFY(a.change.has_value());
        QVERIFY(a.change->maturity > 45.0 && a.change->maturity < 52.0);
        QVERIFY2(amongTopTwo(*a.change, "product_temperature"), qPrintable(a.change->message));
        QVERIFY2(a.change->message.contains(QStringLiteral("product temperature low")),
                 qPrintable(a.change->message));
    }

    void normalBatchesRaiseNoAlarm() {
        const BatchSet normal = batchSet(simulate(500, 10, {}, "N"));
        for (const BatchTrajectory& b : normal.batches) {
            const FirstAlarm a = monitor(bem_.model, b);
            QVERIFY2(a.alarms == 0, qPrintable(QString::fromStdString(b.id) + QStringLiteral(": ") +
                                               (a.change ? a.change->message : QString())));
        }
    }

    void oneAlarmPerConditionAndClearing() {
        // A transient disturbance: spray rate halved for 2.5 minutes of a normal batch.
        BatchSet set = batchSet(simulate(600, 1, {}, "T"));
        BatchTrajectory& b = set.batches[0];
        const auto col = static_cast<Eigen::Index>(
            std::find(set.variables.begin(), set.variables.end(), "spray_rate") -
            set.variables.begin());
        for (Eigen::Index i = 80; i < 90; ++i) b.x(i, col) *= 0.5;
        BemScorer scorer(bem_.model);
        AlarmDetector detector(bem_.model);
        int raised = 0, cleared = 0;
        for (Eigen::Index i = 0; i < b.x.rows(); ++i) {
            const Eigen::VectorXd row = b.x.row(i).transpose();
            for (const AlarmChange& c : detector.feed(scorer.score(b.maturity(i), row.data()))) {
                if (c.condition.statistic != AlarmStatistic::Spe)
                    continue;
                (c.kind == AlarmChange::Kind::Raised ? raised : cleared)++;
                if (c.kind == AlarmChange::Kind::Raised) {
                    QVERIFY(c.maturity >= b.maturity(82));  // the third point in a row
                    QCOMPARE(c.contributors.front().variable, std::string("spray_rate"));
                    QVERIFY(!c.contributors.front().high);
                }
            }
        }
        QCOMPARE(raised, 1);  // ten points beyond the limit, one alarm
        QCOMPARE(cleared, 1);
        QVERIFY(!detector.active({AlarmStatistic::Spe, 0}));
    }

    void bemPointsContributionsAddUp() {
        const BatchSet set = batchSet(simulate(700, 1, {}, "X"));
        BemScorer scorer(bem_.model);
        const Eigen::VectorXd row = set.batches[0].x.row(120).transpose();
        const BemPoint& p = scorer.score(set.batches[0].maturity(120), row.data());
        QVERIFY(p.scored);
        QVERIFY(std::abs(p.t2Contrib.sum() - p.t2) <= 1e-9 * std::max(1.0, p.t2));
        QVERIFY(std::abs(p.speContrib.sum() - p.spe) <= 1e-9 * std::max(1.0, p.spe));
        const Eigen::VectorXd dt = p.scores - p.scoreMean;
        const double dist = (dt.array().square() / bem_.model.pca.eigenvalues.array()).sum();
        QVERIFY(std::abs(p.scoreContrib.sum() - dist) <= 1e-9 * std::max(1.0, dist));
        // Limits at a maturity between grid points are interpolated, and the band is +/- 3 SD.
        QVERIFY((p.scoreHigh - p.scoreMean - (p.scoreMean - p.scoreLow)).cwiseAbs().maxCoeff() <
                1e-12);
        QVERIFY(p.spe99 > p.spe95 && p.spe95 > 0);
        // Per observation, after the first call, no heap allocation (online budget).
        const long before = gAllocations.load();
        for (Eigen::Index i = 0; i < 50; ++i) {
            const Eigen::Map<const Eigen::VectorXd> r(row.data(), row.size());
            scorer.score(set.batches[0].maturity(i), r.data());
        }
        QCOMPARE(gAllocations.load() - before, 0L);
    }

    void bemModelFileRoundTripAndTamper() {
        const QJsonObject o = bemToJson(bem_.model);
        const BatchEvolutionModel back = bemFromJson(o);
        QVERIFY(back.scoreSd == bem_.model.scoreSd);
        QVERIFY(back.spe99 == bem_.model.spe99);
        QCOMPARE(back.variables(), bem_.model.variables());
        QCOMPARE(bemToJson(back)[QStringLiteral("content_hash")],
                 o[QStringLiteral("content_hash")]);
        QJsonObject bad = o;
        QJsonArray spe = bad[QStringLiteral("spe_99")].toArray();
        spe[3] = spe[3].toDouble() * 2;
        bad[QStringLiteral("spe_99")] = spe;
        QVERIFY_THROWS_EXCEPTION(MvaError, bemFromJson(bad));
        bad = o;
        bad[QStringLiteral("version")] = 2;
        QVERIFY_THROWS_EXCEPTION(MvaError, bemFromJson(bad));
    }

    void batchLevelScoresOngoingBatchWithFutureMissing() {
        BlmOptions o;
        o.components = 3;
        const BlmFit fit = fitBatchLevel(batchSet(simulate(1, 20)), o);
        const BatchLevelModel& m = fit.model;
        // A training batch, complete, is scored as at fit time.
        const BatchSet train = batchSet(simulate(1, 20));
        const BlmScore full = scoreBatchLevel(m, train.batches[4]);
        QCOMPARE(full.presentPoints, m.grid.size());
        QVERIFY(std::abs(full.t2 - fit.training.t2(4)) < 1e-8 * std::max(1.0, full.t2));
        // Ongoing: the first 25 minutes only.
        auto cut = [](BatchTrajectory b, double upTo) {
            Eigen::Index n = 0;
            while (n < b.maturity.size() && b.maturity(n) <= upTo) ++n;
            b.maturity.conservativeResize(n);
            b.x.conservativeResize(n, Eigen::NoChange);
            return b;
        };
        const BatchSet normal = batchSet(simulate(900, 3, {}, "N"));
        for (const BatchTrajectory& b : normal.batches) {
            const BlmScore s = scoreBatchLevel(m, cut(b, 25.0));
            QVERIFY(s.scored);
            QVERIFY(s.presentPoints < m.grid.size());
            QVERIFY2(s.t2 < s.t2_99, qPrintable(QString::number(s.t2)));
        }
        const sim::Fault drift{sim::FaultKind::InletTemperatureDrift, 15.0, -0.4};
        const BatchSet bad = batchSet(simulate(901, 1, drift, "D"));
        const BlmScore s = scoreBatchLevel(m, cut(bad.batches[0], 30.0));
        QVERIFY2(s.instantSpe > s.instantSpe99, qPrintable(QString::number(s.instantSpe)));
        const BatchLevelModel back = blmFromJson(blmToJson(m));
        QCOMPARE(back.columns, m.columns);
        QCOMPARE(scoreBatchLevel(back, cut(bad.batches[0], 30.0)).t2, s.t2);
    }

    void softSensorPredictsMoisture() {
        const CsvTable hist = table(simulate(1, 20));
        std::vector<Eigen::Index> xc;
        std::vector<std::string> xn;
        for (const char* n :
             {"inlet_air_temperature", "inlet_air_humidity", "air_flow", "spray_rate",
              "product_temperature", "outlet_temperature", "pressure_drop"}) {
            xc.push_back(hist.column(n));
            xn.push_back(n);
        }
        PlsOptions o;
        o.components = 4;
        const PlsModel m = fitPls(hist.values(Eigen::all, xc),
                                  hist.values.col(hist.column("moisture")), xn, {"moisture"}, o);
        QVERIFY2(m.r2(0) > 0.9, qPrintable(QString::number(m.r2(0))));
        SoftSensor sensor(plsModelFromJson(plsModelToJson(m)));
        const CsvTable live = table(simulate(1234, 1, {}, "N"));
        const Eigen::Matrix<double, Eigen::Dynamic, Eigen::Dynamic, Eigen::RowMajor> x =
            live.values(Eigen::all, xc);
        double ss = 0;
        int trusted = 0;
        for (Eigen::Index i = 0; i < x.rows(); ++i) {
            sensor.predict(x.row(i).data());
            const double e = sensor.prediction()(0) - live.values(i, live.column("moisture"));
            ss += e * e;
            trusted += sensor.withinModel();
        }
        const double rmsep = std::sqrt(ss / static_cast<double>(x.rows()));
        QVERIFY2(rmsep < 1.0, qPrintable(QString::number(rmsep)));
        QVERIFY(trusted > x.rows() * 9 / 10);
        QJsonObject bad = plsModelToJson(m);
        bad[QStringLiteral("intercept")] = QJsonArray{1.0};
        QVERIFY_THROWS_EXCEPTION(MvaError, plsModelFromJson(bad));
    }

    void batchTableErrorsNameBatchAndRow() {
        auto message = [](const std::string& csv) {
            try {
                CsvLimits lim;
                lim.textColumns = {"batch"};
                splitBatches(parseCsv(csv, lim), "batch", "minute", {});
            } catch (const MvaError& e) {
                return std::string(e.what());
            }
            return std::string("accepted");
        };
        QCOMPARE(message("batch,minute,a\nB1,0,1\nB1,1,2\nB2,0,1\nB2,1,2\nB1,2,3\n"),
                 std::string("batch 'B1': rows are not contiguous (again at data row 5)"));
        QCOMPARE(message("batch,minute,a\nB1,0,1\nB1,0,2\n"),
                 std::string("batch 'B1', data row 2: maturity 0.000000 is not greater than the "
                             "previous 0.000000"));
        QCOMPARE(message("batch,minute,a\nB1,0,1\nB1,,2\n"),
                 std::string("batch 'B1', data row 2: maturity ('minute') is missing"));
        QCOMPARE(message("batch,minute,a\nB1,0,1\n,1,2\n"),
                 std::string("line 3, column 1 ('batch'): empty"));
        QCOMPARE(message("batch,minute,a\nB1,0,1\nB1,1,x\n"),
                 std::string("line 3, column 3 ('a'): not a number: 'x'"));
        try {
            CsvLimits lim;
            lim.textColumns = {"lot"};
            parseCsv("batch,minute\nB1,0\n", lim);
            QFAIL("missing text column accepted");
        } catch (const MvaError& e) {
            QCOMPARE(std::string(e.what()), std::string("line 1: no column named 'lot'"));
        }
        BemOptions o;
        QVERIFY_THROWS_EXCEPTION(MvaError, fitBatchEvolution(batchSet(simulate(3, 2)), o));
    }
};

QTEST_GUILESS_MAIN(TestMvaBatch)
#include "test_mva_batch.moc"
