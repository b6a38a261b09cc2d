#include "charts/mva/TrajectoryChart.h"

#include <QAreaSeries>
#include <QChart>
#include <QLineSeries>
#include <QScatterSeries>

#include <algorithm>
#include <cmath>

namespace batch::ui::mva {

TrajectoryChart::TrajectoryChart(const QString& title, const QString& quantity, QWidget* parent)
    : MvaChartView(title, parent) {
    low_ = new QLineSeries(chart());
    high_ = new QLineSeries(chart());
    band_ = new QAreaSeries(high_, low_);
    band_->setName(tr("±3 SD"));
    band_->setColor(palette::kBand);
    band_->setBorderColor(palette::kReference);
    attach(band_);
    mean_ = addLine(tr("mean"), palette::kReference, 1.5, Qt::DashLine);
    batch_ = addLine(tr("batch"), palette::kData, 2.0);
    outside_ = addMarkers(tr("alarm"), palette::kAlarm, 6, true);
    selected_ = addSelectionRing();
    setAxisTitles(tr("maturity"), quantity);
}

void TrajectoryChart::setReference(const QVector<double>& grid, const QVector<double>& mean,
                                   const QVector<double>& low, const QVector<double>& high) {
    QList<QPointF> m, lo, hi;
    for (qsizetype i = 0; i < grid.size(); ++i) {
        m.append({grid[i], mean[i]});
        lo.append({grid[i], low[i]});
        hi.append({grid[i], high[i]});
    }
    mean_->replace(m);
    low_->replace(lo);
    high_->replace(hi);
    grid_ = grid;
    low3_ = low;
    high3_ = high;
    reference_ = lo + hi;
    fitAxes(reference_ + points_, false);
}

void TrajectoryChart::setBatch(const QVector<double>& x, const QVector<double>& v) {
    QList<QPointF> pts, outside;
    for (qsizetype i = 0; i < std::min(x.size(), v.size()); ++i) {
        pts.append({x[i], v[i]});
        if (grid_.size() < 2 || !std::isfinite(v[i]))
            continue;
        // The band at this maturity, interpolated between grid points.
        const double f = std::clamp((x[i] - grid_.first()) / (grid_.last() - grid_.first()) *
                                        static_cast<double>(grid_.size() - 1),
                                    0.0, static_cast<double>(grid_.size() - 1));
        const auto k = std::min<qsizetype>(static_cast<qsizetype>(f), grid_.size() - 2);
        const double w = f - static_cast<double>(k);
        const double lo = (1 - w) * low3_[k] + w * low3_[k + 1];
        const double hi = (1 - w) * high3_[k] + w * high3_[k + 1];
        if (v[i] < lo || v[i] > hi)
            outside.append(pts.back());
    }
    batch_->replace(pts);
    outside_->replace(outside);
    points_ = pts;
    setSelectable(pts);
    fitAxes(reference_ + points_, false);
}

void TrajectoryChart::setSelected(int index) {
    showSelected(selected_, points_, index);
}

}  // namespace batch::ui::mva
