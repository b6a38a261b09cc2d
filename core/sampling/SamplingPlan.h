#pragma once

#include "sampling/CountRule.h"
#include "sampling/SamplingTypes.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace batch::sampling {

// Where samples are drawn and what is tested on them (docs/sampling.md §Sampling plans).
// The tests are codes of the product's specification, which supplies their limits.
struct SampleTemplate {
    QString source;                         // "top", "bottom", "composite", ...
    QString description;                    // optional: how to draw it
    CountRule count;                        // samples per lot at Full
    QStringList tests;                      // at Full, on every sample of this source
    QStringList reducedTests;               // at Reduced (a subset of tests; empty: no samples)
    std::optional<CountRule> reducedCount;  // at Reduced; default: count
    bool operator==(const SampleTemplate&) const = default;
};

struct SamplingPlan {
    QString id;
    QString name;
    QString product;  // product code: the plan's tests come from its specification
    std::vector<SampleTemplate> sources;

    QJsonObject toJson() const;
    bool operator==(const SamplingPlan&) const = default;
};

// What the plan asks of one lot.
struct PlannedSource {
    QString source;
    std::int64_t count = 0;
    QString countExplanation;  // "ceil(sqrt(N)) + 1 at N = 40 gives 8"
    QStringList tests;
};

struct PlannedSample {
    QString sampleId;  // "<source>-<n>", e.g. "top-1"
    QString source;
    QStringList tests;
};

struct SamplePlanResult {
    std::vector<PlannedSource> sources;
    std::vector<PlannedSample> samples;
    int testCount() const;
};

// The samples and tests of a lot of `size` units at `level`. Skip gives nothing; Reduced
// uses each source's reduced tests and count. Throws SamplingError from the count rules.
SamplePlanResult planSamples(const SamplingPlan& plan, Level level, std::int64_t size,
                             const CountRuleLookup& lookup);

}  // namespace batch::sampling
