#pragma once

#include "charts/trend/TrendBuffer.h"

#include <QList>
#include <QString>
#include <QWidget>

#include <optional>

namespace batch::ui::trend {

// What one trend channel is: an instrument's readings, in its unit, with the limits of
// whatever it is measuring now (drawn as bands), if any.
struct ChannelInfo {
    QString id;    // instrument id
    QString title; // e.g. "BAL-01 · Floor balance 300 kg"
    QString unit;
    int decimals = 2;
    std::optional<double> low;  // action / tolerance limits
    std::optional<double> high;
    std::optional<double> alertLow;
    std::optional<double> alertHigh;
    std::optional<double> target;
};

// The drawing side of the trends, behind which the chart library can be swapped: the
// controller hands over, once per frame and per channel, the decimated data for the
// time range; the view replaces what it shows in one go (no per-sample appends, no
// animations). The time axis is local time.
class TrendView : public QWidget {
    Q_OBJECT
public:
    using QWidget::QWidget;

    virtual void setChannels(const QList<ChannelInfo>& channels) = 0;
    virtual void setLimits(int channel, const ChannelInfo& limits) = 0;
    virtual void setTimeRange(qint64 fromMs, qint64 toMs) = 0;
    virtual void setData(int channel, const Decimated& data) = 0;
    // Draws what was handed over, now (the controller measures the whole frame).
    virtual void redraw() = 0;
    // Pixel columns of the plot area: the decimation resolution.
    virtual int plotColumns() const = 0;
    // Points handed to the library in the last frame (all channels).
    virtual qsizetype pointsShown() const = 0;
};

}  // namespace batch::ui::trend
