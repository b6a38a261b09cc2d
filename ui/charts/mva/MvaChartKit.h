#pragma once

#include <QChartView>
#include <QColor>
#include <QList>
#include <QPointF>
#include <QString>

class QAbstractSeries;
class QLineSeries;
class QScatterSeries;
class QValueAxis;

namespace batch::ui::mva {

// The look shared by every MVA chart (ISA-101: calm greys, one accent for the data, amber
// and red only for the 95 % and 99 % limits and for points beyond them): palette, fonts,
// no animations. Live charts are redrawn by replacing each series once per frame.
namespace palette {
inline const QColor kData{0x1f, 0x4e, 0x8c};       // the accent: the monitored batch
inline const QColor kReference{0x8d, 0x93, 0x99};  // training batches, the average batch
inline const QColor kBand{0xc9, 0xce, 0xd3};       // the +/- 3 SD band
inline const QColor kWarning{0xb0, 0x7f, 0x00};    // 95 % limit (amber)
inline const QColor kAlarm{0xc6, 0x28, 0x28};      // 99 % limit and points beyond it (red)
}  // namespace palette

// A chart view with the house style, value axes and a click that selects the nearest
// data point (the contribution chart is one click away from any point).
class MvaChartView : public QChartView {
    Q_OBJECT
public:
    explicit MvaChartView(const QString& title, QWidget* parent = nullptr);

    QValueAxis* axisX() const { return axisX_; }
    QValueAxis* axisY() const { return axisY_; }
    // A line series attached to both axes.
    QLineSeries* addLine(const QString& name, const QColor& color, qreal width,
                         Qt::PenStyle style = Qt::SolidLine);
    void attach(QAbstractSeries* series);
    // Point markers attached to both axes; squares are the alarm/warning convention.
    QScatterSeries* addMarkers(const QString& name, const QColor& color, qreal size,
                               bool square = false);
    // The ring around the selected point (the same in every chart).
    QScatterSeries* addSelectionRing();
    // Shows `points[index]` in the ring, or nothing for an index out of range.
    static void showSelected(QScatterSeries* ring, const QList<QPointF>& points, int index);
    // Points that a click can select, in data coordinates; index = sample index.
    void setSelectable(const QList<QPointF>& points) { selectable_ = points; }
    // Axis ranges from the data: y with a margin and round ticks (`includeZero` for
    // statistics); x exactly over the data (a maturity range) unless `niceX`.
    void fitAxes(const QList<QPointF>& points, bool includeZero, bool niceX = false);
    void setAxisTitles(const QString& x, const QString& y);

signals:
    void pointSelected(int index);

protected:
    void mousePressEvent(QMouseEvent* event) override;
    // The legend only where it has room for its words (narrow charts rely on the panel's key).
    void resizeEvent(QResizeEvent* event) override;

private:
    QValueAxis* axisX_;
    QValueAxis* axisY_;
    QList<QPointF> selectable_;
};

// Expands a range [lo, hi] from the points (x or y) for fitAxes and friends.
void growRange(const QList<QPointF>& points, qreal& minX, qreal& maxX, qreal& minY, qreal& maxY);

}  // namespace batch::ui::mva
