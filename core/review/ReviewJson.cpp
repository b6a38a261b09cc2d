#include "review/ReviewJson.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace batch::review {
namespace {

QString key(const char* name) {
    return QString::fromLatin1(name);
}

QJsonArray signaturesJson(const std::vector<Signature>& signatures) {
    QJsonArray out;
    for (const Signature& s : signatures) out.append(signatureJson(s));
    return out;
}

}  // namespace

QString jsonText(const QJsonValue& v) {
    switch (v.type()) {
        case QJsonValue::String:
            return v.toString();
        case QJsonValue::Bool:
            return v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
        case QJsonValue::Double:
            return QString::number(v.toInteger());
        case QJsonValue::Array:
            return QString::fromUtf8(QJsonDocument(v.toArray()).toJson(QJsonDocument::Compact));
        case QJsonValue::Object:
            return QString::fromUtf8(QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact));
        default:
            return {};
    }
}

QJsonObject signatureJson(const Signature& s) {
    return {{key("entry"), s.entry},
            {key("signer_id"), s.signerId},
            {key("printed_name"), s.printedName},
            {key("meaning"), s.meaning},
            {key("utc"), s.tsUtc},
            {key("comment"), s.comment},
            {key("subject"), s.subject},
            {key("content_hash"), s.contentHash},
            {key("valid"), s.valid}};
}

QJsonObject exceptionJson(const ReviewException& x) {
    QJsonArray comments;
    for (const Comment& c : x.comments)
        comments.append(
            QJsonObject{{key("by"), c.who}, {key("utc"), c.tsUtc}, {key("text"), c.text}});
    QJsonObject o{{key("id"), x.id},
                  {key("event_id"), x.eventId},
                  {key("event_type"), x.eventType},
                  {key("type"), x.type},
                  {key("title"), x.typeTitle},
                  {key("message"), x.message},
                  {key("step_id"), x.stepId},
                  {key("step_title"), x.stepTitle},
                  {key("step_kind"), x.stepKind},
                  {key("hierarchy"), x.hierarchy},
                  {key("value"), x.value},
                  {key("unit"), x.unit},
                  {key("limits"), x.limits},
                  {key("level"), x.level},
                  {key("instrument"), x.instrument},
                  {key("by"), x.userId},
                  {key("by_name"), x.userName},
                  {key("utc"), x.tsUtc},
                  {key("comments"), comments},
                  {key("deviation_id"), x.deviationId},
                  {key("content_hash"), x.contentHash},
                  {key("changed_after_entry"), x.changedAfterEntry},
                  {key("after_final_decision"), x.afterFinalDecision},
                  {key("reviewed"), x.reviewed()},
                  {key("payload"), x.payload}};
    if (x.changedAfterEntry) {
        o.insert(key("old_value"), x.oldValue);
        o.insert(key("new_value"), x.newValue);
        o.insert(key("reason"), x.reason);
    }
    if (x.review)
        o.insert(key("review"), signatureJson(*x.review));
    return o;
}

QJsonObject deviationJson(const Deviation& d) {
    QJsonObject o{{key("id"), d.id},
                  {key("entry"), d.entry},
                  {key("step_id"), d.stepId},
                  {key("category"), d.category},
                  {key("description"), d.description},
                  {key("immediate_action"), d.immediateAction},
                  {key("raised_by"), d.raisedBy},
                  {key("raised_utc"), d.raisedUtc},
                  {key("continuation"), signaturesJson(d.continuation)},
                  {key("closed"), d.closed()}};
    if (d.closure)
        o.insert(key("closure"),
                 QJsonObject{{key("entry"), d.closure->entry},
                             {key("root_cause"), d.closure->rootCause},
                             {key("capa"), d.closure->capa},
                             {key("comment"), d.closure->comment},
                             {key("by"), d.closure->userId},
                             {key("utc"), d.closure->tsUtc},
                             {key("signatures"), signaturesJson(d.closure->signatures)}});
    return o;
}

QJsonObject exceptionReportJson(const BatchReview& r, bool openOnly) {
    QJsonArray exceptions;
    for (const ReviewException& x : r.exceptions)
        if (!openOnly || !x.reviewed())
            exceptions.append(exceptionJson(x));
    QJsonArray deviations;
    for (const Deviation& d : r.deviations) deviations.append(deviationJson(d));
    QJsonArray dispositions;
    for (const Disposition& d : r.dispositions) {
        QJsonObject o{{key("entry"), d.entry},   {key("decision"), d.decision},
                      {key("reason"), d.reason}, {key("by"), d.userId},
                      {key("utc"), d.tsUtc},     {key("record_hash"), d.recordHash}};
        if (d.signature)
            o.insert(key("signature"), signatureJson(*d.signature));
        dispositions.append(o);
    }
    QJsonArray summary;
    for (const KindSummary& k : r.summary)
        summary.append(QJsonObject{{key("kind"), k.kind},
                                   {key("steps"), k.steps},
                                   {key("completed"), k.completed},
                                   {key("with_exceptions"), k.withExceptions},
                                   {key("verified_compliant"), k.verifiedCompliant},
                                   {key("values"), k.values},
                                   {key("signatures"), k.signatures}});
    QJsonArray simulated;
    for (const auto& [step, value] : r.simulatedReadings())
        simulated.append(QJsonObject{
            {key("step_id"), step->id},
            {key("entry"), value->entry},
            {key("instrument_id"), value->instrument.value(QLatin1String("instrument_id"))},
            {key("value"), value->value},
            {key("unit"), value->unit}});
    QJsonArray equipment;
    for (const EquipmentUse& u : r.equipment)
        equipment.append(QJsonObject{{key("equipment_id"), u.equipmentId},
                                     {key("step_id"), u.stepId},
                                     {key("occupied_entry"), u.occupiedEntry},
                                     {key("occupied_utc"), u.occupiedUtc},
                                     {key("occupied_by"), u.occupiedBy},
                                     {key("released_utc"), u.releasedUtc}});
    const Disposition* latest = r.latestDecision();
    return {{key("batch_id"), r.batchId},
            {key("mbr_id"), r.mbrId},
            {key("mbr_version"), r.mbrVersion},
            {key("content_hash"), r.contentHash},
            {key("product_code"), r.productCode},
            {key("product_name"), r.productName},
            {key("batch_size"), r.batchSize},
            {key("batch_unit"), r.batchUnit},
            {key("status"), r.status},
            {key("started_utc"), r.startedUtc},
            {key("finished_utc"), r.finishedUtc},
            {key("disposition"), latest ? latest->decision : QString()},
            {key("record_hash"), r.recordHash},
            {key("integrity"),
             QJsonObject{{key("ok"), r.integrity.ok()},
                         {key("events"), r.integrity.events},
                         {key("broken_rows"), QJsonArray::fromStringList(r.integrity.brokenRows)},
                         {key("signatures"), r.integrity.signatures},
                         {key("invalid_signatures"),
                          QJsonArray::fromStringList(r.integrity.invalidSignatures)}}},
            {key("exception_count"), static_cast<qint64>(r.exceptions.size())},
            {key("open_exceptions"), r.openExceptions()},
            {key("open_deviations"), r.openDeviations()},
            {key("exceptions"), exceptions},
            {key("deviations"), deviations},
            {key("dispositions"), dispositions},
            {key("simulated_readings"), simulated},
            {key("equipment"), equipment},
            {key("verified_compliant"), summary}};
}

}  // namespace batch::review
