#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace batch::mva::sim {

// A fluid-bed granulation and drying process ("digital twin light", docs/mva.md §14):
// a top-spray granulation phase followed by a drying phase, driven by a lumped moisture
// and energy balance. It produces the correlated signals a real unit logs, with
// batch-to-batch variation (raw material, ambient air, set-point offsets) and sensor
// noise, and can inject a fault. Everything is drawn from one seeded generator of its
// own (no std:: distributions, whose output differs between standard libraries), so a
// seed gives the same batch bit for bit on every platform.

// The logged signals, in column order.
enum class Signal {
    InletAirTemperature,  // °C
    InletAirHumidity,     // g water / kg dry air
    AirFlow,              // m³/h
    SprayRate,            // g/min binder solution
    ProductTemperature,   // °C
    OutletTemperature,    // °C
    PressureDrop,         // mbar across the product bed
    Moisture,             // % w/w granule moisture (the quality attribute, NIR/LOD)
};
inline constexpr int kSignalCount = 8;
// Column names used in CSV files and models ("inlet_air_temperature", ...).
const char* signalName(Signal s);
// Words for alarm texts ("inlet air temperature").
const char* signalWords(Signal s);
std::optional<Signal> signalFromName(const std::string& name);

enum class FaultKind { None, NozzleClogging, InletTemperatureDrift, SensorFreeze };
const char* faultName(
    FaultKind f);  // "none", "nozzle_clogging", "inlet_temperature_drift", "sensor_freeze"
std::optional<FaultKind> faultFromName(const std::string& name);

struct Fault {
    FaultKind kind = FaultKind::None;
    double startMinute = 15.0;
    // Nozzle clogging: fraction of the spray lost per minute (0.03 = 3 %/min, floor 20 %).
    // Inlet temperature drift: °C per minute (negative = falling).
    double rate = 0.0;
    Signal frozen = Signal::ProductTemperature;  // sensor freeze: the reading that sticks
};

// The recipe and the variation around it. Defaults are a 60 min batch sampled every 15 s.
struct ProcessRecipe {
    double sprayMinutes = 40.0;
    double dryMinutes = 20.0;
    double sampleSeconds = 15.0;
    double inletTempSpray = 60.0, inletTempDry = 70.0;  // °C set points
    double airFlowSpray = 1200.0, airFlowDry = 1400.0;  // m³/h set points
    double sprayRate = 150.0;                           // g/min set point
};

// The in-process specification of the quality attribute (granule moisture): during the
// spray phase after wetting-in, and at the end of drying.
struct MoistureSpec {
    double wettingMinutes = 10.0;  // spec applies from here to the end of spraying
    double sprayLow = 7.0, sprayHigh = 15.0;
    double endHigh = 3.0;  // at the end of the batch (LOD)
    // True when the moisture at `minute` violates the spec for that moment.
    bool outOfSpec(double minute, double moisture, const ProcessRecipe& r) const;
};

struct Observation {
    double minute = 0;  // the maturity variable: time since spraying started
    double values[kSignalCount] = {};
    double trueMoisture = 0;  // the process state behind the noisy moisture reading
};

struct SimulatedBatch {
    std::string batchId;
    std::vector<Observation> rows;
    // First minute at which the true moisture is out of specification (nullopt: never).
    std::optional<double> outOfSpecMinute;
};

class FluidBedSimulator {
public:
    explicit FluidBedSimulator(std::uint64_t seed, ProcessRecipe recipe = {});

    // One complete batch; its variation is drawn from the generator, so consecutive calls
    // give different (but reproducible) batches.
    SimulatedBatch runBatch(const std::string& batchId, const Fault& fault = {});
    const ProcessRecipe& recipe() const { return recipe_; }
    const MoistureSpec& spec() const { return spec_; }

    // CSV with the columns batch, minute, then the signals (docs/mva.md §14).
    static std::string toCsv(const std::vector<SimulatedBatch>& batches);

private:
    double uniform();
    double normal();

    std::uint64_t state_;
    ProcessRecipe recipe_;
    MoistureSpec spec_;
};

}  // namespace batch::mva::sim
