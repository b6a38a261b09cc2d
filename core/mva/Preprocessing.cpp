#include "mva/Preprocessing.h"

#include "mva/MvaError.h"

#include <cmath>

namespace batch::mva {

std::string scalingName(Scaling s) {
    switch (s) {
        case Scaling::None:
            return "none";
        case Scaling::UnitVariance:
            return "uv";
        case Scaling::Pareto:
            return "pareto";
    }
    return "none";
}

Scaling parseScaling(const std::string& name) {
    if (name == "none")
        return Scaling::None;
    if (name == "uv")
        return Scaling::UnitVariance;
    if (name == "pareto")
        return Scaling::Pareto;
    throw MvaError("unknown scaling '" + name + "' (expected none, uv or pareto)");
}

std::string columnLabel(const std::vector<std::string>& names, Eigen::Index k) {
    std::string label = "column " + std::to_string(k + 1);
    if (static_cast<size_t>(k) < names.size())
        label += " ('" + names[static_cast<size_t>(k)] + "')";
    return label;
}

Preprocessing Preprocessing::fit(const Eigen::MatrixXd& x, Scaling scaling,
                                 const std::vector<std::string>& names,
                                 const Eigen::VectorXd& weights) {
    const Eigen::Index k = x.cols();
    if (weights.size() != 0 && weights.size() != k)
        throw MvaError("weights: " + std::to_string(weights.size()) + " given for " +
                       std::to_string(k) + " variables");
    Preprocessing p;
    p.scaling = scaling;
    p.mean.resize(k);
    p.sd.resize(k);
    p.factor.resize(k);
    p.weight = weights.size() ? weights : Eigen::VectorXd::Ones(k);
    for (Eigen::Index j = 0; j < k; ++j) {
        double sum = 0.0;
        Eigen::Index n = 0;
        for (Eigen::Index i = 0; i < x.rows(); ++i) {
            if (!std::isnan(x(i, j))) {
                sum += x(i, j);
                ++n;
            }
        }
        if (n < 2)
            throw MvaError(columnLabel(names, j) + ": fewer than two present values");
        const double mean = sum / static_cast<double>(n);
        // Two-pass variance: the textbook one-pass formula loses digits on large means.
        double ss = 0.0;
        for (Eigen::Index i = 0; i < x.rows(); ++i) {
            if (!std::isnan(x(i, j)))
                ss += (x(i, j) - mean) * (x(i, j) - mean);
        }
        const double sd = std::sqrt(ss / static_cast<double>(n - 1));
        p.mean(j) = mean;
        p.sd(j) = sd;
        // A constant column would divide by zero; relative test so that huge offsets
        // with round-off noise are still recognised as constant.
        const bool constant = sd <= 1e-13 * std::max(1.0, std::abs(mean));
        if (constant && scaling != Scaling::None)
            throw MvaError(columnLabel(names, j) + ": constant column cannot be scaled with " +
                           scalingName(scaling) + " (standard deviation " + std::to_string(sd) +
                           ")");
        double f = 1.0;
        if (scaling == Scaling::UnitVariance)
            f = 1.0 / sd;
        else if (scaling == Scaling::Pareto)
            f = 1.0 / std::sqrt(sd);
        p.factor(j) = f * p.weight(j);
    }
    return p;
}

Eigen::MatrixXd Preprocessing::apply(const Eigen::MatrixXd& x) const {
    if (x.cols() != mean.size())
        throw MvaError("data has " + std::to_string(x.cols()) + " variables, model has " +
                       std::to_string(mean.size()));
    return (x.rowwise() - mean.transpose()).array().rowwise() * factor.transpose().array();
}

}  // namespace batch::mva
