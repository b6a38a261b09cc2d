#include "steps/SimpleInputs.h"

#include "SignatureText.h"
#include "Theme.h"
#include "security/Roles.h"
#include "widgets/Controls.h"
#include "widgets/ScanField.h"

#include <QButtonGroup>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace batch::ui {
namespace {

QPushButton* confirmButton(QWidget* parent, const QString& text, const QString& icon) {
    QPushButton* b = makeButton(text, QStringLiteral("primary"), parent);
    b->setObjectName(QStringLiteral("confirmButton"));
    b->setIcon(themeIcon(icon));
    b->setMinimumHeight(72);
    b->setMinimumWidth(280);
    return b;
}

// The confirm row: the action on the right, where the thumb of a right hand rests.
void addConfirmRow(QVBoxLayout* layout, QPushButton* confirm, QWidget* left = nullptr) {
    auto* row = new QHBoxLayout;
    row->setSpacing(16);
    if (left)
        row->addWidget(left, 1);
    else
        row->addStretch(1);
    row->addWidget(confirm, 0, Qt::AlignBottom);
    layout->addLayout(row);
}

// A column of toggles that scrolls kinetically when there are many (50 options).
QWidget* toggleArea(QWidget* parent, QGridLayout** grid) {
    auto* inner = new QWidget;
    *grid = new QGridLayout(inner);
    (*grid)->setContentsMargins(0, 0, 0, 0);
    (*grid)->setSpacing(10);
    auto* scroll = new QScrollArea(parent);
    scroll->setObjectName(QStringLiteral("toggleArea"));
    scroll->setWidget(inner);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    enableKineticScrolling(scroll);
    return scroll;
}

}  // namespace

AcknowledgeInput::AcknowledgeInput(const StepView& view, QWidget* parent)
    : StepInputWidget(view, parent) {
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addStretch(1);
    QPushButton* done = confirmButton(this, tr("Done — I have carried this out"),
                                      QStringLiteral("capture-light"));
    done->setObjectName(QStringLiteral("acknowledgeButton"));
    addConfirmRow(layout, done);
    connect(done, &QPushButton::clicked, this,
            [this] { Q_EMIT completeRequested(exec::StepInput{QStringLiteral("ack")}); });
}

ChoiceInput::ChoiceInput(const StepView& view, QWidget* parent) : StepInputWidget(view, parent) {
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(12);
    layout->addWidget(makeLabel(tr("Choose one:"), QStringLiteral("fieldLabel"), this));
    QGridLayout* grid = nullptr;
    layout->addWidget(toggleArea(this, &grid), 1);
    options_ = new QButtonGroup(this);
    options_->setExclusive(true);
    const QStringList& options = view.step->options;
    const int columns = options.size() > 6 ? 3 : 2;
    for (int i = 0; i < options.size(); ++i) {
        QPushButton* b = makeToggle(options[i], this);
        b->setObjectName(QStringLiteral("choice_%1").arg(i));
        options_->addButton(b, i);
        grid->addWidget(b, i / columns, i % columns);
    }
    QPushButton* confirm =
        confirmButton(this, tr("Confirm choice"), QStringLiteral("capture-light"));
    addConfirmRow(layout, confirm);
    connect(confirm, &QPushButton::clicked, this,
            [this] { Q_EMIT completeRequested(exec::StepInput{attemptedValue()}); });
}

QString ChoiceInput::attemptedValue() const {
    const int id = options_->checkedId();
    return id >= 0 ? view_.step->options.value(id) : QString();
}

ChecklistInput::ChecklistInput(const StepView& view, QWidget* parent)
    : StepInputWidget(view, parent) {
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(12);
    layout->addWidget(
        makeLabel(tr("Tick every item once it is done:"), QStringLiteral("fieldLabel"), this));
    QGridLayout* grid = nullptr;
    layout->addWidget(toggleArea(this, &grid), 1);
    const QStringList& items = view.step->items;
    for (int i = 0; i < items.size(); ++i) {
        QPushButton* b = makeToggle(items[i], this);
        b->setObjectName(QStringLiteral("checkItem_%1").arg(i));
        items_ << b;
        grid->addWidget(b, i, 0);
    }
    count_ = makeLabel(QString(), QStringLiteral("value"), this);
    count_->setObjectName(QStringLiteral("checklistCount"));
    auto update = [this] {
        int ticked = 0;
        for (QPushButton* b : items_)
            ticked += b->isChecked() ? 1 : 0;
        count_->setText(tr("%1 of %2 ticked").arg(ticked).arg(items_.size()));
    };
    for (QPushButton* b : items_)
        connect(b, &QPushButton::toggled, this, update);
    update();
    QPushButton* confirm =
        confirmButton(this, tr("Confirm checklist"), QStringLiteral("capture-light"));
    addConfirmRow(layout, confirm, count_);
    connect(confirm, &QPushButton::clicked, this,
            [this] { Q_EMIT completeRequested(exec::StepInput{value()}); });
}

QString ChecklistInput::value() const {
    int ticked = 0;
    for (QPushButton* b : items_)
        ticked += b->isChecked() ? 1 : 0;
    return ticked == items_.size() ? QStringLiteral("all")
                                   : QStringLiteral("%1/%2 ticked").arg(ticked).arg(items_.size());
}

TextInput::TextInput(const StepView& view, QWidget* parent) : StepInputWidget(view, parent) {
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(10);
    layout->addWidget(makeLabel(tr("Your entry:"), QStringLiteral("fieldLabel"), this));
    text_ = new QPlainTextEdit(this);
    text_->setObjectName(QStringLiteral("stepText"));
    text_->setTabChangesFocus(true);
    text_->setMinimumHeight(120);
    enableKineticScrolling(text_);
    layout->addWidget(text_, 1);
    count_ = makeLabel(QString(), QStringLiteral("muted"), this);
    count_->setObjectName(QStringLiteral("textCount"));
    auto update = [this] {
        count_->setText(tr("%1 of at most %2 characters")
                            .arg(text_->toPlainText().size())
                            .arg(view_.step->maxLength));
    };
    connect(text_, &QPlainTextEdit::textChanged, this, update);
    update();
    QPushButton* confirm = confirmButton(this, tr("Confirm text"), QStringLiteral("capture-light"));
    addConfirmRow(layout, confirm, count_);
    connect(confirm, &QPushButton::clicked, this,
            [this] { Q_EMIT completeRequested(exec::StepInput{attemptedValue()}); });
}

QString TextInput::attemptedValue() const { return text_->toPlainText(); }

QWidget* TextInput::initialFocus() { return text_; }

ScanInput::ScanInput(const StepView& view, QWidget* parent) : StepInputWidget(view, parent) {
    const model::Step& step = *view.step;
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(12);
    QString what;
    QString icon = QStringLiteral("scan");
    if (step.kind == model::StepKind::MaterialScan) {
        const model::Material* m = view.mbr->material(step.material);
        what = tr("Scan the label of the container of %1 — %2")
                   .arg(step.material, m ? m->name : QString());
        icon = QStringLiteral("material");
    } else if (step.kind == model::StepKind::EquipmentCheck) {
        const model::EquipmentClass* c = view.mbr->equipmentClass(step.equipmentClass);
        what = tr("Scan the equipment label: %1 — %2")
                   .arg(step.equipmentClass, c ? c->name : QString());
        icon = QStringLiteral("equipment");
    } else {
        what = tr("Draw %n sample(s) and scan the first label (it starts with %1).", nullptr,
                  step.sampleQuantity)
                   .arg(step.labelPrefix);
        icon = QStringLiteral("sample");
    }
    auto* head = new QHBoxLayout;
    head->setSpacing(14);
    auto* iconLabel = new QLabel(this);
    iconLabel->setPixmap(themeIcon(icon).pixmap(48, 48));
    head->addWidget(iconLabel, 0, Qt::AlignTop);
    auto* whatLabel = makeLabel(what, QStringLiteral("value"), this);
    whatLabel->setObjectName(QStringLiteral("scanWhat"));
    head->addWidget(whatLabel, 1);
    layout->addLayout(head);

    field_ = new ScanField(this);
    field_->setPlaceholderText(tr("Scan now, or type the id"));
    layout->addWidget(field_);
    source_ = makeLabel(QString(), QStringLiteral("muted"), this);
    source_->setObjectName(QStringLiteral("scanSource"));
    layout->addWidget(source_);
    QPushButton* generate = nullptr;
    if (step.kind == model::StepKind::Sample) {
        // The station prints the labels; their id is the prefix and the batch.
        generate = makeButton(tr("Use the printed label id"), QString(), this);
        generate->setObjectName(QStringLiteral("sampleLabelButton"));
        generate->setIcon(themeIcon(QStringLiteral("sample")));
        connect(generate, &QPushButton::clicked, this, [this] {
            field_->setText(QStringLiteral("%1-%2-1").arg(view_.step->labelPrefix,
                                                           view_.batch->batchId));
            source_->setText(tr("Label id of the printed label."));
        });
    }
    layout->addStretch(1);
    QPushButton* confirm = confirmButton(this, tr("Confirm"), QStringLiteral("capture-light"));
    addConfirmRow(layout, confirm, generate);
    connect(field_, &ScanField::scanned, this, [this](const QString& code) {
        source_->setText(tr("Scanned: %1").arg(code));
        Q_EMIT completeRequested(exec::StepInput{code});
    });
    connect(field_, &ScanField::entered, this, [this](const QString& text) {
        source_->setText(tr("Typed by hand: %1").arg(text));
        Q_EMIT completeRequested(exec::StepInput{text});
    });
    connect(confirm, &QPushButton::clicked, this,
            [this] { Q_EMIT completeRequested(exec::StepInput{attemptedValue()}); });
}

QString ScanInput::attemptedValue() const { return field_->text(); }

QWidget* ScanInput::initialFocus() { return field_; }

SignatureInput::SignatureInput(const StepView& view, QWidget* parent)
    : StepInputWidget(view, parent) {
    const model::Step& step = *view.step;
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(10);
    QStringList roles;
    for (const QString& r : step.requiredRoles) {
        const auto role = security::roleFromName(r);
        roles << (role ? security::roleTitle(*role) : r);
    }
    auto* meaning = makeLabel(tr("Signature: %1").arg(meaningTitle(step.meaning)),
                              QStringLiteral("value"), this);
    meaning->setObjectName(QStringLiteral("signatureStepMeaning"));
    layout->addWidget(meaning);
    layout->addWidget(makeLabel(tr("Signed by: %1").arg(roles.join(tr(" or "))),
                                QStringLiteral("fieldLabel"), this));
    if (step.verifiedBy)
        layout->addWidget(makeLabel(tr("A second person signs: not the person who performed "
                                       "the work before this step."),
                                    QStringLiteral("fieldLabel"), this));
    layout->addStretch(1);
    QPushButton* sign = confirmButton(this, tr("Sign…"), QStringLiteral("sign-light"));
    sign->setObjectName(QStringLiteral("signStepButton"));
    addConfirmRow(layout, sign);
    connect(sign, &QPushButton::clicked, this, &StepInputWidget::signRequested);
}

}  // namespace batch::ui
