#include "charts/trend/TrendController.h"

#include <QDateTime>

#include <algorithm>

#include <time.h>

namespace batch::ui::trend {
namespace {

// CPU time of this thread: what a frame costs, whatever else the machine is doing.
double threadCpuMs() {
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return double(ts.tv_sec) * 1000.0 + double(ts.tv_nsec) / 1e6;
}

}  // namespace

TrendController::TrendController(TrendView& view, std::function<qint64()> nowMs,
                                 TrendBuffer::Config config, QObject* parent)
    : QObject(parent), view_(view), now_(std::move(nowMs)), config_(config) {
    if (!now_)
        now_ = [] { return QDateTime::currentMSecsSinceEpoch(); };
    timer_.setTimerType(Qt::PreciseTimer);
    connect(&timer_, &QTimer::timeout, this, &TrendController::frame);
}

void TrendController::setSources(const QList<Source>& sources) {
    channels_.clear();
    channels_.reserve(std::size_t(sources.size()));
    QList<ChannelInfo> infos;
    for (const Source& s : sources) {
        Channel c{s, TrendBuffer(config_), 0, 0, {}};
        channels_.push_back(std::move(c));
        infos << s.info;
    }
    view_.setChannels(infos);
}

void TrendController::setLimits(const QString& channelId, const ChannelInfo& limits) {
    for (std::size_t i = 0; i < channels_.size(); ++i)
        if (channels_[i].source.info.id == channelId)
            view_.setLimits(int(i), limits);
}

void TrendController::start() { timer_.start(kFrameMs); }

void TrendController::stop() { timer_.stop(); }

qint64 TrendController::endMs() const { return paused_ ? pausedEndMs_ : now_(); }

void TrendController::setSpan(qint64 spanMs) {
    spanMs_ = std::clamp(spanMs, kMinSpanMs, kMaxSpanMs);
    frame();
}

void TrendController::setPaused(bool paused) {
    if (paused && !paused_)
        pausedEndMs_ = now_();
    paused_ = paused;
    frame();
}

void TrendController::zoomIn() { setSpan(spanMs_ / 2); }

void TrendController::zoomOut() { setSpan(spanMs_ * 2); }

void TrendController::panBack() {
    // Looking back means leaving live mode: the picture must hold still.
    const qint64 end = endMs();
    paused_ = true;
    pausedEndMs_ = end - spanMs_ / 4;
    frame();
}

void TrendController::panForward() {
    if (!paused_)
        return;
    pausedEndMs_ += spanMs_ / 4;
    if (pausedEndMs_ >= now_())
        paused_ = false;
    frame();
}

void TrendController::ingest(int channel, qint64 ms, double value) {
    if (channel >= 0 && channel < int(channels_.size()))
        channels_[std::size_t(channel)].buffer.append(ms, value);
}

void TrendController::pull(Channel& c) {
    if (!c.source.live)
        return;
    QList<devices::LiveSample> fresh = c.source.live->since(c.nextSequence);
    if (fresh.isEmpty() && c.nextSequence > 0 && c.source.live->size() > 0 &&
        c.source.live->since(c.nextSequence - 1, 1).isEmpty()) {
        // Not even the last sample taken is there any more, although the ring holds
        // samples: the worker numbers from 0 again (a reconnect). Read from the start;
        // the time filter below drops what was taken already.
        c.nextSequence = 0;
        fresh = c.source.live->since(0);
    }
    for (const devices::LiveSample& s : fresh) {
        if (s.utcMs <= c.lastMs && c.lastMs != 0)
            continue;
        c.lastMs = s.utcMs;
        if (!s.error)
            c.buffer.append(s.utcMs, s.value);
    }
    if (!fresh.isEmpty())
        c.nextSequence = fresh.back().sequence + 1;
}

void TrendController::collect() {
    for (Channel& c : channels_)
        pull(c);
}

void TrendController::frame() {
    QElapsedTimer t;
    t.start();
    const double cpu0 = threadCpuMs();
    for (Channel& c : channels_)
        pull(c);
    const qint64 end = endMs();
    const qint64 from = end - spanMs_;
    view_.setTimeRange(from, end);
    const int columns = view_.plotColumns();
    for (std::size_t i = 0; i < channels_.size(); ++i) {
        Channel& c = channels_[i];
        c.buffer.decimate(from, end, columns, c.decimated);
        view_.setData(int(i), c.decimated);
    }
    // The redraw itself is part of the frame's cost: drawn now, not at some later turn of
    // the event loop.
    if (view_.isVisible())
        view_.redraw();
    const double ms = double(t.nsecsElapsed()) / 1e6;
    stats_.lastMs = ms;
    stats_.lastCpuMs = threadCpuMs() - cpu0;
    stats_.maxMs = std::max(stats_.maxMs, ms);
    stats_.sumMs += ms;
    ++stats_.frames;
    Q_EMIT rangeChanged(from, end, !paused_);
}

std::size_t TrendController::memoryBytes() const {
    std::size_t bytes = 0;
    for (const Channel& c : channels_)
        bytes += c.buffer.memoryBytes();
    return bytes;
}

}  // namespace batch::ui::trend
