#include "mva/PlsModelJson.h"

#include "mva/JsonArrays.h"
#include "mva/Limits.h"
#include "mva/ModelJson.h"
#include "mva/MvaError.h"

#include <cmath>
#include <limits>

namespace batch::mva {
namespace {

constexpr const char* kFormat = "batchstation.mva.pls";
constexpr int kVersion = 1;

}  // namespace

QJsonObject plsModelToJson(const PlsModel& m) {
    QJsonObject o;
    o[QStringLiteral("format")] = QLatin1String(kFormat);
    o[QStringLiteral("version")] = kVersion;
    o[QStringLiteral("x_variables")] = json::toNames(m.xNames);
    o[QStringLiteral("y_variables")] = json::toNames(m.yNames);
    o[QStringLiteral("components")] = static_cast<double>(m.w.cols());
    o[QStringLiteral("x_preprocessing")] = preprocessingToJson(m.xPre);
    o[QStringLiteral("y_preprocessing")] = preprocessingToJson(m.yPre);
    o[QStringLiteral("weights")] = json::toRows(m.w);
    o[QStringLiteral("weights_star")] = json::toRows(m.wStar);
    o[QStringLiteral("x_loadings")] = json::toRows(m.p);
    o[QStringLiteral("y_loadings")] = json::toRows(m.q);
    o[QStringLiteral("coefficients")] = json::toRows(m.coefficients);
    o[QStringLiteral("intercept")] = json::toArray(m.intercept);
    o[QStringLiteral("vip")] = json::toArray(m.vip);
    o[QStringLiteral("training")] =
        QJsonObject{{QStringLiteral("observations"), static_cast<double>(m.observations)},
                    {QStringLiteral("r2"), json::toArray(m.r2)},
                    {QStringLiteral("rmsec"), json::toArray(m.rmsec)},
                    {QStringLiteral("score_variance"), json::toArray(m.tVariance)},
                    {QStringLiteral("x_spe_mean"), m.xSpeMean},
                    {QStringLiteral("x_spe_variance"), m.xSpeVariance}};
    o[QStringLiteral("content_hash")] = contentHash(o);
    return o;
}

PlsModel plsModelFromJson(const QJsonObject& o) {
    json::checkEnvelope(o, kFormat, kVersion);
    PlsModel m;
    m.xNames = json::namesFrom(o, "x_variables", 100000);
    m.yNames = json::namesFrom(o, "y_variables", 10000);
    const auto k = static_cast<Eigen::Index>(m.xNames.size());
    const auto r = static_cast<Eigen::Index>(m.yNames.size());
    const Eigen::Index a = json::countFrom(o, "components", 1, k);
    m.xPre = preprocessingFromJson(json::objectFrom(o, "x_preprocessing"), k);
    m.yPre = preprocessingFromJson(json::objectFrom(o, "y_preprocessing"), r);
    m.w = json::matrixFrom(o, "weights", k, a);
    m.wStar = json::matrixFrom(o, "weights_star", k, a);
    m.p = json::matrixFrom(o, "x_loadings", k, a);
    m.q = json::matrixFrom(o, "y_loadings", r, a);
    m.coefficients = json::matrixFrom(o, "coefficients", k, r);
    m.intercept = json::vectorFrom(o, "intercept", r);
    m.vip = json::vectorFrom(o, "vip", k);
    const QJsonObject tr = json::objectFrom(o, "training");
    m.observations = json::countFrom(tr, "observations", a + 2, Eigen::Index{1} << 40);
    m.r2 = json::vectorFrom(tr, "r2", r);
    m.rmsec = json::vectorFrom(tr, "rmsec", r);
    m.tVariance = json::vectorFrom(tr, "score_variance", a);
    m.xSpeMean = json::numberFrom(tr, "x_spe_mean");
    m.xSpeVariance = json::numberFrom(tr, "x_spe_variance");
    if ((m.tVariance.array() <= 0).any() || m.xSpeMean < 0 || m.xSpeVariance < 0)
        throw MvaError("model file: score variances must be positive, SPE moments non-negative");
    return m;
}

void savePlsModel(const PlsModel& model, const QString& path) {
    json::writeModelObject(plsModelToJson(model), path);
}

PlsModel loadPlsModel(const QString& path) {
    return json::loadModelFile(path, plsModelFromJson);
}

SoftSensor::SoftSensor(PlsModel model)
    : model_(std::move(model)),
      z_(model_.coefficients.rows()),
      t_(model_.w.cols()),
      e_(model_.coefficients.rows()),
      y_(model_.coefficients.cols()) {
    t2Limit99_ = limits::t2PhaseII(model_.observations, model_.w.cols(), 0.99);
    speLimit99_ = limits::speBox(model_.xSpeMean, model_.xSpeVariance, 0.99);
}

void SoftSensor::predict(const double* x) {
    const Eigen::Index k = z_.size();
    const Eigen::Map<const Eigen::VectorXd> xv(x, k);
    if (xv.hasNaN()) {
        y_.setConstant(std::numeric_limits<double>::quiet_NaN());
        t2_ = spe_ = std::numeric_limits<double>::quiet_NaN();
        return;
    }
    y_.noalias() = model_.coefficients.transpose() * xv;
    y_ += model_.intercept;
    z_.array() = (xv - model_.xPre.mean).array() * model_.xPre.factor.array();
    t_.noalias() = model_.wStar.transpose() * z_;
    e_ = z_;
    e_.noalias() -= model_.p * t_;
    t2_ = (t_.array().square() / model_.tVariance.array()).sum();
    spe_ = e_.squaredNorm();
}

}  // namespace batch::mva
