// libFuzzer target for the MT-SICS reply parser (devices/protocols/MtSicsParser.h):
// no crash or sanitizer report on any bytes, bounded buffering, and replies that do not
// depend on how the stream was cut into reads.
#include "FuzzSplit.h"
#include "protocols/MtSicsParser.h"

#include <cstdint>

using batch::devices::MtSicsParser;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    const QByteArrayView input(reinterpret_cast<const char*>(data), qsizetype(size));
    batch::fuzz::checkSplitInvariance<MtSicsParser>("fuzz_mtsics", input,
                                                    MtSicsParser::kDefaultMaxLineLength);
    MtSicsParser p;
    p.feed(input);
    if (p.pendingBytes() > MtSicsParser::kDefaultMaxLineLength)
        batch::fuzz::finding("fuzz_mtsics", "partial line buffer exceeds its bound");
    for (const auto& r : MtSicsParser().feed(input)) {
        // A reply re-parsed from its own raw frame is the same reply.
        const auto again = MtSicsParser::parseLine(r.raw);
        if (!again || !batch::fuzz::sameReply(*again, r))
            batch::fuzz::finding("fuzz_mtsics", "reply does not re-parse from its raw frame");
    }
    return 0;
}
