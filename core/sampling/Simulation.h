#pragma once

#include "sampling/CountRule.h"
#include "sampling/Qualification.h"
#include "sampling/SamplingPlan.h"
#include "sampling/StateChart.h"

#include <QByteArrayView>
#include <QJsonObject>
#include <QString>

#include <optional>
#include <vector>

namespace batch::sampling {

// An assumed future for a what-if simulation (docs/sampling.md §Simulation): when each
// lot arrives, how large it is and whether it will be accepted.
struct ScriptedLot {
    std::int64_t ms = 0;
    std::int64_t size = 1;
    Outcome outcome = Outcome::Accepted;
};

struct OutcomeScript {
    std::vector<ScriptedLot> lots;  // exactly the number of batches simulated
    bool approvePromotions = true;  // QA approves a due promotion at once ("immediate")
};

struct ScriptDefaults {
    int batches = 10;          // how many lots to simulate (1..10000)
    std::int64_t startMs = 0;  // when the file names no "start"
    std::int64_t size = 0;     // when the file names no "size" (0: the file must)
};

// Reads an outcomes file:
//   {"format": "batchstation-sampling-outcomes/1", "start": "2026-01-05", "every": "P14D",
//    "size": 40, "default_outcome": "accepted", "approvals": "immediate",
//    "lots": ["accepted", "rejected", {"outcome": "accepted", "size": 120, "date": "2026-05-01"}]}
// Lots beyond the list take default_outcome; a lot without a date comes `every` after the
// previous one. Every problem is returned with its JSON path.
std::optional<OutcomeScript> parseOutcomeScript(QByteArrayView json, const ScriptDefaults& defaults,
                                                std::vector<Issue>* issues);

struct SimulationStep {
    int index = 0;  // 1-based
    std::int64_t ms = 0;
    std::int64_t size = 0;
    QString state;  // when the lot was created
    Level level = Level::Full;
    int samples = 0;
    int tests = 0;
    QString summary;
    Outcome outcome = Outcome::Accepted;
    QString stateAfter;   // after its disposition (and any approval)
    QStringList changes;  // state changes and proposals this lot caused
    QJsonObject toJson() const;
};

// Runs the script from `start` (a variant's present history, or a new variant) through
// the same decisions a station makes: at each lot's creation and disposition demotions
// apply at once and due promotions are proposed; with approvePromotions QA signs each
// proposal right after the lot that raised it, so it changes the level from the next lot on.
std::vector<SimulationStep> simulate(const StateChart& chart, const SamplingPlan& plan,
                                     const CountRuleLookup& counts, VariantHistory start,
                                     QString pendingPromotion, const OutcomeScript& script);

inline const QString kOutcomesFormat = QStringLiteral("batchstation-sampling-outcomes/1");

}  // namespace batch::sampling
