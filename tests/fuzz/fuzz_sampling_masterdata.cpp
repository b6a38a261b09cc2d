// libFuzzer target for the sampling master data parser (sampling/MasterDataParser.h) and
// the what-if outcomes file (sampling/Simulation.h). The first byte picks the input kind
// (a whole document, one of the five single entities, or an outcomes file); whatever the
// rest, the parser must return either a document or a non-empty list of issues with
// messages. An accepted document must keep its promises: every item's stored form
// (toJson) parses again to an equal item, the cross check runs, and every plan's count
// rules either give a count within bounds or are refused with a SamplingError.
#include "sampling/MasterDataParser.h"
#include "sampling/Simulation.h"

#include <QJsonDocument>

#include <cstdint>
#include <cstdio>
#include <cstdlib>

using namespace batch::sampling;

namespace {

[[noreturn]] void finding(const char* what, QByteArrayView input) {
    std::fprintf(stderr, "fuzz_sampling_masterdata: %s\n  input (%lld bytes): %.*s\n", what,
                 static_cast<long long>(input.size()), static_cast<int>(input.size()),
                 input.data());
    std::abort();
}

template <typename T>
void roundTrip(EntityKind kind, const T& item, QByteArrayView input,
               const std::vector<Located<T>>& (*pick)(const MasterDataDocument&)) {
    const MasterDataParseResult again =
        MasterDataParser::parseSingle(kind, QJsonDocument(item.toJson()).toJson());
    if (!again.ok() || pick(*again.document).size() != 1 ||
        !(pick(*again.document).front().value == item))
        finding("an accepted item does not parse back from its stored form", input);
}

void checkAccepted(const MasterDataDocument& doc, QByteArrayView input) {
    for (const auto& l : doc.countRules)
        roundTrip<NamedCountRule>(
            EntityKind::CountRule, l.value, input,
            [](const MasterDataDocument& d) -> const auto& { return d.countRules; });
    for (const auto& l : doc.variantRules)
        roundTrip<StateChart>(
            EntityKind::VariantRule, l.value, input,
            [](const MasterDataDocument& d) -> const auto& { return d.variantRules; });
    for (const auto& l : doc.products)
        roundTrip<Product>(
            EntityKind::Product, l.value, input,
            [](const MasterDataDocument& d) -> const auto& { return d.products; });
    for (const auto& l : doc.plans)
        roundTrip<SamplingPlan>(
            EntityKind::Plan, l.value, input,
            [](const MasterDataDocument& d) -> const auto& { return d.plans; });
    for (const auto& l : doc.variants)
        roundTrip<Variant>(
            EntityKind::Variant, l.value, input,
            [](const MasterDataDocument& d) -> const auto& { return d.variants; });
    for (const Issue& i : crossCheck(doc, {}))
        if (i.message.isEmpty())
            finding("cross-check issue without a message", input);
    const MasterDataSet set = MasterDataSet{}.with(doc);
    for (const auto& l : doc.plans)
        for (Level level : {Level::Full, Level::Reduced, Level::Skip})
            for (std::int64_t n :
                 {std::int64_t(1), std::int64_t(40), std::int64_t(999'999), kMaxLotSize}) {
                try {
                    const SamplePlanResult r =
                        planSamples(l.value, level, n, set.countRuleLookup());
                    for (const PlannedSource& s : r.sources)
                        if (s.count < 0 || s.count > kMaxSamplesPerSource)
                            finding("a sample count outside 0..1000", input);
                } catch (const SamplingError& e) {
                    if (e.message().isEmpty())
                        finding("count refused without a message", input);
                }
            }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    if (size == 0)
        return 0;
    const QByteArrayView input(reinterpret_cast<const char*>(data) + 1,
                               static_cast<qsizetype>(size - 1));
    const int mode = data[0] % 7;
    if (mode == 6) {
        std::vector<Issue> issues;
        const auto script = parseOutcomeScript(input, {50, 0, 0}, &issues);
        if (!script && issues.empty())
            finding("outcomes refused without an issue", input);
        if (script && script->lots.size() != 50)
            finding("an outcomes script with the wrong number of lots", input);
        return 0;
    }
    const MasterDataParseResult r =
        mode == 0 ? MasterDataParser::parse(input)
                  : MasterDataParser::parseSingle(static_cast<EntityKind>(mode - 1), input);
    if (r.ok()) {
        checkAccepted(*r.document, input);
    } else if (r.issues.empty()) {
        finding("refused without an issue", input);
    } else {
        for (const Issue& i : r.issues)
            if (i.message.isEmpty())
                finding("issue without a message", input);
    }
    return 0;
}
