#pragma once

#include "steps/StepInput.h"

#include <QTimer>

class QLabel;
class QPushButton;

namespace batch::ui {

class LimitBand;
class NumericEntry;
class WeighPanel;

// numeric: the keypad, the value in large type, the limits as a band with the value
// on it, and where it lies in words (the engine's own classification). A numeric step
// whose value comes from an instrument offers the weigh panel when a balance of the
// class is connected; a value typed instead is the engine's exception to record.
class NumericInput : public StepInputWidget {
    Q_OBJECT
public:
    NumericInput(const StepView& view, QWidget* parent);
    QString attemptedValue() const override;
    QWidget* initialFocus() override;
    WeighPanel* weighPanel() const { return panel_; }

private:
    void showManual(bool manual);
    void onEdited();

    NumericEntry* entry_ = nullptr;
    LimitBand* band_ = nullptr;
    QLabel* stateIcon_ = nullptr;
    QLabel* state_ = nullptr;
    WeighPanel* panel_ = nullptr;
    QWidget* manual_ = nullptr;
    QPushButton* toggle_ = nullptr;  // in the weigh panel: to manual entry
    QPushButton* back_ = nullptr;    // in the manual entry: back to the instrument
    QString readOff_;                // the instrument read off (empty: entered by hand)
};

// weigh: the weigh panel against the batch's scaled target and tolerance.
class WeighInput : public StepInputWidget {
    Q_OBJECT
public:
    WeighInput(const StepView& view, QWidget* parent);
    WeighPanel* panel() const { return panel_; }

private:
    WeighPanel* panel_;
};

// calculation: the formula, each input with its value in force, and the result the
// engine computes (shown before confirming, computed again by the engine on confirm).
class CalculationInput : public StepInputWidget {
    Q_OBJECT
public:
    CalculationInput(const StepView& view, QWidget* parent);
    void refresh(const exec::BatchProjection& batch) override;

private:
    QLabel* inputs_;
    QLabel* result_;
    QLabel* stateIcon_;
    QLabel* state_;
    LimitBand* band_;
};

// timer: start, then a countdown to the minimum and the time left to the maximum.
class TimerInput : public StepInputWidget {
    Q_OBJECT
public:
    TimerInput(const StepView& view, std::function<qint64()> nowMs, QWidget* parent);
    void refresh(const exec::BatchProjection& batch) override;

private:
    void tick();

    std::function<qint64()> nowMs_;
    qint64 startedMs_ = 0;
    QLabel* elapsed_;
    QLabel* minimum_;
    QLabel* maximumIcon_;
    QLabel* maximum_;
    QPushButton* start_;
    QPushButton* complete_;
    QTimer ticker_;
};

}  // namespace batch::ui
