#pragma once

#include "mva/BatchData.h"
#include "mva/FluidBedSimulator.h"

#include <QJsonObject>
#include <QStringList>

#include <vector>

namespace batch::mva::sim {

// The models a demo station (and the tests) monitor the fluid-bed simulator with: a batch
// evolution model on the seven process signals and a PLS soft sensor for the granule
// moisture, both fitted to `batches` simulated historical batches (docs/mva.md §14).
struct FluidBedModels {
    QJsonObject bem;         // batchstation.mva.bem, 3 components, uv
    QJsonObject softSensor;  // batchstation.mva.pls, moisture from the process signals
};
FluidBedModels fitFluidBedModels(std::uint64_t seed, int batches);

// The simulator's batches as a batch table (moisture, the quality attribute, left out).
BatchSet toBatchSet(const std::vector<SimulatedBatch>& batches);
// The names of the simulator's signals, in column order.
QStringList signalColumns();

}  // namespace batch::mva::sim
