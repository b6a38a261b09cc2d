#include "charts/mva/MvaChartKit.h"

#include <QChart>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QMouseEvent>
#include <QResizeEvent>
#include <QScatterSeries>
#include <QValueAxis>

#include <cmath>
#include <limits>

namespace batch::ui::mva {

void growRange(const QList<QPointF>& points, qreal& minX, qreal& maxX, qreal& minY, qreal& maxY) {
    for (const QPointF& p : points) {
        if (!std::isfinite(p.x()) || !std::isfinite(p.y()))
            continue;
        minX = std::min(minX, p.x());
        maxX = std::max(maxX, p.x());
        minY = std::min(minY, p.y());
        maxY = std::max(maxY, p.y());
    }
}

MvaChartView::MvaChartView(const QString& title, QWidget* parent) : QChartView(parent) {
    auto* c = new QChart;
    c->setAnimationOptions(QChart::NoAnimation);
    c->setTitle(title);
    QFont titleFont = font();
    titleFont.setPointSizeF(12);
    titleFont.setBold(true);
    c->setTitleFont(titleFont);
    c->setBackgroundBrush(QColor(0xf4, 0xf5, 0xf6));
    c->setBackgroundRoundness(0);
    c->setMargins(QMargins(6, 6, 6, 6));
    c->legend()->setAlignment(Qt::AlignBottom);
    QFont legendFont = font();
    legendFont.setPointSizeF(9.5);
    c->legend()->setFont(legendFont);
    axisX_ = new QValueAxis(c);
    axisY_ = new QValueAxis(c);
    for (QValueAxis* a : {axisX_, axisY_}) {
        a->setGridLineColor(QColor(0xd3, 0xd6, 0xda));
        a->setLabelsColor(QColor(0x2b, 0x30, 0x35));
        QFont f = font();
        f.setPointSizeF(9.5);
        a->setLabelsFont(f);
        a->setTitleFont(f);
        a->setTickCount(7);
        a->setLabelFormat(QStringLiteral("%.4g"));
    }
    c->addAxis(axisX_, Qt::AlignBottom);
    c->addAxis(axisY_, Qt::AlignLeft);
    setChart(c);
    setRenderHint(QPainter::Antialiasing);
    setMinimumSize(240, 200);
}

void MvaChartView::attach(QAbstractSeries* series) {
    chart()->addSeries(series);
    series->attachAxis(axisX_);
    series->attachAxis(axisY_);
}

QScatterSeries* MvaChartView::addMarkers(const QString& name, const QColor& color, qreal size,
                                         bool square) {
    auto* s = new QScatterSeries(chart());
    s->setName(name);
    if (square)
        s->setMarkerShape(QScatterSeries::MarkerShapeRectangle);
    s->setMarkerSize(size);
    s->setColor(color);
    s->setBorderColor(square ? color.darker(140) : color);
    attach(s);
    return s;
}

QScatterSeries* MvaChartView::addSelectionRing() {
    QScatterSeries* s = addMarkers(tr("selected"), Qt::transparent, 14);
    s->setPen(QPen(QColor(0x1a, 0x1a, 0x1a), 2.5));
    return s;
}

void MvaChartView::showSelected(QScatterSeries* ring, const QList<QPointF>& points, int index) {
    if (index >= 0 && index < points.size())
        ring->replace(QList<QPointF>{points[index]});
    else
        ring->clear();
}

QLineSeries* MvaChartView::addLine(const QString& name, const QColor& color, qreal width,
                                   Qt::PenStyle style) {
    auto* s = new QLineSeries(chart());
    s->setName(name);
    QPen pen(color);
    pen.setWidthF(width);
    pen.setStyle(style);
    s->setPen(pen);
    attach(s);
    return s;
}

void MvaChartView::setAxisTitles(const QString& x, const QString& y) {
    axisX_->setTitleText(x);
    axisY_->setTitleText(y);
}

void MvaChartView::fitAxes(const QList<QPointF>& points, bool includeZero, bool niceX) {
    qreal minX = std::numeric_limits<qreal>::max(), maxX = -minX;
    qreal minY = minX, maxY = -minX;
    growRange(points, minX, maxX, minY, maxY);
    if (minX > maxX)
        return;
    if (includeZero)
        minY = std::min<qreal>(0, minY);
    const qreal dy = (maxY - minY) > 0 ? (maxY - minY) * 0.06 : 1.0;
    const qreal dx = (maxX - minX) > 0 ? 0.0 : 1.0;
    // The x axis spans the data exactly (a batch's maturity range), the y axis with a margin.
    axisX_->setRange(minX - dx, maxX + dx);
    axisY_->setRange(includeZero && minY >= 0 ? 0 : minY - dy, maxY + dy);
    axisY_->setTickCount(5);
    axisY_->applyNiceNumbers();
    if (niceX)
        axisX_->applyNiceNumbers();
}

void MvaChartView::resizeEvent(QResizeEvent* event) {
    chart()->legend()->setVisible(event->size().width() >= 420);
    QChartView::resizeEvent(event);
}

void MvaChartView::mousePressEvent(QMouseEvent* event) {
    if (!selectable_.isEmpty() && event->button() == Qt::LeftButton) {
        // The nearest point on screen: works for time charts and scatter plots alike, and
        // a click anywhere near the curve is enough (gloved hands, no hover).
        int best = -1;
        qreal bestDistance = std::numeric_limits<qreal>::max();
        for (int i = 0; i < selectable_.size(); ++i) {
            const QPointF& p = selectable_[i];
            if (!std::isfinite(p.x()) || !std::isfinite(p.y()))
                continue;
            const QPointF s = chart()->mapToPosition(p);
            const qreal d =
                std::hypot(s.x() - event->position().x(), s.y() - event->position().y());
            if (d < bestDistance) {
                bestDistance = d;
                best = i;
            }
        }
        if (best >= 0) {
            emit pointSelected(best);
            event->accept();
            return;
        }
    }
    QChartView::mousePressEvent(event);
}

}  // namespace batch::ui::mva
