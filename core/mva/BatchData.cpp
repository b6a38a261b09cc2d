#include "mva/BatchData.h"

#include "mva/MvaError.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <map>

namespace batch::mva {

BatchSet splitBatches(const CsvTable& table, const std::string& batchColumn,
                      const std::string& maturityColumn, const std::vector<std::string>& variables,
                      const std::vector<std::string>& exclude) {
    const auto textIt = std::find(table.textNames.begin(), table.textNames.end(), batchColumn);
    if (textIt == table.textNames.end())
        throw MvaError("no batch column '" + batchColumn + "'");
    const std::vector<std::string>& ids =
        table.text[static_cast<size_t>(textIt - table.textNames.begin())];
    const Eigen::Index mcol = table.column(maturityColumn);
    if (mcol < 0)
        throw MvaError("no maturity column '" + maturityColumn + "'");
    BatchSet set;
    set.maturityName = maturityColumn;
    std::vector<Eigen::Index> cols;
    if (variables.empty()) {
        for (size_t j = 0; j < table.names.size(); ++j) {
            const std::string& n = table.names[j];
            if (static_cast<Eigen::Index>(j) == mcol ||
                std::find(exclude.begin(), exclude.end(), n) != exclude.end())
                continue;
            cols.push_back(static_cast<Eigen::Index>(j));
        }
    } else {
        for (const std::string& v : variables) {
            const Eigen::Index c = table.column(v);
            if (c < 0)
                throw MvaError("no variable column '" + v + "'");
            cols.push_back(c);
        }
    }
    if (cols.empty())
        throw MvaError("no process variables left after excluding maturity and --exclude");
    for (Eigen::Index c : cols) set.variables.push_back(table.names[static_cast<size_t>(c)]);
    for (const std::string& e : exclude)
        if (table.column(e) < 0)
            throw MvaError("--exclude: no column named '" + e + "'");

    const Eigen::Index n = table.values.rows();
    std::map<std::string, size_t> seen;
    Eigen::Index start = 0;
    while (start < n) {
        Eigen::Index end = start;
        const std::string& id = ids[static_cast<size_t>(start)];
        while (end < n && ids[static_cast<size_t>(end)] == id) ++end;
        if (seen.count(id))
            throw MvaError("batch '" + id + "': rows are not contiguous (again at data row " +
                           std::to_string(start + 1) + ")");
        seen[id] = set.batches.size();
        BatchTrajectory b;
        b.id = id;
        b.maturity = table.values.block(start, mcol, end - start, 1);
        b.x = table.values(Eigen::seqN(start, end - start), cols);
        for (Eigen::Index i = 0; i < b.maturity.size(); ++i) {
            const double m = b.maturity(i);
            if (!std::isfinite(m))
                throw MvaError("batch '" + id + "', data row " + std::to_string(start + i + 1) +
                               ": maturity ('" + maturityColumn + "') is missing");
            if (i > 0 && !(m > b.maturity(i - 1)))
                throw MvaError("batch '" + id + "', data row " + std::to_string(start + i + 1) +
                               ": maturity " + std::to_string(m) +
                               " is not greater than the previous " +
                               std::to_string(b.maturity(i - 1)));
        }
        if (b.maturity.size() < 2)
            throw MvaError("batch '" + id + "' has fewer than two observations");
        set.batches.push_back(std::move(b));
        start = end;
    }
    return set;
}

BatchSet readBatchCsv(const std::string& path, const std::string& batchColumn,
                      const std::string& maturityColumn, const std::vector<std::string>& variables,
                      const std::vector<std::string>& exclude) {
    CsvLimits lim;
    lim.textColumns = {batchColumn};
    const CsvTable t = readCsvFile(path, lim);
    try {
        return splitBatches(t, batchColumn, maturityColumn, variables, exclude);
    } catch (const MvaError& e) {
        throw MvaError(path + ": " + e.what());
    }
}

Eigen::VectorXd uniformGrid(double first, double last, Eigen::Index points) {
    if (points < 2 || !(last > first))
        throw MvaError("maturity grid needs at least 2 points and a range (" +
                       std::to_string(first) + " .. " + std::to_string(last) + ")");
    return Eigen::VectorXd::LinSpaced(points, first, last);
}

GridPosition gridPosition(const Eigen::VectorXd& grid, double m) {
    const Eigen::Index g = grid.size();
    const double step = (grid(g - 1) - grid(0)) / static_cast<double>(g - 1);
    const double f = (m - grid(0)) / step;
    if (!(f > 0))
        return {0, 0.0};
    if (f >= static_cast<double>(g - 1))
        return {g - 2, 1.0};
    const auto lower = static_cast<Eigen::Index>(std::floor(f));
    return {lower, f - static_cast<double>(lower)};
}

Eigen::VectorXd alignVector(const Eigen::VectorXd& maturity, const Eigen::VectorXd& values,
                            const Eigen::VectorXd& grid) {
    Eigen::VectorXd out(grid.size());
    const Eigen::Index n = maturity.size();
    Eigen::Index i = 0;
    for (Eigen::Index g = 0; g < grid.size(); ++g) {
        const double m = grid(g);
        // A tolerance of a millionth of the grid step keeps the batch's own end points in.
        const double eps = 1e-9 * std::max(1.0, std::abs(m));
        if (m < maturity(0) - eps || m > maturity(n - 1) + eps) {
            out(g) = std::numeric_limits<double>::quiet_NaN();
            continue;
        }
        while (i + 2 < n && maturity(i + 1) < m) ++i;
        const double span = maturity(i + 1) - maturity(i);
        const double w = std::clamp((m - maturity(i)) / span, 0.0, 1.0);
        out(g) = w == 0.0   ? values(i)
                 : w == 1.0 ? values(i + 1)
                            : (1.0 - w) * values(i) + w * values(i + 1);
    }
    return out;
}

Eigen::MatrixXd alignToGrid(const BatchTrajectory& b, const Eigen::VectorXd& grid) {
    Eigen::MatrixXd out(grid.size(), b.x.cols());
    for (Eigen::Index k = 0; k < b.x.cols(); ++k)
        out.col(k) = alignVector(b.maturity, b.x.col(k), grid);
    return out;
}

}  // namespace batch::mva
