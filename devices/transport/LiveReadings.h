#pragma once

#include "transport/BalanceSettings.h"

#include <QList>

#include <mutex>
#include <vector>

namespace batch::devices {

// One point of a live trend: compact (a chart keeps hours of these per channel).
struct LiveSample {
    quint64 sequence = 0;
    qint64 utcMs = 0;
    double value = 0.0;
    bool stable = false;
    bool error = false;  // overload, underload, device error: no value to plot
};

// The thread-safe stream of numbered readings of one instrument, for the trend chart:
// the device side appends (any thread), the UI pulls what is new since the last
// sequence it drew (any thread). A fixed-capacity ring: memory is bounded, the oldest
// samples are overwritten and counted. Appends and pulls take a short lock and never
// wait on I/O.
class LiveReadings {
public:
    explicit LiveReadings(qsizetype capacity);

    void append(const LiveSample& sample);
    void append(const Reading& reading);

    // Samples with sequence >= fromSequence still held, oldest first, at most maxCount.
    QList<LiveSample> since(quint64 fromSequence, qsizetype maxCount = -1) const;
    qsizetype size() const;
    qsizetype capacity() const { return qsizetype(ring_.size()); }
    quint64 overwritten() const;
    // Appends whose sequence was not the previous one + 1: a gap upstream.
    quint64 sequenceGaps() const;

private:
    mutable std::mutex mutex_;
    std::vector<LiveSample> ring_;
    qsizetype head_ = 0;  // next write position
    qsizetype count_ = 0;
    quint64 overwritten_ = 0;
    quint64 gaps_ = 0;
    bool any_ = false;
    quint64 lastSequence_ = 0;
};

}  // namespace batch::devices
