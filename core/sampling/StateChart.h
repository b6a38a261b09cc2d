#pragma once

#include "sampling/CountRule.h"
#include "sampling/Duration.h"
#include "sampling/SamplingTypes.h"

#include <QJsonObject>
#include <QString>

#include <optional>
#include <vector>

namespace batch::sampling {

// When a state whose level is Skip or Reduced still tests a lot in Full. Any one of the
// set conditions is enough.
struct FullTestingSchedule {
    int everyNthBatch = 0;           // 10: lots 10, 20, 30, ... since the state was entered
    bool firstBatchOfYear = false;   // the variant's first lot of a calendar year (UTC)
    std::optional<Duration> maxGap;  // the variant's previous lot is older than this
    bool any() const { return everyNthBatch > 0 || firstBatchOfYear || maxGap.has_value(); }
    bool operator==(const FullTestingSchedule&) const = default;
};

struct ChartState {
    QString name;
    Level level = Level::Full;
    FullTestingSchedule fullTesting;
    bool operator==(const ChartState&) const = default;
};

// What must have happened since the variant entered its current state.
//  accepted      `count` consecutive accepted lots (no rejection in between) whose
//                dispositions lie within `within` of each other (no within: any time)
//  no_failure_for  `period` has passed since the state was entered or the last rejection,
//                whichever is later, with at least `minAccepted` accepted lots in it
//  rejected      `count` rejected lots, within `within` of each other (no within: any)
struct Condition {
    enum class Kind { Accepted, NoFailureFor, Rejected };
    Kind kind = Kind::Accepted;
    int count = 1;
    std::optional<Duration> within;
    Duration period;
    int minAccepted = 0;

    QString describe() const;  // "3 accepted lots within 6 months", ...
    bool operator==(const Condition&) const = default;
};

// A move between two states. The states are listed from least to most trusted, so a
// transition to a later state is a promotion (it needs a QA approval signature) and one
// to an earlier state a demotion (it takes effect at once).
struct ChartTransition {
    QString from;
    QString to;
    Condition when;
    bool approval = false;
    bool operator==(const ChartTransition&) const = default;
};

// A variant rule: a configurable state chart (docs/sampling.md §Variant rules).
struct StateChart {
    QString name;
    QString description;
    QString initial;
    std::vector<ChartState> states;
    std::vector<ChartTransition> transitions;

    const ChartState* state(const QString& name) const;
    int rank(const QString& name) const;  // position in `states`, -1 when unknown
    bool isPromotion(const ChartTransition& t) const { return rank(t.to) > rank(t.from); }
    QJsonObject toJson() const;
    bool operator==(const StateChart&) const = default;

    // The built-in rule "default": UnQualified (Full) -> 3 accepted lots within 6 months
    // -> Qualified (Full) -> 12 months without failure -> Preferred (`preferredLevel`,
    // Full on every 10th lot, the first lot of a year and after a gap of 6 months); a
    // rejected lot demotes Preferred -> Qualified and Qualified -> UnQualified.
    static StateChart defaultChart(Level preferredLevel = Level::Skip);
};

inline const QString kDefaultChartName = QStringLiteral("default");

// Reads and checks a state chart at `path`: unique state names, a known initial state,
// known transition ends, promotions with approval and good-history conditions only,
// demotions without approval and on rejections only, at most one transition per pair.
std::optional<StateChart> readStateChart(model::detail::Reader& reader, const QJsonObject& o,
                                         const QString& path);

}  // namespace batch::sampling
