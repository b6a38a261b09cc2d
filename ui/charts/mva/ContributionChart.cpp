#include "charts/mva/ContributionChart.h"

#include "charts/mva/MvaChartKit.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QHorizontalBarSeries>
#include <QLegend>
#include <QValueAxis>

#include <algorithm>
#include <cmath>
#include <numeric>

namespace batch::ui::mva {

ContributionChart::ContributionChart(QWidget* parent) : QChartView(parent) {
    auto* c = new QChart;
    c->setAnimationOptions(QChart::NoAnimation);
    c->setBackgroundBrush(QColor(0xf4, 0xf5, 0xf6));
    c->setBackgroundRoundness(0);
    QFont titleFont = font();
    titleFont.setPointSizeF(12);
    titleFont.setBold(true);
    c->setTitleFont(titleFont);
    c->legend()->hide();
    series_ = new QHorizontalBarSeries(c);
    set_ = new QBarSet(tr("contribution"));
    set_->setColor(palette::kData);
    set_->setBorderColor(palette::kData.darker(130));
    series_->append(set_);
    series_->setLabelsVisible(true);
    series_->setLabelsPosition(QAbstractBarSeries::LabelsOutsideEnd);
    series_->setLabelsFormat(QStringLiteral("@value"));
    series_->setLabelsPrecision(3);
    set_->setLabelColor(QColor(0x1a, 0x1a, 0x1a));
    c->addSeries(series_);
    categories_ = new QBarCategoryAxis(c);
    values_ = new QValueAxis(c);
    QFont f = font();
    f.setPointSizeF(10);
    categories_->setLabelsFont(f);
    values_->setLabelsFont(f);
    values_->setGridLineColor(QColor(0xd3, 0xd6, 0xda));
    c->addAxis(categories_, Qt::AlignLeft);
    c->addAxis(values_, Qt::AlignBottom);
    series_->attachAxis(categories_);
    series_->attachAxis(values_);
    setChart(c);
    setRenderHint(QPainter::Antialiasing);
    setMinimumSize(240, 200);
    c->setTitle(tr("Contributions: click a point in any chart"));
}

void ContributionChart::setContributions(const QString& title, const QStringList& variables,
                                         const QVector<double>& values, const QVector<bool>& high) {
    std::vector<int> idx(static_cast<size_t>(variables.size()));
    std::iota(idx.begin(), idx.end(), 0);
    // Largest first from the top: a horizontal bar series draws its first category at the
    // bottom, so the categories go in ascending order.
    std::stable_sort(idx.begin(), idx.end(),
                     [&](int a, int b) { return std::abs(values[a]) < std::abs(values[b]); });
    QStringList cats;
    QList<qreal> bars;
    order_.clear();
    double lo = 0, hi = 0;
    for (int i : idx) {
        QString name = variables[i];
        name.replace(QLatin1Char('_'), QLatin1Char(' '));
        cats << name + (high[i] ? tr(" ▲ high") : tr(" ▼ low"));
        bars << values[i];
        order_.prepend(variables[i]);
        lo = std::min(lo, values[i]);
        hi = std::max(hi, values[i]);
    }
    set_->remove(0, set_->count());
    set_->append(bars);
    categories_->clear();
    categories_->append(cats);
    const double pad = (hi - lo) * 0.18 + 1e-12;  // room for the value labels
    values_->setRange(lo - (lo < 0 ? pad : 0), hi + pad);
    chart()->setTitle(title);
}

}  // namespace batch::ui::mva
