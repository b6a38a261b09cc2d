// `batchctl product|variant|plan|countrule|rule ...` and `batchctl sampling import|simulate`:
// sampling master data over sampling::MasterDataStore (docs/sampling.md, docs/cli.md).
// Inline options are turned into the same JSON a file holds and go through the same
// parser, so a command line and a file are checked alike.
#include "Commands.h"
#include "SamplingSupport.h"
#include "SignIn.h"

#include "sampling/MasterDataParser.h"
#include "sampling/Simulation.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>

namespace batch::cli {
namespace {

using namespace batch::sampling;
using security::Permission;

QByteArray fileOrInline(const Command& cmd, const QJsonObject& inlineObject, const QString& group) {
    const bool hasFile = cmd.isSet(s("file"));
    if (hasFile && !inlineObject.isEmpty())
        usageError(QStringLiteral("batchctl %1 add: give --file or the inline options, not both")
                       .arg(group));
    if (hasFile)
        return readInputFile(cmd.require(s("file")), s("file"));
    if (inlineObject.isEmpty())
        usageError(QStringLiteral("batchctl %1 add: give --file or the inline options (see "
                                  "--help)")
                       .arg(group));
    return QJsonDocument(inlineObject).toJson(QJsonDocument::Compact);
}

QJsonArray parseRangesOption(const QString& text) {
    QString error;
    const auto rows = rangesFromText(text, &error);
    if (!rows)
        usageError(QStringLiteral("--ranges: %1").arg(error));
    return *rows;
}

// "ID:conforms:Identification (IR);ASSAY:numeric:Assay:%:1:99.0:101.0"
QJsonArray parseTestsOption(const QString& text) {
    QJsonArray tests;
    const QStringList specs = text.split(QLatin1Char(';'), Qt::SkipEmptyParts);
    for (qsizetype i = 0; i < specs.size(); ++i) {
        const QStringList f = specs[i].split(QLatin1Char(':'));
        const auto field = [&](int n) { return f.value(n).trimmed(); };
        QJsonObject t{{s("code"), field(0)}, {s("type"), field(1)}, {s("name"), field(2)}};
        if (field(1) == QLatin1String("numeric")) {
            if (f.size() != 7)
                usageError(QStringLiteral("--tests: test %1 \"%2\" needs CODE:numeric:NAME:UNIT:"
                                          "DECIMALS:MIN:MAX (MIN or MAX may be empty)")
                               .arg(i + 1)
                               .arg(specs[i].trimmed()));
            t.insert(s("unit"), field(3));
            t.insert(s("decimals"), field(4).toInt());
            if (!field(5).isEmpty())
                t.insert(s("min"), field(5));
            if (!field(6).isEmpty())
                t.insert(s("max"), field(6));
        } else if (f.size() == 4) {
            t.insert(s("requirement"), field(3));
        } else if (f.size() != 3) {
            usageError(
                QStringLiteral("--tests: test %1 \"%2\" needs CODE:conforms:NAME[:REQUIREMENT] "
                               "or CODE:numeric:NAME:UNIT:DECIMALS:MIN:MAX")
                    .arg(i + 1)
                    .arg(specs[i].trimmed()));
        }
        tests.append(t);
    }
    return tests;
}

// What differs between the groups: the entity, the inline options and the table.
struct Group {
    EntityKind kind;
    QString name;         // "product"
    QString description;  // for --help
    std::function<void(Command&)> inlineOptions;
    std::function<QJsonObject(const Command&)> inlineObject;
};

void insertIfSet(const Command& cmd, QJsonObject& o, const char* option, const char* field) {
    if (cmd.isSet(s(option)))
        o.insert(s(field), cmd.value(s(option)));
}

Group productGroup() {
    return {EntityKind::Product, s("product"),
            s("Products with their specification (tests, units, limits)."),
            [](Command& c) {
                c.option(s("code"), s("Product code."), s("code"));
                c.option(s("name"), s("Product name."), s("text"));
                c.option(s("kind"), s("raw_material, intermediate or finished_good."), s("kind"));
                c.option(s("size-unit"), s("What a lot size counts (e.g. containers)."), s("unit"));
                c.option(s("tests"),
                         s("Tests separated by ';': CODE:conforms:NAME[:REQUIREMENT] or "
                           "CODE:numeric:NAME:UNIT:DECIMALS:MIN:MAX."),
                         s("specs"));
            },
            [](const Command& c) {
                QJsonObject o;
                insertIfSet(c, o, "code", "code");
                insertIfSet(c, o, "name", "name");
                insertIfSet(c, o, "kind", "kind");
                insertIfSet(c, o, "size-unit", "size_unit");
                if (c.isSet(s("tests")))
                    o.insert(s("tests"), parseTestsOption(c.value(s("tests"))));
                return o;
            }};
}

Group countRuleGroup() {
    return {
        EntityKind::CountRule, s("countrule"),
        s("Shared named count rules (how many samples a source takes from a lot of N)."),
        [](Command& c) {
            c.option(s("name"), s("Rule name."), s("name"));
            c.option(s("description"), s("What the rule is for."), s("text"));
            c.option(s("literal"), s("A fixed count."), s("n"));
            c.option(s("ranges"), s("A range table on N, e.g. 1-10:2,11-50:3,51+:5."), s("table"));
            c.option(s("expression"), s("An expression on N, e.g. 'ceil(sqrt(N))+1'."), s("expr"));
            c.option(s("rule"), s("Another named rule."), s("name"));
        },
        [](const Command& c) {
            QJsonObject o;
            insertIfSet(c, o, "name", "name");
            insertIfSet(c, o, "description", "description");
            QJsonObject rule;
            if (c.isSet(s("literal"))) {
                bool ok = false;
                const qlonglong n = c.value(s("literal")).toLongLong(&ok);
                if (!ok)
                    usageError(QStringLiteral("--literal needs a whole number, not '%1'")
                                   .arg(c.value(s("literal"))));
                rule.insert(s("literal"), n);
            }
            if (c.isSet(s("ranges")))
                rule.insert(s("ranges"), parseRangesOption(c.value(s("ranges"))));
            insertIfSet(c, rule, "expression", "expression");
            insertIfSet(c, rule, "rule", "rule");
            if (!rule.isEmpty())
                o.insert(s("rule"), rule);
            return o;
        }};
}

Group variantGroup() {
    return {EntityKind::Variant, s("variant"),
            s("Product variants: who supplies, manufactures or ships a product (no --org: the "
              "wildcard for unknown suppliers), with their rule, plan and qualification state."),
            [](Command& c) {
                c.option(s("id"), s("Variant id."), s("id"));
                c.option(s("product"), s("Product code."), s("code"));
                c.option(s("org"), s("Organisation (omit for the wildcard variant)."), s("name"));
                c.option(s("role"), s("supplier, manufacturer or shipper."), s("role"));
                c.option(s("rule"), s("Variant rule (default: default)."), s("name"));
                c.option(s("plan"), s("Sampling plan id."), s("id"));
            },
            [](const Command& c) {
                QJsonObject o;
                insertIfSet(c, o, "id", "id");
                insertIfSet(c, o, "product", "product");
                insertIfSet(c, o, "org", "organisation");
                insertIfSet(c, o, "role", "role");
                insertIfSet(c, o, "rule", "rule");
                insertIfSet(c, o, "plan", "plan");
                return o;
            }};
}

Group planGroup() {
    return {EntityKind::Plan,
            s("plan"),
            s("Sampling plans: sources, sample templates with tests, count rules, reduced tests."),
            {},
            {}};
}

Group ruleGroup() {
    return {EntityKind::VariantRule,
            s("rule"),
            s("Variant rules: the qualification state charts (the built-in one is 'default')."),
            {},
            {}};
}

int addItem(const Group& g, const QStringList& args) {
    Command cmd(g.name + s(" add"),
                QStringLiteral("Add a %1 from a JSON file (docs/sampling.md)%2. An id that "
                               "exists with different content needs --replace and --reason.")
                    .arg(g.name, g.inlineOptions ? s(" or from the options below") : QString()));
    addStoreOptions(cmd);
    addActingUserOptions(cmd, s("administrator"));
    cmd.option(s("file"), s("JSON file holding one object of this kind."), s("path"));
    if (g.inlineOptions)
        g.inlineOptions(cmd);
    cmd.flag(s("replace"), s("Replace an existing item with the same id."));
    cmd.option(s("reason"), s("Why (recorded; required with --replace)."), s("text"));
    if (!cmd.parse(args))
        return kExitOk;
    const StoreLocation where = storeLocation(cmd);
    const QByteArray json =
        fileOrInline(cmd, g.inlineObject ? g.inlineObject(cmd) : QJsonObject(), g.name);
    const MasterDataParseResult parsed = MasterDataParser::parseSingle(g.kind, json);
    if (!parsed.ok())
        failure(QStringLiteral("refused: the %1 has %2 problem(s):\n  %3")
                    .arg(g.name)
                    .arg(parsed.issues.size())
                    .arg(parsed.errorText().replace(QLatin1Char('\n'), s("\n  "))));
    const ActorOptions actor = actingUser(cmd);
    return withSampling(where, [&](Station& station) {
        const security::User user =
            signIn(station, actor.id, actor.password, Permission::ManageMasterData);
        for (const MasterDataChange& c : station.sampling().masterData().apply(
                 user, *parsed.document, cmd.isSet(s("replace")), cmd.value(s("reason"))))
            printOut(QStringLiteral("%1 %2 %3 (version %4)\n")
                         .arg(g.name, c.id,
                              c.action == MasterDataChange::Action::Added     ? s("added")
                              : c.action == MasterDataChange::Action::Updated ? s("updated")
                                                                              : s("unchanged"))
                         .arg(c.version));
        return int(kExitOk);
    });
}

QString organisationText(const Variant& v) {
    return v.wildcard() ? s("(wildcard)") : v.organisation;
}

QJsonObject variantJson(Station& station, const Variant& v) {
    QJsonObject o = v.toJson();
    if (const auto row = station.sampling().variants().row(v.id)) {
        o.insert(s("state"), row->state);
        o.insert(s("state_since_utc"), row->sinceUtc);
        if (!row->pendingTo.isEmpty())
            o.insert(s("pending_promotion"),
                     QJsonObject{{s("to"), row->pendingTo},
                                 {s("reason"), row->pendingReason},
                                 {s("since_utc"), row->pendingSinceUtc},
                                 {s("proposal_seq"), static_cast<qint64>(row->proposal.seq)}});
    }
    return o;
}

QString chartText(const StateChart& c) {
    QStringList states;
    for (const ChartState& st : c.states)
        states << QStringLiteral("%1(%2)").arg(st.name, levelName(st.level));
    return states.join(s(" > "));
}

int listItems(const Group& g, const QStringList& args) {
    Command cmd(g.name + s(" list"), QStringLiteral("List the %1 entries.").arg(g.name));
    addStoreOptions(cmd);
    cmd.flag(s("json"), s("Print a JSON array."));
    if (!cmd.parse(args))
        return kExitOk;
    const StoreLocation where = storeLocation(cmd);
    return withSampling(where, [&](Station& station) {
        const MasterDataSet set = station.sampling().masterData().load();
        QJsonArray array;
        QStringList headers;
        QList<QStringList> rows;
        switch (g.kind) {
            case EntityKind::Product:
                headers = {s("CODE"), s("KIND"), s("TESTS"), s("NAME")};
                for (const Product& p : set.products) {
                    array.append(p.toJson());
                    rows.append(
                        {p.code, productKindName(p.kind), QString::number(p.tests.size()), p.name});
                }
                break;
            case EntityKind::CountRule:
                headers = {s("NAME"), s("RULE")};
                for (const NamedCountRule& c : set.countRules) {
                    array.append(c.toJson());
                    rows.append({c.name, c.rule.describe()});
                }
                break;
            case EntityKind::Plan:
                headers = {s("PLAN"), s("PRODUCT"), s("SOURCES"), s("NAME")};
                for (const SamplingPlan& p : set.plans) {
                    array.append(p.toJson());
                    QStringList sources;
                    for (const SampleTemplate& t : p.sources) sources << t.source;
                    rows.append({p.id, p.product, sources.join(s(",")), p.name});
                }
                break;
            case EntityKind::VariantRule: {
                headers = {s("RULE"), s("INITIAL"), s("STATES")};
                QList<StateChart> charts{StateChart::defaultChart()};
                for (const StateChart& c : set.variantRules) charts << c;
                for (const StateChart& c : charts) {
                    array.append(c.toJson());
                    rows.append({c.name, c.initial, chartText(c)});
                }
                break;
            }
            case EntityKind::Variant:
                headers = {s("VARIANT"), s("PRODUCT"), s("ORGANISATION"),
                           s("RULE"),    s("PLAN"),    s("STATE")};
                for (const Variant& v : set.variants) {
                    const QJsonObject o = variantJson(station, v);
                    array.append(o);
                    QString state = o.value(s("state")).toString();
                    if (o.contains(s("pending_promotion")))
                        state += QStringLiteral(" (-> %1 awaits approval)")
                                     .arg(o.value(s("pending_promotion"))
                                              .toObject()
                                              .value(s("to"))
                                              .toString());
                    rows.append({v.id, v.product, organisationText(v), v.rule, v.plan, state});
                }
                break;
        }
        if (cmd.isSet(s("json")))
            printJson(QJsonDocument(array));
        else
            printOut(formatTable(headers, rows));
        return int(kExitOk);
    });
}

QString historyTable(const std::vector<VariantHistoryEntry>& entries) {
    QList<QStringList> rows;
    for (const VariantHistoryEntry& h : entries) {
        QString what = h.type == types::kMasterDataChanged ? h.reason
                       : h.type == types::kVariantPromotionProposed
                           ? QStringLiteral("promotion %1 -> %2 proposed: %3")
                                 .arg(h.fromState, h.toState, h.reason)
                           : QStringLiteral("%1 -> %2: %3").arg(h.fromState, h.toState, h.reason);
        if (!h.approvedBy.isEmpty())
            what += QStringLiteral(" (approved by %1)").arg(h.approvedBy);
        if (!h.trigger.isEmpty())
            what += QStringLiteral(" [%1]").arg(h.trigger);
        rows.append({h.tsUtc, h.userId, what});
    }
    return formatTable({s("TIME (UTC)"), s("USER"), s("WHAT")}, rows);
}

int showItem(const Group& g, const QStringList& args) {
    Command cmd(g.name + s(" show"),
                QStringLiteral("Show one %1 as JSON with its version.").arg(g.name));
    addStoreOptions(cmd);
    cmd.option(s("id"), QStringLiteral("The %1's id (code, name).").arg(g.name), s("id"), true);
    if (g.kind == EntityKind::CountRule || g.kind == EntityKind::Plan)
        cmd.option(s("size"), s("Also evaluate for a lot of this size."), s("n"));
    if (g.kind == EntityKind::Plan)
        cmd.option(s("level"), s("Level for --size: Full (default), Reduced or Skip."), s("level"));
    if (!cmd.parse(args))
        return kExitOk;
    const StoreLocation where = storeLocation(cmd);
    const QString id = cmd.require(s("id"));
    std::int64_t size = 0;
    if (cmd.isSet(s("size"))) {
        bool ok = false;
        size = cmd.value(s("size")).toLongLong(&ok);
        if (!ok || size < 1)
            usageError(QStringLiteral("--size needs a positive whole number, not '%1'")
                           .arg(cmd.value(s("size"))));
    }
    const bool withLevel = g.kind == EntityKind::Plan && cmd.isSet(s("level"));
    const auto level = levelFromName(withLevel ? cmd.value(s("level")) : s("Full"));
    if (!level)
        usageError(s("--level must be Full, Reduced or Skip"));
    return withSampling(where, [&](Station& station) {
        const MasterDataSet set = station.sampling().masterData().load();
        const auto notFound = [&] {
            failure(QStringLiteral("refused: there is no %1 \"%2\"").arg(g.name, id));
        };
        QJsonObject o;
        QString extra;
        switch (g.kind) {
            case EntityKind::Product:
                if (!set.products.contains(id))
                    notFound();
                o = set.products.value(id).toJson();
                break;
            case EntityKind::CountRule:
                if (!set.countRules.contains(id))
                    notFound();
                o = set.countRules.value(id).toJson();
                if (size > 0) {
                    const CountResult r =
                        evaluateCount(set.countRules.value(id).rule, size, set.countRuleLookup());
                    o.insert(s("evaluated"), QJsonObject{{s("size"), static_cast<qint64>(size)},
                                                         {s("count"), static_cast<qint64>(r.count)},
                                                         {s("explanation"), r.explanation}});
                }
                break;
            case EntityKind::Plan:
                if (!set.plans.contains(id))
                    notFound();
                o = set.plans.value(id).toJson();
                if (size > 0) {
                    const SamplePlanResult r =
                        planSamples(set.plans.value(id), *level, size, set.countRuleLookup());
                    QJsonArray sources;
                    for (const PlannedSource& ps : r.sources)
                        sources.append(
                            QJsonObject{{s("source"), ps.source},
                                        {s("count"), static_cast<qint64>(ps.count)},
                                        {s("explanation"), ps.countExplanation},
                                        {s("tests"), QJsonArray::fromStringList(ps.tests)}});
                    o.insert(s("evaluated"),
                             QJsonObject{{s("size"), static_cast<qint64>(size)},
                                         {s("level"), levelName(*level)},
                                         {s("samples"), static_cast<qint64>(r.samples.size())},
                                         {s("tests"), r.testCount()},
                                         {s("sources"), sources}});
                }
                break;
            case EntityKind::VariantRule: {
                const auto chart = set.variantRule(id);
                if (!chart)
                    notFound();
                o = chart->toJson();
                break;
            }
            case EntityKind::Variant:
                if (!set.variants.contains(id))
                    notFound();
                o = variantJson(station, set.variants.value(id));
                extra = historyTable(station.sampling().variants().historyOf(id));
                break;
        }
        if (const auto v = station.sampling().masterData().version(entityName(g.kind), id)) {
            o.insert(s("version"), v->version);
            o.insert(s("updated_by"), v->updatedBy);
            o.insert(s("updated_utc"), v->updatedUtc);
        }
        printJson(QJsonDocument(o));
        if (!extra.isEmpty())
            printOut(s("\nHistory:\n") + extra);
        return int(kExitOk);
    });
}

int approveVariant(const QStringList& args) {
    Command cmd(s("variant approve"),
                s("QA approves the pending promotion of a variant with an electronic signature "
                  "(meaning Approved) bound to the proposal."));
    addStoreOptions(cmd);
    addActingUserOptions(cmd, s("QA approver"));
    cmd.option(s("id"), s("Variant id."), s("id"), true);
    cmd.option(s("comment"), s("Shown with the signature."), s("text"));
    if (!cmd.parse(args))
        return kExitOk;
    const StoreLocation where = storeLocation(cmd);
    const QString id = cmd.require(s("id"));
    const ActorOptions qa = actingUser(cmd);
    return withSampling(where, [&](Station& station) {
        const MasterDataSet set = station.sampling().masterData().load();
        if (!set.variants.contains(id))
            failure(QStringLiteral("refused: there is no variant \"%1\"").arg(id));
        const Variant v = set.variants.value(id);
        const VariantStateRow row = station.sampling().variants().approve(
            v, *set.variantRule(v.rule), qa.id, qa.password, cmd.value(s("comment")));
        printOut(
            QStringLiteral("variant %1 is now %2 (since %3)\n").arg(id, row.state, row.sinceUtc));
        return int(kExitOk);
    });
}

int historyOfVariant(const QStringList& args) {
    Command cmd(s("variant history"), s("The states of a variant over time with their reasons."));
    addStoreOptions(cmd);
    cmd.option(s("id"), s("Variant id."), s("id"), true);
    cmd.flag(s("json"), s("Print a JSON array."));
    if (!cmd.parse(args))
        return kExitOk;
    const StoreLocation where = storeLocation(cmd);
    const QString id = cmd.require(s("id"));
    return withSampling(where, [&](Station& station) {
        const auto entries = station.sampling().variants().historyOf(id);
        if (entries.empty())
            failure(QStringLiteral("refused: there is no variant \"%1\"").arg(id));
        if (cmd.isSet(s("json"))) {
            QJsonArray array;
            for (const VariantHistoryEntry& h : entries)
                array.append(QJsonObject{{s("ts_utc"), h.tsUtc},
                                         {s("type"), h.type},
                                         {s("user_id"), h.userId},
                                         {s("old_state"), h.fromState},
                                         {s("new_state"), h.toState},
                                         {s("reason"), h.reason},
                                         {s("trigger"), h.trigger},
                                         {s("approved_by"), h.approvedBy},
                                         {s("seq"), static_cast<qint64>(h.seq)}});
            printJson(QJsonDocument(array));
        } else {
            printOut(historyTable(entries));
        }
        return int(kExitOk);
    });
}

std::vector<Subcommand> groupSubcommands(const Group& g) {
    return {{s("add"),
             g.inlineOptions ? QStringLiteral("Add a %1 (file or options)").arg(g.name)
                             : QStringLiteral("Add a %1 from a JSON file").arg(g.name),
             [g](const QStringList& a) { return addItem(g, a); }},
            {s("list"), QStringLiteral("List the %1 entries").arg(g.name),
             [g](const QStringList& a) { return listItems(g, a); }},
            {s("show"), QStringLiteral("Show one %1").arg(g.name),
             [g](const QStringList& a) { return showItem(g, a); }}};
}

int importMasterData(const QStringList& args) {
    Command cmd(s("sampling import"),
                s("Import a master data document (count rules, variant rules, products, plans, "
                  "variants; docs/sampling.md) in one transaction: all or nothing."));
    addStoreOptions(cmd);
    addActingUserOptions(cmd, s("administrator"));
    cmd.option(s("file"), s("The master data JSON file."), s("path"), true);
    cmd.flag(s("replace"), s("Replace items that exist with different content."));
    cmd.option(s("reason"), s("Why (recorded; required when something is replaced)."), s("text"));
    if (!cmd.parse(args))
        return kExitOk;
    const QByteArray json = readInputFile(cmd.require(s("file")), s("file"));
    const MasterDataParseResult parsed = MasterDataParser::parse(json);
    if (!parsed.ok())
        failure(QStringLiteral("refused: %1 has %2 problem(s):\n  %3")
                    .arg(cmd.value(s("file")))
                    .arg(parsed.issues.size())
                    .arg(parsed.errorText().replace(QLatin1Char('\n'), s("\n  "))));
    const StoreLocation where = storeLocation(cmd);
    const ActorOptions actor = actingUser(cmd);
    return withSampling(where, [&](Station& station) {
        const security::User user =
            signIn(station, actor.id, actor.password, Permission::ManageMasterData);
        int added = 0, updated = 0, unchanged = 0;
        for (const MasterDataChange& c : station.sampling().masterData().apply(
                 user, *parsed.document, cmd.isSet(s("replace")), cmd.value(s("reason")))) {
            (c.action == MasterDataChange::Action::Added     ? added
             : c.action == MasterDataChange::Action::Updated ? updated
                                                             : unchanged)++;
            if (c.action != MasterDataChange::Action::Unchanged)
                printOut(QStringLiteral("%1 %2 %3 (version %4)\n")
                             .arg(c.entity, c.id,
                                  c.action == MasterDataChange::Action::Added ? s("added")
                                                                              : s("updated"))
                             .arg(c.version));
        }
        printOut(QStringLiteral("%1 added, %2 updated, %3 unchanged\n")
                     .arg(added)
                     .arg(updated)
                     .arg(unchanged));
        return int(kExitOk);
    });
}

int simulateVariant(const QStringList& args) {
    Command cmd(s("sampling simulate"),
                s("What-if: the level and samples of the next N lots of a variant under an assumed "
                  "outcome history (docs/sampling.md §Simulation). Writes nothing."));
    addStoreOptions(cmd);
    cmd.option(s("variant"), s("Variant id."), s("id"), true);
    cmd.option(s("outcomes"), s("Outcomes file (JSON)."), s("path"), true);
    cmd.option(s("batches"), s("How many lots to simulate (1..10000)."), s("n"), true);
    cmd.flag(s("fresh"),
             s("Start as a new variant (initial state, no lots) instead of from its history."));
    cmd.flag(s("json"), s("Print a JSON array."));
    if (!cmd.parse(args))
        return kExitOk;
    bool ok = false;
    const int batches = cmd.require(s("batches")).toInt(&ok);
    if (!ok)
        usageError(QStringLiteral("--batches needs a whole number, not '%1'")
                       .arg(cmd.value(s("batches"))));
    const QByteArray outcomes = readInputFile(cmd.require(s("outcomes")), s("outcomes"), 1 << 20);
    const StoreLocation where = storeLocation(cmd);
    const QString id = cmd.require(s("variant"));
    return withSampling(where, [&](Station& station) {
        const MasterDataSet set = station.sampling().masterData().load();
        if (!set.variants.contains(id))
            failure(QStringLiteral("refused: there is no variant \"%1\"").arg(id));
        const Variant v = set.variants.value(id);
        const StateChart chart = *set.variantRule(v.rule);
        VariantHistory start;
        QString pending;
        if (cmd.isSet(s("fresh"))) {
            start.variantId = v.id;
            start.organisation = v.organisation;
            start.state = chart.initial;
        } else {
            start = VariantStates::history(station.db(), v);
            pending = station.sampling().variants().row(v.id)->pendingTo;
        }
        std::vector<Issue> issues;
        const auto script =
            parseOutcomeScript(outcomes, {batches, station.journal().nowMs(), 0}, &issues);
        if (!script) {
            QStringList lines;
            for (const Issue& i : issues) lines << i.toString();
            failure(QStringLiteral("refused: %1 has %2 problem(s):\n  %3")
                        .arg(cmd.value(s("outcomes")))
                        .arg(issues.size())
                        .arg(lines.join(s("\n  "))));
        }
        if (cmd.isSet(s("fresh")) && !script->lots.empty())
            start.stateSinceMs = script->lots.front().ms;
        const auto steps = simulate(chart, set.plans.value(v.plan), set.countRuleLookup(), start,
                                    pending, *script);
        if (cmd.isSet(s("json"))) {
            QJsonArray array;
            for (const SimulationStep& st : steps) array.append(st.toJson());
            printJson(QJsonDocument(array));
        } else {
            QList<QStringList> rows;
            for (const SimulationStep& st : steps)
                rows.append({QString::number(st.index), record::formatUtcMillis(st.ms).left(10),
                             QString::number(st.size), st.state, levelName(st.level),
                             QString::number(st.samples), QString::number(st.tests),
                             outcomeName(st.outcome), st.stateAfter, st.summary});
            printOut(formatTable({s("#"), s("DATE"), s("SIZE"), s("STATE"), s("LEVEL"),
                                  s("SAMPLES"), s("TESTS"), s("OUTCOME"), s("AFTER"), s("WHY")},
                                 rows));
        }
        return int(kExitOk);
    });
}

}  // namespace

QByteArray readInputFile(const QString& path, const QString& option, qint64 maxBytes) {
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        failure(QStringLiteral("cannot read --%1 %2: %3").arg(option, path, f.errorString()));
    if (f.size() > maxBytes)
        failure(QStringLiteral("--%1 %2 is too large (%3 bytes, at most %4)")
                    .arg(option, path)
                    .arg(f.size())
                    .arg(maxBytes));
    return f.read(maxBytes + 1);
}

security::User authenticated(Station& station, const ActorOptions& actor) {
    const security::AuthResult r =
        station.users().authenticate(actor.id, actor.password, security::AuthPurpose::Command);
    if (r.status == security::AuthStatus::MustChangePassword)
        failure(QStringLiteral("refused: user '%1' must change the temporary password first")
                    .arg(actor.id));
    if (!r.ok() || !r.user)
        failure(
            QStringLiteral("refused: authentication failed for '%1': %2").arg(actor.id, r.message));
    return *r.user;
}

void printJson(const QJsonDocument& doc) {
    printOut(QString::fromUtf8(doc.toJson(QJsonDocument::Indented)));
}

std::vector<Subcommand> lotSubcommands();  // LotCommands.cpp

std::vector<CommandGroup> samplingGroups() {
    auto variants = groupSubcommands(variantGroup());
    variants.push_back(
        {s("approve"), s("QA approves a pending promotion (signature)"), approveVariant});
    variants.push_back({s("history"), s("States over time with their reasons"), historyOfVariant});
    const auto describe = [](const Group& g) { return g.description; };
    return {
        {s("product"), describe(productGroup()), groupSubcommands(productGroup())},
        {s("variant"), describe(variantGroup()), variants},
        {s("plan"), describe(planGroup()), groupSubcommands(planGroup())},
        {s("countrule"), describe(countRuleGroup()), groupSubcommands(countRuleGroup())},
        {s("rule"), describe(ruleGroup()), groupSubcommands(ruleGroup())},
        {s("sampling"),
         s("Sampling master data import and what-if simulation."),
         {{s("import"), s("Import a master data document (all or nothing)"), importMasterData},
          {s("simulate"), s("What-if level sequence for the next N lots"), simulateVariant}}},
        {s("lot"), s("Lots: create (level and why), receive, results, disposition."),
         lotSubcommands()},
    };
}

}  // namespace batch::cli
