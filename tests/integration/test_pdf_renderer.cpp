// batch_report's paginated PDF: the text is real (pdftotext finds it), every page carries
// "Page X of Y" and the footer, and a cancelled export leaves no file behind.
#include "PdfRenderer.h"

#include <QGuiApplication>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

using batch::report::PdfLayout;
using batch::report::renderHtmlToPdf;

namespace {

QString pdfToText(const QString& pdf) {
    QProcess p;
    p.start(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), pdf, QStringLiteral("-")});
    if (!p.waitForFinished(60'000) || p.exitCode() != 0)
        return {};
    return QString::fromUtf8(p.readAllStandardOutput());
}

QString manyRows(int rows) {
    QString html = QStringLiteral("<h1>Batch record B-0001</h1><table border=1>");
    for (int i = 1; i <= rows; ++i)
        html += QStringLiteral("<tr><td>step %1</td><td>value %2.%3 g</td></tr>")
                    .arg(i)
                    .arg(i * 7)
                    .arg(i % 10);
    return html + QStringLiteral("</table>");
}

}  // namespace

class TestPdfRenderer : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() {
        if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty())
            QFAIL("pdftotext (poppler-utils) is required");
    }

    void writesSearchableTextWithPageNumbersAndFooter() {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("record.pdf"));
        PdfLayout layout;
        layout.title = QStringLiteral("Batch record");
        layout.headerText = QStringLiteral("PARA-500 / B-0001");
        layout.footerText = QStringLiteral("Record hash: 0123abcd");
        const int pages = renderHtmlToPdf(manyRows(400), path, layout);
        QVERIFY2(pages >= 3, qPrintable(QString::number(pages)));

        const QString text = pdfToText(path);
        QVERIFY(text.contains(QStringLiteral("Batch record B-0001")));
        QVERIFY(text.contains(QStringLiteral("value 7.1 g")));
        QVERIFY(text.contains(QStringLiteral("value 2800.0 g")));  // the last row
        for (int i = 1; i <= pages; ++i)
            QVERIFY2(text.contains(QStringLiteral("Page %1 of %2").arg(i).arg(pages)),
                     qPrintable(QStringLiteral("page %1 of %2 missing").arg(i).arg(pages)));
        QCOMPARE(text.count(QStringLiteral("Record hash: 0123abcd")), pages);
        QCOMPARE(text.count(QStringLiteral("PARA-500 / B-0001")), pages);
    }

    void cancelRemovesThePartialFile() {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("cancelled.pdf"));
        PdfLayout layout;
        int seen = 0;
        layout.progress = [&](int page, int) {
            seen = page;
            return page < 2;
        };
        QVERIFY_THROWS_EXCEPTION(batch::report::ReportError,
                                 renderHtmlToPdf(manyRows(400), path, layout));
        QCOMPARE(seen, 2);
        QVERIFY(!QFile::exists(path));
    }

    void unwritablePathIsAnError() {
        QVERIFY_THROWS_EXCEPTION(
            batch::report::ReportError,
            renderHtmlToPdf(QStringLiteral("<p>x</p>"),
                            QStringLiteral("/nonexistent-dir/record.pdf"), PdfLayout{}));
    }
};

QTEST_MAIN(TestPdfRenderer)
#include "test_pdf_renderer.moc"
