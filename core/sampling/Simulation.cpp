#include "sampling/Simulation.h"

#include "model/MbrReader.h"
#include "record/Event.h"
#include "sampling/MasterDataParser.h"

#include <QDateTime>
#include <QJsonArray>

#include <algorithm>

namespace batch::sampling {
namespace {

using model::detail::Need;
using model::detail::Reader;

constexpr qsizetype kMaxScriptBytes = 1024 * 1024;
constexpr int kMaxBatches = 10'000;

std::optional<std::int64_t> parseWhen(const QString& text) {
    QDateTime t;
    if (text.size() == 10)
        t = QDateTime(QDate::fromString(text, Qt::ISODate), QTime(0, 0), Qt::UTC);
    else
        t = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!t.isValid() || t.date().year() < 1970 || t.date().year() > 9999)
        return std::nullopt;
    return t.toMSecsSinceEpoch();
}

std::optional<Outcome> parseOutcome(const QString& text) {
    if (text == QLatin1String("accepted") || text == QLatin1String("released"))
        return Outcome::Accepted;
    if (text == QLatin1String("rejected"))
        return Outcome::Rejected;
    return std::nullopt;
}

QString outcomeError() {
    return SamplingText::tr("must be \"accepted\" (or \"released\") or \"rejected\"");
}

// The simulated station: one history and the order counter its events would take.
class SimulatedVariant {
public:
    SimulatedVariant(const StateChart& chart, VariantHistory h, QString pending)
        : chart_(chart), h_(std::move(h)), pending_(std::move(pending)) {
        order_ = h_.stateSinceOrder;
        for (const LotFact& l : h_.lots)
            order_ = std::max({order_, l.createdOrder, l.dispositionOrder});
    }

    const VariantHistory& history() const { return h_; }
    const QString& pending() const { return pending_; }
    std::int64_t next() { return ++order_; }

    // What VariantStates::reevaluate does on a store.
    void evaluate(std::int64_t now, QStringList& changes) {
        for (int i = 0; i < 8; ++i) {
            const auto due = dueTransition(chart_, h_, now);
            if (!due)
                return;
            if (!due->transition.approval) {
                changes << SamplingText::tr("%1 -> %2 (%3)")
                               .arg(h_.state, due->transition.to, due->reason);
                enter(due->transition.to, now);
                continue;
            }
            if (pending_ != due->transition.to)
                changes << SamplingText::tr("promotion %1 -> %2 due (%3)")
                               .arg(h_.state, due->transition.to, due->reason);
            pending_ = due->transition.to;
            return;
        }
    }

    // What VariantStates::approve does: only if the promotion is still due.
    void approve(std::int64_t now, QStringList& changes) {
        if (pending_.isEmpty())
            return;
        const auto due = dueTransition(chart_, h_, now);
        if (due && due->transition.approval && due->transition.to == pending_) {
            changes << SamplingText::tr("%1 -> %2 approved").arg(h_.state, pending_);
            enter(pending_, now);
        }
    }

    void addLot(const QString& id, std::int64_t now) {
        h_.lots.push_back({id, now, next(), std::nullopt, 0, 0});
    }
    // The newest lot's disposition.
    void dispose(Outcome outcome, std::int64_t now) {
        LotFact& f = h_.lots.back();
        f.outcome = outcome;
        f.dispositionMs = now;
        f.dispositionOrder = next();
    }

private:
    void enter(const QString& state, std::int64_t now) {
        h_.state = state;
        h_.stateSinceMs = now;
        h_.stateSinceOrder = next();
        pending_.clear();
    }

    const StateChart& chart_;
    VariantHistory h_;
    QString pending_;
    std::int64_t order_ = 0;
};

}  // namespace

std::optional<OutcomeScript> parseOutcomeScript(QByteArrayView json, const ScriptDefaults& defaults,
                                                std::vector<Issue>* issues) {
    issues->clear();
    const auto fail = [&](const QString& path, const QString& message) {
        issues->push_back({path, message});
        return std::nullopt;
    };
    if (defaults.batches < 1 || defaults.batches > kMaxBatches)
        return fail(QStringLiteral("--batches"),
                    SamplingText::tr("must be between 1 and %1").arg(kMaxBatches));
    const auto object = readJsonObject(json, kMaxScriptBytes, 4, *issues);
    if (!object)
        return std::nullopt;
    const QJsonObject& root = *object;

    Reader r(50);
    r.onlyKeys(root, {},
               {"format", "description", "start", "every", "size", "default_outcome", "approvals",
                "lots"});
    if (const auto f = r.string(root, {}, "format", Need::Required, 64); f && *f != kOutcomesFormat)
        r.error(QStringLiteral("format"), SamplingText::tr("must be \"%1\"").arg(kOutcomesFormat));
    r.string(root, {}, "description", Need::Optional, 2000);
    std::int64_t at = defaults.startMs;
    if (const auto s = r.string(root, {}, "start", Need::Optional, 40)) {
        if (const auto ms = parseWhen(*s))
            at = *ms;
        else
            r.error(QStringLiteral("start"),
                    SamplingText::tr("\"%1\" is not a date (2026-01-05) or UTC time "
                                     "(2026-01-05T08:00:00Z)")
                        .arg(*s));
    }
    Duration every{0, 0, 7};
    if (const auto e = r.string(root, {}, "every", Need::Optional, 32)) {
        if (const auto d = Duration::parse(*e))
            every = *d;
        else
            r.error(QStringLiteral("every"),
                    SamplingText::tr("\"%1\" is not a duration such as \"P14D\"").arg(*e));
    }
    const auto size = r.integer(
        root, {}, "size", defaults.size > 0 ? Need::Optional : Need::Required, 1, kMaxLotSize);
    Outcome fallback = Outcome::Accepted;
    if (const auto d = r.string(root, {}, "default_outcome", Need::Optional, 16)) {
        if (const auto o = parseOutcome(*d))
            fallback = *o;
        else
            r.error(QStringLiteral("default_outcome"), outcomeError());
    }
    OutcomeScript script;
    if (const auto a = r.string(root, {}, "approvals", Need::Optional, 16)) {
        if (*a == QLatin1String("never"))
            script.approvePromotions = false;
        else if (*a != QLatin1String("immediate"))
            r.error(QStringLiteral("approvals"),
                    SamplingText::tr("must be \"immediate\" or \"never\""));
    }
    const std::int64_t baseSize = size.value_or(defaults.size);
    const auto list = r.array(root, {}, "lots", Need::Optional, 0, kMaxBatches);
    std::int64_t previous = -1;
    for (int i = 0; i < defaults.batches; ++i) {
        ScriptedLot lot{at, baseSize, fallback};
        if (previous >= 0)
            lot.ms = every.addTo(previous);
        if (list && i < list->size()) {
            const QString path = Reader::index(QStringLiteral("lots"), i);
            const QJsonValue v = list->at(i);
            if (v.isString()) {
                if (const auto o = parseOutcome(v.toString()))
                    lot.outcome = *o;
                else
                    r.error(path, outcomeError());
            } else if (v.isObject()) {
                const QJsonObject o = v.toObject();
                r.onlyKeys(o, path, {"outcome", "size", "date"});
                if (const auto text = r.string(o, path, "outcome", Need::Required, 16)) {
                    if (const auto out = parseOutcome(*text))
                        lot.outcome = *out;
                    else
                        r.error(Reader::field(path, "outcome"), outcomeError());
                }
                if (const auto n = r.integer(o, path, "size", Need::Optional, 1, kMaxLotSize))
                    lot.size = *n;
                if (const auto d = r.string(o, path, "date", Need::Optional, 40)) {
                    const auto ms = parseWhen(*d);
                    if (!ms)
                        r.error(Reader::field(path, "date"),
                                SamplingText::tr("\"%1\" is not a date").arg(*d));
                    else if (*ms < previous)
                        r.error(Reader::field(path, "date"),
                                SamplingText::tr("%1 is before the previous lot").arg(*d));
                    else
                        lot.ms = *ms;
                }
            } else {
                r.error(path, SamplingText::tr("must be an outcome or an object"));
            }
        }
        previous = lot.ms;
        script.lots.push_back(lot);
        if (r.full())
            break;
    }
    *issues = r.issues();
    if (!issues->empty())
        return std::nullopt;
    return script;
}

QJsonObject SimulationStep::toJson() const {
    return {{QStringLiteral("batch"), index},
            {QStringLiteral("date_utc"), record::formatUtcMillis(ms)},
            {QStringLiteral("size"), static_cast<qint64>(size)},
            {QStringLiteral("state"), state},
            {QStringLiteral("level"), levelName(level)},
            {QStringLiteral("samples"), samples},
            {QStringLiteral("tests"), tests},
            {QStringLiteral("summary"), summary},
            {QStringLiteral("outcome"), outcomeName(outcome)},
            {QStringLiteral("state_after"), stateAfter},
            {QStringLiteral("changes"), QJsonArray::fromStringList(changes)}};
}

std::vector<SimulationStep> simulate(const StateChart& chart, const SamplingPlan& plan,
                                     const CountRuleLookup& counts, VariantHistory start,
                                     QString pendingPromotion, const OutcomeScript& script) {
    SimulatedVariant v(chart, std::move(start), std::move(pendingPromotion));
    std::vector<SimulationStep> out;
    int index = 0;
    for (const ScriptedLot& lot : script.lots) {
        SimulationStep step;
        step.index = ++index;
        step.ms = lot.ms;
        step.size = lot.size;
        // Creation: what LotService::create does, then QA's approval of what it raised.
        v.evaluate(lot.ms, step.changes);
        const LevelDecision d = decideLevel(chart, v.history(), lot.ms, v.pending());
        const SamplePlanResult samples = planSamples(plan, d.level, lot.size, counts);
        step.state = d.state;
        step.level = d.level;
        step.summary = d.summary;
        step.samples = static_cast<int>(samples.samples.size());
        step.tests = samples.testCount();
        step.outcome = lot.outcome;
        const QString id = QStringLiteral("SIM-%1").arg(index, 4, 10, QLatin1Char('0'));
        v.addLot(id, lot.ms);
        if (script.approvePromotions)
            v.approve(lot.ms, step.changes);
        // Disposition: the outcome enters the history and the chart is evaluated again.
        v.dispose(lot.outcome, lot.ms);
        v.evaluate(lot.ms, step.changes);
        if (script.approvePromotions)
            v.approve(lot.ms, step.changes);
        step.stateAfter = v.history().state;
        out.push_back(step);
    }
    return out;
}

}  // namespace batch::sampling
