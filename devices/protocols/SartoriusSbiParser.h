#pragma once

#include "protocols/Reply.h"
#include "protocols/TextLineSplitter.h"

#include <QByteArray>
#include <QByteArrayView>

#include <optional>

namespace batch::devices {

// Sartorius SBI print frames:
//   16 characters: sign, space, 8-character value (leading zeros as spaces), space,
//                  3-character unit, CR LF            e.g. "+   123.56 g  \r\n"
//   22 characters: a 6-character ID code ("N", "G#", "T", ...) before the above.
// An empty unit field means the value is not stable. "Stat" lines carry status codes
// (H/HH overload, L/LL underload, C calibration, "Err ###"). Non-verified digits may be
// bracketed ("123.5[6]"); the brackets are dropped from valueText, the raw frame keeps
// them. Parsed by position for the ID split (that is what tells the formats apart) and
// by tokens inside the data part.
class SartoriusSbiParser {
public:
    static constexpr int kMaxLineLength = 64;

    Replies feed(QByteArrayView bytes);
    void reset();

    // The model (ESC x1_) and serial number (ESC x2_) come back as plain text lines that
    // look like nothing else; call this after sending such a command so that the next
    // unrecognisable line is reported as Info instead of counted as garbage. A line that
    // has a unit is still a weight (the balance may be auto-printing).
    void expectText(int lines = 1) { textsExpected_ += lines; }

    static std::optional<Reply> parseLine(const QByteArray& line);

    const ParserStats& stats() const { return stats_; }

private:
    TextLineSplitter splitter_{kMaxLineLength};
    ParserStats stats_;
    int textsExpected_ = 0;
};

namespace sbi {
// Control commands: ESC, command character(s), optional CR LF (sent, as most manuals
// show it). Format 2 commands end in "_".
QByteArray print();          // ESC P
QByteArray tareAndZero();    // ESC T: the TARE key (zero when empty, tare otherwise)
QByteArray tare();           // ESC U: tare only
QByteArray zero();           // ESC V: zero only
QByteArray restart();        // ESC S
QByteArray model();          // ESC x1_
QByteArray serialNumber();   // ESC x2_
QByteArray softwareVersion();  // ESC x3_
}  // namespace sbi

}  // namespace batch::devices
