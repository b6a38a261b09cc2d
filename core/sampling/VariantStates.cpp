#include "sampling/VariantStates.h"

#include "record/CanonicalJson.h"
#include "sampling/SamplingLog.h"

#include <QJsonObject>

#include <spdlog/spdlog.h>

namespace batch::sampling {
namespace {

using detail::key;
using detail::log;

using Kind = SamplingError::Kind;

constexpr int kMaxChainedChanges = 8;  // demotions in one evaluation (a chart has <= 12 states)

void writeState(record::RecordTransaction& txn, const QString& variantId, const QString& state,
                const record::EventRecord& e, std::int64_t ms) {
    store::Statement st = txn.db().prepare(
        "UPDATE sampling_variant_state SET state = ?, since_utc = ?, since_ms = ?, since_seq = ?, "
        "pending_to = NULL, pending_station = NULL, pending_seq = NULL, pending_reason = NULL, "
        "pending_since_utc = NULL WHERE variant_id = ?");
    st.bind(1, state).bind(2, e.tsUtc).bind(3, ms).bind(4, e.seq).bind(5, variantId);
    st.run();
}

// Appends a VariantStateChanged event and moves the projection with it.
record::EventRecord changeState(record::RecordTransaction& txn, const VariantStateRow& row,
                                const QString& to, const QString& userId, QJsonObject payload) {
    payload.insert(key("variant_id"), row.variantId);
    payload.insert(key("old_state"), row.state);
    payload.insert(key("new_state"), to);
    if (!row.pendingTo.isEmpty() && payload.value(key("approval")) != QJsonValue(true))
        payload.insert(key("withdrawn_proposal_seq"), static_cast<qint64>(row.proposal.seq));
    const record::EventRecord e = txn.append({types::kVariantStateChanged, userId, payload});
    writeState(txn, row.variantId, to, e, utcMillis(e.tsUtc));
    indexVariantEvent(txn, row.variantId, e);
    log()->info("variant {}: {} -> {}", row.variantId.toStdString(), row.state.toStdString(),
                to.toStdString());
    return e;
}

}  // namespace

void indexVariantEvent(record::RecordTransaction& txn, const QString& variantId,
                       const record::EventRecord& e) {
    store::Statement st = txn.db().prepare(
        "INSERT INTO sampling_variant_events (variant_id, station_id, seq) VALUES (?, ?, ?)");
    st.bind(1, variantId).bind(2, e.stationId).bind(3, e.seq);
    st.run();
}

void startVariantState(record::RecordTransaction& txn, const Variant& variant,
                       const QString& initial, const QString& userId) {
    const record::EventRecord e = txn.append(
        {types::kVariantStateChanged,
         userId,
         {{key("variant_id"), variant.id},
          {key("old_state"), QStringLiteral("None")},
          {key("new_state"), initial},
          {key("reason"), SamplingText::tr("a new variant starts in the initial state of rule %1")
                              .arg(variant.rule)}}});
    store::Statement st = txn.db().prepare(
        "INSERT INTO sampling_variant_state (variant_id, state, since_utc, since_ms, since_seq) "
        "VALUES (?, ?, ?, ?, ?)");
    st.bind(1, variant.id)
        .bind(2, initial)
        .bind(3, e.tsUtc)
        .bind(4, utcMillis(e.tsUtc))
        .bind(5, e.seq);
    st.run();
    indexVariantEvent(txn, variant.id, e);
}

VariantStates::VariantStates(record::Journal& journal, security::SignatureService& signatures)
    : journal_(journal), signatures_(signatures) {}

std::optional<VariantStateRow> VariantStates::row(store::Database& db, const QString& variantId) {
    store::Statement st = db.prepare(
        "SELECT variant_id, state, since_utc, since_ms, since_seq, pending_to, pending_station, "
        "pending_seq, pending_reason, pending_since_utc FROM sampling_variant_state WHERE "
        "variant_id = ?");
    st.bind(1, variantId);
    if (!st.step())
        return std::nullopt;
    VariantStateRow r;
    r.variantId = st.text(0);
    r.state = st.text(1);
    r.sinceUtc = st.text(2);
    r.sinceMs = st.int64(3);
    r.sinceSeq = st.int64(4);
    if (!st.isNull(5)) {
        r.pendingTo = st.text(5);
        r.proposal = {st.text(6), st.int64(7)};
        r.pendingReason = st.text(8);
        r.pendingSinceUtc = st.text(9);
    }
    return r;
}

std::optional<VariantStateRow> VariantStates::row(const QString& variantId) const {
    return row(journal_.db(), variantId);
}

VariantHistory VariantStates::history(store::Database& db, const Variant& variant) {
    const auto r = row(db, variant.id);
    if (!r)
        throw SamplingError(
            Kind::NotFound,
            SamplingText::tr("Variant %1 has no qualification state.").arg(variant.id));
    VariantHistory h;
    h.variantId = variant.id;
    h.organisation = variant.organisation;
    h.state = r->state;
    h.stateSinceMs = r->sinceMs;
    h.stateSinceOrder = r->sinceSeq;
    store::Statement st = db.prepare(
        "SELECT lot_id, created_ms, created_seq, disposition, disposition_ms, disposition_seq "
        "FROM sampling_lots WHERE variant_id = ? ORDER BY created_seq");
    st.bind(1, variant.id);
    while (st.step()) {
        LotFact f;
        f.lotId = st.text(0);
        f.createdMs = st.int64(1);
        f.createdOrder = st.int64(2);
        if (!st.isNull(3)) {
            f.outcome =
                st.text(3) == QLatin1String("released") ? Outcome::Accepted : Outcome::Rejected;
            f.dispositionMs = st.int64(4);
            f.dispositionOrder = st.int64(5);
        }
        h.lots.push_back(f);
    }
    return h;
}

QStringList VariantStates::reevaluate(record::RecordTransaction& txn, const Variant& variant,
                                      const StateChart& chart, const QString& userId,
                                      const QString& trigger) {
    QStringList changes;
    for (int i = 0; i < kMaxChainedChanges; ++i) {
        const VariantHistory h = history(txn.db(), variant);
        const auto due = dueTransition(chart, h, txn.nowMs());
        if (!due)
            break;
        const VariantStateRow r = *row(txn.db(), variant.id);
        if (!due->transition.approval) {
            changeState(txn, r, due->transition.to, userId,
                        {{key("reason"), due->reason},
                         {key("trigger"), trigger},
                         {key("rule"), chart.name},
                         {key("approval"), false}});
            changes << SamplingText::tr("Variant %1 demoted from %2 to %3: %4.")
                           .arg(variant.id, r.state, due->transition.to, due->reason);
            continue;
        }
        if (r.pendingTo == due->transition.to)
            break;  // already proposed; waits for QA
        const record::EventRecord e =
            txn.append({types::kVariantPromotionProposed,
                        userId,
                        {{key("variant_id"), variant.id},
                         {key("old_state"), r.state},
                         {key("new_state"), due->transition.to},
                         {key("reason"), due->reason},
                         {key("trigger"), trigger},
                         {key("rule"), chart.name},
                         {key("due_since_utc"), record::formatUtcMillis(due->dueSinceMs)}}});
        store::Statement st = txn.db().prepare(
            "UPDATE sampling_variant_state SET pending_to = ?, pending_station = ?, pending_seq = "
            "?, "
            "pending_reason = ?, pending_since_utc = ? WHERE variant_id = ?");
        st.bind(1, due->transition.to).bind(2, e.stationId).bind(3, e.seq).bind(4, due->reason);
        st.bind(5, e.tsUtc).bind(6, variant.id);
        st.run();
        indexVariantEvent(txn, variant.id, e);
        changes << SamplingText::tr(
                       "Promotion of variant %1 from %2 to %3 is due (%4) and awaits "
                       "a QA approval signature.")
                       .arg(variant.id, r.state, due->transition.to, due->reason);
        log()->info("variant {}: promotion {} -> {} proposed", variant.id.toStdString(),
                    r.state.toStdString(), due->transition.to.toStdString());
        break;
    }
    return changes;
}

VariantStateRow VariantStates::approve(const Variant& variant, const StateChart& chart,
                                       const QString& qaId, const QString& password,
                                       const QString& comment) {
    const auto before = row(variant.id);
    if (!before)
        throw SamplingError(Kind::NotFound,
                            SamplingText::tr("There is no variant %1.").arg(variant.id));
    if (before->pendingTo.isEmpty())
        throw SamplingError(Kind::WrongState,
                            SamplingText::tr("No promotion of variant %1 (%2) awaits approval.")
                                .arg(variant.id, before->state));
    security::SignRequest request;
    request.signerId = qaId;
    request.password = password;
    request.meaning = security::SignatureMeaning::Approved;
    request.subject = before->proposal;
    request.reason =
        comment.trimmed().isEmpty()
            ? SamplingText::tr("Promotion of %1 to %2").arg(variant.id, before->pendingTo)
            : comment.trimmed();
    // The Signed event commits on its own (SignatureService); if the promotion is no longer
    // due by the time it is applied, the signature stays in the record without effect.
    const security::SignatureInfo approval = signatures_.sign(request);

    record::RecordTransaction txn(journal_);
    const VariantStateRow r = *row(txn.db(), variant.id);
    if (r.pendingTo != before->pendingTo || r.proposal.seq != before->proposal.seq)
        throw SamplingError(Kind::WrongState,
                            SamplingText::tr("The proposal for variant %1 changed while it was "
                                             "being signed; look at it again.")
                                .arg(variant.id));
    const auto due = dueTransition(chart, history(txn.db(), variant), txn.nowMs());
    if (!due || due->transition.to != r.pendingTo || !due->transition.approval)
        throw SamplingError(Kind::WrongState,
                            SamplingText::tr("The promotion of variant %1 to %2 is no longer due.")
                                .arg(variant.id, r.pendingTo));
    changeState(txn, r, r.pendingTo, approval.signerId,
                {{key("reason"), r.pendingReason},
                 {key("rule"), chart.name},
                 {key("approval"), true},
                 {key("proposal_seq"), static_cast<qint64>(r.proposal.seq)},
                 {key("approval_signature_seq"), static_cast<qint64>(approval.event.seq)},
                 {key("approver_id"), approval.signerId},
                 {key("approver_name"), approval.printedName}});
    txn.commit();
    return *row(variant.id);
}

std::vector<VariantHistoryEntry> VariantStates::historyOf(const QString& variantId) const {
    store::Statement st = journal_.db().prepare(
        "SELECT e.station_id, e.seq, e.event_id, e.type, e.user_id, e.ts_utc, e.payload, "
        "e.prev_hash, e.row_hash FROM sampling_variant_events v JOIN events e ON "
        "e.station_id = v.station_id AND e.seq = v.seq WHERE v.variant_id = ? ORDER BY e.seq");
    st.bind(1, variantId);
    std::vector<VariantHistoryEntry> out;
    while (st.step()) {
        const record::EventRecord e = record::eventFromRow(st);
        const QJsonObject p = e.payloadObject();
        VariantHistoryEntry h;
        h.tsUtc = e.tsUtc;
        h.type = e.type;
        h.userId = e.userId;
        h.seq = e.seq;
        if (e.type == types::kMasterDataChanged) {
            h.reason = p.value(key("old")).isNull()
                           ? SamplingText::tr("variant created (version %1)")
                                 .arg(p.value(key("version")).toInt())
                           : SamplingText::tr("variant changed (version %1): %2")
                                 .arg(p.value(key("version")).toInt())
                                 .arg(p.value(key("reason")).toString());
        } else {
            h.fromState = p.value(key("old_state")).toString();
            h.toState = p.value(key("new_state")).toString();
            h.reason = p.value(key("reason")).toString();
            h.trigger = p.value(key("trigger")).toString();
            h.approvedBy = p.value(key("approver_name")).toString();
        }
        out.push_back(h);
    }
    return out;
}

}  // namespace batch::sampling
