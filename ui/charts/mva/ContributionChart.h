#pragma once

#include <QChartView>
#include <QStringList>
#include <QVector>

class QBarCategoryAxis;
class QBarSet;
class QHorizontalBarSeries;
class QValueAxis;

namespace batch::ui::mva {

// Contributions of each variable to a statistic at one observation, as horizontal bars
// (the largest at the top). Bars that point "high" against the average batch and those
// that point "low" are told apart by their label as well as their shade, never by colour
// alone.
class ContributionChart : public QChartView {
    Q_OBJECT
public:
    explicit ContributionChart(QWidget* parent = nullptr);

    // `high[k]`: the variable is above the average batch at this maturity.
    void setContributions(const QString& title, const QStringList& variables,
                          const QVector<double>& values, const QVector<bool>& high);
    QStringList order() const { return order_; }  // variables, largest contribution first

private:
    QHorizontalBarSeries* series_;
    QBarSet* set_;
    QBarCategoryAxis* categories_;
    QValueAxis* values_;
    QStringList order_;
};

}  // namespace batch::ui::mva
