#pragma once

#include <QtGlobal>

#include <cstddef>
#include <vector>

namespace batch::ui::trend {

// One pixel column of a decimated trend: the smallest and largest value in it.
struct Column {
    double min = 0;
    double max = 0;
    bool valid = false;  // false: no sample fell into the column (a gap)
};

// What a chart draws for one channel and one frame: either the samples themselves (few
// enough to draw them all) or one min/max pair per pixel column.
struct Decimated {
    qint64 fromMs = 0;
    qint64 toMs = 0;
    bool raw = false;              // true: `times`/`values` are samples, not columns
    std::vector<qint64> times;     // raw: sample times
    std::vector<double> values;    // raw: sample values
    std::vector<Column> columns;   // decimated: one per pixel column over [fromMs, toMs)
};

// The memory of one trend channel for a whole shift, bounded whatever runs through it:
//  - a ring of the raw samples of the recent past (the live window and deep zooms), and
//  - a min/max pyramid over fixed time buckets (base bucket, then x2 per level) kept for
//    the whole retention, which answers any longer range in O(pixel columns).
// Samples arrive in time order (older ones are dropped); values are kept as float, times
// as milliseconds since the epoch. Not thread-safe: the trend controller owns it.
class TrendBuffer {
public:
    struct Config {
        qint64 rawWindowMs = 30 * 60 * 1000;       // raw samples kept (30 min)
        double maxRateHz = 60;                     // sizes the raw ring
        qint64 retentionMs = 12LL * 3600 * 1000;   // pyramid kept (a shift and more)
        qint64 baseBucketMs = 200;
        int levels = 12;                           // 200 ms ... 6.8 min
    };

    TrendBuffer();
    explicit TrendBuffer(const Config& config);

    void append(qint64 ms, double value);
    // Min and max per pixel column over [fromMs, toMs), or the raw samples when there are
    // at most `columns` of them in that range and they are all still in the raw ring.
    void decimate(qint64 fromMs, qint64 toMs, int columns, Decimated& out) const;

    qint64 firstMs() const { return firstMs_; }
    qint64 lastMs() const { return lastMs_; }
    quint64 samples() const { return samples_; }
    std::size_t memoryBytes() const;
    const Config& config() const { return config_; }

private:
    struct Raw {
        qint64 ms;
        float value;
    };
    struct Bucket {
        float min;
        float max;  // min > max: empty
    };
    struct Level {
        qint64 bucketMs = 0;
        qint64 head = -1;  // bucket number of the newest bucket (ms / bucketMs)
        std::vector<Bucket> ring;
    };

    void addToLevel(Level& level, qint64 ms, float value);
    // Index of the first raw sample with time >= ms (0..rawCount_).
    std::size_t rawLowerBound(qint64 ms) const;
    const Raw& rawAt(std::size_t i) const;  // 0 = oldest held

    Config config_;
    std::vector<Raw> raw_;
    std::size_t rawHead_ = 0;  // next write position
    std::size_t rawCount_ = 0;
    std::vector<Level> levels_;
    qint64 firstMs_ = 0;
    qint64 lastMs_ = 0;
    quint64 samples_ = 0;
};

}  // namespace batch::ui::trend
