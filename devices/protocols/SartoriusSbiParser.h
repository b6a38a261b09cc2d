#pragma once

#include "protocols/Reply.h"
#include "protocols/TextLineSplitter.h"

#include <QByteArray>
#include <QByteArrayView>

#include <optional>

namespace batch::devices {

// Sartorius SBI print frames (data output format of the balance manuals):
//   16 characters: position 1 sign (+, - or space), 2 space, 3-10 value with decimal
//                  point (leading zeros as spaces), 11 space, 12-14 unit, 15 CR, 16 LF,
//                  e.g. "+   123.56 g  \r\n"
//   22 characters: a 6-character ID code ("N", "G#", "T", "Stat", ...) before the above.
// An empty unit field means the value is not stable. Special codes replace the value:
// 16 characters "      H       " (H/HH overload, L/LL underload, C calibration, "--" no
// final readout yet; newer models print High, Low, Cal.Ext.) and "   Err 101    "; in
// the 22-character format they follow "Stat" ("Stat        H       ",
// "Stat     ERR 101    "). Non-verified digits may be bracketed ("123.5[6]"); the
// brackets are dropped from valueText, the raw frame keeps them. Parsed by position for
// the ID split (that is what tells the formats apart) and by tokens inside the data part.
class SartoriusSbiParser {
public:
    static constexpr int kMaxLineLength = 64;

    Replies feed(QByteArrayView bytes);
    void reset();

    // The model (ESC x1_) and serial number (ESC x2_) come back as one text line each
    // (the manuals name the commands but print no reply layout: a bare text line, or in
    // the 22-character format one with the ID code "Ser.no", which is stripped); call
    // this after sending such a command so that the next unrecognisable line is reported
    // as Info instead of counted as garbage. A line that has a unit is still a weight
    // (the balance may be auto-printing).
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
QByteArray print();            // ESC P
QByteArray tareAndZero();      // ESC T: the TARE key (zero when empty, tare otherwise)
QByteArray tare();             // ESC U: tare only
QByteArray zero();             // ESC V: zero only
QByteArray restart();          // ESC S
QByteArray model();            // ESC x1_
QByteArray serialNumber();     // ESC x2_
QByteArray softwareVersion();  // ESC x3_
}  // namespace sbi

}  // namespace batch::devices
