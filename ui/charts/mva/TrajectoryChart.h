#pragma once

#include "charts/mva/MvaChartKit.h"

#include <QVector>

class QAreaSeries;
class QLineSeries;
class QScatterSeries;

namespace batch::ui::mva {

// A batch trajectory (a score or a variable) against maturity over the average batch of
// the model and its +/- 3 SD band.
class TrajectoryChart : public MvaChartView {
    Q_OBJECT
public:
    TrajectoryChart(const QString& title, const QString& quantity, QWidget* parent = nullptr);

    void setReference(const QVector<double>& grid, const QVector<double>& mean,
                      const QVector<double>& low, const QVector<double>& high);
    void setBatch(const QVector<double>& maturity, const QVector<double>& values);
    void setSelected(int index);

private:
    QLineSeries* mean_;
    QLineSeries* low_;
    QLineSeries* high_;
    QAreaSeries* band_;
    QLineSeries* batch_;
    QScatterSeries* outside_;
    QScatterSeries* selected_;
    QList<QPointF> reference_, points_;
    QVector<double> grid_, low3_, high3_;
};

}  // namespace batch::ui::mva
