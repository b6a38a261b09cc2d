#pragma once

#include "mva/PcaModel.h"

#include <Eigen/Dense>

#include <string>
#include <vector>

namespace batch::mva {

struct PcaOptions {
    Eigen::Index components = 2;
    Scaling scaling = Scaling::UnitVariance;
    Eigen::VectorXd weights;  // empty: all ones
    // NIPALS stops when ||t_new - t_old|| <= tolerance * ||t_new|| (docs/mva.md §3).
    double nipalsTolerance = 1e-12;
    int nipalsMaxIterations = 10000;
};

// Per-row diagnostics of a data set scored against a model (the Scorer, row by row).
struct PcaScores {
    Eigen::MatrixXd scores;  // N x A
    Eigen::VectorXd t2, spe, dmodx;
    Eigen::MatrixXd t2Contrib;   // N x K
    Eigen::MatrixXd speContrib;  // N x K
};

struct PcaFit {
    PcaModel model;
    PcaScores training;        // the training rows scored by the model
    int nipalsIterations = 0;  // most iterations any component needed (0 for SVD)
};

// SVD when the data are complete, NIPALS (present-only sums) when any value is NaN.
PcaFit fitPca(const Eigen::MatrixXd& x, const std::vector<std::string>& names,
              const PcaOptions& options);
// Forces NIPALS, also on complete data (for tests and comparison).
PcaFit fitPcaNipals(const Eigen::MatrixXd& x, const std::vector<std::string>& names,
                    const PcaOptions& options);

PcaScores scorePca(const PcaModel& model, const Eigen::MatrixXd& x);

// Sign rule (docs/mva.md §1): in each column of `loadings`, the element of largest
// absolute value (the first one on a tie) is made positive; the matching score column
// flips with it.
void applySignRule(Eigen::MatrixXd& loadings, Eigen::MatrixXd* scores);

}  // namespace batch::mva
