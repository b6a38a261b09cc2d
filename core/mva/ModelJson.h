#pragma once

#include "mva/PcaModel.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>

namespace batch::mva {

// Versioned JSON form of a PCA model (docs/mva.md §7). `content_hash` is the SHA-256
// (hex) of the canonical form: the object without `content_hash`, serialised compactly
// by QJsonDocument (keys sorted, numbers in shortest round-trip form).
inline constexpr int kModelFormatVersion = 1;

QJsonObject pcaModelToJson(const PcaModel& model);  // includes content_hash
QJsonObject preprocessingToJson(const Preprocessing& p);
Preprocessing preprocessingFromJson(const QJsonObject& o, Eigen::Index variables);
// Throws MvaError on a wrong format, version, shape or content hash.
PcaModel pcaModelFromJson(const QJsonObject& object);
QString contentHash(const QJsonObject& object);  // of the canonical form

void savePcaModel(const PcaModel& model, const QString& path);
PcaModel loadPcaModel(const QString& path);

}  // namespace batch::mva
