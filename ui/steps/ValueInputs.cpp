#include "steps/ValueInputs.h"

#include "LocaleFormat.h"
#include "Theme.h"
#include "exec/Calculator.h"
#include "exec/ExecTypes.h"
#include "instruments/InstrumentHub.h"
#include "model/Scaling.h"
#include "weigh/WeighPanel.h"
#include "widgets/Controls.h"
#include "widgets/LimitBand.h"
#include "widgets/NumericEntry.h"
#include "widgets/NumericKeypad.h"

#include <QButtonGroup>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace batch::ui {
namespace {

BandSpec bandOf(const model::Step& step) {
    BandSpec b;
    b.low = step.limits.low;
    b.high = step.limits.high;
    b.alertLow = step.limits.alertLow;
    b.alertHigh = step.limits.alertHigh;
    b.target = step.target;
    b.decimals = step.decimals;
    b.unit = step.unit;
    return b;
}

// Where a value lies, in the engine's own classification, as icon and words.
void showLimitState(const StepView& view, std::optional<double> value, QLabel* icon,
                    QLabel* words) {
    if (!value || !view.step->limits.any()) {
        icon->clear();
        words->setText(view.step->limits.any() ? QString() : StepInputWidget::tr("No limits."));
        return;
    }
    switch (exec::classify(*view.step, *view.batch, *value, nullptr)) {
    case exec::LimitLevel::None:
    case exec::LimitLevel::Ok:
        icon->setPixmap(themeIcon(QStringLiteral("ok")).pixmap(32, 32));
        words->setText(StepInputWidget::tr("Within limits"));
        break;
    case exec::LimitLevel::Alert:
        icon->setPixmap(themeIcon(QStringLiteral("warning")).pixmap(32, 32));
        words->setText(StepInputWidget::tr("Outside the alert limits: recorded as an exception"));
        break;
    case exec::LimitLevel::Action:
        icon->setPixmap(themeIcon(QStringLiteral("error")).pixmap(32, 32));
        words->setText(StepInputWidget::tr("Outside the action limits: needs an approved "
                                           "deviation"));
        break;
    }
}

QPushButton* primary(QWidget* parent, const QString& text, const QString& objectName,
                     const QString& icon) {
    QPushButton* b = makeButton(text, QStringLiteral("primary"), parent);
    b->setObjectName(objectName);
    b->setIcon(themeIcon(icon));
    b->setMinimumHeight(72);
    b->setMinimumWidth(280);
    return b;
}

}  // namespace

NumericInput::NumericInput(const StepView& view, QWidget* parent) : StepInputWidget(view, parent) {
    const model::Step& step = *view.step;
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(10);

    const bool instrument = step.source == model::ValueSource::Instrument;
    const bool balanceHere = instrument && view.hub && !view.hub->forClass(step.instrumentClass).isEmpty();
    if (balanceHere) {
        WeighPanel::Target t{step.instrumentClass, step.unit, step.decimals, bandOf(step), false};
        panel_ = new WeighPanel(*view.hub, t, view.captureCheck, this);
        connect(panel_, &WeighPanel::captured, this, &StepInputWidget::completeRequested);
        layout->addWidget(panel_, 1);
        toggle_ = makeButton(tr("Enter the value by hand instead"), QString(), this);
        toggle_->setObjectName(QStringLiteral("manualEntryButton"));
        toggle_->setIcon(themeIcon(QStringLiteral("keypad")));
        panel_->addSideButton(toggle_);
    }

    manual_ = new QWidget(this);
    auto* manualLayout = new QHBoxLayout(manual_);
    manualLayout->setContentsMargins(0, 0, 0, 0);
    manualLayout->setSpacing(28);
    auto* left = new QVBoxLayout;
    left->setSpacing(10);
    if (instrument && !panel_ && !view.readOffInstruments.isEmpty()) {
        // Read off the instrument's display: the operator picks the instrument in front of
        // them; the value is recorded as its reading (instrument master checks apply).
        readOff_ = view.readOffInstruments.first();
        auto* row = new QHBoxLayout;
        row->setSpacing(10);
        auto* group = new QButtonGroup(manual_);
        // A chooser only when there is a choice.
        for (const QString& id : view.readOffInstruments.size() > 1 ? view.readOffInstruments
                                                                     : QStringList{}) {
            QPushButton* b = makeToggle(id, manual_);
            b->setObjectName(QStringLiteral("readOff_") + id);
            b->setChecked(id == readOff_);
            group->addButton(b);
            connect(b, &QPushButton::clicked, this, [this, id] { readOff_ = id; });
            row->addWidget(b);
        }
        row->addStretch(1);
        if (view.readOffInstruments.size() > 1)
            left->addWidget(makeLabel(tr("Read the value off the display of the instrument "
                                         "(class %1) when it is stable, and enter it.")
                                          .arg(step.instrumentClass),
                                      QStringLiteral("fieldLabel"), manual_));
        else
            left->addWidget(makeLabel(tr("Read the value off the display of instrument %1 "
                                         "(class %2) when it is stable, and enter it.")
                                          .arg(readOff_, step.instrumentClass),
                                      QStringLiteral("fieldLabel"), manual_));
        if (view.readOffInstruments.size() > 1)
            left->addLayout(row);
        else
            delete row;
    } else if (instrument) {
        left->addWidget(makeLabel(
            tr("This value is expected from an instrument of class %1. A value entered by hand "
               "is recorded as an exception.")
                .arg(step.instrumentClass),
            QStringLiteral("warningText"), manual_));
    }
    band_ = new LimitBand(manual_);
    band_->setObjectName(QStringLiteral("limitBand"));
    band_->setSpec(bandOf(step));
    band_->setVisible(step.limits.any() || step.target);
    left->addWidget(band_);
    entry_ = new NumericEntry(step.unit, manual_);
    entry_->setKeypadVisible(false);
    entry_->keypad()->setAllowNegative(true);
    left->addWidget(entry_);
    left->addLayout(iconTextRow(manual_, &stateIcon_, &state_, QStringLiteral("value"),
                                QStringLiteral("limitState")));
    left->addStretch(1);
    QPushButton* confirm =
        primary(manual_, tr("Confirm value"), QStringLiteral("confirmButton"),
                QStringLiteral("capture-light"));
    auto* confirmRow = new QHBoxLayout;
    confirmRow->setSpacing(16);
    if (panel_) {
        back_ = makeButton(tr("Capture from the instrument instead"), QString(), manual_);
        back_->setObjectName(QStringLiteral("instrumentEntryButton"));
        back_->setIcon(themeIcon(QStringLiteral("scale")));
        confirmRow->addWidget(back_);
    }
    confirmRow->addStretch(1);
    confirmRow->addWidget(confirm);
    left->addLayout(confirmRow);
    manualLayout->addLayout(left, 3);
    auto* keypad = entry_->keypad();
    keypad->setParent(manual_);
    keypad->setVisible(true);
    keypad->setFixedWidth(NumericKeypad::kWidth);
    manualLayout->addWidget(keypad, 0, Qt::AlignTop);
    layout->addWidget(manual_, 1);

    connect(entry_, &NumericEntry::edited, this, &NumericInput::onEdited);
    auto submit = [this] {
        exec::StepInput in{entry_->canonical()};
        if (!readOff_.isEmpty() && manual_->isVisible()) {
            // The operator read a stable value off the instrument's display.
            in.unit = view_.step->unit;
            in.instrumentId = readOff_;
            in.rawFrame = QStringLiteral("read off %1: %2 %3").arg(readOff_, in.value, in.unit);
            in.stable = true;
        }
        Q_EMIT completeRequested(in);
    };
    connect(confirm, &QPushButton::clicked, this, submit);
    connect(entry_, &NumericEntry::submitted, this, submit);
    if (toggle_) {
        connect(toggle_, &QPushButton::clicked, this, [this] { showManual(true); });
        connect(back_, &QPushButton::clicked, this, [this] { showManual(false); });
    }
    showManual(!panel_);
    onEdited();
}

void NumericInput::showManual(bool manual) {
    if (panel_)
        panel_->setVisible(!manual);
    manual_->setVisible(manual);
    if (manual)
        entry_->field()->setFocus();
}

void NumericInput::onEdited() {
    band_->setValue(entry_->number());
    showLimitState(view_, entry_->number(), stateIcon_, state_);
}

QString NumericInput::attemptedValue() const { return entry_->canonical(); }

QWidget* NumericInput::initialFocus() { return manual_->isVisible() ? entry_->field() : nullptr; }

WeighInput::WeighInput(const StepView& view, QWidget* parent) : StepInputWidget(view, parent) {
    const model::Step& step = *view.step;
    const model::Material* material = view.mbr->material(step.material);
    WeighPanel::Target t;
    t.equipmentClass = step.instrumentClass;
    t.unit = material ? material->unit : QString();
    t.decimals = step.decimals;
    t.band.decimals = step.decimals;
    t.band.unit = t.unit;
    const QStringList target = view.batch->weighTargets.value(step.id).split(QLatin1Char('|'));
    if (target.size() == 3) {
        t.band.target = target[0].toDouble();
        t.band.low = target[1].toDouble();
        t.band.high = target[2].toDouble();
    }
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(8);
    if (target.size() == 3) {
        auto* what = makeLabel(tr("%1 %2 — target %3 %4, tolerance %5 to %6 %4")
                                   .arg(step.material, material ? material->name : QString(),
                                        fmt::decimal(target[0]), t.unit, fmt::decimal(target[1]),
                                        fmt::decimal(target[2])),
                               QStringLiteral("fieldLabel"), this);
        what->setObjectName(QStringLiteral("weighWhat"));
        layout->addWidget(what);
    }
    panel_ = new WeighPanel(*view.hub, t, view.captureCheck, this);
    layout->addWidget(panel_, 1);
    connect(panel_, &WeighPanel::captured, this, &StepInputWidget::completeRequested);
}

CalculationInput::CalculationInput(const StepView& view, QWidget* parent)
    : StepInputWidget(view, parent) {
    // Left: how the value comes about (formula, inputs). Right: the value and its limits.
    auto* left = new QVBoxLayout;
    left->setSpacing(8);
    auto* formula = makeLabel(tr("Formula: %1 = %2").arg(view.step->id, view.step->formula),
                              QStringLiteral("formula"), this);
    formula->setObjectName(QStringLiteral("calcFormula"));
    left->addWidget(formula);
    left->addWidget(makeLabel(tr("Inputs (values in force):"), QStringLiteral("fieldLabel"), this));
    inputs_ = makeLabel(QString(), QStringLiteral("calcInputs"), this);
    inputs_->setObjectName(QStringLiteral("calcInputs"));
    inputs_->setTextFormat(Qt::RichText);
    inputs_->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    auto* inputsArea = new QScrollArea(this);
    inputsArea->setObjectName(QStringLiteral("calcInputsArea"));
    inputsArea->setWidget(inputs_);
    inputsArea->setWidgetResizable(true);
    inputsArea->setFrameShape(QFrame::NoFrame);
    inputsArea->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    enableKineticScrolling(inputsArea);
    left->addWidget(inputsArea, 1);

    auto* right = new QVBoxLayout;
    right->setSpacing(8);
    result_ = makeLabel(QString(), QStringLiteral("result"), this);
    result_->setObjectName(QStringLiteral("calcResult"));
    right->addWidget(result_);
    band_ = new LimitBand(this);
    band_->setObjectName(QStringLiteral("limitBand"));
    band_->setSpec(bandOf(*view.step));
    band_->setVisible(view.step->limits.any() || view.step->target);
    right->addWidget(band_);
    right->addLayout(iconTextRow(this, &stateIcon_, &state_, QStringLiteral("value"),
                                 QStringLiteral("limitState")));
    right->addStretch(1);
    QPushButton* confirm = primary(this, tr("Confirm calculation"), QStringLiteral("confirmButton"),
                                   QStringLiteral("capture-light"));
    right->addWidget(confirm, 0, Qt::AlignRight);

    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(28);
    layout->addLayout(left, 1);
    layout->addLayout(right, 1);
    connect(confirm, &QPushButton::clicked, this,
            [this] { Q_EMIT completeRequested(exec::StepInput{}); });
    refresh(*view.batch);
}

void CalculationInput::refresh(const exec::BatchProjection& batch) {
    const model::Step& step = *view_.step;
    QString rows = QStringLiteral("<table cellspacing='0' cellpadding='4'>");
    const double size = batch.batchSize.toDouble();
    for (const QString& name : step.references) {
        QString title;
        QString value;
        if (name == QLatin1String("batchSize")) {
            title = tr("Batch size");
            value = fmt::decimal(batch.batchSize) + QLatin1Char(' ') + batch.batchUnit;
        } else if (name == QLatin1String("theoreticalYield")) {
            title = tr("Theoretical yield of this batch");
            try {
                value = fmt::decimal(model::roundDecimal(
                            model::scaledTheoreticalYield(*view_.mbr, size), 3)) +
                        QLatin1Char(' ') + view_.mbr->theoreticalYield.unit;
            } catch (const model::ScalingError& e) {
                value = e.message();
            }
        } else {
            const model::Step* s = view_.mbr->step(name);
            const exec::StepState* state = batch.step(name);
            title = s ? s->title : name;
            value = state && state->state == exec::StepState::State::Completed
                        ? fmt::decimal(state->currentValue()) + QLatin1Char(' ') + state->unit
                        : tr("not recorded yet");
        }
        rows += QStringLiteral("<tr><td style='padding-right:18px'><b>%1</b></td><td>%2</td>"
                               "<td style='padding-left:18px'><b>%3</b></td></tr>")
                    .arg(name.toHtmlEscaped(), title.toHtmlEscaped(), value.toHtmlEscaped());
    }
    inputs_->setText(rows + QStringLiteral("</table>"));
    try {
        const QString result = exec::evaluateCalculation(*view_.mbr, step, batch);
        result_->setText(tr("Result: %1 %2").arg(fmt::decimal(result), step.unit));
        band_->setValue(result.toDouble());
        showLimitState(view_, result.toDouble(), stateIcon_, state_);
    } catch (const exec::ExecError& e) {
        result_->setText(tr("Result not available: %1").arg(e.message()));
        band_->setValue(std::nullopt);
        showLimitState(view_, std::nullopt, stateIcon_, state_);
    }
}

TimerInput::TimerInput(const StepView& view, std::function<qint64()> nowMs, QWidget* parent)
    : StepInputWidget(view, parent), nowMs_(std::move(nowMs)) {
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(10);
    layout->addWidget(makeLabel(tr("Time elapsed"), QStringLiteral("fieldLabel"), this));
    elapsed_ = makeLabel(QString(), QStringLiteral("countdown"), this);
    elapsed_->setObjectName(QStringLiteral("timerElapsed"));
    elapsed_->setWordWrap(false);
    layout->addWidget(elapsed_);
    minimum_ = makeLabel(QString(), QStringLiteral("value"), this);
    minimum_->setObjectName(QStringLiteral("timerMinimum"));
    layout->addWidget(minimum_);
    layout->addLayout(iconTextRow(this, &maximumIcon_, &maximum_, QStringLiteral("value"),
                                  QStringLiteral("timerMaximum")));
    layout->addStretch(1);
    start_ = primary(this, tr("Start timer"), QStringLiteral("startTimerButton"),
                     QStringLiteral("next-light"));
    complete_ = primary(this, tr("Complete timer"), QStringLiteral("confirmButton"),
                        QStringLiteral("capture-light"));
    auto* row = new QHBoxLayout;
    row->addStretch(1);
    row->addWidget(start_);
    row->addWidget(complete_);
    layout->addLayout(row);
    connect(start_, &QPushButton::clicked, this, &StepInputWidget::startRequested);
    connect(complete_, &QPushButton::clicked, this,
            [this] { Q_EMIT completeRequested(exec::StepInput{}); });
    connect(&ticker_, &QTimer::timeout, this, &TimerInput::tick);
    ticker_.start(500);
    refresh(*view.batch);
}

void TimerInput::refresh(const exec::BatchProjection& batch) {
    const exec::StepState* s = batch.step(view_.step->id);
    startedMs_ = s && s->state == exec::StepState::State::Started ? s->startedMs : 0;
    start_->setVisible(startedMs_ == 0);
    complete_->setVisible(startedMs_ != 0);
    tick();
}

void TimerInput::tick() {
    const model::Step& step = *view_.step;
    if (startedMs_ == 0) {
        elapsed_->setText(fmt::duration(0));
        minimum_->setText(tr("Runs at least %1 and at most %2. Start it when the work begins.")
                              .arg(fmt::duration(step.minSeconds), fmt::duration(step.maxSeconds)));
        maximumIcon_->clear();
        maximumIcon_->setVisible(false);
        maximum_->clear();
        return;
    }
    const qint64 elapsed = (nowMs_() - startedMs_) / 1000;
    elapsed_->setText(fmt::duration(elapsed));
    const qint64 toMinimum = step.minSeconds - elapsed;
    minimum_->setText(toMinimum > 0
                          ? tr("Minimum %1: %2 to go").arg(fmt::duration(step.minSeconds),
                                                           fmt::duration(toMinimum))
                          : tr("Minimum %1 reached").arg(fmt::duration(step.minSeconds)));
    const qint64 toMaximum = step.maxSeconds - elapsed;
    maximumIcon_->setVisible(toMaximum < 0);
    if (toMaximum >= 0) {
        maximumIcon_->clear();
        maximum_->setText(tr("Maximum %1: %2 left").arg(fmt::duration(step.maxSeconds),
                                                        fmt::duration(toMaximum)));
    } else {
        maximumIcon_->setPixmap(themeIcon(QStringLiteral("warning")).pixmap(32, 32));
        maximum_->setText(tr("Maximum %1 exceeded by %2: recorded as an overrun")
                              .arg(fmt::duration(step.maxSeconds), fmt::duration(-toMaximum)));
    }
    // Before the minimum the button stays, but looks secondary: the engine would refuse.
    const QString role = toMinimum > 0 ? QStringLiteral("secondary") : QStringLiteral("primary");
    if (complete_->property("buttonRole").toString() != role)
        setStyleRole(complete_, "buttonRole", role);
}

}  // namespace batch::ui
