#include "sampling/StateChart.h"

#include "model/MbrReader.h"

#include <QJsonArray>
#include <QSet>

namespace batch::sampling {
namespace {

using model::detail::Need;
using model::detail::Reader;
using CK = Condition::Kind;

constexpr int kMaxStates = 12;
constexpr int kMaxTransitions = 60;

std::optional<Duration> readDuration(Reader& reader, const QJsonObject& o, const QString& path,
                                     const char* key, Need need) {
    const auto text = reader.string(o, path, key, need, 32);
    if (!text)
        return std::nullopt;
    const auto d = Duration::parse(*text);
    if (!d)
        reader.error(Reader::field(path, key),
                     SamplingText::tr("\"%1\" is not a duration such as \"P6M\", \"P12M\", "
                                      "\"P1Y\" or \"P180D\"")
                         .arg(*text));
    return d;
}

std::optional<ChartState> readState(Reader& reader, const QJsonObject& o, const QString& path) {
    reader.onlyKeys(o, path, {"name", "level", "full_testing"});
    const auto name = reader.string(o, path, "name", Need::Required, kMaxIdLength);
    const auto levelText = reader.string(o, path, "level", Need::Required, 16);
    ChartState s;
    bool ok = name && levelText;
    if (name && !isValidId(*name)) {
        reader.error(Reader::field(path, "name"),
                     SamplingText::tr("\"%1\" is not a valid state name (letters, digits, '.', "
                                      "'_', '-')")
                         .arg(*name));
        ok = false;
    }
    if (levelText) {
        const auto level = levelFromName(*levelText);
        if (!level) {
            reader.error(Reader::field(path, "level"),
                         SamplingText::tr("must be \"Full\", \"Reduced\" or \"Skip\""));
            ok = false;
        } else {
            s.level = *level;
        }
    }
    if (const auto ft = reader.object(o, path, "full_testing", Need::Optional)) {
        const QString at = Reader::field(path, "full_testing");
        reader.onlyKeys(*ft, at, {"every_nth_batch", "first_batch_of_year", "max_gap"});
        if (const auto n = reader.integer(*ft, at, "every_nth_batch", Need::Optional, 1, 1000))
            s.fullTesting.everyNthBatch = static_cast<int>(*n);
        if (const auto b = reader.boolean(*ft, at, "first_batch_of_year", Need::Optional))
            s.fullTesting.firstBatchOfYear = *b;
        s.fullTesting.maxGap = readDuration(reader, *ft, at, "max_gap", Need::Optional);
        if (ok && s.level == Level::Full) {
            reader.error(at, SamplingText::tr("only a state at Skip or Reduced can have a Full "
                                              "testing schedule"));
            ok = false;
        }
    }
    if (!ok)
        return std::nullopt;
    s.name = *name;
    return s;
}

std::optional<Condition> readCondition(Reader& reader, const QJsonObject& o, const QString& path) {
    reader.onlyKeys(o, path, {"accepted", "no_failure_for", "rejected", "within", "min_accepted"});
    QStringList forms;
    for (const char* k : {"accepted", "no_failure_for", "rejected"})
        if (o.contains(QLatin1String(k)))
            forms << QString::fromLatin1(k);
    if (forms.size() != 1) {
        reader.error(path, forms.isEmpty()
                               ? SamplingText::tr("needs one of \"accepted\", \"no_failure_for\" "
                                                  "or \"rejected\"")
                               : SamplingText::tr("has %1: a condition has exactly one of them")
                                     .arg(forms.join(QStringLiteral(", "))));
        return std::nullopt;
    }
    Condition c;
    const QString& form = forms.first();
    if (form == QLatin1String("no_failure_for")) {
        c.kind = CK::NoFailureFor;
        const auto period = readDuration(reader, o, path, "no_failure_for", Need::Required);
        if (o.contains(QLatin1String("within")))
            reader.error(Reader::field(path, "within"),
                         SamplingText::tr("\"within\" belongs to \"accepted\" and \"rejected\""));
        const auto min = reader.integer(o, path, "min_accepted", Need::Optional, 0, 1000);
        if (!period || o.contains(QLatin1String("within")))
            return std::nullopt;
        c.period = *period;
        c.minAccepted = min ? static_cast<int>(*min) : 0;
        return c;
    }
    c.kind = form == QLatin1String("accepted") ? CK::Accepted : CK::Rejected;
    const auto count =
        reader.integer(o, path, form.toLatin1().constData(), Need::Required, 1, 1000);
    if (o.contains(QLatin1String("min_accepted")))
        reader.error(Reader::field(path, "min_accepted"),
                     SamplingText::tr("\"min_accepted\" belongs to \"no_failure_for\""));
    c.within = readDuration(reader, o, path, "within", Need::Optional);
    if (!count || o.contains(QLatin1String("min_accepted")) ||
        (o.contains(QLatin1String("within")) && !c.within))
        return std::nullopt;
    c.count = static_cast<int>(*count);
    return c;
}

QJsonObject conditionJson(const Condition& c) {
    QJsonObject o;
    switch (c.kind) {
        case CK::Accepted:
            o.insert(QStringLiteral("accepted"), c.count);
            break;
        case CK::Rejected:
            o.insert(QStringLiteral("rejected"), c.count);
            break;
        case CK::NoFailureFor:
            o.insert(QStringLiteral("no_failure_for"), c.period.toString());
            if (c.minAccepted > 0)
                o.insert(QStringLiteral("min_accepted"), c.minAccepted);
            break;
    }
    if (c.within)
        o.insert(QStringLiteral("within"), c.within->toString());
    return o;
}

}  // namespace

QString Condition::describe() const {
    // Singular and plural spelled out: the CLI runs without a translation loaded.
    const auto lots = [](int n, bool accepted) {
        if (accepted)
            return n == 1 ? SamplingText::tr("1 accepted lot")
                          : SamplingText::tr("%1 accepted lots").arg(n);
        return n == 1 ? SamplingText::tr("1 rejected lot")
                      : SamplingText::tr("%1 rejected lots").arg(n);
    };
    switch (kind) {
        case CK::Accepted:
        case CK::Rejected: {
            const QString what = lots(count, kind == CK::Accepted);
            if (within)
                return SamplingText::tr("%1 within %2").arg(what, within->describe());
            return kind == CK::Accepted && count > 1 ? SamplingText::tr("%1 in a row").arg(what)
                                                     : what;
        }
        case CK::NoFailureFor:
            return minAccepted > 0
                       ? SamplingText::tr("%1 without a failure and at least %2")
                             .arg(period.describe(), lots(minAccepted, true))
                       : SamplingText::tr("%1 without a failure").arg(period.describe());
    }
    return {};
}

const ChartState* StateChart::state(const QString& stateName) const {
    for (const ChartState& s : states)
        if (s.name == stateName)
            return &s;
    return nullptr;
}

int StateChart::rank(const QString& stateName) const {
    for (std::size_t i = 0; i < states.size(); ++i)
        if (states[i].name == stateName)
            return static_cast<int>(i);
    return -1;
}

QJsonObject StateChart::toJson() const {
    QJsonArray stateList;
    for (const ChartState& s : states) {
        QJsonObject o{{QStringLiteral("name"), s.name},
                      {QStringLiteral("level"), levelName(s.level)}};
        if (s.fullTesting.any()) {
            QJsonObject ft;
            if (s.fullTesting.everyNthBatch > 0)
                ft.insert(QStringLiteral("every_nth_batch"), s.fullTesting.everyNthBatch);
            if (s.fullTesting.firstBatchOfYear)
                ft.insert(QStringLiteral("first_batch_of_year"), true);
            if (s.fullTesting.maxGap)
                ft.insert(QStringLiteral("max_gap"), s.fullTesting.maxGap->toString());
            o.insert(QStringLiteral("full_testing"), ft);
        }
        stateList.append(o);
    }
    QJsonArray moves;
    for (const ChartTransition& t : transitions) {
        QJsonObject o{{QStringLiteral("from"), t.from},
                      {QStringLiteral("to"), t.to},
                      {QStringLiteral("when"), conditionJson(t.when)}};
        if (t.approval)
            o.insert(QStringLiteral("approval"), true);
        moves.append(o);
    }
    QJsonObject o{{QStringLiteral("name"), name},
                  {QStringLiteral("initial"), initial},
                  {QStringLiteral("states"), stateList},
                  {QStringLiteral("transitions"), moves}};
    if (!description.isEmpty())
        o.insert(QStringLiteral("description"), description);
    return o;
}

StateChart StateChart::defaultChart(Level preferredLevel) {
    StateChart c;
    c.name = kDefaultChartName;
    c.description = SamplingText::tr(
        "UnQualified -> 3 accepted lots within 6 months -> Qualified -> 12 months without a "
        "failure -> Preferred (Full on every 10th lot, the first lot of a year and after 6 "
        "months without a lot); a rejected lot demotes one step.");
    c.initial = QStringLiteral("UnQualified");
    ChartState preferred{QStringLiteral("Preferred"), preferredLevel, {}};
    if (preferredLevel != Level::Full)
        preferred.fullTesting = {10, true, Duration{0, 6, 0}};
    c.states = {{QStringLiteral("UnQualified"), Level::Full, {}},
                {QStringLiteral("Qualified"), Level::Full, {}},
                preferred};
    Condition three{CK::Accepted, 3, Duration{0, 6, 0}, {}, 0};
    Condition year{CK::NoFailureFor, 1, std::nullopt, Duration{0, 12, 0}, 0};
    Condition failure{CK::Rejected, 1, std::nullopt, {}, 0};
    c.transitions = {
        {QStringLiteral("UnQualified"), QStringLiteral("Qualified"), three, true},
        {QStringLiteral("Qualified"), QStringLiteral("Preferred"), year, true},
        {QStringLiteral("Preferred"), QStringLiteral("Qualified"), failure, false},
        {QStringLiteral("Qualified"), QStringLiteral("UnQualified"), failure, false},
    };
    return c;
}

std::optional<StateChart> readStateChart(Reader& reader, const QJsonObject& o,
                                         const QString& path) {
    reader.onlyKeys(o, path, {"name", "description", "initial", "states", "transitions"});
    StateChart chart;
    bool ok = true;
    const auto name = reader.string(o, path, "name", Need::Required, kMaxIdLength);
    if (name && !isValidId(*name)) {
        reader.error(Reader::field(path, "name"),
                     SamplingText::tr("\"%1\" is not a valid rule name").arg(*name));
        ok = false;
    }
    if (name && *name == kDefaultChartName) {
        reader.error(Reader::field(path, "name"),
                     SamplingText::tr("\"default\" is the built-in rule and cannot be redefined"));
        ok = false;
    }
    if (const auto d = reader.string(o, path, "description", Need::Optional, 1000))
        chart.description = *d;
    const auto initial = reader.string(o, path, "initial", Need::Required, kMaxIdLength);
    ok = ok && name && initial;

    QSet<QString> names;
    const QString statesPath = Reader::field(path, "states");
    if (const auto list = reader.array(o, path, "states", Need::Required, 1, kMaxStates)) {
        for (qsizetype i = 0; i < list->size(); ++i) {
            const auto so = reader.objectAt(*list, statesPath, i);
            const auto s = so ? readState(reader, *so, Reader::index(statesPath, i)) : std::nullopt;
            if (!s) {
                ok = false;
                continue;
            }
            if (names.contains(s->name)) {
                reader.error(Reader::field(Reader::index(statesPath, i), "name"),
                             SamplingText::tr("duplicate state \"%1\"").arg(s->name));
                ok = false;
                continue;
            }
            names.insert(s->name);
            chart.states.push_back(*s);
        }
    } else {
        ok = false;
    }
    if (initial && !names.isEmpty() && !names.contains(*initial)) {
        reader.error(Reader::field(path, "initial"),
                     SamplingText::tr("\"%1\" is not one of the states").arg(*initial));
        ok = false;
    }

    const QString movesPath = Reader::field(path, "transitions");
    QSet<QString> pairs;
    if (const auto list =
            reader.array(o, path, "transitions", Need::Optional, 0, kMaxTransitions)) {
        for (qsizetype i = 0; i < list->size(); ++i) {
            const QString at = Reader::index(movesPath, i);
            const auto to = reader.objectAt(*list, movesPath, i);
            if (!to) {
                ok = false;
                continue;
            }
            reader.onlyKeys(*to, at, {"from", "to", "when", "approval"});
            ChartTransition t;
            const auto from = reader.string(*to, at, "from", Need::Required, kMaxIdLength);
            const auto dest = reader.string(*to, at, "to", Need::Required, kMaxIdLength);
            const auto when = reader.object(*to, at, "when", Need::Required);
            const auto approval = reader.boolean(*to, at, "approval", Need::Optional);
            const auto cond =
                when ? readCondition(reader, *when, Reader::field(at, "when")) : std::nullopt;
            if (!from || !dest || !cond) {
                ok = false;
                continue;
            }
            t.from = *from;
            t.to = *dest;
            t.when = *cond;
            t.approval = approval.value_or(false);
            bool good = true;
            for (const auto& [key, value] : {std::pair{"from", t.from}, std::pair{"to", t.to}}) {
                if (!names.contains(value)) {
                    reader.error(Reader::field(at, key),
                                 SamplingText::tr("\"%1\" is not one of the states").arg(value));
                    good = false;
                }
            }
            if (good && t.from == t.to) {
                reader.error(at, SamplingText::tr("a transition must change the state"));
                good = false;
            }
            if (good && pairs.contains(t.from + QLatin1Char('\n') + t.to)) {
                reader.error(
                    at, SamplingText::tr("a second transition from %1 to %2").arg(t.from, t.to));
                good = false;
            }
            if (good) {
                const bool promotion = chart.rank(t.to) > chart.rank(t.from);
                if (promotion && !t.approval) {
                    reader.error(Reader::field(at, "approval"),
                                 SamplingText::tr("%1 -> %2 is a promotion: it needs "
                                                  "\"approval\": true (a QA signature)")
                                     .arg(t.from, t.to));
                    good = false;
                } else if (!promotion && t.approval) {
                    reader.error(Reader::field(at, "approval"),
                                 SamplingText::tr("%1 -> %2 is a demotion: it takes effect at "
                                                  "once and cannot wait for an approval")
                                     .arg(t.from, t.to));
                    good = false;
                } else if (promotion && t.when.kind == CK::Rejected) {
                    reader.error(Reader::field(at, "when"),
                                 SamplingText::tr("a promotion cannot be earned by rejected lots"));
                    good = false;
                } else if (!promotion && t.when.kind != CK::Rejected) {
                    reader.error(Reader::field(at, "when"),
                                 SamplingText::tr("a demotion follows rejected lots (use "
                                                  "\"rejected\")"));
                    good = false;
                }
            }
            if (!good) {
                ok = false;
                continue;
            }
            pairs.insert(t.from + QLatin1Char('\n') + t.to);
            chart.transitions.push_back(t);
        }
    }
    if (!ok)
        return std::nullopt;
    chart.name = *name;
    chart.initial = *initial;
    return chart;
}

}  // namespace batch::sampling
