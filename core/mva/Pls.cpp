#include "mva/Pls.h"

#include "log/Logging.h"
#include "mva/MvaError.h"

#include <spdlog/spdlog.h>

#include <cmath>

namespace batch::mva {
namespace {

// One PLS model with a components, without the diagnostics; shared by fit and CV.
PlsModel fitCore(const Eigen::MatrixXd& x, const Eigen::MatrixXd& y,
                 const std::vector<std::string>& xNames, const std::vector<std::string>& yNames,
                 const PlsOptions& o) {
    const Eigen::Index n = x.rows();
    const Eigen::Index k = x.cols();
    const Eigen::Index m = y.cols();
    const Eigen::Index a = o.components;
    if (x.hasNaN() || y.hasNaN())
        throw MvaError("PLS needs complete data: missing values in X or Y");
    if (y.rows() != n)
        throw MvaError("X has " + std::to_string(n) + " rows, Y has " + std::to_string(y.rows()));
    if (n < 3 || k < 1 || m < 1)
        throw MvaError("PLS needs at least 3 observations, 1 X and 1 Y variable");
    if (a < 1 || a > std::min(n - 2, k))
        throw MvaError("more components than rank: " + std::to_string(a) + " requested, at most " +
                       std::to_string(std::min(n - 2, k)) + " possible");
    PlsModel model;
    model.xNames = xNames;
    model.yNames = yNames;
    model.xPre = Preprocessing::fit(x, o.scaling, xNames);
    model.yPre = Preprocessing::fit(y, o.scaling, yNames);
    Eigen::MatrixXd zx = model.xPre.apply(x);
    Eigen::MatrixXd zy = model.yPre.apply(y);
    const double ssx = zx.squaredNorm();
    model.w.resize(k, a);
    model.p.resize(k, a);
    model.q.resize(m, a);
    model.t.resize(n, a);
    for (Eigen::Index c = 0; c < a; ++c) {
        Eigen::Index start = 0;
        // The first Y column with variance left starts the iteration (as scikit-learn).
        while (start + 1 < m && zy.col(start).squaredNorm() <= 1e-300) ++start;
        Eigen::VectorXd u = zy.col(start);
        Eigen::VectorXd w, t, q;
        for (int it = 0; it < o.maxIterations; ++it) {
            w = zx.transpose() * u;
            w /= w.norm();
            const Eigen::VectorXd tNew = zx * w;
            q = zy.transpose() * tNew / tNew.squaredNorm();
            if (m == 1) {  // PLS1: w = X'y / ||X'y|| directly, no iteration needed
                t = tNew;
                break;
            }
            u = zy * q / q.squaredNorm();
            const bool done = it > 0 && (tNew - t).norm() <= o.tolerance * tNew.norm();
            t = tNew;
            if (done)
                break;
            if (it + 1 == o.maxIterations)
                logging::logger("batch.core.mva")
                    ->warn("PLS component {} did not converge in {} iterations", c + 1, it + 1);
        }
        const double tt = t.squaredNorm();
        if (!(tt > ssx * 1e-26) || !std::isfinite(tt))
            throw MvaError("more components than rank: component " + std::to_string(c + 1) +
                           " has no X variance left");
        // Sign rule (as applySignRule): the largest |w_k| is positive; t, p, q follow.
        Eigen::Index big = 0;
        w.cwiseAbs().maxCoeff(&big);
        if (w(big) < 0) {
            w = -w;
            t = -t;
        }
        q = zy.transpose() * t / tt;
        const Eigen::VectorXd p = zx.transpose() * t / tt;
        zx.noalias() -= t * p.transpose();
        zy.noalias() -= t * q.transpose();
        model.w.col(c) = w;
        model.p.col(c) = p;
        model.q.col(c) = q;
        model.t.col(c) = t;
    }
    model.wStar = model.w * (model.p.transpose() * model.w).inverse();
    // Scaled B = W* Q'; in original units B_km = b_km * fx_k / fy_m,
    // intercept_m = mean_y,m - sum_k mean_x,k B_km.
    const Eigen::MatrixXd b = model.wStar * model.q.transpose();
    model.coefficients =
        model.xPre.factor.asDiagonal() * b * model.yPre.factor.cwiseInverse().asDiagonal();
    model.intercept = model.yPre.mean - model.coefficients.transpose() * model.xPre.mean;
    return model;
}

}  // namespace

Eigen::MatrixXd PlsModel::predict(const Eigen::MatrixXd& x) const {
    if (x.cols() != coefficients.rows())
        throw MvaError("data have " + std::to_string(x.cols()) + " X variables, the model " +
                       std::to_string(coefficients.rows()));
    return (x * coefficients).rowwise() + intercept.transpose();
}

PlsModel fitPls(const Eigen::MatrixXd& x, const Eigen::MatrixXd& y,
                const std::vector<std::string>& xNames, const std::vector<std::string>& yNames,
                const PlsOptions& options) {
    PlsModel model = fitCore(x, y, xNames, yNames, options);
    const Eigen::Index k = x.cols();
    // VIP_k = sqrt(K * sum_a SSY_a (w_ka/||w_a||)^2 / sum_a SSY_a), SSY_a = t_a't_a q_a'q_a.
    const Eigen::ArrayXd ssy = model.t.colwise().squaredNorm().transpose().array() *
                               model.q.colwise().squaredNorm().transpose().array();
    const Eigen::MatrixXd wn = model.w.array().rowwise() / model.w.colwise().norm().array();
    model.vip = (static_cast<double>(k) * (wn.array().square().matrix() * ssy.matrix()) / ssy.sum())
                    .array()
                    .sqrt();
    const Eigen::MatrixXd resid = y - model.predict(x);
    const Eigen::ArrayXd ssRes = resid.colwise().squaredNorm().transpose().array();
    const Eigen::ArrayXd ssTot =
        (y.rowwise() - y.colwise().mean()).colwise().squaredNorm().transpose().array();
    model.r2 = 1.0 - ssRes / ssTot;
    model.rmsec = (ssRes / static_cast<double>(x.rows())).sqrt();
    const double n1 = static_cast<double>(x.rows() - 1);
    model.observations = x.rows();
    model.tVariance = model.t.colwise().squaredNorm().transpose() / n1;
    // X residuals of the training rows: E = Z - T P'.
    const Eigen::VectorXd spe =
        (model.xPre.apply(x) - model.t * model.p.transpose()).rowwise().squaredNorm();
    model.xSpeMean = spe.mean();
    model.xSpeVariance = (spe.array() - model.xSpeMean).square().sum() / n1;
    return model;
}

PlsCrossValidation crossValidatePls(const Eigen::MatrixXd& x, const Eigen::MatrixXd& y,
                                    const PlsOptions& options, Eigen::Index folds) {
    const Eigen::Index n = x.rows();
    const Eigen::Index m = y.cols();
    const Eigen::Index a = options.components;
    if (folds < 2 || folds > n)
        throw MvaError("cross-validation needs 2..N folds, got " + std::to_string(folds));
    PlsCrossValidation cv;
    cv.folds = folds;
    cv.press = Eigen::MatrixXd::Zero(a, m);
    for (Eigen::Index f = 0; f < folds; ++f) {
        std::vector<Eigen::Index> train, test;
        for (Eigen::Index i = 0; i < n; ++i) (i % folds == f ? test : train).push_back(i);
        const Eigen::MatrixXd xt = x(train, Eigen::all);
        const Eigen::MatrixXd yt = y(train, Eigen::all);
        const Eigen::MatrixXd xv = x(test, Eigen::all);
        const Eigen::MatrixXd yv = y(test, Eigen::all);
        for (Eigen::Index c = 1; c <= a; ++c) {
            PlsOptions o = options;
            o.components = c;
            try {
                const PlsModel model = fitCore(xt, yt, {}, {}, o);
                cv.press.row(c - 1) += (yv - model.predict(xv)).colwise().squaredNorm();
            } catch (const MvaError& e) {
                throw MvaError("cross-validation fold " + std::to_string(f + 1) + ": " + e.what());
            }
        }
    }
    const Eigen::RowVectorXd ssTot = (y.rowwise() - y.colwise().mean()).colwise().squaredNorm();
    cv.q2 = 1.0 - (cv.press.array().rowwise() / ssTot.array());
    cv.rmsecv = (cv.press.array() / static_cast<double>(n)).sqrt();
    return cv;
}

}  // namespace batch::mva
