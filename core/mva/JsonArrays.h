#pragma once

#include <Eigen/Dense>

#include <QJsonArray>
#include <QJsonObject>
#include <QString>

#include "mva/MvaError.h"

#include <string>
#include <vector>

// Reading and writing the numeric arrays of the MVA model files (docs/mva.md §7). Every
// reader checks shape and finiteness and names the key: model files are untrusted input.
namespace batch::mva::json {

QJsonArray toArray(const Eigen::VectorXd& v);
// One inner array per row: the layout a reader expects for "variables x components".
QJsonArray toRows(const Eigen::MatrixXd& m);
QJsonArray toNames(const std::vector<std::string>& names);

Eigen::VectorXd vectorFrom(const QJsonObject& o, const char* key, Eigen::Index size);
Eigen::MatrixXd matrixFrom(const QJsonObject& o, const char* key, Eigen::Index rows,
                           Eigen::Index cols);
double numberFrom(const QJsonObject& o, const char* key);
// A whole number in [minimum, maximum].
Eigen::Index countFrom(const QJsonObject& o, const char* key, Eigen::Index minimum,
                       Eigen::Index maximum);
std::vector<std::string> namesFrom(const QJsonObject& o, const char* key, size_t maxCount);
QJsonObject objectFrom(const QJsonObject& o, const char* key);

// Checks format, version and content hash of a model object (throws MvaError).
void checkEnvelope(const QJsonObject& o, const char* format, int version);
// Reads a model file (bounded size) as a JSON object; errors name the path.
QJsonObject readModelObject(const QString& path);
// Writes a JSON object atomically (QSaveFile).
void writeModelObject(const QJsonObject& o, const QString& path);
// Reads a model file and converts it with `fromJson`; errors are prefixed with the path.
template <typename FromJson>
auto loadModelFile(const QString& path, FromJson&& fromJson) {
    const QJsonObject o = readModelObject(path);
    try {
        return fromJson(o);
    } catch (const MvaError& e) {
        throw MvaError(path.toStdString() + ": " + e.what());
    }
}

}  // namespace batch::mva::json
