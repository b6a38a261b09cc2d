#pragma once

#include <QByteArray>
#include <QByteArrayList>

namespace batch::devices {

// Splits a byte stream from an instrument into lines (LF or CR LF terminated), the
// framing of MT-SICS, Sartorius SBI and A&D replies. Bounded: a line longer than
// maxLineLength is dropped whole (counted in discardedBytes) and framing resynchronises
// at the next terminator, so a babbling or misconfigured port never grows memory.
class LineFramer {
public:
    explicit LineFramer(int maxLineLength = 256) : maxLineLength_(maxLineLength) {}

    // Appends received bytes and returns every line completed by them, without the
    // terminator. Partial input stays buffered until its terminator arrives.
    QByteArrayList feed(const QByteArray& bytes);
    void clear();

    qsizetype pendingBytes() const { return buffer_.size(); }
    qint64 discardedBytes() const { return discarded_; }

private:
    int maxLineLength_;
    QByteArray buffer_;
    bool overflowing_ = false;  // inside an over-long line: drop until the next LF
    qint64 discarded_ = 0;
};

}  // namespace batch::devices
