#include "transport/LiveReadings.h"

#include <algorithm>

namespace batch::devices {

LiveReadings::LiveReadings(qsizetype capacity) : ring_(size_t(std::max<qsizetype>(capacity, 1))) {}

void LiveReadings::append(const LiveSample& sample) {
    std::lock_guard lock(mutex_);
    if (any_ && sample.sequence != lastSequence_ + 1)
        ++gaps_;
    any_ = true;
    lastSequence_ = sample.sequence;
    ring_[size_t(head_)] = sample;
    head_ = (head_ + 1) % capacity();
    if (count_ == capacity())
        ++overwritten_;
    else
        ++count_;
}

void LiveReadings::append(const Reading& reading) {
    LiveSample s;
    s.sequence = reading.sequence;
    s.utcMs = reading.receivedUtcMs;
    s.value = reading.reply.value;
    s.stable = reading.reply.stable;
    s.error = reading.reply.kind != ReplyKind::Weight;
    append(s);
}

QList<LiveSample> LiveReadings::since(quint64 fromSequence, qsizetype maxCount) const {
    std::lock_guard lock(mutex_);
    QList<LiveSample> out;
    const qsizetype oldest = (head_ - count_ + capacity()) % capacity();
    // Sequences in the ring are increasing: find the first one >= fromSequence.
    qsizetype lo = 0;
    qsizetype hi = count_;
    while (lo < hi) {
        const qsizetype mid = (lo + hi) / 2;
        if (ring_[size_t((oldest + mid) % capacity())].sequence < fromSequence)
            lo = mid + 1;
        else
            hi = mid;
    }
    qsizetype n = count_ - lo;
    if (maxCount >= 0)
        n = std::min(n, maxCount);
    out.reserve(n);
    for (qsizetype i = 0; i < n; ++i) out.append(ring_[size_t((oldest + lo + i) % capacity())]);
    return out;
}

qsizetype LiveReadings::size() const {
    std::lock_guard lock(mutex_);
    return count_;
}

quint64 LiveReadings::overwritten() const {
    std::lock_guard lock(mutex_);
    return overwritten_;
}

quint64 LiveReadings::sequenceGaps() const {
    std::lock_guard lock(mutex_);
    return gaps_;
}

}  // namespace batch::devices
