#pragma once

#include "charts/mva/MvaChartKit.h"

class QLineSeries;
class QScatterSeries;

namespace batch::ui::mva {

// Score plot t_a against t_b: the training observations in grey, this batch as a path,
// and the confidence ellipse t_a^2/lambda_a + t_b^2/lambda_b = T2 limit (two components).
class ScoreScatterChart : public MvaChartView {
    Q_OBJECT
public:
    explicit ScoreScatterChart(QWidget* parent = nullptr);

    void setComponents(int a, int b);
    void setTraining(const QList<QPointF>& points);
    // Semi-axes of the ellipse: sqrt(lambda_a * T2lim), sqrt(lambda_b * T2lim).
    void setEllipse(double semiA, double semiB, const QString& label);
    void setBatch(const QList<QPointF>& points);
    void setSelected(int index);

private:
    void refit();

    QScatterSeries* training_;
    QLineSeries* ellipse_;
    QLineSeries* batch_;
    QScatterSeries* outside_;
    QScatterSeries* selected_;
    QList<QPointF> trainingPoints_, ellipsePoints_, batchPoints_;
    double semiA_ = 0, semiB_ = 0;
};

}  // namespace batch::ui::mva
