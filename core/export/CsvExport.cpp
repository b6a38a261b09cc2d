#include "export/CsvExport.h"

#include "review/ReviewJson.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace batch::exports {
namespace {

QString tr(const char* text) {
    // lupdate files a tr() here under the enclosing class or namespace: look there first
    // (the old single context alone never found the translations).
    for (const char* context : {"batch::exports::RecordWriter", "batch::exports", "Export"}) {
        const QString t = QCoreApplication::translate(context, text);
        if (t != QLatin1String(text))
            return t;
    }
    return QString::fromUtf8(text);
}

// The serial number of the instrument, under whichever name the capturing module used.
QString serialOf(const QJsonObject& instrument) {
    for (const char* k : {"instrument_serial", "serial_number", "serial"})
        if (instrument.contains(QLatin1String(k)))
            return review::jsonText(instrument.value(QLatin1String(k)));
    return {};
}

QString otherInstrumentData(QJsonObject instrument) {
    for (const char* k :
         {"instrument_id", "raw_frame", "stable", "instrument_serial", "serial_number", "serial"})
        instrument.remove(QLatin1String(k));
    return instrument.isEmpty() ? QString() : review::jsonText(instrument);
}

QString signaturesText(const std::vector<review::Signature>& signatures) {
    QStringList parts;
    for (const review::Signature& s : signatures)
        parts << QStringLiteral("%1 | %2 | %3 UTC%4")
                     .arg(s.printedName, s.meaning, s.tsUtc,
                          s.valid ? QString() : QStringLiteral(" | INVALID"));
    return parts.join(QStringLiteral("; "));
}

}  // namespace

QString csvField(const QString& value) {
    QString v = value;
    static const QRegularExpression kPlainNumber(QStringLiteral("^[-+]?[0-9]+(\\.[0-9]+)?$"));
    if (!v.isEmpty()) {
        const QChar c = v.front();
        const bool formula = c == QLatin1Char('=') || c == QLatin1Char('+') ||
                             c == QLatin1Char('-') || c == QLatin1Char('@') ||
                             c == QLatin1Char('\t') || c == QLatin1Char('\r');
        if (formula && !kPlainNumber.match(v).hasMatch())
            v.prepend(QLatin1Char('\''));
    }
    if (v.contains(QLatin1Char(',')) || v.contains(QLatin1Char('"')) ||
        v.contains(QLatin1Char('\r')) || v.contains(QLatin1Char('\n'))) {
        v.replace(QLatin1String("\""), QLatin1String("\"\""));
        v = QLatin1Char('"') + v + QLatin1Char('"');
    }
    return v;
}

QString csvRow(const QStringList& fields) {
    QStringList out;
    out.reserve(fields.size());
    for (const QString& f : fields) out << csvField(f);
    return out.join(QLatin1Char(',')) + QStringLiteral("\r\n");
}

QStringList csvColumns() {
    return {QStringLiteral("batch_id"),
            QStringLiteral("unit_procedure"),
            QStringLiteral("operation"),
            QStringLiteral("branch"),
            QStringLiteral("step_id"),
            QStringLiteral("step_title"),
            QStringLiteral("step_kind"),
            QStringLiteral("value"),
            QStringLiteral("unit"),
            QStringLiteral("entry_type"),
            QStringLiteral("in_force"),
            QStringLiteral("target"),
            QStringLiteral("limits"),
            QStringLiteral("limit_state"),
            QStringLiteral("source"),
            QStringLiteral("instrument_id"),
            QStringLiteral("instrument_serial"),
            QStringLiteral("raw_frame"),
            QStringLiteral("stable"),
            QStringLiteral("instrument_other"),
            QStringLiteral("recorded_by"),
            QStringLiteral("recorded_by_name"),
            QStringLiteral("recorded_utc"),
            QStringLiteral("reason"),
            QStringLiteral("corrects_entry"),
            QStringLiteral("deviation_id"),
            QStringLiteral("signatures"),
            QStringLiteral("entry"),
            QStringLiteral("simulated"),
            QStringLiteral("override_id"),
            QStringLiteral("master_data")};
}

QByteArray exportBatchCsv(const BatchExportData& data, const Progress& progress) {
    const review::BatchReview& r = data.review;
    QString out = csvRow(csvColumns());
    const qint64 total = static_cast<qint64>(r.steps.size());
    qint64 done = 0;
    for (const review::RecordStep& s : r.steps) {
        for (const review::RecordedValue& v : s.values) {
            const bool correction = v.eventType == QLatin1String("ValueCorrected");
            out += csvRow({r.batchId,
                           s.unitProcedure,
                           s.operation,
                           s.branch,
                           s.id,
                           s.title,
                           s.kind,
                           v.value,
                           v.unit,
                           correction ? QStringLiteral("correction") : QStringLiteral("recorded"),
                           v.superseded ? QStringLiteral("no") : QStringLiteral("yes"),
                           s.target,
                           s.limits,
                           v.limitState,
                           v.source,
                           review::jsonText(v.instrument.value(QLatin1String("instrument_id"))),
                           serialOf(v.instrument),
                           review::jsonText(v.instrument.value(QLatin1String("raw_frame"))),
                           review::jsonText(v.instrument.value(QLatin1String("stable"))),
                           otherInstrumentData(v.instrument),
                           v.userId,
                           v.userName,
                           v.tsUtc,
                           v.reason,
                           v.corrects,
                           v.deviationId,
                           signaturesText(v.signatures),
                           v.entry,
                           v.simulated() ? QStringLiteral("yes") : QString(),
                           v.overrideId,
                           v.details.isEmpty() ? QString() : review::jsonText(v.details)});
        }
        if (progress && ++done % 256 == 0 && !progress(done, total))
            throw ExportError(ExportError::Kind::Cancelled, tr("cancelled"));
    }
    return QByteArray("\xEF\xBB\xBF") + out.toUtf8();
}

}  // namespace batch::exports
