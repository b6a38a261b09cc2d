#include "widgets/LimitBand.h"

#include "LocaleFormat.h"
#include "Theme.h"

#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <cmath>
#include <vector>

namespace batch::ui {
namespace {

constexpr int kMarkerRow = 30;  // value label and marker above the bar
constexpr int kBarHeight = 34;
constexpr int kLabelRow = 22;
constexpr int kSide = 12;

}  // namespace

LimitBand::LimitBand(QWidget* parent) : QWidget(parent) {
    setObjectName(QStringLiteral("LimitBand"));
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
}

void LimitBand::setSpec(const BandSpec& spec) {
    spec_ = spec;
    updateGeometry();
    update();
}

void LimitBand::setValue(std::optional<double> value) {
    if (value && !std::isfinite(*value))
        value.reset();
    value_ = value;
    update();
}

QSize LimitBand::sizeHint() const { return {560, minimumSizeHint().height()}; }

QSize LimitBand::minimumSizeHint() const {
    return {240, kMarkerRow + kBarHeight + labelRows() * kLabelRow + 6};
}

// Up to three labels (low, target, high) fit on one row; alert limits as well need two.
int LimitBand::labelRows() const {
    int marks = 0;
    for (const auto& v : {spec_.low, spec_.high, spec_.alertLow, spec_.alertHigh, spec_.target})
        marks += v ? 1 : 0;
    return marks > 3 ? 2 : 1;
}

LimitBand::Range LimitBand::range() const {
    std::vector<double> points;
    for (const auto& v : {spec_.low, spec_.high, spec_.alertLow, spec_.alertHigh, spec_.target})
        if (v)
            points.push_back(*v);
    if (points.empty())
        return {0, 1};
    double lo = *std::min_element(points.begin(), points.end());
    double hi = *std::max_element(points.begin(), points.end());
    // A one-sided limit ("at most 1.0") still needs room on the open side.
    double span = hi - lo;
    if (span <= 0)
        span = std::max(std::abs(hi) * 0.2, 1.0);
    lo -= span * 0.35;
    hi += span * 0.35;
    // The marker may leave the scale; it is then pinned to the edge with an arrow.
    return {lo, hi};
}

void LimitBand::paintEvent(QPaintEvent*) {
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const Range r = range();
    const QRectF bar(kSide, kMarkerRow, width() - 2 * kSide, kBarHeight);
    auto xOf = [&](double v) {
        return bar.left() + (v - r.from) / (r.to - r.from) * bar.width();
    };
    auto fill = [&](double from, double to, const QColor& colour) {
        const double a = std::clamp(xOf(from), bar.left(), bar.right());
        const double b = std::clamp(xOf(to), bar.left(), bar.right());
        if (b > a)
            p.fillRect(QRectF(a, bar.top(), b - a, bar.height()), colour);
    };

    p.fillRect(bar, QColor(colors::kBandNormal));
    const double lowEdge = spec_.low.value_or(r.from);
    const double highEdge = spec_.high.value_or(r.to);
    if (spec_.low)
        fill(r.from, *spec_.low, QColor(colors::kBandAction));
    if (spec_.high)
        fill(*spec_.high, r.to, QColor(colors::kBandAction));
    if (spec_.alertLow)
        fill(lowEdge, *spec_.alertLow, QColor(colors::kBandAlert));
    if (spec_.alertHigh)
        fill(*spec_.alertHigh, highEdge, QColor(colors::kBandAlert));
    p.setPen(QPen(QColor(colors::kMutedLine), 1));
    p.drawRect(bar);

    // Limit lines and their labels under the bar; a label that would overlap the one
    // before it moves to the second row.
    QFont small = font();
    small.setPixelSize(15);
    p.setFont(small);
    const QFontMetrics fm(small);
    struct Mark {
        double value;
        QString text;
        bool strong;  // action limit or target: solid; alert limit: dashed
        bool isTarget;
    };
    std::vector<Mark> marks;
    auto name = [&](double v) { return fmt::number(v, spec_.decimals); };
    if (spec_.low)
        marks.push_back({*spec_.low, name(*spec_.low), true, false});
    if (spec_.alertLow)
        marks.push_back({*spec_.alertLow, name(*spec_.alertLow), false, false});
    if (spec_.target)
        marks.push_back({*spec_.target, tr("Target %1").arg(name(*spec_.target)), true, true});
    if (spec_.alertHigh)
        marks.push_back({*spec_.alertHigh, name(*spec_.alertHigh), false, false});
    if (spec_.high)
        marks.push_back({*spec_.high, name(*spec_.high), true, false});
    std::sort(marks.begin(), marks.end(),
              [](const Mark& a, const Mark& b) { return a.value < b.value; });
    QRectF lastLabel[2];
    for (const Mark& m : marks) {
        const double x = xOf(m.value);
        p.setPen(QPen(QColor(m.isTarget ? colors::kText : colors::kMutedLine), m.isTarget ? 3 : 2,
                      m.strong ? Qt::SolidLine : Qt::DashLine));
        p.drawLine(QPointF(x, bar.top()), QPointF(x, bar.bottom()));
        const double w = fm.horizontalAdvance(m.text) + 6;
        QRectF label(std::clamp(x - w / 2, 0.0, width() - w), bar.bottom() + 2, w, kLabelRow);
        if (labelRows() > 1 && lastLabel[0].isValid() && label.left() < lastLabel[0].right())
            label.translate(0, kLabelRow);
        const int row = label.top() > bar.bottom() + 4 ? 1 : 0;
        lastLabel[row] = label;
        p.setPen(QColor(colors::kText));
        p.drawText(label, Qt::AlignCenter, m.text);
    }

    if (!value_)
        return;
    // The value marker: a needle through the bar and the value above it.
    const double raw = xOf(*value_);
    const bool offScale = raw < bar.left() || raw > bar.right();
    const double x = std::clamp(raw, bar.left(), bar.right());
    p.setPen(QPen(QColor(colors::kText), 4));
    p.drawLine(QPointF(x, bar.top() - 4), QPointF(x, bar.bottom() + 2));
    QPainterPath head;
    if (offScale) {
        const double dir = raw < bar.left() ? -1 : 1;
        head.moveTo(x + dir * 12, bar.center().y());
        head.lineTo(x, bar.top() + 6);
        head.lineTo(x, bar.bottom() - 6);
    } else {
        head.moveTo(x - 9, bar.top() - 12);
        head.lineTo(x + 9, bar.top() - 12);
        head.lineTo(x, bar.top() - 1);
    }
    head.closeSubpath();
    p.fillPath(head, QColor(colors::kText));
    QFont bold = font();
    bold.setPixelSize(17);
    bold.setBold(true);
    p.setFont(bold);
    const QString text = fmt::number(*value_, spec_.decimals) +
                         (spec_.unit.isEmpty() ? QString() : QLatin1Char(' ') + spec_.unit);
    const double w = QFontMetrics(bold).horizontalAdvance(text) + 8;
    const QRectF label(std::clamp(x + 12, 0.0, width() - w), 0, w, kMarkerRow - 12);
    const QRectF left(std::clamp(x - 12 - w, 0.0, width() - w), 0, w, kMarkerRow - 12);
    p.setPen(QColor(colors::kText));
    p.drawText(x + 12 + w < width() ? label : left, Qt::AlignVCenter | Qt::AlignLeft, text);
}

}  // namespace batch::ui
