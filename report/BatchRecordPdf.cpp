#include "BatchRecordPdf.h"

#include "review/ReviewJson.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace batch::report {
namespace {

using review::BatchReview;
using review::RecordedValue;
using review::RecordStep;
using review::Signature;

QString tr(const char* text) {
    return QCoreApplication::translate("batch::report::BatchRecord", text);
}

constexpr int kMaxDetailChars = 1500;

QString when(const QString& tsUtc) {
    QString t = tsUtc;
    t.replace(QLatin1Char('T'), QLatin1Char(' '));
    if (t.endsWith(QLatin1Char('Z')))
        t.chop(1);
    return t.isEmpty() ? QString() : t + QStringLiteral(" UTC");
}

QString who(const QString& id, const QString& name) {
    return name.isEmpty() || name == id ? id : QStringLiteral("%1 (%2)").arg(name, id);
}

QString details(const QJsonObject& payload) {
    QStringList parts;
    for (auto it = payload.constBegin(); it != payload.constEnd(); ++it)
        if (it.key() != QLatin1String("batch_id"))
            parts << it.key() + QStringLiteral(": ") + review::jsonText(it.value());
    QString text = parts.join(QStringLiteral("; "));
    if (text.size() > kMaxDetailChars)
        text = text.left(kMaxDetailChars) + tr("… (complete in the JSON export)");
    return text;
}

QString valueText(const RecordedValue& v) {
    return v.unit.isEmpty() ? v.value : v.value + QLatin1Char(' ') + v.unit;
}

Cell instrumentCell(const RecordedValue* v) {
    Cell c;
    if (!v || v->instrument.isEmpty())
        return c;
    const QJsonObject& i = v->instrument;
    c.add(review::jsonText(i.value(QLatin1String("instrument_id"))), Style::Bold);
    if (v->simulated())
        c.add(tr("SIMULATED instrument: not a real reading"), Style::Alarm);
    for (const char* k : {"instrument_serial", "serial_number", "serial"})
        if (i.contains(QLatin1String(k)))
            c.add(tr("S/N %1").arg(review::jsonText(i.value(QLatin1String(k)))));
    for (auto it = i.constBegin(); it != i.constEnd(); ++it) {
        const QString k = it.key();
        if (k == QLatin1String("instrument_id") || k == QLatin1String("raw_frame") ||
            k == QLatin1String("simulated") || k.contains(QLatin1String("serial")))
            continue;
        c.add(k + QStringLiteral(": ") + review::jsonText(it.value()), Style::Muted);
    }
    if (i.contains(QLatin1String("raw_frame")))
        c.add(tr("raw: %1").arg(review::jsonText(i.value(QLatin1String("raw_frame")))),
              Style::Mono);
    return c;
}

void header(FlowDocument& doc, const exports::BatchExportData& data) {
    const BatchReview& r = data.review;
    doc.heading(tr("Batch record %1").arg(r.batchId), 1);
    doc.paragraph(
        tr("%1 — %2").arg(r.productCode, r.productName.isEmpty() ? r.mbrTitle : r.productName));
    const review::Disposition* decision = r.latestDecision();
    Table t;
    t.widths = {1, 3};
    const auto row = [&](const QString& k, const Cell& v) {
        t.rows.push_back({Cell(k, Style::Bold), v});
    };
    row(tr("Product"), Cell(QStringLiteral("%1 %2").arg(r.productCode, r.productName)));
    row(tr("Batch"), Cell(r.batchId));
    row(tr("Batch size"), Cell(QStringLiteral("%1 %2").arg(r.batchSize, r.batchUnit)));
    if (!r.theoreticalYield.isEmpty())
        row(tr("Theoretical yield"),
            Cell(QStringLiteral("%1 %2").arg(r.theoreticalYield, r.yieldUnit)));
    row(tr("Master batch record"),
        Cell(tr("%1 version %2 — %3").arg(r.mbrId, r.mbrVersion, r.mbrTitle)));
    row(tr("MBR content hash"), Cell(r.contentHash, Style::Mono));
    row(tr("Started"),
        Cell(tr("%1 by %2").arg(when(r.startedUtc), who(r.startedBy, r.startedByName))));
    row(tr("Finished"),
        Cell(r.finished() ? when(r.finishedUtc) : tr("not finished (%1)").arg(r.status)));
    row(tr("Disposition"),
        decision ? Cell(tr("%1 — %2").arg(decision->decision, signatureLine(*decision->signature)),
                        Style::Bold)
                 : Cell(tr("none yet")));
    row(tr("Exceptions"), Cell(tr("%1 recorded, %2 not reviewed; %3 deviation(s), %4 open")
                                   .arg(r.exceptions.size())
                                   .arg(r.openExceptions())
                                   .arg(r.deviations.size())
                                   .arg(r.openDeviations())));
    if (const auto simulated = r.simulatedReadings(); !simulated.empty()) {
        QStringList steps;
        for (const auto& [step, value] : simulated) steps << step->id;
        row(tr("Simulated instruments"), Cell(tr("%1 value(s) read from simulated instruments: %2")
                                                  .arg(simulated.size())
                                                  .arg(steps.join(QStringLiteral(", "))),
                                              Style::Alarm));
    }
    row(tr("Record integrity"),
        Cell(r.integrity.ok() ? tr("%1 events, row hashes intact; %2 signatures bind their content")
                                    .arg(r.integrity.events)
                                    .arg(r.integrity.signatures)
                              : tr("BROKEN: rows %1; signatures %2")
                                    .arg(r.integrity.brokenRows.join(QStringLiteral(", ")),
                                         r.integrity.invalidSignatures.join(QStringLiteral(", "))),
             r.integrity.ok() ? Style::Normal : Style::Alarm));
    row(tr("Record hash"), Cell(r.recordHash, Style::Mono));
    row(tr("Exported"), Cell(tr("%1 by %2 at station %3")
                                 .arg(when(data.exportedUtc), data.exportedBy, data.stationId)));
    doc.table(std::move(t));
}

void dispositions(FlowDocument& doc, const BatchReview& r) {
    if (r.dispositions.empty())
        return;
    doc.heading(tr("Disposition"), 2);
    for (const review::Disposition& d : r.dispositions) {
        Table t;
        t.widths = {1, 3};
        t.rows.push_back({Cell(tr("Decision"), Style::Bold), Cell(d.decision, Style::Bold)});
        t.rows.push_back(
            {Cell(tr("Signature"), Style::Bold),
             d.signature ? Cell(signatureLine(*d.signature)) : Cell(tr("UNSIGNED"), Style::Alarm)});
        if (!d.reason.isEmpty())
            t.rows.push_back({Cell(tr("Reason"), Style::Bold), Cell(d.reason)});
        t.rows.push_back(
            {Cell(tr("Record hash decided on"), Style::Bold), Cell(d.recordHash, Style::Mono)});
        doc.table(std::move(t));
    }
}

void exceptionReport(FlowDocument& doc, const BatchReview& r) {
    doc.heading(tr("Exception report"), 2);
    if (r.exceptions.empty()) {
        doc.paragraph(tr("No exceptions were recorded for this batch."));
        return;
    }
    Table t;
    t.widths = {0.9, 1.3, 2.0, 1.5, 1.7, 2.6, 2.4};
    t.header = {Cell(tr("Entry")),          Cell(tr("Type")),     Cell(tr("Step (ISA-88)")),
                Cell(tr("Value / limits")), Cell(tr("Recorded")), Cell(tr("What happened")),
                Cell(tr("Review"))};
    for (const review::ReviewException& x : r.exceptions) {
        Cell value;
        if (x.changedAfterEntry) {
            value.add(x.oldValue + (x.unit.isEmpty() ? QString() : QLatin1Char(' ') + x.unit),
                      Style::Struck);
            value.add(x.newValue + (x.unit.isEmpty() ? QString() : QLatin1Char(' ') + x.unit),
                      Style::Bold);
        } else {
            value.add(x.value + (x.unit.isEmpty() || x.value.isEmpty() ? QString()
                                                                       : QLatin1Char(' ') + x.unit),
                      Style::Bold);
        }
        value.add(x.limits, Style::Muted);
        if (!x.level.isEmpty())
            value.add(tr("level: %1").arg(x.level), Style::Muted);
        Cell what;
        what.add(x.message);
        what.add(x.reason.isEmpty() ? QString() : tr("Reason: %1").arg(x.reason));
        for (const review::Comment& c : x.comments)
            if (c.text != x.reason)
                what.add(tr("%1 (%2): %3").arg(c.who, when(c.tsUtc), c.text), Style::Muted);
        if (const review::Deviation* d = r.deviation(x.deviationId))
            what.add(tr("Deviation %1: %2").arg(d->id, d->closed() ? tr("closed") : tr("OPEN")),
                     d->closed() ? Style::Normal : Style::Alarm);
        Cell reviewCell = x.review ? Cell(signatureLine(*x.review))
                                   : Cell(tr("OPEN — not reviewed"), Style::Alarm);
        if (x.review)
            reviewCell.add(x.review->comment, Style::Muted);
        if (x.afterFinalDecision)
            reviewCell.add(tr("recorded after the final decision"), Style::Muted);
        t.rows.push_back({Cell(x.id, Style::Mono), Cell(x.typeTitle, Style::Bold),
                          Cell(x.hierarchy.isEmpty() ? x.stepId : x.hierarchy), value,
                          Cell(tr("%1\n%2").arg(who(x.userId, x.userName), when(x.tsUtc))), what,
                          reviewCell});
    }
    doc.table(std::move(t));
}

void deviations(FlowDocument& doc, const BatchReview& r) {
    if (r.deviations.empty())
        return;
    doc.heading(tr("Deviations"), 2);
    Table t;
    t.widths = {1.4, 1.0, 3.0, 1.8, 2.2, 3.0};
    t.header = {Cell(tr("Deviation")),
                Cell(tr("Step")),
                Cell(tr("Description and immediate action")),
                Cell(tr("Raised")),
                Cell(tr("Continuation")),
                Cell(tr("Closure"))};
    for (const review::Deviation& d : r.deviations) {
        Cell description{{d.category, Style::Bold}, {d.description, Style::Normal}};
        description.add(tr("Immediate action: %1").arg(d.immediateAction));
        description.add(d.attemptedValue.isEmpty()
                            ? QString()
                            : tr("Attempted value: %1").arg(d.attemptedValue));
        Cell continuation;
        for (const Signature& s : d.continuation) continuation.add(signatureLine(s));
        Cell closure = d.closed() ? Cell() : Cell(tr("OPEN — not closed"), Style::Alarm);
        if (d.closure) {
            closure.add(tr("Root cause: %1").arg(d.closure->rootCause));
            closure.add(tr("CAPA: %1").arg(d.closure->capa));
            closure.add(d.closure->comment, Style::Muted);
            for (const Signature& s : d.closure->signatures) closure.add(signatureLine(s));
        }
        t.rows.push_back(
            {Cell(d.id, Style::Bold), Cell(d.stepId), description,
             Cell(tr("%1\n%2").arg(who(d.raisedBy, d.raisedByName), when(d.raisedUtc))),
             continuation, closure});
    }
    doc.table(std::move(t));
}

void compliantSummary(FlowDocument& doc, const BatchReview& r) {
    doc.heading(tr("Verified compliant (everything that is not an exception)"), 2);
    Table t;
    t.widths = {2, 1, 1, 1, 1.3, 1, 1};
    t.header = {Cell(tr("Step kind")),          Cell(tr("Steps")),
                Cell(tr("Completed")),          Cell(tr("With exceptions")),
                Cell(tr("Verified compliant")), Cell(tr("Values")),
                Cell(tr("Signatures"))};
    for (const review::KindSummary& k : r.summary)
        t.rows.push_back({Cell(k.kind), Cell(QString::number(k.steps)),
                          Cell(QString::number(k.completed)),
                          Cell(QString::number(k.withExceptions)),
                          Cell(QString::number(k.verifiedCompliant), Style::Bold),
                          Cell(QString::number(k.values)), Cell(QString::number(k.signatures))});
    doc.table(std::move(t));
}

Cell valuesCell(const RecordStep& s) {
    Cell c;
    if (s.values.empty())
        return Cell(s.state, Style::Muted);
    for (const RecordedValue& v : s.values) {
        if (v.superseded) {
            c.add(valueText(v), Style::Struck);
        } else {
            c.add(valueText(v), Style::Bold);
        }
        if (v.eventType == QLatin1String("ValueCorrected"))
            c.add(tr("corrected by %1, %2: %3")
                      .arg(who(v.userId, v.userName), when(v.tsUtc), v.reason),
                  Style::Muted);
        if (!v.limitState.isEmpty() && v.limitState != QLatin1String("ok"))
            c.add(tr("limit: %1").arg(v.limitState), Style::Alarm);
        if (!v.overrideId.isEmpty())
            c.add(tr("under override %1").arg(v.overrideId), Style::Muted);
        for (const char* k : {"lot_status", "expiry_date", "supplier_lot", "clean_status"})
            if (const QString d = review::jsonText(v.details.value(QLatin1String(k))); !d.isEmpty())
                c.add(QStringLiteral("%1: %2").arg(QLatin1String(k), d), Style::Muted);
    }
    if (s.state != QLatin1String("completed"))
        c.add(s.state, Style::Muted);
    return c;
}

void stepTables(FlowDocument& doc, const BatchReview& r) {
    doc.heading(tr("Steps"), 2);
    QString unitProcedure;
    QString operation;
    Table t;
    const auto flush = [&] {
        if (!t.rows.empty())
            doc.table(std::move(t));
        t = Table{};
        t.widths = {2.2, 1.8, 1.5, 1.7, 1.8, 2.6};
        t.header = {Cell(tr("Step")),       Cell(tr("Value")),     Cell(tr("Target / limits")),
                    Cell(tr("Instrument")), Cell(tr("Performed")), Cell(tr("Signatures"))};
    };
    flush();
    for (const RecordStep& s : r.steps) {
        if (s.unitProcedure != unitProcedure || s.operation != operation) {
            flush();
            if (s.unitProcedure != unitProcedure)
                doc.heading(tr("Unit procedure: %1").arg(s.unitProcedure), 3);
            doc.paragraph(tr("Operation: %1").arg(s.operation), Style::Bold);
            unitProcedure = s.unitProcedure;
            operation = s.operation;
        }
        Cell step{{s.title, Style::Bold},
                  {QStringLiteral("%1 · %2").arg(s.id, s.kind), Style::Muted}};
        step.add(s.branch.isEmpty() ? QString() : tr("branch: %1").arg(s.branch), Style::Muted);
        if (!s.exceptions.empty())
            step.add(tr("exceptions: %1").arg(s.exceptions.size()), Style::Alarm);
        Cell limits;
        limits.add(s.target.isEmpty() ? QString() : tr("target %1").arg(s.target));
        limits.add(s.limits);
        const RecordedValue* first = s.values.empty() ? nullptr : &s.values.front();
        Cell performed;
        for (const RecordedValue& v : s.values)
            if (v.eventType != QLatin1String("ValueCorrected"))
                performed.add(tr("%1\n%2").arg(who(v.userId, v.userName), when(v.tsUtc)));
        Cell signatures;
        for (const RecordedValue& v : s.values)
            for (const Signature& sig : v.signatures)
                signatures.add(signatureLine(sig), sig.valid ? Style::Normal : Style::Alarm);
        t.rows.push_back(
            {step, valuesCell(s), limits, instrumentCell(first), performed, signatures});
    }
    flush();
}

void auditTrail(FlowDocument& doc, const exports::BatchExportData& data) {
    doc.pageBreak();
    doc.heading(tr("Appendix: audit trail of batch %1").arg(data.review.batchId), 2);
    doc.paragraph(tr("Every event of the batch record in the order it was written (%1 events). "
                     "Row hashes and the complete payloads are in the JSON export.")
                      .arg(data.record.events.size()),
                  Style::Muted);
    Table t;
    t.widths = {1.0, 1.7, 0.9, 1.5, 5.5};
    t.header = {Cell(tr("Entry")), Cell(tr("Time (UTC)")), Cell(tr("User")), Cell(tr("Event")),
                Cell(tr("Details"))};
    for (const record::EventRecord& e : data.record.events)
        t.rows.push_back({Cell(review::entryId(e), Style::Mono), Cell(when(e.tsUtc)),
                          Cell(e.userId), Cell(e.type), Cell(details(e.payloadObject()))});
    doc.table(std::move(t));
}

}  // namespace

QString signatureLine(const Signature& s) {
    return QStringLiteral("%1 — %2 — %3%4")
        .arg(s.printedName, s.meaning, when(s.tsUtc),
             s.valid ? QString() : tr(" — DOES NOT VERIFY"));
}

FlowDocument batchRecordDocument(const exports::BatchExportData& data) {
    FlowDocument doc;
    header(doc, data);
    dispositions(doc, data.review);
    exceptionReport(doc, data.review);
    deviations(doc, data.review);
    compliantSummary(doc, data.review);
    stepTables(doc, data.review);
    auditTrail(doc, data);
    return doc;
}

int renderBatchRecordPdf(const exports::BatchExportData& data, const QString& path,
                         const exports::Progress& progress) {
    PdfLayout layout;
    layout.title = tr("Batch record %1").arg(data.review.batchId);
    layout.creator = QStringLiteral("BatchStation");
    layout.headerText = QStringLiteral("%1 %2 — batch %3 — MBR %4 %5")
                            .arg(data.review.productCode, data.review.productName,
                                 data.review.batchId, data.review.mbrId, data.review.mbrVersion);
    layout.footerText = tr("Record hash: %1").arg(data.review.recordHash);
    if (progress)
        layout.progress = [&progress](int page, int pages) { return progress(page, pages); };
    return renderFlowToPdf(batchRecordDocument(data), path, layout);
}

}  // namespace batch::report
