// libFuzzer target for the canonical event decoder (record/CanonicalJson.h). The decoder
// promises to accept only bytes the encoder produces: whenever decoding succeeds,
// encoding the result must give back the input byte for byte. Anything else (a
// mismatch, an encoder refusal, a crash, a sanitizer report) is a finding.
#include "record/CanonicalJson.h"

#include <QJsonObject>

#include <cstdint>
#include <cstdio>
#include <cstdlib>

using batch::record::CanonicalJsonError;

namespace {

[[noreturn]] void finding(const char* what, QByteArrayView input, const QByteArray& output) {
    std::fprintf(stderr,
                 "fuzz_canonical_event: %s\n  input  (%lld bytes): %.*s\n"
                 "  output (%lld bytes): %.*s\n",
                 what, static_cast<long long>(input.size()), static_cast<int>(input.size()),
                 input.data(), static_cast<long long>(output.size()),
                 static_cast<int>(output.size()), output.constData());
    std::abort();
}

void checkRoundTrip(QByteArrayView input, const QJsonValue& decoded) {
    QByteArray encoded;
    try {
        encoded = batch::record::encodeCanonical(decoded);
    } catch (const CanonicalJsonError& e) {
        finding(e.what(), input, {});
    }
    if (encoded != input)
        finding("decode succeeded but encode(decode(x)) != x", input, encoded);
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const QByteArrayView input(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));

    QJsonValue value;
    try {
        value = batch::record::decodeCanonical(input);
    } catch (const CanonicalJsonError&) {
        return 0;  // refusing non-canonical bytes is the decoder's job
    }
    checkRoundTrip(input, value);

    // Event payloads are objects: the object decoder must agree with the generic one.
    if (value.isObject()) {
        QJsonObject object;
        try {
            object = batch::record::decodeCanonicalObject(input);
        } catch (const CanonicalJsonError& e) {
            finding(e.what(), input, {});
        }
        if (object != value.toObject())
            finding("decodeCanonicalObject disagrees with decodeCanonical", input, {});
        checkRoundTrip(input, object);
    } else {
        try {
            batch::record::decodeCanonicalObject(input);
            finding("decodeCanonicalObject accepted a non-object", input, {});
        } catch (const CanonicalJsonError&) {
        }
    }
    return 0;
}
