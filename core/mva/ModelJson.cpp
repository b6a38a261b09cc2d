#include "mva/ModelJson.h"

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

QJsonArray toArray(const Eigen::VectorXd& v) {
    QJsonArray a;
    for (Eigen::Index i = 0; i < v.size(); ++i) a.append(v(i));
    return a;
}

// One inner array per row: the layout a reader expects for "variables x components".
QJsonArray toRows(const Eigen::MatrixXd& m) {
    QJsonArray rows;
    for (Eigen::Index i = 0; i < m.rows(); ++i) rows.append(toArray(m.row(i).transpose()));
    return rows;
}

Eigen::VectorXd vectorFrom(const QJsonObject& o, const char* key, Eigen::Index size) {
    const QJsonArray a = o.value(QLatin1String(key)).toArray();
    if (a.size() != size)
        throw MvaError(std::string("model file: '") + key + "' has " + std::to_string(a.size()) +
                       " values, expected " + std::to_string(size));
    Eigen::VectorXd v(size);
    for (Eigen::Index i = 0; i < size; ++i) {
        const QJsonValue x = a.at(i);
        if (!x.isDouble() || !std::isfinite(x.toDouble()))
            throw MvaError(std::string("model file: '") + key + "' value " + std::to_string(i + 1) +
                           " is not a finite number");
        v(i) = x.toDouble();
    }
    return v;
}

double numberFrom(const QJsonObject& o, const char* key) {
    const QJsonValue v = o.value(QLatin1String(key));
    if (!v.isDouble())
        throw MvaError(std::string("model file: '") + key + "' missing or not a number");
    return v.toDouble();
}

}  // namespace

QString contentHash(const QJsonObject& object) {
    QJsonObject canonical = object;
    canonical.remove(QStringLiteral("content_hash"));
    const QByteArray bytes = QJsonDocument(canonical).toJson(QJsonDocument::Compact);
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
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
    o[QStringLiteral("preprocessing")] =
        QJsonObject{{QStringLiteral("scaling"), QString::fromStdString(scalingName(m.pre.scaling))},
                    {QStringLiteral("mean"), toArray(m.pre.mean)},
                    {QStringLiteral("sd"), toArray(m.pre.sd)},
                    {QStringLiteral("weight"), toArray(m.pre.weight)},
                    {QStringLiteral("factor"), toArray(m.pre.factor)}};
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
    if (o.value(QStringLiteral("format")).toString() != QLatin1String(kFormat))
        throw MvaError("model file: not a BatchStation PCA model (format)");
    const int version = o.value(QStringLiteral("version")).toInt(-1);
    if (version != kModelFormatVersion)
        throw MvaError("model file: unsupported version " + std::to_string(version));
    const QString stored = o.value(QStringLiteral("content_hash")).toString();
    if (stored.isEmpty() || stored != contentHash(o))
        throw MvaError("model file: content hash mismatch (the file was altered)");
    PcaModel m;
    for (const QJsonValue& n : o.value(QStringLiteral("variables")).toArray())
        m.names.push_back(n.toString().toStdString());
    const auto k = static_cast<Eigen::Index>(m.names.size());
    const auto a = static_cast<Eigen::Index>(numberFrom(o, "components"));
    if (k < 1 || a < 1 || a > k)
        throw MvaError("model file: bad numbers of variables or components");
    m.method = o.value(QStringLiteral("method")).toString().toStdString();
    const QJsonObject pre = o.value(QStringLiteral("preprocessing")).toObject();
    m.pre.scaling = parseScaling(pre.value(QStringLiteral("scaling")).toString().toStdString());
    m.pre.mean = vectorFrom(pre, "mean", k);
    m.pre.sd = vectorFrom(pre, "sd", k);
    m.pre.weight = vectorFrom(pre, "weight", k);
    m.pre.factor = vectorFrom(pre, "factor", k);
    const QJsonArray rows = o.value(QStringLiteral("loadings")).toArray();
    if (rows.size() != k)
        throw MvaError("model file: 'loadings' must have one row per variable");
    m.loadings.resize(k, a);
    for (Eigen::Index i = 0; i < k; ++i) {
        QJsonObject holder{{QStringLiteral("row"), rows.at(i)}};
        m.loadings.row(i) = vectorFrom(holder, "row", a).transpose();
    }
    m.eigenvalues = vectorFrom(o, "eigenvalues", a);
    if ((m.eigenvalues.array() <= 0).any())
        throw MvaError("model file: eigenvalues must be positive");
    m.explainedRatio = vectorFrom(o, "explained_variance_ratio", a);
    const QJsonObject tr = o.value(QStringLiteral("training")).toObject();
    m.observations = static_cast<Eigen::Index>(numberFrom(tr, "observations"));
    m.missingValues = static_cast<Eigen::Index>(numberFrom(tr, "missing_values"));
    m.totalSumSquares = numberFrom(tr, "total_sum_squares");
    const Eigen::VectorXd th = vectorFrom(tr, "theta", 3);
    m.theta = {th(0), th(1), th(2)};
    m.speMean = numberFrom(tr, "spe_mean");
    m.speVariance = numberFrom(tr, "spe_variance");
    m.s0 = numberFrom(tr, "s0");
    // Limits are derived data: recomputed from the training summary rather than trusted.
    m.computeLimits();
    return m;
}

void savePcaModel(const PcaModel& model, const QString& path) {
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        throw MvaError(path.toStdString() + ": " + f.errorString().toStdString());
    f.write(QJsonDocument(pcaModelToJson(model)).toJson(QJsonDocument::Indented));
    if (!f.commit())
        throw MvaError(path.toStdString() + ": " + f.errorString().toStdString());
}

PcaModel loadPcaModel(const QString& path) {
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        throw MvaError(path.toStdString() + ": " + f.errorString().toStdString());
    constexpr qint64 kMaxModelBytes = qint64{256} << 20;
    if (f.size() > kMaxModelBytes)
        throw MvaError(path.toStdString() + ": model file too large");
    QJsonParseError err{};
    const QJsonDocument doc = QJsonDocument::fromJson(f.readAll(), &err);
    if (doc.isNull() || !doc.isObject())
        throw MvaError(path.toStdString() +
                       ": not a JSON object: " + err.errorString().toStdString());
    try {
        return pcaModelFromJson(doc.object());
    } catch (const MvaError& e) {
        throw MvaError(path.toStdString() + ": " + e.what());
    }
}

}  // namespace batch::mva
