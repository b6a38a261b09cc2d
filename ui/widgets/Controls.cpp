#include "widgets/Controls.h"

#include "Theme.h"
#include "widgets/ToggleButton.h"

#include <QAbstractItemView>
#include <QAbstractScrollArea>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScroller>
#include <QScrollerProperties>

namespace batch::ui {

QPushButton* makeButton(const QString& text, const QString& role, QWidget* parent) {
    auto* button = new QPushButton(text, parent);
    if (!role.isEmpty())
        button->setProperty("buttonRole", role);
    button->setIconSize(QSize(28, 28));
    button->setAutoDefault(false);
    return button;
}

QLabel* makeLabel(const QString& text, const QString& textRole, QWidget* parent) {
    auto* label = new QLabel(text, parent);
    label->setProperty("textRole", textRole);
    label->setWordWrap(true);
    return label;
}

QLineEdit* makeField(const QString& objectName, bool password, QWidget* parent) {
    auto* field = new QLineEdit(parent);
    field->setObjectName(objectName);
    if (password)
        field->setEchoMode(QLineEdit::Password);
    // No autocompletion or history for credentials on a shared station.
    field->setInputMethodHints(password ? Qt::ImhHiddenText | Qt::ImhSensitiveData |
                                              Qt::ImhNoPredictiveText | Qt::ImhNoAutoUppercase
                                        : Qt::ImhNoPredictiveText | Qt::ImhNoAutoUppercase);
    return field;
}

QHBoxLayout* iconTextRow(QWidget* parent, QLabel** icon, QLabel** text, const QString& textRole,
                         const QString& objectName) {
    *icon = new QLabel(parent);
    *text = makeLabel(QString(), textRole, parent);
    (*text)->setObjectName(objectName);
    auto* row = new QHBoxLayout;
    row->setSpacing(10);
    row->addWidget(*icon, 0, Qt::AlignTop);
    row->addWidget(*text, 1);
    return row;
}

QPushButton* makeToggle(const QString& text, QWidget* parent) {
    return new ToggleButton(text, parent);
}

QPushButton* makeSegment(const QString& text, QWidget* parent) {
    auto* segment = makeButton(text, QStringLiteral("segment"), parent);
    segment->setCheckable(true);
    return segment;
}

void enableKineticScrolling(QAbstractScrollArea* area) {
    if (auto* view = qobject_cast<QAbstractItemView*>(area)) {
        view->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
        view->setHorizontalScrollMode(QAbstractItemView::ScrollPerPixel);
    }
    QWidget* target = area->viewport();
    QScroller::grabGesture(target, QScroller::LeftMouseButtonGesture);
    QScroller* scroller = QScroller::scroller(target);
    QScrollerProperties p = scroller->scrollerProperties();
    const QVariant off = QVariant::fromValue(QScrollerProperties::OvershootAlwaysOff);
    p.setScrollMetric(QScrollerProperties::HorizontalOvershootPolicy, off);
    p.setScrollMetric(QScrollerProperties::VerticalOvershootPolicy, off);
    // A gloved finger wobbles: a short jitter is a tap, not the start of a scroll.
    p.setScrollMetric(QScrollerProperties::DragStartDistance, 0.004);
    scroller->setScrollerProperties(p);
}

}  // namespace batch::ui
