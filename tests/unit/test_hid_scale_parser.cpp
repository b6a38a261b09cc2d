// USB HID POS scale input reports (report id 3) on byte arrays: every status code, the
// unit table, signed exponents, and reports that are not scale data.
#include "protocols/HidPosScaleParser.h"

#include <QtTest>

using namespace batch::devices;

namespace {
QByteArray report(int status, int unit, int exponent, int weight, int id = 3) {
    QByteArray r(6, '\0');
    r[0] = char(id);
    r[1] = char(status);
    r[2] = char(unit);
    r[3] = char(qint8(exponent));
    r[4] = char(weight & 0xFF);
    r[5] = char((weight >> 8) & 0xFF);
    return r;
}
}  // namespace

class TestHidScaleParser : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void stableGrams() {
        HidPosScaleParser p;
        // 0x04 stable, 0x02 grams, exponent 0xFF (-1), 0x04D2 = 1234 -> 123.4 g
        const auto r = p.parseReport(QByteArray("\x03\x04\x02\xff\xd2\x04", 6));
        QVERIFY(r);
        QCOMPARE(r->kind, ReplyKind::Weight);
        QCOMPARE(r->valueText, QStringLiteral("123.4"));
        QCOMPARE(r->value, 123.4);
        QCOMPARE(r->unit, QStringLiteral("g"));
        QVERIFY(r->stable);
        QCOMPARE(r->raw, QByteArray("\x03\x04\x02\xff\xd2\x04", 6));
    }

    void statusCodes_data() {
        QTest::addColumn<int>("status");
        QTest::addColumn<ReplyKind>("kind");
        QTest::addColumn<ErrorCode>("error");
        QTest::addColumn<bool>("stable");
        QTest::newRow("1 fault") << 1 << ReplyKind::Error << ErrorCode::DeviceError << false;
        QTest::newRow("2 stable at zero") << 2 << ReplyKind::Weight << ErrorCode::None << true;
        QTest::newRow("3 in motion") << 3 << ReplyKind::Weight << ErrorCode::None << false;
        QTest::newRow("4 stable") << 4 << ReplyKind::Weight << ErrorCode::None << true;
        QTest::newRow("5 under zero") << 5 << ReplyKind::Error << ErrorCode::Underload << false;
        QTest::newRow("6 over limit") << 6 << ReplyKind::Error << ErrorCode::Overload << false;
        QTest::newRow("7 calibrate") << 7 << ReplyKind::Error << ErrorCode::NeedsCalibration
                                     << false;
        QTest::newRow("8 re-zero") << 8 << ReplyKind::Error << ErrorCode::NeedsRezero << false;
    }

    void statusCodes() {
        QFETCH(int, status);
        QFETCH(ReplyKind, kind);
        QFETCH(ErrorCode, error);
        QFETCH(bool, stable);
        HidPosScaleParser p;
        const auto r = p.parseReport(report(status, 2, 0, status == 2 ? 0 : 250));
        QVERIFY(r);
        QCOMPARE(r->kind, kind);
        QCOMPARE(r->error, error);
        QCOMPARE(r->stable, stable);
        if (kind == ReplyKind::Error)
            QVERIFY(!r->errorText.isEmpty());
    }

    void underZeroCarriesTheNegativeMagnitude() {
        HidPosScaleParser p;
        const auto r = p.parseReport(report(5, 2, -1, 25));
        QVERIFY(r);
        QCOMPARE(r->valueText, QStringLiteral("-2.5"));
    }

    void unitsAndExponents() {
        HidPosScaleParser p;
        auto r = p.parseReport(report(4, 3, -3, 1500));
        QCOMPARE(r->valueText, QStringLiteral("1.500"));
        QCOMPARE(r->unit, QStringLiteral("kg"));
        r = p.parseReport(report(4, 11, -1, 5));
        QCOMPARE(r->valueText, QStringLiteral("0.5"));
        QCOMPARE(r->unit, QStringLiteral("oz"));
        r = p.parseReport(report(4, 12, -2, 1));
        QCOMPARE(r->valueText, QStringLiteral("0.01"));
        QCOMPARE(r->unit, QStringLiteral("lb"));
        r = p.parseReport(report(4, 2, 1, 65535));
        QCOMPARE(r->valueText, QStringLiteral("655350"));
        QCOMPARE(r->value, 655350.0);
        QCOMPARE(HidPosScaleParser::unitSymbol(1), QStringLiteral("mg"));
        QCOMPARE(HidPosScaleParser::unitSymbol(10), QStringLiteral("ozt"));
        QVERIFY(HidPosScaleParser::unitSymbol(0).isEmpty());
        QVERIFY(HidPosScaleParser::unitSymbol(13).isEmpty());
    }

    void rejectsWhatIsNotScaleData() {
        HidPosScaleParser p;
        QVERIFY(!p.parseReport(report(4, 2, 0, 1, 4)));         // other report id
        QVERIFY(!p.parseReport(QByteArray("\x03\x04\x02", 3)));  // short
        QVERIFY(!p.parseReport(report(4, 2, 0, 1) + 'x'));      // long
        QVERIFY(!p.parseReport(report(9, 2, 0, 1)));            // unknown status
        QVERIFY(!p.parseReport(report(0, 2, 0, 1)));
        QVERIFY(!p.parseReport(report(4, 0, 0, 1)));            // unknown unit
        QVERIFY(!p.parseReport(report(4, 2, 100, 1)));          // absurd exponent
        QVERIFY(!p.parseReport({}));
        QCOMPARE(p.stats().garbageFrames, 8u);
        QCOMPARE(p.stats().frames, 0u);
        QVERIFY(p.parseReport(report(4, 2, 0, 1)));
        QCOMPARE(p.stats().frames, 1u);
    }
};

QTEST_GUILESS_MAIN(TestHidScaleParser)
#include "test_hid_scale_parser.moc"
