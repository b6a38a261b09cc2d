#pragma once

#include "export/ExportData.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace batch::exports {

// One CSV field per RFC 4180: quoted when it holds a comma, a quote, CR or LF (quotes
// doubled). A field a spreadsheet would run as a formula (starting with = + - @, TAB or
// CR, unless it is a plain decimal number such as -12.5) gets a leading apostrophe, the
// OWASP guard against CSV injection; the apostrophe is documented in docs/export.md.
QString csvField(const QString& value);
QString csvRow(const QStringList& fields);  // joined with commas, ended by CRLF

// The columns of the values export, in order (docs/export.md).
QStringList csvColumns();

// The recorded values of the batch, one row per value: every step completion and every
// correction, in ISA-88 order, with status original / corrected / current. UTF-8 with a
// byte order mark (spreadsheets detect the encoding from it), CRLF line ends.
QByteArray exportBatchCsv(const BatchExportData& data, const Progress& progress = {});

}  // namespace batch::exports
