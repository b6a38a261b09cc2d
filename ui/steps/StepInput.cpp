#include "steps/StepInput.h"

#include "steps/SimpleInputs.h"
#include "steps/ValueInputs.h"

namespace batch::ui {

StepInputWidget::StepInputWidget(const StepView& view, QWidget* parent)
    : QWidget(parent), view_(view) {
    setObjectName(QStringLiteral("StepInput"));
}

void StepInputWidget::refresh(const exec::BatchProjection& batch) { view_.batch = &batch; }

StepInputWidget* createStepInput(const StepView& view, QWidget* parent) {
    switch (view.step->kind) {
    case model::StepKind::Instruction: return new AcknowledgeInput(view, parent);
    case model::StepKind::Numeric: return new NumericInput(view, parent);
    case model::StepKind::Weigh: return new WeighInput(view, parent);
    case model::StepKind::MaterialScan:
    case model::StepKind::EquipmentCheck:
    case model::StepKind::Sample: return new ScanInput(view, parent);
    case model::StepKind::Choice: return new ChoiceInput(view, parent);
    case model::StepKind::Checklist: return new ChecklistInput(view, parent);
    case model::StepKind::Text: return new TextInput(view, parent);
    case model::StepKind::Timer: return new TimerInput(view, view.nowMs, parent);
    case model::StepKind::Calculation: return new CalculationInput(view, parent);
    case model::StepKind::Signature: return new SignatureInput(view, parent);
    }
    return new AcknowledgeInput(view, parent);
}

}  // namespace batch::ui
