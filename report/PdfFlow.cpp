#include "PdfFlow.h"

#include "log/Logging.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QFontMetricsF>
#include <QPainter>
#include <QPdfWriter>

#include <spdlog/spdlog.h>

#include <algorithm>
#include <numeric>

namespace batch::report {
namespace {

QString tr(const char* text) {
    return QCoreApplication::translate("batch::report::Pdf", text);
}

auto log() {
    static auto logger = logging::logger("batch.report");
    return logger;
}

constexpr double kCellPaddingPt = 2.0;
constexpr double kBlockGapPt = 4.0;

// The fonts of the styles, measured on the writer (300 dpi device units).
class Fonts {
public:
    explicit Fonts(QPaintDevice* device) {
        for (int s = 0; s <= static_cast<int>(Style::Heading3); ++s) {
            QFont f(QStringLiteral("DejaVu Sans"));
            f.setPointSizeF(7.5);
            // No ligatures: "ff" in a hash or "fl" in a word must stay two letters for
            // search and for pdftotext (and unshaped Latin text is faster).
            f.setStyleStrategy(QFont::PreferNoShaping);
            switch (static_cast<Style>(s)) {
                case Style::Bold:
                case Style::Alarm:
                    f.setBold(true);
                    break;
                case Style::Struck:
                    f.setStrikeOut(true);
                    break;
                case Style::Muted:
                    f.setPointSizeF(6.5);
                    break;
                case Style::Mono:
                    f.setFamily(QStringLiteral("DejaVu Sans Mono"));
                    f.setPointSizeF(6.5);
                    break;
                case Style::Heading1:
                    f.setPointSizeF(14);
                    f.setBold(true);
                    break;
                case Style::Heading2:
                    f.setPointSizeF(11);
                    f.setBold(true);
                    break;
                case Style::Heading3:
                    f.setPointSizeF(9);
                    f.setBold(true);
                    break;
                case Style::Normal:
                    break;
            }
            fonts_.push_back(f);
            metrics_.emplace_back(f, device);
        }
    }
    const QFont& font(Style s) const { return fonts_[static_cast<size_t>(s)]; }
    const QFontMetricsF& metrics(Style s) const { return metrics_[static_cast<size_t>(s)]; }

private:
    std::vector<QFont> fonts_;
    std::vector<QFontMetricsF> metrics_;
};

int wrapFlags(Style s) {
    // Hashes and raw frames have no spaces: let them break anywhere rather than overflow.
    return Qt::AlignLeft | Qt::AlignTop |
           (s == Style::Mono ? Qt::TextWrapAnywhere : Qt::TextWordWrap);
}

// Where each piece lands: page and top y in body coordinates.
struct Placed {
    int page = 0;
    double y = 0;
    double height = 0;
    size_t block = 0;
    int row = -1;  // -1: the block itself (heading, paragraph) or a repeated header (-2)
    std::vector<std::vector<double>> cellHeights;  // per cell, per paragraph
};

class Flow {
public:
    Flow(const FlowDocument& doc, QPdfWriter& writer, const PdfLayout& layout)
        : doc_(doc), writer_(writer), layout_(layout), fonts_(&writer) {
        const QRectF printable(writer.pageLayout().paintRectPixels(writer.resolution()));
        page_ = QRectF(0, 0, printable.width(), printable.height());
        body_ = bodyRect(page_, writer.resolution());
        padding_ = kCellPaddingPt * writer.resolution() / 72.0;
        gap_ = kBlockGapPt * writer.resolution() / 72.0;
    }

    int paginate();
    void paint(QPainter& painter, const QString& path);

private:
    double paragraphHeight(const Paragraph& p, double width, double* out = nullptr) const {
        const QString text = p.text.isEmpty() ? QStringLiteral(" ") : p.text;
        const double h = fonts_.metrics(p.style)
                             .boundingRect(QRectF(0, 0, width, 1e9), wrapFlags(p.style), text)
                             .height();
        if (out)
            *out = h;
        return h;
    }
    std::vector<double> columnWidths(const Table& t) const {
        const double sum = std::accumulate(t.widths.begin(), t.widths.end(), 0.0);
        std::vector<double> w;
        for (double x : t.widths) w.push_back(body_.width() * x / (sum > 0 ? sum : 1));
        return w;
    }
    Placed measureRow(const std::vector<Cell>& cells, const std::vector<double>& widths) const;
    void place(Placed piece);
    void paintRow(QPainter& painter, const Placed& p, const std::vector<Cell>& cells,
                  const std::vector<double>& widths, bool header, const QPen& grid) const;

    const FlowDocument& doc_;
    QPdfWriter& writer_;
    const PdfLayout& layout_;
    Fonts fonts_;
    QRectF page_;
    QRectF body_;
    double padding_ = 0;
    double gap_ = 0;
    std::vector<Placed> placed_;
    int page_count_ = 1;
    double y_ = 0;
};

Placed Flow::measureRow(const std::vector<Cell>& cells, const std::vector<double>& widths) const {
    Placed p;
    double tallest = 0;
    for (size_t c = 0; c < widths.size(); ++c) {
        std::vector<double> heights;
        double h = 0;
        if (c < cells.size())
            for (const Paragraph& para : cells[c].lines)
                h += heights.emplace_back(paragraphHeight(para, widths[c] - 2 * padding_));
        p.cellHeights.push_back(std::move(heights));
        tallest = std::max(tallest, h);
    }
    // A row never splits; one taller than a page is clipped to the page.
    p.height = std::min(tallest + 2 * padding_, body_.height());
    return p;
}

void Flow::place(Placed piece) {
    if (y_ > 0 && y_ + piece.height > body_.height()) {
        ++page_count_;
        y_ = 0;
    }
    piece.page = page_count_ - 1;
    piece.y = y_;
    y_ += piece.height;
    placed_.push_back(std::move(piece));
}

int Flow::paginate() {
    const auto& blocks = doc_.blocks();
    for (size_t b = 0; b < blocks.size(); ++b) {
        const FlowDocument::Block& block = blocks[b];
        switch (block.kind) {
            case FlowDocument::Block::Kind::PageBreak:
                if (y_ > 0) {
                    ++page_count_;
                    y_ = 0;
                }
                break;
            case FlowDocument::Block::Kind::Heading:
            case FlowDocument::Block::Kind::Paragraph: {
                Placed p;
                p.block = b;
                p.height = paragraphHeight(block.paragraph, body_.width()) + gap_;
                // Keep a heading with the first row of what follows it.
                double next = 0;
                if (block.kind == FlowDocument::Block::Kind::Heading && b + 1 < blocks.size() &&
                    blocks[b + 1].kind == FlowDocument::Block::Kind::Table) {
                    const Table& t = blocks[b + 1].table;
                    const auto widths = columnWidths(t);
                    if (!t.header.empty())
                        next += measureRow(t.header, widths).height;
                    if (!t.rows.empty())
                        next += measureRow(t.rows.front(), widths).height;
                }
                if (y_ > 0 && y_ + p.height + next > body_.height()) {
                    ++page_count_;
                    y_ = 0;
                }
                place(std::move(p));
                break;
            }
            case FlowDocument::Block::Kind::Table: {
                const Table& t = block.table;
                const auto widths = columnWidths(t);
                const double headerHeight =
                    t.header.empty() ? 0 : measureRow(t.header, widths).height;
                int headerPage = -1;
                for (size_t r = 0; r < t.rows.size(); ++r) {
                    Placed row = measureRow(t.rows[r], widths);
                    row.block = b;
                    row.row = static_cast<int>(r);
                    // Every page the table is on starts with its header row.
                    bool needHeader = !t.header.empty() && headerPage != page_count_ - 1;
                    const double need = row.height + (needHeader ? headerHeight : 0);
                    if (y_ > 0 && y_ + need > body_.height()) {
                        ++page_count_;
                        y_ = 0;
                        needHeader = !t.header.empty();
                    }
                    if (needHeader) {
                        Placed header = measureRow(t.header, widths);
                        header.block = b;
                        header.row = -2;
                        place(std::move(header));
                        headerPage = page_count_ - 1;
                    }
                    place(std::move(row));
                }
                y_ += gap_;
                break;
            }
        }
    }
    return page_count_;
}

void Flow::paintRow(QPainter& painter, const Placed& p, const std::vector<Cell>& cells,
                    const std::vector<double>& widths, bool header, const QPen& grid) const {
    double x = body_.left();
    const double top = body_.top() + p.y;
    if (header)
        painter.fillRect(QRectF(body_.left(), top, body_.width(), p.height),
                         QColor(0xe8, 0xe8, 0xe8));
    for (size_t c = 0; c < widths.size(); ++c) {
        const QRectF cell(x, top, widths[c], p.height);
        painter.setPen(grid);
        painter.drawRect(cell);
        double y = top + padding_;
        if (c < cells.size()) {
            for (size_t i = 0; i < cells[c].lines.size(); ++i) {
                const Paragraph& para = cells[c].lines[i];
                const double h = p.cellHeights[c][i];
                painter.setFont(fonts_.font(header ? Style::Bold : para.style));
                painter.setPen(para.style == Style::Muted ? QColor(0x55, 0x55, 0x55) : Qt::black);
                const QRectF box(x + padding_, y, widths[c] - 2 * padding_,
                                 std::min(h, top + p.height - y));
                if (box.height() > 0)
                    painter.drawText(box, wrapFlags(para.style), para.text);
                y += h;
            }
        }
        x += widths[c];
    }
}

void Flow::paint(QPainter& painter, const QString& path) {
    const auto& blocks = doc_.blocks();
    int current = 0;
    QPen grid(QColor(0x80, 0x80, 0x80));
    grid.setWidthF(0.6);
    for (const Placed& p : placed_) {
        while (current < p.page) {
            paintPageBands(painter, page_, writer_.resolution(), layout_, current + 1, page_count_);
            if (layout_.progress && !layout_.progress(current + 1, page_count_)) {
                painter.end();
                QFile::remove(path);
                throw ReportError(tr("cancelled"));
            }
            if (!writer_.newPage())
                throw ReportError(tr("cannot add a page to %1").arg(path));
            ++current;
        }
        const FlowDocument::Block& block = blocks[p.block];
        if (block.kind == FlowDocument::Block::Kind::Table) {
            const auto widths = columnWidths(block.table);
            painter.setBrush(Qt::NoBrush);
            if (p.row == -2)
                paintRow(painter, p, block.table.header, widths, true, grid);
            else
                paintRow(painter, p, block.table.rows[static_cast<size_t>(p.row)], widths, false,
                         grid);
            continue;
        }
        painter.setFont(fonts_.font(block.paragraph.style));
        painter.setPen(block.paragraph.style == Style::Muted ? QColor(0x55, 0x55, 0x55)
                                                             : Qt::black);
        painter.drawText(QRectF(body_.left(), body_.top() + p.y, body_.width(), p.height),
                         wrapFlags(block.paragraph.style), block.paragraph.text);
    }
    for (; current < page_count_; ++current) {
        paintPageBands(painter, page_, writer_.resolution(), layout_, current + 1, page_count_);
        if (layout_.progress && !layout_.progress(current + 1, page_count_)) {
            painter.end();
            QFile::remove(path);
            throw ReportError(tr("cancelled"));
        }
        if (current + 1 < page_count_ && !writer_.newPage())
            throw ReportError(tr("cannot add a page to %1").arg(path));
    }
}

}  // namespace

void FlowDocument::heading(const QString& text, int level) {
    const Style s = level <= 1 ? Style::Heading1 : level == 2 ? Style::Heading2 : Style::Heading3;
    blocks_.push_back({Block::Kind::Heading, {text, s}, {}});
}

void FlowDocument::paragraph(const QString& text, Style style) {
    blocks_.push_back({Block::Kind::Paragraph, {text, style}, {}});
}

void FlowDocument::table(Table table) {
    blocks_.push_back({Block::Kind::Table, {}, std::move(table)});
}

void FlowDocument::pageBreak() {
    blocks_.push_back({Block::Kind::PageBreak, {}, {}});
}

int renderFlowToPdf(const FlowDocument& document, const QString& path, const PdfLayout& layout) {
    QPdfWriter writer(path);
    QPainter painter;
    beginPdf(writer, painter, path, layout);
    Flow flow(document, writer, layout);
    const int pages = flow.paginate();
    flow.paint(painter, path);
    if (!painter.end())
        throw ReportError(tr("cannot finish the PDF file %1").arg(path));
    log()->info("wrote PDF of {} pages to {}", pages, QFileInfo(path).fileName().toStdString());
    return pages;
}

}  // namespace batch::report
