#pragma once

#include "mva/ModelRepository.h"
#include "sync/MasterData.h"

#include <QJsonObject>
#include <QString>

#include <memory>

namespace batch::sync {

// MVA models as central master data (kind "mva_model", key "MODEL-ID@VERSION",
// docs/sync.md §Master data, docs/mva.md §22). A model version approved under change
// control at an authoring store (QA's "Approved" signature) is published with its content
// and the evidence of that approval; every station applies it as an Approved version of
// its own mva_models (a previously approved version is superseded), or Retired.
inline const QString kMvaModelKind = QStringLiteral("mva_model");
QString mvaModelKey(const QString& modelId, int version);

// The central document of an approved version: model_id, version, kind, status
// ("Approved"), content (the model file, compact JSON), content_hash, description and
// approval {approver_id, approver_name, approved_utc, station_id, signature_seq}.
QJsonObject mvaModelDocument(const mva::ApprovedModel& model, const QString& approverName);

std::unique_ptr<MasterDataApplier> makeMvaModelApplier();

}  // namespace batch::sync
