#include "mva/JsonArrays.h"

#include "mva/ModelJson.h"
#include "mva/MvaError.h"

#include <QFile>
#include <QJsonDocument>
#include <QSaveFile>

#include <cmath>

namespace batch::mva::json {

QJsonArray toArray(const Eigen::VectorXd& v) {
    QJsonArray a;
    for (Eigen::Index i = 0; i < v.size(); ++i) a.append(v(i));
    return a;
}

QJsonArray toRows(const Eigen::MatrixXd& m) {
    QJsonArray rows;
    for (Eigen::Index i = 0; i < m.rows(); ++i) rows.append(toArray(m.row(i).transpose()));
    return rows;
}

QJsonArray toNames(const std::vector<std::string>& names) {
    QJsonArray a;
    for (const std::string& n : names) a.append(QString::fromStdString(n));
    return a;
}

namespace {

Eigen::VectorXd valuesOf(const QJsonArray& a, const std::string& what, Eigen::Index size) {
    if (a.size() != size)
        throw MvaError("model file: '" + what + "' has " + std::to_string(a.size()) +
                       " values, expected " + std::to_string(size));
    Eigen::VectorXd v(size);
    for (Eigen::Index i = 0; i < size; ++i) {
        const QJsonValue x = a.at(i);
        if (!x.isDouble() || !std::isfinite(x.toDouble()))
            throw MvaError("model file: '" + what + "' value " + std::to_string(i + 1) +
                           " is not a finite number");
        v(i) = x.toDouble();
    }
    return v;
}

}  // namespace

Eigen::VectorXd vectorFrom(const QJsonObject& o, const char* key, Eigen::Index size) {
    return valuesOf(o.value(QLatin1String(key)).toArray(), key, size);
}

Eigen::MatrixXd matrixFrom(const QJsonObject& o, const char* key, Eigen::Index rows,
                           Eigen::Index cols) {
    const QJsonArray a = o.value(QLatin1String(key)).toArray();
    if (a.size() != rows)
        throw MvaError(std::string("model file: '") + key + "' has " + std::to_string(a.size()) +
                       " rows, expected " + std::to_string(rows));
    Eigen::MatrixXd m(rows, cols);
    for (Eigen::Index i = 0; i < rows; ++i)
        m.row(i) = valuesOf(a.at(i).toArray(),
                            std::string(key) + "' row " + std::to_string(i + 1) + " '", cols)
                       .transpose();
    return m;
}

double numberFrom(const QJsonObject& o, const char* key) {
    const QJsonValue v = o.value(QLatin1String(key));
    if (!v.isDouble() || !std::isfinite(v.toDouble()))
        throw MvaError(std::string("model file: '") + key + "' missing or not a number");
    return v.toDouble();
}

Eigen::Index countFrom(const QJsonObject& o, const char* key, Eigen::Index minimum,
                       Eigen::Index maximum) {
    const double d = numberFrom(o, key);
    if (d != std::floor(d) || d < static_cast<double>(minimum) || d > static_cast<double>(maximum))
        throw MvaError(std::string("model file: '") + key + "' must be a whole number in " +
                       std::to_string(minimum) + ".." + std::to_string(maximum));
    return static_cast<Eigen::Index>(d);
}

std::vector<std::string> namesFrom(const QJsonObject& o, const char* key, size_t maxCount) {
    const QJsonArray a = o.value(QLatin1String(key)).toArray();
    if (a.isEmpty() || static_cast<size_t>(a.size()) > maxCount)
        throw MvaError(std::string("model file: '") + key + "' must list 1.." +
                       std::to_string(maxCount) + " names");
    std::vector<std::string> out;
    for (const QJsonValue& v : a) {
        if (!v.isString() || v.toString().isEmpty())
            throw MvaError(std::string("model file: '") + key + "' has an empty or non-text name");
        out.push_back(v.toString().toStdString());
    }
    return out;
}

QJsonObject objectFrom(const QJsonObject& o, const char* key) {
    const QJsonValue v = o.value(QLatin1String(key));
    if (!v.isObject())
        throw MvaError(std::string("model file: '") + key + "' missing or not an object");
    return v.toObject();
}

void checkEnvelope(const QJsonObject& o, const char* format, int version) {
    if (o.value(QStringLiteral("format")).toString() != QLatin1String(format))
        throw MvaError(std::string("model file: not a ") + format + " model (format is '" +
                       o.value(QStringLiteral("format")).toString().left(64).toStdString() + "')");
    const QJsonValue v = o.value(QStringLiteral("version"));
    if (!v.isDouble() || v.toDouble() != version)
        throw MvaError("model file: unsupported version " +
                       std::to_string(v.isDouble() ? v.toDouble() : -1.0) + " (expected " +
                       std::to_string(version) + ")");
    const QString stored = o.value(QStringLiteral("content_hash")).toString();
    if (stored.isEmpty() || stored != contentHash(o))
        throw MvaError("model file: content hash mismatch (the file was altered)");
}

QJsonObject readModelObject(const QString& path) {
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
    return doc.object();
}

void writeModelObject(const QJsonObject& o, const QString& path) {
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        throw MvaError(path.toStdString() + ": " + f.errorString().toStdString());
    f.write(QJsonDocument(o).toJson(QJsonDocument::Indented));
    if (!f.commit())
        throw MvaError(path.toStdString() + ": " + f.errorString().toStdString());
}

}  // namespace batch::mva::json
