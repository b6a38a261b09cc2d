// libFuzzer target for the master batch record parser (model/MbrParser.h). Whatever the
// bytes, the parser must return (no crash, hang or sanitizer report) either a document or
// a non-empty list of issues. An accepted document must also keep its promises: a 64-hex
// content hash that does not change when the same JSON is re-serialised, unique
// non-empty step ids, and weigh targets that either scale or are refused with a
// ScalingError.
#include "model/MbrParser.h"
#include "model/Scaling.h"

#include <QJsonDocument>
#include <QSet>

#include <cstdint>
#include <cstdio>
#include <cstdlib>

using namespace batch::model;

namespace {

[[noreturn]] void finding(const char* what, QByteArrayView input) {
    std::fprintf(stderr, "fuzz_mbr_parser: %s\n  input (%lld bytes): %.*s\n", what,
                 static_cast<long long>(input.size()), static_cast<int>(input.size()),
                 input.data());
    std::abort();
}

void checkAccepted(QByteArrayView input, const MbrParseResult& r) {
    if (r.contentHash.size() != 64 || !r.issues.empty())
        finding("accepted document without a hash, or with issues", input);
    const QByteArray again = QJsonDocument::fromJson(input.toByteArray()).toJson();
    const MbrParseResult reparsed = MbrParser::parse(again);
    if (!reparsed.ok() || reparsed.contentHash != r.contentHash)
        finding("re-serialised document parses differently", input);

    QSet<QString> ids;
    for (const Step* s : r.mbr->steps()) {
        if (s->id.isEmpty() || ids.contains(s->id))
            finding("empty or duplicate step id accepted", input);
        ids.insert(s->id);
    }
    for (double size : {r.mbr->batchSize.value, r.mbr->batchSize.value * 0.37, 1e-9, 1e9}) {
        try {
            for (const ScaledWeigh& w : scaleWeighSteps(*r.mbr, size))
                if (!(w.lowValue <= w.targetValue && w.targetValue <= w.highValue))
                    finding("scaled tolerance does not contain the target", input);
        } catch (const ScalingError&) {
        }
    }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const QByteArrayView input(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    const MbrParseResult r = MbrParser::parse(input);
    if (r.ok())
        checkAccepted(input, r);
    else if (r.issues.empty())
        finding("refused without an issue", input);
    else
        for (const MbrIssue& i : r.issues)
            if (i.message.isEmpty())
                finding("issue without a message", input);
    return 0;
}
