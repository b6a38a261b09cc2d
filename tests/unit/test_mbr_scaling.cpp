// Scaling of weigh targets from the bill of materials to a batch's size, and the decimal
// rounding that turns them into the exact strings events carry.
#include "MbrTestDocument.h"

#include "model/MbrParser.h"
#include "model/Scaling.h"

#include <QtTest>

#include <cmath>
#include <limits>

using namespace batch::model;

namespace {

MasterBatchRecord parsed(const QByteArray& json) {
    MbrParseResult r = MbrParser::parse(json);
    if (!r.ok())
        qFatal("test document invalid: %s", qPrintable(r.errorText()));
    return *r.mbr;
}

const QString kWeigh = QStringLiteral("unitProcedures[0].operations[0].phases[2]");

}  // namespace

Q_DECLARE_METATYPE(Rounding)

class TestMbrScaling : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void rounding_data() {
        QTest::addColumn<double>("value");
        QTest::addColumn<int>("decimals");
        QTest::addColumn<Rounding>("mode");
        QTest::addColumn<QString>("expected");
        const auto H = Rounding::HalfAwayFromZero;
        QTest::newRow("half up") << 2.675 << 2 << H << "2.68";
        QTest::newRow("half away negative") << -2.675 << 2 << H << "-2.68";
        QTest::newRow("binary noise") << 0.1 * 3 << 1 << H << "0.3";
        QTest::newRow("1.005") << 1.005 << 2 << H << "1.01";
        QTest::newRow("below half") << 1.0049 << 2 << H << "1.00";
        QTest::newRow("integer") << 1234.5 << 0 << H << "1235";
        QTest::newRow("carry") << 999.9996 << 3 << H << "1000.000";
        QTest::newRow("pads") << 12.3 << 3 << H << "12.300";
        QTest::newRow("tiny to zero") << 0.0004 << 3 << H << "0.000";
        QTest::newRow("no negative zero") << -0.0004 << 3 << H << "0.000";
        QTest::newRow("very small") << 1e-9 << 6 << H << "0.000000";
        QTest::newRow("zero") << 0.0 << 2 << H << "0.00";
        QTest::newRow("large") << 123456789.125 << 2 << H << "123456789.13";
        QTest::newRow("up") << 1.2341 << 3 << Rounding::Up << "1.235";
        QTest::newRow("up exact") << 5.0 << 2 << Rounding::Up << "5.00";
        QTest::newRow("up negative") << -1.2341 << 3 << Rounding::Up << "-1.234";
        QTest::newRow("down") << 1.2349 << 3 << Rounding::Down << "1.234";
        QTest::newRow("down negative") << -1.2341 << 3 << Rounding::Down << "-1.235";
        QTest::newRow("up noise") << 0.1 * 3 << 1 << Rounding::Up << "0.3";
    }

    void rounding() {
        QFETCH(double, value);
        QFETCH(int, decimals);
        QFETCH(Rounding, mode);
        QFETCH(QString, expected);
        QCOMPARE(roundDecimal(value, decimals, mode), expected);
    }

    void roundingRefusesWhatItCannotRepresent() {
        QVERIFY_THROWS_EXCEPTION(ScalingError,
                                 roundDecimal(std::numeric_limits<double>::quiet_NaN(), 2));
        QVERIFY_THROWS_EXCEPTION(ScalingError, roundDecimal(1e12, 2));
        QVERIFY_THROWS_EXCEPTION(ScalingError, roundDecimal(1.0, 7));
    }

    void weighTargets_data() {
        QTest::addColumn<double>("batchSize");
        QTest::addColumn<QString>("target");
        QTest::addColumn<QString>("low");
        QTest::addColumn<QString>("high");
        // API-1: 50 kg per 100 kg batch, 2 decimals, +/- 0.5 %
        QTest::newRow("MBR size") << 100.0 << "50.00"
                                  << "49.75"
                                  << "50.25";
        QTest::newRow("scaled up") << 150.0 << "75.00"
                                   << "74.63"
                                   << "75.37";
        QTest::newRow("scaled down, noise") << 33.3 << "16.65"
                                            << "16.57"
                                            << "16.73";
        QTest::newRow("rounded target") << 12.345 << "6.17"
                                        << "6.14"
                                        << "6.20";
    }

    void weighTargets() {
        QFETCH(double, batchSize);
        QFETCH(QString, target);
        QFETCH(QString, low);
        QFETCH(QString, high);
        const MasterBatchRecord mbr = parsed(kMbrTestDocument);
        const ScaledWeigh w = scaleWeigh(mbr, *mbr.step(QStringLiteral("w_api")), batchSize);
        QCOMPARE(w.stepId, QStringLiteral("w_api"));
        QCOMPARE(w.material, QStringLiteral("API-1"));
        QCOMPARE(w.unit, QStringLiteral("kg"));
        QCOMPARE(w.target, target);
        QCOMPARE(w.low, low);
        QCOMPARE(w.high, high);
        QCOMPARE(w.targetValue, target.toDouble());
        QVERIFY(w.lowValue <= w.targetValue && w.targetValue <= w.highValue);
    }

    void absoluteToleranceAndOtherMaterial() {
        QByteArray doc =
            mbrtest::edited(kWeigh + QStringLiteral(".tolerance"), "{\"absolute\": 0.125}");
        doc = QJsonDocument::fromJson(doc).toJson();
        QJsonObject o = QJsonDocument::fromJson(doc).object();
        const QJsonValue v = mbrtest::setIn(o, mbrtest::tokens(kWeigh + ".material"), 0,
                                            QStringLiteral("EXC-1"), false);
        const MasterBatchRecord mbr = parsed(QJsonDocument(v.toObject()).toJson());
        // EXC-1: 49.5 kg per 100 kg; at 250 kg: 123.75 kg +/- 0.125 (rounded inwards).
        const ScaledWeigh w = scaleWeigh(mbr, *mbr.step(QStringLiteral("w_api")), 250);
        QCOMPARE(w.target, QStringLiteral("123.75"));
        QCOMPARE(w.low, QStringLiteral("123.63"));
        QCOMPARE(w.high, QStringLiteral("123.87"));
        QCOMPARE(scaleQuantity(mbr, *mbr.material(QStringLiteral("EXC-1")), 250), 123.75);
    }

    void refusals() {
        const MasterBatchRecord mbr = parsed(kMbrTestDocument);
        const Step& weigh = *mbr.step(QStringLiteral("w_api"));
        // minimum weight 1 kg: a 1 kg batch needs 0.50 kg of API.
        try {
            scaleWeigh(mbr, weigh, 1);
            QFAIL("below minimum weight accepted");
        } catch (const ScalingError& e) {
            QVERIFY2(e.message().contains(QStringLiteral("below the minimum weight")),
                     qPrintable(e.message()));
        }
        QVERIFY_THROWS_EXCEPTION(ScalingError, scaleWeigh(mbr, weigh, 0));
        QVERIFY_THROWS_EXCEPTION(ScalingError, scaleWeigh(mbr, weigh, -5));
        QVERIFY_THROWS_EXCEPTION(ScalingError,
                                 scaleWeigh(mbr, weigh, std::numeric_limits<double>::infinity()));
        QVERIFY_THROWS_EXCEPTION(ScalingError,
                                 scaleWeigh(mbr, *mbr.step(QStringLiteral("lod")), 100));
    }

    void allStepsAndYield() {
        const MasterBatchRecord mbr = parsed(kMbrTestDocument);
        const auto all = scaleWeighSteps(mbr, 200);
        QCOMPARE(all.size(), size_t(1));
        QCOMPARE(all[0].target, QStringLiteral("100.00"));
        QCOMPARE(scaledTheoreticalYield(mbr, 50), 100000.0);
    }
};

QTEST_GUILESS_MAIN(TestMbrScaling)
#include "test_mbr_scaling.moc"
