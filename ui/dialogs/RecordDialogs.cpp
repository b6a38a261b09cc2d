#include "dialogs/RecordDialogs.h"

#include "LocaleFormat.h"
#include "Theme.h"
#include "widgets/Controls.h"

#include <QButtonGroup>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

#include <algorithm>

namespace batch::ui {

QStringList DeviationDialog::categories() {
    return {QStringLiteral("equipment"),     QStringLiteral("material"),
            QStringLiteral("process"),       QStringLiteral("environment"),
            QStringLiteral("documentation"), QStringLiteral("other")};
}

QString DeviationDialog::categoryTitle(const QString& code) {
    if (code == QLatin1String("equipment"))
        return tr("Equipment or instrument");
    if (code == QLatin1String("material"))
        return tr("Material");
    if (code == QLatin1String("process"))
        return tr("Process parameter");
    if (code == QLatin1String("environment"))
        return tr("Environment");
    if (code == QLatin1String("documentation"))
        return tr("Instruction or record");
    if (code == QLatin1String("other"))
        return tr("Other");
    return code;
}

DeviationDialog::DeviationDialog(const QString& stepTitle, const QString& stepId,
                                 const QString& attemptedValue, Raise raise, QWidget* parent)
    : TouchDialog(tr("Raise a deviation"), parent),
      stepId_(stepId),
      attemptedValue_(attemptedValue),
      raise_(std::move(raise)) {
    setObjectName(QStringLiteral("DeviationDialog"));
    setPrimary(tr("Raise deviation"), QStringLiteral("raiseDeviationButton"),
               QStringLiteral("plus-light"));
    auto* about = makeLabel(stepTitle, QStringLiteral("value"), this);  // "Step 25: ..."
    about->setObjectName(QStringLiteral("deviationStep"));
    body()->addWidget(about);
    if (!attemptedValue.isEmpty())
        body()->addWidget(makeLabel(tr("Value that could not be recorded: %1")
                                        .arg(fmt::decimal(attemptedValue)),
                                    QStringLiteral("fieldLabel"), this));

    addFieldLabel(tr("Category"));
    category_ = new QButtonGroup(this);
    category_->setExclusive(true);
    auto* grid = new QGridLayout;
    grid->setSpacing(10);
    const QStringList codes = categories();
    for (int i = 0; i < codes.size(); ++i) {
        QPushButton* b = makeToggle(categoryTitle(codes[i]), this);
        b->setObjectName(QStringLiteral("deviationCategory_") + codes[i]);
        b->setProperty("category", codes[i]);
        category_->addButton(b, i);
        grid->addWidget(b, i / 3, i % 3);
    }
    body()->addLayout(grid);
    description_ = addTextArea(tr("What happened"), QStringLiteral("deviationDescription"));
    action_ = addTextArea(tr("Immediate action taken"), QStringLiteral("deviationAction"));
    hold_ = makeToggle(tr("Also put the batch on hold now"), this);
    hold_->setObjectName(QStringLiteral("deviationHold"));
    body()->addWidget(hold_);
    connect(this, &TouchDialog::primaryPressed, this, &DeviationDialog::submit);
}

QSize DeviationDialog::sizeHint() const {
    // Three categories a row need room for their (translated) names.
    const QSize base = TouchDialog::sizeHint();
    return {std::max(base.width(), 1000), base.height()};
}

void DeviationDialog::submit() {
    exec::DeviationRequest request;
    request.stepId = stepId_;
    if (QAbstractButton* b = category_->checkedButton())
        request.category = b->property("category").toString();
    request.description = plainText(description_);
    request.immediateAction = plainText(action_);
    request.attemptedValue = attemptedValue_;
    request.holdBatch = hold_->isChecked();
    const ActionOutcome outcome = raise_(request);
    if (!outcome.ok()) {
        showRefusal(outcome.refusal);
        return;
    }
    deviationId_ = outcome.result;
    accept();
}

CommentDialog::CommentDialog(const QString& about, Add add, QWidget* parent)
    : TouchDialog(tr("Add a comment"), parent), add_(std::move(add)) {
    setObjectName(QStringLiteral("CommentDialog"));
    setPrimary(tr("Add comment"), QStringLiteral("addCommentButton"), QStringLiteral("plus-light"));
    auto* label = makeLabel(about, QStringLiteral("value"), this);
    label->setObjectName(QStringLiteral("commentAbout"));
    body()->addWidget(label);
    text_ = addTextArea(tr("Comment"), QStringLiteral("commentText"), 140);
    connect(this, &TouchDialog::primaryPressed, this, [this] {
        const ActionOutcome outcome = add_(plainText(text_));
        if (outcome.ok())
            accept();
        else
            showRefusal(outcome.refusal);
    });
}

ReasonDialog::ReasonDialog(const QString& title, const QString& explanation,
                           const QString& actionText, const QString& actionObjectName,
                           bool allowOtherPerson, Apply apply, QWidget* parent)
    : TouchDialog(title, parent), apply_(std::move(apply)) {
    setObjectName(QStringLiteral("ReasonDialog"));
    setPrimary(actionText, actionObjectName);
    body()->addWidget(makeLabel(explanation, QStringLiteral("subtitle"), this));
    reason_ = addTextArea(tr("Reason"), QStringLiteral("reasonText"));
    if (allowOtherPerson) {
        other_ = makeToggle(tr("Another person authorises this (for example a supervisor)"),
                            this);
        other_->setObjectName(QStringLiteral("reasonOtherPerson"));
        body()->addWidget(other_);
        otherFields_ << addFieldLabel(tr("User ID of the person who authorises"));
        userId_ = makeField(QStringLiteral("reasonUserId"), false, this);
        body()->addWidget(userId_);
        otherFields_ << userId_ << addFieldLabel(tr("Their password"));
        password_ = makeField(QStringLiteral("reasonPassword"), true, this);
        body()->addWidget(password_);
        otherFields_ << password_;
        for (QWidget* w : otherFields_)
            w->setVisible(false);
        connect(other_, &QPushButton::toggled, this, [this](bool on) {
            for (QWidget* w : otherFields_)
                w->setVisible(on);
            if (on)
                userId_->setFocus();
            fitToWindow();
        });
    }
    connect(this, &TouchDialog::primaryPressed, this, [this] {
        Input input;
        input.reason = plainText(reason_);
        if (other_ && other_->isChecked()) {
            input.byUserId = userId_->text().trimmed();
            input.password = password_->text();
            password_->clear();
            if (input.byUserId.isEmpty() || input.password.isEmpty()) {
                showWarning(tr("Enter the user ID and the password of the person who "
                               "authorises."));
                return;
            }
        }
        const ActionOutcome outcome = apply_(input);
        if (outcome.ok())
            accept();
        else
            showRefusal(outcome.refusal);
    });
}

}  // namespace batch::ui
