#include "mva/Csv.h"

#include "mva/MvaError.h"
#include "mva/Preprocessing.h"

#include <QFile>
#include <QString>

#include <algorithm>
#include <charconv>
#include <cmath>
#include <limits>

namespace batch::mva {
namespace {

struct Field {
    std::string text;
    bool quoted = false;
};

// Splits one logical record starting at `pos`; advances `pos` past its line end. A
// quoted field may contain commas, "" and line breaks (counted in `line`).
std::vector<Field> readRecord(std::string_view s, size_t& pos, size_t& line, const CsvLimits& lim,
                              size_t recordLine) {
    std::vector<Field> out;
    Field f;
    bool inQuotes = false;
    bool afterQuote = false;
    auto push = [&] {
        out.push_back(std::move(f));
        f = Field{};
        afterQuote = false;
        if (out.size() > lim.maxColumns)
            throw MvaError("line " + std::to_string(recordLine) + ": more than " +
                           std::to_string(lim.maxColumns) + " columns");
    };
    while (pos < s.size()) {
        const char c = s[pos++];
        if (inQuotes) {
            if (c == '"') {
                if (pos < s.size() && s[pos] == '"') {
                    f.text += '"';
                    ++pos;
                } else {
                    inQuotes = false;
                    afterQuote = true;
                }
            } else {
                if (c == '\n')
                    ++line;
                f.text += c;
            }
        } else if (c == ',') {
            push();
            continue;
        } else if (c == '\n' || c == '\r') {
            if (c == '\r' && pos < s.size() && s[pos] == '\n')
                ++pos;
            ++line;
            push();
            return out;
        } else if (c == '"' && f.text.empty() && !f.quoted) {
            inQuotes = true;
            f.quoted = true;
        } else if (afterQuote) {
            if (c != ' ' && c != '\t')
                throw MvaError("line " + std::to_string(recordLine) + ", column " +
                               std::to_string(out.size() + 1) + ": text after a closing quote");
        } else {
            f.text += c;
        }
        if (f.text.size() > lim.maxFieldBytes)
            throw MvaError("line " + std::to_string(recordLine) + ", column " +
                           std::to_string(out.size() + 1) + ": field longer than " +
                           std::to_string(lim.maxFieldBytes) + " bytes");
    }
    if (inQuotes)
        throw MvaError("line " + std::to_string(recordLine) + ", column " +
                       std::to_string(out.size() + 1) + ": unterminated quoted field");
    push();
    return out;
}

std::string_view trim(std::string_view v) {
    while (!v.empty() && (v.front() == ' ' || v.front() == '\t')) v.remove_prefix(1);
    while (!v.empty() && (v.back() == ' ' || v.back() == '\t')) v.remove_suffix(1);
    return v;
}

bool isMissing(std::string_view v) {
    if (v.empty())
        return true;
    const QString s = QString::fromUtf8(v.data(), static_cast<qsizetype>(v.size()));
    return s.compare(QLatin1String("NA"), Qt::CaseInsensitive) == 0 ||
           s.compare(QLatin1String("NaN"), Qt::CaseInsensitive) == 0;
}

bool blankRecord(const std::vector<Field>& r) {
    return r.size() == 1 && !r[0].quoted && trim(r[0].text).empty();
}

}  // namespace

CsvTable parseCsv(std::string_view text, const CsvLimits& lim) {
    if (text.size() > lim.maxBytes)
        throw MvaError("file larger than " + std::to_string(lim.maxBytes) + " bytes");
    if (text.size() >= 3 && text.substr(0, 3) == "\xEF\xBB\xBF")
        text.remove_prefix(3);  // a UTF-8 byte order mark written by spreadsheet programs
    size_t pos = 0;
    size_t line = 1;
    // Skip leading blank lines; a file with nothing else is empty.
    std::vector<Field> header;
    while (pos < text.size()) {
        const size_t at = line;
        header = readRecord(text, pos, line, lim, at);
        if (!blankRecord(header))
            break;
        header.clear();
    }
    if (header.empty())
        throw MvaError("empty file: no header row");
    CsvTable table;
    for (size_t j = 0; j < header.size(); ++j) {
        const std::string name(trim(header[j].text));
        if (name.empty())
            throw MvaError("line 1, column " + std::to_string(j + 1) + ": empty variable name");
        table.names.push_back(name);
    }
    // Split the header into numeric and text columns.
    std::vector<bool> isText(table.names.size(), false);
    for (const std::string& wanted : lim.textColumns) {
        const auto it = std::find(table.names.begin(), table.names.end(), wanted);
        if (it == table.names.end())
            throw MvaError("line 1: no column named '" + wanted + "'");
        isText[static_cast<size_t>(it - table.names.begin())] = true;
    }
    std::vector<bool> skipped(table.names.size(), false);
    if (!lim.numericColumns.empty()) {
        for (const std::string& wanted : lim.numericColumns)
            if (std::find(table.names.begin(), table.names.end(), wanted) == table.names.end())
                throw MvaError("line 1: no column named '" + wanted + "'");
        for (size_t j = 0; j < table.names.size(); ++j)
            skipped[j] =
                !isText[j] && std::find(lim.numericColumns.begin(), lim.numericColumns.end(),
                                        table.names[j]) == lim.numericColumns.end();
    }
    const std::vector<std::string> allNames = table.names;
    table.names.clear();
    for (size_t j = 0; j < allNames.size(); ++j) {
        if (skipped[j])
            continue;
        if (isText[j]) {
            table.textNames.push_back(allNames[j]);
            table.text.emplace_back();
        } else {
            table.names.push_back(allNames[j]);
        }
    }
    const size_t k = allNames.size();
    const size_t numeric = table.names.size();
    const size_t stored = numeric + table.textNames.size();
    std::vector<double> cells;
    size_t rows = 0;
    while (pos < text.size()) {
        const size_t at = line;
        const std::vector<Field> rec = readRecord(text, pos, line, lim, at);
        if (blankRecord(rec))
            continue;
        if (rec.size() != k) {
            // Name the first column that does not line up with the header.
            const std::string where =
                rec.size() < k ? "column " + std::to_string(rec.size() + 1) + " ('" +
                                     allNames[rec.size()] + "') and after are missing"
                               : "column " + std::to_string(k + 1) + " is beyond the header";
            throw MvaError("line " + std::to_string(at) + ": ragged row with " +
                           std::to_string(rec.size()) + " fields, header has " + std::to_string(k) +
                           " (" + where + ")");
        }
        if (cells.size() + stored > lim.maxCells)
            throw MvaError("line " + std::to_string(at) + ": more than " +
                           std::to_string(lim.maxCells) + " cells");
        for (size_t j = 0, textIndex = 0, numIndex = 0; j < k; ++j) {
            if (skipped[j])
                continue;
            const std::string_view v = trim(rec[j].text);
            if (isText[j]) {
                if (v.empty())
                    throw MvaError("line " + std::to_string(at) + ", column " +
                                   std::to_string(j + 1) + " ('" + allNames[j] + "'): empty");
                table.text[textIndex++].emplace_back(v);
                continue;
            }
            const Eigen::Index label = static_cast<Eigen::Index>(numIndex++);
            if (isMissing(v)) {
                cells.push_back(std::numeric_limits<double>::quiet_NaN());
                continue;
            }
            double d = 0;
            const char* b = v.data();
            const char* e = v.data() + v.size();
            if (*b == '+')
                ++b;  // from_chars rejects a leading '+', spreadsheets write it
            const auto r = std::from_chars(b, e, d);
            if (r.ec != std::errc() || r.ptr != e || !std::isfinite(d))
                throw MvaError("line " + std::to_string(at) + ", column " + std::to_string(j + 1) +
                               " ('" + table.names[static_cast<size_t>(label)] +
                               "'): not a number: '" + std::string(v.substr(0, 64)) + "'");
            cells.push_back(d);
        }
        ++rows;
    }
    if (rows == 0)
        throw MvaError("empty file: header but no data rows");
    table.values =
        Eigen::Map<const Eigen::Matrix<double, Eigen::Dynamic, Eigen::Dynamic, Eigen::RowMajor>>(
            cells.data(), static_cast<Eigen::Index>(rows), static_cast<Eigen::Index>(numeric));
    return table;
}

Eigen::Index CsvTable::column(const std::string& name) const {
    const auto it = std::find(names.begin(), names.end(), name);
    return it == names.end() ? -1 : static_cast<Eigen::Index>(it - names.begin());
}

CsvTable readCsvFile(const std::string& path, const CsvLimits& lim) {
    QFile f(QString::fromStdString(path));
    if (!f.open(QIODevice::ReadOnly))
        throw MvaError(path + ": " + f.errorString().toStdString());
    if (static_cast<size_t>(f.size()) > lim.maxBytes)
        throw MvaError(path + ": file larger than " + std::to_string(lim.maxBytes) + " bytes");
    const QByteArray bytes = f.read(static_cast<qint64>(lim.maxBytes) + 1);
    try {
        return parseCsv(std::string_view(bytes.constData(), static_cast<size_t>(bytes.size())),
                        lim);
    } catch (const MvaError& e) {
        throw MvaError(path + ": " + e.what());
    }
}

}  // namespace batch::mva
