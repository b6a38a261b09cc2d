#include "sampling/Qualification.h"

#include <QDateTime>

#include <algorithm>

namespace batch::sampling {
namespace {

using CK = Condition::Kind;

struct Check {
    bool holds = false;
    QString reason;
    std::int64_t dueSinceMs = 0;
    QString progress;
};

// The lots dispositioned since the variant entered its state, in disposition order.
std::vector<const LotFact*> dispositionedSince(const VariantHistory& h) {
    std::vector<const LotFact*> out;
    for (const LotFact& l : h.lots)
        if (l.outcome && l.dispositionOrder > h.stateSinceOrder)
            out.push_back(&l);
    std::sort(out.begin(), out.end(), [](const LotFact* a, const LotFact* b) {
        return a->dispositionOrder < b->dispositionOrder;
    });
    return out;
}

QString lotList(const std::vector<const LotFact*>& lots, std::size_t from, std::size_t count) {
    QStringList ids;
    for (std::size_t i = from; i < from + count; ++i) ids << lots[i]->lotId;
    return ids.join(QStringLiteral(", "));
}

// Finds the earliest window of `count` lots of `lots` that lie within `within` of each
// other; `best` is the largest number of lots ending with the newest that fit one window.
Check windowCheck(const Condition& c, const std::vector<const LotFact*>& lots) {
    Check out;
    const auto fits = [&](const LotFact* first, const LotFact* last) {
        return !c.within || last->dispositionMs <= c.within->addTo(first->dispositionMs);
    };
    const auto n = static_cast<std::size_t>(c.count);
    for (std::size_t i = 0; i + n <= lots.size(); ++i) {
        if (fits(lots[i], lots[i + n - 1])) {
            out.holds = true;
            out.dueSinceMs = lots[i + n - 1]->dispositionMs;
            out.reason = QStringLiteral("%1 (%2)").arg(c.describe(), lotList(lots, i, n));
            return out;
        }
    }
    std::size_t best = 0;
    for (std::size_t j = 1; j <= lots.size(); ++j)
        if (fits(lots[lots.size() - j], lots.back()))
            best = j;
    out.progress = SamplingText::tr("%1 of %2").arg(best).arg(c.describe());
    return out;
}

Check checkCondition(const Condition& c, const VariantHistory& h, std::int64_t nowMs) {
    const std::vector<const LotFact*> done = dispositionedSince(h);
    switch (c.kind) {
        case CK::Accepted: {
            // Only an unbroken run counts: a rejection starts the count again.
            std::vector<const LotFact*> run;
            for (const LotFact* l : done) {
                if (*l->outcome == Outcome::Rejected)
                    run.clear();
                else
                    run.push_back(l);
            }
            return windowCheck(c, run);
        }
        case CK::Rejected: {
            std::vector<const LotFact*> rejected;
            for (const LotFact* l : done)
                if (*l->outcome == Outcome::Rejected)
                    rejected.push_back(l);
            return windowCheck(c, rejected);
        }
        case CK::NoFailureFor: {
            std::int64_t anchor = h.stateSinceMs;
            std::vector<const LotFact*> accepted;
            for (const LotFact* l : done) {
                if (*l->outcome == Outcome::Rejected) {
                    anchor = std::max(anchor, l->dispositionMs);
                    accepted.clear();
                } else {
                    accepted.push_back(l);
                }
            }
            Check out;
            const std::int64_t dueAt = c.period.addTo(anchor);
            const bool enough = static_cast<int>(accepted.size()) >= c.minAccepted;
            out.holds = nowMs >= dueAt && enough;
            out.dueSinceMs = dueAt;
            if (c.minAccepted > 0 && enough)
                out.dueSinceMs = std::max(
                    dueAt, accepted[static_cast<std::size_t>(c.minAccepted - 1)]->dispositionMs);
            out.reason = SamplingText::tr("%1 since %2 (reached %3)")
                             .arg(c.describe(), utcDate(anchor), utcDate(dueAt));
            out.progress = enough
                               ? SamplingText::tr("%1 from %2").arg(c.describe(), utcDate(dueAt))
                               : SamplingText::tr("%1 from %2, and %3 of %4 accepted lots so far")
                                     .arg(c.describe(), utcDate(dueAt))
                                     .arg(accepted.size())
                                     .arg(c.minAccepted);
            return out;
        }
    }
    return {};
}

int yearOf(std::int64_t ms) {
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).date().year();
}

}  // namespace

std::optional<DueTransition> dueTransition(const StateChart& chart, const VariantHistory& history,
                                           std::int64_t nowMs) {
    for (bool promotions : {false, true}) {
        if (promotions && history.wildcard())
            break;
        for (const ChartTransition& t : chart.transitions) {
            if (t.from != history.state || chart.isPromotion(t) != promotions)
                continue;
            const Check c = checkCondition(t.when, history, nowMs);
            if (c.holds)
                return DueTransition{t, c.reason, c.dueSinceMs};
        }
    }
    return std::nullopt;
}

QString promotionProgress(const StateChart& chart, const VariantHistory& history,
                          std::int64_t nowMs) {
    if (history.wildcard())
        return SamplingText::tr("wildcard variant (unknown supplier): never promoted");
    for (const ChartTransition& t : chart.transitions) {
        if (t.from != history.state || !chart.isPromotion(t))
            continue;
        const Check c = checkCondition(t.when, history, nowMs);
        return c.holds ? SamplingText::tr("%1 reached: %2 is due").arg(t.when.describe(), t.to)
                       : SamplingText::tr("%1 towards %2").arg(c.progress, t.to);
    }
    return {};
}

LevelDecision decideLevel(const StateChart& chart, const VariantHistory& history,
                          std::int64_t nowMs, const QString& pendingPromotion) {
    LevelDecision d;
    d.state = history.state;
    d.stateSinceMs = history.stateSinceMs;
    d.batchInState = 1;
    for (const LotFact& l : history.lots)
        if (l.createdOrder > history.stateSinceOrder)
            ++d.batchInState;

    const ChartState* st = chart.state(history.state);
    if (!st) {
        // A rule changed under a variant: test everything rather than guess.
        d.level = d.stateLevel = Level::Full;
        d.reasons << SamplingText::tr("State %1 is not in rule %2: Full testing.")
                         .arg(history.state, chart.name);
        d.summary =
            SamplingText::tr("%1 (unknown to rule %2); Full").arg(history.state, chart.name);
        return d;
    }
    d.level = d.stateLevel = st->level;
    const QString since = utcDate(history.stateSinceMs);
    d.reasons << SamplingText::tr("The variant is %1 since %2 (rule %3).")
                     .arg(history.state, since, chart.name);
    d.reasons << SamplingText::tr("%1 tests at level %2.").arg(history.state, levelName(st->level));

    QStringList notes;  // short forms for the summary line
    const FullTestingSchedule& ft = st->fullTesting;
    if (st->level != Level::Full && ft.any()) {
        QStringList fullBecause;
        if (ft.everyNthBatch > 0) {
            const int n = ft.everyNthBatch;
            const int pos = (d.batchInState - 1) % n + 1;
            if (pos == n) {
                fullBecause << SamplingText::tr("periodic Full at batch %1 of %1").arg(n);
                d.reasons << SamplingText::tr(
                                 "Full testing every %1th batch: this is batch %1 "
                                 "of %1 (batch %2 in %3).")
                                 .arg(n)
                                 .arg(d.batchInState)
                                 .arg(history.state);
            } else {
                notes << SamplingText::tr("batch %1 of %2, next Full at batch %2 of %2")
                             .arg(pos)
                             .arg(n);
                d.reasons << SamplingText::tr(
                                 "Batch %1 of %2 in the Full testing cycle; next "
                                 "Full at batch %2 of %2.")
                                 .arg(pos)
                                 .arg(n);
            }
        }
        if (ft.firstBatchOfYear) {
            const int year = yearOf(nowMs);
            const bool earlier =
                std::any_of(history.lots.begin(), history.lots.end(),
                            [&](const LotFact& l) { return yearOf(l.createdMs) == year; });
            if (!earlier) {
                fullBecause << SamplingText::tr("first batch of %1").arg(year);
                d.reasons << SamplingText::tr(
                                 "Full testing for the first batch of a calendar "
                                 "year: this is the first batch of %1.")
                                 .arg(year);
            }
        }
        if (ft.maxGap) {
            std::int64_t last = -1;
            for (const LotFact& l : history.lots) last = std::max(last, l.createdMs);
            if (last < 0) {
                fullBecause << SamplingText::tr("no previous batch");
                d.reasons << SamplingText::tr("Full testing: the variant has no previous batch.");
            } else if (nowMs > ft.maxGap->addTo(last)) {
                fullBecause << SamplingText::tr("last batch %1 is older than %2")
                                   .arg(utcDate(last), ft.maxGap->describe());
                d.reasons << SamplingText::tr(
                                 "Full testing after a gap: the previous batch "
                                 "(%1) is older than %2.")
                                 .arg(utcDate(last), ft.maxGap->describe());
            }
        }
        if (!fullBecause.isEmpty()) {
            d.level = Level::Full;
            d.periodicFull = true;
            notes.prepend(fullBecause.join(QStringLiteral(", ")));
        }
    }
    if (!pendingPromotion.isEmpty()) {
        notes << SamplingText::tr("promotion to %1 awaits QA approval").arg(pendingPromotion);
        d.reasons << SamplingText::tr(
                         "A promotion to %1 is due and awaits a QA approval "
                         "signature; until then the variant stays %2.")
                         .arg(pendingPromotion, history.state);
    } else if (const QString p = promotionProgress(chart, history, nowMs); !p.isEmpty()) {
        notes << p;
        d.reasons << SamplingText::tr("Next promotion: %1.").arg(p);
    }
    d.summary = QStringLiteral("%1; %2").arg(
        SamplingText::tr("%1 since %2").arg(history.state, since), levelName(d.level));
    if (!notes.isEmpty())
        d.summary += QStringLiteral("; ") + notes.join(QStringLiteral("; "));
    return d;
}

}  // namespace batch::sampling
