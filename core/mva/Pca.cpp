#include "mva/Pca.h"

#include "log/Logging.h"
#include "mva/MvaError.h"
#include "mva/Scorer.h"

#include <spdlog/spdlog.h>

#include <algorithm>
#include <cmath>

namespace batch::mva {
namespace {

void checkShape(const Eigen::MatrixXd& x, Eigen::Index a) {
    if (x.rows() < 3)
        throw MvaError("need at least 3 observations, got " + std::to_string(x.rows()));
    if (x.cols() < 1)
        throw MvaError("no variables");
    if (a < 1)
        throw MvaError("number of components must be at least 1");
    const Eigen::Index maxA = std::min(x.rows() - 2, x.cols());
    if (a > maxA)
        throw MvaError("more components than rank: " + std::to_string(a) + " requested, at most " +
                       std::to_string(maxA) + " possible for " + std::to_string(x.rows()) +
                       " observations and " + std::to_string(x.cols()) + " variables");
}

[[noreturn]] void rankError(Eigen::Index a, Eigen::Index rank) {
    throw MvaError("more components than rank: component " + std::to_string(a + 1) +
                   " requested but the preprocessed data have rank " + std::to_string(rank));
}

// Fills what both algorithms share: scores via the Scorer, SPE moments, s0, limits.
// `residualSv`: singular values of the residual matrix (missing cells as 0).
PcaFit finish(PcaModel model, const Eigen::MatrixXd& x, const Eigen::VectorXd& residualSv) {
    const Eigen::Index n = x.rows();
    const Eigen::Index k = model.variables();
    const Eigen::Index a = model.components();
    // Residual eigenvalues of the covariance E'E/(N-1) (missing cells count as 0).
    const Eigen::ArrayXd lam = residualSv.array().square() / static_cast<double>(n - 1);
    model.theta = {lam.sum(), lam.square().sum(), lam.cube().sum()};
    model.observations = n;

    PcaFit fit;
    // SPE moments and s0 need the training SPE, which needs s0 for DModX only.
    model.s0 = 1.0;
    fit.training = scorePca(model, x);
    const Eigen::VectorXd& spe = fit.training.spe;
    model.speMean = spe.mean();
    model.speVariance = (spe.array() - model.speMean).square().sum() / static_cast<double>(n - 1);
    if (k > a && n > a + 1) {
        model.s0 = std::sqrt(spe.sum() / static_cast<double>((n - a - 1) * (k - a)));
        if (model.s0 > 0)
            fit.training.dmodx /= model.s0;
        else
            fit.training.dmodx.setZero();
    } else {
        model.s0 = 0.0;
        fit.training.dmodx.setZero();
    }
    model.computeLimits();
    fit.model = std::move(model);
    return fit;
}

}  // namespace

void applySignRule(Eigen::MatrixXd& loadings, Eigen::MatrixXd* scores) {
    for (Eigen::Index a = 0; a < loadings.cols(); ++a) {
        Eigen::Index best = 0;
        loadings.col(a).cwiseAbs().maxCoeff(&best);  // first index on a tie
        if (loadings(best, a) < 0) {
            loadings.col(a) *= -1.0;
            if (scores)
                scores->col(a) *= -1.0;
        }
    }
}

PcaScores scorePca(const PcaModel& model, const Eigen::MatrixXd& x) {
    if (x.cols() != model.variables())
        throw MvaError("data have " + std::to_string(x.cols()) + " variables, the model " +
                       std::to_string(model.variables()));
    const Eigen::Index n = x.rows();
    PcaScores out;
    out.scores.resize(n, model.components());
    out.t2.resize(n);
    out.spe.resize(n);
    out.dmodx.resize(n);
    out.t2Contrib.resize(n, model.variables());
    out.speContrib.resize(n, model.variables());
    Scorer scorer(model);
    // Row-major copy so that each observation is contiguous for the scorer.
    const Eigen::Matrix<double, Eigen::Dynamic, Eigen::Dynamic, Eigen::RowMajor> rows = x;
    for (Eigen::Index i = 0; i < n; ++i) {
        scorer.score(rows.row(i).data());
        out.scores.row(i) = scorer.scores().transpose();
        out.t2(i) = scorer.t2();
        out.spe(i) = scorer.spe();
        out.dmodx(i) = scorer.dmodx();
        out.t2Contrib.row(i) = scorer.t2Contributions().transpose();
        out.speContrib.row(i) = scorer.speContributions().transpose();
    }
    return out;
}

PcaFit fitPca(const Eigen::MatrixXd& x, const std::vector<std::string>& names,
              const PcaOptions& options) {
    if (x.hasNaN())
        return fitPcaNipals(x, names, options);
    const Eigen::Index a = options.components;
    checkShape(x, a);
    PcaModel model;
    model.names = names;
    model.method = "svd";
    model.pre = Preprocessing::fit(x, options.scaling, names, options.weights);
    const Eigen::MatrixXd z = model.pre.apply(x);
    model.totalSumSquares = z.squaredNorm();
    // For tall data the SVD of the K x K factor R of z = QR gives the same singular values
    // and right vectors as the SVD of z at a fraction of the cost (no N x K U matrix).
    Eigen::VectorXd sv;
    Eigen::MatrixXd v;
    if (z.rows() > z.cols()) {
        Eigen::HouseholderQR<Eigen::MatrixXd> qr(z);
        const Eigen::MatrixXd r = qr.matrixQR().topRows(z.cols()).triangularView<Eigen::Upper>();
        Eigen::BDCSVD<Eigen::MatrixXd> svd(r, Eigen::ComputeThinV);
        sv = svd.singularValues();
        v = svd.matrixV();
    } else {
        Eigen::BDCSVD<Eigen::MatrixXd> svd(z, Eigen::ComputeThinV);
        sv = svd.singularValues();
        v = svd.matrixV();
    }
    const double tolerance = sv(0) * static_cast<double>(std::max(z.rows(), z.cols())) * 1e-13;
    for (Eigen::Index c = 0; c < a; ++c) {
        if (!(sv(c) > tolerance))
            rankError(c, c);
    }
    model.loadings = v.leftCols(a);
    applySignRule(model.loadings, nullptr);
    const double n1 = static_cast<double>(x.rows() - 1);
    model.eigenvalues = sv.head(a).array().square() / n1;
    model.explainedRatio = sv.head(a).array().square() / model.totalSumSquares;
    // The residual of the first A components has exactly the remaining singular values.
    return finish(std::move(model), x, sv.tail(sv.size() - a));
}

PcaFit fitPcaNipals(const Eigen::MatrixXd& x, const std::vector<std::string>& names,
                    const PcaOptions& options) {
    const Eigen::Index a = options.components;
    checkShape(x, a);
    PcaModel model;
    model.names = names;
    model.method = "nipals";
    model.pre = Preprocessing::fit(x, options.scaling, names, options.weights);
    Eigen::MatrixXd z = model.pre.apply(x);
    const Eigen::Index n = z.rows();
    const Eigen::Index k = z.cols();
    const Eigen::ArrayXXd present = z.array().isNaN().select(0.0, Eigen::ArrayXXd::Ones(n, k));
    model.missingValues = static_cast<Eigen::Index>(n * k - present.sum());
    z = z.array().isNaN().select(0.0, z.array());  // missing cells stay 0 through deflation
    model.totalSumSquares = z.squaredNorm();
    if (!(model.totalSumSquares > 0))
        rankError(0, 0);

    model.loadings.resize(k, a);
    model.eigenvalues.resize(a);
    model.explainedRatio.resize(a);
    int maxIterations = 0;
    for (Eigen::Index c = 0; c < a; ++c) {
        const double ssBefore = z.squaredNorm();
        Eigen::Index start = 0;
        z.colwise().squaredNorm().maxCoeff(&start);
        Eigen::VectorXd t = z.col(start);
        Eigen::VectorXd p(k);
        int it = 0;
        bool converged = false;
        while (it < options.nipalsMaxIterations) {
            ++it;
            // p_k = sum_i z_ik t_i / sum_{i present in k} t_i^2
            const Eigen::VectorXd tt = present.matrix().transpose() * t.cwiseAbs2();
            p = (z.transpose() * t).cwiseQuotient(tt.cwiseMax(1e-300));
            p /= p.norm();
            const Eigen::VectorXd pp = present.matrix() * p.cwiseAbs2();
            const Eigen::VectorXd tNew = (z * p).cwiseQuotient(pp.cwiseMax(1e-300));
            const double change = (tNew - t).norm();
            t = tNew;
            if (change <= options.nipalsTolerance * t.norm()) {
                converged = true;
                break;
            }
        }
        if (!converged)
            logging::logger("batch.core.mva")
                ->warn("NIPALS component {} did not converge in {} iterations", c + 1, it);
        maxIterations = std::max(maxIterations, it);
        if (!(t.squaredNorm() > ssBefore * 1e-26) || !(ssBefore > model.totalSumSquares * 1e-26))
            rankError(c, c);
        Eigen::MatrixXd pc = p;
        Eigen::MatrixXd tc = t;
        applySignRule(pc, &tc);
        model.loadings.col(c) = pc.col(0);
        model.eigenvalues(c) = tc.squaredNorm() / static_cast<double>(n - 1);
        z.array() -= (tc * pc.transpose()).array() * present;
        model.explainedRatio(c) = (ssBefore - z.squaredNorm()) / model.totalSumSquares;
    }
    // z is the deflated residual with missing cells held at 0.
    PcaFit fit = finish(std::move(model), x, Eigen::BDCSVD<Eigen::MatrixXd>(z).singularValues());
    fit.nipalsIterations = maxIterations;
    return fit;
}

}  // namespace batch::mva
