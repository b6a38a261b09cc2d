// libFuzzer target for the Sartorius SBI parser (devices/protocols/SartoriusSbiParser.h).
#include "FuzzSplit.h"
#include "protocols/SartoriusSbiParser.h"

#include <cstdint>

using batch::devices::SartoriusSbiParser;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    const QByteArrayView input(reinterpret_cast<const char*>(data), qsizetype(size));
    batch::fuzz::checkSplitInvariance<SartoriusSbiParser>("fuzz_sbi", input,
                                                          SartoriusSbiParser::kMaxLineLength);
    // With identification text expected, every reply is still well formed.
    SartoriusSbiParser p;
    p.expectText(2);
    for (const auto& r : p.feed(input))
        batch::fuzz::checkReply("fuzz_sbi", r, SartoriusSbiParser::kMaxLineLength);
    return 0;
}
