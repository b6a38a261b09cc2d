// libFuzzer target for central instrument documents (instruments/CentralInstrument.h):
// the bytes a station pulls from the central database, decoded as canonical JSON and read
// as an instrument. Whatever the input, the reader either refuses it with an
// InstrumentError that has a message, or returns an instrument that keeps its promises:
// it passes validation, and its own central document reads back to the same document.
#include "instruments/CentralInstrument.h"
#include "record/CanonicalJson.h"

#include <cstdint>
#include <cstdio>
#include <cstdlib>

using namespace batch;

namespace {

[[noreturn]] void finding(const char* what, QByteArrayView input) {
    std::fprintf(stderr, "fuzz_central_instrument: %s\n  input (%lld bytes): %.*s\n", what,
                 static_cast<long long>(input.size()), static_cast<int>(input.size()),
                 input.data());
    std::abort();
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const QByteArrayView input(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    QJsonObject doc;
    try {
        doc = record::decodeCanonicalObject(input);
    } catch (const record::CanonicalJsonError&) {
        return 0;  // the sync client refuses it before any applier sees it
    }
    instruments::Instrument in;
    try {
        in = instruments::instrumentFromCentralDocument(doc);
    } catch (const instruments::InstrumentError& e) {
        if (e.message().isEmpty())
            finding("refused without a message", input);
        return 0;
    }
    try {
        instruments::validateInstrument(in);
    } catch (const instruments::InstrumentError&) {
        finding("accepted an instrument that does not validate", input);
    }
    const QJsonObject again = instruments::centralInstrumentDocument(in);
    if (again != doc)
        finding("the accepted document does not read back to itself", input);
    if (!again.contains(QStringLiteral("instrument_id")) || in.simulated ||
        in.connection.isConnected())
        finding("a central instrument carries station-only fields", input);
    return 0;
}
