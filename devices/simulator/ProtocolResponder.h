#pragma once

#include <QByteArray>
#include <QByteArrayView>

#include <functional>

namespace batch::devices::sim {

// The balance side of a protocol, free of I/O: the transport (PtySimulator) hands it
// the bytes the client sent and asks it, on every timer tick, for what the balance sends
// on its own (stream lines, replies that waited for stability). Times are monotonic ms.
//
// Streaming is common to the protocols (MT-SICS SIR, SBI auto print, A&D stream mode)
// and lives here, including the test signal that carries sequence numbers:
// in sequence mode every stream line of a stream carries its number n (0, 1, 2, ...)
// in the value itself: value = (n mod M) * d, with d the readability and
// M = floor(capacity / d) + 1, reported as stable. The frame stays valid for any
// client; a test decodes n = round(value / d) to prove that no line was lost or
// reordered (wrap-around is unambiguous for gaps below M).
class ProtocolResponder {
public:
    virtual ~ProtocolResponder() = default;

    // Bytes from the client; returns the replies to send now.
    virtual QByteArray receive(QByteArrayView bytes, qint64 nowMs) = 0;
    // Unsolicited output due by nowMs.
    virtual QByteArray tick(qint64 nowMs) = 0;
    // Forgets partial input, streams and pending commands (cable pulled, power cycle).
    virtual void reset() = 0;

    void setStreamRate(double hz) { streamRateHz_ = hz > 0.0 ? hz : 1.0; }
    double streamRate() const { return streamRateHz_; }
    void setStabilityTimeout(qint64 ms) { stabilityTimeoutMs_ = ms; }
    void setSequenceInValue(bool on) { sequenceInValue_ = on; }
    bool streaming() const { return streaming_; }
    quint64 streamedLines() const { return streamedTotal_; }  // over the whole lifetime

protected:
    void startStream(qint64 nowMs);
    void stopStream() { streaming_ = false; }
    // The stream lines due by nowMs, made by `line(n)`. Due by elapsed time, not by
    // tick count, so a late timer catches up instead of silently lowering the rate;
    // bounded so that a long stall cannot flood the line.
    QByteArray dueStreamLines(qint64 nowMs, const std::function<QByteArray(quint64)>& line);
    // The value that carries sequence number n (see above).
    static double sequenceValue(quint64 n, double capacity, double readability);

    qint64 stabilityTimeoutMs_ = 3000;
    bool sequenceInValue_ = false;

private:
    double streamRateHz_ = 10.0;
    bool streaming_ = false;
    qint64 streamStartMs_ = 0;
    quint64 streamed_ = 0;  // lines of the current stream
    quint64 streamedTotal_ = 0;
};

}  // namespace batch::devices::sim
