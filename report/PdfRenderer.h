#pragma once

#include <QMarginsF>
#include <QPageSize>
#include <QString>

#include <functional>
#include <stdexcept>

class QPainter;
class QPdfWriter;
class QRectF;
class QTextDocument;

namespace batch::report {

class ReportError : public std::runtime_error {
public:
    explicit ReportError(const QString& message)
        : std::runtime_error(message.toStdString()), message_(message) {}
    const QString& message() const { return message_; }

private:
    QString message_;
};

// How a document is laid out on paper and what every page carries besides the body.
struct PdfLayout {
    QString title;        // PDF metadata and the running header
    QString creator;      // PDF metadata ("BatchStation 0.1.0")
    QString headerText;   // left of the running header (e.g. product and batch id)
    QString footerText;   // left of the footer (e.g. "Record hash: …")
    QPageSize pageSize = QPageSize(QPageSize::A4);
    QMarginsF marginsMm = QMarginsF(15, 18, 15, 18);
    int resolutionDpi = 300;
    // Called after each page is painted with (page, pages); returning false cancels
    // (the partial file is removed and ReportError("cancelled") thrown).
    std::function<bool(int, int)> progress;
};

// Lays `html` out on pages and writes a PDF of real, searchable text to `path`: the
// running header, "Page X of Y" and the footer text on every page. Returns the number of
// pages. Needs a QGuiApplication (the offscreen platform is enough). Throws ReportError
// when the file cannot be written or the caller cancels.
int renderHtmlToPdf(const QString& html, const QString& path, const PdfLayout& layout);

// The same for a document the caller built (e.g. with QTextCursor for speed).
int renderDocumentToPdf(QTextDocument& document, const QString& path, const PdfLayout& layout);

// The parts every renderer shares: the body area of a page (the printable area minus the
// header and footer bands) and the bands themselves (header text and title, footer text,
// "Page X of Y"), in device units of a `dpi` paint device.
QRectF bodyRect(const QRectF& page, int dpi);
// Page size, margins, resolution and metadata of `layout` on the writer, and `painter`
// begun on it; throws ReportError when the file cannot be written.
void beginPdf(QPdfWriter& writer, QPainter& painter, const QString& path, const PdfLayout& layout);
void paintPageBands(QPainter& painter, const QRectF& page, int dpi, const PdfLayout& layout,
                    int pageNumber, int pages);

}  // namespace batch::report
