#include "mva/BatchEvolution.h"

#include "mva/JsonArrays.h"
#include "mva/Limits.h"
#include "mva/ModelJson.h"
#include "mva/MvaError.h"
#include "mva/Pca.h"

#include <QJsonArray>

#include <algorithm>
#include <cmath>

namespace batch::mva {
namespace {

constexpr const char* kFormat = "batchstation.mva.bem";
constexpr int kVersion = 1;

// Mean and standard deviation (N - 1) of the present values of each column.
void columnMoments(const Eigen::MatrixXd& v, Eigen::VectorXd& mean, Eigen::VectorXd& sd) {
    mean.resize(v.cols());
    sd.resize(v.cols());
    for (Eigen::Index j = 0; j < v.cols(); ++j) {
        double s = 0;
        Eigen::Index n = 0;
        for (Eigen::Index i = 0; i < v.rows(); ++i)
            if (!std::isnan(v(i, j))) {
                s += v(i, j);
                ++n;
            }
        const double m = n ? s / static_cast<double>(n) : std::nan("");
        double ss = 0;
        for (Eigen::Index i = 0; i < v.rows(); ++i)
            if (!std::isnan(v(i, j)))
                ss += (v(i, j) - m) * (v(i, j) - m);
        mean(j) = m;
        sd(j) = n > 1 ? std::sqrt(ss / static_cast<double>(n - 1)) : std::nan("");
    }
}

// Checks that the grid is uniform and increasing, as gridPosition() assumes.
void checkGrid(const Eigen::VectorXd& g) {
    const double step = (g(g.size() - 1) - g(0)) / static_cast<double>(g.size() - 1);
    if (!(step > 0))
        throw MvaError("model file: 'grid' must increase");
    for (Eigen::Index i = 0; i < g.size(); ++i)
        if (std::abs(g(i) - (g(0) + step * static_cast<double>(i))) >
            1e-9 * (std::abs(step) + std::abs(g(i))))
            throw MvaError("model file: 'grid' must be uniform (point " + std::to_string(i + 1) +
                           ")");
}

}  // namespace

BemFit fitBatchEvolution(const BatchSet& training, const BemOptions& options) {
    const auto nb = static_cast<Eigen::Index>(training.batches.size());
    if (nb < 3)
        throw MvaError("a batch evolution model needs at least 3 training batches, got " +
                       std::to_string(nb));
    const auto k = static_cast<Eigen::Index>(training.variables.size());
    Eigen::Index rows = 0;
    double first = -INFINITY, last = INFINITY;
    std::vector<Eigen::Index> counts;
    for (const BatchTrajectory& b : training.batches) {
        rows += b.x.rows();
        counts.push_back(b.x.rows());
        first = std::max(first, b.maturity(0));
        last = std::min(last, b.maturity(b.maturity.size() - 1));
    }
    if (!(last > first))
        throw MvaError("the training batches' maturity ranges do not overlap (" +
                       training.maturityName + " from " + std::to_string(first) + " to " +
                       std::to_string(last) + ")");
    Eigen::MatrixXd all(rows, k);
    Eigen::Index at = 0;
    for (const BatchTrajectory& b : training.batches) {
        all.middleRows(at, b.x.rows()) = b.x;
        at += b.x.rows();
    }
    PcaOptions po;
    po.components = options.components;
    po.scaling = options.scaling;
    PcaFit pca = fitPca(all, training.variables, po);

    std::nth_element(counts.begin(), counts.begin() + static_cast<long>(counts.size() / 2),
                     counts.end());
    const Eigen::Index points =
        options.gridPoints > 0 ? options.gridPoints : counts[counts.size() / 2];
    BemFit fit;
    BatchEvolutionModel& m = fit.model;
    m.maturityName = training.maturityName;
    m.grid = uniformGrid(first, last, points);
    m.speWindow = std::max<Eigen::Index>(0, options.speWindow);
    const Eigen::Index g = m.grid.size();
    const Eigen::Index a = options.components;
    // Every training batch aligned on the grid: scores, SPE and preprocessed variables.
    std::vector<Eigen::MatrixXd> scores(static_cast<size_t>(a), Eigen::MatrixXd(nb, g));
    std::vector<Eigen::MatrixXd> z(static_cast<size_t>(k), Eigen::MatrixXd(nb, g));
    Eigen::MatrixXd spe(nb, g);
    at = 0;
    for (Eigen::Index bi = 0; bi < nb; ++bi) {
        const BatchTrajectory& b = training.batches[static_cast<size_t>(bi)];
        const Eigen::Index n = b.x.rows();
        PcaScores s;
        s.scores = pca.training.scores.middleRows(at, n);
        s.t2 = pca.training.t2.segment(at, n);
        s.spe = pca.training.spe.segment(at, n);
        s.dmodx = pca.training.dmodx.segment(at, n);
        s.t2Contrib = pca.training.t2Contrib.middleRows(at, n);
        s.speContrib = pca.training.speContrib.middleRows(at, n);
        for (Eigen::Index c = 0; c < a; ++c)
            scores[static_cast<size_t>(c)].row(bi) =
                alignVector(b.maturity, s.scores.col(c), m.grid);
        spe.row(bi) = alignVector(b.maturity, s.spe, m.grid);
        const Eigen::MatrixXd zb = pca.model.pre.apply(b.x);
        for (Eigen::Index j = 0; j < k; ++j)
            z[static_cast<size_t>(j)].row(bi) = alignVector(b.maturity, zb.col(j), m.grid);
        fit.batches.push_back(std::move(s));
        m.trainingBatches.push_back(b.id);
        at += n;
    }
    m.scoreMean.resize(g, a);
    m.scoreSd.resize(g, a);
    for (Eigen::Index c = 0; c < a; ++c) {
        Eigen::VectorXd mean, sd;
        columnMoments(scores[static_cast<size_t>(c)], mean, sd);
        m.scoreMean.col(c) = mean;
        m.scoreSd.col(c) = sd;
    }
    m.zMean.resize(g, k);
    for (Eigen::Index j = 0; j < k; ++j) {
        Eigen::VectorXd mean, sd;
        columnMoments(z[static_cast<size_t>(j)], mean, sd);
        m.zMean.col(j) = mean;
    }
    m.spe95.resize(g);
    m.spe99.resize(g);
    for (Eigen::Index p = 0; p < g; ++p) {
        const Eigen::Index lo = std::max<Eigen::Index>(0, p - m.speWindow);
        const Eigen::Index hi = std::min(g - 1, p + m.speWindow);
        const Eigen::MatrixXd block = spe.middleCols(lo, hi - lo + 1);
        const Eigen::Map<const Eigen::VectorXd> v(block.data(), block.size());
        const double mean = v.mean();
        const double var = (v.array() - mean).square().sum() / static_cast<double>(v.size() - 1);
        m.spe95(p) = limits::speBox(mean, var, 0.95);
        m.spe99(p) = limits::speBox(mean, var, 0.99);
    }
    if (m.scoreMean.hasNaN() || m.scoreSd.hasNaN() || m.zMean.hasNaN())
        throw MvaError("too many missing values: some maturity has no scored training observation");
    m.pca = std::move(pca.model);
    return fit;
}

BemScorer::BemScorer(const BatchEvolutionModel& model)
    : model_(model),
      scorer_(model.pca),
      rInvLambda_(model.pca.loadings *
                  (model.pca.loadings.transpose() * model.pca.loadings).inverse() *
                  model.pca.eigenvalues.cwiseInverse().asDiagonal()),
      invLambda_(model.pca.eigenvalues.cwiseInverse()),
      z_(model.pca.variables()),
      zbar_(model.pca.variables()),
      dt_(model.pca.components()) {
    const Eigen::Index k = model.pca.variables();
    const Eigen::Index a = model.pca.components();
    for (Eigen::VectorXd* v :
         {&point_.scores, &point_.scoreLow, &point_.scoreHigh, &point_.scoreMean})
        v->resize(a);
    for (Eigen::VectorXd* v :
         {&point_.t2Contrib, &point_.speContrib, &point_.deviation, &point_.scoreContrib})
        v->resize(k);
    const ModelLimits& l = model.pca.lim;
    point_.t2_95 = l.t2_95;
    point_.t2_99 = l.t2_99;
    point_.dmodx_95 = l.dmodx_95;
    point_.dmodx_99 = l.dmodx_99;
}

const BemPoint& BemScorer::score(double maturity, const double* x) {
    const BatchEvolutionModel& m = model_;
    BemPoint& p = point_;
    p.maturity = maturity;
    p.scored = scorer_.score(x);
    p.scores = scorer_.scores();
    p.t2 = scorer_.t2();
    p.spe = scorer_.spe();
    p.dmodx = scorer_.dmodx();
    p.t2Contrib = scorer_.t2Contributions();
    p.speContrib = scorer_.speContributions();
    const GridPosition gp = gridPosition(m.grid, maturity);
    const double w = gp.weight;
    const Eigen::Index lo = gp.lower;
    p.scoreMean =
        (1.0 - w) * m.scoreMean.row(lo).transpose() + w * m.scoreMean.row(lo + 1).transpose();
    p.scoreHigh = (1.0 - w) * m.scoreSd.row(lo).transpose() + w * m.scoreSd.row(lo + 1).transpose();
    p.scoreLow = p.scoreMean - 3.0 * p.scoreHigh;
    p.scoreHigh = p.scoreMean + 3.0 * p.scoreHigh;
    p.spe95 = (1.0 - w) * m.spe95(lo) + w * m.spe95(lo + 1);
    p.spe99 = (1.0 - w) * m.spe99(lo) + w * m.spe99(lo + 1);
    zbar_ = (1.0 - w) * m.zMean.row(lo).transpose() + w * m.zMean.row(lo + 1).transpose();
    const Eigen::Index k = z_.size();
    for (Eigen::Index j = 0; j < k; ++j) {
        const double zj = (x[j] - m.pca.pre.mean(j)) * m.pca.pre.factor(j);
        p.deviation(j) = std::isnan(zj) ? 0.0 : zj - zbar_(j);
    }
    if (p.scored) {
        dt_ = p.scores - p.scoreMean;
        p.scoreContrib.noalias() = rInvLambda_ * dt_;
        p.scoreContrib.array() *= p.deviation.array();
    } else {
        p.scoreContrib.setZero();
    }
    return p;
}

QJsonObject bemToJson(const BatchEvolutionModel& m) {
    QJsonObject o;
    o[QStringLiteral("format")] = QLatin1String(kFormat);
    o[QStringLiteral("version")] = kVersion;
    o[QStringLiteral("maturity")] = QString::fromStdString(m.maturityName);
    o[QStringLiteral("variables")] = json::toNames(m.pca.names);
    o[QStringLiteral("observation_model")] = pcaModelToJson(m.pca);
    o[QStringLiteral("grid")] = json::toArray(m.grid);
    o[QStringLiteral("score_mean")] = json::toRows(m.scoreMean);
    o[QStringLiteral("score_sd")] = json::toRows(m.scoreSd);
    o[QStringLiteral("z_mean")] = json::toRows(m.zMean);
    o[QStringLiteral("spe_95")] = json::toArray(m.spe95);
    o[QStringLiteral("spe_99")] = json::toArray(m.spe99);
    o[QStringLiteral("training")] =
        QJsonObject{{QStringLiteral("batches"), json::toNames(m.trainingBatches)},
                    {QStringLiteral("observations"), static_cast<double>(m.pca.observations)},
                    {QStringLiteral("spe_window"), static_cast<double>(m.speWindow)}};
    o[QStringLiteral("content_hash")] = contentHash(o);
    return o;
}

BatchEvolutionModel bemFromJson(const QJsonObject& o) {
    json::checkEnvelope(o, kFormat, kVersion);
    BatchEvolutionModel m;
    m.pca = pcaModelFromJson(json::objectFrom(o, "observation_model"));
    m.maturityName = o.value(QStringLiteral("maturity")).toString().toStdString();
    if (m.maturityName.empty())
        throw MvaError("model file: 'maturity' must name the maturity variable");
    if (json::namesFrom(o, "variables", 1000000) != m.pca.names)
        throw MvaError("model file: 'variables' differ from the observation model's");
    const auto g = static_cast<Eigen::Index>(o.value(QStringLiteral("grid")).toArray().size());
    if (g < 2 || g > 1000000)
        throw MvaError("model file: 'grid' must have 2..1000000 points");
    const Eigen::Index a = m.pca.components();
    const Eigen::Index k = m.pca.variables();
    m.grid = json::vectorFrom(o, "grid", g);
    checkGrid(m.grid);
    m.scoreMean = json::matrixFrom(o, "score_mean", g, a);
    m.scoreSd = json::matrixFrom(o, "score_sd", g, a);
    m.zMean = json::matrixFrom(o, "z_mean", g, k);
    m.spe95 = json::vectorFrom(o, "spe_95", g);
    m.spe99 = json::vectorFrom(o, "spe_99", g);
    if ((m.scoreSd.array() < 0).any() || (m.spe95.array() < 0).any() || (m.spe99.array() < 0).any())
        throw MvaError("model file: negative standard deviations or limits");
    const QJsonObject tr = json::objectFrom(o, "training");
    m.trainingBatches = json::namesFrom(tr, "batches", 1000000);
    m.speWindow = json::countFrom(tr, "spe_window", 0, g);
    return m;
}

void saveBem(const BatchEvolutionModel& model, const QString& path) {
    json::writeModelObject(bemToJson(model), path);
}

BatchEvolutionModel loadBem(const QString& path) {
    return json::loadModelFile(path, bemFromJson);
}

}  // namespace batch::mva
