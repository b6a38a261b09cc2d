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
    trusted_ = new QScatterSeries(chart());
    trusted_->setName(tr("trusted"));
    trusted_->setMarkerSize(6);
    trusted_->setColor(palette::kData);
    trusted_->setBorderColor(palette::kData);
    attach(trusted_);
    untrusted_ = new QScatterSeries(chart());
    untrusted_->setName(tr("not trusted"));
    untrusted_->setMarkerShape(QScatterSeries::MarkerShapeRectangle);
    untrusted_->setMarkerSize(6);
    untrusted_->setColor(palette::kWarning);
    untrusted_->setBorderColor(palette::kWarning.darker(140));
    attach(untrusted_);
    selected_ = new QScatterSeries(chart());
    selected_->setName(tr("selected"));
    selected_->setMarkerSize(14);
    selected_->setColor(Qt::transparent);
    selected_->setPen(QPen(QColor(0x1a, 0x1a, 0x1a), 2.5));
    attach(selected_);
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
    if (index >= 0 && index < points_.size())
        selected_->replace(QList<QPointF>{points_[index]});
    else
        selected_->clear();
}

}  // namespace batch::ui::mva
