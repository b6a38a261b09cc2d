#include "mva/FluidBedModels.h"

#include "mva/BatchEvolution.h"
#include "mva/Csv.h"
#include "mva/PlsModelJson.h"

namespace batch::mva::sim {

BatchSet toBatchSet(const std::vector<SimulatedBatch>& batches) {
    CsvLimits lim;
    lim.textColumns = {"batch"};
    return splitBatches(parseCsv(FluidBedSimulator::toCsv(batches), lim), "batch", "minute", {},
                        {signalName(Signal::Moisture)});
}

QStringList signalColumns() {
    QStringList out;
    for (int s = 0; s < kSignalCount; ++s)
        out << QString::fromLatin1(signalName(static_cast<Signal>(s)));
    return out;
}

FluidBedModels fitFluidBedModels(std::uint64_t seed, int batches) {
    FluidBedSimulator simulator(seed);
    std::vector<SimulatedBatch> history;
    for (int i = 0; i < batches; ++i)
        history.push_back(simulator.runBatch("H" + std::to_string(i + 1)));
    FluidBedModels out;
    BemOptions bo;
    bo.components = 3;
    out.bem = bemToJson(fitBatchEvolution(toBatchSet(history), bo).model);
    CsvLimits lim;
    lim.textColumns = {"batch"};
    const CsvTable t = parseCsv(FluidBedSimulator::toCsv(history), lim);
    std::vector<Eigen::Index> xc;
    std::vector<std::string> xn;
    for (int s = 0; s < kSignalCount; ++s) {
        const auto sig = static_cast<Signal>(s);
        if (sig == Signal::Moisture)
            continue;
        xc.push_back(t.column(signalName(sig)));
        xn.push_back(signalName(sig));
    }
    PlsOptions po;
    po.components = 4;
    out.softSensor = plsModelToJson(fitPls(t.values(Eigen::all, xc),
                                           t.values.col(t.column(signalName(Signal::Moisture))), xn,
                                           {signalName(Signal::Moisture)}, po));
    return out;
}

}  // namespace batch::mva::sim
