#include "widgets/StatusBanner.h"

#include "Theme.h"

#include <QHBoxLayout>
#include <QLabel>

namespace batch::ui {

StatusBanner::StatusBanner(QWidget* parent)
    : QFrame(parent), icon_(new QLabel(this)), text_(new QLabel(this)) {
    setObjectName(QStringLiteral("StatusBanner"));
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(14, 10, 14, 10);
    layout->setSpacing(14);
    icon_->setFixedSize(36, 36);
    text_->setObjectName(QStringLiteral("BannerText"));
    text_->setWordWrap(true);
    text_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(icon_, 0, Qt::AlignTop);
    layout->addWidget(text_, 1);
    setMinimumHeight(60);
    setVisible(false);
}

void StatusBanner::showMessage(Kind kind, const QString& text) {
    kind_ = kind;
    QString name;
    QString icon;
    switch (kind) {
    case Kind::Info: name = QStringLiteral("info"); icon = QStringLiteral("info"); break;
    case Kind::Ok: name = QStringLiteral("ok"); icon = QStringLiteral("ok"); break;
    case Kind::Warning: name = QStringLiteral("warning"); icon = QStringLiteral("warning"); break;
    case Kind::Error: name = QStringLiteral("error"); icon = QStringLiteral("error"); break;
    }
    icon_->setPixmap(themeIcon(icon).pixmap(36, 36));
    text_->setText(text);
    setStyleRole(this, "banner", name);
    setVisible(true);
}

void StatusBanner::clear() {
    text_->clear();
    setVisible(false);
}

QString StatusBanner::text() const { return text_->text(); }

}  // namespace batch::ui
