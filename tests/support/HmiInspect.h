#pragma once

// What the layout acceptance tests check on a rendered screen (issue 6):
//  - every clickable widget is at least 48 x 48 px and 8 px away from the next one;
//  - every item view row is at least 48 px high;
//  - no text is cut off: a label's text fits its geometry (word-wrapped labels by
//    height-for-width), a button's text fits the button.
#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSlider>
#include <QAbstractSpinBox>
#include <QApplication>
#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QScrollArea>
#include <QScrollBar>
#include <QStringList>
#include <QTableView>
#include <QTextEdit>

#include <algorithm>
#include <vector>

namespace hmi_test {

constexpr int kMinTarget = 48;
constexpr int kMinGap = 8;

inline QString describe(const QWidget* w) {
    QString name = w->objectName();
    if (name.isEmpty())
        if (auto* b = qobject_cast<const QAbstractButton*>(w))
            name = b->text().isEmpty() ? b->accessibleName() : b->text();
    return QStringLiteral("%1 \"%2\" %3x%4")
        .arg(QString::fromLatin1(w->metaObject()->className()), name)
        .arg(w->width())
        .arg(w->height());
}

inline bool clickable(const QWidget* w) {
    return qobject_cast<const QAbstractButton*>(w) || qobject_cast<const QLineEdit*>(w) ||
           qobject_cast<const QComboBox*>(w) || qobject_cast<const QAbstractSpinBox*>(w) ||
           qobject_cast<const QAbstractSlider*>(w) || qobject_cast<const QPlainTextEdit*>(w) ||
           qobject_cast<const QTextEdit*>(w);
}

// Visible on screen: shown, and not scrolled out of a scroll area's viewport entirely.
inline bool onScreen(const QWidget* w, const QWidget* top) {
    if (!w->isVisibleTo(top) || w->width() <= 0 || w->height() <= 0)
        return false;
    const QRect global(w->mapToGlobal(QPoint(0, 0)), w->size());
    for (const QWidget* p = w->parentWidget(); p && p != top; p = p->parentWidget())
        if (auto* area = qobject_cast<const QAbstractScrollArea*>(p)) {
            const QRect view(area->viewport()->mapToGlobal(QPoint(0, 0)), area->viewport()->size());
            if (!view.intersects(global))
                return false;
        }
    return true;
}

inline QRect globalRect(const QWidget* w) { return {w->mapToGlobal(QPoint(0, 0)), w->size()}; }

// Problems on one top-level surface (the window or a dialog), as readable lines.
inline QStringList inspect(QWidget* top, const QString& where) {
    QStringList problems;
    std::vector<QWidget*> targets;
    for (QWidget* w : top->findChildren<QWidget*>()) {
        // A dialog is a child of the window but a surface of its own.
        if (w->window() != top || !onScreen(w, top))
            continue;
        // Parts of a composite control (a combo box's line edit, a spin box's field,
        // a scroll area's own bars when they are off) count as the control.
        if (qobject_cast<QLineEdit*>(w) && (qobject_cast<QComboBox*>(w->parentWidget()) ||
                                             qobject_cast<QAbstractSpinBox*>(w->parentWidget())))
            continue;
        if (clickable(w)) {
            targets.push_back(w);
            const bool bar = qobject_cast<QScrollBar*>(w) != nullptr;
            const int thin = bar ? (static_cast<QScrollBar*>(w)->orientation() == Qt::Vertical
                                        ? w->width()
                                        : w->height())
                                 : std::min(w->width(), w->height());
            if (bar ? thin < kMinTarget : (w->width() < kMinTarget || w->height() < kMinTarget))
                problems << QStringLiteral("%1: target too small: %2").arg(where, describe(w));
            (void)thin;
        }
        if (auto* view = qobject_cast<QAbstractItemView*>(w)) {
            if (auto* table = qobject_cast<QTableView*>(view)) {
                for (int r = 0; r < std::min(5, table->model() ? table->model()->rowCount() : 0); ++r)
                    if (!table->isRowHidden(r) && table->rowHeight(r) < kMinTarget)
                        problems << QStringLiteral("%1: row %2 of %3 is %4 px high")
                                        .arg(where)
                                        .arg(r)
                                        .arg(describe(view))
                                        .arg(table->rowHeight(r));
                if (table->horizontalHeader()->isVisible() &&
                    table->horizontalHeader()->height() < 40)
                    problems << QStringLiteral("%1: header of %2 too low").arg(where, describe(view));
            }
        }
        // Text that does not fit.
        if (auto* label = qobject_cast<QLabel*>(w)) {
            if (label->text().isEmpty() || !label->pixmap().isNull())
                continue;
            const QMargins m = label->contentsMargins();
            if (label->wordWrap()) {
                const int need = label->heightForWidth(label->width());
                if (need > label->height() + 2)
                    problems << QStringLiteral("%1: text cut off (needs %2 px height): %3 \"%4\"")
                                    .arg(where)
                                    .arg(need)
                                    .arg(describe(label), label->text().left(80));
            } else {
                const QSize need = label->sizeHint();
                if (need.width() > label->width() + 2 || need.height() > label->height() + 2)
                    problems << QStringLiteral("%1: text cut off (needs %2x%3): %4 \"%5\"")
                                    .arg(where)
                                    .arg(need.width())
                                    .arg(need.height())
                                    .arg(describe(label), label->text().left(80));
            }
            (void)m;
        } else if (auto* button = qobject_cast<QAbstractButton*>(w)) {
            if (!button->text().isEmpty() && button->sizeHint().width() > button->width() + 2)
                problems << QStringLiteral("%1: button text cut off (needs %2 px): %3")
                                .arg(where)
                                .arg(button->sizeHint().width())
                                .arg(describe(button));
        }
    }
    // Gaps between neighbouring targets (nested ones, e.g. a scroll bar's parts, aside).
    for (size_t i = 0; i < targets.size(); ++i)
        for (size_t j = i + 1; j < targets.size(); ++j) {
            QWidget* a = targets[i];
            QWidget* b = targets[j];
            if (a->isAncestorOf(b) || b->isAncestorOf(a))
                continue;
            const QRect ra = globalRect(a);
            const QRect rb = globalRect(b);
            const int dx = std::max({0, rb.left() - ra.right() - 1, ra.left() - rb.right() - 1});
            const int dy = std::max({0, rb.top() - ra.bottom() - 1, ra.top() - rb.bottom() - 1});
            const int gap = std::max(dx, dy);
            if (gap < kMinGap)
                problems << QStringLiteral("%1: targets %2 px apart: %3 and %4")
                                .arg(where)
                                .arg(gap)
                                .arg(describe(a), describe(b));
        }
    return problems;
}

// The window and every visible dialog on top of it.
inline QStringList inspectAll(QWidget* window, const QString& where) {
    QStringList problems = inspect(window, where);
    for (QWidget* w : QApplication::topLevelWidgets())
        if (w != window && w->isVisible() && w->inherits("QDialog"))
            problems += inspect(w, where + QStringLiteral(" / ") + w->objectName());
    return problems;
}

}  // namespace hmi_test
