#pragma once

#include <Eigen/Dense>

namespace batch::mva {

// Control limits (docs/mva.md §5). `confidence` is e.g. 0.95 or 0.99. Quantiles come
// from Boost.Math; nothing here is a hand-written approximation of a distribution.
namespace limits {

// Hotelling T2, Phase I (the training observations themselves; Tracy, Young & Mason
// 1992): (N-1)^2/N * Beta_q(A/2, (N-A-1)/2).
double t2PhaseI(Eigen::Index n, Eigen::Index a, double confidence);
// Hotelling T2, Phase II (a new observation): A(N^2-1)/(N(N-A)) * F_q(A, N-A).
double t2PhaseII(Eigen::Index n, Eigen::Index a, double confidence);

// Box (1954) / Nomikos & MacGregor (1995): g * chi2_q(h), g = v/(2m), h = 2m^2/v, with
// m, v the mean and variance (N-1) of the training SPE.
double speBox(double mean, double variance, double confidence);

struct Theta {
    double t1 = 0, t2 = 0, t3 = 0;  // sums of the 1st..3rd powers of residual eigenvalues
    double h0() const { return 1.0 - 2.0 * t1 * t3 / (3.0 * t2 * t2); }
};
// Jackson & Mudholkar (1979). Returns false in `usedJm` and the Box limit when h0 <= 0
// (or the thetas are degenerate), where the formula is undefined.
double speJacksonMudholkar(const Theta& th, double boxMean, double boxVariance, double confidence,
                           bool* usedJm = nullptr);

// DModX (normalised, SIMCA): sqrt(F_q(K-A, (N-A-1)(K-A))).
double dmodx(Eigen::Index n, Eigen::Index k, Eigen::Index a, double confidence);

}  // namespace limits
}  // namespace batch::mva
