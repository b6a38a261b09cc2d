#include "mva/ModelJson.h"

#include "mva/JsonArrays.h"
#include "mva/MvaError.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>

#include <cmath>

namespace batch::mva {
namespace {

constexpr const char* kFormat = "batchstation.mva.pca";
using json::numberFrom;
using json::toArray;
using json::toRows;
using json::vectorFrom;

}  // namespace

QString contentHash(const QJsonObject& object) {
    QJsonObject canonical = object;
    canonical.remove(QStringLiteral("content_hash"));
    const QByteArray bytes = QJsonDocument(canonical).toJson(QJsonDocument::Compact);
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

QJsonObject preprocessingToJson(const Preprocessing& p) {
    return QJsonObject{{QStringLiteral("scaling"), QString::fromStdString(scalingName(p.scaling))},
                       {QStringLiteral("mean"), toArray(p.mean)},
                       {QStringLiteral("sd"), toArray(p.sd)},
                       {QStringLiteral("weight"), toArray(p.weight)},
                       {QStringLiteral("factor"), toArray(p.factor)}};
}

Preprocessing preprocessingFromJson(const QJsonObject& pre, Eigen::Index k) {
    Preprocessing p;
    p.scaling = parseScaling(pre.value(QStringLiteral("scaling")).toString().toStdString());
    p.mean = vectorFrom(pre, "mean", k);
    p.sd = vectorFrom(pre, "sd", k);
    p.weight = vectorFrom(pre, "weight", k);
    p.factor = vectorFrom(pre, "factor", k);
    return p;
}

QJsonObject pcaModelToJson(const PcaModel& m) {
    QJsonObject o;
    o[QStringLiteral("format")] = QLatin1String(kFormat);
    o[QStringLiteral("version")] = kModelFormatVersion;
    QJsonArray names;
    for (const std::string& n : m.names) names.append(QString::fromStdString(n));
    o[QStringLiteral("variables")] = names;
    o[QStringLiteral("method")] = QString::fromStdString(m.method);
    o[QStringLiteral("components")] = static_cast<double>(m.components());
    o[QStringLiteral("preprocessing")] = preprocessingToJson(m.pre);
    o[QStringLiteral("loadings")] = toRows(m.loadings);
    o[QStringLiteral("eigenvalues")] = toArray(m.eigenvalues);
    o[QStringLiteral("explained_variance_ratio")] = toArray(m.explainedRatio);
    o[QStringLiteral("training")] =
        QJsonObject{{QStringLiteral("observations"), static_cast<double>(m.observations)},
                    {QStringLiteral("missing_values"), static_cast<double>(m.missingValues)},
                    {QStringLiteral("total_sum_squares"), m.totalSumSquares},
                    {QStringLiteral("theta"), QJsonArray{m.theta.t1, m.theta.t2, m.theta.t3}},
                    {QStringLiteral("spe_mean"), m.speMean},
                    {QStringLiteral("spe_variance"), m.speVariance},
                    {QStringLiteral("s0"), m.s0}};
    o[QStringLiteral("limits")] = QJsonObject{
        {QStringLiteral("t2_95"), m.lim.t2_95},
        {QStringLiteral("t2_99"), m.lim.t2_99},
        {QStringLiteral("t2_phase1_95"), m.lim.t2_phase1_95},
        {QStringLiteral("t2_phase1_99"), m.lim.t2_phase1_99},
        {QStringLiteral("spe_95"), m.lim.spe_95},
        {QStringLiteral("spe_99"), m.lim.spe_99},
        {QStringLiteral("spe_box_95"), m.lim.spe_box_95},
        {QStringLiteral("spe_box_99"), m.lim.spe_box_99},
        {QStringLiteral("spe_method"),
         m.lim.speJacksonMudholkar ? QStringLiteral("jackson-mudholkar") : QStringLiteral("box")},
        {QStringLiteral("dmodx_95"), m.lim.dmodx_95},
        {QStringLiteral("dmodx_99"), m.lim.dmodx_99}};
    o[QStringLiteral("content_hash")] = contentHash(o);
    return o;
}

PcaModel pcaModelFromJson(const QJsonObject& o) {
    json::checkEnvelope(o, kFormat, kModelFormatVersion);
    PcaModel m;
    m.names = json::namesFrom(o, "variables", 1000000);
    const auto k = static_cast<Eigen::Index>(m.names.size());
    const Eigen::Index a = json::countFrom(o, "components", 1, k);
    m.method = o.value(QStringLiteral("method")).toString().toStdString();
    m.pre = preprocessingFromJson(json::objectFrom(o, "preprocessing"), k);
    m.loadings = json::matrixFrom(o, "loadings", k, a);
    m.eigenvalues = vectorFrom(o, "eigenvalues", a);
    if ((m.eigenvalues.array() <= 0).any())
        throw MvaError("model file: eigenvalues must be positive");
    m.explainedRatio = vectorFrom(o, "explained_variance_ratio", a);
    const QJsonObject tr = o.value(QStringLiteral("training")).toObject();
    m.observations = json::countFrom(tr, "observations", a + 2, Eigen::Index{1} << 40);
    m.missingValues = json::countFrom(tr, "missing_values", 0, Eigen::Index{1} << 50);
    m.totalSumSquares = numberFrom(tr, "total_sum_squares");
    const Eigen::VectorXd th = vectorFrom(tr, "theta", 3);
    m.theta = {th(0), th(1), th(2)};
    m.speMean = numberFrom(tr, "spe_mean");
    m.speVariance = numberFrom(tr, "spe_variance");
    m.s0 = numberFrom(tr, "s0");
    if (m.speMean < 0 || m.speVariance < 0 || m.s0 < 0 || m.theta.t1 < 0 || m.theta.t2 < 0 ||
        m.theta.t3 < 0)
        throw MvaError("model file: negative training statistics");
    // Limits are derived data: recomputed from the training summary rather than trusted.
    try {
        m.computeLimits();
    } catch (const MvaError&) {
        throw;
    } catch (const std::exception& e) {
        throw MvaError(std::string("model file: training summary gives no limits: ") + e.what());
    }
    return m;
}

void savePcaModel(const PcaModel& model, const QString& path) {
    json::writeModelObject(pcaModelToJson(model), path);
}

PcaModel loadPcaModel(const QString& path) {
    return json::loadModelFile(path, pcaModelFromJson);
}

}  // namespace batch::mva
