#include "qc/VariantStateChart.h"

#include <QCategoryAxis>
#include <QChart>
#include <QDateTime>
#include <QDateTimeAxis>
#include <QLegendMarker>
#include <QLineSeries>
#include <QScatterSeries>

namespace batch::ui {
namespace {

qint64 msOf(const QString& utc) {
    return QDateTime::fromString(utc, Qt::ISODateWithMs).toMSecsSinceEpoch();
}

// The state a lot was created in, as a y position of the chart.
int rankAt(const sampling::StateChart& chart, const QString& state) {
    return std::max(0, chart.rank(state));
}

}  // namespace

VariantStateChart::VariantStateChart(QWidget* parent) : QChartView(parent) {
    setObjectName(QStringLiteral("variantStateChart"));
    setRenderHint(QPainter::Antialiasing);
    setMinimumHeight(260);
    auto* c = new QChart;
    c->setAnimationOptions(QChart::NoAnimation);
    c->setBackgroundBrush(QColor(0xf4, 0xf5, 0xf6));
    c->legend()->setAlignment(Qt::AlignBottom);
    setChart(c);
}

void VariantStateChart::clear() {
    chart()->removeAllSeries();
    for (QAbstractAxis* a : chart()->axes()) {
        chart()->removeAxis(a);
        delete a;
    }
    changes_ = 0;
}

void VariantStateChart::setHistory(const sampling::StateChart& chart,
                                   const std::vector<sampling::VariantHistoryEntry>& history,
                                   const std::vector<sampling::Lot>& lots, qint64 nowMs) {
    clear();
    QChart* c = this->chart();
    auto* states = new QLineSeries;
    states->setName(tr("State"));
    QPen pen(QColor(0x1f, 0x4e, 0x8c));
    pen.setWidth(3);
    states->setPen(pen);
    qint64 first = nowMs;
    int rank = -1;
    for (const sampling::VariantHistoryEntry& h : history) {
        if (h.type != sampling::types::kVariantStateChanged)
            continue;
        const qint64 t = msOf(h.tsUtc);
        first = std::min(first, t);
        if (rank >= 0)
            states->append(double(t), rank);  // the step: hold the old state until now
        rank = rankAt(chart, h.toState);
        states->append(double(t), rank);
        ++changes_;
    }
    if (rank >= 0)
        states->append(double(nowMs), rank);

    auto* accepted = new QScatterSeries;
    accepted->setName(tr("Lot released"));
    accepted->setMarkerShape(QScatterSeries::MarkerShapeCircle);
    accepted->setMarkerSize(11);
    accepted->setColor(QColor(0x4a, 0x50, 0x57));
    accepted->setBorderColor(QColor(0x4a, 0x50, 0x57));
    auto* rejected = new QScatterSeries;
    rejected->setName(tr("Lot rejected"));
    rejected->setMarkerShape(QScatterSeries::MarkerShapeRectangle);
    rejected->setMarkerSize(14);
    rejected->setColor(QColor(0xc6, 0x28, 0x28));
    rejected->setBorderColor(QColor(0x8e, 0x10, 0x10));
    auto* open = new QScatterSeries;
    open->setName(tr("Lot open"));
    open->setMarkerShape(QScatterSeries::MarkerShapeCircle);
    open->setMarkerSize(11);
    open->setColor(Qt::white);
    open->setBorderColor(QColor(0x4a, 0x50, 0x57));
    for (const sampling::Lot& l : lots) {
        const qint64 t = msOf(l.createdUtc);
        first = std::min(first, t);
        QScatterSeries* s = l.disposition == QLatin1String("released")   ? accepted
                            : l.disposition == QLatin1String("rejected") ? rejected
                                                                         : open;
        s->append(double(t), rankAt(chart, l.stateAtCreation));
    }
    for (QAbstractSeries* s :
         std::initializer_list<QAbstractSeries*>{states, accepted, rejected, open})
        c->addSeries(s);

    auto* x = new QDateTimeAxis;
    x->setFormat(QStringLiteral("yyyy-MM-dd"));
    x->setTitleText(tr("Date (UTC)"));
    const qint64 span = std::max<qint64>(nowMs - first, 86'400'000);
    x->setRange(QDateTime::fromMSecsSinceEpoch(first - span / 40, Qt::UTC),
                QDateTime::fromMSecsSinceEpoch(nowMs + span / 40, Qt::UTC));
    x->setTickCount(6);
    auto* y = new QCategoryAxis;
    y->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    for (std::size_t i = 0; i < chart.states.size(); ++i)
        y->append(QStringLiteral("%1 (%2)").arg(chart.states[i].name,
                                                sampling::levelName(chart.states[i].level)),
                  double(i));
    y->setRange(-0.4, double(chart.states.size()) - 0.6);
    c->addAxis(x, Qt::AlignBottom);
    c->addAxis(y, Qt::AlignLeft);
    for (QAbstractSeries* s : c->series()) {
        s->attachAxis(x);
        s->attachAxis(y);
    }
    QFont font = c->font();
    font.setPixelSize(15);
    for (QAbstractAxis* a : c->axes()) {
        a->setLabelsFont(font);
        a->setTitleFont(font);
    }
    c->legend()->setFont(font);
    // Only the marker kinds that occur are explained.
    for (QLegendMarker* m : c->legend()->markers())
        if (auto* s = qobject_cast<QXYSeries*>(m->series()); s && s->count() == 0)
            m->setVisible(false);
}

}  // namespace batch::ui
