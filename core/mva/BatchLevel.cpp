#include "mva/BatchLevel.h"

#include "mva/JsonArrays.h"
#include "mva/Limits.h"
#include "mva/ModelJson.h"
#include "mva/MvaError.h"
#include "mva/Pca.h"
#include "mva/Scorer.h"

#include <QJsonArray>

#include <cmath>
#include <limits>

namespace batch::mva {
namespace {

constexpr const char* kFormat = "batchstation.mva.blm";
constexpr int kVersion = 1;

// Grid-point major: column g * K + k is variable k at grid point g.
Eigen::VectorXd unfold(const BatchTrajectory& b, const Eigen::VectorXd& grid) {
    const Eigen::MatrixXd aligned = alignToGrid(b, grid);  // G x K
    const Eigen::Matrix<double, Eigen::Dynamic, Eigen::Dynamic, Eigen::RowMajor> rowMajor = aligned;
    return Eigen::Map<const Eigen::VectorXd>(rowMajor.data(), rowMajor.size());
}

std::vector<std::string> unfoldedNames(const std::vector<std::string>& vars,
                                       const Eigen::VectorXd& grid) {
    std::vector<std::string> out;
    for (Eigen::Index g = 0; g < grid.size(); ++g)
        for (const std::string& v : vars)
            out.push_back(v + "@" + QString::number(grid(g), 'g', 8).toStdString());
    return out;
}

}  // namespace

BlmFit fitBatchLevel(const BatchSet& training, const BlmOptions& options) {
    const auto nb = static_cast<Eigen::Index>(training.batches.size());
    if (nb < 4)
        throw MvaError("a batch-level model needs at least 4 training batches, got " +
                       std::to_string(nb));
    double first = -INFINITY, last = INFINITY;
    for (const BatchTrajectory& b : training.batches) {
        first = std::max(first, b.maturity(0));
        last = std::min(last, b.maturity(b.maturity.size() - 1));
    }
    if (!(last > first))
        throw MvaError("the training batches' maturity ranges do not overlap");
    BlmFit fit;
    BatchLevelModel& m = fit.model;
    m.maturityName = training.maturityName;
    m.variables = training.variables;
    m.grid = uniformGrid(first, last, options.gridPoints);
    const auto k = static_cast<Eigen::Index>(m.variables.size());
    const Eigen::Index g = m.grid.size();
    Eigen::MatrixXd x(nb, g * k);
    for (Eigen::Index i = 0; i < nb; ++i) {
        x.row(i) = unfold(training.batches[static_cast<size_t>(i)], m.grid).transpose();
        m.trainingBatches.push_back(training.batches[static_cast<size_t>(i)].id);
    }
    const std::vector<std::string> allNames = unfoldedNames(m.variables, m.grid);
    std::vector<std::string> usedNames;
    for (Eigen::Index j = 0; j < x.cols(); ++j) {
        const Eigen::VectorXd c = x.col(j);
        const double mean = c.mean();
        const double range = c.maxCoeff() - c.minCoeff();
        if (range > 1e-12 * std::max(1.0, std::abs(mean))) {
            m.columns.push_back(j);
            usedNames.push_back(allNames[static_cast<size_t>(j)]);
        }
    }
    if (static_cast<Eigen::Index>(m.columns.size()) <= options.components)
        throw MvaError("the batches do not vary in enough unfolded columns for " +
                       std::to_string(options.components) + " components");
    PcaOptions po;
    po.components = options.components;
    po.scaling = options.scaling;
    PcaFit pca = fitPca(x(Eigen::all, m.columns), usedNames, po);
    m.pca = std::move(pca.model);
    fit.training = std::move(pca.training);
    // Instantaneous SPE per grid point from the training residuals.
    m.spe95.resize(g);
    m.spe99.resize(g);
    for (Eigen::Index p = 0; p < g; ++p) {
        Eigen::VectorXd v = Eigen::VectorXd::Zero(nb);
        for (size_t j = 0; j < m.columns.size(); ++j)
            if (m.columns[j] / k == p)
                v += fit.training.speContrib.col(static_cast<Eigen::Index>(j));
        const double mean = v.mean();
        const double var = (v.array() - mean).square().sum() / static_cast<double>(nb - 1);
        m.spe95(p) = limits::speBox(mean, var, 0.95);
        m.spe99(p) = limits::speBox(mean, var, 0.99);
    }
    return fit;
}

BlmScore scoreBatchLevel(const BatchLevelModel& m, const BatchTrajectory& batch) {
    const auto k = static_cast<Eigen::Index>(m.variables.size());
    if (batch.x.cols() != k)
        throw MvaError("batch '" + batch.id + "' has " + std::to_string(batch.x.cols()) +
                       " variables, the model " + std::to_string(k));
    BlmScore s;
    s.speContrib.resize(0);
    s.maturity = batch.maturity(batch.maturity.size() - 1);
    Eigen::VectorXd row = unfold(batch, m.grid);
    // Grid points the batch has not reached are its unseen future: missing.
    const double eps = 1e-9 * std::max(1.0, std::abs(s.maturity));
    for (Eigen::Index p = 0; p < m.grid.size(); ++p) {
        if (m.grid(p) > s.maturity + eps)
            row.segment(p * k, k).setConstant(std::numeric_limits<double>::quiet_NaN());
        else
            s.presentPoints = p + 1;
    }
    Eigen::VectorXd used(static_cast<Eigen::Index>(m.columns.size()));
    for (size_t j = 0; j < m.columns.size(); ++j)
        used(static_cast<Eigen::Index>(j)) = row(m.columns[j]);
    Scorer scorer(m.pca);
    s.scored = scorer.score(used.data());
    s.scores = scorer.scores();
    s.t2 = scorer.t2();
    s.spe = scorer.spe();
    s.speContrib = scorer.speContributions();
    s.t2_95 = m.pca.lim.t2_95;
    s.t2_99 = m.pca.lim.t2_99;
    if (s.presentPoints > 0) {
        const Eigen::Index p = s.presentPoints - 1;
        s.instantSpe = 0;
        for (size_t j = 0; j < m.columns.size(); ++j)
            if (m.columns[j] / k == p)
                s.instantSpe += s.speContrib(static_cast<Eigen::Index>(j));
        s.instantSpe95 = m.spe95(p);
        s.instantSpe99 = m.spe99(p);
    }
    return s;
}

QJsonObject blmToJson(const BatchLevelModel& m) {
    QJsonObject o;
    o[QStringLiteral("format")] = QLatin1String(kFormat);
    o[QStringLiteral("version")] = kVersion;
    o[QStringLiteral("maturity")] = QString::fromStdString(m.maturityName);
    o[QStringLiteral("variables")] = json::toNames(m.variables);
    o[QStringLiteral("grid")] = json::toArray(m.grid);
    QJsonArray cols;
    for (Eigen::Index c : m.columns) cols.append(static_cast<double>(c));
    o[QStringLiteral("columns")] = cols;
    o[QStringLiteral("batch_model")] = pcaModelToJson(m.pca);
    o[QStringLiteral("instant_spe_95")] = json::toArray(m.spe95);
    o[QStringLiteral("instant_spe_99")] = json::toArray(m.spe99);
    o[QStringLiteral("training")] =
        QJsonObject{{QStringLiteral("batches"), json::toNames(m.trainingBatches)}};
    o[QStringLiteral("content_hash")] = contentHash(o);
    return o;
}

BatchLevelModel blmFromJson(const QJsonObject& o) {
    json::checkEnvelope(o, kFormat, kVersion);
    BatchLevelModel m;
    m.maturityName = o.value(QStringLiteral("maturity")).toString().toStdString();
    if (m.maturityName.empty())
        throw MvaError("model file: 'maturity' must name the maturity variable");
    m.variables = json::namesFrom(o, "variables", 100000);
    const auto g = static_cast<Eigen::Index>(o.value(QStringLiteral("grid")).toArray().size());
    if (g < 2 || g > 100000)
        throw MvaError("model file: 'grid' must have 2..100000 points");
    m.grid = json::vectorFrom(o, "grid", g);
    const double step = (m.grid(g - 1) - m.grid(0)) / static_cast<double>(g - 1);
    for (Eigen::Index i = 0; i < g; ++i)
        if (!(step > 0) || std::abs(m.grid(i) - (m.grid(0) + step * static_cast<double>(i))) >
                               1e-9 * (step + std::abs(m.grid(i))))
            throw MvaError("model file: 'grid' must be uniform and increasing");
    m.pca = pcaModelFromJson(json::objectFrom(o, "batch_model"));
    const Eigen::Index total = g * static_cast<Eigen::Index>(m.variables.size());
    const QJsonArray cols = o.value(QStringLiteral("columns")).toArray();
    if (cols.size() != m.pca.variables())
        throw MvaError("model file: 'columns' must list one unfolded column per model variable");
    for (qsizetype i = 0; i < cols.size(); ++i) {
        const double c = cols.at(i).toDouble(-1);
        if (c != std::floor(c) || c < 0 || c >= static_cast<double>(total) ||
            (i > 0 && c <= static_cast<double>(m.columns.back())))
            throw MvaError("model file: 'columns' must be increasing column indices below " +
                           std::to_string(total));
        m.columns.push_back(static_cast<Eigen::Index>(c));
    }
    m.spe95 = json::vectorFrom(o, "instant_spe_95", g);
    m.spe99 = json::vectorFrom(o, "instant_spe_99", g);
    m.trainingBatches = json::namesFrom(json::objectFrom(o, "training"), "batches", 1000000);
    return m;
}

void saveBlm(const BatchLevelModel& model, const QString& path) {
    json::writeModelObject(blmToJson(model), path);
}

BatchLevelModel loadBlm(const QString& path) {
    return json::loadModelFile(path, blmFromJson);
}

}  // namespace batch::mva
