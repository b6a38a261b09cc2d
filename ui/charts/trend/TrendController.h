#pragma once

#include "charts/trend/TrendBuffer.h"
#include "charts/trend/TrendView.h"
#include "transport/LiveReadings.h"

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

#include <functional>
#include <memory>
#include <vector>

namespace batch::ui::trend {

// Drives a TrendView: pulls what is new from each channel's LiveReadings on a frame
// timer (15 Hz), keeps it in a TrendBuffer per channel (bounded: a shift of data), and
// redraws the visible range - decimated to the plot's pixel columns - once per frame.
// Live mode follows the clock; pause freezes the range (data keeps being collected);
// zoom halves or doubles the span, pan moves it by a quarter.
class TrendController : public QObject {
    Q_OBJECT
public:
    static constexpr int kFrameMs = 66;  // ~15 Hz
    static constexpr qint64 kMinSpanMs = 10'000;
    static constexpr qint64 kMaxSpanMs = 12LL * 3600 * 1000;

    struct Source {
        ChannelInfo info;
        std::shared_ptr<const devices::LiveReadings> live;
    };
    struct FrameStats {
        double lastMs = 0;     // pull + decimation + replace + repaint of the last frame
        double lastCpuMs = 0;  // the same, in CPU time of the GUI thread
        double maxMs = 0;
        double sumMs = 0;
        quint64 frames = 0;
    };

    TrendController(TrendView& view, std::function<qint64()> nowMs = {},
                    TrendBuffer::Config config = {}, QObject* parent = nullptr);

    void setSources(const QList<Source>& sources);
    void setLimits(const QString& channelId, const ChannelInfo& limits);
    void start();
    void stop();

    void setSpan(qint64 spanMs);
    qint64 span() const { return spanMs_; }
    void setPaused(bool paused);
    bool paused() const { return paused_; }
    void zoomIn();
    void zoomOut();
    void panBack();
    void panForward();  // reaching the present resumes live mode
    qint64 endMs() const;

    // One frame now: pull, decimate, replace, repaint (the timer calls this).
    void frame();
    // Only takes in what is new (while the view is hidden: nothing is lost, nothing drawn).
    void collect();
    // Appends samples to a channel's buffer directly (benchmarks and tests fill hours).
    void ingest(int channel, qint64 ms, double value);
    const TrendBuffer& buffer(int channel) const { return channels_[std::size_t(channel)].buffer; }
    int channelCount() const { return int(channels_.size()); }
    const FrameStats& stats() const { return stats_; }
    void resetStats() { stats_ = {}; }
    std::size_t memoryBytes() const;

Q_SIGNALS:
    void rangeChanged(qint64 fromMs, qint64 toMs, bool live);

private:
    struct Channel {
        Source source;
        TrendBuffer buffer;
        quint64 nextSequence = 0;
        qint64 lastMs = 0;
        Decimated decimated;
    };
    void pull(Channel& c);

    TrendView& view_;
    std::function<qint64()> now_;
    TrendBuffer::Config config_;
    std::vector<Channel> channels_;
    QTimer timer_;
    qint64 spanMs_ = 10 * 60 * 1000;
    bool paused_ = false;
    qint64 pausedEndMs_ = 0;
    FrameStats stats_;
};

}  // namespace batch::ui::trend
