#pragma once

#include "charts/mva/MvaChartKit.h"

#include <QVector>

class QLineSeries;
class QScatterSeries;

namespace batch::ui::mva {

// A control chart of one statistic (T2, SPE or DModX) against maturity, with its 95 % and
// 99 % limit lines (constant or per maturity) and the points beyond 99 % marked in red.
class ControlChart : public MvaChartView {
    Q_OBJECT
public:
    ControlChart(const QString& title, const QString& statistic, QWidget* parent = nullptr);

    // One entry per sample; limits per sample (a constant limit repeats its value).
    void setData(const QVector<double>& maturity, const QVector<double>& values,
                 const QVector<double>& limit95, const QVector<double>& limit99);
    void setSelected(int index);
    int pointsBeyond99() const { return beyond99_; }

private:
    QLineSeries* values_;
    QLineSeries* limit95_;
    QLineSeries* limit99_;
    QScatterSeries* alarm_;
    QScatterSeries* selected_;
    QList<QPointF> points_;
    int beyond99_ = 0;
};

}  // namespace batch::ui::mva
