#pragma once

// Internal to core/model: the kind-specific part of a phase.

#include "model/Mbr.h"
#include "model/MbrReader.h"

#include <QJsonObject>

namespace batch::model::detail {

// Reads and checks the members of `step.kind` from `o` into `step`. `header` holds the
// already parsed header (materials, equipment classes, batch size) the step refers to.
// The formula of a calculation is checked later, once every step id is known.
void parseStepBody(Reader& r, const QJsonObject& o, const QString& path, Step& step,
                   const MasterBatchRecord& header);

}  // namespace batch::model::detail
