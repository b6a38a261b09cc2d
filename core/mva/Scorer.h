#pragma once

#include "mva/PcaModel.h"

#include <Eigen/Dense>

namespace batch::mva {

// Scores one observation at a time against a PCA model (docs/mva.md §4, §6). Every buffer
// is allocated in the constructor: score() on a complete row does no heap allocation,
// which keeps online monitoring inside its 2 us budget (DESIGN.md §7). A row with missing
// values (NaN) is projected on its present variables: t = (Pp'Pp)^-1 Pp'zp.
class Scorer {
public:
    explicit Scorer(const PcaModel& model);

    // `x` holds K values in original units; NaN = missing. The results stay valid until
    // the next call. Returns false when too few variables are present to estimate the
    // scores (fewer than A, or a singular projection); the statistics are NaN then.
    bool score(const double* x);

    const Eigen::VectorXd& scores() const { return t_; }
    double t2() const { return t2_; }
    double spe() const { return spe_; }
    double dmodx() const { return dmodx_; }
    // Per variable, in preprocessed units; each sums to its statistic (0 where missing).
    const Eigen::VectorXd& t2Contributions() const { return ct2_; }
    const Eigen::VectorXd& speContributions() const { return cspe_; }
    Eigen::Index presentVariables() const { return present_; }

private:
    bool scoreMissing();

    Eigen::VectorXd mean_, factor_, invLambda_;
    // R = P (P'P)^-1 projects a complete row, t = R'z: NIPALS loadings fitted with missing
    // values are unit vectors but not exactly orthogonal, so P'z alone would not be the
    // least-squares score. For orthonormal P, R = P.
    Eigen::MatrixXd p_, r_, rInvLambda_;  // P, R, R * diag(1/lambda)
    double s0_;
    Eigen::Index a_;
    // Work buffers.
    Eigen::VectorXd z_, t_, e_, w_, ct2_, cspe_, v_, u_, b_;
    Eigen::MatrixXd pp_, g_;
    Eigen::LDLT<Eigen::MatrixXd> ldlt_;
    double t2_ = 0, spe_ = 0, dmodx_ = 0;
    Eigen::Index present_ = 0;
};

}  // namespace batch::mva
