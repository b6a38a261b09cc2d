#pragma once

#include "mva/AlarmDetector.h"
#include "mva/AlarmLog.h"
#include "mva/BatchEvolution.h"
#include "mva/ModelRepository.h"
#include "mva/ObservationStore.h"
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

// Scores observations given as values of named columns into MonitorSamples: the batch
// evolution model's point, the soft sensor's prediction and the observed response. The
// one code path of the live monitor and of the review of a finished batch, so that both
// show the same numbers for the same stored values.
class SampleScorer {
public:
    // Every model variable must be among `columns`; the soft sensor's response is optional.
    SampleScorer(const BatchEvolutionModel& model, const SoftSensor* soft,
                 const QStringList& columns);
    MonitorSample score(double maturity, const double* values);
    const AlarmDetector& detector() const { return detector_; }

private:
    const BatchEvolutionModel& model_;
    SoftSensor* soft_;
    std::unique_ptr<SoftSensor> softCopy_;
    BemScorer scorer_;
    AlarmDetector detector_;  // for the SPE contributors only
    std::vector<Eigen::Index> bemColumns_, softColumns_;
    Eigen::Index observedColumn_ = -1;
    Eigen::VectorXd bemRow_, softRow_;
};

// Where a monitor keeps what it scored: the approved models, the alarm log and the
// observation store of one station store.
struct MonitorServices {
    ModelRepository& models;
    AlarmLog& alarms;
    ObservationStore& observations;
};

// What to monitor.
struct MonitorRequest {
    QString batchId;
    QString bemModelId;
    QString softSensorModelId;  // empty: none
    QStringList inputColumns;   // names of the values passed to addObservation
    AlarmConfig config;
};

// Online monitoring of one running batch against an approved batch evolution model
// (and optionally an approved PLS soft sensor): every observation is scored, kept for the
// charts, and the alarm logic runs on it; alarms are recorded through the AlarmLog when a
// log is given. Only ModelRepository produces ApprovedModel, so an unapproved model cannot
// be monitored. Opened through startOrResume, the monitor also stores every observation
// (ObservationStore) in the same transaction as the alarm changes it caused, binds the
// batch to the model versions it started with, and seals the observations at finish().
class OnlineMonitor : public QObject {
    Q_OBJECT
public:
    // Without storage: `inputColumns` are the names of the values passed to
    // addObservation, in that order (e.g. the simulator's signals); every model variable
    // must be among them.
    OnlineMonitor(const ApprovedModel& bem, const QStringList& inputColumns, QString batchId,
                  AlarmLog* alarmLog, AlarmConfig config = {},
                  const std::optional<ApprovedModel>& softSensor = std::nullopt,
                  QObject* parent = nullptr);
    ~OnlineMonitor() override;

    // A new batch: its run is started with the currently approved models. A batch that
    // was monitored before (a restart, another program) resumes with the model versions
    // it started with, even when newer versions have been approved since; its stored
    // observations are replayed (nothing recorded again). Throws ModelRepositoryError,
    // ObservationStoreError (a sealed batch) or MvaError.
    static std::unique_ptr<OnlineMonitor> startOrResume(MonitorServices services,
                                                        const MonitorRequest& request);

    // One observation: its maturity and the values in inputColumns order (NaN = missing).
    // Returns false (nothing scored) when a stored run would not accept it: a maturity
    // that does not increase, or a sealed run.
    bool addObservation(double maturity, const double* values);
    // End of the batch: seals the stored observations (MvaObservationsSealed). No-op
    // without storage or when already sealed.
    void finish();

    const BatchEvolutionModel& model() const { return model_; }
    const std::vector<MonitorSample>& samples() const { return samples_; }
    // Alarms recorded (or, without a log, decided) for this batch so far.
    const std::vector<AlarmChange>& alarmChanges() const { return changes_; }
    const QString& batchId() const { return batchId_; }
    const SoftSensor* softSensor() const { return soft_.get(); }
    QString softSensorResponse() const;  // name of the first Y variable, or empty
    const AlarmModelRef& modelRef() const { return ref_; }
    // The stored run (startOrResume only).
    const MonitoringRun* run() const { return run_ ? &*run_ : nullptr; }
    bool resumed() const { return resumed_; }

signals:
    void observationScored(int index);
    void alarmRaised(const batch::mva::MvaAlarm& alarm);
    void alarmCleared(const batch::mva::MvaAlarm& alarm);
    // The stored run reached its bound or refused an observation (words for the screen).
    void storageProblem(const QString& message);

private:
    OnlineMonitor(const ApprovedModel& bem, const std::optional<ApprovedModel>& soft,
                  QString batchId, AlarmLog* log, AlarmConfig config, QObject* parent);
    void bindColumns(const QStringList& inputColumns, const QStringList& storedColumns);
    std::vector<AlarmChange> score(double maturity);
    void recordStored(double maturity, const std::vector<AlarmChange>& changes);
    void recordUnstored(const std::vector<AlarmChange>& changes);

    BatchEvolutionModel model_;
    AlarmModelRef ref_;
    QString batchId_;
    AlarmLog* log_;
    ObservationStore* store_ = nullptr;
    std::optional<MonitoringRun> run_;
    bool resumed_ = false;
    bool storing_ = false;
    std::unique_ptr<SoftSensor> soft_;
    std::unique_ptr<SampleScorer> scorer_;
    std::unique_ptr<AlarmDetector> detector_;
    QStringList storedColumns_;
    std::vector<Eigen::Index> inputPositions_;  // per stored column; -1 = not in the input
    std::vector<double> row_;                   // the stored columns of this observation
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
// The same from the observations the online monitor stored (ObservationStore::load),
// whose values are the run's columns: bit for bit what the monitor showed live.
std::vector<MonitorSample> scoreFinishedBatch(const BatchEvolutionModel& model,
                                              const StoredObservations& stored,
                                              const QStringList& columns,
                                              const SoftSensor* soft = nullptr);

// Maps model variable names to positions in `columns`; throws MvaError naming a missing one.
std::vector<Eigen::Index> columnPositions(const std::vector<std::string>& variables,
                                          const QStringList& columns);

// The columns a monitor stores for these models: the model's variables, the soft
// sensor's further predictors and its response when the input carries it.
QStringList storedColumns(const BatchEvolutionModel& model, const SoftSensor* soft,
                          const QStringList& inputColumns);

}  // namespace batch::mva
