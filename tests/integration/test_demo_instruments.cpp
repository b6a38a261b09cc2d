// Demo mode's balances (devices/demo/DemoInstruments): three simulators on ptys on their
// own thread, registered in a real station's instrument master as simulated instruments
// with calibration and today's daily check, connected through the ordinary drivers with
// the serial numbers on file; a capture from each passes the weighing rules; the live
// readings of every connected instrument are listed for the trend chart and fill while
// the balances stream.
#include "demo/DemoInstruments.h"
#include "instruments/WeighingRules.h"
#include "station/Station.h"

#include <QTemporaryDir>
#include <QtTest>

using namespace batch;
using devices::ConnectionState;

class TestDemoInstruments : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void demoBalancesAreRealInstrumentsForTheStation() {
        QTemporaryDir dir;
        std::unique_ptr<Station> station =
            Station::create(dir.filePath(QStringLiteral("demo.db")), "demo key",
                            QStringLiteral("DEMO"), QStringLiteral("admin"),
                            QStringLiteral("Ada Admin"), QStringLiteral("Admin-Demo-2026!"));
        const security::User admin = *station->users().find(QStringLiteral("admin"));
        record::Journal& journal = station->journal();
        devices::DemoInstruments demo(dir.path(), [&journal] { return journal.nowMs(); });
        QString error;
        QVERIFY2(demo.startSimulators(&error), qPrintable(error));
        demo.registerInMaster(station->instruments(), admin);
        demo.registerInMaster(station->instruments(), admin);  // idempotent on a second start
        QCOMPARE(station->instruments().list().size(), size_t(3));
        const QStringList ids = demo.connectDrivers(station->instruments());
        QCOMPARE(ids, (QStringList{QStringLiteral("BAL-300-01"), QStringLiteral("BAL-6K-02"),
                                   QStringLiteral("BAL-ANA-01")}));

        // The trend chart finds every connected instrument, with its unit.
        devices::LiveReadingsDirectory& live = demo.instruments().liveReadings();
        QCOMPARE(live.entries().size(), 3);
        QCOMPARE(live.find(QStringLiteral("BAL-ANA-01"))->unit, QStringLiteral("mg"));

        for (const QString& id : ids) {
            devices::BalanceConnection* c = demo.instruments().balance(id);
            QVERIFY(c);
            QVERIFY2(
                QTest::qWaitFor([&] { return c->state() == ConnectionState::Connected; }, 8000),
                qPrintable(id + QLatin1Char(' ') + c->stateDetail()));
            const instruments::Instrument in = *station->instruments().find(id);
            QVERIFY(in.simulated);
            QCOMPARE(c->serialNumber(), in.serialNumber);  // checked against the master
        }

        // A capture on the analytical balance passes the weighing rules.
        devices::BalanceConnection* ana = demo.instruments().balance(QStringLiteral("BAL-ANA-01"));
        demo.load(QStringLiteral("BAL-ANA-01"), 600.0);
        std::optional<devices::BalanceAnswer> answer;
        connect(ana, &devices::BalanceConnection::replied, this,
                [&](quint64, const devices::BalanceAnswer& a) { answer = a; });
        ana->capture();
        QVERIFY(QTest::qWaitFor([&] { return answer.has_value(); }, 10000));
        QCOMPARE(answer->reply.valueText, QStringLiteral("+000600.0"));
        const instruments::Instrument in =
            *station->instruments().find(QStringLiteral("BAL-ANA-01"));
        instruments::WeighingRequest r;
        r.instrumentId = in.id;
        r.instrument = &in;
        r.requiredClass = QStringLiteral("BAL-ANA");
        r.net = QStringLiteral("600.0");
        r.tare = QStringLiteral("0.0");
        r.gross = QStringLiteral("600.0");
        r.unit = answer->reply.unit;
        r.stable = answer->reply.stable;
        r.serialNumber = answer->serialNumber;
        r.readAtUtcMs = answer->receivedUtcMs;
        r.nowUtcMs = journal.nowMs();
        r.today = station->instruments().today();
        const instruments::WeighingVerdict v = instruments::evaluateWeighing(r);
        QVERIFY2(v.accepted(), qPrintable(v.message()));

        // Streams fill the live readings the chart pulls.
        devices::BalanceConnection* floor =
            demo.instruments().balance(QStringLiteral("BAL-300-01"));
        floor->startStream();
        const auto stream = live.find(QStringLiteral("BAL-300-01"))->readings;
        QVERIFY(QTest::qWaitFor([&] { return stream->size() >= 5; }, 5000));
        floor->stopStream();
        const QList<devices::LiveSample> samples = stream->since(0);
        for (qsizetype i = 1; i < samples.size(); ++i) {
            QCOMPARE(samples[i].sequence, samples[i - 1].sequence + 1);
            QVERIFY(samples[i].utcMs >= samples[i - 1].utcMs);
        }
    }
};

QTEST_GUILESS_MAIN(TestDemoInstruments)
#include "test_demo_instruments.moc"
