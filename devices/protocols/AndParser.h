#pragma once

#include "protocols/Reply.h"
#include "protocols/TextLineSplitter.h"

#include <QByteArrayView>

#include <optional>

namespace batch::devices {

// A&D standard format: "<header>,<data><unit>" CR LF, e.g. "ST,+00123.45  g":
//   header  ST stable weight, US unstable, QT stable count, OL out of range (data all
//           nines or "+9999999E+19": only the sign counts); balances with comparison
//           output add a second header ("ST,OK,+..."), some N/G/T (net, gross, tare);
//   data    9 characters (10 on models with more digits): polarity sign, digits with
//           leading zeros, decimal point; zero is "+";
//   unit    3 characters, right-aligned ("  g", " kg", " PC", "  %", "ozt").
// Replies to commands: <AK> (06h) acknowledges (Z, T, R: once on receipt, again when
// done), "EC,Exx" rejects (error code xx); ?SN, ?TN, ?ID answer "SN,...", "TN,...",
// "ID,..." (Info); ?PT answers the tare in the data format with header "PT".
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
// Commands (with the terminator of the function table, CR LF here): Q immediate data,
// S stable data, Z re-zero, T tare, SIR continuous data, C cancel S/SIR, ?SN serial
// number, ?TN model name, ?PT tare weight.
QByteArray query();
QByteArray stableQuery();
QByteArray zero();
QByteArray tare();
QByteArray streamStart();
QByteArray cancel();
QByteArray serialNumber();
QByteArray modelName();
QByteArray tareQuery();
}  // namespace andd

}  // namespace batch::devices
