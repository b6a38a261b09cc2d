#include "charts/trend/QtChartsTrendView.h"

#include "Theme.h"

#include <QAreaSeries>
#include <QCoreApplication>
#include <QChart>
#include <QChartView>
#include <QDateTime>
#include <QDateTimeAxis>
#include <QLineSeries>
#include <QValueAxis>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

namespace batch::ui::trend {
namespace {

QAreaSeries* band(QChart* chart, double from, double to, QRgb colour) {
    auto* upper = new QLineSeries(chart);
    auto* lower = new QLineSeries(chart);
    // Wide in time: the band spans whatever range the axis shows.
    upper->append(0, to);
    upper->append(4.0e12, to);
    lower->append(0, from);
    lower->append(4.0e12, from);
    auto* area = new QAreaSeries(upper, lower);
    area->setBrush(QColor(colour));
    area->setPen(Qt::NoPen);
    area->setUseOpenGL(false);
    return area;
}

}  // namespace

QtChartsTrendView::QtChartsTrendView(QWidget* parent) : TrendView(parent) {
    setObjectName(QStringLiteral("TrendView"));
    layout_ = new QVBoxLayout(this);
    layout_->setContentsMargins(0, 0, 0, 0);
    layout_->setSpacing(8);
}

QtChartsTrendView::~QtChartsTrendView() = default;

void QtChartsTrendView::setChannels(const QList<ChannelInfo>& channels) {
    for (Channel& c : channels_)
        delete c.view;  // owns its chart
    channels_.clear();
    for (int i = 0; i < channels.size(); ++i) {
        Channel c;
        c.info = channels[i];
        c.chart = new QChart;
        c.chart->setAnimationOptions(QChart::NoAnimation);
        c.chart->legend()->hide();
        c.chart->setBackgroundBrush(QColor(colors::kBandNormal));
        c.chart->setMargins(QMargins(4, 4, 4, 4));
        c.chart->setTitle(QStringLiteral("%1 [%2]").arg(c.info.title, c.info.unit));
        QFont title = font();
        title.setPixelSize(17);
        title.setBold(true);
        c.chart->setTitleFont(title);
        c.line = new QLineSeries(c.chart);
        // A one-pixel cosmetic pen is drawn by the raster engine's line fast path; a wider
        // one is stroked into polygons (joins, atan2) - ten times the cost per frame.
        QPen pen(QColor(colors::kSeries[i % 4]));
        pen.setWidth(1);
        pen.setCosmetic(true);
        c.line->setPen(pen);
        c.time = new QDateTimeAxis(c.chart);
        c.time->setFormat(QStringLiteral("HH:mm:ss"));  // local time
        c.time->setTickCount(7);
        c.value = new QValueAxis(c.chart);
        c.value->setLabelFormat(QStringLiteral("%.") + QString::number(c.info.decimals) +
                                QStringLiteral("f"));
        QFont axisFont = font();
        axisFont.setPixelSize(14);
        c.time->setLabelsFont(axisFont);
        c.value->setLabelsFont(axisFont);
        c.time->setGridLineColor(QColor(colors::kGrid));
        c.value->setGridLineColor(QColor(colors::kGrid));
        c.chart->addAxis(c.time, Qt::AlignBottom);
        c.chart->addAxis(c.value, Qt::AlignLeft);
        rebuildBands(c);
        c.view = new QChartView(c.chart, this);
        c.view->setObjectName(QStringLiteral("trendChart_") + c.info.id);
        c.view->setRenderHint(QPainter::Antialiasing, false);  // cheaper, and crisp lines
        c.view->setMinimumHeight(140);
        layout_->addWidget(c.view, 1);
        channels_.push_back(std::move(c));
    }
}

void QtChartsTrendView::rebuildBands(Channel& c) {
    // Bands first, the line last: the line stays on top of its bands.
    if (c.chart->series().contains(c.line))
        c.chart->removeSeries(c.line);
    for (QAreaSeries* a : c.bands) {
        c.chart->removeSeries(a);
        delete a;
    }
    c.bands.clear();
    const ChannelInfo& i = c.info;
    constexpr double kFar = 1e12;
    auto add = [&](double from, double to, QRgb colour) {
        QAreaSeries* a = band(c.chart, from, to, colour);
        c.chart->addSeries(a);
        a->attachAxis(c.time);
        a->attachAxis(c.value);
        c.bands << a;
    };
    // Behind the line: beyond the action limits pale red, the alert zones pale amber.
    if (i.low)
        add(-kFar, *i.low, colors::kBandAction);
    if (i.high)
        add(*i.high, kFar, colors::kBandAction);
    if (i.alertLow)
        add(i.low.value_or(-kFar), *i.alertLow, colors::kBandAlert);
    if (i.alertHigh)
        add(*i.alertHigh, i.high.value_or(kFar), colors::kBandAlert);
    c.chart->addSeries(c.line);
    c.line->attachAxis(c.time);
    c.line->attachAxis(c.value);
}

void QtChartsTrendView::setLimits(int channel, const ChannelInfo& limits) {
    if (channel < 0 || channel >= int(channels_.size()))
        return;
    Channel& c = channels_[size_t(channel)];
    const ChannelInfo keep = c.info;
    c.info.low = limits.low;
    c.info.high = limits.high;
    c.info.alertLow = limits.alertLow;
    c.info.alertHigh = limits.alertHigh;
    c.info.target = limits.target;
    if (keep.low != c.info.low || keep.high != c.info.high || keep.alertLow != c.info.alertLow ||
        keep.alertHigh != c.info.alertHigh)
        rebuildBands(c);
}

void QtChartsTrendView::setTimeRange(qint64 fromMs, qint64 toMs) {
    toMs = std::max(toMs, fromMs + 1);
    // Re-laying out the axes is the dearest part of a frame: only when the range moved
    // by a pixel column or its span changed.
    const double msPerPixel = double(toMs - fromMs) / std::max(1, plotColumns());
    if (toMs - fromMs == toMs_ - fromMs_ && std::abs(double(toMs - toMs_)) < msPerPixel)
        return;
    fromMs_ = fromMs;
    toMs_ = toMs;
    const QDateTime from = QDateTime::fromMSecsSinceEpoch(fromMs_);
    const QDateTime to = QDateTime::fromMSecsSinceEpoch(toMs_);
    const bool days = toMs_ - fromMs_ > 6LL * 3600 * 1000;
    for (Channel& c : channels_) {
        c.time->setFormat(days ? QStringLiteral("HH:mm") : QStringLiteral("HH:mm:ss"));
        c.time->setRange(from, to);
    }
}

void QtChartsTrendView::fitValueAxis(Channel& c, double lo, double hi) {
    // The normal range stays in view, so the value is always seen against its limits.
    for (const auto& v : {c.info.low, c.info.high, c.info.target})
        if (v) {
            lo = std::min(lo, *v);
            hi = std::max(hi, *v);
        }
    if (!(hi > lo)) {
        const double pad = std::max(std::abs(hi) * 0.01, 1e-3);
        lo -= pad;
        hi += pad;
    }
    const double margin = (hi - lo) * 0.08;
    lo -= margin;
    hi += margin;
    // Hysteresis: the axis does not jitter with every frame.
    if (lo < c.lastMin || hi > c.lastMax || (hi - lo) < 0.5 * (c.lastMax - c.lastMin)) {
        c.lastMin = lo;
        c.lastMax = hi;
        c.value->setRange(lo, hi);
    }
}

void QtChartsTrendView::setData(int channel, const Decimated& data) {
    if (channel < 0 || channel >= int(channels_.size()))
        return;
    Channel& c = channels_[size_t(channel)];
    c.points.clear();
    double lo = std::numeric_limits<double>::infinity();
    double hi = -lo;
    if (data.raw) {
        c.points.reserve(qsizetype(data.times.size()));
        for (std::size_t i = 0; i < data.times.size(); ++i) {
            c.points.append(QPointF(double(data.times[i]), data.values[i]));
            lo = std::min(lo, data.values[i]);
            hi = std::max(hi, data.values[i]);
        }
    } else if (!data.columns.empty()) {
        const double columnMs = double(data.toMs - data.fromMs) / double(data.columns.size());
        // A column whose values span less than a pixel is one point, not a vertical line.
        const double pixel =
            (c.lastMax - c.lastMin) / std::max(1.0, c.chart->plotArea().height()) * 0.5;
        c.points.reserve(qsizetype(data.columns.size()) * 2);
        // Each column's extremes in the order that continues from where the previous
        // column ended (max, max, min, min, ...): the line steps instead of zig-zagging,
        // which is both the honest envelope and cheaper for the chart to stroke.
        bool endedHigh = false;
        for (std::size_t i = 0; i < data.columns.size(); ++i) {
            const Column& col = data.columns[i];
            if (!col.valid)
                continue;
            const double x = double(data.fromMs) + (double(i) + 0.5) * columnMs;
            if (col.max - col.min < pixel) {
                c.points.append(QPointF(x, (col.min + col.max) / 2));
            } else if (endedHigh) {
                c.points.append(QPointF(x, col.max));
                c.points.append(QPointF(x, col.min));
                endedHigh = false;
            } else {
                c.points.append(QPointF(x, col.min));
                c.points.append(QPointF(x, col.max));
                endedHigh = true;
            }
            lo = std::min(lo, col.min);
            hi = std::max(hi, col.max);
        }
    }
    c.line->replace(c.points);  // one replace per frame, never per sample
    if (std::isfinite(lo))
        fitValueAxis(c, lo, hi);
    else
        fitValueAxis(c, c.info.low.value_or(0), c.info.high.value_or(1));
}

void QtChartsTrendView::redraw() {
    // The charts' scenes take their updates through posted events; deliver them, then
    // paint each view synchronously.
    QCoreApplication::sendPostedEvents();
    for (Channel& c : channels_)
        c.view->viewport()->repaint();
}

int QtChartsTrendView::plotColumns() const {
    if (channels_.empty())
        return std::max(1, width() - 80);
    return std::max(1, int(channels_.front().chart->plotArea().width()));
}

qsizetype QtChartsTrendView::pointsShown() const {
    qsizetype n = 0;
    for (const Channel& c : channels_)
        n += c.points.size();
    return n;
}

}  // namespace batch::ui::trend
