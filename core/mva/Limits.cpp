#include "mva/Limits.h"

#include "mva/MvaError.h"

#include <boost/math/distributions/beta.hpp>
#include <boost/math/distributions/chi_squared.hpp>
#include <boost/math/distributions/fisher_f.hpp>
#include <boost/math/distributions/normal.hpp>

#include <cmath>
#include <string>

namespace batch::mva::limits {
namespace {

void checkConfidence(double q) {
    if (!(q > 0.0 && q < 1.0))
        throw MvaError("confidence must be in (0, 1), got " + std::to_string(q));
}

}  // namespace

double t2PhaseI(Eigen::Index n, Eigen::Index a, double confidence) {
    checkConfidence(confidence);
    if (n - a - 1 <= 0)
        throw MvaError("T2 Phase I limit needs N > A + 1");
    const double nd = static_cast<double>(n);
    const boost::math::beta_distribution<double> beta(a / 2.0, (nd - a - 1) / 2.0);
    return (nd - 1) * (nd - 1) / nd * boost::math::quantile(beta, confidence);
}

double t2PhaseII(Eigen::Index n, Eigen::Index a, double confidence) {
    checkConfidence(confidence);
    if (n - a <= 0)
        throw MvaError("T2 Phase II limit needs N > A");
    const double nd = static_cast<double>(n);
    const double ad = static_cast<double>(a);
    const boost::math::fisher_f_distribution<double> f(ad, nd - ad);
    return ad * (nd * nd - 1) / (nd * (nd - ad)) * boost::math::quantile(f, confidence);
}

double speBox(double mean, double variance, double confidence) {
    checkConfidence(confidence);
    if (!(mean > 0.0) || !(variance > 0.0))
        return 0.0;  // a perfect fit: no residual, the only sensible limit is zero
    const double g = variance / (2.0 * mean);
    const double h = 2.0 * mean * mean / variance;
    return g * boost::math::quantile(boost::math::chi_squared_distribution<double>(h), confidence);
}

double speJacksonMudholkar(const Theta& th, double boxMean, double boxVariance, double confidence,
                           bool* usedJm) {
    checkConfidence(confidence);
    const double h0 = th.t2 > 0.0 ? th.h0() : 0.0;
    if (!(th.t1 > 0.0) || !(h0 > 0.0)) {
        if (usedJm)
            *usedJm = false;
        return speBox(boxMean, boxVariance, confidence);
    }
    if (usedJm)
        *usedJm = true;
    const double z = boost::math::quantile(boost::math::normal_distribution<double>(), confidence);
    const double term = z * std::sqrt(2.0 * th.t2 * h0 * h0) / th.t1 + 1.0 +
                        th.t2 * h0 * (h0 - 1.0) / (th.t1 * th.t1);
    return th.t1 * std::pow(term, 1.0 / h0);
}

double dmodx(Eigen::Index n, Eigen::Index k, Eigen::Index a, double confidence) {
    checkConfidence(confidence);
    const double df1 = static_cast<double>(k - a);
    const double df2 = static_cast<double>((n - a - 1) * (k - a));
    if (!(df1 > 0.0) || !(df2 > 0.0))
        throw MvaError("DModX limit needs K > A and N > A + 1");
    return std::sqrt(
        boost::math::quantile(boost::math::fisher_f_distribution<double>(df1, df2), confidence));
}

}  // namespace batch::mva::limits
