// libFuzzer target for the A&D standard-format parser (devices/protocols/AndParser.h).
#include "FuzzSplit.h"
#include "protocols/AndParser.h"

#include <cstdint>

using batch::devices::AndParser;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    const QByteArrayView input(reinterpret_cast<const char*>(data), qsizetype(size));
    batch::fuzz::checkSplitInvariance<AndParser>("fuzz_and", input, AndParser::kMaxLineLength);
    return 0;
}
