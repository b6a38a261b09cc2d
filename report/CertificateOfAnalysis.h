#pragma once

#include "sampling/LotService.h"

#include <QString>

namespace batch::report {

// The HTML of a certificate of analysis: product, lot, supplier, sampling level and why,
// every test with its specification and result per sample, the conclusion and the QA
// release signature's manifestation (printed name, date/time UTC, meaning).
QString certificateHtml(const sampling::CertificateData& data);

// Writes the certificate as a PDF of real text (renderHtmlToPdf). Returns the page count;
// throws ReportError when the file cannot be written. Needs a QGuiApplication.
int writeCertificatePdf(const sampling::CertificateData& data, const QString& path,
                        const QString& creator);

}  // namespace batch::report
