#pragma once

#include "sampling/CountRule.h"
#include "sampling/SamplingPlan.h"
#include "sampling/Specification.h"
#include "sampling/StateChart.h"

#include <QJsonObject>
#include <QMap>
#include <QString>

#include <vector>

namespace batch::sampling {

// A shared count rule that plans refer to by name ({"rule": "sqrt-plus-one"}).
struct NamedCountRule {
    QString name;
    QString description;
    CountRule rule;
    QJsonObject toJson() const;
    bool operator==(const NamedCountRule&) const = default;
};

// A product variant: the organisation that supplies, manufactures or ships a product,
// with the rule its qualification follows and the plan its lots are sampled by. A
// variant without an organisation is the wildcard for lots from unknown suppliers.
struct Variant {
    QString id;
    QString product;
    QString organisation;                       // empty: wildcard
    QString role = QStringLiteral("supplier");  // "supplier", "manufacturer", "shipper"
    QString rule = kDefaultChartName;
    QString plan;
    bool wildcard() const { return organisation.isEmpty(); }
    QJsonObject toJson() const;
    bool operator==(const Variant&) const = default;
};

// An item of a parsed document with the JSON path it came from, so that a problem found
// later (a reference to a missing product) still names its place in the file.
template <typename T>
struct Located {
    T value;
    QString path;
};

// A master data document (docs/sampling.md §Master data file) or a single entity.
struct MasterDataDocument {
    std::vector<Located<NamedCountRule>> countRules;
    std::vector<Located<StateChart>> variantRules;
    std::vector<Located<Product>> products;
    std::vector<Located<SamplingPlan>> plans;
    std::vector<Located<Variant>> variants;
    bool empty() const {
        return countRules.empty() && variantRules.empty() && products.empty() && plans.empty() &&
               variants.empty();
    }
};

// The document as the parser reads it, rebuilt from its items (their own JSON forms,
// which hold no fractions: what central sync sends and a station parses again).
QJsonObject documentJson(const MasterDataDocument& doc);

// Everything a station knows, keyed by id: what checks and lot decisions resolve against.
struct MasterDataSet {
    QMap<QString, NamedCountRule> countRules;
    QMap<QString, StateChart> variantRules;  // without the built-in "default"
    QMap<QString, Product> products;
    QMap<QString, SamplingPlan> plans;
    QMap<QString, Variant> variants;

    // `doc` laid over this set (same id: the document's version wins).
    MasterDataSet with(const MasterDataDocument& doc) const;
    CountRuleLookup countRuleLookup() const;
    // A stored rule or the built-in "default"; nullopt when unknown.
    std::optional<StateChart> variantRule(const QString& name) const;
};

// Checks what a document refers to against `base` with the document laid over it: plan
// products and test codes, reduced tests that are a subset of the tests, count rule names
// and cycles, variant products, rules and plans (and that plan and variant are for the same
// product), one variant per product and organisation. Stored items that the document
// would break (a product losing a test a stored plan uses) are reported too.
std::vector<Issue> crossCheck(const MasterDataDocument& doc, const MasterDataSet& base);

}  // namespace batch::sampling
