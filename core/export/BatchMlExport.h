#pragma once

#include "export/ExportData.h"

#include <QByteArray>

class QXmlStreamWriter;

namespace batch::exports {

inline constexpr const char* kB2mmlNamespace = "http://www.mesa.org/xml/B2MML";

// The batch record as a BatchML BatchProductionRecord (ISA-88 part 4, B2MML V0701,
// BatchML-BatchProductionRecord.xsd; docs/export.md has the mapping): header, the MBR as
// MasterRecipeRecord, every recorded value and every signature as an Event (values with
// unit, instrument and raw frame; signatures with printed name, time and meaning),
// corrections in ChangeHistory with the value before the change, review comments,
// exceptions, deviations with closure, dispositions, samples and the people involved.
// The B2MML is used courtesy of MESA International.
QByteArray exportBatchProductionRecord(const BatchExportData& data, const Progress& progress = {});

// An MBR version as a BatchML MasterRecipe (BatchML-BatchInformation.xsd): header with
// product, batch size and the approval history, equipment requirements, the bill of
// materials as the formula, and the procedure > unit procedures > operations > phases as
// nested RecipeElements with their parameters and procedure logic (sequence, parallel
// branches).
QByteArray exportMasterRecipe(const model::LoadedMbr& mbr,
                              const std::vector<security::SignatureInfo>& approvals);

// Writes the <MasterRecipe> element (without the XML declaration), for embedding in a
// BatchProductionRecord's MasterRecipeRecord.
void writeMasterRecipe(QXmlStreamWriter& xml, const model::LoadedMbr& mbr,
                       const std::vector<security::SignatureInfo>& approvals);

// "2026-01-02T03:04:05.678Z" is already an xsd:dateTime; this is the one place that
// says so (and normalises anything else BatchStation never writes to the epoch).
QString xmlDateTime(const QString& tsUtc);

}  // namespace batch::exports
