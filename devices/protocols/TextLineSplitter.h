#pragma once

#include "protocols/Reply.h"

#include <QByteArray>
#include <QByteArrayList>
#include <QByteArrayView>

namespace batch::devices {

// Splits the byte stream of a text protocol into lines. Unlike LineFramer (LF only),
// CR alone, LF alone and CR LF all end a line, because balances are configurable to any
// of them; the empty "line" between CR and LF is never reported. Bounded: a line longer
// than maxLength is dropped whole (counted in stats) and splitting resynchronises at
// the next terminator.
class TextLineSplitter {
public:
    explicit TextLineSplitter(int maxLength) : maxLength_(maxLength) {}

    QByteArrayList feed(QByteArrayView bytes, ParserStats& stats);
    void clear();
    qsizetype pendingBytes() const { return buffer_.size(); }
    int maxLength() const { return maxLength_; }

private:
    int maxLength_;
    QByteArray buffer_;
    bool overflowing_ = false;
};

// Splits on ASCII spaces, keeping a "double-quoted string" (MT-SICS text) as one token
// with its quotes. Runs of spaces separate like one space (values are right-aligned).
QByteArrayList tokenize(QByteArrayView line);

// True for a decimal number as balances print it: optional sign, digits, at most one
// point ("100.00", "-0.0012", "+00123.45", "5."). No exponent, no locale separators.
bool isDecimalText(QByteArrayView text);

// True when every byte is printable ASCII (0x20-0x7E); MT-SICS text may use 8-bit
// characters, so callers choose.
bool isPrintableAscii(QByteArrayView text);

}  // namespace batch::devices
