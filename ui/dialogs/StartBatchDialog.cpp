#include "dialogs/StartBatchDialog.h"

#include "LocaleFormat.h"
#include "widgets/Controls.h"
#include "widgets/NumericEntry.h"
#include "widgets/NumericKeypad.h"

#include <QButtonGroup>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace batch::ui {

StartBatchDialog::StartBatchDialog(const QList<Choice>& choices, const QString& preselect,
                                   const QString& suggestedId, Start start, QWidget* parent)
    : TouchDialog(tr("Start a batch"), parent), choices_(choices), start_(std::move(start)) {
    setObjectName(QStringLiteral("StartBatchDialog"));
    setPrimary(tr("Start batch"), QStringLiteral("startBatchButton"), QStringLiteral("next-light"));

    addFieldLabel(tr("Master batch record (effective version)"));
    mbr_ = new QButtonGroup(this);
    auto* list = new QVBoxLayout;
    list->setSpacing(10);
    for (int i = 0; i < choices_.size(); ++i) {
        QPushButton* b = makeToggle(tr("%1 — %2, version %3")
                                        .arg(choices_[i].mbrId, choices_[i].title,
                                             choices_[i].version),
                                    this);
        b->setObjectName(QStringLiteral("startMbr_") + choices_[i].mbrId);
        mbr_->addButton(b, i);
        list->addWidget(b);
    }
    body()->addLayout(list);

    auto* columns = new QHBoxLayout;
    columns->setSpacing(24);
    auto* left = new QVBoxLayout;
    left->setSpacing(10);
    left->addWidget(makeLabel(tr("Batch ID"), QStringLiteral("fieldLabel"), this));
    id_ = makeField(QStringLiteral("startBatchId"), false, this);
    id_->setText(suggestedId);
    left->addWidget(id_);
    left->addWidget(makeLabel(tr("Batch size"), QStringLiteral("fieldLabel"), this));
    size_ = new NumericEntry(QString(), this);
    size_->setObjectName(QStringLiteral("startBatchSize"));
    size_->setKeypadVisible(false);
    left->addWidget(size_);
    left->addStretch(1);
    columns->addLayout(left, 1);
    size_->keypad()->setParent(this);
    size_->keypad()->setVisible(true);
    size_->keypad()->setAllowNegative(false);
    size_->keypad()->setFixedWidth(NumericKeypad::kWidth);
    columns->addWidget(size_->keypad(), 0, Qt::AlignTop);
    body()->addLayout(columns);

    connect(mbr_, &QButtonGroup::idClicked, this, &StartBatchDialog::select);
    int initial = 0;
    for (int i = 0; i < choices_.size(); ++i)
        if (choices_[i].mbrId == preselect)
            initial = i;
    if (!choices_.isEmpty()) {
        mbr_->button(initial)->setChecked(true);
        select(initial);
    }
    connect(this, &TouchDialog::primaryPressed, this, [this] {
        const int i = mbr_->checkedId();
        const ActionOutcome outcome =
            start_(batchId(), i >= 0 ? choices_[i].mbrId : QString(), size_->canonical());
        if (outcome.ok())
            accept();
        else
            showRefusal(outcome.refusal);
    });
}

void StartBatchDialog::select(int index) {
    if (index < 0 || index >= choices_.size())
        return;
    size_->setText(fmt::decimal(choices_[index].defaultSize));
    size_->setUnit(choices_[index].unit);
}

QString StartBatchDialog::batchId() const { return id_->text().trimmed(); }

}  // namespace batch::ui
