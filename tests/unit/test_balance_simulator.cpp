// The balance simulator without a pty: the physical model and the protocol responders
// driven with explicit times, their bytes checked against the manuals' field widths and
// read back with the independent parsers.
#include "protocols/AndParser.h"
#include "protocols/MtSicsParser.h"
#include "protocols/SartoriusSbiParser.h"
#include "simulator/AndResponder.h"
#include "simulator/BalanceModel.h"
#include "simulator/MtSicsResponder.h"
#include "simulator/SbiResponder.h"

#include <QtTest>

using namespace batch::devices;
using namespace batch::devices::sim;

namespace {
BalanceSpec spec() {
    BalanceSpec s;
    s.settleMs = 100.0;
    return s;
}
constexpr qint64 kSettled = 2000;  // ms after a load change: well settled
}  // namespace

class TestBalanceSimulator : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void modelSettlesFromDynamicToStable() {
        BalanceModel m(spec());
        m.placeMass(100.0, 0);
        BalanceModel::Sample s = m.sample(10);
        QVERIFY(!s.stable);
        QVERIFY(s.gross < 100.0);
        s = m.sample(kSettled);
        QVERIFY(s.stable);
        QCOMPARE(s.gross, 100.0);
        QCOMPARE(s.sequence, 1u);  // every sample is numbered
    }

    void noiseAboveAThirdOfADigitIsNeverStable() {
        BalanceModel m(spec(), 7);
        m.setNoise(0.01);
        m.placeMass(10.0, 0);
        QVERIFY(!m.isStable(kSettled));
        m.setNoise(0.001);
        QVERIFY(m.isStable(kSettled));
        QCOMPARE(m.sample(kSettled).net, 10.0);  // the filter holds a stable display
    }

    void driftMovesTheReading() {
        BalanceModel m(spec());
        m.placeMass(10.0, 0);
        m.setDrift(0.01, 0);  // one digit per second
        QCOMPARE(m.sample(kSettled).net, 10.02);
    }

    void capacityZeroRangeAndTare() {
        BalanceModel m(spec());
        m.placeMass(230.0, 0);
        QVERIFY(m.sample(kSettled).overload);
        m.removeMass(kSettled);
        m.placeMass(4.0, kSettled);
        QCOMPARE(m.zero(2 * kSettled), BalanceModel::RangeResult::Done);  // 4 g < 4.4 g
        m.placeMass(50.0, 2 * kSettled);
        QCOMPARE(m.zero(3 * kSettled), BalanceModel::RangeResult::AboveRange);
        QCOMPARE(m.tare(3 * kSettled), BalanceModel::RangeResult::Done);
        QCOMPARE(m.tareValue(), 50.0);
        QCOMPARE(m.sample(3 * kSettled).net, 0.0);
        m.removeMass(3 * kSettled);
        const auto s = m.sample(4 * kSettled);
        QCOMPARE(s.net, -54.0);
        QVERIFY(!s.underload);  // -4 g from the power-on zero
        QVERIFY(m.presetTare(12.345));
        QCOMPARE(m.tareValue(), 12.35);
        QVERIFY(!m.presetTare(0.0));
        QVERIFY(!m.presetTare(221.0));
    }

    void mtsicsFieldWidths() {
        QCOMPARE(MtSicsResponder::weightLine("S", 'S', 100.0, 2, "g"),
                 QByteArray("S S     100.00 g\r\n"));
        QCOMPARE(MtSicsResponder::weightLine("S", 'D', -0.0012, 4, "kg"),
                 QByteArray("S D    -0.0012 kg\r\n"));
        QCOMPARE(MtSicsResponder::weightLine("S", 'S', -0.0, 2, "g"),
                 QByteArray("S S       0.00 g\r\n"));  // never "-0.00"
    }

    void mtsicsWaitsForStability() {
        BalanceModel m(spec());
        MtSicsResponder r(m);
        m.placeMass(100.0, 0);
        QVERIFY(r.receive("S\r\n", 10).isEmpty());  // dynamic: S waits
        QCOMPARE(r.receive("I4\r\n", 20), QByteArray("I4 A \"B021002593\"\r\n"));
        QVERIFY(r.tick(30).isEmpty());
        QCOMPARE(r.tick(kSettled), QByteArray("S S     100.00 g\r\n"));
        QVERIFY(r.tick(kSettled + 10).isEmpty());  // answered once

        m.setNoise(0.05);
        r.setStabilityTimeout(500);
        QVERIFY(r.receive("T\r\n", kSettled).isEmpty());
        QCOMPARE(r.tick(kSettled + 500), QByteArray("T I\r\n"));
    }

    void mtsicsRepliesParseBack() {
        BalanceModel m(spec());
        MtSicsResponder r(m);
        MtSicsParser p;
        m.placeMass(100.0, 0);
        const QByteArray bytes = r.receive(
            "SI\r\nZI\r\nTI\r\nTA\r\nTAC\r\nD \"HELLO WORLD\"\r\n"
            "DW\r\nI1\r\nI2\r\nI3\r\nXX\r\nS 3\r\n@\r\n",
            10);
        const Replies replies = p.feed(bytes);
        QCOMPARE(p.stats().garbageFrames, 0u);
        QCOMPARE(replies.size(), 13);
        QCOMPARE(replies[0].raw.left(4), QByteArray("S D "));
        QCOMPARE(replies[1].raw, QByteArray("ZI +"));  // 100 g is outside the zero range
        QCOMPARE(replies[2].raw.left(5), QByteArray("TI D "));
        QCOMPARE(replies[3].id, QByteArray("TA"));
        QCOMPARE(replies[4].raw, QByteArray("TAC A"));
        QCOMPARE(replies[5].raw, QByteArray("D A"));
        QCOMPARE(r.displayText(), QByteArray());  // cleared again by DW
        QCOMPARE(replies[6].raw, QByteArray("DW A"));
        QCOMPARE(replies[7].id, QByteArray("I1"));
        QCOMPARE(replies[8].texts, QStringList{QStringLiteral("SIM-XS205 220.00 g")});
        QCOMPARE(replies[9].texts, QStringList{QStringLiteral("1.00 sim")});
        QCOMPARE(replies[10].error, ErrorCode::SyntaxError);
        QCOMPARE(replies[11].raw, QByteArray("S L"));
        QCOMPARE(replies[12].texts, QStringList{QStringLiteral("B021002593")});
    }

    void mtsicsOverlongCommandIsASyntaxError() {
        BalanceModel m(spec());
        MtSicsResponder r(m);
        QCOMPARE(r.receive(QByteArray(500, 'S') + "\r\nI4\r\n", 0),
                 QByteArray("ES\r\nI4 A \"B021002593\"\r\n"));
    }

    void sirStreamsByElapsedTimeWithSequenceNumbers() {
        BalanceModel m(spec());
        MtSicsResponder r(m);
        r.setStreamRate(50.0);
        r.setSequenceInValue(true);
        MtSicsParser p;
        Replies lines = p.feed(r.receive("SIR\r\n", 1000));
        QCOMPARE(lines.size(), 1);
        lines += p.feed(r.tick(1019));
        QCOMPARE(lines.size(), 1);
        lines += p.feed(r.tick(1100));  // a late tick catches up: 0, 20, ..., 100 ms
        QCOMPARE(lines.size(), 6);
        lines += p.feed(r.receive("Z\r\n", 1100));  // interleaved command reply
        lines += p.feed(r.tick(2000));
        lines += p.feed(r.receive("@\r\n", 2000));
        QVERIFY(p.feed(r.tick(3000)).isEmpty());  // stopped
        quint64 expected = 0;
        for (const Reply& line : lines) {
            if (line.id != "S")
                continue;
            QCOMPARE(quint64(std::llround(line.value / 0.01)), expected++);
        }
        QCOMPARE(expected, 51u);
        QCOMPARE(r.streamedLines(), 51u);
        QCOMPARE(MtSicsResponder::weightLine("S", 'S', 0.25, 2, "g"),
                 QByteArray("S S       0.25 g\r\n"));
    }

    void sbiFramesParseBack() {
        BalanceModel m(spec());
        SbiResponder r(m);
        QCOMPARE(SbiResponder::printFrame(123.56, 2, "g"), QByteArray("+   123.56 g  \r\n"));
        QCOMPARE(SbiResponder::printFrame(-2.5, 2, ""), QByteArray("-     2.50    \r\n"));
        m.placeMass(100.0, 0);
        SartoriusSbiParser p;
        Replies replies = p.feed(r.receive("\x1bP\r\n", 10));
        QCOMPARE(replies.size(), 1);
        QVERIFY(!replies[0].stable);
        replies = p.feed(r.receive("\x1bP", kSettled));
        QCOMPARE(replies[0].raw, QByteArray("+   100.00 g  "));
        QVERIFY(replies[0].stable);
        QVERIFY(r.receive("\x1bU\r\n", kSettled).isEmpty());  // tare: no reply
        replies = p.feed(r.receive("\x1bP", kSettled));
        QCOMPARE(replies[0].value, 0.0);
        p.expectText(2);
        replies = p.feed(r.receive("\x1bx1_\x1bx2_\x1bQ\r\n", kSettled));
        QCOMPARE(replies.size(), 2);
        QCOMPARE(replies[0].texts, QStringList{QStringLiteral("SIM-XS205")});
        QCOMPARE(replies[1].texts, QStringList{QStringLiteral("B021002593")});
        m.placeMass(200.0, kSettled);
        replies = p.feed(r.receive("\x1bP", 2 * kSettled));
        QCOMPARE(replies[0].error, ErrorCode::Overload);
        QCOMPARE(p.stats().garbageFrames, 0u);
    }

    void sbiAutoPrintStreams() {
        BalanceModel m(spec());
        SbiResponder r(m);
        r.setAutoPrint(true);
        r.setStreamRate(10.0);
        r.setSequenceInValue(true);
        SartoriusSbiParser p;
        Replies lines = p.feed(r.receive("\x1bP\r\n", 0));
        lines += p.feed(r.tick(950));
        QVERIFY(r.receive("\x1bP\r\n", 950).isEmpty());  // second ESC P stops
        QVERIFY(r.tick(5000).isEmpty());
        QCOMPARE(lines.size(), 10);
        QCOMPARE(lines.back().valueText, QStringLiteral("+0.09"));
    }

    void andFramesParseBack() {
        BalanceModel m(spec());
        AndResponder r(m);
        QCOMPARE(AndResponder::dataLine("ST", 123.45, 2, "g"), QByteArray("ST,+00123.45  g\r\n"));
        QCOMPARE(AndResponder::dataLine("US", -1.5, 2, "kg"), QByteArray("US,-00001.50 kg\r\n"));
        AndParser p;
        m.placeMass(100.0, 0);
        Replies replies = p.feed(r.receive("Q\r\n", 10));
        QCOMPARE(replies[0].id, QByteArray("US"));
        QVERIFY(p.feed(r.receive("S\r\n", 10)).isEmpty());
        replies = p.feed(r.tick(kSettled));
        QCOMPARE(replies[0].raw, QByteArray("ST,+00100.00  g"));
        // T: <AK> on receipt and <AK> when done (a stable balance tares at once).
        QCOMPARE(r.receive("T\r\n", kSettled), QByteArray("\x06\r\n\x06\r\n"));
        replies = p.feed(r.receive("Q\r\nXYZ\r\n?SN\r\n?TN\r\n?PT\r\n", kSettled));
        QCOMPARE(replies.size(), 5);
        QCOMPARE(replies[0].value, 0.0);
        QCOMPARE(replies[1].errorCode, 1);
        QCOMPARE(replies[2].raw, QByteArray("SN,B021002593"));
        QCOMPARE(replies[2].texts, QStringList{QStringLiteral("B021002593")});
        QCOMPARE(replies[3].id, QByteArray("TN"));
        QCOMPARE(replies[4].raw, QByteArray("PT,+00100.00  g"));
        QCOMPARE(r.receive(QByteArray(40, 'Q') + "\r\n", kSettled), QByteArray("EC,E04\r\n"));
        m.placeMass(200.0, kSettled);
        replies = p.feed(r.receive("Q\r\n", 2 * kSettled));
        QCOMPARE(replies[0].raw, QByteArray("OL,+99999.99  g"));
        QCOMPARE(replies[0].error, ErrorCode::Overload);
        QCOMPARE(p.stats().garbageFrames, 0u);
    }

    void andZeroWaitsForStability() {
        BalanceModel m(spec());
        AndResponder r(m);
        r.setStabilityTimeout(500);
        m.placeMass(1.0, 0);
        QCOMPARE(r.receive("Z\r\n", 10), QByteArray("\x06\r\n"));  // received
        QVERIFY(r.tick(20).isEmpty());
        QCOMPARE(r.tick(kSettled), QByteArray("\x06\r\n"));  // done
        m.setNoise(0.05);
        QCOMPARE(r.receive("T\r\n", kSettled), QByteArray("\x06\r\n"));
        QCOMPARE(r.tick(kSettled + 500), QByteArray("EC,E11\r\n"));  // never stable
        // S waits for a stable value; C cancels it.
        QVERIFY(r.receive("S\r\n", kSettled).isEmpty());
        QVERIFY(r.receive("C\r\n", kSettled).isEmpty());
        m.setNoise(0.0);
        QVERIFY(r.tick(kSettled + 2000).isEmpty());
    }

    void sbiSpecialCodesAndIdFormat() {
        BalanceModel m(spec());
        SbiResponder r(m);
        m.placeMass(300.0, 0);
        // 16 characters: the code at positions 7-8.
        QCOMPARE(r.receive("\x1bP", kSettled), QByteArray("      H       \r\n"));
        QCOMPARE(r.receive("\x1bx2_", kSettled), QByteArray("  B021002593    \r\n"));
        r.setIdCodes(true);
        QCOMPARE(r.receive("\x1bP", kSettled), QByteArray("Stat        H       \r\n"));
        QCOMPARE(r.receive("\x1bx2_", kSettled), QByteArray("Ser.no  B021002593    \r\n"));
        m.removeMass(kSettled);
        QCOMPARE(r.receive("\x1bP", 3 * kSettled), QByteArray("N     +     0.00 g  \r\n"));
        SartoriusSbiParser p;
        p.expectText();
        const Replies replies = p.feed(
            "Stat        H       \r\nSer.no  21705432    \r\n"
            "N     +     0.00 g  \r\n");
        QCOMPARE(replies.size(), 3);
        QCOMPARE(replies[0].error, ErrorCode::Overload);
        QCOMPARE(replies[1].kind, ReplyKind::Info);
        QCOMPARE(replies[1].id, QByteArray("Ser.no"));
        QCOMPARE(replies[1].texts, QStringList{QStringLiteral("21705432")});
        QCOMPARE(replies[2].id, QByteArray("N"));
    }

    void mtsicsErrorReplies() {
        BalanceModel m(spec());
        MtSicsResponder r(m);
        // A control character in a command: what a parity error leaves.
        QCOMPARE(r.receive("S\x01\r\n", 0), QByteArray("ET\r\n"));
        QCOMPARE(r.receive("D \"\xe4\"\r\n", 0), QByteArray("D A\r\n"));  // 8-bit text is fine
        r.setSystemError(10, 'b');
        QCOMPARE(r.receive("SI\r\n", 0), QByteArray("S S    Error 10b\r\n"));
        QCOMPARE(r.receive("Z\r\n", 0), QByteArray("EL\r\n"));
        QCOMPARE(r.receive("I4\r\n", 0), QByteArray("I4 A \"B021002593\"\r\n"));
        MtSicsParser p;
        const Replies replies = p.feed(r.receive("S\r\n", 0));
        QCOMPARE(replies.size(), 1);
        QCOMPARE(replies[0].error, ErrorCode::DeviceError);
        QCOMPARE(replies[0].errorCode, 10);
        r.setSystemError(0);
        QCOMPARE(r.receive("SI\r\n", 0), QByteArray("S S       0.00 g\r\n"));
    }
};

QTEST_GUILESS_MAIN(TestBalanceSimulator)
#include "test_balance_simulator.moc"
