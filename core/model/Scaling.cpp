#include "model/Scaling.h"

#include "model/MbrReader.h"

#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>

namespace batch::model {
namespace {

using detail::MbrText;

constexpr int kSignificantDigits = 12;

// Adds one to a string of decimal digits.
void increment(std::string& digits) {
    for (auto it = digits.rbegin(); it != digits.rend(); ++it) {
        if (*it != '9') {
            ++*it;
            return;
        }
        *it = '0';
    }
    digits.insert(digits.begin(), '1');
}

void requireBatchSize(const MasterBatchRecord& mbr, double batchSize) {
    if (!std::isfinite(batchSize) || !(batchSize > 0))
        throw ScalingError(MbrText::tr("the batch size must be greater than 0"));
    if (!(mbr.batchSize.value > 0))
        throw ScalingError(MbrText::tr("the MBR has no valid batch size"));
}

QString fmt(double v) {
    return QString::number(v, 'g', kSignificantDigits);
}

}  // namespace

QString roundDecimal(double value, int decimals, Rounding mode) {
    if (!std::isfinite(value) || std::fabs(value) >= 1e12)
        throw ScalingError(MbrText::tr("the value %1 is out of range").arg(value));
    if (decimals < 0 || decimals > 6)
        throw ScalingError(MbrText::tr("decimals must be between 0 and 6"));
    const bool negative = value < 0;

    // |value| = digits x 10^(exponent - 11), with exactly 12 significant digits.
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.*e", kSignificantDigits - 1, std::fabs(value));
    std::string digits(1, buf[0]);
    digits.append(buf + 2, kSignificantDigits - 1);
    const int exponent = std::atoi(std::strchr(buf, 'e') + 1);
    const int shift = exponent - (kSignificantDigits - 1) + decimals;

    // The result is quotient x 10^-decimals; the dropped digits decide the rounding.
    std::string quotient;
    bool halfOrMore = false;
    bool remainder = false;
    if (shift >= 0) {
        quotient = digits + std::string(static_cast<size_t>(shift), '0');
    } else {
        const auto drop = static_cast<size_t>(-shift);
        const std::string dropped = drop >= digits.size()
                                        ? std::string(drop - digits.size(), '0') + digits
                                        : digits.substr(digits.size() - drop);
        quotient =
            drop >= digits.size() ? std::string("0") : digits.substr(0, digits.size() - drop);
        halfOrMore = dropped.front() >= '5';
        remainder = dropped.find_first_not_of('0') != std::string::npos;
    }
    bool up = false;
    switch (mode) {
        case Rounding::HalfAwayFromZero:
            up = halfOrMore;
            break;
        case Rounding::Up:
            up = remainder && !negative;
            break;
        case Rounding::Down:
            up = remainder && negative;
            break;
    }
    if (up)
        increment(quotient);
    const auto firstDigit = quotient.find_first_not_of('0');
    quotient = firstDigit == std::string::npos ? std::string("0") : quotient.substr(firstDigit);
    const bool zero = quotient == "0";
    if (decimals > 0) {
        if (quotient.size() < static_cast<size_t>(decimals) + 1)
            quotient.insert(0, static_cast<size_t>(decimals) + 1 - quotient.size(), '0');
        quotient.insert(quotient.size() - static_cast<size_t>(decimals), 1, '.');
    }
    return QString::fromLatin1((negative && !zero ? "-" : "") + quotient);
}

double scaleQuantity(const MasterBatchRecord& mbr, const Material& material, double batchSize) {
    requireBatchSize(mbr, batchSize);
    return material.quantity * batchSize / mbr.batchSize.value;
}

ScaledWeigh scaleWeigh(const MasterBatchRecord& mbr, const Step& step, double batchSize) {
    if (step.kind != StepKind::Weigh)
        throw ScalingError(MbrText::tr("step \"%1\" is not a weigh step").arg(step.id));
    const Material* material = mbr.material(step.material);
    if (!material)
        throw ScalingError(MbrText::tr("material \"%1\" of step \"%2\" is not in the bill of "
                                       "materials")
                               .arg(step.material, step.id));
    ScaledWeigh w;
    w.stepId = step.id;
    w.material = material->code;
    w.unit = material->unit;
    w.decimals = step.decimals;
    w.target = roundDecimal(scaleQuantity(mbr, *material, batchSize), step.decimals);
    w.targetValue = w.target.toDouble();
    if (!(w.targetValue > 0))
        throw ScalingError(MbrText::tr("the target of step \"%1\" rounds to zero at batch size %2")
                               .arg(step.id, fmt(batchSize)));
    if (w.targetValue < step.minimumWeight)
        throw ScalingError(
            MbrText::tr("the target of step \"%1\" (%2 %3) is below the minimum "
                        "weight %4 %3 at batch size %5")
                .arg(step.id, w.target, w.unit, fmt(step.minimumWeight), fmt(batchSize)));
    const double delta = step.tolerance.kind == Tolerance::Kind::Percent
                             ? w.targetValue * step.tolerance.value / 100.0
                             : step.tolerance.value;
    // Rounded inwards: rounding may narrow the tolerance, never widen it.
    w.low = roundDecimal(w.targetValue - delta, step.decimals, Rounding::Up);
    w.high = roundDecimal(w.targetValue + delta, step.decimals, Rounding::Down);
    w.lowValue = w.low.toDouble();
    w.highValue = w.high.toDouble();
    return w;
}

std::vector<ScaledWeigh> scaleWeighSteps(const MasterBatchRecord& mbr, double batchSize) {
    std::vector<ScaledWeigh> out;
    for (const Step* s : mbr.steps())
        if (s->kind == StepKind::Weigh)
            out.push_back(scaleWeigh(mbr, *s, batchSize));
    return out;
}

double scaledTheoreticalYield(const MasterBatchRecord& mbr, double batchSize) {
    requireBatchSize(mbr, batchSize);
    return mbr.theoreticalYield.value * batchSize / mbr.batchSize.value;
}

}  // namespace batch::model
