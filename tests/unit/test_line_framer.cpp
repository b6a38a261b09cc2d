#include "framing/LineFramer.h"

#include <QtTest>

using batch::devices::LineFramer;

class TestLineFramer : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void splitsCrLfAndLfAcrossChunks() {
        LineFramer f;
        QVERIFY(f.feed("S S      1") .isEmpty());
        const auto first = f.feed("00.00 g\r\nS D");
        QCOMPARE(first, QByteArrayList{"S S      100.00 g"});
        QCOMPARE(f.feed("  1.0 g\n"), QByteArrayList{"S D  1.0 g"});
        QCOMPARE(f.pendingBytes(), 0);
    }

    void dropsOverlongLineAndResynchronises() {
        LineFramer f(8);
        QByteArrayList out = f.feed(QByteArray(100, 'x'));
        QVERIFY(out.isEmpty());
        QVERIFY(f.pendingBytes() <= 9);
        out = f.feed("yyy\r\nS S 1 g\r\n");
        QCOMPARE(out, QByteArrayList{"S S 1 g"});
        QVERIFY(f.discardedBytes() >= 100);
    }

    void keepsLineExactlyAtLimit() {
        LineFramer f(8);
        QCOMPARE(f.feed("12345678\r\n"), QByteArrayList{"12345678"});
        QVERIFY(f.feed("123456789\n").isEmpty());
    }

    void emptyLinesAreReported() {
        LineFramer f;
        QCOMPARE(f.feed("\r\n\n"), (QByteArrayList{"", ""}));
    }
};

QTEST_GUILESS_MAIN(TestLineFramer)
#include "test_line_framer.moc"
