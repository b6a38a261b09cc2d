#pragma once

#include "exec/BatchProjection.h"
#include "exec/ValueCheck.h"
#include "model/Mbr.h"

#include <QWidget>

#include <functional>

namespace batch::ui {

class InstrumentHub;
class StatusBanner;

// Would the engine accept this instrument reading for the step now? Empty: yes; else
// the reason in words. Built by the step runner from the engine's own checks (and the
// instrument master's weighing rules where they exist), never from rules of the UI.
using CaptureCheck = std::function<QString(const exec::StepInput& candidate)>;

// What an input widget needs to present one step.
struct StepView {
    const model::MasterBatchRecord* mbr = nullptr;
    const model::Step* step = nullptr;
    const exec::BatchProjection* batch = nullptr;
    InstrumentHub* hub = nullptr;
    CaptureCheck captureCheck;
    std::function<qint64()> nowMs;  // the journal's clock (timers count on it)
    // Instrument steps without a connected instrument: the instruments of the step's class
    // in the instrument master, whose display the operator reads off (a moisture
    // analyser, a tablet tester). The value typed is recorded as that instrument's reading.
    QStringList readOffInstruments;
};

// The input for one step kind of the engine. It collects what the operator enters and
// asks for the action; the step runner performs it through the engine and shows the
// engine's answer. No input widget decides whether a value is acceptable.
class StepInputWidget : public QWidget {
    Q_OBJECT
public:
    explicit StepInputWidget(const StepView& view, QWidget* parent = nullptr);

    // The value the operator tried to record, for a deviation raised after a refusal.
    virtual QString attemptedValue() const { return {}; }
    // The batch changed (a timer started, a signature was written): show it.
    virtual void refresh(const exec::BatchProjection& batch);
    // The widget that should get the keyboard focus (a scan field, the value field).
    virtual QWidget* initialFocus() { return nullptr; }

Q_SIGNALS:
    void completeRequested(const batch::exec::StepInput& input);
    void startRequested();  // timers
    void signRequested();   // signature steps

protected:
    StepView view_;
};

// The widget for the step's kind.
StepInputWidget* createStepInput(const StepView& view, QWidget* parent);

}  // namespace batch::ui
