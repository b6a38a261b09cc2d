// libFuzzer target for the USB HID POS scale report parser
// (devices/protocols/HidPosScaleParser.h): the input is a sequence of length-prefixed
// reports of 0-8 bytes (hidraw hands over whole reports of any length a device declares).
#include "protocols/HidPosScaleParser.h"

#include <QByteArrayView>

#include <cmath>
#include <cstdint>
#include <cstdio>
#include <cstdlib>

using batch::devices::HidPosScaleParser;
using batch::devices::ReplyKind;

namespace {
[[noreturn]] void finding(const char* what) {
    std::fprintf(stderr, "fuzz_hid_scale: %s\n", what);
    std::abort();
}
}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    const QByteArrayView input(reinterpret_cast<const char*>(data), qsizetype(size));
    HidPosScaleParser parser;
    qsizetype pos = 0;
    quint64 accepted = 0;
    while (pos < input.size()) {
        // Each report is preceded by a length byte (1-8), so that valid 6-byte reports
        // and every wrong length are both reachable.
        const int length = static_cast<unsigned char>(input[pos++]) % 8 + 1;
        const qsizetype n = std::min<qsizetype>(input.size() - pos, length);
        const QByteArrayView report = input.sliced(pos, n);
        pos += n;
        const auto r = parser.parseReport(report);
        if (!r)
            continue;
        ++accepted;
        if (r->raw != report.toByteArray() || n != HidPosScaleParser::kReportLength)
            finding("accepted a report that is not 6 bytes, or changed its raw bytes");
        if (r->kind == ReplyKind::Weight) {
            if (r->unit.isEmpty() || !std::isfinite(r->value) || r->value < 0)
                finding("weight without unit, or not a finite non-negative number");
            if (r->value != r->valueText.toDouble())
                finding("value and value text disagree");
        }
    }
    if (parser.stats().frames != accepted)
        finding("frame counter disagrees with the reports accepted");
    return 0;
}
