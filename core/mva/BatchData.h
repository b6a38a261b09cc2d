#pragma once

#include "mva/Csv.h"

#include <Eigen/Dense>

#include <string>
#include <vector>

namespace batch::mva {

// One batch's observations in time order: the maturity variable (e.g. minutes since the
// start, docs/mva.md §15) and the process variables, one row per observation.
struct BatchTrajectory {
    std::string id;
    Eigen::VectorXd maturity;  // strictly increasing
    Eigen::MatrixXd x;         // rows x variables, original units, NaN = missing
};

struct BatchSet {
    std::vector<std::string> variables;
    std::string maturityName;
    std::vector<BatchTrajectory> batches;
};

// Splits a table with a text batch column (CsvLimits::textColumns) and a numeric maturity
// column into batches, in order of first appearance. `variables` selects the process
// variables (empty: every numeric column except maturity and `exclude`). A batch's rows
// must be contiguous and its maturity strictly increasing and finite; errors name the
// batch and the data row.
BatchSet splitBatches(const CsvTable& table, const std::string& batchColumn,
                      const std::string& maturityColumn, const std::vector<std::string>& variables,
                      const std::vector<std::string>& exclude = {});

// Reads a CSV file with the batch column as text and splits it (splitBatches).
BatchSet readBatchCsv(const std::string& path, const std::string& batchColumn,
                      const std::string& maturityColumn, const std::vector<std::string>& variables,
                      const std::vector<std::string>& exclude = {});

// A uniform maturity grid from `first` to `last` with `points` points.
Eigen::VectorXd uniformGrid(double first, double last, Eigen::Index points);

// Linear interpolation weights of `m` on a uniform grid: the lower index and the weight
// of the upper neighbour. Clamped to the ends of the grid.
struct GridPosition {
    Eigen::Index lower = 0;
    double weight = 0;  // of lower + 1
};
GridPosition gridPosition(const Eigen::VectorXd& grid, double m);

// Each column of the batch linearly interpolated on the grid (alignment on maturity).
// A grid point outside the batch's maturity range gets NaN; a missing value in either
// neighbouring observation makes the interpolated cell missing.
Eigen::MatrixXd alignToGrid(const BatchTrajectory& batch, const Eigen::VectorXd& grid);
// The same for a single column of per-observation values (e.g. the SPE of each row).
Eigen::VectorXd alignVector(const Eigen::VectorXd& maturity, const Eigen::VectorXd& values,
                            const Eigen::VectorXd& grid);

}  // namespace batch::mva
