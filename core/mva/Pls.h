#pragma once

#include "mva/Preprocessing.h"

#include <Eigen/Dense>

#include <string>
#include <vector>

namespace batch::mva {

struct PlsOptions {
    Eigen::Index components = 2;
    Scaling scaling = Scaling::UnitVariance;  // applied to X and Y alike
    double tolerance = 1e-14;                 // PLS2 inner loop: ||dt|| <= tol * ||t||
    int maxIterations = 10000;
};

// PLS1 / PLS2 by NIPALS on complete data (docs/mva.md §9). Matrices in preprocessed
// units unless noted; the sign rule is applied to each column of W.
struct PlsModel {
    std::vector<std::string> xNames, yNames;
    Preprocessing xPre, yPre;
    Eigen::MatrixXd w;                      // K x A  X weights
    Eigen::MatrixXd wStar;                  // K x A  W* = W (P'W)^-1: scores t = Z W*
    Eigen::MatrixXd p;                      // K x A  X loadings
    Eigen::MatrixXd q;                      // M x A  Y loadings
    Eigen::MatrixXd t;                      // N x A  training X scores
    Eigen::MatrixXd coefficients;           // K x M, original units: y = intercept + x' B
    Eigen::VectorXd intercept;              // M
    Eigen::VectorXd vip;                    // K
    Eigen::VectorXd r2, rmsec;              // M, training fit in original units
    Eigen::Index observations = 0;          // N
    Eigen::VectorXd tVariance;              // A: t_a't_a / (N - 1), for the T2 of new rows
    double xSpeMean = 0, xSpeVariance = 0;  // of the training X residuals (Box limit)

    Eigen::MatrixXd predict(const Eigen::MatrixXd& x) const;  // complete rows
};

PlsModel fitPls(const Eigen::MatrixXd& x, const Eigen::MatrixXd& y,
                const std::vector<std::string>& xNames, const std::vector<std::string>& yNames,
                const PlsOptions& options);

// Cross-validation (docs/mva.md §10): observation i goes to fold i mod `folds`
// (folds == N is leave-one-out). Preprocessing is refitted inside every fold.
struct PlsCrossValidation {
    Eigen::Index folds = 0;
    Eigen::MatrixXd q2;      // A x M: row a-1 for a model with a components
    Eigen::MatrixXd rmsecv;  // A x M, original units
    Eigen::MatrixXd press;   // A x M
};
PlsCrossValidation crossValidatePls(const Eigen::MatrixXd& x, const Eigen::MatrixXd& y,
                                    const PlsOptions& options, Eigen::Index folds);

}  // namespace batch::mva
