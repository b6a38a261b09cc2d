#pragma once

#include "model/MbrParser.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>

#include <cstdint>
#include <functional>
#include <optional>
#include <vector>

namespace batch::model::detail {
class Reader;
}

namespace batch::sampling {

// A problem in sampling master data: the JSON path of the offending value and what is
// wrong with it (the same shape as a master batch record's issues).
using Issue = model::MbrIssue;

// One row of a range table: lot sizes min..max (inclusive; no max = and above).
struct CountRange {
    std::int64_t min = 1;
    std::optional<std::int64_t> max;
    std::int64_t count = 0;
    bool operator==(const CountRange&) const = default;
};

// How many samples a source takes from a lot of N units (docs/sampling.md §Count rules):
//   {"literal": 3}
//   {"ranges": [{"min": 1, "max": 10, "count": 2}, {"min": 11, "count": 3}]}
//   {"expression": "ceil(sqrt(N)) + 1"}
//   {"rule": "sqrt-plus-one"}          (a shared named count rule)
struct CountRule {
    enum class Kind { Literal, Ranges, Expression, Reference };
    Kind kind = Kind::Literal;
    std::int64_t literal = 0;
    std::vector<CountRange> ranges;
    QString expression;
    QString reference;

    QJsonObject toJson() const;
    QString describe() const;  // "3", "1-10: 2; 11+: 3", "ceil(sqrt(N)) + 1", "rule X"
    bool operator==(const CountRule&) const = default;
};

// The compact text form of a range table, as CountRule::describe() writes it and the CLI
// and the plan editor take it: "1-10: 2; 11-100: 3; 101+: 5" (',' separates rows too).
// Returns the JSON rows for readCountRule (which checks gaps and overlaps), or nullopt
// with *error naming the row that is not MIN-MAX: COUNT or MIN+: COUNT.
std::optional<QJsonArray> rangesFromText(const QString& text, QString* error);

// Looks a shared named count rule up (nullptr when unknown).
using CountRuleLookup = std::function<const CountRule*(const QString& name)>;

// Reads and checks a count rule at `path`: exactly one of the four forms, literal counts
// 0..kMaxSamplesPerSource, range tables that start at 1, have neither gaps nor overlaps
// and end open-ended, expressions that compile and give a whole, non-negative number for
// every lot size 1..1000 (and a few larger ones). References are only checked for their
// form here: resolve them with checkReferences().
std::optional<CountRule> readCountRule(model::detail::Reader& reader, const QJsonValue& value,
                                       const QString& path);
// The same for one rule on its own; every problem is returned.
std::optional<CountRule> parseCountRule(const QJsonValue& value, std::vector<Issue>* issues,
                                        const QString& path = QStringLiteral("rule"));

// Follows the references of `rule` (defined as `name`, empty for an inline rule) and
// returns a message for an unknown name or a cycle ("a -> b -> a"), empty when fine.
QString checkReferences(const QString& name, const CountRule& rule, const CountRuleLookup& lookup);

// The sample count for lot size n with how it came about ("ceil(sqrt(N)) + 1 at N = 40
// gives 8"). Throws SamplingError(Invalid) for NaN, negative, fractional or too large
// results, unknown names and cycles, naming the rule.
struct CountResult {
    std::int64_t count = 0;
    QString explanation;
};
CountResult evaluateCount(const CountRule& rule, std::int64_t n, const CountRuleLookup& lookup);

}  // namespace batch::sampling
