#include "record/CanonicalJson.h"

#include <QJsonArray>
#include <QtTest>

using namespace batch::record;

class TestCanonicalJson : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void encodesSortedKeysWithoutWhitespace() {
        const QJsonObject o{{QStringLiteral("b"), 1},
                            {QStringLiteral("a"), QJsonArray{true, QJsonValue::Null, QStringLiteral("x")}},
                            {QStringLiteral("B"), QStringLiteral("é\n\x01")}};
        QCOMPARE(encodeCanonical(o),
                 QByteArray("{\"B\":\"\xc3\xa9\\n\\u0001\",\"a\":[true,null,\"x\"],\"b\":1}"));
    }

    void roundTripsExactly() {
        const QByteArray bytes("{\"k\":{\"n\":-12,\"s\":\"\\\"q\\\\\",\"z\":[]},\"u\":\"\xf0\x9f\x98\x80\"}");
        QCOMPARE(encodeCanonical(decodeCanonical(bytes)), bytes);
    }

    void refusesFractionsOnEncode() {
        QVERIFY_THROWS_EXCEPTION(CanonicalJsonError, encodeCanonical(QJsonValue(1.5)));
        QVERIFY_THROWS_EXCEPTION(CanonicalJsonError, encodeCanonical(QJsonValue(1e300)));
    }

    void refusesNonCanonicalInput_data() {
        QTest::addColumn<QByteArray>("input");
        QTest::newRow("whitespace") << QByteArray("{ \"a\":1}");
        QTest::newRow("unsorted") << QByteArray("{\"b\":1,\"a\":2}");
        QTest::newRow("duplicate") << QByteArray("{\"a\":1,\"a\":2}");
        QTest::newRow("leading zero") << QByteArray("{\"a\":01}");
        QTest::newRow("minus zero") << QByteArray("{\"a\":-0}");
        QTest::newRow("fraction") << QByteArray("{\"a\":1.0}");
        QTest::newRow("exponent") << QByteArray("{\"a\":1e3}");
        QTest::newRow("too big") << QByteArray("{\"a\":9007199254740992}");
        QTest::newRow("needless escape") << QByteArray("{\"a\":\"\\u0041\"}");
        QTest::newRow("slash escape") << QByteArray("{\"a\":\"\\/\"}");
        QTest::newRow("upper hex") << QByteArray("{\"a\":\"\\u001F\"}");
        QTest::newRow("short form as u") << QByteArray("{\"a\":\"\\u000a\"}");
        QTest::newRow("raw control") << QByteArray("{\"a\":\"\x01\"}");
        QTest::newRow("overlong utf8") << QByteArray("{\"a\":\"\xc0\xaf\"}");
        QTest::newRow("surrogate utf8") << QByteArray("{\"a\":\"\xed\xa0\x80\"}");
        QTest::newRow("truncated") << QByteArray("{\"a\":");
        QTest::newRow("trailing") << QByteArray("{}x");
        QTest::newRow("empty") << QByteArray();
    }
    void refusesNonCanonicalInput() {
        QFETCH(QByteArray, input);
        QVERIFY_THROWS_EXCEPTION(CanonicalJsonError, decodeCanonical(input));
    }

    void boundsDepthAndSize() {
        QByteArray deep;
        for (int i = 0; i < 40; ++i)
            deep.append('[');
        for (int i = 0; i < 40; ++i)
            deep.append(']');
        QVERIFY_THROWS_EXCEPTION(CanonicalJsonError, decodeCanonical(deep));
        CanonicalLimits small;
        small.maxBytes = 8;
        QVERIFY_THROWS_EXCEPTION(CanonicalJsonError, decodeCanonical("{\"aaaaaa\":1}", small));
    }

    void errorNamesTheOffset() {
        try {
            decodeCanonical(QByteArray("{\"a\":1,\"a\":2}"));
            QFAIL("expected an error");
        } catch (const CanonicalJsonError& e) {
            QCOMPARE(e.offset(), 7);
        }
    }
};

QTEST_GUILESS_MAIN(TestCanonicalJson)
#include "test_canonical_json.moc"
