// The text keyboard for stations without a physical one is the Qt Virtual Keyboard
// (DESIGN.md §2), loaded into the Widgets application as an input context plugin
// (QT_IM_MODULE=qtvirtualkeyboard, which `batchstation --kiosk` sets). This runs a probe
// with the HMI's real fields under Xvfb - offscreen cannot show a second window next to
// the focused one - and requires: the keyboard comes up for text and scan fields, with a
// real size, and does not for the numeric field (that one has the on-screen keypad).
// Needs the packages in scripts/bootstrap.sh (xvfb, xauth, the virtual keyboard plugin
// and its QML modules); a missing one fails the test.
#include <QProcess>
#include <QStandardPaths>
#include <QtTest>

class TestHmiVirtualKeyboard : public QObject {
    Q_OBJECT

private slots:
    void keyboardComesUpForTextNotForNumbers();
};

void TestHmiVirtualKeyboard::keyboardComesUpForTextNotForNumbers() {
    const QString xvfb = QStandardPaths::findExecutable(QStringLiteral("xvfb-run"));
    QVERIFY2(!xvfb.isEmpty(), "xvfb-run is missing (package xvfb, see scripts/bootstrap.sh)");
    QProcess probe;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("QT_QPA_PLATFORM"));  // xcb, on the Xvfb server
    env.insert(QStringLiteral("QT_IM_MODULE"), QStringLiteral("qtvirtualkeyboard"));
    probe.setProcessEnvironment(env);
    probe.start(xvfb, {QStringLiteral("-a"), QStringLiteral("-s"),
                       QStringLiteral("-screen 0 1280x800x24"),
                       QStringLiteral(BATCH_VKB_PROBE)});
    QVERIFY(probe.waitForFinished(90000));
    const QString out = QString::fromUtf8(probe.readAllStandardOutput());
    const QString err = QString::fromUtf8(probe.readAllStandardError());
    QVERIFY2(probe.exitCode() == 0, qPrintable(out + err));
    qInfo("%s", qPrintable(out.trimmed()));
    QVERIFY2(out.contains(QStringLiteral("im_module=qtvirtualkeyboard platform=xcb")),
             qPrintable(out + err));
    auto line = [&](const QString& name) {
        for (const QString& l : out.split(QLatin1Char('\n')))
            if (l.startsWith(name + QLatin1Char(' ')))
                return l;
        return QString();
    };
    for (const QString& text : {QStringLiteral("text-field"), QStringLiteral("scan-field")}) {
        const QString l = line(text);
        QVERIFY2(l.contains(QStringLiteral("visible=1")), qPrintable(l + QLatin1Char('\n') + err));
        QVERIFY2(!l.contains(QStringLiteral("rect=0x0")), qPrintable(l));
    }
    for (const QString& number : {QStringLiteral("numeric-field"),
                                  QStringLiteral("numeric-after-text")})
        QVERIFY2(line(number).contains(QStringLiteral("visible=0")), qPrintable(out));
}

QTEST_GUILESS_MAIN(TestHmiVirtualKeyboard)
#include "test_hmi_virtual_keyboard.moc"
