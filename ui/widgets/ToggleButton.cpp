#include "widgets/ToggleButton.h"

#include "Theme.h"

#include <QHBoxLayout>
#include <QLabel>

#include <algorithm>

namespace batch::ui {

ToggleButton::ToggleButton(const QString& text, QWidget* parent) : QPushButton(parent) {
    setProperty("buttonRole", QStringLiteral("toggle"));
    setCheckable(true);
    setAutoDefault(false);
    setAccessibleName(text);
    icon_ = new QLabel(this);
    icon_->setFixedSize(32, 32);
    label_ = new QLabel(text, this);
    label_->setObjectName(QStringLiteral("toggleLabel"));
    label_->setProperty("textRole", QStringLiteral("toggleText"));
    label_->setWordWrap(true);
    for (QLabel* l : {icon_, label_})
        l->setAttribute(Qt::WA_TransparentForMouseEvents);
    auto* row = new QHBoxLayout(this);
    row->setContentsMargins(14, 8, 14, 8);
    row->setSpacing(12);
    row->addWidget(icon_, 0, Qt::AlignVCenter);
    row->addWidget(label_, 1, Qt::AlignVCenter);
    QSizePolicy policy(QSizePolicy::Preferred, QSizePolicy::Preferred);
    policy.setHeightForWidth(true);
    setSizePolicy(policy);
    connect(this, &QPushButton::toggled, this, &ToggleButton::showState);
    showState(false);
}

QString ToggleButton::label() const { return label_->text(); }

void ToggleButton::showState(bool checked) {
    icon_->setPixmap(
        themeIcon(checked ? QStringLiteral("checked") : QStringLiteral("unchecked")).pixmap(32, 32));
    QFont f = label_->font();
    f.setBold(checked);
    label_->setFont(f);
}

QSize ToggleButton::sizeHint() const {
    const QSize s = layout()->totalSizeHint();
    return {s.width(), std::max(kMinimumHeight, s.height())};
}

QSize ToggleButton::minimumSizeHint() const {
    const QSize s = layout()->totalMinimumSize();
    return {s.width(), std::max(kMinimumHeight, s.height())};
}

int ToggleButton::heightForWidth(int width) const {
    return std::max(kMinimumHeight, layout()->totalHeightForWidth(width));
}

}  // namespace batch::ui
