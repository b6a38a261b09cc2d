#pragma once

#include "PdfFlow.h"
#include "export/ExportData.h"

#include <QString>

namespace batch::report {

// The batch record as a document (docs/export.md §PDF): header (product, batch, size,
// MBR id / version / hash, dates, disposition), the exception report with every review,
// deviations with their closure, the verified-compliant summary, every step in ISA-88
// order with values, units, limits, instrument ids, serial numbers and raw frames,
// performer and signatures (printed name, date/time, meaning), corrected values struck
// through next to the value in force, and the audit trail as an appendix.
FlowDocument batchRecordDocument(const exports::BatchExportData& data);

// Renders it to `path` with the record hash in every page's footer and "Page X of Y".
// `progress` (optional) is called per page painted; false cancels (ReportError, no file).
int renderBatchRecordPdf(const exports::BatchExportData& data, const QString& path,
                         const exports::Progress& progress = {});

// How a signature reads on paper: "Olivia Operator — Performed — 2026-01-02 10:11:12 UTC".
QString signatureLine(const review::Signature& signature);

}  // namespace batch::report
