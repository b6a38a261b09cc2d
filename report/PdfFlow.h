#pragma once

#include "PdfRenderer.h"

#include <QString>

#include <vector>

namespace batch::report {

// A paginated flow of headings, paragraphs and tables painted straight onto QPdfWriter:
// for long records this is an order of magnitude faster than laying out a QTextDocument
// (a 200-page batch record in well under the 5 s budget; tests/bench/bench_review). Text
// is real PDF text. Table rows never split across pages; a table's header row repeats on
// every page it continues on, and a heading stays with what follows it.
enum class Style { Normal, Bold, Struck, Muted, Mono, Alarm, Heading1, Heading2, Heading3 };

struct Paragraph {
    QString text;
    Style style = Style::Normal;
};

// One table cell: paragraphs stacked, each wrapped to the column width.
struct Cell {
    Cell() = default;
    Cell(const QString& text, Style style = Style::Normal) : lines{{text, style}} {}  // NOLINT
    Cell(std::initializer_list<Paragraph> paragraphs) : lines(paragraphs) {}
    Cell& add(const QString& text, Style style = Style::Normal) {
        if (!text.isEmpty())
            lines.push_back({text, style});
        return *this;
    }
    std::vector<Paragraph> lines;
};

struct Table {
    std::vector<double> widths;  // relative column widths
    std::vector<Cell> header;    // empty: no header row
    std::vector<std::vector<Cell>> rows;
};

class FlowDocument {
public:
    void heading(const QString& text, int level = 1);
    void paragraph(const QString& text, Style style = Style::Normal);
    void table(Table table);
    void pageBreak();

    struct Block {
        enum class Kind { Heading, Paragraph, Table, PageBreak } kind;
        Paragraph paragraph;
        Table table;
    };
    const std::vector<Block>& blocks() const { return blocks_; }

private:
    std::vector<Block> blocks_;
};

// Paints `document` to a PDF at `path` with the layout's running header, footer and
// "Page X of Y" on every page (two passes: paginate, then paint). Returns the page count;
// throws ReportError when the file cannot be written or the caller cancels (the partial
// file is removed). Needs a QGuiApplication (offscreen is enough); any thread.
int renderFlowToPdf(const FlowDocument& document, const QString& path, const PdfLayout& layout);

}  // namespace batch::report
