#pragma once

#include "sampling/StateChart.h"

#include <QString>
#include <QStringList>

#include <cstdint>
#include <optional>
#include <vector>

namespace batch::sampling {

// One lot of a variant as the state chart sees it. `order` values come from one
// increasing counter shared with VariantHistory::stateSinceOrder (the event seq in a
// store, a step counter in a simulation), so "after the state was entered" never depends
// on two things happening in the same millisecond.
struct LotFact {
    QString lotId;
    std::int64_t createdMs = 0;
    std::int64_t createdOrder = 0;
    std::optional<Outcome> outcome;  // set once dispositioned
    std::int64_t dispositionMs = 0;
    std::int64_t dispositionOrder = 0;
};

struct VariantHistory {
    QString variantId;
    QString organisation;  // empty for the wildcard variant
    QString state;
    std::int64_t stateSinceMs = 0;
    std::int64_t stateSinceOrder = 0;
    std::vector<LotFact> lots;  // every lot of the variant, in creation order
    bool wildcard() const { return organisation.isEmpty(); }
};

// A transition whose condition holds now.
struct DueTransition {
    ChartTransition transition;
    QString reason;  // "3 accepted lots within 6 months (L-1, L-2, L-3)"
    std::int64_t dueSinceMs = 0;
};

// The first demotion whose condition holds, else the first promotion (never for the
// wildcard variant: it stands for suppliers nobody has qualified).
std::optional<DueTransition> dueTransition(const StateChart& chart, const VariantHistory& history,
                                           std::int64_t nowMs);

// How far the variant is from its next promotion, in words ("2 of 3 accepted lots within
// 6 months towards Qualified"); empty when no promotion leaves the current state.
QString promotionProgress(const StateChart& chart, const VariantHistory& history,
                          std::int64_t nowMs);

// The testing level of the next lot and why.
struct LevelDecision {
    QString state;
    std::int64_t stateSinceMs = 0;
    Level stateLevel = Level::Full;  // the level of the state
    Level level = Level::Full;       // the level this lot gets
    int batchInState = 0;            // this lot's number since the state was entered
    bool periodicFull = false;       // Full because of the state's Full testing schedule
    QString summary;      // "Preferred since 2026-03-01; Skip; next Full at batch 10 of 10"
    QStringList reasons;  // every consideration, one sentence each
};

// Decides the level of a lot created now. `pendingPromotion` (if any) is only mentioned:
// a promotion changes the level from the lot after its approval on.
LevelDecision decideLevel(const StateChart& chart, const VariantHistory& history,
                          std::int64_t nowMs, const QString& pendingPromotion = {});

}  // namespace batch::sampling
