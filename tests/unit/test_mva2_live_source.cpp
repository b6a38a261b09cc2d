// Observation sources of the MVA monitor (docs/mva.md §23): the simulator as a timed stream,
// and live instrument readings (devices/transport/LiveReadings) mapped to model variables:
// the newest reading of each instrument at every sampling instant, stale or faulty inputs
// missing and reported once, maturity from the clock or from an input, the INI mapping
// checked. Scoring the live source gives exactly what scoring the simulator's rows gives.
#include "live/LiveInstrumentSource.h"
#include "mva/BatchEvolution.h"
#include "mva/FluidBedModels.h"
#include "mva/ObservationSource.h"
#include "mva/OnlineMonitor.h"

#include <QJsonObject>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

#include <cmath>
#include <memory>

using namespace batch;
using namespace batch::devices;
namespace sim = batch::mva::sim;

namespace {

struct Instruments {
    std::vector<std::shared_ptr<LiveReadings>> streams;
    std::vector<LiveInput> inputs;
    quint64 sequence = 0;
    explicit Instruments(const QStringList& variables) {
        for (const QString& v : variables) {
            streams.push_back(std::make_shared<LiveReadings>(64));
            inputs.push_back({v, QStringLiteral("TAG-") + v.left(8).toUpper(), streams.back()});
        }
    }
    void read(size_t channel, double value, qint64 atMs, bool error = false) {
        LiveSample s;
        s.sequence = ++sequence;
        s.utcMs = atMs;
        s.value = value;
        s.stable = true;
        s.error = error;
        streams[channel]->append(s);
    }
};

}  // namespace

class TestMva2LiveSource : public QObject {
    Q_OBJECT

    batch::mva::BatchEvolutionModel model_;

private Q_SLOTS:
    void initTestCase() { model_ = batch::mva::bemFromJson(sim::fitFluidBedModels(1, 12).bem); }

    void simulatorSourceStreamsTheBatchAndFinishes() {
        sim::FluidBedSimulator s(7);
        batch::mva::SimulatorSource source(s.runBatch("S-1"), 1);
        QCOMPARE(source.columns(), sim::signalColumns());
        QSignalSpy obs(&source, &batch::mva::ObservationSource::observation);
        QSignalSpy done(&source, &batch::mva::ObservationSource::finished);
        source.start();
        QVERIFY(source.running());
        QTRY_VERIFY_WITH_TIMEOUT(obs.count() >= 3, 10000);
        source.drain();
        QCOMPARE(obs.count(), 241);
        QCOMPARE(done.count(), 1);
        QVERIFY(!source.running());
        QCOMPARE(obs[0][1].value<QVector<double>>().size(), 8);
    }

    // A live batch from instruments: at each 15 s instant every instrument reports its
    // value (as the simulator computed it); the monitor scores exactly what it scores when
    // fed the simulator's rows.
    void liveReadingsGiveTheSameScoresAsTheRows() {
        sim::FluidBedSimulator s(4242);
        const sim::SimulatedBatch b =
            s.runBatch("LIVE", {sim::FaultKind::InletTemperatureDrift, 15.0, -0.5});
        const QStringList columns = sim::signalColumns();
        Instruments plant(columns);
        qint64 now = 1'800'000'000'000;
        LiveSourceSettings settings;
        settings.clockMs = [&now] { return now; };
        settings.label = QStringLiteral("FBG-01");
        LiveInstrumentSource source(plant.inputs, settings);
        QCOMPARE(source.columns(), columns);
        QVERIFY(source.describe().contains(QStringLiteral("inlet_air_temperature ← TAG-INLET_AI")));
        // Readings from before the start do not count.
        plant.read(0, 999.0, now - 1000);
        source.start();
        batch::mva::SampleScorer fromRows(model_, nullptr, columns);
        batch::mva::SampleScorer fromLive(model_, nullptr, columns);
        std::vector<double> maturities;
        connect(&source, &batch::mva::ObservationSource::observation, this,
                [&](double m, const QVector<double>& v) {
                    maturities.push_back(m);
                    const size_t i = maturities.size() - 1;
                    const auto a = fromLive.score(b.rows[i].minute, v.constData());
                    const auto r = fromRows.score(b.rows[i].minute, b.rows[i].values);
                    QVERIFY(a.point.spe == r.point.spe && a.point.t2 == r.point.t2);
                });
        for (const sim::Observation& o : b.rows) {
            now = 1'800'000'000'000 + qint64(std::llround(o.minute * 60000.0));
            for (qsizetype k = 0; k < columns.size(); ++k) plant.read(k, o.values[k], now - 200);
            QVERIFY(source.sampleNow());
        }
        QCOMPARE(maturities.size(), b.rows.size());
        QCOMPARE(maturities[4], b.rows[4].minute);  // minutes since the start
        QSignalSpy done(&source, &batch::mva::ObservationSource::finished);
        source.endBatch();
        QCOMPARE(done.count(), 1);
        QVERIFY(!source.running());
    }

    void staleAndFaultyInputsAreMissingAndReportedOnce() {
        Instruments plant({QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")});
        qint64 now = 1000000;
        LiveSourceSettings settings;
        settings.clockMs = [&now] { return now; };
        settings.maxAgeMs = 30000;
        LiveInstrumentSource source(plant.inputs, settings);
        QSignalSpy obs(&source, &batch::mva::ObservationSource::observation);
        QSignalSpy problems(&source, &batch::mva::ObservationSource::problem);
        source.start();
        now += 15000;
        plant.read(0, 1.0, now);
        plant.read(1, 2.0, now);
        plant.read(2, 3.0, now, true);  // overload
        QVERIFY(source.sampleNow());
        auto v = obs.last()[1].value<QVector<double>>();
        QCOMPARE(v[0], 1.0);
        QCOMPARE(v[1], 2.0);
        QVERIFY(std::isnan(v[2]));
        QCOMPARE(problems.count(), 1);
        QVERIFY(problems[0][0].toString().contains(QStringLiteral("error")));
        // b falls silent: its last reading is kept until it is older than 30 s.
        now += 15000;
        plant.read(0, 1.5, now);
        QVERIFY(source.sampleNow());
        v = obs.last()[1].value<QVector<double>>();
        QCOMPARE(v[0], 1.5);
        QCOMPARE(v[1], 2.0);
        QCOMPARE(problems.count(), 1);  // c still faulty: not reported again
        now += 16000;
        QVERIFY(source.sampleNow());
        v = obs.last()[1].value<QVector<double>>();
        QVERIFY(std::isnan(v[0]) || v[0] == 1.5);
        QVERIFY(std::isnan(v[1]));
        QCOMPARE(problems.count(), 2);
        QVERIFY(problems[1][0].toString().contains(QStringLiteral("TAG-B")));
        // Back: it counts again, and a later failure is reported again.
        plant.read(1, 2.5, now);
        QVERIFY(source.sampleNow() == false);  // same instant: maturity does not advance
        now += 1;
        QVERIFY(source.sampleNow());
        QCOMPARE(obs.last()[1].value<QVector<double>>()[1], 2.5);
    }

    void maturityFromAnInput() {
        Instruments plant({QStringLiteral("x"), QStringLiteral("sprayed_kg")});
        qint64 now = 0;
        LiveSourceSettings settings;
        settings.clockMs = [&now] { return now; };
        settings.maturityVariable = QStringLiteral("sprayed_kg");
        LiveInstrumentSource source(plant.inputs, settings);
        QCOMPARE(source.columns(), QStringList{QStringLiteral("x")});
        QSignalSpy obs(&source, &batch::mva::ObservationSource::observation);
        source.start();
        QVERIFY(!source.sampleNow());  // no maturity reading yet
        now = 1000;
        plant.read(0, 5.0, now);
        plant.read(1, 12.5, now);
        QVERIFY(source.sampleNow());
        QCOMPARE(obs.last()[0].toDouble(), 12.5);
        now = 2000;
        plant.read(1, 12.5, now);  // no progress: no observation
        QVERIFY(!source.sampleNow());
        QCOMPARE(obs.count(), 1);
    }

    void invalidSetUpsAreRefused() {
        Instruments plant({QStringLiteral("a")});
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, LiveInstrumentSource({}, {}));
        std::vector<LiveInput> twice{plant.inputs[0], plant.inputs[0]};
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, LiveInstrumentSource(twice, {}));
        std::vector<LiveInput> none{{QStringLiteral("a"), QStringLiteral("T"), nullptr}};
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, LiveInstrumentSource(none, {}));
        LiveSourceSettings s;
        s.maturityVariable = QStringLiteral("elsewhere");
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, LiveInstrumentSource(plant.inputs, s));
        s = {};
        s.sampleIntervalMs = 0;
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, LiveInstrumentSource(plant.inputs, s));
    }

    void mappingFromAnIniFile() {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("station.conf"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(
            "[mva_inputs]\n"
            "inlet_air_temperature = TT-101\n"
            "product_temperature = TT-102\n"
            "bad-name = TT-103\n"
            "spray_rate = \n"
            "air_flow = FT 101\n"
            "pressure_drop = PDT-101\n");
        f.close();
        QSettings ini(path, QSettings::IniFormat);
        QStringList errors;
        const auto mapping = readLiveInputMapping(ini, QStringLiteral("mva_inputs"), &errors);
        QCOMPARE(mapping.size(), 3);
        QCOMPARE(errors.size(), 3);
        QVERIFY(errors.join('\n').contains(QStringLiteral("bad-name")));
        QVERIFY(errors.join('\n').contains(QStringLiteral("spray_rate")));
        QVERIFY(errors.join('\n').contains(QStringLiteral("air_flow")));
        auto tt101 = std::make_shared<LiveReadings>(8);
        auto tt102 = std::make_shared<LiveReadings>(8);
        QStringList unresolved;
        const auto inputs = resolveLiveInputs(
            mapping,
            [&](const QString& id) -> std::shared_ptr<const LiveReadings> {
                if (id == QLatin1String("TT-101"))
                    return tt101;
                if (id == QLatin1String("TT-102"))
                    return tt102;
                return nullptr;
            },
            &unresolved);
        QCOMPARE(inputs.size(), size_t{2});
        QCOMPARE(unresolved.size(), 1);
        QVERIFY(unresolved[0].contains(QStringLiteral("PDT-101")));
        // A huge mapping is cut at its bound.
        QSettings big(dir.filePath(QStringLiteral("big.conf")), QSettings::IniFormat);
        big.beginGroup(QStringLiteral("mva_inputs"));
        for (int i = 0; i < 300; ++i)
            big.setValue(QStringLiteral("v%1").arg(i), QStringLiteral("T%1").arg(i));
        big.endGroup();
        errors.clear();
        QCOMPARE(readLiveInputMapping(big, QStringLiteral("mva_inputs"), &errors).size(), 256);
        QCOMPARE(errors.size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestMva2LiveSource)
#include "test_mva2_live_source.moc"
