#include "sampling/MasterData.h"

#include "model/MbrReader.h"
#include "sampling/MasterDataParser.h"

#include <QHash>
#include <QJsonArray>

namespace batch::sampling {
namespace {

using model::detail::Reader;

// Where an item of the merged set came from: its path in the document, or a note that
// it is already stored (a stored item the document would break is reported too).
template <typename T, typename IdFn>
QHash<QString, QString> pathsOf(const std::vector<Located<T>>& items, IdFn idOf) {
    QHash<QString, QString> out;
    for (const Located<T>& l : items) out.insert(idOf(l.value), l.path);
    return out;
}

QString pathOr(const QHash<QString, QString>& paths, const QString& id, const QString& what) {
    const auto it = paths.constFind(id);
    return it != paths.constEnd() ? *it : SamplingText::tr("(stored %1 %2)").arg(what, id);
}

}  // namespace

QJsonObject NamedCountRule::toJson() const {
    QJsonObject o{{QStringLiteral("name"), name}, {QStringLiteral("rule"), rule.toJson()}};
    if (!description.isEmpty())
        o.insert(QStringLiteral("description"), description);
    return o;
}

QJsonObject Variant::toJson() const {
    return {{QStringLiteral("id"), id},
            {QStringLiteral("product"), product},
            {QStringLiteral("organisation"),
             organisation.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(organisation)},
            {QStringLiteral("role"), role},
            {QStringLiteral("rule"), rule},
            {QStringLiteral("plan"), plan}};
}

MasterDataSet MasterDataSet::with(const MasterDataDocument& doc) const {
    MasterDataSet out = *this;
    for (const auto& l : doc.countRules) out.countRules.insert(l.value.name, l.value);
    for (const auto& l : doc.variantRules) out.variantRules.insert(l.value.name, l.value);
    for (const auto& l : doc.products) out.products.insert(l.value.code, l.value);
    for (const auto& l : doc.plans) out.plans.insert(l.value.id, l.value);
    for (const auto& l : doc.variants) out.variants.insert(l.value.id, l.value);
    return out;
}

CountRuleLookup MasterDataSet::countRuleLookup() const {
    return [this](const QString& name) -> const CountRule* {
        const auto it = countRules.constFind(name);
        return it == countRules.constEnd() ? nullptr : &it->rule;
    };
}

std::optional<StateChart> MasterDataSet::variantRule(const QString& name) const {
    if (name == kDefaultChartName)
        return StateChart::defaultChart();
    const auto it = variantRules.constFind(name);
    if (it == variantRules.constEnd())
        return std::nullopt;
    return *it;
}

std::vector<Issue> crossCheck(const MasterDataDocument& doc, const MasterDataSet& base) {
    const MasterDataSet all = base.with(doc);
    const CountRuleLookup lookup = all.countRuleLookup();
    std::vector<Issue> issues;
    const auto add = [&](const QString& path, const QString& message) {
        issues.push_back({path, message});
    };

    const auto rulePaths = pathsOf(doc.countRules, [](const NamedCountRule& c) { return c.name; });
    for (const NamedCountRule& c : all.countRules)
        if (const QString why = checkReferences(c.name, c.rule, lookup); !why.isEmpty())
            add(Reader::field(pathOr(rulePaths, c.name, SamplingText::tr("count rule")), "rule"),
                why);

    const auto planPaths = pathsOf(doc.plans, [](const SamplingPlan& p) { return p.id; });
    for (const SamplingPlan& plan : all.plans) {
        const QString at = pathOr(planPaths, plan.id, SamplingText::tr("plan"));
        const auto product = all.products.constFind(plan.product);
        if (product == all.products.constEnd()) {
            add(Reader::field(at, "product"),
                SamplingText::tr("there is no product \"%1\"").arg(plan.product));
            continue;
        }
        for (std::size_t i = 0; i < plan.sources.size(); ++i) {
            const SampleTemplate& s = plan.sources[i];
            const QString sp = Reader::index(Reader::field(at, "sources"), qsizetype(i));
            for (qsizetype j = 0; j < s.tests.size(); ++j)
                if (!product->test(s.tests[j]))
                    add(Reader::index(Reader::field(sp, "tests"), j),
                        SamplingText::tr("product %1 has no test \"%2\"")
                            .arg(plan.product, s.tests[j]));
            if (const QString why = checkReferences({}, s.count, lookup); !why.isEmpty())
                add(Reader::field(sp, "count"), why);
            if (s.reducedCount)
                if (const QString why = checkReferences({}, *s.reducedCount, lookup);
                    !why.isEmpty())
                    add(Reader::field(sp, "reduced_count"), why);
        }
    }

    const auto variantPaths = pathsOf(doc.variants, [](const Variant& v) { return v.id; });
    QHash<QString, QString> coverage;  // product + organisation -> variant id
    // Stored variants first, so that a clash is reported at the document's variant.
    std::vector<const Variant*> order;
    for (const Variant& v : all.variants)
        if (!variantPaths.contains(v.id))
            order.push_back(&v);
    for (const auto& l : doc.variants) order.push_back(&*all.variants.constFind(l.value.id));
    for (const Variant* vp : order) {
        const Variant& v = *vp;
        const QString at = pathOr(variantPaths, v.id, SamplingText::tr("variant"));
        if (!all.products.contains(v.product))
            add(Reader::field(at, "product"),
                SamplingText::tr("there is no product \"%1\"").arg(v.product));
        if (!all.variantRule(v.rule))
            add(Reader::field(at, "rule"),
                SamplingText::tr("there is no variant rule \"%1\"").arg(v.rule));
        const auto plan = all.plans.constFind(v.plan);
        if (plan == all.plans.constEnd())
            add(Reader::field(at, "plan"),
                SamplingText::tr("there is no sampling plan \"%1\"").arg(v.plan));
        else if (plan->product != v.product)
            add(Reader::field(at, "plan"), SamplingText::tr("plan %1 is for product %2, not %3")
                                               .arg(v.plan, plan->product, v.product));
        const QString key = v.product + QLatin1Char('\n') + v.organisation.toCaseFolded();
        if (const auto other = coverage.constFind(key); other != coverage.constEnd())
            add(Reader::field(at, "organisation"),
                v.wildcard() ? SamplingText::tr("product %1 already has a wildcard variant (%2)")
                                   .arg(v.product, *other)
                             : SamplingText::tr("variant %1 already covers product %2 from \"%3\"")
                                   .arg(*other, v.product, v.organisation));
        else
            coverage.insert(key, v.id);
    }
    return issues;
}

QJsonObject documentJson(const MasterDataDocument& doc) {
    const auto list = [](const auto& items) {
        QJsonArray out;
        for (const auto& l : items) out.append(l.value.toJson());
        return out;
    };
    QJsonObject o{{QStringLiteral("format"), kMasterDataFormat}};
    if (!doc.countRules.empty())
        o.insert(QStringLiteral("count_rules"), list(doc.countRules));
    if (!doc.variantRules.empty())
        o.insert(QStringLiteral("variant_rules"), list(doc.variantRules));
    if (!doc.products.empty())
        o.insert(QStringLiteral("products"), list(doc.products));
    if (!doc.plans.empty())
        o.insert(QStringLiteral("plans"), list(doc.plans));
    if (!doc.variants.empty())
        o.insert(QStringLiteral("variants"), list(doc.variants));
    return o;
}

}  // namespace batch::sampling
