#pragma once

#include "protocols/Reply.h"
#include "protocols/TextLineSplitter.h"

#include <QByteArrayView>

#include <optional>

namespace batch::devices {

// A&D standard format: "<header>,<data><unit>" CR LF, e.g. "ST,+00123.45  g":
//   header  ST stable weight, US unstable, QT stable count, OL out of range;
//           balances with comparison output add a second header ("ST,OK,+...").
//   data    9 characters: sign, digits (leading zeros), decimal point;
//   unit    3 characters, right-aligned ("  g", " kg", " PC", "ozt").
// Replies to commands: <AK> (06h) acknowledges, "EC,Exx" rejects (error code xx).
class AndParser {
public:
    static constexpr int kMaxLineLength = 48;

    Replies feed(QByteArrayView bytes);
    void reset();

    static std::optional<Reply> parseLine(const QByteArray& line);

    const ParserStats& stats() const { return stats_; }

private:
    void parseLines(QByteArrayView bytes, Replies& out);

    TextLineSplitter splitter_{kMaxLineLength};
    ParserStats stats_;
};

namespace andd {
// Commands (CR LF terminated): Q immediate data, S stable data, Z re-zero, T tare.
QByteArray query();
QByteArray stableQuery();
QByteArray zero();
QByteArray tare();
}  // namespace andd

}  // namespace batch::devices
