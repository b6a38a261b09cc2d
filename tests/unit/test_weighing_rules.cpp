// The weighing rules (core/instruments/WeighingRules.h) as a pure function: every
// refusal of issue 4 on its own, all of them together, and the exact decimal arithmetic
// of net = gross - tare (core/instruments/Decimal.h).
#include "instruments/Decimal.h"
#include "instruments/WeighingRules.h"

#include <QtTest>

using namespace batch::instruments;

namespace {

const QDate kToday(2026, 11, 23);
constexpr std::int64_t kNow = 1'795'000'000'000;

Instrument balance() {
    Instrument in;
    in.id = QStringLiteral("BAL-300-01");
    in.type = QStringLiteral("balance");
    in.serialNumber = QStringLiteral("B021002593");
    in.instrumentClass = QStringLiteral("BAL-300KG");
    in.unit = QStringLiteral("kg");
    in.capacity = QStringLiteral("300");
    in.readability = QStringLiteral("0.01");
    in.minimumWeight = QStringLiteral("2");
    in.calibrationDue = kToday.addMonths(6);
    in.dailyCheck = DailyCheck{kToday, true, QStringLiteral("op1"), {}, {}};
    return in;
}

WeighingRequest request(const Instrument* in) {
    WeighingRequest r;
    r.instrumentId = QStringLiteral("BAL-300-01");
    r.instrument = in;
    r.requiredClass = QStringLiteral("BAL-300KG");
    r.net = QStringLiteral("250.12");
    r.gross = QStringLiteral("251.62");
    r.tare = QStringLiteral("1.50");
    r.unit = QStringLiteral("kg");
    r.stable = true;
    r.serialNumber = QStringLiteral("B021002593");
    r.readAtUtcMs = kNow - 200;
    r.nowUtcMs = kNow;
    r.today = kToday;
    return r;
}

}  // namespace

class TestWeighingRules : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void aGoodWeighingIsAccepted() {
        const Instrument in = balance();
        const WeighingVerdict v = evaluateWeighing(request(&in));
        QVERIFY2(v.accepted(), qPrintable(v.message()));
        // Calibration valid through the due date itself.
        Instrument dueToday = balance();
        dueToday.calibrationDue = kToday;
        QVERIFY(evaluateWeighing(request(&dueToday)).accepted());
    }

    void eachRuleRefusesOnItsOwn_data() {
        QTest::addColumn<int>("problem");
        for (const WeighingProblem p :
             {WeighingProblem::UnknownInstrument, WeighingProblem::NotInService,
              WeighingProblem::CalibrationMissing, WeighingProblem::CalibrationOverdue,
              WeighingProblem::DailyCheckMissing, WeighingProblem::DailyCheckFailed,
              WeighingProblem::WrongInstrumentClass, WeighingProblem::SerialMissing,
              WeighingProblem::SerialMismatch, WeighingProblem::NotStable,
              WeighingProblem::ReadingTimeMissing, WeighingProblem::ReadingTooOld,
              WeighingProblem::ReadingFromTheFuture, WeighingProblem::UnitMismatch,
              WeighingProblem::MalformedValue, WeighingProblem::TareMissing,
              WeighingProblem::NetNotGrossMinusTare, WeighingProblem::BelowMinimumWeight,
              WeighingProblem::AboveCapacity})
            QTest::newRow(qPrintable(weighingProblemName(p))) << int(p);
    }

    void eachRuleRefusesOnItsOwn() {
        QFETCH(int, problem);
        const auto p = static_cast<WeighingProblem>(problem);
        Instrument in = balance();
        WeighingRequest r = request(&in);
        switch (p) {
            case WeighingProblem::UnknownInstrument:
                r.instrument = nullptr;
                break;
            case WeighingProblem::NotInService:
                in.state = InstrumentState::OutOfService;
                break;
            case WeighingProblem::CalibrationMissing:
                in.calibrationDue = QDate();
                break;
            case WeighingProblem::CalibrationOverdue:
                in.calibrationDue = kToday.addDays(-1);
                break;
            case WeighingProblem::DailyCheckMissing:
                in.dailyCheck->date = kToday.addDays(-1);
                break;
            case WeighingProblem::DailyCheckFailed:
                in.dailyCheck->passed = false;
                break;
            case WeighingProblem::WrongInstrumentClass:
                r.requiredClass = QStringLiteral("BAL-6KG");
                break;
            case WeighingProblem::SerialMissing:
                r.serialNumber.clear();
                break;
            case WeighingProblem::SerialMismatch:
                r.serialNumber = QStringLiteral("X99");
                break;
            case WeighingProblem::NotStable:
                r.stable = false;
                break;
            case WeighingProblem::ReadingTimeMissing:
                r.readAtUtcMs.reset();
                break;
            case WeighingProblem::ReadingTooOld:
                r.readAtUtcMs = kNow - 1001;
                break;
            case WeighingProblem::ReadingFromTheFuture:
                r.readAtUtcMs = kNow + 5000;
                break;
            case WeighingProblem::UnitMismatch:
                r.unit = QStringLiteral("g");
                break;
            case WeighingProblem::MalformedValue:
                r.net = QStringLiteral("25O.12");
                break;
            case WeighingProblem::TareMissing:
                r.tare.clear();
                break;
            case WeighingProblem::NetNotGrossMinusTare:
                r.gross = QStringLiteral("251.63");
                break;
            case WeighingProblem::BelowMinimumWeight:
                r.net = QStringLiteral("1.99");
                r.gross = QStringLiteral("3.49");
                break;
            case WeighingProblem::AboveCapacity:
                r.net = QStringLiteral("299.00");
                r.gross = QStringLiteral("300.50");
                break;
        }
        const WeighingVerdict v = evaluateWeighing(r);
        QVERIFY(!v.accepted());
        QVERIFY2(v.has(p), qPrintable(v.message()));
        if (p != WeighingProblem::UnknownInstrument)
            QCOMPARE(v.findings.size(), 1);  // nothing else was wrong
        QVERIFY(!v.message().isEmpty());
    }

    void oneSecondIsTheLimit() {
        const Instrument in = balance();
        WeighingRequest r = request(&in);
        r.readAtUtcMs = kNow - kMaxReadingAgeMs;
        QVERIFY(evaluateWeighing(r).accepted());
        r.readAtUtcMs = kNow - kMaxReadingAgeMs - 1;
        QVERIFY(evaluateWeighing(r).has(WeighingProblem::ReadingTooOld));
    }

    void minimumWeightAndCapacityAreInclusive() {
        const Instrument in = balance();
        WeighingRequest r = request(&in);
        r.net = QStringLiteral("2.00");
        r.gross = QStringLiteral("3.50");
        QVERIFY(evaluateWeighing(r).accepted());
        r.net = QStringLiteral("298.50");
        r.gross = QStringLiteral("300.00");
        QVERIFY(evaluateWeighing(r).accepted());
        r.net = QStringLiteral("298.51");
        r.gross = QStringLiteral("300.01");
        QVERIFY(evaluateWeighing(r).has(WeighingProblem::AboveCapacity));
    }

    void everyProblemIsReported() {
        Instrument in = balance();
        in.calibrationDue = kToday.addDays(-30);
        in.dailyCheck.reset();
        WeighingRequest r = request(&in);
        r.stable = false;
        r.readAtUtcMs = kNow - 5000;
        r.requiredClass = QStringLiteral("BAL-ANA");
        const WeighingVerdict v = evaluateWeighing(r);
        QCOMPARE(v.findings.size(), 5);
        for (const WeighingProblem p :
             {WeighingProblem::CalibrationOverdue, WeighingProblem::DailyCheckMissing,
              WeighingProblem::NotStable, WeighingProblem::ReadingTooOld,
              WeighingProblem::WrongInstrumentClass})
            QVERIFY(v.has(p));
    }

    void instrumentsThatDoNotWeighSkipTheMassRules() {
        Instrument ph = balance();
        ph.type = QStringLiteral("ph_meter");
        ph.unit = QStringLiteral("pH");
        ph.instrumentClass = QStringLiteral("PH-METER");
        WeighingRequest r;
        r.instrumentId = ph.id;
        r.instrument = &ph;
        r.requiredClass = QStringLiteral("PH-METER");
        r.net = QStringLiteral("3.62");
        r.unit = QStringLiteral("pH");
        r.stable = true;
        r.nowUtcMs = kNow;
        r.today = kToday;
        const WeighingVerdict v = evaluateWeighing(r);  // no serial, time, gross, tare
        QVERIFY2(v.accepted(), qPrintable(v.message()));
        ph.dailyCheck.reset();
        QVERIFY(evaluateWeighing(r).has(WeighingProblem::DailyCheckMissing));
    }

    void decimalsAddUpExactly() {
        const auto a = Decimal::parse(QStringLiteral("+00251.62"));
        const auto b = Decimal::parse(QStringLiteral("1.5"));
        QVERIFY(a && b);
        QCOMPARE((*a - *b).text(), QStringLiteral("250.12"));
        QCOMPARE((*b - *a).text(), QStringLiteral("-250.12"));
        QVERIFY(*a - *b == *Decimal::parse(QStringLiteral("250.120")));
        QCOMPARE(Decimal::parse(QStringLiteral("0.1"))->withDecimals(3).text(),
                 QStringLiteral("0.100"));
        QCOMPARE(Decimal::parse(QStringLiteral("1.8015"))->rounded(3).text(),
                 QStringLiteral("1.802"));
        QCOMPARE(Decimal::parse(QStringLiteral("-1.8015"))->rounded(3).text(),
                 QStringLiteral("-1.802"));
        QCOMPARE(Decimal::parse(QStringLiteral("0.004"))->rounded(2).text(),
                 QStringLiteral("0.00"));
        for (const char* bad : {"", "+", "1.2.3", "1e3", "12,5", " - 1", "1234567890123456"})
            QVERIFY2(!Decimal::parse(QString::fromLatin1(bad)), bad);
    }
};

QTEST_GUILESS_MAIN(TestWeighingRules)
#include "test_weighing_rules.moc"
