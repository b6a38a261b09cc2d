#include "charts/trend/TrendBuffer.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace batch::ui::trend {
namespace {

constexpr float kEmptyMin = std::numeric_limits<float>::infinity();
constexpr float kEmptyMax = -std::numeric_limits<float>::infinity();

qint64 floorDiv(qint64 a, qint64 b) { return a >= 0 ? a / b : -((-a + b - 1) / b); }

}  // namespace

TrendBuffer::TrendBuffer() : TrendBuffer(Config{}) {}

TrendBuffer::TrendBuffer(const Config& config) : config_(config) {
    const auto rawCapacity = static_cast<std::size_t>(
        std::ceil(double(config_.rawWindowMs) / 1000.0 * config_.maxRateHz)) + 1;
    raw_.resize(rawCapacity);
    qint64 bucket = config_.baseBucketMs;
    for (int i = 0; i < config_.levels; ++i, bucket *= 2) {
        Level level;
        level.bucketMs = bucket;
        level.ring.assign(std::size_t(config_.retentionMs / bucket) + 1, Bucket{kEmptyMin, kEmptyMax});
        levels_.push_back(std::move(level));
    }
}

void TrendBuffer::append(qint64 ms, double value) {
    if (!std::isfinite(value) || (samples_ > 0 && ms < lastMs_))
        return;  // a chart line has no place for NaN, and time runs one way
    if (samples_ == 0)
        firstMs_ = ms;
    lastMs_ = ms;
    ++samples_;
    const float v = float(value);
    raw_[rawHead_] = {ms, v};
    rawHead_ = (rawHead_ + 1) % raw_.size();
    rawCount_ = std::min(rawCount_ + 1, raw_.size());
    for (Level& level : levels_)
        addToLevel(level, ms, v);
}

void TrendBuffer::addToLevel(Level& level, qint64 ms, float value) {
    const qint64 n = floorDiv(ms, level.bucketMs);
    const auto size = qint64(level.ring.size());
    if (level.head < 0 || n > level.head) {
        // Buckets skipped over (no samples) are emptied; never more than one lap.
        const qint64 from = level.head < 0 ? n : std::max(level.head + 1, n - size + 1);
        for (qint64 b = from; b <= n; ++b)
            level.ring[std::size_t(b % size)] = {kEmptyMin, kEmptyMax};
        level.head = n;
    }
    Bucket& bucket = level.ring[std::size_t(n % size)];
    bucket.min = std::min(bucket.min, value);
    bucket.max = std::max(bucket.max, value);
}

const TrendBuffer::Raw& TrendBuffer::rawAt(std::size_t i) const {
    const std::size_t oldest = (rawHead_ + raw_.size() - rawCount_) % raw_.size();
    return raw_[(oldest + i) % raw_.size()];
}

std::size_t TrendBuffer::rawLowerBound(qint64 ms) const {
    std::size_t lo = 0;
    std::size_t hi = rawCount_;
    while (lo < hi) {
        const std::size_t mid = (lo + hi) / 2;
        if (rawAt(mid).ms < ms)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo;
}

void TrendBuffer::decimate(qint64 fromMs, qint64 toMs, int columns, Decimated& out) const {
    out.fromMs = fromMs;
    out.toMs = toMs;
    out.times.clear();
    out.values.clear();
    out.columns.clear();
    out.raw = false;
    if (columns <= 0 || toMs <= fromMs || samples_ == 0)
        return;
    const double columnMs = double(toMs - fromMs) / columns;
    const bool rawCovers = rawCount_ > 0 && rawAt(0).ms <= fromMs;
    const std::size_t first = rawLowerBound(fromMs);
    const std::size_t last = rawLowerBound(toMs);
    // Few samples - no more than pixel columns: draw them as they are (a zoomed-in live
    // window). More than that would only be overdrawn.
    if ((rawCovers || samples_ == rawCount_) && last - first <= std::size_t(columns)) {
        out.raw = true;
        out.times.reserve(last - first);
        out.values.reserve(last - first);
        for (std::size_t i = first; i < last; ++i) {
            out.times.push_back(rawAt(i).ms);
            out.values.push_back(rawAt(i).value);
        }
        return;
    }
    out.columns.assign(std::size_t(columns), Column{});
    auto put = [&](qint64 t, float lo, float hi) {
        const auto c = qint64((double(t - fromMs)) / columnMs);
        if (c < 0 || c >= columns)
            return;
        Column& col = out.columns[std::size_t(c)];
        if (!col.valid) {
            col = {lo, hi, true};
        } else {
            col.min = std::min(col.min, double(lo));
            col.max = std::max(col.max, double(hi));
        }
    };
    // Raw samples where the buckets would be coarser than a column and the ring has them.
    if ((rawCovers || samples_ == rawCount_) && columnMs < double(config_.baseBucketMs)) {
        for (std::size_t i = first; i < last; ++i)
            put(rawAt(i).ms, rawAt(i).value, rawAt(i).value);
        return;
    }
    // Otherwise the coarsest pyramid level whose buckets still fit in a column.
    const Level* level = &levels_.front();
    for (const Level& l : levels_)
        if (double(l.bucketMs) <= columnMs)
            level = &l;
    const auto size = qint64(level->ring.size());
    const qint64 firstBucket = std::max(floorDiv(fromMs, level->bucketMs), level->head - size + 1);
    const qint64 lastBucket = std::min(floorDiv(toMs - 1, level->bucketMs), level->head);
    for (qint64 b = firstBucket; b <= lastBucket; ++b) {
        const Bucket& bucket = level->ring[std::size_t(((b % size) + size) % size)];
        if (bucket.min <= bucket.max)
            put(b * level->bucketMs + level->bucketMs / 2, bucket.min, bucket.max);
    }
}

std::size_t TrendBuffer::memoryBytes() const {
    std::size_t bytes = raw_.capacity() * sizeof(Raw);
    for (const Level& l : levels_)
        bytes += l.ring.capacity() * sizeof(Bucket);
    return bytes;
}

}  // namespace batch::ui::trend
