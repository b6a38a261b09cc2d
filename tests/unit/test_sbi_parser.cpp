// Sartorius SBI print frames on byte arrays: the 16- and 22-character formats of the
// manuals, unstable (empty unit) frames, Stat lines, identification text, split frames,
// garbage and over-long input, and the ESC command bytes.
#include "protocols/SartoriusSbiParser.h"

#include <QtTest>

using namespace batch::devices;

class TestSbiParser : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void sixteenCharacterFrame() {
        SartoriusSbiParser p;
        // Position 1 sign, 2 space, 3-10 value, 11 space, 12-14 unit, 15 CR, 16 LF.
        const QByteArray frame = "+   123.56 g  \r\n";
        QCOMPARE(frame.size(), 16);
        const Replies r = p.feed(frame);
        QCOMPARE(r.size(), 1);
        QCOMPARE(r[0].kind, ReplyKind::Weight);
        QCOMPARE(r[0].valueText, QStringLiteral("+123.56"));
        QCOMPARE(r[0].value, 123.56);
        QCOMPARE(r[0].unit, QStringLiteral("g"));
        QVERIFY(r[0].stable);
        QVERIFY(r[0].id.isEmpty());
        QCOMPARE(r[0].raw, frame.chopped(2));
    }

    void twentyTwoCharacterFrameWithId() {
        SartoriusSbiParser p;
        const QByteArray frame = "N     +   153.00 g  \r\n";
        QCOMPARE(frame.size(), 22);
        const Replies r = p.feed(frame + "G#    +  1255.70 kg \r\nT     -     2.50 g  \r\n");
        QCOMPARE(r.size(), 3);
        QCOMPARE(r[0].id, QByteArray("N"));
        QCOMPARE(r[0].value, 153.0);
        QCOMPARE(r[1].id, QByteArray("G#"));
        QCOMPARE(r[1].unit, QStringLiteral("kg"));
        QCOMPARE(r[1].valueText, QStringLiteral("+1255.70"));
        QCOMPARE(r[2].id, QByteArray("T"));
        QCOMPARE(r[2].valueText, QStringLiteral("-2.50"));
        QCOMPARE(r[2].value, -2.5);
    }

    void emptyUnitMeansUnstable() {
        SartoriusSbiParser p;
        Replies r = p.feed("+   123.56    \r\n");
        QCOMPARE(r.size(), 1);
        QVERIFY(!r[0].stable);
        QVERIFY(r[0].unit.isEmpty());
        // Some balances strip the trailing blanks of an unstable frame.
        r = p.feed("-     12.3\r\n");
        QCOMPARE(r.size(), 1);
        QVERIFY(!r[0].stable);
        QCOMPARE(r[0].value, -12.3);
    }

    void bracketedNonVerifiedDigit() {
        SartoriusSbiParser p;
        const Replies r = p.feed("+  123.5[6]g  \r\n");
        QCOMPARE(r.size(), 1);
        QCOMPARE(r[0].valueText, QStringLiteral("+123.56"));
        QCOMPARE(r[0].raw, QByteArray("+  123.5[6]g  "));
    }

    void statLines() {
        SartoriusSbiParser p;
        const Replies r = p.feed(
            "Stat        H       \r\nStat        L       \r\n"
            "Stat        C       \r\nStat     Err 101    \r\n"
            "Stat        HH      \r\nStat        --      \r\n");
        QCOMPARE(r.size(), 6);
        QCOMPARE(r[0].error, ErrorCode::Overload);
        QCOMPARE(r[1].error, ErrorCode::Underload);
        QCOMPARE(r[2].error, ErrorCode::NeedsCalibration);
        QCOMPARE(r[3].error, ErrorCode::DeviceError);
        QCOMPARE(r[3].errorCode, 101);
        QCOMPARE(r[4].error, ErrorCode::Overload);
        QCOMPARE(r[5].error, ErrorCode::Busy);
        for (const Reply& reply : r) QCOMPARE(reply.id, QByteArray("Stat"));
    }

    void manualSpecialCodes() {
        // 16 characters: the code at positions 7-8; errors "Err ###".
        SartoriusSbiParser p;
        Replies r = p.feed(
            "      H       \r\n      L       \r\n      C       \r\n"
            "      --      \r\n   Err 101    \r\n      HH      \r\n");
        QCOMPARE(r.size(), 6);
        QCOMPARE(r[0].error, ErrorCode::Overload);
        QCOMPARE(r[1].error, ErrorCode::Underload);
        QCOMPARE(r[2].error, ErrorCode::NeedsCalibration);
        QCOMPARE(r[3].error, ErrorCode::Busy);
        QCOMPARE(r[4].error, ErrorCode::DeviceError);
        QCOMPARE(r[4].errorCode, 101);
        QCOMPARE(r[5].error, ErrorCode::Overload);
        QCOMPARE(r[0].raw, QByteArray("      H       "));
        // 22 characters, newer models: words, upper-case ERR, application errors.
        r = p.feed(
            "Stat        High    \r\nStat        Low     \r\nStat        Cal.Ext.\r\n"
            "Stat     ERR 101    \r\nStat     APP.ERR    \r\nStat     Err  54    \r\n");
        QCOMPARE(r.size(), 6);
        QCOMPARE(r[0].error, ErrorCode::Overload);
        QCOMPARE(r[1].error, ErrorCode::Underload);
        QCOMPARE(r[2].error, ErrorCode::NeedsCalibration);
        QCOMPARE(r[3].errorCode, 101);
        QCOMPARE(r[4].error, ErrorCode::DeviceError);
        QCOMPARE(r[5].errorCode, 54);
        QCOMPARE(p.stats().garbageFrames, 0u);
    }

    void serialNumberWithIdCode() {
        SartoriusSbiParser p;
        p.expectText();
        const Replies r = p.feed("Ser.no  21705432    \r\n");
        QCOMPARE(r.size(), 1);
        QCOMPARE(r[0].kind, ReplyKind::Info);
        QCOMPARE(r[0].id, QByteArray("Ser.no"));
        QCOMPARE(r[0].texts, QStringList{QStringLiteral("21705432")});
    }

    void overloadInTheValueField() {
        SartoriusSbiParser p;
        const Replies r = p.feed("+        H     \r\n-        L     \r\n");
        QCOMPARE(r.size(), 2);
        QCOMPARE(r[0].error, ErrorCode::Overload);
        QCOMPARE(r[1].error, ErrorCode::Underload);
    }

    void identificationTextWhenExpected() {
        SartoriusSbiParser p;
        QVERIFY(p.feed("LA230S-0CE\r\n").isEmpty());  // unexpected: garbage
        QCOMPARE(p.stats().garbageFrames, 1u);
        p.expectText();
        Replies r = p.feed("LA230S-0CE\r\n");
        QCOMPARE(r.size(), 1);
        QCOMPARE(r[0].kind, ReplyKind::Info);
        QCOMPARE(r[0].texts, QStringList{QStringLiteral("LA230S-0CE")});
        p.expectText();
        r = p.feed("      12345678  \r\n");  // a number without unit is the serial number
        QCOMPARE(r.size(), 1);
        QCOMPARE(r[0].kind, ReplyKind::Info);
        QCOMPARE(r[0].texts, QStringList{QStringLiteral("12345678")});
    }

    void splitFramesAndLineEndings() {
        SartoriusSbiParser p;
        Replies all;
        for (const char c : QByteArray("+   100.00 g  \r\n+   101.00 g  \r+   102.00 g  \n"))
            all += p.feed(QByteArray(1, c));
        QCOMPARE(all.size(), 3);
        QCOMPARE(all[2].value, 102.0);
        QCOMPARE(p.stats().garbageFrames, 0u);
    }

    void garbageAndOverlong() {
        SartoriusSbiParser p;
        Replies r = p.feed(QByteArray("\x1b\x00junk\r\n", 8) + "*   100.00 g  \r\n" +
                           QByteArray(5000, '9') + "\r\n+   100.00 g  \r\n");
        QCOMPARE(r.size(), 1);
        QCOMPARE(r[0].value, 100.0);
        QCOMPARE(p.stats().garbageFrames, 2u);
        QCOMPARE(p.stats().overlongFrames, 1u);
        QVERIFY(p.stats().discardedBytes >= 5000);
    }

    void commandBytes() {
        QCOMPARE(sbi::print(), QByteArray("\x1bP\r\n"));
        QCOMPARE(sbi::tareAndZero(), QByteArray("\x1bT\r\n"));
        QCOMPARE(sbi::tare(), QByteArray("\x1bU\r\n"));
        QCOMPARE(sbi::zero(), QByteArray("\x1bV\r\n"));
        QCOMPARE(sbi::model(), QByteArray("\x1bx1_\r\n"));
        QCOMPARE(sbi::serialNumber(), QByteArray("\x1bx2_\r\n"));
        QCOMPARE(sbi::softwareVersion(), QByteArray("\x1bx3_\r\n"));
    }
};

QTEST_GUILESS_MAIN(TestSbiParser)
#include "test_sbi_parser.moc"
