#include "widgets/SyncStatusLabel.h"

#include "Theme.h"

#include <QDateTime>
#include <QHBoxLayout>
#include <QLabel>

namespace batch::ui {

SyncStatusLabel::SyncStatusLabel(QWidget* parent) : QWidget(parent) {
    setObjectName(QStringLiteral("syncStatus"));
    icon_ = new QLabel(this);
    text_ = new QLabel(tr("Central database: connecting…"), this);
    text_->setProperty("textRole", QStringLiteral("muted"));
    auto* row = new QHBoxLayout(this);
    row->setContentsMargins(8, 2, 8, 2);
    row->setSpacing(8);
    row->addWidget(icon_);
    row->addWidget(text_, 1);
}

QString SyncStatusLabel::text() const {
    return text_->text();
}

void SyncStatusLabel::setStatus(const sync::SyncStatus& s) {
    const QString last = s.lastSuccessUtc.isEmpty()
                             ? tr("never synchronised")
                             : tr("last sync %1 UTC")
                                   .arg(QDateTime::fromString(s.lastSuccessUtc, Qt::ISODateWithMs)
                                            .toUTC()
                                            .toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")));
    const QString waiting = tr("%n event(s) waiting", nullptr, static_cast<int>(s.waiting));
    QString line = s.online ? tr("Central database online · %1 · %2").arg(waiting, last)
                            : tr("Central database unreachable · %1 · %2").arg(waiting, last);
    if (!s.lastError.isEmpty())
        line += QStringLiteral(" · ") + s.lastError.section(QLatin1Char('\n'), 0, 0);
    if (s.clockOffsetExceeded)
        line += QStringLiteral(" · ") + tr("clock off by %1 ms").arg(s.clockOffsetMs);
    text_->setText(line);
    const bool abnormal = !s.online || !s.lastError.isEmpty() || s.clockOffsetExceeded;
    icon_->setPixmap(
        themeIcon(abnormal ? QStringLiteral("warning") : QStringLiteral("ok")).pixmap(20, 20));
}

}  // namespace batch::ui
