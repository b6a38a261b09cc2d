#include "mva/FinishedBatch.h"

namespace batch::mva {

std::vector<FinishedBatchMva> loadFinishedBatch(ModelRepository& models,
                                                const ObservationStore& observations,
                                                const AlarmLog& alarms, const QString& batchId) {
    std::vector<FinishedBatchMva> out;
    const std::vector<MvaAlarm> batchAlarms = alarms.alarms(batchId);
    const std::vector<AlarmShelf> batchShelves = alarms.shelves(batchId);
    for (const MonitoringRun& run : observations.runs(batchId)) {
        FinishedBatchMva f;
        f.run = run;
        f.integrity = observations.verify(run);
        const ApprovedModel bem =
            models.loadApprovedVersion(run.models.modelId, run.models.modelVersion, true);
        f.model = bem.info;
        f.bem = bemFromJson(bem.content);
        std::optional<SoftSensor> soft;
        if (!run.models.softModelId.isEmpty()) {
            const ApprovedModel pls = models.loadApprovedVersion(run.models.softModelId,
                                                                 run.models.softModelVersion, true);
            f.softSensor = pls.info;
            soft.emplace(plsModelFromJson(pls.content));
            f.softSensorResponse = QString::fromStdString(soft->model().yNames.front());
        }
        f.samples =
            scoreFinishedBatch(f.bem, observations.load(run), run.columns, soft ? &*soft : nullptr);
        f.alarms = batchAlarms;
        f.shelves = batchShelves;
        out.push_back(std::move(f));
    }
    return out;
}

}  // namespace batch::mva
