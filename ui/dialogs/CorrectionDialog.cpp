#include "dialogs/CorrectionDialog.h"

#include "LocaleFormat.h"
#include "widgets/Controls.h"
#include "widgets/NumericEntry.h"
#include "widgets/NumericKeypad.h"

#include <QButtonGroup>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace batch::ui {

CorrectionDialog::CorrectionDialog(const model::Step& step, const QString& valueInForce,
                                   const QString& unit, Correct correct, QWidget* parent)
    : TouchDialog(tr("Correct a recorded value"), parent),
      kind_(step.kind),
      options_(step.options),
      correct_(std::move(correct)) {
    setObjectName(QStringLiteral("CorrectionDialog"));
    setPrimary(tr("Record correction"), QStringLiteral("recordCorrectionButton"),
               QStringLiteral("capture-light"));
    auto* about = makeLabel(tr("Step: %1").arg(step.title), QStringLiteral("value"), this);
    about->setObjectName(QStringLiteral("correctionStep"));
    body()->addWidget(about);
    auto* current = makeLabel(tr("Value in force: %1 %2").arg(fmt::decimal(valueInForce), unit),
                              QStringLiteral("fieldLabel"), this);
    current->setObjectName(QStringLiteral("correctionCurrent"));
    body()->addWidget(current);

    addFieldLabel(tr("New value"));
    auto* columns = new QHBoxLayout;
    columns->setSpacing(24);
    auto* left = new QVBoxLayout;
    left->setSpacing(10);
    if (kind_ == model::StepKind::Numeric) {
        numeric_ = new NumericEntry(unit, this);
        numeric_->setKeypadVisible(false);
        left->addWidget(numeric_);
        numeric_->keypad()->setParent(this);
        numeric_->keypad()->setVisible(true);
        numeric_->keypad()->setFixedWidth(NumericKeypad::kWidth);
    } else if (kind_ == model::StepKind::Choice) {
        choice_ = new QButtonGroup(this);
        auto* grid = new QGridLayout;
        grid->setSpacing(10);
        for (int i = 0; i < options_.size(); ++i) {
            QPushButton* b = makeToggle(options_[i], this);
            b->setObjectName(QStringLiteral("correctionChoice_%1").arg(i));
            choice_->addButton(b, i);
            grid->addWidget(b, i / 2, i % 2);
        }
        left->addLayout(grid);
    } else {
        text_ = makeField(QStringLiteral("correctionText"), false, this);
        left->addWidget(text_);
    }
    reason_ = new QPlainTextEdit(this);
    reason_->setObjectName(QStringLiteral("correctionReason"));
    reason_->setTabChangesFocus(true);
    reason_->setMinimumHeight(96);
    enableKineticScrolling(reason_);
    left->addWidget(makeLabel(tr("Reason for the correction"), QStringLiteral("fieldLabel"), this));
    left->addWidget(reason_);
    columns->addLayout(left, 1);
    if (numeric_)
        columns->addWidget(numeric_->keypad(), 0, Qt::AlignTop);
    body()->addLayout(columns);

    connect(this, &TouchDialog::primaryPressed, this, [this] {
        const ActionOutcome outcome = correct_(newValue(), plainText(reason_));
        if (outcome.ok())
            accept();
        else
            showRefusal(outcome.refusal);
    });
}

QString CorrectionDialog::newValue() const {
    if (numeric_)
        return numeric_->canonical();
    if (choice_)
        return choice_->checkedId() >= 0 ? options_.value(choice_->checkedId()) : QString();
    return text_ ? text_->text() : QString();
}

}  // namespace batch::ui
