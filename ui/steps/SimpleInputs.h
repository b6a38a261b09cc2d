#pragma once

#include "steps/StepInput.h"

class QButtonGroup;
class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace batch::ui {

class ScanField;

// instruction: read and acknowledge.
class AcknowledgeInput : public StepInputWidget {
    Q_OBJECT
public:
    AcknowledgeInput(const StepView& view, QWidget* parent);
};

// choice: one large button per option; the chosen option is submitted as written.
class ChoiceInput : public StepInputWidget {
    Q_OBJECT
public:
    ChoiceInput(const StepView& view, QWidget* parent);
    QString attemptedValue() const override;

private:
    QButtonGroup* options_;
};

// checklist: one large toggle per item. All ticked is submitted as "all" (the engine's
// spelling); anything less as "n/m ticked", which the engine refuses in its own words.
class ChecklistInput : public StepInputWidget {
    Q_OBJECT
public:
    ChecklistInput(const StepView& view, QWidget* parent);
    QString value() const;

private:
    QList<QPushButton*> items_;
    QLabel* count_;
};

// text: free text through the virtual keyboard (or a physical one).
class TextInput : public StepInputWidget {
    Q_OBJECT
public:
    TextInput(const StepView& view, QWidget* parent);
    QString attemptedValue() const override;
    QWidget* initialFocus() override;

private:
    QPlainTextEdit* text_;
    QLabel* count_;
};

// materialScan, equipmentCheck, sample: a scan field for the barcode scanner (keyboard
// wedge). A scan submits at once; a typed id is submitted with the button.
class ScanInput : public StepInputWidget {
    Q_OBJECT
public:
    ScanInput(const StepView& view, QWidget* parent);
    QString attemptedValue() const override;
    QWidget* initialFocus() override;
    ScanField* field() const { return field_; }

private:
    ScanField* field_;
    QLabel* source_;
};

// signature: what will be signed, by which role; the dialog does the signing.
class SignatureInput : public StepInputWidget {
    Q_OBJECT
public:
    SignatureInput(const StepView& view, QWidget* parent);
};

}  // namespace batch::ui
