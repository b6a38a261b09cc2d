#include "simulator/BalanceModel.h"

#include <cmath>

namespace batch::devices::sim {

BalanceModel::BalanceModel(BalanceSpec spec, unsigned seed) : spec_(std::move(spec)), rng_(seed) {}

void BalanceModel::placeMass(double mass, qint64 nowMs) {
    previousLoad_ = load_ + transient(nowMs);
    load_ += mass;
    changedAtMs_ = nowMs;
}

void BalanceModel::removeMass(qint64 nowMs) {
    previousLoad_ = load_ + transient(nowMs);
    load_ = 0.0;
    changedAtMs_ = nowMs;
}

void BalanceModel::setDrift(double perSecond, qint64 nowMs) {
    driftAccumulated_ += driftPerSecond_ * double(nowMs - driftSinceMs_) / 1000.0;
    driftSinceMs_ = nowMs;
    driftPerSecond_ = perSecond;
}

double BalanceModel::settledSignal(qint64 nowMs) const {
    const double drift =
        driftAccumulated_ + driftPerSecond_ * double(nowMs - driftSinceMs_) / 1000.0;
    return load_ + drift - zeroOffset_;
}

double BalanceModel::transient(qint64 nowMs) const {
    const double elapsed = double(nowMs - changedAtMs_);
    if (elapsed < 0.0 || spec_.settleMs <= 0.0)
        return 0.0;
    return (previousLoad_ - load_) * std::exp(-elapsed / spec_.settleMs);
}

bool BalanceModel::isStable(qint64 nowMs) const {
    const double d = spec_.readability;
    return std::abs(transient(nowMs)) < d / 2.0 && noise_ < d / 3.0;
}

double BalanceModel::round(double value) const {
    const double digits = std::round(value / spec_.readability);
    return digits == 0.0 ? 0.0 : digits * spec_.readability;
}

BalanceModel::Sample BalanceModel::sample(qint64 nowMs) {
    Sample s;
    s.sequence = sequence_++;
    s.stable = isStable(nowMs);
    double gross = rawGross(nowMs);
    if (!s.stable && noise_ > 0.0)
        gross += std::normal_distribution<double>(0.0, noise_)(rng_);
    s.gross = round(gross);
    s.net = round(gross - tare_);
    // Overload a few digits above capacity, as the weighing range of real balances is;
    // underload when the load cell reads well below the power-on zero (pan removed).
    s.overload = gross > spec_.capacity + 9.0 * spec_.readability;
    s.underload = gross + zeroOffset_ < -spec_.zeroRange * spec_.capacity * 2.0;
    return s;
}

BalanceModel::RangeResult BalanceModel::zero(qint64 nowMs) {
    // The zero range is measured from the power-on zero, not from the last zeroing.
    const double fromPowerOn = rawGross(nowMs) + zeroOffset_;
    const double range = spec_.zeroRange * spec_.capacity;
    if (fromPowerOn > range)
        return RangeResult::AboveRange;
    if (fromPowerOn < -range)
        return RangeResult::BelowRange;
    zeroOffset_ = fromPowerOn;
    tare_ = 0.0;
    return RangeResult::Done;
}

BalanceModel::RangeResult BalanceModel::tare(qint64 nowMs) {
    const double gross = round(rawGross(nowMs));
    if (gross > spec_.capacity)
        return RangeResult::AboveRange;
    if (gross < 0.0)
        return RangeResult::BelowRange;
    tare_ = gross;
    return RangeResult::Done;
}

bool BalanceModel::presetTare(double value) {
    if (!(value > 0.0 && value <= spec_.capacity))
        return false;
    tare_ = round(value);
    return true;
}

}  // namespace batch::devices::sim
