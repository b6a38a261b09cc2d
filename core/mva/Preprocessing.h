#pragma once

#include <Eigen/Dense>

#include <string>
#include <vector>

namespace batch::mva {

// Column scaling applied after mean-centring (docs/mva.md §2).
enum class Scaling { None, UnitVariance, Pareto };

std::string scalingName(Scaling s);
// Accepts "none", "uv", "pareto"; throws MvaError otherwise.
Scaling parseScaling(const std::string& name);

// Per-variable centring and scaling: z_k = (x_k - mean_k) * factor_k with
// factor_k = weight_k / sd_k (UV), weight_k / sqrt(sd_k) (Pareto) or weight_k (none).
// Means and standard deviations (denominator N-1) use the present values only (NaN =
// missing).
struct Preprocessing {
    Scaling scaling = Scaling::None;
    Eigen::VectorXd mean;
    Eigen::VectorXd sd;
    Eigen::VectorXd weight;
    Eigen::VectorXd factor;

    // `names` only feed error messages; `weights` empty means all ones.
    static Preprocessing fit(const Eigen::MatrixXd& x, Scaling scaling,
                             const std::vector<std::string>& names,
                             const Eigen::VectorXd& weights = {});
    Eigen::MatrixXd apply(const Eigen::MatrixXd& x) const;  // NaN stays NaN
    Eigen::Index size() const { return mean.size(); }
};

// Column name for error messages: the header name if known, else "column k" (1-based).
std::string columnLabel(const std::vector<std::string>& names, Eigen::Index k);

}  // namespace batch::mva
