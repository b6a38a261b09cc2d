#include "sampling/Lot.h"

#include "record/Event.h"
#include "sampling/SamplingLog.h"

#include <QJsonArray>

#include <algorithm>

namespace batch::sampling {
namespace {

using detail::key;

}  // namespace

int Lot::resultCount() const {
    return static_cast<int>(
        std::count_if(tests.begin(), tests.end(), [](const LotTest& t) { return t.hasResult; }));
}

int Lot::outOfSpecificationCount() const {
    return static_cast<int>(std::count_if(tests.begin(), tests.end(), [](const LotTest& t) {
        return t.hasResult && t.outOfSpecification;
    }));
}

QStringList Lot::reasons() const {
    QStringList out;
    for (const QJsonValue& v : decision.value(key("reasons")).toArray()) out << v.toString();
    return out;
}

QJsonObject Lot::toJson() const {
    QJsonArray tests;
    for (const LotTest& t : this->tests) {
        QJsonObject o{{key("sample_id"), t.sampleId},
                      {key("source"), t.source},
                      {key("test"), t.testCode},
                      {key("name"), t.spec.name},
                      {key("specification"), t.spec.describe()},
                      {key("unit"), t.spec.unit},
                      {key("has_result"), t.hasResult}};
        if (t.hasResult) {
            o.insert(key("value"), t.value);
            o.insert(key("reported"), t.reported);
            o.insert(key("out_of_specification"), t.outOfSpecification);
            o.insert(key("entered_by"), t.enteredBy);
            o.insert(key("entered_utc"), t.enteredUtc);
        }
        tests.append(o);
    }
    QJsonObject o{{key("lot_id"), lotId},
                  {key("product"), product},
                  {key("variant_id"), variantId},
                  {key("organisation"), organisation},
                  {key("size"), static_cast<qint64>(size)},
                  {key("level"), levelName(level)},
                  {key("status"), lotStatusName(status)},
                  {key("state_at_creation"), stateAtCreation},
                  {key("summary"), summary},
                  {key("reasons"), QJsonArray::fromStringList(reasons())},
                  {key("samples"), decision.value(key("samples"))},
                  {key("sources"), decision.value(key("sources"))},
                  {key("created_by"), createdBy},
                  {key("created_utc"), createdUtc},
                  {key("tests"), tests},
                  {key("results"), resultCount()},
                  {key("out_of_specification"), outOfSpecificationCount()}};
    for (const auto& [k, v] :
         {std::pair{"received_utc", receivedUtc}, std::pair{"active_utc", activeUtc},
          std::pair{"pending_release_utc", pendingUtc}, std::pair{"disposition", disposition},
          std::pair{"disposition_by", dispositionBy}, std::pair{"disposition_utc", dispositionUtc}})
        if (!v.isEmpty())
            o.insert(key(k), v);
    return o;
}

QJsonObject LotDecision::toJson() const {
    QJsonArray sourceList;
    for (const PlannedSource& s : samples.sources)
        sourceList.append(QJsonObject{{key("source"), s.source},
                                      {key("count"), static_cast<qint64>(s.count)},
                                      {key("count_explanation"), s.countExplanation},
                                      {key("tests"), QJsonArray::fromStringList(s.tests)}});
    QJsonArray sampleList;
    for (const PlannedSample& s : samples.samples)
        sampleList.append(QJsonObject{{key("sample_id"), s.sampleId},
                                      {key("source"), s.source},
                                      {key("tests"), QJsonArray::fromStringList(s.tests)}});
    QJsonObject o{{key("product"), product.code},
                  {key("product_name"), product.name},
                  {key("product_kind"), productKindName(product.kind)},
                  {key("size_unit"), product.sizeUnit},
                  {key("variant_id"), variant.id},
                  {key("organisation"), organisation},
                  {key("wildcard_variant"), variant.wildcard()},
                  {key("size"), static_cast<qint64>(size)},
                  {key("state"), level.state},
                  {key("state_since_utc"), record::formatUtcMillis(level.stateSinceMs)},
                  {key("state_level"), levelName(level.stateLevel)},
                  {key("level"), levelName(level.level)},
                  {key("batch_in_state"), level.batchInState},
                  {key("periodic_full"), level.periodicFull},
                  {key("summary"), level.summary},
                  {key("reasons"), QJsonArray::fromStringList(reasons)},
                  {key("rule"), chart.name},
                  {key("plan"), plan.id},
                  {key("sources"), sourceList},
                  {key("samples"), sampleList},
                  {key("sample_count"), static_cast<qint64>(samples.samples.size())},
                  {key("test_count"), samples.testCount()}};
    if (!pendingPromotion.isEmpty())
        o.insert(key("pending_promotion"), pendingPromotion);
    return o;
}

}  // namespace batch::sampling
