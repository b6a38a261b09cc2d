#pragma once

#include "protocols/Reply.h"
#include "protocols/TextLineSplitter.h"

#include <QByteArrayView>

#include <optional>

namespace batch::devices {

// Mettler Toledo MT-SICS level 0/1 replies: "<ID> <status> [<value> <unit> | "text"...]".
// Pure (no I/O, no event loop): bytes in, Replies out, in arrival order. Lines end with
// CR LF on the wire; CR or LF alone are accepted too. Fields are parsed by tokens, not by
// column, because the value field is right-aligned in 10 characters but units are 1-5
// characters and some firmware pads differently. A line that matches no reply form is
// counted as garbage and skipped; parsing continues with the next line.
class MtSicsParser {
public:
    static constexpr int kDefaultMaxLineLength = 160;  // I2/I14 text replies are the longest

    explicit MtSicsParser(int maxLineLength = kDefaultMaxLineLength) : splitter_(maxLineLength) {}

    Replies feed(QByteArrayView bytes);
    void reset();  // forget a partial line (after reconnect)

    // Parses one complete line without terminator; nullopt when it is no MT-SICS reply.
    static std::optional<Reply> parseLine(const QByteArray& line);

    const ParserStats& stats() const { return stats_; }
    qsizetype pendingBytes() const { return splitter_.pendingBytes(); }

private:
    TextLineSplitter splitter_;
    ParserStats stats_;
};

}  // namespace batch::devices
