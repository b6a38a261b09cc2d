#pragma once

#include "charts/mva/MvaChartKit.h"

class QLineSeries;
class QScatterSeries;

namespace batch::ui::mva {

// PLS soft sensor: predicted against observed quality attribute, with the line of
// perfect agreement; predictions outside the model's experience are marked.
class PredictedObservedChart : public MvaChartView {
    Q_OBJECT
public:
    explicit PredictedObservedChart(const QString& response, QWidget* parent = nullptr);

    // `trusted[i]`: the observation lies within the PLS model (T2 and SPE under 99 %).
    void setData(const QList<QPointF>& observedPredicted, const QList<bool>& trusted);
    void setSelected(int index);

private:
    QLineSeries* identity_;
    QScatterSeries* trusted_;
    QScatterSeries* untrusted_;
    QScatterSeries* selected_;
    QList<QPointF> points_;
};

}  // namespace batch::ui::mva
