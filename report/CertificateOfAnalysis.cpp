#include "CertificateOfAnalysis.h"

#include "PdfRenderer.h"

#include <QCoreApplication>

namespace batch::report {
namespace {

QString tr(const char* text) {
    return QCoreApplication::translate("CertificateOfAnalysis", text);
}

QString esc(const QString& s) {
    return s.toHtmlEscaped();
}

QString row(const QString& label, const QString& value) {
    return QStringLiteral(
               "<tr><td style='color:#4a5057; padding-right:18px;'>%1</td><td>%2</td></tr>")
        .arg(esc(label), esc(value));
}

QString utcText(const QString& ts) {
    // "2026-03-01T08:15:02.123Z" -> "2026-03-01 08:15:02 UTC"
    return ts.size() >= 19 ? ts.left(10) + QLatin1Char(' ') + ts.mid(11, 8) + QStringLiteral(" UTC")
                           : ts;
}

QString tableStart(const QStringList& headers) {
    QString html = QStringLiteral(
        "<table border='1' cellspacing='0' cellpadding='4' width='100%' "
        "style='border-collapse:collapse;'><tr style='background:#e4e7ea;'>");
    for (const QString& h : headers) html += QStringLiteral("<th align='left'>%1</th>").arg(esc(h));
    return html + QStringLiteral("</tr>");
}

// Each test of the lot once, with its full specification: the widest column, so that a
// specification reads as one line in the PDF (and in pdftotext).
QString specificationTable(const sampling::Lot& lot) {
    QString html = tableStart({tr("Test"), tr("Name"), tr("Method"), tr("Specification")});
    QStringList seen;
    for (const sampling::LotTest& t : lot.tests) {
        if (seen.contains(t.testCode))
            continue;
        seen << t.testCode;
        html +=
            QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td><td width='45%'>%4</td></tr>")
                .arg(esc(t.testCode), esc(t.spec.name), esc(t.spec.method), esc(t.spec.describe()));
    }
    return html + QStringLiteral("</table>");
}

QString resultsTable(const sampling::Lot& lot) {
    QString html = tableStart({tr("Sample"), tr("Test"), tr("Result"), tr("Conclusion")});
    for (const sampling::LotTest& t : lot.tests) {
        const bool withUnit =
            !t.spec.unit.isEmpty() && t.spec.type == sampling::TestSpec::Type::Numeric;
        html += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td><td>%4</td></tr>")
                    .arg(esc(t.sampleId), esc(t.testCode),
                         esc(withUnit ? t.reported + QLatin1Char(' ') + t.spec.unit : t.reported),
                         esc(t.outOfSpecification ? tr("Does not comply") : tr("Complies")));
    }
    return html + QStringLiteral("</table>");
}

QString kindText(const QString& kind) {
    if (kind == QLatin1String("raw_material"))
        return tr("Raw material");
    if (kind == QLatin1String("intermediate"))
        return tr("Intermediate");
    if (kind == QLatin1String("finished_good"))
        return tr("Finished good");
    return kind;
}

}  // namespace

QString certificateHtml(const sampling::CertificateData& d) {
    const sampling::Lot& lot = d.lot;
    const security::SignatureInfo& sig = d.signature;
    QString html = QStringLiteral("<h1>%1</h1>").arg(esc(tr("Certificate of Analysis")));
    html += QStringLiteral("<table cellspacing='0' cellpadding='3'>");
    html += row(tr("Product"), QStringLiteral("%1 - %2").arg(lot.product, d.productName));
    html += row(tr("Product type"), kindText(d.productKind));
    html += row(tr("Lot"), lot.lotId);
    html +=
        row(tr("Organisation"), lot.organisation.isEmpty() ? tr("(not named)") : lot.organisation);
    html += row(tr("Product variant"), lot.variantId);
    html += row(tr("Lot size"), QStringLiteral("%1 %2").arg(lot.size).arg(d.sizeUnit));
    html += row(tr("Received"), utcText(lot.receivedUtc));
    html += row(tr("Sampling level"), sampling::levelName(lot.level));
    html += row(tr("Why this level"), lot.summary);
    html += QStringLiteral("</table>");

    html += QStringLiteral("<h2>%1</h2>").arg(esc(tr("Specification")));
    if (!lot.tests.empty())
        html += specificationTable(lot);
    html += QStringLiteral("<h2>%1</h2>").arg(esc(tr("Results")));
    if (lot.tests.empty())
        html +=
            QStringLiteral("<p>%1</p>")
                .arg(esc(tr("No samples were taken (level %1). The lot was released on the basis "
                            "of the supplier's certificate of analysis."))
                         .arg(sampling::levelName(lot.level)));
    else
        html += resultsTable(lot);

    html += QStringLiteral("<h2>%1</h2><p>%2</p>")
                .arg(esc(tr("Conclusion")),
                     esc(tr("Lot %1 complies with the specification of %2 and is released."))
                         .arg(esc(lot.lotId), esc(lot.product)));

    html += QStringLiteral("<h2>%1</h2><table cellspacing='0' cellpadding='3'>")
                .arg(esc(tr("Electronic signature")));
    html += row(tr("Signed by"), QStringLiteral("%1 (%2)").arg(sig.printedName, sig.signerId));
    html += row(tr("Date/time"), utcText(sig.signedAtUtc));
    html += row(tr("Meaning"), security::meaningName(sig.meaning));
    html += row(tr("Signature record"),
                QStringLiteral("%1/%2").arg(sig.event.stationId).arg(sig.event.seq));
    html += row(tr("Content hash"), sig.contentHash);
    html += QStringLiteral("</table>");
    return html;
}

int writeCertificatePdf(const sampling::CertificateData& data, const QString& path,
                        const QString& creator) {
    PdfLayout layout;
    layout.title = tr("Certificate of Analysis %1").arg(data.lot.lotId);
    layout.creator = creator;
    layout.headerText = QStringLiteral("%1 / %2").arg(data.lot.product, data.lot.lotId);
    layout.footerText = tr("Released by %1, %2, signature %3/%4")
                            .arg(data.signature.printedName, utcText(data.signature.signedAtUtc),
                                 data.signature.event.stationId)
                            .arg(data.signature.event.seq);
    return renderHtmlToPdf(certificateHtml(data), path, layout);
}

}  // namespace batch::report
