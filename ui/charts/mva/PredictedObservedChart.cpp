#include "charts/mva/PredictedObservedChart.h"

#include <QChart>
#include <QLineSeries>
#include <QScatterSeries>
#include <QValueAxis>

#include <cmath>
#include <limits>

namespace batch::ui::mva {

PredictedObservedChart::PredictedObservedChart(const QString& response, QWidget* parent)
    : MvaChartView(tr("Soft sensor: predicted vs observed %1").arg(response), parent) {
    identity_ = addLine(tr("y = x"), palette::kReference, 1.5, Qt::DashLine);
    trusted_ = addMarkers(tr("trusted"), palette::kData, 6);
    untrusted_ = addMarkers(tr("not trusted"), palette::kWarning, 6, true);
    selected_ = addSelectionRing();
    setAxisTitles(tr("observed %1").arg(response), tr("predicted %1").arg(response));
}

void PredictedObservedChart::setData(const QList<QPointF>& points, const QList<bool>& trusted) {
    QList<QPointF> in, out;
    double lo = std::numeric_limits<double>::max(), hi = -lo;
    for (qsizetype i = 0; i < points.size(); ++i) {
        const QPointF& p = points[i];
        if (!std::isfinite(p.x()) || !std::isfinite(p.y()))
            continue;
        (i < trusted.size() && trusted[i] ? in : out).append(p);
        lo = std::min({lo, p.x(), p.y()});
        hi = std::max({hi, p.x(), p.y()});
    }
    trusted_->replace(in);
    untrusted_->replace(out);
    if (lo <= hi)
        identity_->replace(QList<QPointF>{{lo, lo}, {hi, hi}});
    points_ = points;
    setSelectable(points);
    if (lo <= hi) {
        const double pad = (hi - lo) * 0.05 + 1e-9;
        for (QValueAxis* a : {axisX(), axisY()}) {
            a->setRange(lo - pad, hi + pad);
            a->applyNiceNumbers();
        }
    }
}

void PredictedObservedChart::setSelected(int index) {
    showSelected(selected_, points_, index);
}

}  // namespace batch::ui::mva
