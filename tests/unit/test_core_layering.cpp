// DESIGN.md §3 rule 1: `core` links no GUI module. The CLI built on it loads Qt Gui only
// for PDF layout (batch_report, offscreen), never a widget or chart toolkit.
// The link closure comes from CMake (generated header); the binary check from ldd.
#include "core_link_closure.h"

#include <QProcess>
#include <QStandardPaths>
#include <QtTest>

namespace {

const QString kBatchctl = QStringLiteral(BATCH_BINARY_DIR "/app/batchctl/batchctl");

// Qt modules that pull in a display server or a GUI toolkit.
const QStringList kGuiModules{
    QStringLiteral("Gui"),
    QStringLiteral("Widgets"),
    QStringLiteral("Charts"),
    QStringLiteral("Quick"),
    QStringLiteral("Qml"),
    QStringLiteral("OpenGL"),
    QStringLiteral("PrintSupport"),
    QStringLiteral("Svg"),
    QStringLiteral("Multimedia"),
    QStringLiteral("WebEngine"),
    QStringLiteral("DataVisualization"),
};

QString guiModuleIn(const QString& linkItem) {
    for (const QString& module : kGuiModules)
        if (linkItem.contains(module))
            return module;
    return {};
}

QStringList toList(const auto& array) {
    QStringList out;
    for (const char* item : array) out.append(QString::fromUtf8(item));
    return out;
}

}  // namespace

class TestCoreLayering : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void detectorRecognisesGuiModules() {
        // The check below is only as good as this predicate.
        QCOMPARE(guiModuleIn(QStringLiteral("Qt6::Widgets")), QStringLiteral("Widgets"));
        QCOMPARE(guiModuleIn(QStringLiteral("$<LINK_ONLY:Qt6::Gui>")), QStringLiteral("Gui"));
        QCOMPARE(guiModuleIn(QStringLiteral("Qt6::Charts")), QStringLiteral("Charts"));
        QVERIFY(guiModuleIn(QStringLiteral("Qt6::Core")).isEmpty());
    }

    void coreLinksNoGui() {
        const QStringList direct = toList(kCoreDirectLinks);
        const QStringList closure = toList(kCoreLinkClosure);
        // The generated lists really describe batch_core (not an empty or stale file).
        QVERIFY2(direct.contains(QStringLiteral("Qt6::Core")), qPrintable(direct.join(u' ')));
        QVERIFY(closure.size() >= direct.size());
        for (const QString& item : closure)
            QVERIFY2(guiModuleIn(item).isEmpty(),
                     qPrintable(QStringLiteral("batch_core links a GUI module: %1").arg(item)));
    }

    void batchctlBinaryLoadsNoGuiLibrary() {
        const QString ldd = QStandardPaths::findExecutable(QStringLiteral("ldd"));
        if (ldd.isEmpty())
            QSKIP("ldd is not available");
        QVERIFY2(QFile::exists(kBatchctl), qPrintable(kBatchctl));
        QProcess p;
        p.start(ldd, {kBatchctl});
        QVERIFY(p.waitForFinished(30'000));
        QCOMPARE(p.exitCode(), 0);
        const QString out = QString::fromUtf8(p.readAllStandardOutput());
        QVERIFY2(out.contains(QStringLiteral("libQt6Core")), qPrintable(out));
        for (const QString& module : kGuiModules) {
            if (module == QLatin1String("Gui"))
                continue;  // PDF layout (batch_report) runs on the offscreen platform
            QVERIFY2(!out.contains(QStringLiteral("libQt6") + module + QLatin1Char('.')),
                     qPrintable(QStringLiteral("batchctl loads libQt6%1:\n%2").arg(module, out)));
        }
    }
};

QTEST_GUILESS_MAIN(TestCoreLayering)
#include "test_core_layering.moc"
