#include "charts/mva/ScoreScatterChart.h"

#include <QChart>
#include <QLineSeries>
#include <QScatterSeries>

#include <cmath>

namespace batch::ui::mva {

ScoreScatterChart::ScoreScatterChart(QWidget* parent) : MvaChartView(tr("Score plot"), parent) {
    training_ = addMarkers(tr("mean batch"), palette::kBand, 4);
    ellipse_ = addLine(tr("99 % ellipse"), palette::kAlarm, 2.0, Qt::DashLine);
    batch_ = addLine(tr("batch"), palette::kData, 2.0);
    outside_ = addMarkers(tr("alarm"), palette::kAlarm, 6, true);
    selected_ = addSelectionRing();
    setComponents(1, 2);
}

void ScoreScatterChart::setComponents(int a, int b) {
    setAxisTitles(tr("t%1").arg(a), tr("t%1").arg(b));
}

void ScoreScatterChart::setTraining(const QList<QPointF>& points) {
    trainingPoints_ = points;
    training_->replace(points);
    refit();
}

void ScoreScatterChart::setEllipse(double semiA, double semiB, const QString& label) {
    semiA_ = semiA;
    semiB_ = semiB;
    ellipsePoints_.clear();
    constexpr int kSteps = 120;
    for (int i = 0; i <= kSteps; ++i) {
        const double phi = 2.0 * M_PI * i / kSteps;
        ellipsePoints_.append({semiA * std::cos(phi), semiB * std::sin(phi)});
    }
    ellipse_->setName(label);
    ellipse_->replace(ellipsePoints_);
    refit();
}

void ScoreScatterChart::setBatch(const QList<QPointF>& points) {
    batchPoints_ = points;
    batch_->replace(points);
    QList<QPointF> outside;
    if (semiA_ > 0 && semiB_ > 0)
        for (const QPointF& p : points)
            if (std::pow(p.x() / semiA_, 2) + std::pow(p.y() / semiB_, 2) > 1.0)
                outside.append(p);
    outside_->replace(outside);
    setSelectable(points);
    refit();
}

void ScoreScatterChart::setSelected(int index) {
    showSelected(selected_, batchPoints_, index);
}

void ScoreScatterChart::refit() {
    QList<QPointF> all = trainingPoints_ + ellipsePoints_ + batchPoints_;
    fitAxes(all, false, true);
}

}  // namespace batch::ui::mva
