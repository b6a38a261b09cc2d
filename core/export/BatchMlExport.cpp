// The batch record as a BatchML BatchProductionRecord (BatchML-BatchProductionRecord.xsd,
// B2MML V0701). Element order follows the XSD sequences exactly; docs/export.md maps
// each part of the record to its element.
#include "export/BatchMlExport.h"

#include "export/BatchMlWriter.h"
#include "review/ReviewJson.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

namespace batch::exports {
namespace {

using review::BatchReview;
using review::jsonText;
using review::Signature;
using xml::element;
using xml::optional;

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

QString dataTypeOf(const QString& kind) {
    return kind == QLatin1String("numeric") || kind == QLatin1String("weigh") ||
                   kind == QLatin1String("calculation")
               ? QStringLiteral("decimal")
               : QStringLiteral("string");
}

void attribute(QXmlStreamWriter& w, const QString& id, const QString& value) {
    if (value.isEmpty())
        return;
    w.writeStartElement(QStringLiteral("UserAttribute"));
    element(w, "AttributeID", id);
    xml::value(w, "Value", value, QStringLiteral("string"));
    w.writeEndElement();
}

// EntryID, ObjectType, TimeStamp, ExternalReference, Description: the group every entry
// of a batch production record starts with.
void entry(QXmlStreamWriter& w, const QString& id, const char* objectType, const QString& tsUtc,
           const QString& description = {}, const QString& external = {}) {
    element(w, "EntryID", id);
    element(w, "ObjectType", QString::fromLatin1(objectType));
    if (!tsUtc.isEmpty())
        element(w, "TimeStamp", xmlDateTime(tsUtc));
    optional(w, "ExternalReference", external);
    optional(w, "Description", description);
}

class RecordWriter {
public:
    RecordWriter(QXmlStreamWriter& w, const BatchExportData& data, const Progress& progress)
        : w_(w), data_(data), r_(data.review), progress_(progress) {}

    void write();

private:
    void tick() {
        if (progress_ && ++done_ % 256 == 0 && !progress_(done_, total_))
            throw ExportError(ExportError::Kind::Cancelled, tr("cancelled"));
    }
    void header();
    void changeHistory();
    void comments();
    void events();
    void valueEvent(const review::RecordStep& s, const review::RecordedValue& v);
    void signatureEvent(const Signature& s, const QString& stepId);
    void exceptionEvent(const review::ReviewException& x);
    void otherEvents();
    void masterRecipe();
    void personnel();
    void samples();
    void person(const QString& id, const QString& name);

    QXmlStreamWriter& w_;
    const BatchExportData& data_;
    const BatchReview& r_;
    const Progress& progress_;
    QSet<QString> written_;                   // entry ids already written as an Event
    QHash<QString, QStringList> categories_;  // value entry -> exception types on it
    qint64 done_ = 0;
    qint64 total_ = 0;
};

void RecordWriter::header() {
    element(w_, "ID", r_.batchId);
    const QString last =
        data_.record.events.empty() ? r_.startedUtc : data_.record.events.back().tsUtc;
    entry(w_, r_.batchId, "Batch Production Record", data_.exportedUtc,
          QStringLiteral("%1 %2 — batch %3 (%4 %5)")
              .arg(r_.productCode, r_.productName, r_.batchId, r_.batchSize, r_.batchUnit),
          QStringLiteral("urn:batchstation:record-hash:sha256:%1").arg(r_.recordHash));
    element(w_, "PublishedDate", xmlDateTime(data_.exportedUtc));
    element(w_, "CreationDate", xmlDateTime(r_.startedUtc));
    element(w_, "BatchID", r_.batchId);
    element(w_, "BatchProductionRecordSpec",
            QStringLiteral("%1 %2 sha256:%3").arg(r_.mbrId, r_.mbrVersion, r_.contentHash));
    element(w_, "EquipmentID", data_.stationId);
    element(w_, "LastChangedDate", xmlDateTime(last));
    element(w_, "MaterialDefinitionID", r_.productCode);
    const review::Disposition* d = r_.latestDecision();
    element(w_, "RecordStatus", d ? d->decision : r_.status);
    element(w_, "Version", r_.mbrVersion);
}

void RecordWriter::changeHistory() {
    w_.writeStartElement(QStringLiteral("ChangeHistory"));
    for (const review::RecordStep& s : r_.steps) {
        const review::RecordedValue* previous = nullptr;
        for (const review::RecordedValue& v : s.values) {
            if (v.eventType == QLatin1String("ValueCorrected") && previous) {
                w_.writeStartElement(QStringLiteral("Change"));
                entry(w_, v.entry, "Change", v.tsUtc,
                      tr("%1 corrected from %2 to %3 by %4")
                          .arg(s.id, previous->value, v.value,
                               v.userName.isEmpty() ? v.userId : v.userName));
                element(w_, "RecordReference", v.corrects);
                xml::value(w_, "PrechangeData", previous->value, dataTypeOf(s.kind),
                           previous->unit);
                optional(w_, "Reason", v.reason);
                w_.writeEndElement();
            }
            previous = &v;
        }
    }
    w_.writeEndElement();
}

void RecordWriter::comments() {
    w_.writeStartElement(QStringLiteral("Comments"));
    for (const review::ReviewException& x : r_.exceptions) {
        if (!x.review || x.review->comment.isEmpty())
            continue;
        w_.writeStartElement(QStringLiteral("Comment"));
        entry(w_, x.review->entry + QStringLiteral(".comment"), "Comment", x.review->tsUtc,
              tr("Review of %1 (%2)").arg(x.id, x.typeTitle));
        element(w_, "RecordReference", x.id);
        element(w_, "CommentText", x.review->comment);
        element(w_, "PersonID", x.review->printedName);
        w_.writeEndElement();
    }
    for (const review::Deviation& d : r_.deviations) {
        if (!d.closure || d.closure->comment.isEmpty())
            continue;
        w_.writeStartElement(QStringLiteral("Comment"));
        entry(w_, d.closure->entry + QStringLiteral(".comment"), "Comment", d.closure->tsUtc,
              tr("Closure of deviation %1").arg(d.id));
        element(w_, "RecordReference", d.entry);
        element(w_, "CommentText", d.closure->comment);
        element(w_, "PersonID", d.closure->userName);
        w_.writeEndElement();
    }
    w_.writeEndElement();
}

void RecordWriter::valueEvent(const review::RecordStep& s, const review::RecordedValue& v) {
    const bool correction = v.eventType == QLatin1String("ValueCorrected");
    w_.writeStartElement(QStringLiteral("Event"));
    entry(w_, v.entry, "Event", v.tsUtc, s.title);
    element(w_, "EventType", QStringLiteral("Procedural Execution"));
    element(w_, "EventSubType",
            correction ? QStringLiteral("Modification")
                       : (dataTypeOf(s.kind) == QLatin1String("decimal")
                              ? QStringLiteral("Parameter Data")
                              : QStringLiteral("Prompt Response")));
    if (const QString instrument = jsonText(v.instrument.value(QLatin1String("instrument_id")));
        !instrument.isEmpty())
        element(w_, "EquipmentID", instrument);
    xml::value(w_, "Value", v.value, dataTypeOf(s.kind), v.unit);
    if (correction)
        for (const review::RecordedValue& p : s.values)
            if (p.entry == v.corrects)
                xml::value(w_, "PreviousValue", p.value, dataTypeOf(s.kind), p.unit);
    optional(w_, "MessageText", s.limits.isEmpty() ? QString() : tr("limits: %1").arg(s.limits));
    element(w_, "PersonID", v.userName.isEmpty() ? v.userId : v.userName);
    element(w_, "ComputerID", data_.stationId);
    element(w_, "ProceduralElementReference", s.id);
    element(w_, "ProceduralElementReference", s.hierarchy);
    element(w_, "Category", s.kind);
    for (const QString& c : categories_.value(v.entry)) element(w_, "Category", c);
    optional(w_, "AssociatedEventID", v.corrects);
    attribute(w_, QStringLiteral("user_id"), v.userId);
    attribute(w_, QStringLiteral("source"), v.source);
    attribute(w_, QStringLiteral("target"), s.target);
    attribute(w_, QStringLiteral("limit_state"), v.limitState);
    attribute(w_, QStringLiteral("deviation_id"), v.deviationId);
    attribute(w_, QStringLiteral("reason"), v.reason);
    attribute(w_, QStringLiteral("in_force"),
              v.superseded ? QStringLiteral("false") : QStringLiteral("true"));
    for (auto it = v.instrument.constBegin(); it != v.instrument.constEnd(); ++it)
        if (it.key() != QLatin1String("instrument_id"))
            attribute(w_, it.key(), jsonText(it.value()));
    attribute(w_, QStringLiteral("override_id"), v.overrideId);
    // The lot or equipment behind a scan or check, as the engine found it (lot_status, ...).
    for (auto it = v.details.constBegin(); it != v.details.constEnd(); ++it)
        attribute(w_, it.key(), jsonText(it.value()));
    w_.writeEndElement();
    written_.insert(v.entry);
}

void RecordWriter::signatureEvent(const Signature& s, const QString& stepId) {
    if (written_.contains(s.entry))
        return;
    w_.writeStartElement(QStringLiteral("Event"));
    entry(w_, s.entry, "Event", s.tsUtc, tr("Electronic signature (%1)").arg(s.meaning));
    element(w_, "EventType", QStringLiteral("Operator"));
    element(w_, "EventSubType", QStringLiteral("Security"));
    xml::value(w_, "Value", s.meaning, QStringLiteral("string"));
    optional(w_, "MessageText", s.comment);
    element(w_, "PersonID", s.printedName);
    element(w_, "ComputerID", data_.stationId);
    optional(w_, "ProceduralElementReference", stepId);
    element(w_, "Category", QStringLiteral("signature"));
    element(w_, "AssociatedEventID", s.subject);
    attribute(w_, QStringLiteral("signer_id"), s.signerId);
    attribute(w_, QStringLiteral("meaning"), s.meaning);
    attribute(w_, QStringLiteral("content_hash"), s.contentHash);
    attribute(w_, QStringLiteral("valid"),
              s.valid ? QStringLiteral("true") : QStringLiteral("false"));
    w_.writeEndElement();
    written_.insert(s.entry);
}

void RecordWriter::exceptionEvent(const review::ReviewException& x) {
    if (written_.contains(x.id))
        return;
    const bool alarm = x.type == QLatin1String("out_of_limits") ||
                       x.type == QLatin1String("mva_alarm") || x.type == QLatin1String("oos");
    w_.writeStartElement(QStringLiteral("Event"));
    entry(w_, x.id, "Event", x.tsUtc, x.typeTitle);
    element(w_, "EventType", alarm ? QStringLiteral("Alarm") : QStringLiteral("General"));
    xml::other(w_, "EventSubType", x.eventType);
    if (!x.value.isEmpty())
        xml::value(w_, "Value", x.value, QStringLiteral("string"), x.unit);
    optional(w_, "MessageText", x.message);
    element(w_, "PersonID", x.userName.isEmpty() ? x.userId : x.userName);
    element(w_, "ComputerID", data_.stationId);
    optional(w_, "ProceduralElementReference", x.stepId);
    element(w_, "Category", x.type);
    if (alarm) {
        w_.writeStartElement(QStringLiteral("AlarmData"));
        element(w_, "AlarmEvent", QStringLiteral("Detected"));
        element(w_, "AlarmType", x.level.isEmpty() ? x.type : x.level);
        if (!x.limits.isEmpty())
            xml::value(w_, "AlarmLimit", x.limits, QStringLiteral("string"), x.unit);
        w_.writeEndElement();
    }
    optional(w_, "AssociatedEventID", x.deviationId);
    attribute(w_, QStringLiteral("user_id"), x.userId);
    attribute(w_, QStringLiteral("content_hash"), x.contentHash);
    attribute(w_, QStringLiteral("reviewed_by"), x.review ? x.review->printedName : QString());
    w_.writeEndElement();
    written_.insert(x.id);
}

// Every other event of the record (batch start and finish, holds, timers started,
// deviation closures, dispositions, refusals): the BPR carries the whole audit trail.
void RecordWriter::otherEvents() {
    for (const record::EventRecord& e : data_.record.events) {
        const QString id = review::entryId(e);
        if (written_.contains(id))
            continue;
        const QJsonObject p = e.payloadObject();
        const bool status = e.type == QLatin1String("BatchDispositioned") ||
                            e.type == QLatin1String("DeviationClosed") ||
                            e.type.startsWith(QLatin1String("Batch"));
        w_.writeStartElement(QStringLiteral("Event"));
        entry(w_, id, "Event", e.tsUtc, e.type);
        element(w_, "EventType",
                status ? QStringLiteral("Control Recipe") : QStringLiteral("General"));
        if (status)
            element(w_, "EventSubType", QStringLiteral("Status Change"));
        else
            xml::other(w_, "EventSubType", e.type);
        if (const QString decision = p.value(QLatin1String("decision")).toString();
            !decision.isEmpty())
            xml::value(w_, "Value", decision, QStringLiteral("string"));
        for (const char* k : {"reason", "root_cause", "capa", "message", "comment"})
            optional(w_, "MessageText", p.value(QLatin1String(k)).toString());
        element(w_, "PersonID", e.userId);
        element(w_, "ComputerID", e.stationId);
        optional(w_, "ProceduralElementReference", p.value(QLatin1String("step_id")).toString());
        element(w_, "Category", e.type);
        for (auto it = p.constBegin(); it != p.constEnd(); ++it)
            if (it.key() != QLatin1String("batch_id"))
                attribute(w_, it.key(), jsonText(it.value()));
        w_.writeEndElement();
        written_.insert(id);
        tick();
    }
}

void RecordWriter::events() {
    for (const review::ReviewException& x : r_.exceptions) categories_[x.id] << x.type;
    w_.writeStartElement(QStringLiteral("Events"));
    for (const review::RecordStep& s : r_.steps)
        for (const review::RecordedValue& v : s.values) {
            valueEvent(s, v);
            for (const Signature& sig : v.signatures) signatureEvent(sig, s.id);
            tick();
        }
    for (const review::ReviewException& x : r_.exceptions) {
        exceptionEvent(x);
        if (x.review)
            signatureEvent(*x.review, x.stepId);
    }
    for (const review::Deviation& d : r_.deviations) {
        for (const Signature& s : d.continuation) signatureEvent(s, d.stepId);
        if (d.closure)
            for (const Signature& s : d.closure->signatures) signatureEvent(s, d.stepId);
    }
    for (const review::Disposition& d : r_.dispositions)
        if (d.signature)
            signatureEvent(*d.signature, {});
    otherEvents();
    w_.writeEndElement();
}

void RecordWriter::masterRecipe() {
    if (!data_.mbr)
        return;
    w_.writeStartElement(QStringLiteral("MasterRecipes"));
    w_.writeStartElement(QStringLiteral("MasterRecipeRecord"));
    entry(w_, QStringLiteral("%1-%2").arg(data_.mbr->mbr.mbrId, data_.mbr->mbr.version),
          "Master Recipe", data_.mbr->info.statusUtc, data_.mbr->mbr.title);
    writeMasterRecipe(w_, *data_.mbr, data_.mbrSignatures);
    w_.writeEndElement();
    w_.writeEndElement();
}

void RecordWriter::person(const QString& id, const QString& name) {
    w_.writeStartElement(QStringLiteral("PersonnelIdentificationManifest"));
    entry(w_, QStringLiteral("person:%1").arg(id), "Personnel Identification Manifest", {});
    element(w_, "RecordReference", id);
    element(w_, "Name", name.isEmpty() ? id : name);
    element(w_, "ChangeIndication", QStringLiteral("none"));
    w_.writeEndElement();
}

void RecordWriter::personnel() {
    // Everyone who acted or signed, with the printed name the record shows.
    QMap<QString, QString> people;
    for (const review::RecordStep& s : r_.steps)
        for (const review::RecordedValue& v : s.values) {
            people.insert(v.userId, v.userName);
            for (const Signature& sig : v.signatures) people.insert(sig.signerId, sig.printedName);
        }
    for (const review::ReviewException& x : r_.exceptions) {
        if (!people.contains(x.userId))
            people.insert(x.userId, x.userName);
        if (x.review)
            people.insert(x.review->signerId, x.review->printedName);
    }
    for (const review::Deviation& d : r_.deviations) {
        for (const Signature& s : d.continuation) people.insert(s.signerId, s.printedName);
        if (d.closure)
            for (const Signature& s : d.closure->signatures)
                people.insert(s.signerId, s.printedName);
    }
    for (const review::Disposition& d : r_.dispositions)
        if (d.signature)
            people.insert(d.signature->signerId, d.signature->printedName);
    people.remove(QString());
    w_.writeStartElement(QStringLiteral("PersonnelIdentification"));
    for (auto it = people.constBegin(); it != people.constEnd(); ++it) person(it.key(), it.value());
    w_.writeEndElement();
}

void RecordWriter::samples() {
    w_.writeStartElement(QStringLiteral("Samples"));
    for (const review::RecordStep& s : r_.steps) {
        if (s.kind != QLatin1String("sample") || !s.current())
            continue;
        const review::RecordedValue& v = *s.current();
        const model::Step* step = data_.mbr ? data_.mbr->mbr.step(s.id) : nullptr;
        w_.writeStartElement(QStringLiteral("Sample"));
        entry(w_, v.entry + QStringLiteral(".sample"), "Sample", v.tsUtc, s.title);
        element(w_, "SampleSourceID", v.value);
        if (step) {
            w_.writeStartElement(QStringLiteral("SampleSize"));
            element(w_, "QuantityString", QString::number(step->sampleQuantity));
            element(w_, "DataType", QStringLiteral("integer"));
            element(w_, "UnitOfMeasure", QStringLiteral("samples"));
            w_.writeEndElement();
        }
        element(w_, "ProceduralElementReference", s.id);
        w_.writeEndElement();
    }
    w_.writeEndElement();
}

void RecordWriter::write() {
    total_ = static_cast<qint64>(data_.record.events.size()) * 2 + 1;
    w_.writeStartElement(QStringLiteral("BatchProductionRecord"));
    header();
    changeHistory();
    comments();
    events();
    masterRecipe();
    personnel();
    samples();
    w_.writeEndElement();
}

}  // namespace

QByteArray exportBatchProductionRecord(const BatchExportData& data, const Progress& progress) {
    QByteArray out;
    QXmlStreamWriter w(&out);
    w.setAutoFormatting(true);
    w.setAutoFormattingIndent(1);
    w.writeStartDocument();
    w.writeComment(QStringLiteral(
        " BatchML BatchProductionRecord exported by BatchStation. The Business To "
        "Manufacturing Markup Language (B2MML) is used courtesy of MESA International. "));
    w.writeDefaultNamespace(QString::fromLatin1(kB2mmlNamespace));
    RecordWriter(w, data, progress).write();
    w.writeEndDocument();
    if (progress && !progress(1, 1))
        throw ExportError(ExportError::Kind::Cancelled, tr("cancelled"));
    return out;
}

}  // namespace batch::exports
