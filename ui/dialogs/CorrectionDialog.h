#pragma once

#include "dialogs/RecordDialogs.h"
#include "model/Mbr.h"

class QButtonGroup;
class QLineEdit;

namespace batch::ui {

class NumericEntry;

// The correction of a recorded value: the step, the value in force, the new value (the
// keypad for numbers, the options for a choice, a text or scan field otherwise) and the
// reason. The old value stays in the record; the engine decides whether the step may be
// corrected at all and by whom.
class CorrectionDialog : public TouchDialog {
    Q_OBJECT
public:
    using Correct = std::function<ActionOutcome(const QString& newValue, const QString& reason)>;
    CorrectionDialog(const model::Step& step, const QString& valueInForce, const QString& unit,
                     Correct correct, QWidget* parent = nullptr);

    QString newValue() const;

private:
    model::StepKind kind_;
    QStringList options_;
    Correct correct_;
    NumericEntry* numeric_ = nullptr;
    QButtonGroup* choice_ = nullptr;
    QLineEdit* text_ = nullptr;
    QPlainTextEdit* reason_;
};

}  // namespace batch::ui
