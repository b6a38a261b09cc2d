#include "mva/Scorer.h"

#include <cmath>
#include <limits>

namespace batch::mva {

Scorer::Scorer(const PcaModel& model)
    : mean_(model.pre.mean),
      factor_(model.pre.factor),
      invLambda_(model.eigenvalues.cwiseInverse()),
      p_(model.loadings),
      r_(model.loadings * (model.loadings.transpose() * model.loadings).inverse()),
      rInvLambda_(r_ * model.eigenvalues.cwiseInverse().asDiagonal()),
      s0_(model.s0),
      a_(model.components()),
      z_(model.variables()),
      t_(a_),
      e_(model.variables()),
      w_(model.variables()),
      ct2_(model.variables()),
      cspe_(model.variables()),
      v_(a_),
      u_(a_),
      b_(a_),
      pp_(model.variables(), a_),
      g_(a_, a_),
      ldlt_(a_) {}

bool Scorer::score(const double* x) {
    const Eigen::Index k = mean_.size();
    const Eigen::Map<const Eigen::VectorXd> xv(x, k);
    z_.array() = (xv - mean_).array() * factor_.array();
    if (z_.hasNaN())
        return scoreMissing();
    present_ = k;
    t_.noalias() = r_.transpose() * z_;
    // T2 contributions c_k = z_k * sum_a r_ka t_a / lambda_a; summed over k this is
    // t' diag(1/lambda) R'z = sum_a t_a^2 / lambda_a = T2.
    e_ = z_;
    e_.noalias() -= p_ * t_;
    w_.noalias() = rInvLambda_ * t_;
    t2_ = (t_.array().square() * invLambda_.array()).sum();
    spe_ = e_.squaredNorm();
    ct2_.array() = z_.array() * w_.array();
    cspe_.array() = e_.array().square();
    dmodx_ = k > a_ && s0_ > 0 ? std::sqrt(spe_ / static_cast<double>(k - a_)) / s0_ : 0.0;
    return true;
}

bool Scorer::scoreMissing() {
    const Eigen::Index k = mean_.size();
    present_ = 0;
    for (Eigen::Index j = 0; j < k; ++j) {
        if (std::isnan(z_(j))) {
            z_(j) = 0.0;
            pp_.row(j).setZero();
        } else {
            pp_.row(j) = p_.row(j);
            ++present_;
        }
    }
    constexpr double nan = std::numeric_limits<double>::quiet_NaN();
    if (present_ < a_) {
        t_.setConstant(nan);
        t2_ = spe_ = dmodx_ = nan;
        ct2_.setConstant(nan);
        cspe_.setConstant(nan);
        return false;
    }
    g_.noalias() = pp_.transpose() * pp_;
    ldlt_.compute(g_);
    // A projection matrix this close to singular means the present variables cannot tell
    // the components apart; the scores would be noise.
    const double dmin = ldlt_.vectorD().minCoeff();
    if (ldlt_.info() != Eigen::Success || !(dmin > 1e-10)) {
        t_.setConstant(nan);
        t2_ = spe_ = dmodx_ = nan;
        ct2_.setConstant(nan);
        cspe_.setConstant(nan);
        return false;
    }
    b_.noalias() = pp_.transpose() * z_;
    t_ = ldlt_.solve(b_);
    e_ = z_;
    e_.noalias() -= pp_ * t_;
    t2_ = (t_.array().square() * invLambda_.array()).sum();
    spe_ = e_.squaredNorm();
    // c = z o (Pp G^-1 diag(1/lambda) t): z_p'Pp G^-1 = t', so the sum is again T2.
    v_.array() = t_.array() * invLambda_.array();
    u_ = ldlt_.solve(v_);
    w_.noalias() = pp_ * u_;
    ct2_.array() = z_.array() * w_.array();
    cspe_.array() = e_.array().square();
    const Eigen::Index dof = present_ - a_;
    dmodx_ = dof > 0 && s0_ > 0 ? std::sqrt(spe_ / static_cast<double>(dof)) / s0_ : 0.0;
    return true;
}

}  // namespace batch::mva
