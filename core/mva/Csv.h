#pragma once

#include <Eigen/Dense>

#include <string>
#include <string_view>
#include <vector>

namespace batch::mva {

// A numeric table read from CSV for the MVA commands (docs/mva.md §8).
struct CsvTable {
    std::vector<std::string> names;
    Eigen::MatrixXd values;  // rows x columns; NaN = missing
    // Columns read as text (CsvLimits::textColumns), e.g. a batch identifier: the name and
    // one string per row. They are not part of `names` / `values`.
    std::vector<std::string> textNames;
    std::vector<std::vector<std::string>> text;

    // Index of a numeric column by name, or -1.
    Eigen::Index column(const std::string& name) const;
};

// Bounds that keep a hostile file from exhausting memory.
struct CsvLimits {
    size_t maxBytes = size_t{512} << 20;
    size_t maxColumns = 100000;
    size_t maxCells = size_t{50} << 20;
    size_t maxFieldBytes = 4096;
    // Header names of columns kept as text instead of numbers (batch ids); each must exist.
    std::vector<std::string> textColumns;
    // When not empty: only these columns (each must exist) are read as numbers; every other
    // column that is not a text column is skipped unread (scoring a file against a model).
    std::vector<std::string> numericColumns;
};

// Header row of (possibly quoted, RFC 4180 "" escapes) names, comma separated; then one
// row of numbers per line. Empty, NA and NaN (any case) are missing values. Numbers are
// parsed locale-independently. Errors throw MvaError naming the line and column ("line 7,
// column 3 ('temp'): ...").
CsvTable parseCsv(std::string_view text, const CsvLimits& limits = {});
CsvTable readCsvFile(const std::string& path, const CsvLimits& limits = {});

}  // namespace batch::mva
