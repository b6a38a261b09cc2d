#include "sampling/SamplingPlan.h"

#include <QJsonArray>

namespace batch::sampling {

QJsonObject SamplingPlan::toJson() const {
    QJsonArray list;
    for (const SampleTemplate& s : sources) {
        QJsonObject o{
            {QStringLiteral("source"), s.source},
            {QStringLiteral("count"), s.count.toJson()},
            {QStringLiteral("tests"), QJsonArray::fromStringList(s.tests)},
            {QStringLiteral("reduced_tests"), QJsonArray::fromStringList(s.reducedTests)}};
        if (!s.description.isEmpty())
            o.insert(QStringLiteral("description"), s.description);
        if (s.reducedCount)
            o.insert(QStringLiteral("reduced_count"), s.reducedCount->toJson());
        list.append(o);
    }
    return {{QStringLiteral("id"), id},
            {QStringLiteral("name"), name},
            {QStringLiteral("product"), product},
            {QStringLiteral("sources"), list}};
}

int SamplePlanResult::testCount() const {
    int n = 0;
    for (const PlannedSample& s : samples) n += static_cast<int>(s.tests.size());
    return n;
}

SamplePlanResult planSamples(const SamplingPlan& plan, Level level, std::int64_t size,
                             const CountRuleLookup& lookup) {
    SamplePlanResult out;
    if (level == Level::Skip)
        return out;
    for (const SampleTemplate& t : plan.sources) {
        const bool reduced = level == Level::Reduced;
        PlannedSource ps;
        ps.source = t.source;
        ps.tests = reduced ? t.reducedTests : t.tests;
        if (ps.tests.isEmpty()) {
            ps.countExplanation = SamplingText::tr("no tests at level %1").arg(levelName(level));
            out.sources.push_back(ps);
            continue;
        }
        const CountRule& rule = reduced && t.reducedCount ? *t.reducedCount : t.count;
        try {
            const CountResult c = evaluateCount(rule, size, lookup);
            ps.count = c.count;
            ps.countExplanation = c.explanation;
        } catch (const SamplingError& e) {
            throw SamplingError(e.kind(), SamplingText::tr("Sampling plan %1, source %2: %3")
                                              .arg(plan.id, t.source, e.message()));
        }
        if (static_cast<std::int64_t>(out.samples.size()) + ps.count > kMaxSamplesPerLot)
            throw SamplingError(SamplingError::Kind::Invalid,
                                SamplingText::tr("Sampling plan %1 asks for more than %2 samples "
                                                 "from a lot of %3 (source %4 adds %5).")
                                    .arg(plan.id)
                                    .arg(kMaxSamplesPerLot)
                                    .arg(size)
                                    .arg(t.source)
                                    .arg(ps.count));
        for (std::int64_t i = 1; i <= ps.count; ++i)
            out.samples.push_back(
                {QStringLiteral("%1-%2").arg(t.source).arg(i), t.source, ps.tests});
        out.sources.push_back(ps);
    }
    return out;
}

}  // namespace batch::sampling
