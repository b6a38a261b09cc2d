#include "review/ReviewService.h"

#include "exec/BatchLog.h"
#include "exec/ExecTypes.h"
#include "log/Logging.h"
#include "record/CanonicalJson.h"
#include "review/ReviewContext.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QSet>

#include <spdlog/spdlog.h>

namespace batch::review {
namespace {

using K = ReviewError::Kind;
using security::Permission;
using security::SignatureMeaning;

QString tr(const char* text) {
    // lupdate files a tr() here under the enclosing class or namespace: look there first
    // (the old single context alone never found the translations).
    for (const char* context : {"batch::review::ReviewService", "batch::review", "Review"}) {
        const QString t = QCoreApplication::translate(context, text);
        if (t != QLatin1String(text))
            return t;
    }
    return QString::fromUtf8(text);
}

QString key(const char* name) {
    return QString::fromLatin1(name);
}

auto log() {
    static auto l = logging::logger("batch.core.review");
    return l;
}

Signature fromInfo(const security::SignatureInfo& info) {
    Signature s;
    s.entry = entryId(info.event);
    s.signerId = info.signerId;
    s.printedName = info.printedName;
    s.meaning = security::meaningName(info.meaning);
    s.tsUtc = info.signedAtUtc;
    s.comment = info.event.payloadObject().value(QLatin1String("reason")).toString();
    s.subject = entryId(info.subject.stationId, info.subject.seq);
    s.contentHash = info.contentHash;
    s.valid = true;
    return s;
}

security::SignatureSubject subjectOf(const QString& entry) {
    security::SignatureSubject subject;
    parseEntryId(entry, &subject.stationId, &subject.seq);
    return subject;
}

QString requireText(const QString& text, const QString& what) {
    const QString t = text.trimmed();
    if (t.isEmpty())
        throw ReviewError(K::ReasonRequired, tr("%1 is required.").arg(what));
    if (t.size() > 4000)
        throw ReviewError(K::ReasonRequired, tr("%1 is longer than 4000 characters.").arg(what));
    return t;
}

const record::EventRecord* eventOf(const BatchRecord& record, const QString& entry) {
    for (const record::EventRecord& e : record.events)
        if (entryId(e) == entry)
            return &e;
    return nullptr;
}

// Everything that stands in the way of `decision` by `userId`, most basic first.
std::vector<ReviewError> blockersOf(const BatchReview& r, const QString& userId,
                                    std::optional<Decision> decision, bool independent) {
    std::vector<ReviewError> out;
    if (!r.finished())
        out.emplace_back(K::WrongState,
                         tr("Batch %1 is %2: only a finished batch can be dispositioned.")
                             .arg(r.batchId, r.status));
    if (const Disposition* d = r.finalDecision())
        out.emplace_back(K::WrongState, tr("Batch %1 was already dispositioned (%2) by %3 at %4.")
                                            .arg(r.batchId, d->decision, d->userId, d->tsUtc));
    const Disposition* latest = r.latestDecision();
    if (latest && decision == Decision::Quarantine &&
        latest->decision == QLatin1String("quarantine"))
        out.emplace_back(K::WrongState, tr("Batch %1 is already in quarantine.").arg(r.batchId));
    if (!r.integrity.ok())
        out.emplace_back(K::Damaged,
                         tr("The record of batch %1 does not verify (rows %2; signatures %3); run "
                            "the audit trail verification.")
                             .arg(r.batchId, r.integrity.brokenRows.join(QStringLiteral(", ")),
                                  r.integrity.invalidSignatures.join(QStringLiteral(", "))));
    QStringList open;
    for (const ReviewException& x : r.exceptions)
        if (!x.reviewed())
            open << x.id;
    if (!open.isEmpty())
        out.emplace_back(K::Incomplete, tr("%1 exception(s) not reviewed yet: %2.")
                                            .arg(open.size())
                                            .arg(open.join(QStringLiteral(", "))));
    QStringList deviations;
    for (const Deviation& d : r.deviations)
        if (!d.closed())
            deviations << d.id;
    if (!deviations.isEmpty())
        out.emplace_back(K::Incomplete, tr("%1 deviation(s) not closed yet: %2.")
                                            .arg(deviations.size())
                                            .arg(deviations.join(QStringLiteral(", "))));
    if (independent && r.participants.contains(userId))
        out.emplace_back(K::NotIndependent,
                         tr("%1 executed or verified steps of batch %2; the disposition must be "
                            "signed by someone independent of its execution.")
                             .arg(userId, r.batchId));
    return out;
}

}  // namespace

QString reviewErrorKindName(ReviewError::Kind kind) {
    switch (kind) {
        case K::NotFound:
            return QStringLiteral("not_found");
        case K::WrongState:
            return QStringLiteral("wrong_state");
        case K::Incomplete:
            return QStringLiteral("incomplete");
        case K::NotIndependent:
            return QStringLiteral("not_independent");
        case K::ReasonRequired:
            return QStringLiteral("reason_required");
        case K::NotAuthorized:
            return QStringLiteral("not_authorized");
        case K::Damaged:
            return QStringLiteral("damaged");
    }
    return {};
}

QString decisionName(Decision decision) {
    switch (decision) {
        case Decision::Release:
            return QStringLiteral("release");
        case Decision::Reject:
            return QStringLiteral("reject");
        case Decision::Quarantine:
            return QStringLiteral("quarantine");
    }
    return {};
}

std::optional<Decision> decisionFromName(const QString& name) {
    for (Decision d : {Decision::Release, Decision::Reject, Decision::Quarantine})
        if (decisionName(d) == name)
            return d;
    return std::nullopt;
}

SignatureMeaning decisionMeaning(Decision decision) {
    switch (decision) {
        case Decision::Release:
            return SignatureMeaning::Released;
        case Decision::Reject:
            return SignatureMeaning::Rejected;
        case Decision::Quarantine:
            return SignatureMeaning::Quarantined;
    }
    return SignatureMeaning::Released;
}

ReviewService::ReviewService(record::Journal& journal, security::UserService& users,
                             security::SignatureService& signatures, model::MbrRepository& mbrs)
    : journal_(journal), users_(users), signatures_(signatures), mbrs_(mbrs) {}

BatchRecord ReviewService::record(const QString& batchId) const {
    return readBatchRecord(journal_, batchId);
}

std::optional<model::LoadedMbr> ReviewService::mbrOf(const BatchRecord& record) const {
    for (const record::EventRecord& e : record.events) {
        if (e.type != exec::types::kBatchStarted)
            continue;
        const QJsonObject p = e.payloadObject();
        const QString id = p.value(QLatin1String("mbr_id")).toString();
        const QString version = p.value(QLatin1String("mbr_version")).toString();
        const QString hash = p.value(QLatin1String("content_hash")).toString();
        const QString cacheKey = id + QLatin1Char('|') + version + QLatin1Char('|') + hash;
        try {
            std::shared_ptr<const model::LoadedMbr>& cached = mbrCache_[cacheKey];
            if (!cached) {
                model::LoadedMbr mbr = mbrs_.load(id, version);
                if (mbr.contentHash != hash) {
                    mbrCache_.remove(cacheKey);
                    log()->warn("batch {}: the MBR no longer matches the content hash bound to it",
                                record.batchId.toStdString());
                    return std::nullopt;
                }
                cached = std::make_shared<const model::LoadedMbr>(std::move(mbr));
            }
            model::LoadedMbr out = *cached;
            if (const auto info = mbrs_.find(id, version))
                out.info = *info;  // the status moves on (Effective, Superseded, ...)
            return out;
        } catch (const model::MbrError& err) {
            mbrCache_.remove(cacheKey);
            log()->warn("batch {}: MBR not available: {}", record.batchId.toStdString(),
                        err.message().toStdString());
        }
        break;
    }
    return std::nullopt;
}

BatchReview ReviewService::reviewIn(const BatchRecord& record) const {
    if (record.empty())
        throw ReviewError(K::NotFound, tr("There is no batch %1.").arg(record.batchId));
    // Without the MBR the review is shown from the record alone (no ISA-88 hierarchy).
    const std::optional<model::LoadedMbr> mbr = mbrOf(record);
    return buildReview(record, mbr ? &mbr->mbr : nullptr);
}

BatchReview ReviewService::buildReview(const BatchRecord& record,
                                       const model::MasterBatchRecord* mbr) const {
    return BatchReview::build(record, mbr, [this](const QString& id) {
        const auto user = users_.find(id);
        return user ? user->fullName : QString();
    });
}

BatchReview ReviewService::review(const QString& batchId) const {
    return reviewIn(record(batchId));
}

std::vector<QueueEntry> ReviewService::queue() const {
    QSet<QString> closed;
    store::Statement st = journal_.db().prepare(
        "SELECT DISTINCT batch_id FROM review_dispositions WHERE decision IN ('release', "
        "'reject');");
    while (st.step()) closed.insert(st.text(0));
    std::vector<QueueEntry> out;
    for (const exec::BatchSummary& b : exec::BatchLog(journal_).list()) {
        if (closed.contains(b.batchId) || b.status != QLatin1String("finished"))
            continue;
        const BatchReview r = review(b.batchId);
        if (!r.finished() || r.finalDecision())
            continue;
        QueueEntry q{r.batchId,
                     r.mbrId,
                     r.mbrVersion,
                     r.productCode,
                     r.productName,
                     r.finishedUtc,
                     {},
                     static_cast<int>(r.exceptions.size()),
                     r.openExceptions(),
                     static_cast<int>(r.deviations.size()),
                     r.openDeviations()};
        if (const Disposition* d = r.latestDecision())
            q.latestDecision = d->decision;
        out.push_back(std::move(q));
    }
    return out;
}

void ReviewService::recordRefusal(const QString& batchId, const QString& userId,
                                  const QString& action, const QString& target,
                                  const ReviewError& error) {
    exec::BatchLog batches(journal_);
    record::RecordTransaction txn(journal_);
    const record::NewEvent event{types::kReviewRefused,
                                 userId,
                                 {{key("batch_id"), batchId},
                                  {key("action"), action},
                                  {key("target"), target},
                                  {key("refusal"), reviewErrorKindName(error.kind())},
                                  {key("message"), error.message()}}};
    if (batches.exists(batchId))
        batches.append(txn, batchId, event);
    else
        txn.append(event);
    txn.commit();
    log()->info("batch {}: {} {} by {} refused: {}", batchId.toStdString(), action.toStdString(),
                target.toStdString(), userId.toStdString(), error.message().toStdString());
}

template <typename Body>
auto ReviewService::refusalsRecorded(const QString& batchId, const QString& userId,
                                     const QString& action, const QString& target, Body&& body) {
    try {
        return body();  // its transaction is rolled back before the refusal is recorded
    } catch (const ReviewError& e) {
        recordRefusal(batchId, userId, action, target, e);
        throw;
    }
}

Signature ReviewService::reviewException(const QString& batchId, const QString& exceptionId,
                                         const QString& signerId, const QString& password,
                                         const QString& comment) {
    const QString text = requireText(comment, tr("A review comment"));
    security::SignRequest request{signerId, password, SignatureMeaning::Reviewed, {}, text, {}};
    const security::User signer = signatures_.authorize(request);
    return refusalsRecorded(
        batchId, signer.id, QStringLiteral("review_exception"), exceptionId, [&] {
            // Decided inside the transaction (BEGIN IMMEDIATE): nobody reviews it meanwhile.
            record::RecordTransaction txn(journal_);
            const BatchReview r = review(batchId);
            if (!r.finished())
                throw ReviewError(K::WrongState,
                                  tr("Batch %1 is %2: review by exception starts when the batch is "
                                     "finished.")
                                      .arg(batchId, r.status));
            const ReviewException* x = r.exception(exceptionId);
            if (!x)
                throw ReviewError(K::NotFound,
                                  tr("Batch %1 has no exception %2.").arg(batchId, exceptionId));
            if (x->reviewed())
                throw ReviewError(K::WrongState,
                                  tr("Exception %1 was already reviewed by %2 at %3.")
                                      .arg(x->id, x->review->printedName, x->review->tsUtc));
            if (r.integrity.brokenRows.contains(x->id))
                throw ReviewError(K::Damaged,
                                  tr("The record of exception %1 does not match its hash; "
                                     "it cannot be signed.")
                                      .arg(x->id));
            // Four eyes: whoever caused or recorded the exception does not review it.
            if (x->userId.compare(signer.id, Qt::CaseInsensitive) == 0)
                throw ReviewError(K::NotIndependent,
                                  tr("%1 recorded exception %2; another reviewer must review it.")
                                      .arg(signer.id, x->id));
            request.subject = subjectOf(x->id);
            const security::SignatureInfo info = signatures_.append(txn, signer, request);
            txn.commit();
            log()->info("batch {}: exception {} reviewed by {}", batchId.toStdString(),
                        x->id.toStdString(), signer.id.toStdString());
            return fromInfo(info);
        });
}

Signature ReviewService::closeDeviation(const QString& batchId, const QString& deviationId,
                                        const QString& rootCause, const QString& capa,
                                        const QString& comment, const QString& signerId,
                                        const QString& password) {
    const QString cause = requireText(rootCause, tr("The root cause"));
    const QString action = requireText(capa, tr("The corrective and preventive action (CAPA)"));
    security::SignRequest request{signerId, password,          SignatureMeaning::Approved,
                                  {},       comment.trimmed(), {}};
    const security::User signer = signatures_.authorize(request);
    return refusalsRecorded(
        batchId, signer.id, QStringLiteral("close_deviation"), deviationId, [&] {
            record::RecordTransaction txn(journal_);
            const BatchRecord rec = record(batchId);
            const BatchReview r = reviewIn(rec);
            if (!signer.has(Permission::HandleDeviations))
                throw ReviewError(
                    K::NotAuthorized,
                    tr("Closing a deviation needs the handle_deviations permission; %1 "
                       "does not hold it.")
                        .arg(signer.id));
            const Deviation* d = r.deviation(deviationId);
            if (!d)
                throw ReviewError(K::NotFound,
                                  tr("Batch %1 has no deviation %2.").arg(batchId, deviationId));
            if (d->closed())
                throw ReviewError(K::WrongState,
                                  tr("Deviation %1 was already closed by %2 at %3.")
                                      .arg(d->id, d->closure->userId, d->closure->tsUtc));
            if (const Disposition* f = r.finalDecision())
                throw ReviewError(K::WrongState,
                                  tr("Batch %1 was dispositioned (%2); its record is "
                                     "closed.")
                                      .arg(batchId, f->decision));
            if (d->raisedBy.compare(signer.id, Qt::CaseInsensitive) == 0)
                throw ReviewError(K::NotIndependent,
                                  tr("%1 raised deviation %2; someone else must close it.")
                                      .arg(signer.id, d->id));
            const record::EventRecord* raised = eventOf(rec, d->entry);
            if (!raised || r.integrity.brokenRows.contains(d->entry))
                throw ReviewError(K::Damaged,
                                  tr("The record of deviation %1 does not verify.").arg(d->id));
            QJsonObject payload{{key("batch_id"), batchId},
                                {key("deviation_id"), d->id},
                                {key("deviation_station"), raised->stationId},
                                {key("deviation_seq"), static_cast<qint64>(raised->seq)},
                                {key("deviation_hash"), raised->rowHash},
                                {key("step_id"), d->stepId},
                                {key("root_cause"), cause},
                                {key("capa"), action}};
            if (!comment.trimmed().isEmpty())
                payload.insert(key("comment"), comment.trimmed());
            const record::EventRecord closed = exec::BatchLog(journal_).append(
                txn, batchId, {types::kDeviationClosed, signer.id, payload});
            request.subject = {closed.stationId, closed.seq};
            const security::SignatureInfo info = signatures_.append(txn, signer, request);
            txn.commit();
            log()->info("batch {}: deviation {} closed by {}", batchId.toStdString(),
                        d->id.toStdString(), signer.id.toStdString());
            return fromInfo(info);
        });
}

QStringList ReviewService::dispositionBlockers(const BatchReview& review,
                                               const QString& userId) const {
    QStringList out;
    const auto user = users_.find(userId);
    if (!user || !user->has(Permission::ReleaseBatches))
        out << tr("%1 may not disposition batches (needs release_batches).").arg(userId);
    for (const ReviewError& e : blockersOf(review, userId, std::nullopt, independentRelease()))
        out << e.message();
    return out;
}

Disposition ReviewService::disposition(const QString& batchId, Decision decision,
                                       const QString& reason, const QString& signerId,
                                       const QString& password) {
    const QString why = decision == Decision::Release
                            ? reason.trimmed()
                            : requireText(reason, tr("A reason for this decision"));
    security::SignRequest request{signerId, password, decisionMeaning(decision), {}, why, {}};
    const security::User signer = signatures_.authorize(request);
    const QString name = decisionName(decision);
    return refusalsRecorded(batchId, signer.id, QStringLiteral("disposition"), name, [&] {
        record::RecordTransaction txn(journal_);
        const BatchRecord rec = record(batchId);
        const BatchReview r = reviewIn(rec);
        const std::vector<ReviewError> blockers =
            blockersOf(r, signer.id, decision, independentRelease());
        if (!blockers.empty()) {
            QStringList all;
            for (const ReviewError& e : blockers) all << e.message();
            throw ReviewError(blockers.front().kind(), all.join(QLatin1Char(' ')));
        }
        Disposition d;
        d.decision = name;
        d.reason = why;
        d.recordHash = r.recordHash;
        QJsonObject payload{{key("batch_id"), batchId},
                            {key("decision"), name},
                            {key("record_hash"), r.recordHash},
                            {key("record_events"), static_cast<qint64>(rec.events.size())},
                            {key("exceptions"), static_cast<qint64>(r.exceptions.size())},
                            {key("deviations"), static_cast<qint64>(r.deviations.size())}};
        if (!why.isEmpty())
            payload.insert(key("reason"), why);
        if (const Disposition* before = r.latestDecision())
            payload.insert(key("previous_decision"), before->decision);
        const record::EventRecord e = exec::BatchLog(journal_).append(
            txn, batchId, {exec::types::kBatchDispositioned, signer.id, payload});
        txn.db()
            .prepare(
                "INSERT INTO review_dispositions (batch_id, station_id, seq, decision, "
                "decided_by, decided_utc, record_hash) VALUES (?, ?, ?, ?, ?, ?, ?);")
            .bind(1, batchId)
            .bind(2, e.stationId)
            .bind(3, e.seq)
            .bind(4, name)
            .bind(5, signer.id)
            .bind(6, e.tsUtc)
            .bind(7, r.recordHash)
            .run();
        request.subject = {e.stationId, e.seq};
        const security::SignatureInfo info = signatures_.append(txn, signer, request);
        txn.commit();
        d.entry = entryId(e);
        d.userId = signer.id;
        d.userName = signer.fullName;
        d.tsUtc = e.tsUtc;
        d.signature = fromInfo(info);
        log()->info("batch {} dispositioned ({}) by {}", batchId.toStdString(), name.toStdString(),
                    signer.id.toStdString());
        return d;
    });
}

bool ReviewService::independentRelease() const {
    store::Statement st = journal_.db().prepare("SELECT value FROM settings WHERE key = ?;");
    st.bind(1, kIndependentReleaseKey);
    // Anything but an explicit "0" keeps the safe default.
    return !st.step() || st.text(0) != QLatin1String("0");
}

void ReviewService::setIndependentRelease(const security::User& actor, bool on,
                                          const QString& reason) {
    const auto admin = users_.find(actor.id);  // re-read: the caller's copy may be stale
    if (!admin || admin->disabled || admin->locked || !admin->has(Permission::ManageUsers))
        throw ReviewError(K::NotAuthorized, tr("Only an administrator may change site settings."));
    const QString why = requireText(reason, tr("A reason for this change"));
    record::RecordTransaction txn(journal_);
    const bool old = independentRelease();
    txn.db()
        .prepare("INSERT OR REPLACE INTO settings(key, value) VALUES (?, ?);")
        .bind(1, kIndependentReleaseKey)
        .bind(2, on ? "1" : "0")
        .run();
    txn.append({record::types::kSettingChanged, admin->id,
                QJsonObject{{key("key"), QString::fromLatin1(kIndependentReleaseKey)},
                            {key("old_value"), old},
                            {key("new_value"), on},
                            {key("reason"), why}}});
    txn.commit();
    log()->info("{} set {} to {}", admin->id.toStdString(), kIndependentReleaseKey, on);
}

}  // namespace batch::review
