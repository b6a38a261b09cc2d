#pragma once

#include "mva/Limits.h"
#include "mva/Preprocessing.h"

#include <Eigen/Dense>

#include <string>
#include <vector>

namespace batch::mva {

// Control limits of a fitted model at 95 % and 99 % (docs/mva.md §5).
struct ModelLimits {
    double t2_95 = 0, t2_99 = 0;                // Phase II (F): new observations
    double t2_phase1_95 = 0, t2_phase1_99 = 0;  // Phase I (Beta): the training rows
    double spe_95 = 0, spe_99 = 0;              // Jackson-Mudholkar, or Box if h0 <= 0
    double spe_box_95 = 0, spe_box_99 = 0;      // Box / Nomikos-MacGregor chi2
    double dmodx_95 = 0, dmodx_99 = 0;          // normalised DModX, F
    bool speJacksonMudholkar = true;            // false: spe_95/99 fell back to Box
};

// What a fitted PCA model keeps: enough to score new rows and to reproduce its limits.
struct PcaModel {
    std::vector<std::string> names;
    Preprocessing pre;
    Eigen::MatrixXd loadings;        // K x A, orthonormal columns, sign rule applied
    Eigen::VectorXd eigenvalues;     // A: lambda_a = t_a't_a / (N - 1)
    Eigen::VectorXd explainedRatio;  // A: share of the total sum of squares per component
    std::string method;              // "svd" or "nipals"
    Eigen::Index observations = 0;   // N
    Eigen::Index missingValues = 0;
    double totalSumSquares = 0;           // of the preprocessed training data (present values)
    limits::Theta theta;                  // residual eigenvalue power sums
    double speMean = 0, speVariance = 0;  // of the training SPE (variance with N - 1)
    double s0 = 0;                        // pooled residual SD for DModX
    ModelLimits lim;

    Eigen::Index variables() const { return loadings.rows(); }
    Eigen::Index components() const { return loadings.cols(); }
    // Recomputes `lim` from N, K, A, theta and the SPE moments.
    void computeLimits();
};

}  // namespace batch::mva
