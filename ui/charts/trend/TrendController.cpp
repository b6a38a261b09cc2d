#include "charts/trend/TrendController.h"

#include <QDateTime>

#include <algorithm>

namespace batch::ui::trend {

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
    const QList<devices::LiveSample> fresh = c.source.live->since(c.nextSequence);
    for (const devices::LiveSample& s : fresh) {
        // A reconnect numbers readings from 0 again: the time decides what is new.
        if (s.utcMs <= c.lastMs && c.lastMs != 0)
            continue;
        c.lastMs = s.utcMs;
        if (!s.error)
            c.buffer.append(s.utcMs, s.value);
    }
    if (!fresh.isEmpty())
        c.nextSequence = fresh.back().sequence + 1;
    else if (c.source.live->size() > 0 && c.nextSequence > 0) {
        // Nothing at or after our cursor although the ring holds samples: the sequence
        // restarted (reconnect). Read from the start; the time filter drops the old.
        const QList<devices::LiveSample> all = c.source.live->since(0, 1);
        if (!all.isEmpty() && all.front().sequence < c.nextSequence)
            c.nextSequence = 0;
    }
}

void TrendController::collect() {
    for (Channel& c : channels_)
        pull(c);
}

void TrendController::frame() {
    QElapsedTimer t;
    t.start();
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
    // The redraw itself is part of the frame's cost.
    if (view_.isVisible())
        view_.repaint();
    const double ms = double(t.nsecsElapsed()) / 1e6;
    stats_.lastMs = ms;
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
