#pragma once

#include "mva/BatchEvolution.h"

#include <QString>

#include <array>
#include <optional>
#include <string>
#include <vector>

namespace batch::mva {

// Which statistic an MVA alarm watches (docs/mva.md §19). One alarm per condition:
// (statistic, component) — a score alarm per component, one each for T2, SPE and DModX.
enum class AlarmStatistic { T2, Spe, DModX, Score };
QString alarmStatisticName(AlarmStatistic s);  // "t2", "spe", "dmodx", "score" (in the record)
std::optional<AlarmStatistic> alarmStatisticFromName(const QString& name);

struct AlarmCondition {
    AlarmStatistic statistic = AlarmStatistic::Spe;
    int component = 0;  // 1-based for Score, 0 otherwise
    bool operator==(const AlarmCondition&) const = default;
    QString key() const;  // "spe", "score:2"
};

struct AlarmConfig {
    int consecutive = 3;       // points beyond the 99 % limit that raise the alarm
    int clearConsecutive = 3;  // points back inside that clear it
    bool t2 = true, spe = true, dmodx = false, scores = true;
    int topContributors = 3;
};

// A variable named in an alarm: its contribution and its direction against the average
// batch at that maturity ("high" / "low").
struct Contributor {
    std::string variable;
    double contribution = 0;
    bool high = true;
};

// Human words for a contributor list: "product temperature low, spray rate high".
// Variable names are turned into words by replacing '_' with blanks.
QString contributorWords(const std::vector<Contributor>& c);

// A condition starting or ending, decided from the stream of scored points.
struct AlarmChange {
    enum class Kind { Raised, Cleared };
    Kind kind = Kind::Raised;
    AlarmCondition condition;
    double maturity = 0;
    double value = 0;  // the statistic (normalised: value / limit for Score bands)
    double limit = 0;
    std::vector<Contributor> contributors;  // Raised only, largest first
    QString message;                        // "SPE above its 99 % limit at minute 22.5: ..."
};

// The decision logic only (no persistence): counts consecutive points beyond each
// condition's 99 % limit, raises once per condition and clears once the statistic has
// been back inside for clearConsecutive points. A point that could not be scored neither
// extends nor breaks a run.
class AlarmDetector {
public:
    AlarmDetector(const BatchEvolutionModel& model, AlarmConfig config = {});

    // Decisions for one point (usually none).
    std::vector<AlarmChange> feed(const BemPoint& point);
    bool active(const AlarmCondition& c) const;
    const AlarmConfig& config() const { return config_; }

    // The top contributors of a point for one condition (exposed for charts and tests).
    std::vector<Contributor> contributors(const BemPoint& point, const AlarmCondition& c) const;

private:
    struct Track {
        AlarmCondition condition;
        int over = 0, under = 0;
        bool active = false;
    };
    const BatchEvolutionModel& model_;
    AlarmConfig config_;
    std::vector<Track> tracks_;
    std::string maturityName_;
};

}  // namespace batch::mva
