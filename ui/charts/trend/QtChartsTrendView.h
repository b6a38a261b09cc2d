#pragma once

#include "charts/trend/TrendView.h"

#include <QList>
#include <QPointF>

#include <vector>

class QAreaSeries;
class QChart;
class QChartView;
class QDateTimeAxis;
class QLineSeries;
class QValueAxis;
class QVBoxLayout;

namespace batch::ui::trend {

// TrendView on Qt Charts: one chart per channel, stacked (each instrument in its own
// unit and against its own normal range). A line series per channel gets its whole
// point list with replace() once per frame; limits are area series behind it (pale
// amber alert zones, pale red beyond the action limits); animations are off.
class QtChartsTrendView : public TrendView {
    Q_OBJECT
public:
    explicit QtChartsTrendView(QWidget* parent = nullptr);
    ~QtChartsTrendView() override;

    void setChannels(const QList<ChannelInfo>& channels) override;
    void setLimits(int channel, const ChannelInfo& limits) override;
    void setTimeRange(qint64 fromMs, qint64 toMs) override;
    void setData(int channel, const Decimated& data) override;
    void redraw() override;
    int plotColumns() const override;
    qsizetype pointsShown() const override;

private:
    struct Channel {
        ChannelInfo info;
        QChart* chart = nullptr;
        QChartView* view = nullptr;
        QLineSeries* line = nullptr;
        QDateTimeAxis* time = nullptr;
        QValueAxis* value = nullptr;
        QList<QAreaSeries*> bands;
        QList<QPointF> points;  // reused between frames
        double lastMin = 0;
        double lastMax = 0;
    };
    void rebuildBands(Channel& c);
    void fitValueAxis(Channel& c, double lo, double hi);

    QVBoxLayout* layout_;
    std::vector<Channel> channels_;
    qint64 fromMs_ = 0;
    qint64 toMs_ = 1;
};

}  // namespace batch::ui::trend
