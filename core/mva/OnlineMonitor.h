#pragma once

#include "mva/AlarmDetector.h"
#include "mva/AlarmLog.h"
#include "mva/BatchEvolution.h"
#include "mva/ModelRepository.h"
#include "mva/PlsModelJson.h"

#include <QObject>
#include <QString>
#include <QStringList>

#include <limits>
#include <map>
#include <memory>
#include <optional>
#include <vector>

namespace batch::mva {

// What the live charts show for one observation (docs/mva.md §19).
struct MonitorSample {
    BemPoint point;
    double prediction = std::numeric_limits<double>::quiet_NaN();  // soft sensor, if any
    bool predictionTrusted = false;  // the X row lies within the PLS model (T2 and SPE)
    // The measured response, when the stream carries it (e.g. an NIR moisture reading).
    double observed = std::numeric_limits<double>::quiet_NaN();
    std::vector<Contributor> speContributors;  // top SPE contributors, for the tooltip
};

// Online monitoring of one running batch against an approved batch evolution model
// (and optionally an approved PLS soft sensor): every observation is scored, kept for the
// charts, and the alarm logic runs on it; alarms are recorded through the AlarmLog (one
// RecordTransaction each) when a log is given. Only ModelRepository::loadForMonitoring
// produces ApprovedModel, so an unapproved model cannot be monitored.
class OnlineMonitor : public QObject {
    Q_OBJECT
public:
    // `inputColumns`: the names of the values passed to addObservation, in that order
    // (e.g. the simulator's signals); every model variable must be among them.
    OnlineMonitor(const ApprovedModel& bem, const QStringList& inputColumns, QString batchId,
                  AlarmLog* alarmLog, AlarmConfig config = {},
                  const std::optional<ApprovedModel>& softSensor = std::nullopt,
                  QObject* parent = nullptr);
    ~OnlineMonitor() override;

    // One observation: its maturity and the values in inputColumns order (NaN = missing).
    void addObservation(double maturity, const double* values);

    const BatchEvolutionModel& model() const { return model_; }
    const std::vector<MonitorSample>& samples() const { return samples_; }
    // Alarms recorded (or, without a log, decided) for this batch so far.
    const std::vector<AlarmChange>& alarmChanges() const { return changes_; }
    const QString& batchId() const { return batchId_; }
    const SoftSensor* softSensor() const { return soft_.get(); }
    QString softSensorResponse() const;  // name of the first Y variable, or empty

signals:
    void observationScored(int index);
    void alarmRaised(const batch::mva::MvaAlarm& alarm);
    void alarmCleared(const batch::mva::MvaAlarm& alarm);

private:
    BatchEvolutionModel model_;
    AlarmModelRef ref_;
    QString batchId_;
    AlarmLog* log_;
    std::unique_ptr<BemScorer> scorer_;
    std::unique_ptr<AlarmDetector> detector_;
    std::unique_ptr<SoftSensor> soft_;
    std::vector<Eigen::Index> bemColumns_, softColumns_;
    Eigen::Index observedColumn_ = -1;
    Eigen::VectorXd bemRow_, softRow_;
    std::vector<MonitorSample> samples_;
    std::vector<AlarmChange> changes_;
    std::map<QString, std::int64_t> activeAlarms_;  // condition key -> alarm seq
};

// A finished batch scored observation by observation, as the monitor saw it live: what the
// review of a batch shows (MvaBatchPanel::setSamples). `batch.x` holds the model's
// variables in order; `soft` (optional) adds the soft sensor's predictions, and
// `observed` (optional, one value per observation) the measured response.
std::vector<MonitorSample> scoreFinishedBatch(const BatchEvolutionModel& model,
                                              const BatchTrajectory& batch,
                                              SoftSensor* soft = nullptr,
                                              const Eigen::MatrixXd* softX = nullptr,
                                              const Eigen::VectorXd* observed = nullptr);

// Maps model variable names to positions in `columns`; throws MvaError naming a missing one.
std::vector<Eigen::Index> columnPositions(const std::vector<std::string>& variables,
                                          const QStringList& columns);

}  // namespace batch::mva
