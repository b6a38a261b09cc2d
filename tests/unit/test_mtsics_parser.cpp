// MT-SICS reply parsing on byte arrays: every reply form of the level 0/1 commands as the
// reference manual prints it, split frames, CR-only/LF-only endings, interleaved SIR
// lines and command replies, garbage and over-long input.
#include "protocols/MtSicsCommands.h"
#include "protocols/MtSicsParser.h"

#include <QtTest>

using namespace batch::devices;

namespace {

Reply only(MtSicsParser& p, const QByteArray& bytes) {
    const Replies r = p.feed(bytes);
    if (r.size() != 1)
        qFatal("expected exactly one reply, got %d for %s", int(r.size()), bytes.constData());
    return r.front();
}

Reply one(const QByteArray& bytes) {
    MtSicsParser p;
    return only(p, bytes);
}

}  // namespace

class TestMtSicsParser : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void stableWeight() {
        const Reply r = one("S S     100.00 g\r\n");
        QCOMPARE(r.kind, ReplyKind::Weight);
        QCOMPARE(r.id, QByteArray("S"));
        QCOMPARE(r.valueText, QStringLiteral("100.00"));
        QCOMPARE(r.value, 100.0);
        QCOMPARE(r.unit, QStringLiteral("g"));
        QVERIFY(r.stable);
        QCOMPARE(r.raw, QByteArray("S S     100.00 g"));
    }

    void dynamicWeightIsNotStable() {
        const Reply r = one("S D     129.07 g\r\n");
        QCOMPARE(r.kind, ReplyKind::Weight);
        QVERIFY(!r.stable);
        QCOMPARE(r.valueText, QStringLiteral("129.07"));
    }

    void negativeValueAndLongUnitsByTokens() {
        // The 10-character field is right-aligned, but values and units vary in width:
        // parse by tokens. Units are 1-5 characters.
        Reply r = one("S S    -0.0012 kg\r\n");
        QCOMPARE(r.valueText, QStringLiteral("-0.0012"));
        QCOMPARE(r.value, -0.0012);
        QCOMPARE(r.unit, QStringLiteral("kg"));
        r = one("S S 1234567.89 ozt\r\n");
        QCOMPARE(r.valueText, QStringLiteral("1234567.89"));
        QCOMPARE(r.unit, QStringLiteral("ozt"));
        r = one("S S        253 PCS\r\n");
        QCOMPARE(r.unit, QStringLiteral("PCS"));
        QCOMPARE(r.value, 253.0);
    }

    void sixCharacterUnitIsGarbage() {
        MtSicsParser p;
        QVERIFY(p.feed("S S      12.50 mommes\r\n").isEmpty());
        QCOMPARE(p.stats().garbageFrames, 1u);
    }

    void weightReplyErrors_data() {
        QTest::addColumn<QByteArray>("line");
        QTest::addColumn<QByteArray>("id");
        QTest::addColumn<ErrorCode>("code");
        QTest::newRow("S I") << QByteArray("S I") << QByteArray("S") << ErrorCode::Busy;
        QTest::newRow("S +") << QByteArray("S +") << QByteArray("S") << ErrorCode::Overload;
        QTest::newRow("S -") << QByteArray("S -") << QByteArray("S") << ErrorCode::Underload;
        QTest::newRow("Z I") << QByteArray("Z I") << QByteArray("Z") << ErrorCode::Busy;
        QTest::newRow("Z +") << QByteArray("Z +") << QByteArray("Z") << ErrorCode::Overload;
        QTest::newRow("Z -") << QByteArray("Z -") << QByteArray("Z") << ErrorCode::Underload;
        QTest::newRow("ZI I") << QByteArray("ZI I") << QByteArray("ZI") << ErrorCode::Busy;
        QTest::newRow("ZI +") << QByteArray("ZI +") << QByteArray("ZI") << ErrorCode::Overload;
        QTest::newRow("T I") << QByteArray("T I") << QByteArray("T") << ErrorCode::Busy;
        QTest::newRow("T +") << QByteArray("T +") << QByteArray("T") << ErrorCode::Overload;
        QTest::newRow("T -") << QByteArray("T -") << QByteArray("T") << ErrorCode::Underload;
        QTest::newRow("TI L") << QByteArray("TI L") << QByteArray("TI") << ErrorCode::BadParameter;
        QTest::newRow("TA I") << QByteArray("TA I") << QByteArray("TA") << ErrorCode::Busy;
        QTest::newRow("TA L") << QByteArray("TA L") << QByteArray("TA") << ErrorCode::BadParameter;
        QTest::newRow("TAC I") << QByteArray("TAC I") << QByteArray("TAC") << ErrorCode::Busy;
        QTest::newRow("D I") << QByteArray("D I") << QByteArray("D") << ErrorCode::Busy;
        QTest::newRow("D L") << QByteArray("D L") << QByteArray("D") << ErrorCode::BadParameter;
        QTest::newRow("DW I") << QByteArray("DW I") << QByteArray("DW") << ErrorCode::Busy;
        QTest::newRow("I4 I") << QByteArray("I4 I") << QByteArray("I4") << ErrorCode::Busy;
        QTest::newRow("ES") << QByteArray("ES") << QByteArray("ES") << ErrorCode::SyntaxError;
        QTest::newRow("ET") << QByteArray("ET") << QByteArray("ET") << ErrorCode::TransmissionError;
        QTest::newRow("EL") << QByteArray("EL") << QByteArray("EL") << ErrorCode::LogicalError;
    }

    void weightReplyErrors() {
        QFETCH(QByteArray, line);
        QFETCH(QByteArray, id);
        QFETCH(ErrorCode, code);
        const Reply r = one(line + "\r\n");
        QCOMPARE(r.kind, ReplyKind::Error);
        QCOMPARE(r.id, id);
        QCOMPARE(r.error, code);
        QVERIFY(!r.errorText.isEmpty());
        QCOMPARE(r.raw, line);
    }

    void zeroAndTareRangeTextsDifferFromOverload() {
        QVERIFY(one("Z +\r\n").errorText.contains(QStringLiteral("zero/tare range")));
        QVERIFY(one("S +\r\n").errorText.contains(QStringLiteral("overload")));
    }

    void systemErrorInTheWeightField() {
        // The weigh-module manual's form: the weight field carries "Error <n><b|t>".
        Reply r = one("S S    Error 10b\r\n");
        QCOMPARE(r.raw, QByteArray("S S    Error 10b"));
        QVERIFY(r.errorText.contains(QStringLiteral("EEPROM error")));
        r = one("S S     Error 10b\r\n");
        QCOMPARE(r.kind, ReplyKind::Error);
        QCOMPARE(r.error, ErrorCode::DeviceError);
        QCOMPARE(r.errorCode, 10);
        QVERIFY(r.errorText.contains(QStringLiteral("weigh module")));
        r = one("S D Error 3t\r\n");
        QCOMPARE(r.errorCode, 3);
        QVERIFY(r.errorText.contains(QStringLiteral("terminal")));
        QCOMPARE(one("S S Error\r\n").error, ErrorCode::DeviceError);
    }

    void identification() {
        // "@" answers with the serial number, exactly like I4.
        Reply r = one("I4 A \"B021002593\"\r\n");
        QCOMPARE(r.kind, ReplyKind::Info);
        QCOMPARE(r.id, QByteArray("I4"));
        QCOMPARE(r.texts, QStringList{QStringLiteral("B021002593")});
        r = one("I2 A \"PG5002-S DeltaRange 5100.0 g\"\r\n");
        QCOMPARE(r.texts, QStringList{QStringLiteral("PG5002-S DeltaRange 5100.0 g")});
        r = one("I3 A \"1.10 18.6.4.1361.772\"\r\n");
        QCOMPARE(r.texts, QStringList{QStringLiteral("1.10 18.6.4.1361.772")});
        r = one("I1 A \"0123\" \"2.30\" \"2.20\" \"1.00\" \"1.00\"\r\n");
        QCOMPARE(r.id, QByteArray("I1"));
        QCOMPARE(r.texts.size(), 5);
        QCOMPARE(r.texts.at(0), QStringLiteral("0123"));
        QCOMPARE(r.texts.at(4), QStringLiteral("1.00"));
        // Multi-line replies: "B" lines then a final "A" line.
        MtSicsParser p;
        const Replies lines = p.feed("I0 B 0 \"I0\"\r\nI0 A 0 \"S\"\r\n");
        QCOMPARE(lines.size(), 2);
        QVERIFY(lines[0].moreLines);
        QVERIFY(!lines[1].moreLines);
        QCOMPARE(lines[1].texts, (QStringList{QStringLiteral("0"), QStringLiteral("S")}));
    }

    void acknowledgements() {
        for (const QByteArray id : {"Z", "TAC", "D", "DW"}) {
            const Reply r = one(id + " A\r\n");
            QCOMPARE(r.kind, ReplyKind::Ack);
            QCOMPARE(r.id, id);
        }
        Reply zi = one("ZI S\r\n");
        QCOMPARE(zi.kind, ReplyKind::Ack);
        QVERIFY(zi.stable);
        zi = one("ZI D\r\n");
        QCOMPARE(zi.kind, ReplyKind::Ack);
        QVERIFY(!zi.stable);  // zeroed under non-stable conditions: worth a note
    }

    void tareReplies() {
        Reply r = one("T S     100.00 g\r\n");
        QCOMPARE(r.kind, ReplyKind::Weight);
        QCOMPARE(r.id, QByteArray("T"));
        QCOMPARE(r.valueText, QStringLiteral("100.00"));
        QVERIFY(r.stable);
        r = one("TI D     117.57 g\r\n");
        QCOMPARE(r.id, QByteArray("TI"));
        QVERIFY(!r.stable);
        r = one("TA A     100.00 g\r\n");
        QCOMPARE(r.id, QByteArray("TA"));
        QCOMPARE(r.value, 100.0);
        QVERIFY(r.stable);
    }

    void splitFramesAcrossFeeds() {
        MtSicsParser p;
        const QByteArray frame = "S S     100.00 g\r\n";
        Replies all;
        for (const char c : frame) all += p.feed(QByteArray(1, c));
        QCOMPARE(all.size(), 1);
        QCOMPARE(all.front().raw, frame.chopped(2));
        // Split exactly between CR and LF: no empty frame, no garbage.
        QCOMPARE(p.feed("Z A\r").size(), 1);
        QCOMPARE(p.feed("\nS D     1.00 g\r").size(), 1);
        QCOMPARE(p.feed("\n").size(), 0);
        QCOMPARE(p.stats().garbageFrames, 0u);
        QCOMPARE(p.stats().frames, 3u);
    }

    void crOnlyAndLfOnlyEndings() {
        MtSicsParser p;
        const Replies r = p.feed("S S     1.00 g\rS S     2.00 g\nS S     3.00 g\r\n");
        QCOMPARE(r.size(), 3);
        QCOMPARE(r[0].value, 1.0);
        QCOMPARE(r[1].value, 2.0);
        QCOMPARE(r[2].value, 3.0);
        QCOMPARE(p.stats().garbageFrames, 0u);
    }

    void interleavedStreamAndCommandReplies() {
        // SIR streams "S S|D" lines; a Z sent meanwhile is answered between them.
        MtSicsParser p;
        const QByteArray bytes =
            "S D      10.01 g\r\nS D      10.02 g\r\nZ A\r\nS S       0.00 g"
            "\r\nS S       0.00 g\r\nI4 A \"B021002593\"\r\n";
        const Replies r = p.feed(bytes);
        QCOMPARE(r.size(), 6);
        QCOMPARE(r[0].valueText, QStringLiteral("10.01"));
        QCOMPARE(r[1].valueText, QStringLiteral("10.02"));
        QCOMPARE(r[2].kind, ReplyKind::Ack);
        QCOMPARE(r[2].id, QByteArray("Z"));
        QVERIFY(r[3].stable);
        QCOMPARE(r[5].id, QByteArray("I4"));
    }

    void garbageIsCountedAndSkipped() {
        MtSicsParser p;
        const QByteArray bytes = QByteArray("\x00\xff\xfe\x01", 4) + "\r\nhello world\r\n" +
                                 "S S\r\n" + "S X 1.00 g\r\n" + "S S abc g\r\n" +
                                 "I4 A \"unterminated\r\n" + "S S     5.00 g\r\n";
        const Replies r = p.feed(bytes);
        QCOMPARE(r.size(), 1);
        QCOMPARE(r.front().valueText, QStringLiteral("5.00"));
        QCOMPARE(p.stats().garbageFrames, 6u);
        QVERIFY(p.stats().discardedBytes > 20);
    }

    void overlongInputIsBoundedAndResynchronises() {
        MtSicsParser p(64);
        const Replies r1 = p.feed(QByteArray(100000, 'x'));
        QVERIFY(r1.isEmpty());
        QVERIFY(p.pendingBytes() <= 64);
        const Replies r2 = p.feed("yyyy\r\nS S     7.00 g\r\n");
        QCOMPARE(r2.size(), 1);
        QCOMPARE(r2.front().value, 7.0);
        QCOMPARE(p.stats().overlongFrames, 1u);
        QVERIFY(p.stats().discardedBytes >= 100000);
        // A line exactly at the limit is kept.
        MtSicsParser q(16);
        QCOMPARE(q.feed("S S     100.00 g\r\n").size(), 1);
        QCOMPARE(q.feed("S S      100.00 g\r\n").size(), 0);
    }

    void commandBytes() {
        QCOMPARE(mtsics::reset(), QByteArray("@\r\n"));
        QCOMPARE(mtsics::serialNumber(), QByteArray("I4\r\n"));
        QCOMPARE(mtsics::balanceData(), QByteArray("I2\r\n"));
        QCOMPARE(mtsics::sendStable(), QByteArray("S\r\n"));
        QCOMPARE(mtsics::sendImmediate(), QByteArray("SI\r\n"));
        QCOMPARE(mtsics::sendRepeat(), QByteArray("SIR\r\n"));
        QCOMPARE(mtsics::zero(), QByteArray("Z\r\n"));
        QCOMPARE(mtsics::zeroImmediately(), QByteArray("ZI\r\n"));
        QCOMPARE(mtsics::tare(), QByteArray("T\r\n"));
        QCOMPARE(mtsics::tareImmediately(), QByteArray("TI\r\n"));
        QCOMPARE(mtsics::tareQuery(), QByteArray("TA\r\n"));
        QCOMPARE(mtsics::tarePreset("100.00", "g"), QByteArray("TA 100.00 g\r\n"));
        QVERIFY(mtsics::tarePreset("1e3", "g").isEmpty());
        QCOMPARE(mtsics::clearTare(), QByteArray("TAC\r\n"));
        QCOMPARE(mtsics::displayText(QStringLiteral("HELLO \"X\"")),
                 QByteArray("D \"HELLO X\"\r\n"));
        QCOMPARE(mtsics::displayWeight(), QByteArray("DW\r\n"));
    }
};

QTEST_GUILESS_MAIN(TestMtSicsParser)
#include "test_mtsics_parser.moc"
