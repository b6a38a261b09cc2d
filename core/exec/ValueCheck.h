#pragma once

#include "exec/BatchProjection.h"
#include "model/Mbr.h"

#include <QString>

#include <cstdint>
#include <optional>

namespace batch::exec {

// What an operator (or a balance) supplies to complete a step. The times of the record
// are never part of it: the engine takes them from the journal clock. (readAtUtcMs is
// when the instrument's frame arrived, on that same clock; the weighing rules compare.)
struct StepInput {
    QString value = {};         // decimal string, option, text, scanned id; empty where none
    QString unit = {};          // optional; must match the step's unit when given
    QString instrumentId = {};  // instrument values: all three of id, raw frame, stable
    QString rawFrame = {};
    std::optional<bool> stable = {};
    // The weigh path (core/exec/WeighPath.cpp): a balance reading also carries gross and
    // tare (value is the net: net = gross - tare), the serial number the balance reported
    // when it was connected, and when its frame was received.
    QString gross = {};
    QString tare = {};
    QString instrumentSerial = {};
    std::optional<std::int64_t> readAtUtcMs = {};

    bool fromInstrument() const { return !instrumentId.isEmpty() || !rawFrame.isEmpty() || stable; }
};

enum class LimitLevel { None, Ok, Alert, Action };
QString limitLevelName(LimitLevel level);  // "", "ok", "alert", "action"

// A value that passed the checks of its step kind, normalised for the record.
struct CheckedValue {
    QString value;
    QString unit;
    QString source;  // "manual" | "instrument" | "computed"
    LimitLevel limit = LimitLevel::None;
    QString limitText;  // e.g. "low 54.0, high 66.0", for the exception message
    bool manualWhereInstrumentExpected = false;
};

// Checks `input` against the step's type and range (decimals, options, length, required
// instrument fields and stability) and classifies it against its limits. Throws
// ExecError InvalidValue / Unstable with a translated reason. Weigh tolerances come from
// the batch's scaled targets in `batch`.
CheckedValue checkValue(const model::MasterBatchRecord& mbr, const model::Step& step,
                        const BatchProjection& batch, const StepInput& input);

// Parses a decimal string ("-12.30") with at most `decimals` places and rounds it to
// exactly that many. Throws ExecError InvalidValue naming the step.
QString normaliseDecimal(const model::Step& step, const QString& text, int decimals);

// Where `value` lies against the step's limits (numeric, calculation) or tolerance (weigh).
LimitLevel classify(const model::Step& step, const BatchProjection& batch, double value,
                    QString* limitText);

}  // namespace batch::exec
