#include "sampling/MasterDataParser.h"

#include "model/MbrReader.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QRegularExpression>
#include <QSet>

#include <cmath>

namespace batch::sampling {
namespace {

using model::detail::Need;
using model::detail::Reader;

const QStringList kRoles{QStringLiteral("supplier"), QStringLiteral("manufacturer"),
                         QStringLiteral("shipper")};

// A required id-like field: present, a string, and a valid id.
std::optional<QString> readId(Reader& r, const QJsonObject& o, const QString& path, const char* key,
                              const QString& what) {
    const auto id = r.string(o, path, key, Need::Required, kMaxIdLength);
    if (id && !isValidId(*id)) {
        r.error(Reader::field(path, key),
                SamplingText::tr("\"%1\" is not a valid %2 (1-64 letters, digits, '.', '_' or "
                                 "'-', starting with a letter or digit)")
                    .arg(*id, what));
        return std::nullopt;
    }
    return id;
}

class ItemReader {
public:
    ItemReader(Reader& reader, const MasterDataLimits& limits) : r_(reader), limits_(limits) {}

    std::optional<NamedCountRule> countRule(const QJsonObject& o, const QString& path) {
        r_.onlyKeys(o, path, {"name", "description", "rule"});
        const auto name = readId(r_, o, path, "name", SamplingText::tr("count rule name"));
        const auto description = r_.string(o, path, "description", Need::Optional, 1000);
        std::optional<CountRule> rule;
        if (!o.contains(QLatin1String("rule")))
            r_.error(Reader::field(path, "rule"), SamplingText::tr("missing required field"));
        else
            rule = readCountRule(r_, o.value(QLatin1String("rule")), Reader::field(path, "rule"));
        if (!name || !rule)
            return std::nullopt;
        return NamedCountRule{*name, description.value_or(QString()), *rule};
    }

    std::optional<StateChart> variantRule(const QJsonObject& o, const QString& path) {
        return readStateChart(r_, o, path);
    }

    std::optional<Product> product(const QJsonObject& o, const QString& path) {
        r_.onlyKeys(o, path, {"code", "name", "kind", "size_unit", "tests"});
        Product p;
        const auto code = readId(r_, o, path, "code", SamplingText::tr("product code"));
        const auto name = r_.string(o, path, "name", Need::Required, kMaxNameLength);
        const auto kind = r_.string(o, path, "kind", Need::Required, 32);
        const auto unit = r_.string(o, path, "size_unit", Need::Optional, 32);
        bool ok = code && name && kind;
        if (kind) {
            if (const auto k = productKindFromName(*kind)) {
                p.kind = *k;
            } else {
                r_.error(Reader::field(path, "kind"),
                         SamplingText::tr("must be \"raw_material\", \"intermediate\" or "
                                          "\"finished_good\""));
                ok = false;
            }
        }
        ok = uniqueList<TestSpec>(
                 o, path, "tests", limits_.maxTests, "code",
                 [this](const QJsonObject& t, const QString& at) { return test(t, at); },
                 [](const TestSpec& t) { return t.code; },
                 [](const QString& c) {
                     return SamplingText::tr("duplicate test code \"%1\"").arg(c);
                 },
                 p.tests) &&
             ok;
        if (!ok)
            return std::nullopt;
        p.code = *code;
        p.name = *name;
        p.sizeUnit = unit.value_or(QStringLiteral("units"));
        return p;
    }

    std::optional<SamplingPlan> plan(const QJsonObject& o, const QString& path) {
        r_.onlyKeys(o, path, {"id", "name", "product", "sources"});
        SamplingPlan p;
        const auto id = readId(r_, o, path, "id", SamplingText::tr("plan id"));
        const auto name = r_.string(o, path, "name", Need::Optional, kMaxNameLength);
        const auto product = readId(r_, o, path, "product", SamplingText::tr("product code"));
        bool ok = id && product;
        ok =
            uniqueList<SampleTemplate>(
                o, path, "sources", limits_.maxSources, "source",
                [this](const QJsonObject& so, const QString& at) { return source(so, at); },
                [](const SampleTemplate& t) { return t.source; },
                [](const QString& n) { return SamplingText::tr("duplicate source \"%1\"").arg(n); },
                p.sources) &&
            ok;
        if (!ok)
            return std::nullopt;
        p.id = *id;
        p.name = name.value_or(*id);
        p.product = *product;
        return p;
    }

    std::optional<Variant> variant(const QJsonObject& o, const QString& path) {
        r_.onlyKeys(o, path, {"id", "product", "organisation", "role", "rule", "plan"});
        Variant v;
        const auto id = readId(r_, o, path, "id", SamplingText::tr("variant id"));
        const auto product = readId(r_, o, path, "product", SamplingText::tr("product code"));
        const auto plan = readId(r_, o, path, "plan", SamplingText::tr("plan id"));
        // null or absent: the wildcard variant for unknown suppliers.
        const auto org = r_.string(o, path, "organisation", Need::Optional, kMaxNameLength);
        const bool badOrg = o.contains(QLatin1String("organisation")) &&
                            !o.value(QLatin1String("organisation")).isNull() && !org;
        const auto role = r_.string(o, path, "role", Need::Optional, 32);
        const auto rule = r_.string(o, path, "rule", Need::Optional, kMaxIdLength);
        bool ok = id && product && plan && !badOrg;
        if (role && !kRoles.contains(*role)) {
            r_.error(Reader::field(path, "role"),
                     SamplingText::tr("must be \"supplier\", \"manufacturer\" or \"shipper\""));
            ok = false;
        }
        if (o.contains(QLatin1String("rule")) && !rule)
            ok = false;
        if (!ok)
            return std::nullopt;
        v.id = *id;
        v.product = *product;
        v.plan = *plan;
        v.organisation = org ? org->trimmed() : QString();
        if (role)
            v.role = *role;
        if (rule)
            v.rule = *rule;
        return v;
    }

private:
    // A required list of objects read by `read`, whose `idKey` values must be unique.
    // False when the list or any element has a problem (each reported with its path).
    template <typename T, typename Read, typename IdOf, typename Duplicate>
    bool uniqueList(const QJsonObject& o, const QString& path, const char* key, int maxCount,
                    const char* idKey, Read read, IdOf idOf, Duplicate duplicate,
                    std::vector<T>& out) {
        const QString at = Reader::field(path, key);
        const auto list = r_.array(o, path, key, Need::Required, 1, maxCount);
        if (!list)
            return false;
        bool ok = true;
        QSet<QString> ids;
        for (qsizetype i = 0; i < list->size(); ++i) {
            const auto element = r_.objectAt(*list, at, i);
            const auto item = element ? read(*element, Reader::index(at, i)) : std::nullopt;
            if (!item) {
                ok = false;
            } else if (ids.contains(idOf(*item))) {
                r_.error(Reader::field(Reader::index(at, i), idKey), duplicate(idOf(*item)));
                ok = false;
            } else {
                ids.insert(idOf(*item));
                out.push_back(*item);
            }
        }
        return ok;
    }

    std::optional<TestSpec> test(const QJsonObject& o, const QString& path) {
        r_.onlyKeys(
            o, path,
            {"code", "name", "type", "method", "unit", "decimals", "min", "max", "requirement"});
        TestSpec t;
        const auto code = readId(r_, o, path, "code", SamplingText::tr("test code"));
        const auto name = r_.string(o, path, "name", Need::Required, kMaxNameLength);
        const auto type = r_.string(o, path, "type", Need::Required, 16);
        if (const auto m = r_.string(o, path, "method", Need::Optional, kMaxNameLength))
            t.method = *m;
        bool ok = code && name && type;
        if (type && *type == QLatin1String("conforms")) {
            t.type = TestSpec::Type::Conforms;
            for (const char* k : {"unit", "decimals", "min", "max"})
                if (o.contains(QLatin1String(k))) {
                    r_.error(
                        Reader::field(path, k),
                        SamplingText::tr("a \"conforms\" test has no %1").arg(QLatin1String(k)));
                    ok = false;
                }
            if (const auto req = r_.string(o, path, "requirement", Need::Optional, kMaxNameLength))
                t.requirement = *req;
        } else if (type && *type == QLatin1String("numeric")) {
            t.type = TestSpec::Type::Numeric;
            const auto unit = r_.string(o, path, "unit", Need::Optional, 32);  // none for pH
            const auto decimals = r_.integer(o, path, "decimals", Need::Required, 0, 6);
            const int places = decimals ? static_cast<int>(*decimals) : 6;
            t.min = limit(o, path, "min", places);
            t.max = limit(o, path, "max", places);
            if (o.contains(QLatin1String("requirement"))) {
                r_.error(Reader::field(path, "requirement"),
                         SamplingText::tr("a numeric test has limits, not a requirement"));
                ok = false;
            }
            const bool badLimit = (o.contains(QLatin1String("min")) && !t.min) ||
                                  (o.contains(QLatin1String("max")) && !t.max);
            if (!badLimit && !t.min && !t.max) {
                r_.error(path, SamplingText::tr("a numeric test needs min, max or both"));
                ok = false;
            }
            if (t.min && t.max && !(*t.min < *t.max)) {
                r_.error(Reader::field(path, "max"),
                         SamplingText::tr("max (%1) must be greater than min (%2)")
                             .arg(*t.max)
                             .arg(*t.min));
                ok = false;
            }
            ok = ok && (unit || !o.contains(QLatin1String("unit"))) && decimals && !badLimit;
            if (unit)
                t.unit = *unit;
            if (decimals)
                t.decimals = static_cast<int>(*decimals);
        } else if (type) {
            r_.error(Reader::field(path, "type"),
                     SamplingText::tr("must be \"numeric\" or \"conforms\""));
            ok = false;
        }
        if (!ok)
            return std::nullopt;
        t.code = *code;
        t.name = *name;
        return t;
    }

    // A limit as a JSON number or a decimal string ("98.0"); it may not have more decimals
    // than the test reports, or rounding the result would move the limit.
    std::optional<double> limit(const QJsonObject& o, const QString& path, const char* key,
                                int decimals) {
        const QJsonValue v = o.value(QLatin1String(key));
        if (v.isUndefined() || v.isNull())
            return std::nullopt;
        std::optional<double> value;
        if (v.isString()) {
            static const QRegularExpression decimal(
                QStringLiteral("^[-+]?\\d{1,12}(\\.\\d{1,6})?$"));
            if (decimal.match(v.toString()).hasMatch())
                value = v.toString().toDouble();
        } else if (v.isDouble() && std::isfinite(v.toDouble()) && std::fabs(v.toDouble()) < 1e12) {
            value = v.toDouble();
        }
        if (!value) {
            r_.error(Reader::field(path, key),
                     SamplingText::tr("must be a number or a decimal string such as \"98.5\""));
            return std::nullopt;
        }
        if (formatLimit(*value, decimals).toDouble() != *value) {
            r_.error(Reader::field(path, key),
                     SamplingText::tr("%1 has more decimals than the test's %2")
                         .arg(*value)
                         .arg(decimals));
            return std::nullopt;
        }
        return value;
    }

    std::optional<SampleTemplate> source(const QJsonObject& o, const QString& path) {
        r_.onlyKeys(o, path,
                    {"source", "description", "count", "tests", "reduced_tests", "reduced_count"});
        SampleTemplate s;
        const auto name = readId(r_, o, path, "source", SamplingText::tr("source name"));
        if (const auto d = r_.string(o, path, "description", Need::Optional, 1000))
            s.description = *d;
        std::optional<CountRule> count;
        if (!o.contains(QLatin1String("count")))
            r_.error(Reader::field(path, "count"), SamplingText::tr("missing required field"));
        else
            count =
                readCountRule(r_, o.value(QLatin1String("count")), Reader::field(path, "count"));
        bool ok = name && count;
        const QString testsPath = Reader::field(path, "tests");
        if (const auto list = r_.array(o, path, "tests", Need::Required, 1, limits_.maxTests)) {
            const qsizetype before = r_.issues().size();
            s.tests = r_.stringList(*list, testsPath, kMaxIdLength);
            ok = ok && static_cast<qsizetype>(r_.issues().size()) == before;
        } else {
            ok = false;
        }
        const QString reducedPath = Reader::field(path, "reduced_tests");
        if (const auto list =
                r_.array(o, path, "reduced_tests", Need::Optional, 0, limits_.maxTests)) {
            const qsizetype before = r_.issues().size();
            s.reducedTests = r_.stringList(*list, reducedPath, kMaxIdLength);
            ok = ok && static_cast<qsizetype>(r_.issues().size()) == before;
            for (qsizetype i = 0; i < s.reducedTests.size(); ++i)
                if (!s.tests.isEmpty() && !s.tests.contains(s.reducedTests[i])) {
                    r_.error(Reader::index(reducedPath, i),
                             SamplingText::tr("\"%1\" is not one of this source's tests; the "
                                              "reduced tests are a subset of them")
                                 .arg(s.reducedTests[i]));
                    ok = false;
                }
        }
        if (o.contains(QLatin1String("reduced_count"))) {
            s.reducedCount = readCountRule(r_, o.value(QLatin1String("reduced_count")),
                                           Reader::field(path, "reduced_count"));
            ok = ok && s.reducedCount;
            if (s.reducedTests.isEmpty()) {
                r_.error(Reader::field(path, "reduced_count"),
                         SamplingText::tr("a reduced count needs reduced_tests"));
                ok = false;
            }
        }
        if (!ok)
            return std::nullopt;
        s.source = *name;
        s.count = *count;
        return s;
    }

    Reader& r_;
    const MasterDataLimits& limits_;
};

// Reads one list of the document, keeping each item's path; ids must be unique.
template <typename T, typename ReadFn, typename IdFn>
void readList(Reader& r, const QJsonObject& root, const char* key, int maxItems, ReadFn read,
              IdFn idOf, std::vector<Located<T>>& out) {
    const auto list = r.array(root, QString(), key, Need::Optional, 0, maxItems);
    if (!list)
        return;
    const QString at = QString::fromLatin1(key);
    QSet<QString> ids;
    for (qsizetype i = 0; i < list->size() && !r.full(); ++i) {
        const QString path = Reader::index(at, i);
        const auto o = r.objectAt(*list, at, i);
        if (!o)
            continue;
        auto item = read(*o, path);
        if (!item)
            continue;
        if (ids.contains(idOf(*item))) {
            r.error(path, SamplingText::tr("\"%1\" appears twice in %2").arg(idOf(*item), at));
            continue;
        }
        ids.insert(idOf(*item));
        out.push_back({std::move(*item), path});
    }
}

}  // namespace

std::optional<QJsonObject> readJsonObject(QByteArrayView json, qsizetype maxBytes, int maxDepth,
                                          std::vector<Issue>& issues) {
    const auto fail = [&](const QString& path, const QString& message) {
        issues.push_back({path, message});
        return std::nullopt;
    };
    if (json.size() > maxBytes)
        return fail({}, SamplingText::tr("the file is too large (%1 bytes, at most %2)")
                            .arg(json.size())
                            .arg(maxBytes));
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json.toByteArray(), &error);
    if (error.error != QJsonParseError::NoError)
        return fail({}, SamplingText::tr("not valid JSON at byte %1: %2")
                            .arg(error.offset)
                            .arg(error.errorString()));
    if (!doc.isObject())
        return fail({}, SamplingText::tr("the file must hold a JSON object"));
    if (model::detail::deeperThan(doc.object(), maxDepth))
        return fail({}, SamplingText::tr("the file nests deeper than %1 levels").arg(maxDepth));
    if (const auto path = model::detail::duplicateKey(json))
        return fail(*path, SamplingText::tr("duplicate key"));
    return doc.object();
}

namespace {

MasterDataParseResult finish(const Reader& reader, MasterDataDocument doc) {
    MasterDataParseResult result;
    result.issues = reader.issues();
    if (result.issues.empty())
        result.document = std::move(doc);
    return result;
}

}  // namespace

QString MasterDataParseResult::errorText() const {
    QStringList lines;
    for (const Issue& i : issues) lines << i.toString();
    return lines.join(QLatin1Char('\n'));
}

MasterDataParseResult MasterDataParser::parse(QByteArrayView json, const MasterDataLimits& limits) {
    MasterDataParseResult result;
    const auto root = readJsonObject(json, limits.maxBytes, limits.maxDepth, result.issues);
    if (!root)
        return result;
    Reader r(limits.maxIssues);
    ItemReader items(r, limits);
    r.onlyKeys(
        *root, QString(),
        {"format", "description", "count_rules", "variant_rules", "products", "plans", "variants"});
    if (const auto format = r.string(*root, QString(), "format", Need::Required, 64);
        format && *format != kMasterDataFormat)
        r.error(QStringLiteral("format"),
                SamplingText::tr("must be \"%1\" (got \"%2\")").arg(kMasterDataFormat, *format));
    r.string(*root, QString(), "description", Need::Optional, 2000);

    MasterDataDocument doc;
    readList<NamedCountRule>(
        r, *root, "count_rules", limits.maxItems,
        [&](const QJsonObject& o, const QString& p) { return items.countRule(o, p); },
        [](const NamedCountRule& c) { return c.name; }, doc.countRules);
    readList<StateChart>(
        r, *root, "variant_rules", limits.maxItems,
        [&](const QJsonObject& o, const QString& p) { return items.variantRule(o, p); },
        [](const StateChart& c) { return c.name; }, doc.variantRules);
    readList<Product>(
        r, *root, "products", limits.maxItems,
        [&](const QJsonObject& o, const QString& p) { return items.product(o, p); },
        [](const Product& p) { return p.code; }, doc.products);
    readList<SamplingPlan>(
        r, *root, "plans", limits.maxItems,
        [&](const QJsonObject& o, const QString& p) { return items.plan(o, p); },
        [](const SamplingPlan& p) { return p.id; }, doc.plans);
    readList<Variant>(
        r, *root, "variants", limits.maxItems,
        [&](const QJsonObject& o, const QString& p) { return items.variant(o, p); },
        [](const Variant& v) { return v.id; }, doc.variants);
    if (r.issues().empty() && doc.empty())
        r.error(QString(), SamplingText::tr("the document holds no master data"));
    return finish(r, std::move(doc));
}

MasterDataParseResult MasterDataParser::parseSingle(EntityKind kind, QByteArrayView json,
                                                    const MasterDataLimits& limits) {
    MasterDataParseResult result;
    const auto root = readJsonObject(json, limits.maxBytes, limits.maxDepth, result.issues);
    if (!root)
        return result;
    Reader r(limits.maxIssues);
    ItemReader items(r, limits);
    MasterDataDocument doc;
    switch (kind) {
        case EntityKind::CountRule:
            if (auto v = items.countRule(*root, {}))
                doc.countRules.push_back({std::move(*v), {}});
            break;
        case EntityKind::VariantRule:
            if (auto v = items.variantRule(*root, {}))
                doc.variantRules.push_back({std::move(*v), {}});
            break;
        case EntityKind::Product:
            if (auto v = items.product(*root, {}))
                doc.products.push_back({std::move(*v), {}});
            break;
        case EntityKind::Plan:
            if (auto v = items.plan(*root, {}))
                doc.plans.push_back({std::move(*v), {}});
            break;
        case EntityKind::Variant:
            if (auto v = items.variant(*root, {}))
                doc.variants.push_back({std::move(*v), {}});
            break;
    }
    return finish(r, std::move(doc));
}

}  // namespace batch::sampling
