#include "PdfRenderer.h"

#include "log/Logging.h"

#include <QAbstractTextDocumentLayout>
#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QPainter>
#include <QPdfWriter>
#include <QTextDocument>

#include <spdlog/spdlog.h>

namespace batch::report {
namespace {

auto log() {
    static auto logger = logging::logger("batch.report");
    return logger;
}

QString tr(const char* text) { return QCoreApplication::translate("batch::report::Pdf", text); }

// Header and footer bands, in points, inside the page margins.
constexpr double kBandPt = 14.0;

double pointsToDevice(double points, int dpi) { return points * dpi / 72.0; }

}  // namespace

QRectF bodyRect(const QRectF& page, int dpi) {
    const double band = pointsToDevice(kBandPt, dpi);
    return QRectF(0, band * 1.5, page.width(), page.height() - band * 3.0);
}

void paintPageBands(QPainter& painter, const QRectF& page, int dpi, const PdfLayout& layout,
                    int pageNumber, int pages) {
    const double band = pointsToDevice(kBandPt, dpi);
    QFont bandFont(QStringLiteral("DejaVu Sans"));
    bandFont.setPointSizeF(7.5);
    bandFont.setStyleStrategy(QFont::PreferNoShaping);  // no ligatures inside the record hash
    painter.save();
    painter.setClipping(false);
    painter.setFont(bandFont);
    painter.setPen(Qt::black);
    const QRectF header(0, 0, page.width(), band);
    painter.drawText(header, Qt::AlignLeft | Qt::AlignVCenter, layout.headerText);
    painter.drawText(header, Qt::AlignRight | Qt::AlignVCenter, layout.title);
    painter.drawLine(QPointF(0, band), QPointF(page.width(), band));
    const QRectF footer(0, page.height() - band, page.width(), band);
    painter.drawLine(QPointF(0, footer.top()), QPointF(page.width(), footer.top()));
    painter.drawText(footer, Qt::AlignLeft | Qt::AlignVCenter, layout.footerText);
    painter.drawText(footer, Qt::AlignRight | Qt::AlignVCenter,
                     tr("Page %1 of %2").arg(pageNumber).arg(pages));
    painter.restore();
}

void beginPdf(QPdfWriter& writer, QPainter& painter, const QString& path, const PdfLayout& layout) {
    writer.setResolution(layout.resolutionDpi);
    writer.setPageSize(layout.pageSize);
    writer.setPageMargins(layout.marginsMm, QPageLayout::Millimeter);
    writer.setTitle(layout.title);
    writer.setCreator(layout.creator);
    if (!painter.begin(&writer))
        throw ReportError(tr("cannot write the PDF file %1").arg(path));
}

int renderHtmlToPdf(const QString& html, const QString& path, const PdfLayout& layout) {
    QTextDocument document;
    document.setHtml(html);
    return renderDocumentToPdf(document, path, layout);
}

int renderDocumentToPdf(QTextDocument& document, const QString& path, const PdfLayout& layout) {
    QPdfWriter writer(path);
    QPainter painter;
    beginPdf(writer, painter, path, layout);

    // The body is the printable area minus a header and a footer band.
    const QRectF printable = QRectF(writer.pageLayout().paintRectPixels(writer.resolution()));
    const QRectF page(0, 0, printable.width(), printable.height());
    const QRectF body = bodyRect(page, writer.resolution());

    // Without letter spacing Qt's shaper joins "fi", "fl", ... into ligature glyphs, and
    // pdftotext (or a reader's search) then finds "Certiﬁcate" instead of "Certificate".
    // A letter spacing of 0.05 px is invisible and switches ligatures off (0.01 rounds to 0).
    QFont bodyFont = document.defaultFont();
    bodyFont.setLetterSpacing(QFont::AbsoluteSpacing, 0.05);
    document.setDefaultFont(bodyFont);
    document.documentLayout()->setPaintDevice(&writer);
    document.setPageSize(body.size());
    document.setDocumentMargin(0);
    const int pages = document.pageCount();

    for (int i = 0; i < pages; ++i) {
        if (i > 0 && !writer.newPage())
            throw ReportError(tr("cannot add a page to %1").arg(path));

        painter.save();
        painter.translate(body.left(), body.top() - i * body.height());
        QAbstractTextDocumentLayout::PaintContext context;
        context.clip = QRectF(0, i * body.height(), body.width(), body.height());
        painter.setClipRect(context.clip);
        document.documentLayout()->draw(&painter, context);
        painter.restore();

        paintPageBands(painter, page, writer.resolution(), layout, i + 1, pages);

        if (layout.progress && !layout.progress(i + 1, pages)) {
            painter.end();
            QFile::remove(path);
            throw ReportError(tr("cancelled"));
        }
    }
    if (!painter.end())
        throw ReportError(tr("cannot finish the PDF file %1").arg(path));
    log()->info("wrote PDF of {} pages to {}", pages, QFileInfo(path).fileName().toStdString());
    return pages;
}

}  // namespace batch::report
