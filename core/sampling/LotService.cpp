#include "sampling/LotService.h"

#include "exec/ExecTypes.h"
#include "record/CanonicalJson.h"
#include "sampling/LotStore.h"
#include "sampling/SamplingLog.h"

#include <QJsonArray>

#include <spdlog/spdlog.h>

namespace batch::sampling {
namespace {

using detail::key;
using detail::log;

using Kind = SamplingError::Kind;
using security::Permission;

void requireAny(const security::User& actor, std::initializer_list<Permission> permissions,
                const QString& action) {
    if (!actor.disabled)
        for (Permission p : permissions)
            if (actor.has(p))
                return;
    throw SamplingError(Kind::NotAuthorized,
                        SamplingText::tr("%1 (roles: %2) may not %3.")
                            .arg(actor.id, security::joinRoles(actor.roles), action));
}

Lot requireLot(store::Database& db, const QString& lotId) {
    auto lot = loadLot(db, lotId);
    if (!lot)
        throw SamplingError(Kind::NotFound, SamplingText::tr("There is no lot %1.").arg(lotId));
    return *lot;
}

void requireStatus(const Lot& lot, std::initializer_list<LotStatus> allowed,
                   const QString& action) {
    QStringList names;
    for (LotStatus s : allowed) {
        if (lot.status == s)
            return;
        names << lotStatusName(s);
    }
    throw SamplingError(Kind::WrongState,
                        SamplingText::tr("Lot %1 is %2: cannot %3 (it must be %4).")
                            .arg(lot.lotId, lotStatusName(lot.status), action,
                                 names.join(SamplingText::tr(" or "))));
}

// The variant that covers `organisation` for `product`, with the sentence that says why.
std::pair<Variant, QString> chooseVariant(const MasterDataSet& set, const QString& product,
                                          const QString& organisation) {
    const Variant* wildcard = nullptr;
    for (const Variant& v : set.variants) {
        if (v.product != product)
            continue;
        if (v.wildcard())
            wildcard = &v;
        else if (!organisation.isEmpty() &&
                 v.organisation.compare(organisation, Qt::CaseInsensitive) == 0)
            return {v, SamplingText::tr("%1 \"%2\" delivers %3 as variant %4.")
                           .arg(v.role == QLatin1String("manufacturer")
                                    ? SamplingText::tr("Manufacturer")
                                : v.role == QLatin1String("shipper") ? SamplingText::tr("Shipper")
                                                                     : SamplingText::tr("Supplier"),
                                v.organisation, product, v.id)};
    }
    if (!wildcard)
        throw SamplingError(
            Kind::NotFound,
            organisation.isEmpty()
                ? SamplingText::tr("Product %1 has no wildcard variant for lots without an "
                                   "organisation; add one, or name the organisation.")
                      .arg(product)
                : SamplingText::tr("Product %1 has no variant for organisation \"%2\" and no "
                                   "wildcard variant for unknown suppliers; add a variant first.")
                      .arg(product, organisation));
    return {*wildcard,
            organisation.isEmpty()
                ? SamplingText::tr("No organisation given: the wildcard variant %1 applies.")
                      .arg(wildcard->id)
                : SamplingText::tr("No variant of %1 for organisation \"%2\": the wildcard variant "
                                   "%3 for unknown suppliers applies.")
                      .arg(product, organisation, wildcard->id)};
}

LotDecision decideIn(store::Database& db, const MasterDataSet& set, const QString& productCode,
                     const QString& organisation, std::int64_t size, std::int64_t nowMs) {
    const QString org = organisation.trimmed();
    if (org.size() > kMaxNameLength)
        throw SamplingError(Kind::Invalid, SamplingText::tr("The organisation name is longer "
                                                            "than %1 characters.")
                                               .arg(kMaxNameLength));
    if (size < 1 || size > kMaxLotSize)
        throw SamplingError(Kind::Invalid,
                            SamplingText::tr("The lot size must be between 1 and %1 (got %2).")
                                .arg(kMaxLotSize)
                                .arg(size));
    const auto product = set.products.constFind(productCode);
    if (product == set.products.constEnd())
        throw SamplingError(Kind::NotFound,
                            SamplingText::tr("There is no product %1.").arg(productCode));
    LotDecision d;
    d.product = *product;
    d.organisation = org;
    d.size = size;
    QString why;
    std::tie(d.variant, why) = chooseVariant(set, productCode, org);
    const auto chart = set.variantRule(d.variant.rule);
    const auto plan = set.plans.constFind(d.variant.plan);
    if (!chart || plan == set.plans.constEnd())
        throw SamplingError(Kind::NotFound, SamplingText::tr("Variant %1 refers to a missing rule "
                                                             "or plan.")
                                                .arg(d.variant.id));
    d.chart = *chart;
    d.plan = *plan;
    const VariantHistory history = VariantStates::history(db, d.variant);
    const auto row = VariantStates::row(db, d.variant.id);
    d.pendingPromotion = row->pendingTo;
    if (d.pendingPromotion.isEmpty())
        if (const auto due = dueTransition(d.chart, history, nowMs);
            due && due->transition.approval)
            d.pendingPromotion = due->transition.to;
    d.level = decideLevel(d.chart, history, nowMs, d.pendingPromotion);
    d.samples = planSamples(d.plan, d.level.level, size, set.countRuleLookup());
    d.reasons << why << d.level.reasons;
    if (d.level.level == Level::Skip)
        d.reasons << SamplingText::tr(
            "No samples: the lot is dispositioned on the supplier's "
            "certificate.");
    else
        d.reasons << SamplingText::tr("Plan %1: %2 samples with %3 tests.")
                         .arg(d.plan.id)
                         .arg(d.samples.samples.size())
                         .arg(d.samples.testCount());
    return d;
}

QString nextLotId(store::Database& db, const QString& stationId) {
    store::Statement st = db.prepare("SELECT COUNT(*) FROM sampling_lots");
    st.step();
    std::int64_t n = st.int64(0) + 1;
    for (;; ++n) {
        QString id = QStringLiteral("LOT-%1-%2").arg(stationId).arg(n, 6, 10, QLatin1Char('0'));
        if (!isValidId(id))
            id = QStringLiteral("LOT-%1").arg(n, 6, 10, QLatin1Char('0'));
        if (!loadLot(db, id))
            return id;
    }
}

}  // namespace

LotService::LotService(record::Journal& journal, security::SignatureService& signatures,
                       MasterDataStore& masterData, VariantStates& variants)
    : journal_(journal), signatures_(signatures), masterData_(masterData), variants_(variants) {}

LotDecision LotService::decide(const QString& product, const QString& organisation,
                               std::int64_t size) const {
    return decideIn(journal_.db(), masterData_.load(), product, organisation, size,
                    journal_.nowMs());
}

Lot LotService::create(const security::User& actor, const LotRequest& request) {
    requireAny(actor, {Permission::ExecuteSteps, Permission::ReviewRecords},
               SamplingText::tr("create lots"));
    if (!request.lotId.isEmpty() && !isValidId(request.lotId))
        throw SamplingError(Kind::Invalid,
                            SamplingText::tr("\"%1\" is not a valid lot id (1-64 letters, digits, "
                                             "'.', '_' or '-')")
                                .arg(request.lotId));
    record::RecordTransaction txn(journal_);
    const MasterDataSet set = MasterDataStore::load(txn.db());
    const QString lotId =
        request.lotId.isEmpty() ? nextLotId(txn.db(), journal_.stationId()) : request.lotId;
    if (loadLot(txn.db(), lotId))
        throw SamplingError(Kind::Conflict, SamplingText::tr("Lot %1 already exists.").arg(lotId));
    // Time alone can make a promotion due (12 months without a failure): evaluate first,
    // so that the proposal is on record; the level changes only once QA has approved it.
    {
        const LotDecision probe = decideIn(txn.db(), set, request.product, request.organisation,
                                           request.size, txn.nowMs());
        VariantStates::reevaluate(txn, probe.variant, probe.chart, actor.id,
                                  SamplingText::tr("creation of lot %1").arg(lotId));
    }
    const LotDecision d =
        decideIn(txn.db(), set, request.product, request.organisation, request.size, txn.nowMs());

    QJsonObject payload = d.toJson();
    payload.insert(key("lot_id"), lotId);
    const record::EventRecord e =
        appendLotEvent(txn, lotId, {types::kLotCreated, actor.id, payload});
    QJsonObject decision = payload;
    decision.remove(key("lot_id"));
    insertLot(txn, lotId, d, decision, actor.id, e);
    txn.commit();
    log()->info("lot {} of {} from '{}' ({} units): {}", lotId.toStdString(),
                d.product.code.toStdString(), d.organisation.toStdString(), d.size,
                d.level.summary.toStdString());
    return *find(lotId);
}

Lot LotService::receive(const security::User& actor, const QString& lotId) {
    requireAny(actor, {Permission::ExecuteSteps, Permission::ReviewRecords},
               SamplingText::tr("receive lots"));
    record::RecordTransaction txn(journal_);
    const Lot lot = requireLot(txn.db(), lotId);
    requireStatus(lot, {LotStatus::Created}, SamplingText::tr("receive it at the dock"));
    const record::EventRecord e =
        appendLotEvent(txn, lotId,
                       {types::kLotReceived,
                        actor.id,
                        {{key("lot_id"), lotId},
                         {key("old_status"), lotStatusName(lot.status)},
                         {key("new_status"), lotStatusName(LotStatus::Received)}}});
    setStatus(txn, lotId, LotStatus::Received, "received_utc", e.tsUtc);
    if (lot.tests.empty()) {
        // Nothing goes to the laboratory: the lot waits for its disposition at once.
        const record::EventRecord p = appendLotEvent(
            txn, lotId,
            {types::kLotPendingRelease,
             actor.id,
             {{key("lot_id"), lotId},
              {key("old_status"), lotStatusName(LotStatus::Received)},
              {key("new_status"), lotStatusName(LotStatus::PendingRelease)},
              {key("results"), 0},
              {key("out_of_specification"), 0},
              {key("reason"),
               SamplingText::tr("no samples at level %1").arg(levelName(lot.level))}}});
        setStatus(txn, lotId, LotStatus::PendingRelease, "pending_utc", p.tsUtc);
    }
    txn.commit();
    return *find(lotId);
}

Lot LotService::receiveSamples(const security::User& actor, const QString& lotId) {
    requireAny(actor, {Permission::ExecuteSteps, Permission::VerifySteps},
               SamplingText::tr("receive samples in the laboratory"));
    record::RecordTransaction txn(journal_);
    const Lot lot = requireLot(txn.db(), lotId);
    requireStatus(lot, {LotStatus::Received},
                  SamplingText::tr("receive its samples in the laboratory"));
    const record::EventRecord e =
        appendLotEvent(txn, lotId,
                       {types::kLotSamplesReceived,
                        actor.id,
                        {{key("lot_id"), lotId},
                         {key("old_status"), lotStatusName(lot.status)},
                         {key("new_status"), lotStatusName(LotStatus::Active)},
                         {key("samples"), lot.decision.value(key("sample_count"))}}});
    setStatus(txn, lotId, LotStatus::Active, "active_utc", e.tsUtc);
    txn.commit();
    return *find(lotId);
}

ResultEntry LotService::recordResult(const security::User& actor, const QString& lotId,
                                     const QString& sampleId, const QString& testCode,
                                     const QString& value, const QString& reason) {
    requireAny(actor, {Permission::ExecuteSteps, Permission::VerifySteps},
               SamplingText::tr("enter test results"));
    record::RecordTransaction txn(journal_);
    const Lot lot = requireLot(txn.db(), lotId);
    requireStatus(lot, {LotStatus::Active, LotStatus::PendingRelease},
                  SamplingText::tr("enter results"));
    const auto it = std::find_if(lot.tests.begin(), lot.tests.end(), [&](const LotTest& t) {
        return t.sampleId == sampleId && t.testCode == testCode;
    });
    if (it == lot.tests.end())
        throw SamplingError(
            Kind::NotFound,
            SamplingText::tr("Lot %1 has no test %2 on sample %3.").arg(lotId, testCode, sampleId));
    const CheckedResult checked = checkResult(it->spec, value);
    ResultEntry out;
    out.correction = it->hasResult;
    if (out.correction && reason.trimmed().isEmpty())
        throw SamplingError(Kind::ReasonRequired,
                            SamplingText::tr("Sample %1 already has a result for %2 (%3); a "
                                             "correction needs a reason.")
                                .arg(sampleId, testCode, it->reported));
    QJsonObject payload{{key("lot_id"), lotId},
                        {key("sample_id"), sampleId},
                        {key("test"), testCode},
                        {key("value"), value.trimmed()},
                        {key("reported"), checked.reported},
                        {key("unit"), it->spec.unit},
                        {key("specification"), it->spec.describe()},
                        {key("out_of_specification"), checked.outOfSpecification}};
    if (out.correction) {
        payload.insert(key("old_value"), it->value);
        payload.insert(key("old_reported"), it->reported);
        payload.insert(key("reason"), reason.trimmed());
        payload.insert(key("exception_type"),
                       exec::exceptionTypeName(exec::ExceptionType::Correction));
        payload.insert(
            key("message"),
            SamplingText::tr("Result of %1 on sample %2 corrected from %3 "
                             "to %4: %5")
                .arg(testCode, sampleId, it->reported, checked.reported, reason.trimmed()));
    }
    const record::EventRecord e =
        appendLotEvent(txn, lotId,
                       {out.correction ? types::kLotResultCorrected : types::kLotResultRecorded,
                        actor.id, payload});
    if (checked.outOfSpecification)
        appendLotEvent(
            txn, lotId,
            {types::kLotOutOfSpecification,
             actor.id,
             {{key("lot_id"), lotId},
              {key("sample_id"), sampleId},
              {key("test"), testCode},
              {key("reported"), checked.reported},
              {key("unit"), it->spec.unit},
              {key("specification"), it->spec.describe()},
              {key("result_seq"), static_cast<qint64>(e.seq)},
              {key("exception_type"), exec::exceptionTypeName(exec::ExceptionType::OutOfLimits)},
              {key("message"),
               SamplingText::tr("Lot %1, sample %2: %3").arg(lotId, sampleId, checked.message)}}});
    storeResult(txn, lotId, sampleId, testCode, value.trimmed(), checked, actor.id, e);

    const Lot after = requireLot(txn.db(), lotId);
    if (after.status == LotStatus::Active &&
        after.resultCount() == static_cast<int>(after.tests.size())) {
        const record::EventRecord p =
            appendLotEvent(txn, lotId,
                           {types::kLotPendingRelease,
                            actor.id,
                            {{key("lot_id"), lotId},
                             {key("old_status"), lotStatusName(LotStatus::Active)},
                             {key("new_status"), lotStatusName(LotStatus::PendingRelease)},
                             {key("results"), after.resultCount()},
                             {key("out_of_specification"), after.outOfSpecificationCount()}}});
        setStatus(txn, lotId, LotStatus::PendingRelease, "pending_utc", p.tsUtc);
        out.completedTesting = true;
    }
    txn.commit();
    if (checked.outOfSpecification)
        log()->warn("lot {}: {} on {} out of specification ({})", lotId.toStdString(),
                    testCode.toStdString(), sampleId.toStdString(), checked.reported.toStdString());
    const Lot stored = *find(lotId);
    for (const LotTest& t : stored.tests)
        if (t.sampleId == sampleId && t.testCode == testCode)
            out.test = t;
    return out;
}

Lot LotService::disposition(const QString& lotId, Disposition decision, const QString& signerId,
                            const QString& password, const QString& reason) {
    const bool release = decision == Disposition::Release;
    const Lot lot = requireLot(journal_.db(), lotId);
    if (release) {
        requireStatus(lot, {LotStatus::PendingRelease}, SamplingText::tr("release it"));
        if (const int oos = lot.outOfSpecificationCount(); oos > 0)
            throw SamplingError(Kind::WrongState,
                                SamplingText::tr("Lot %1 has %n out-of-specification result(s): "
                                                 "reject it, or correct the result with a reason "
                                                 "after the investigation.",
                                                 nullptr, oos)
                                    .arg(lotId));
        for (const LotTest& t : lot.tests)
            if (t.hasResult && t.enteredBy.compare(signerId, Qt::CaseInsensitive) == 0)
                throw SamplingError(Kind::SamePerson,
                                    SamplingText::tr("%1 entered results of lot %2 and may not "
                                                     "release it.")
                                        .arg(signerId, lotId));
    } else {
        requireStatus(lot, {LotStatus::Received, LotStatus::Active, LotStatus::PendingRelease},
                      SamplingText::tr("reject it"));
        if (reason.trimmed().isEmpty())
            throw SamplingError(Kind::ReasonRequired,
                                SamplingText::tr("A rejection needs a reason."));
    }
    const security::SignatureSubject head = lotHead(journal_.db(), journal_.stationId(), lotId);
    security::SignRequest request;
    request.signerId = signerId;
    request.password = password;
    request.meaning =
        release ? security::SignatureMeaning::Released : security::SignatureMeaning::Rejected;
    request.subject = head;
    request.reason =
        release ? (reason.trimmed().isEmpty()
                       ? SamplingText::tr("Release of lot %1").arg(lotId)
                       : SamplingText::tr("Release of lot %1: %2").arg(lotId, reason.trimmed()))
                : SamplingText::tr("Rejection of lot %1: %2").arg(lotId, reason.trimmed());
    // Signed in its own transaction (SignatureService); the disposition below checks that
    // the lot did not move on in between, so the signature binds what was dispositioned.
    const security::SignatureInfo signature = signatures_.sign(request);

    record::RecordTransaction txn(journal_);
    const Lot now = requireLot(txn.db(), lotId);
    if (now.status != lot.status || lotHead(txn.db(), journal_.stationId(), lotId).seq != head.seq)
        throw SamplingError(Kind::WrongState,
                            SamplingText::tr("Lot %1 changed while the disposition was being "
                                             "signed; look at it again.")
                                .arg(lotId));
    const LotStatus to = release ? LotStatus::Released : LotStatus::Rejected;
    QJsonObject payload{
        {key("lot_id"), lotId},
        {key("decision"), release ? QStringLiteral("released") : QStringLiteral("rejected")},
        {key("old_status"), lotStatusName(lot.status)},
        {key("new_status"), lotStatusName(to)},
        {key("signer_id"), signature.signerId},
        {key("printed_name"), signature.printedName},
        {key("meaning"), security::meaningName(signature.meaning)},
        {key("signature_station"), signature.event.stationId},
        {key("signature_seq"), static_cast<qint64>(signature.event.seq)},
        {key("results"), lot.resultCount()},
        {key("out_of_specification"), lot.outOfSpecificationCount()}};
    if (!reason.trimmed().isEmpty())
        payload.insert(key("reason"), reason.trimmed());
    const record::EventRecord e =
        appendLotEvent(txn, lotId, {types::kLotDispositioned, signature.signerId, payload});
    storeDisposition(txn, lotId, to, signature, e);

    // The disposition is history the variant's state is decided on.
    const MasterDataSet set = MasterDataStore::load(txn.db());
    const auto variant = set.variants.constFind(lot.variantId);
    if (variant != set.variants.constEnd())
        if (const auto chart = set.variantRule(variant->rule))
            VariantStates::reevaluate(txn, *variant, *chart, signature.signerId,
                                      release ? SamplingText::tr("lot %1 released").arg(lotId)
                                              : SamplingText::tr("lot %1 rejected").arg(lotId));
    txn.commit();
    log()->info("lot {} {} by {}", lotId.toStdString(), release ? "released" : "rejected",
                signature.signerId.toStdString());
    return *find(lotId);
}

std::optional<Lot> LotService::find(const QString& lotId) const {
    return loadLot(journal_.db(), lotId);
}

std::vector<Lot> LotService::list(const QString& variantId, int limit) const {
    return listLots(journal_.db(), variantId, limit);
}

std::optional<security::SignatureInfo> LotService::dispositionSignature(const Lot& lot) const {
    if (lot.signature.seq <= 0)
        return std::nullopt;
    const auto e = journal_.event(lot.signature.stationId, lot.signature.seq);
    if (!e || !signatures_.verify(*e))
        return std::nullopt;
    return security::SignatureService::parse(*e);
}

CertificateData LotService::certificate(const QString& lotId) const {
    const Lot lot = requireLot(journal_.db(), lotId);
    if (lot.status != LotStatus::Released)
        throw SamplingError(Kind::WrongState,
                            SamplingText::tr("Lot %1 is %2: a certificate of analysis is only "
                                             "issued for a released lot.")
                                .arg(lotId, lotStatusName(lot.status)));
    const auto signature = dispositionSignature(lot);
    if (!signature)
        throw SamplingError(Kind::WrongState,
                            SamplingText::tr("The release signature of lot %1 does not verify "
                                             "against the record.")
                                .arg(lotId));
    return {lot, lot.decision.value(key("product_name")).toString(),
            lot.decision.value(key("product_kind")).toString(),
            lot.decision.value(key("size_unit")).toString(), *signature};
}

}  // namespace batch::sampling
