#include "charts/mva/ShelveAlarmDialog.h"

#include "Theme.h"
#include "widgets/Controls.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace batch::ui::mva {

ShelveAlarmDialog::ShelveAlarmDialog(const QString& alarmText, int maxMinutes, QWidget* parent)
    : QDialog(parent) {
    setObjectName(QStringLiteral("ShelveAlarmDialog"));
    setWindowTitle(tr("Shelve MVA alarm"));
    setModal(true);
    auto* title = makeLabel(tr("Shelve alarm"), QStringLiteral("title"), this);
    auto* what = makeLabel(alarmText, QStringLiteral("subtitle"), this);
    what->setWordWrap(true);
    auto* explain = makeLabel(
        tr("While shelved, this alarm and new alarms of the same condition on this batch are "
           "still recorded but do not call for attention. Shelving ends by itself at the time "
           "limit. Your name, the reason and the limit are recorded and shown in the batch's "
           "review."),
        QStringLiteral("muted"), this);
    explain->setWordWrap(true);
    reason_ = new QPlainTextEdit(this);
    reason_->setObjectName(QStringLiteral("shelveReason"));
    reason_->setPlaceholderText(tr("Reason (required), e.g. nozzle being cleaned"));
    reason_->setMinimumHeight(96);
    reason_->setTabChangesFocus(true);
    duration_ = new QComboBox(this);
    duration_->setObjectName(QStringLiteral("shelveDuration"));
    duration_->setMinimumHeight(52);
    for (const int m : {15, 30, 60, 120, 240, 480}) {
        if (m > maxMinutes)
            continue;
        duration_->addItem(m < 60    ? tr("%1 minutes").arg(m)
                           : m == 60 ? tr("1 hour")
                                     : tr("%1 hours").arg(m / 60),
                           m);
    }
    duration_->setCurrentIndex(std::min(1, duration_->count() - 1));
    shelve_ = makeButton(tr("Shelve"), QStringLiteral("primary"), this);
    shelve_->setObjectName(QStringLiteral("shelveConfirm"));
    shelve_->setEnabled(false);
    QPushButton* cancel = makeButton(tr("Cancel"), {}, this);
    cancel->setObjectName(QStringLiteral("shelveCancel"));

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 20, 24, 20);
    layout->setSpacing(12);
    layout->addWidget(title);
    layout->addWidget(what);
    layout->addWidget(explain);
    layout->addWidget(makeLabel(tr("Reason"), QStringLiteral("fieldLabel"), this));
    layout->addWidget(reason_);
    layout->addWidget(makeLabel(tr("Time limit"), QStringLiteral("fieldLabel"), this));
    layout->addWidget(duration_);
    auto* buttons = new QHBoxLayout;
    buttons->setSpacing(12);
    buttons->addStretch(1);
    buttons->addWidget(cancel);
    buttons->addWidget(shelve_);
    layout->addLayout(buttons);
    layout->setSizeConstraint(QLayout::SetMinimumSize);
    setMinimumWidth(640);
    resize(640, sizeHint().height());

    connect(reason_, &QPlainTextEdit::textChanged, this,
            [this] { shelve_->setEnabled(!reason().isEmpty()); });
    connect(shelve_, &QPushButton::clicked, this, &QDialog::accept);
    connect(cancel, &QPushButton::clicked, this, &QDialog::reject);
}

QString ShelveAlarmDialog::reason() const {
    return reason_->toPlainText().trimmed();
}

int ShelveAlarmDialog::minutes() const {
    return duration_->currentData().toInt();
}

void ShelveAlarmDialog::setReason(const QString& reason) {
    reason_->setPlainText(reason);
}

void ShelveAlarmDialog::setMinutes(int minutes) {
    const int i = duration_->findData(minutes);
    if (i >= 0)
        duration_->setCurrentIndex(i);
}

}  // namespace batch::ui::mva
