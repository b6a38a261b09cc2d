#include "sampling/MasterDataStore.h"

#include "record/CanonicalJson.h"
#include "sampling/SamplingLog.h"
#include "sampling/VariantStates.h"

#include <QHash>

#include <algorithm>
#include <array>

#include <spdlog/spdlog.h>

namespace batch::sampling {
namespace {

using detail::key;
using detail::log;

using Kind = SamplingError::Kind;

constexpr std::array<std::pair<EntityKind, const char*>, 5> kEntities{{
    {EntityKind::CountRule, "count_rule"},
    {EntityKind::VariantRule, "variant_rule"},
    {EntityKind::Product, "product"},
    {EntityKind::Plan, "sampling_plan"},
    {EntityKind::Variant, "product_variant"},
}};

std::optional<EntityKind> entityFromName(const QString& name) {
    for (const auto& [k, n] : kEntities)
        if (name == QLatin1String(n))
            return k;
    return std::nullopt;
}

// One item of the document on its way into the table.
struct Pending {
    QString entity;
    QString id;
    QJsonObject content;
    QString path;
    const Variant* variant = nullptr;  // for product variants: the initial state
};

std::vector<Pending> pendingItems(const MasterDataDocument& doc) {
    std::vector<Pending> out;
    for (const auto& l : doc.countRules)
        out.push_back({entities::kCountRule, l.value.name, l.value.toJson(), l.path});
    for (const auto& l : doc.variantRules)
        out.push_back({entities::kVariantRule, l.value.name, l.value.toJson(), l.path});
    for (const auto& l : doc.products)
        out.push_back({entities::kProduct, l.value.code, l.value.toJson(), l.path});
    for (const auto& l : doc.plans)
        out.push_back({entities::kPlan, l.value.id, l.value.toJson(), l.path});
    for (const auto& l : doc.variants)
        out.push_back({entities::kVariant, l.value.id, l.value.toJson(), l.path, &l.value});
    return out;
}

struct StoredItem {
    QByteArray content;
    int version = 0;
};

std::optional<StoredItem> stored(store::Database& db, const QString& entity, const QString& id) {
    store::Statement st =
        db.prepare("SELECT content, version FROM sampling_master_data WHERE entity = ? AND id = ?");
    st.bind(1, entity).bind(2, id);
    if (!st.step())
        return std::nullopt;
    return StoredItem{st.utf8(0), static_cast<int>(st.int64(1))};
}

// Variants keep their qualification state across a rule change only if the new rule
// knows that state.
void checkStates(store::Database& db, const MasterDataDocument& doc, const MasterDataSet& all,
                 std::vector<Issue>& issues) {
    QHash<QString, QString> variantPaths;
    for (const auto& l : doc.variants) variantPaths.insert(l.value.id, l.path);
    QHash<QString, QString> rulePaths;
    for (const auto& l : doc.variantRules) rulePaths.insert(l.value.name, l.path);
    store::Statement st = db.prepare("SELECT variant_id, state FROM sampling_variant_state");
    while (st.step()) {
        const auto v = all.variants.constFind(st.text(0));
        if (v == all.variants.constEnd())
            continue;
        const auto chart = all.variantRule(v->rule);
        if (!chart || chart->state(st.text(1)))
            continue;
        const QString path = variantPaths.value(
            v->id, rulePaths.value(v->rule, SamplingText::tr("(stored variant %1)").arg(v->id)));
        issues.push_back({path, SamplingText::tr("variant %1 is %2, a state that rule %3 does not "
                                                 "have")
                                    .arg(v->id, st.text(1), v->rule)});
    }
}

}  // namespace

QString entityName(EntityKind kind) {
    for (const auto& [k, n] : kEntities)
        if (k == kind)
            return QString::fromLatin1(n);
    return {};
}

MasterDataStore::MasterDataStore(record::Journal& journal) : journal_(journal) {}

MasterDataSet MasterDataStore::load() const {
    return load(journal_.db());
}

MasterDataSet MasterDataStore::load(store::Database& db) {
    MasterDataSet set;
    store::Statement st = db.prepare("SELECT entity, id, content FROM sampling_master_data");
    while (st.step()) {
        const QString entity = st.text(0);
        const QString id = st.text(1);
        const auto kind = entityFromName(entity);
        // Stored content went through the parser when it was written; parsing it again
        // means a row edited behind the application's back is refused, not used.
        const MasterDataParseResult r =
            kind ? MasterDataParser::parseSingle(*kind, st.utf8(2)) : MasterDataParseResult{};
        if (!r.ok())
            throw SamplingError(
                Kind::Invalid,
                SamplingText::tr("The stored %1 %2 is damaged: %3").arg(entity, id, r.errorText()));
        set = set.with(*r.document);
    }
    return set;
}

std::optional<MasterDataVersion> MasterDataStore::version(const QString& entity,
                                                          const QString& id) const {
    store::Statement st = journal_.db().prepare(
        "SELECT version, updated_by, updated_utc FROM sampling_master_data WHERE entity = ? AND "
        "id = ?");
    st.bind(1, entity).bind(2, id);
    if (!st.step())
        return std::nullopt;
    return MasterDataVersion{static_cast<int>(st.int64(0)), st.text(1), st.text(2)};
}

std::vector<MasterDataChange> MasterDataStore::apply(const security::User& actor,
                                                     const MasterDataDocument& doc, bool replace,
                                                     const QString& reason) {
    if (actor.disabled || !actor.has(security::Permission::ManageMasterData))
        throw SamplingError(
            Kind::NotAuthorized,
            SamplingText::tr("%1 may not change sampling master data.").arg(actor.id));
    record::RecordTransaction txn(journal_);
    const std::vector<MasterDataChange> changes = applyWithin(txn, actor.id, doc, replace, reason);
    txn.commit();
    for (const MasterDataChange& c : changes)
        if (c.action != MasterDataChange::Action::Unchanged)
            log()->info("{} {} {} (version {}) by {}", c.entity.toStdString(), c.id.toStdString(),
                        c.action == MasterDataChange::Action::Added ? "added" : "updated",
                        c.version, actor.id.toStdString());
    return changes;
}

std::vector<MasterDataChange> MasterDataStore::applyWithin(record::RecordTransaction& txn,
                                                           const QString& actorId,
                                                           const MasterDataDocument& doc,
                                                           bool replace, const QString& reason,
                                                           const QJsonObject& origin) {
    if (doc.empty())
        throw SamplingError(Kind::Invalid, SamplingText::tr("There is no master data to store."));
    const MasterDataSet base = load(txn.db());
    const MasterDataSet all = base.with(doc);
    std::vector<Issue> issues = crossCheck(doc, base);
    checkStates(txn.db(), doc, all, issues);
    if (!issues.empty()) {
        QStringList details;
        for (const Issue& i : issues) details << i.toString();
        throw SamplingError(Kind::Invalid,
                            SamplingText::tr("The master data has %n problem(s):", nullptr,
                                             static_cast<int>(issues.size())),
                            details);
    }

    const std::vector<Pending> items = pendingItems(doc);
    std::vector<MasterDataChange> changes;
    QStringList conflicts;
    for (const Pending& p : items) {
        const auto old = stored(txn.db(), p.entity, p.id);
        const QByteArray content = record::encodeCanonical(p.content);
        if (old && old->content == content) {
            changes.push_back({p.entity, p.id, MasterDataChange::Action::Unchanged, old->version});
        } else if (old && !replace) {
            conflicts << SamplingText::tr(
                             "%1: %2 %3 exists with different content (version %4); "
                             "replace it explicitly, with a reason")
                             .arg(p.path.isEmpty() ? p.id : p.path, p.entity, p.id)
                             .arg(old->version);
        } else {
            changes.push_back(
                {p.entity, p.id,
                 old ? MasterDataChange::Action::Updated : MasterDataChange::Action::Added,
                 old ? old->version + 1 : 1});
        }
    }
    if (!conflicts.isEmpty())
        throw SamplingError(Kind::Conflict,
                            SamplingText::tr("%n item(s) already exist:", nullptr,
                                             static_cast<int>(conflicts.size())),
                            conflicts);
    const bool updates = std::any_of(changes.begin(), changes.end(), [](const MasterDataChange& c) {
        return c.action == MasterDataChange::Action::Updated;
    });
    if (updates && reason.trimmed().isEmpty())
        throw SamplingError(Kind::ReasonRequired,
                            SamplingText::tr("Changing stored master data needs a reason."));

    const QString now = record::formatUtcMillis(txn.nowMs());
    for (std::size_t i = 0; i < items.size(); ++i) {
        const Pending& p = items[i];
        const MasterDataChange& c = changes[i];
        if (c.action == MasterDataChange::Action::Unchanged)
            continue;
        const auto old = stored(txn.db(), p.entity, p.id);
        store::Statement st = txn.db().prepare(
            old ? "UPDATE sampling_master_data SET content = ?1, version = ?2, updated_by = ?3, "
                  "updated_utc = ?4 WHERE entity = ?5 AND id = ?6"
                : "INSERT INTO sampling_master_data (content, version, updated_by, updated_utc, "
                  "entity, id) VALUES (?1, ?2, ?3, ?4, ?5, ?6)");
        st.bindUtf8(1, record::encodeCanonical(p.content)).bind(2, c.version).bind(3, actorId);
        st.bind(4, now).bind(5, p.entity).bind(6, p.id);
        st.run();
        QJsonObject payload{
            {key("entity"), p.entity},
            {key("id"), p.id},
            {key("version"), c.version},
            {key("new"), p.content},
            {key("old"), old ? QJsonValue(record::decodeCanonicalObject(old->content))
                             : QJsonValue(QJsonValue::Null)}};
        if (!reason.trimmed().isEmpty())
            payload.insert(key("reason"), reason.trimmed());
        for (auto it = origin.begin(); it != origin.end(); ++it)
            payload.insert(it.key(), it.value());
        const record::EventRecord e = txn.append({types::kMasterDataChanged, actorId, payload});
        if (p.variant) {
            indexVariantEvent(txn, p.id, e);
            if (!old) {
                const StateChart chart = *all.variantRule(p.variant->rule);
                startVariantState(txn, *p.variant, chart.initial, actorId);
            }
        }
    }
    return changes;
}

}  // namespace batch::sampling
