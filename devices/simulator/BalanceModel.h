#pragma once

#include <QString>

#include <random>

namespace batch::devices::sim {

// What the simulated balance is: enough to answer identification commands and to make
// the physics of a real one (capacity, readability, zero range).
struct BalanceSpec {
    QString serialNumber = QStringLiteral("B021002593");
    QString model = QStringLiteral("SIM-XS205");
    QString softwareVersion = QStringLiteral("1.00 sim");
    double capacity = 220.0;    // in `unit`
    double readability = 0.01;  // d: one digit
    int decimals = 2;           // matches readability
    QString unit = QStringLiteral("g");
    double zeroRange = 0.02;  // +/- fraction of capacity around the power-on zero
    double settleMs = 600.0;  // time constant of the transient after a load change
};

// The physical balance, free of I/O and clocks (times are passed in, milliseconds on a
// monotonic clock), so that tests can drive it deterministically.
//
// A load change starts an exponential transient from the old to the new load; while the
// transient exceeds half a digit, or while noise is at least a third of a digit (a
// draught), the reading is dynamic and noisy. Once settled the balance's filter holds
// the display on the rounded value, as real balances do, so a stable reading is
// repeatable. Drift moves the raw signal slowly (temperature); zero and tare act on the
// displayed value like the keys do. Every sample() gets the next sequence number.
class BalanceModel {
public:
    explicit BalanceModel(BalanceSpec spec = {}, unsigned seed = 1);

    const BalanceSpec& spec() const { return spec_; }

    void placeMass(double mass, qint64 nowMs);  // adds to what is on the pan
    void removeMass(qint64 nowMs);              // empties the pan
    void setNoise(double standardDeviation) { noise_ = standardDeviation; }
    void setDrift(double perSecond, qint64 nowMs);

    struct Sample {
        double gross = 0.0;  // rounded to the readability
        double net = 0.0;    // gross minus tare, rounded
        bool stable = false;
        bool overload = false;
        bool underload = false;
        quint64 sequence = 0;
    };
    Sample sample(qint64 nowMs);
    bool isStable(qint64 nowMs) const;

    enum class RangeResult { Done, AboveRange, BelowRange };
    RangeResult zero(qint64 nowMs);  // caller decides whether stability is needed
    RangeResult tare(qint64 nowMs);  // tare := current gross
    bool presetTare(double value);   // false if outside (0, capacity]
    void clearTare() { tare_ = 0.0; }
    double tareValue() const { return tare_; }
    double round(double value) const;  // to the readability, never "-0"

private:
    double settledSignal(qint64 nowMs) const;  // load + drift, no transient
    double transient(qint64 nowMs) const;
    double rawGross(qint64 nowMs) const { return settledSignal(nowMs) + transient(nowMs); }

    BalanceSpec spec_;
    std::mt19937 rng_;
    double load_ = 0.0;
    double previousLoad_ = 0.0;
    qint64 changedAtMs_ = 0;
    double noise_ = 0.0;
    double driftPerSecond_ = 0.0;
    qint64 driftSinceMs_ = 0;
    double driftAccumulated_ = 0.0;
    double zeroOffset_ = 0.0;
    double tare_ = 0.0;
    quint64 sequence_ = 0;
};

}  // namespace batch::devices::sim
