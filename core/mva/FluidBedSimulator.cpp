#include "mva/FluidBedSimulator.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <cstdio>

namespace batch::mva::sim {
namespace {

struct SignalInfo {
    Signal signal;
    const char* name;
    const char* words;
};

constexpr std::array<SignalInfo, kSignalCount> kSignals{{
    {Signal::InletAirTemperature, "inlet_air_temperature", "inlet air temperature"},
    {Signal::InletAirHumidity, "inlet_air_humidity", "inlet air humidity"},
    {Signal::AirFlow, "air_flow", "air flow"},
    {Signal::SprayRate, "spray_rate", "spray rate"},
    {Signal::ProductTemperature, "product_temperature", "product temperature"},
    {Signal::OutletTemperature, "outlet_temperature", "outlet temperature"},
    {Signal::PressureDrop, "pressure_drop", "pressure drop"},
    {Signal::Moisture, "moisture", "granule moisture"},
}};

constexpr std::array<std::pair<FaultKind, const char*>, 4> kFaults{{
    {FaultKind::None, "none"},
    {FaultKind::NozzleClogging, "nozzle_clogging"},
    {FaultKind::InletTemperatureDrift, "inlet_temperature_drift"},
    {FaultKind::SensorFreeze, "sensor_freeze"},
}};

int idx(Signal s) {
    return static_cast<int>(s);
}

// Model constants of the lumped balances (docs/mva.md §14).
constexpr double kWaterPerSpray = 1.9 / 150.0;  // % moisture per minute per g/min sprayed
constexpr double kDryingCapacity = 3.0;         // %/min at the nominal spray conditions
constexpr double kMoistureScale = 11.0;         // % : falling-rate constant
constexpr double kBoundMoisture = 1.0;          // %: equilibrium moisture of dry granules
constexpr double kEvaporativeCooling = 11.0;    // °C per %/min evaporated
constexpr double kSubstep = 0.05;               // minutes per integration step

}  // namespace

const char* signalName(Signal s) {
    return kSignals[static_cast<size_t>(idx(s))].name;
}

const char* signalWords(Signal s) {
    return kSignals[static_cast<size_t>(idx(s))].words;
}

std::optional<Signal> signalFromName(const std::string& name) {
    for (const SignalInfo& i : kSignals)
        if (name == i.name)
            return i.signal;
    return std::nullopt;
}

const char* faultName(FaultKind f) {
    for (const auto& [k, n] : kFaults)
        if (k == f)
            return n;
    return "none";
}

std::optional<FaultKind> faultFromName(const std::string& name) {
    for (const auto& [k, n] : kFaults)
        if (name == n)
            return k;
    return std::nullopt;
}

bool MoistureSpec::outOfSpec(double minute, double moisture, const ProcessRecipe& r) const {
    if (minute >= wettingMinutes && minute <= r.sprayMinutes)
        return moisture < sprayLow || moisture > sprayHigh;
    if (minute >= r.sprayMinutes + r.dryMinutes - 1e-9)
        return moisture > endHigh;
    return false;
}

FluidBedSimulator::FluidBedSimulator(std::uint64_t seed, ProcessRecipe recipe)
    : state_(seed), recipe_(recipe) {}

// splitmix64 (Steele, Lea & Flood 2014): small, fast and fully specified.
double FluidBedSimulator::uniform() {
    std::uint64_t z = (state_ += 0x9E3779B97F4A7C15ULL);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
    z ^= z >> 31;
    return (static_cast<double>(z >> 11) + 0.5) * 0x1.0p-53;  // (0, 1)
}

double FluidBedSimulator::normal() {
    // Box-Muller; one value per call keeps the stream simple to reason about.
    const double u1 = uniform();
    const double u2 = uniform();
    return std::sqrt(-2.0 * std::log(u1)) * std::cos(2.0 * M_PI * u2);
}

SimulatedBatch FluidBedSimulator::runBatch(const std::string& batchId, const Fault& fault) {
    const ProcessRecipe& r = recipe_;
    // Batch-to-batch variation: set-point offsets, ambient air, raw material.
    const double tinOffset = 0.6 * normal();
    const double flowOffset = 15.0 * normal();
    const double sprayOffset = 2.5 * normal();
    const double ambientHumidity = 8.0 + 1.2 * normal();
    const double material = 1.0 + 0.04 * normal();  // drying kinetics of this lot
    const double bed = 1.0 + 0.03 * normal();       // bed resistance of this lot
    double moisture = 2.0 + 0.25 * normal();

    const double end = r.sprayMinutes + r.dryMinutes;
    const double sample = r.sampleSeconds / 60.0;
    const int samples = static_cast<int>(std::floor(end / sample + 1e-9)) + 1;
    const int substeps = std::max(1, static_cast<int>(std::lround(sample / kSubstep)));
    const double dt = sample / substeps;

    double tin = r.inletTempSpray + tinOffset;
    double flow = r.airFlowSpray + flowOffset;
    double humidity = ambientHumidity;
    double productT = 30.0;
    double outletT = 32.0;
    double sprayed = 0.0;                // minutes of nominal spray applied (granule growth)
    double tinNoise = 0, flowNoise = 0;  // slow controller wander (AR(1))
    SimulatedBatch batch;
    batch.batchId = batchId;
    batch.rows.reserve(static_cast<size_t>(samples));
    std::optional<double> frozenValue;

    double minute = 0.0;
    double spray = 0.0, dp = 0.0;
    for (int s = 0; s < samples; ++s) {
        if (s > 0) {
            for (int k = 0; k < substeps; ++k) {
                const double t = minute + k * dt;
                const bool spraying = t < r.sprayMinutes;
                double tinSet = (spraying ? r.inletTempSpray : r.inletTempDry) + tinOffset;
                if (fault.kind == FaultKind::InletTemperatureDrift && t >= fault.startMinute)
                    tinSet += fault.rate * (t - fault.startMinute);
                tinNoise += -0.2 * tinNoise * dt + 0.12 * std::sqrt(dt) * normal();
                flowNoise += -0.5 * flowNoise * dt + 5.0 * std::sqrt(dt) * normal();
                tin += (tinSet + tinNoise - tin) * dt / 1.5;
                const double flowSet = (spraying ? r.airFlowSpray : r.airFlowDry) + flowOffset;
                flow += (flowSet + flowNoise - flow) * dt / 0.5;
                humidity +=
                    -0.05 * (humidity - ambientHumidity) * dt + 0.06 * std::sqrt(dt) * normal();
                spray = spraying ? r.sprayRate + sprayOffset : 0.0;
                if (spraying && fault.kind == FaultKind::NozzleClogging && t >= fault.startMinute)
                    spray *= std::max(0.2, 1.0 - fault.rate * (t - fault.startMinute));
                // Moisture balance: water sprayed in minus water evaporated; the drying
                // capacity follows the wet-bulb depression and the air flow, and falls off
                // as the granules dry (falling-rate period).
                const double wetBulb = 15.0 + 0.9 * humidity;
                const double capacity = kDryingCapacity * material * (flow / r.airFlowSpray) *
                                        std::max(0.0, tin - wetBulb) / (r.inletTempSpray - 22.2);
                const double evaporation =
                    capacity *
                    (1.0 - std::exp(-std::max(0.0, moisture - kBoundMoisture) / kMoistureScale));
                moisture += (kWaterPerSpray * spray - evaporation) * dt;
                moisture = std::max(moisture, 0.0);
                sprayed += spray / r.sprayRate * dt;
                // Energy balance: evaporative cooling of the bed, some heat loss.
                const double productSs =
                    tin - kEvaporativeCooling * evaporation - 0.1 * (tin - 20.0);
                productT += (productSs - productT) * dt / 1.5;
                const double outletSs = productT - 1.5 + 0.15 * (tin - productT);
                outletT += (outletSs - outletT) * dt / 1.0;
                dp = 8.0 * bed * std::pow(flow / r.airFlowSpray, 1.3) *
                     (1.0 + 0.03 * moisture + 0.002 * sprayed);
            }
            minute = s * sample;
        } else {
            dp = 8.0 * bed * (1.0 + 0.03 * moisture);
            spray = r.sprayRate + sprayOffset;
        }
        Observation o;
        o.minute = minute;
        o.trueMoisture = moisture;
        o.values[idx(Signal::InletAirTemperature)] = tin + 0.15 * normal();
        o.values[idx(Signal::InletAirHumidity)] = humidity + 0.1 * normal();
        o.values[idx(Signal::AirFlow)] = flow + 6.0 * normal();
        o.values[idx(Signal::SprayRate)] = spray > 0 ? spray + 1.2 * normal() : 0.0;
        o.values[idx(Signal::ProductTemperature)] = productT + 0.15 * normal();
        o.values[idx(Signal::OutletTemperature)] = outletT + 0.15 * normal();
        o.values[idx(Signal::PressureDrop)] = dp + 0.15 * normal();
        o.values[idx(Signal::Moisture)] = moisture + 0.15 * normal();
        if (fault.kind == FaultKind::SensorFreeze && minute >= fault.startMinute) {
            double& v = o.values[idx(fault.frozen)];
            if (!frozenValue)
                frozenValue = batch.rows.empty() ? v : batch.rows.back().values[idx(fault.frozen)];
            v = *frozenValue;
        }
        if (!batch.outOfSpecMinute && spec_.outOfSpec(minute, moisture, r))
            batch.outOfSpecMinute = minute;
        batch.rows.push_back(o);
    }
    return batch;
}

std::string FluidBedSimulator::toCsv(const std::vector<SimulatedBatch>& batches) {
    std::string out = "batch,minute";
    for (const SignalInfo& i : kSignals) out += std::string(",") + i.name;
    out += '\n';
    char buf[64];
    for (const SimulatedBatch& b : batches) {
        for (const Observation& o : b.rows) {
            out += b.batchId;
            std::snprintf(buf, sizeof buf, ",%.4f", o.minute);
            out += buf;
            for (double v : o.values) {
                std::snprintf(buf, sizeof buf, ",%.6g", v);
                out += buf;
            }
            out += '\n';
        }
    }
    return out;
}

}  // namespace batch::mva::sim
