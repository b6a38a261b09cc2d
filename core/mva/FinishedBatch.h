#pragma once

#include "mva/AlarmLog.h"
#include "mva/BatchEvolution.h"
#include "mva/ModelRepository.h"
#include "mva/ObservationStore.h"
#include "mva/OnlineMonitor.h"

#include <QString>

#include <optional>
#include <vector>

namespace batch::mva {

// Everything the review of a finished batch shows about one MVA monitoring run
// (docs/mva.md §21): the model versions it ran with, the stored observations scored again
// exactly as the monitor scored them live, whether the stored observations still verify
// against the digests in the event log, and the batch's alarms with their shelving.
struct FinishedBatchMva {
    MonitoringRun run;
    ObservationIntegrity integrity;
    ModelVersionInfo model;
    std::optional<ModelVersionInfo> softSensor;
    BatchEvolutionModel bem;
    std::vector<MonitorSample> samples;
    QString softSensorResponse;
    std::vector<MvaAlarm> alarms;
    std::vector<AlarmShelf> shelves;
};

// Every monitoring run of the batch, oldest first (empty: the batch was not monitored).
// The model versions are those the batch ran with, superseded or retired since or not;
// their content is checked as for monitoring (ModelRepositoryError Tampered otherwise).
// Samples are scored even when the integrity check fails; `integrity` says so.
std::vector<FinishedBatchMva> loadFinishedBatch(ModelRepository& models,
                                                const ObservationStore& observations,
                                                const AlarmLog& alarms, const QString& batchId);

}  // namespace batch::mva
