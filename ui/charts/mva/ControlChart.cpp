#include "charts/mva/ControlChart.h"

#include <QChart>
#include <QLineSeries>
#include <QScatterSeries>
#include <QValueAxis>

#include <cmath>

namespace batch::ui::mva {

ControlChart::ControlChart(const QString& title, const QString& statistic, QWidget* parent)
    : MvaChartView(title, parent) {
    limit95_ = addLine(tr("95 % limit"), palette::kWarning, 1.5, Qt::DashLine);
    limit99_ = addLine(tr("99 % limit"), palette::kAlarm, 2.0, Qt::DashLine);
    values_ = addLine(statistic, palette::kData, 2.0);
    alarm_ = addMarkers(tr("alarm"), palette::kAlarm, 6, true);
    selected_ = addSelectionRing();
    setAxisTitles(tr("maturity"), statistic);
}

void ControlChart::setData(const QVector<double>& x, const QVector<double>& v,
                           const QVector<double>& l95, const QVector<double>& l99) {
    QList<QPointF> values, p95, p99, beyond;
    const qsizetype n = std::min({x.size(), v.size(), l95.size(), l99.size()});
    values.reserve(n);
    for (qsizetype i = 0; i < n; ++i) {
        values.append({x[i], v[i]});
        p95.append({x[i], l95[i]});
        p99.append({x[i], l99[i]});
        if (std::isfinite(v[i]) && v[i] > l99[i])
            beyond.append({x[i], v[i]});
    }
    beyond99_ = static_cast<int>(beyond.size());
    // One replace() per series and frame: no per-sample appends on a live chart.
    values_->replace(values);
    limit95_->replace(p95);
    limit99_->replace(p99);
    alarm_->replace(beyond);
    points_ = values;
    setSelectable(values);
    QList<QPointF> all = values;
    all.append(p99);
    fitAxes(all, true);
}

void ControlChart::setSelected(int index) {
    showSelected(selected_, points_, index);
}

}  // namespace batch::ui::mva
