// A&D standard format on byte arrays: ST/US/QT/OL headers with the manuals' examples,
// comparison headers, <AK> and EC error replies, split frames, garbage, over-long input.
#include "protocols/AndParser.h"

#include <QtTest>

using namespace batch::devices;

class TestAndParser : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void stableWeight() {
        AndParser p;
        const QByteArray frame = "ST,+00123.45  g\r\n";
        QCOMPARE(frame.size(), 17);  // 15 characters of data + CR LF
        const Replies r = p.feed(frame);
        QCOMPARE(r.size(), 1);
        QCOMPARE(r[0].kind, ReplyKind::Weight);
        QCOMPARE(r[0].id, QByteArray("ST"));
        QCOMPARE(r[0].valueText, QStringLiteral("+00123.45"));
        QCOMPARE(r[0].value, 123.45);
        QCOMPARE(r[0].unit, QStringLiteral("g"));
        QVERIFY(r[0].stable);
        QCOMPARE(r[0].raw, QByteArray("ST,+00123.45  g"));
    }

    void headersAndUnits() {
        AndParser p;
        const Replies r = p.feed(
            "US,-00001.23  g\r\nQT,+00012345 PC\r\nST,+0001.234 kg\r\n"
            "ST,+00123.4  %\r\nST,+0012.345ozt\r\n");
        QCOMPARE(r.size(), 5);
        QVERIFY(!r[0].stable);
        QCOMPARE(r[0].value, -1.23);
        QCOMPARE(r[1].id, QByteArray("QT"));
        QVERIFY(r[1].stable);
        QCOMPARE(r[1].unit, QStringLiteral("PC"));
        QCOMPARE(r[1].value, 12345.0);
        QCOMPARE(r[2].unit, QStringLiteral("kg"));
        QCOMPARE(r[3].unit, QStringLiteral("%"));
        QCOMPARE(r[4].unit, QStringLiteral("ozt"));  // 3-character unit: no separator
        QCOMPARE(r[4].valueText, QStringLiteral("+0012.345"));
    }

    void outOfRange() {
        AndParser p;
        const Replies r = p.feed("OL,+999999.9  g\r\nOL,-99999999 PC\r\n");
        QCOMPARE(r.size(), 2);
        QCOMPARE(r[0].kind, ReplyKind::Error);
        QCOMPARE(r[0].error, ErrorCode::Overload);
        QCOMPARE(r[1].error, ErrorCode::Underload);
    }

    void outOfRangeWithExponentPlaceholder() {
        // Some models fill the data with "+9999999E+19": only the sign and unit count.
        AndParser p;
        const Replies r = p.feed("OL,+9999999E+19  g\r\nOL,-9999999E+19  g\r\n");
        QCOMPARE(r.size(), 2);
        QCOMPARE(r[0].error, ErrorCode::Overload);
        QCOMPARE(r[0].unit, QStringLiteral("g"));
        QCOMPARE(r[1].error, ErrorCode::Underload);
        QCOMPARE(p.stats().garbageFrames, 0u);
    }

    void identificationAndTare() {
        AndParser p;
        const Replies r = p.feed(
            "SN,T1234567\r\nTN,  FX-120i\r\nID,000100\r\n"
            "PT,+00012.34  g\r\nST,N,+00001.00  g\r\n");
        QCOMPARE(r.size(), 5);
        QCOMPARE(r[0].kind, ReplyKind::Info);
        QCOMPARE(r[0].id, QByteArray("SN"));
        QCOMPARE(r[0].texts, QStringList{QStringLiteral("T1234567")});
        QCOMPARE(r[1].texts, QStringList{QStringLiteral("FX-120i")});
        QCOMPARE(r[2].texts, QStringList{QStringLiteral("000100")});
        QCOMPARE(r[3].kind, ReplyKind::Weight);
        QCOMPARE(r[3].id, QByteArray("PT"));
        QCOMPARE(r[3].valueText, QStringLiteral("+00012.34"));
        QCOMPARE(r[4].id, QByteArray("ST"));  // second header N: net
        QCOMPARE(r[4].value, 1.0);
    }

    void errorCodesOfTheManuals() {
        AndParser p;
        const Replies r = p.feed(
            "EC,E00\r\nEC,E02\r\nEC,E04\r\nEC,E05\r\nEC,E06\r\n"
            "EC,E07\r\nEC,E16\r\nEC,E20\r\n");
        QCOMPARE(r.size(), 8);
        QCOMPARE(r[0].errorText, QStringLiteral("communication error"));
        QCOMPARE(r[1].errorText, QStringLiteral("not ready"));
        QCOMPARE(r[2].errorText, QStringLiteral("excess characters"));
        QCOMPARE(r[3].errorText, QStringLiteral("no specified ID"));
        QCOMPARE(r[4].errorText, QStringLiteral("format error"));
        QCOMPARE(r[5].errorText, QStringLiteral("parameter setting error"));
        QCOMPARE(r[6].errorText, QStringLiteral("internal mass error"));
        QCOMPARE(r[7].errorCode, 20);
        for (const Reply& reply : r) QCOMPARE(reply.error, ErrorCode::CommandRejected);
    }

    void comparisonHeader() {
        AndParser p;
        const Replies r = p.feed("ST,OK,+0001.234 kg\r\n");
        QCOMPARE(r.size(), 1);
        QCOMPARE(r[0].id, QByteArray("ST"));
        QCOMPARE(r[0].value, 1.234);
        QCOMPARE(r[0].raw, QByteArray("ST,OK,+0001.234 kg"));
    }

    void acknowledgeAndErrors() {
        AndParser p;
        const Replies r = p.feed(QByteArray("\x06\r\nEC,E01\r\nEC,E11\r\n\x06", 20));
        QCOMPARE(r.size(), 4);
        QCOMPARE(r[0].kind, ReplyKind::Ack);
        QCOMPARE(r[1].error, ErrorCode::CommandRejected);
        QCOMPARE(r[1].errorCode, 1);
        QCOMPARE(r[1].errorText, QStringLiteral("undefined command"));
        QCOMPARE(r[2].errorCode, 11);
        QCOMPARE(r[3].kind, ReplyKind::Ack);
        QCOMPARE(p.stats().garbageFrames, 0u);
    }

    void ackInsideALineMakesItGarbage() {
        AndParser p;
        const Replies r =
            p.feed(QByteArray("ST,+0\x06"
                              "0123.45  g\r\nST,+00001.00  g\r\n"));
        QCOMPARE(r.size(), 1);
        QCOMPARE(r[0].value, 1.0);
        QCOMPARE(p.stats().garbageFrames, 1u);
    }

    void splitFramesAndEndings() {
        AndParser p;
        Replies all;
        for (const char c : QByteArray("ST,+00001.00  g\r\nST,+00002.00  g\rUS,+00003.00  g\n"))
            all += p.feed(QByteArray(1, c));
        QCOMPARE(all.size(), 3);
        QCOMPARE(all[2].value, 3.0);
        QVERIFY(!all[2].stable);
    }

    void garbageAndOverlong() {
        AndParser p;
        const Replies r = p.feed("XX,+00001.00  g\r\nST,abc\r\nST,+00001.00 gram\r\n" +
                                 QByteArray(1000, ',') + "\r\nST,+00004.00  g\r\n");
        QCOMPARE(r.size(), 1);
        QCOMPARE(r[0].value, 4.0);
        QCOMPARE(p.stats().garbageFrames, 3u);
        QCOMPARE(p.stats().overlongFrames, 1u);
    }

    void commandBytes() {
        QCOMPARE(andd::query(), QByteArray("Q\r\n"));
        QCOMPARE(andd::stableQuery(), QByteArray("S\r\n"));
        QCOMPARE(andd::zero(), QByteArray("Z\r\n"));
        QCOMPARE(andd::tare(), QByteArray("T\r\n"));
        QCOMPARE(andd::streamStart(), QByteArray("SIR\r\n"));
        QCOMPARE(andd::cancel(), QByteArray("C\r\n"));
        QCOMPARE(andd::serialNumber(), QByteArray("?SN\r\n"));
        QCOMPARE(andd::modelName(), QByteArray("?TN\r\n"));
        QCOMPARE(andd::tareQuery(), QByteArray("?PT\r\n"));
    }
};

QTEST_GUILESS_MAIN(TestAndParser)
#include "test_and_parser.moc"
