#pragma once

// The weigh path of the execution engine (issue 4): instrument readings - balance
// weighings above all - checked against the instrument master by the weighing rules
// (core/instruments/WeighingRules.h) before a step completes, and recorded with
// everything that vouches for them. BatchEngine::complete() applies it; the HMI asks
// BatchEngine::checkInstrumentReading() whether a reading would be accepted now.

#include "exec/ExecTypes.h"
#include "exec/ValueCheck.h"
#include "instruments/WeighingRules.h"

#include <QJsonObject>

#include <optional>

namespace batch::exec {

// Whether complete() would accept an instrument reading for a step right now, and why
// not. Nothing is recorded by asking.
struct ReadingCheck {
    bool accepted = false;
    std::optional<ExecError> refusal;       // what complete() would refuse it with
    instruments::WeighingVerdict weighing;  // every finding of the weighing rules
    QString value;                          // as it would be recorded (step decimals)
    QString unit;
    LimitLevel limit = LimitLevel::None;
    QString limitText;
};

// The reading as the step records it: a balance may show more decimals than the step
// keeps (a 0.1 g balance weighing in kg for a 3-decimal step); the value is then rounded
// half away from zero to the step's decimals. Net, gross and tare stay as the balance
// sent them (payload "net", "gross", "tare"), next to the raw frame.
StepInput recordedReading(const model::Step& step, const StepInput& input);

// The request the weighing rules judge, from the step, the master's entry and the input.
instruments::WeighingRequest weighingRequest(const model::Step& step, const StepInput& input,
                                             const instruments::Instrument* instrument,
                                             std::int64_t nowUtcMs);

}  // namespace batch::exec
