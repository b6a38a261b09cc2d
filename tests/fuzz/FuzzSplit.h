#pragma once

// Shared by the instrument parser fuzz targets: feeds the same bytes once whole and
// once in chunks whose sizes come from the input itself, and demands identical replies.
// A serial port delivers arbitrary chunks, so a parser whose output depends on where
// read() happened to cut the stream is broken even if it never crashes.

#include "instruments/Decimal.h"
#include "protocols/Reply.h"

#include <QByteArrayView>

#include <cstdio>
#include <cstdlib>

namespace batch::fuzz {

[[noreturn]] inline void finding(const char* target, const char* what) {
    std::fprintf(stderr, "%s: %s\n", target, what);
    std::abort();
}

inline bool sameReply(const devices::Reply& a, const devices::Reply& b) {
    return a.kind == b.kind && a.id == b.id && a.valueText == b.valueText
           && a.unit == b.unit && a.stable == b.stable && a.error == b.error
           && a.errorCode == b.errorCode && a.texts == b.texts && a.raw == b.raw
           && a.moreLines == b.moreLines;
}

// Checks what every text-protocol reply must satisfy, whatever the input.
inline void checkReply(const char* target, const devices::Reply& r, qsizetype maxLine) {
    if (r.raw.size() > maxLine)
        finding(target, "reply raw frame longer than the maximum line length");
    if (r.raw.contains('\r') || r.raw.contains('\n'))
        finding(target, "reply raw frame contains a line terminator");
    if (r.kind == devices::ReplyKind::Weight) {
        if (r.valueText.isEmpty())
            finding(target, "weight without value text");
        if (r.unit.size() > 5)
            finding(target, "unit longer than 5 characters");
        // The weigh path reads the value text as a Decimal: exact and round-tripping.
        if (const auto d = batch::instruments::Decimal::parse(r.valueText)) {
            const auto again = batch::instruments::Decimal::parse(d->text());
            if (!again || !(*again == *d) || again->decimals != d->decimals)
                finding(target, "decimal value does not round-trip through its text");
        }
    }
    if (r.kind == devices::ReplyKind::Error && r.error == devices::ErrorCode::None)
        finding(target, "error reply without error code");
}

// Feeds `data` to `parser` in chunks: byte i of `data` (mod 7, plus 1) sizes chunk i.
template <typename Parser>
devices::Replies feedChunked(Parser& parser, QByteArrayView data) {
    devices::Replies out;
    qsizetype pos = 0;
    qsizetype i = 0;
    while (pos < data.size()) {
        const qsizetype n =
            std::min<qsizetype>(data.size() - pos, static_cast<unsigned char>(data[i]) % 7 + 1);
        out += parser.feed(data.sliced(pos, n));
        pos += n;
        ++i;
    }
    return out;
}

template <typename Parser>
void checkSplitInvariance(const char* target, QByteArrayView data, qsizetype maxLine) {
    Parser whole;
    Parser chunked;
    const devices::Replies a = whole.feed(data);
    const devices::Replies b = feedChunked(chunked, data);
    if (a.size() != b.size())
        finding(target, "reply count depends on how the input was split");
    for (qsizetype i = 0; i < a.size(); ++i) {
        if (!sameReply(a[i], b[i]))
            finding(target, "reply depends on how the input was split");
        checkReply(target, a[i], maxLine);
    }
    const auto& s = whole.stats();
    const auto& t = chunked.stats();
    if (s.frames != t.frames || s.garbageFrames != t.garbageFrames
        || s.overlongFrames != t.overlongFrames || s.discardedBytes != t.discardedBytes)
        finding(target, "statistics depend on how the input was split");
    if (s.frames != static_cast<quint64>(a.size()))
        finding(target, "frame counter disagrees with the replies returned");
    if (s.discardedBytes > static_cast<quint64>(data.size()))
        finding(target, "more bytes discarded than received");
}

}  // namespace batch::fuzz
