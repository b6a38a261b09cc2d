#pragma once

#include "model/Mbr.h"

#include <QString>

#include <stdexcept>
#include <vector>

namespace batch::model {

class ScalingError : public std::runtime_error {
public:
    explicit ScalingError(const QString& message)
        : std::runtime_error(message.toStdString()), message_(message) {}
    const QString& message() const { return message_; }

private:
    QString message_;
};

enum class Rounding {
    HalfAwayFromZero,  // targets: 2.675 -> 2.68, -2.675 -> -2.68
    Up,                // towards +infinity: a lower tolerance limit never widens
    Down,              // towards -infinity: an upper tolerance limit never widens
};

// Rounds `value` to `decimals` (0..6) places and returns it with exactly that many
// decimals ("12.300"), the form in which values travel in event payloads. It works on
// the value's 12-significant-digit decimal form, so binary noise such as
// 0.1 * 3 = 0.30000000000000004 or 2.675 stored as 2.67499999... does not decide the
// result. Throws ScalingError for non-finite values or |value| >= 1e12.
QString roundDecimal(double value, int decimals, Rounding mode = Rounding::HalfAwayFromZero);

// The target of a weigh step for one batch, in the material's unit.
struct ScaledWeigh {
    QString stepId;
    QString material;
    QString unit;
    int decimals = 0;
    QString target;  // rounded half away from zero to the step's decimals
    QString low;     // target - tolerance, rounded up
    QString high;    // target + tolerance, rounded down
    double targetValue = 0;
    double lowValue = 0;
    double highValue = 0;
};

// quantity per MBR batch size x batchSize / MBR batch size, unrounded. Throws
// ScalingError for a batch size that is not a positive finite number.
double scaleQuantity(const MasterBatchRecord& mbr, const Material& material, double batchSize);

// Throws ScalingError when `step` is not a weigh step of `mbr`, the batch size is not
// positive, or the target falls below the step's minimum weight or rounds to zero.
ScaledWeigh scaleWeigh(const MasterBatchRecord& mbr, const Step& step, double batchSize);

// Every weigh step of the MBR in document order (throws like scaleWeigh on the first bad one).
std::vector<ScaledWeigh> scaleWeighSteps(const MasterBatchRecord& mbr, double batchSize);

// The theoretical yield of a batch of `batchSize` (same proportion as the BOM).
double scaledTheoreticalYield(const MasterBatchRecord& mbr, double batchSize);

}  // namespace batch::model
