#include "mva/OnlineMonitor.h"

#include "log/Logging.h"
#include "mva/MvaError.h"

#include <QCoreApplication>

#include <spdlog/spdlog.h>

#include <cmath>

namespace batch::mva {
namespace {

auto log() {
    static auto l = logging::logger("batch.core.mva");
    return l;
}

RunModels runModels(const AlarmModelRef& bem, const std::optional<ApprovedModel>& soft) {
    RunModels m{bem.modelId, bem.version, bem.contentHash, {}, 0, {}};
    if (soft) {
        m.softModelId = soft->info.modelId;
        m.softModelVersion = soft->info.version;
        m.softModelHash = soft->info.contentHash;
    }
    return m;
}

}  // namespace

std::vector<Eigen::Index> columnPositions(const std::vector<std::string>& variables,
                                          const QStringList& columns) {
    std::vector<Eigen::Index> out;
    for (const std::string& v : variables) {
        const qsizetype i = columns.indexOf(QString::fromStdString(v));
        if (i < 0)
            throw MvaError("model variable '" + v + "' is not among the monitored signals");
        out.push_back(static_cast<Eigen::Index>(i));
    }
    return out;
}

QStringList storedColumns(const BatchEvolutionModel& model, const SoftSensor* soft,
                          const QStringList& inputColumns) {
    QStringList out;
    for (const std::string& v : model.variables()) out << QString::fromStdString(v);
    if (soft) {
        for (const std::string& v : soft->model().xNames)
            if (!out.contains(QString::fromStdString(v)))
                out << QString::fromStdString(v);
        const QString response = QString::fromStdString(soft->model().yNames.front());
        if (inputColumns.contains(response) && !out.contains(response))
            out << response;
    }
    return out;
}

// ------------------------------------------------------------------ SampleScorer

SampleScorer::SampleScorer(const BatchEvolutionModel& model, const SoftSensor* soft,
                           const QStringList& columns)
    : model_(model),
      soft_(nullptr),
      scorer_(model),
      detector_(model),
      bemColumns_(columnPositions(model.variables(), columns)) {
    bemRow_.resize(static_cast<Eigen::Index>(bemColumns_.size()));
    if (soft) {
        softCopy_ = std::make_unique<SoftSensor>(*soft);
        soft_ = softCopy_.get();
        softColumns_ = columnPositions(soft_->model().xNames, columns);
        softRow_.resize(static_cast<Eigen::Index>(softColumns_.size()));
        observedColumn_ = columns.indexOf(QString::fromStdString(soft_->model().yNames.front()));
    }
}

MonitorSample SampleScorer::score(double maturity, const double* values) {
    for (size_t j = 0; j < bemColumns_.size(); ++j)
        bemRow_(static_cast<Eigen::Index>(j)) = values[bemColumns_[j]];
    MonitorSample s;
    s.point = scorer_.score(maturity, bemRow_.data());
    if (soft_) {
        for (size_t j = 0; j < softColumns_.size(); ++j)
            softRow_(static_cast<Eigen::Index>(j)) = values[softColumns_[j]];
        soft_->predict(softRow_.data());
        s.prediction = soft_->prediction()(0);
        s.predictionTrusted = soft_->withinModel();
        if (observedColumn_ >= 0)
            s.observed = values[observedColumn_];
    }
    s.speContributors = detector_.contributors(s.point, {AlarmStatistic::Spe, 0});
    return s;
}

// ------------------------------------------------------------- finished batches

std::vector<MonitorSample> scoreFinishedBatch(const BatchEvolutionModel& model,
                                              const BatchTrajectory& batch, SoftSensor* soft,
                                              const Eigen::MatrixXd* softX,
                                              const Eigen::VectorXd* observed) {
    if (batch.x.cols() != model.pca.variables())
        throw MvaError("batch '" + batch.id + "' has " + std::to_string(batch.x.cols()) +
                       " variables, the model " + std::to_string(model.pca.variables()));
    BemScorer scorer(model);
    AlarmDetector detector(model);
    SoftSensor* sensor = soft;
    std::vector<MonitorSample> out;
    const Eigen::Matrix<double, Eigen::Dynamic, Eigen::Dynamic, Eigen::RowMajor> x = batch.x;
    Eigen::Matrix<double, Eigen::Dynamic, Eigen::Dynamic, Eigen::RowMajor> sx;
    if (sensor && softX)
        sx = *softX;
    for (Eigen::Index i = 0; i < x.rows(); ++i) {
        MonitorSample s;
        s.point = scorer.score(batch.maturity(i), x.row(i).data());
        if (sensor && softX && i < sx.rows()) {
            sensor->predict(sx.row(i).data());
            s.prediction = sensor->prediction()(0);
            s.predictionTrusted = sensor->withinModel();
        }
        if (observed && i < observed->size())
            s.observed = (*observed)(i);
        s.speContributors = detector.contributors(s.point, {AlarmStatistic::Spe, 0});
        out.push_back(std::move(s));
    }
    return out;
}

std::vector<MonitorSample> scoreFinishedBatch(const BatchEvolutionModel& model,
                                              const StoredObservations& stored,
                                              const QStringList& columns, const SoftSensor* soft) {
    if (stored.values.cols() != columns.size())
        throw MvaError("stored observations have " + std::to_string(stored.values.cols()) +
                       " columns, the run names " + std::to_string(columns.size()));
    SampleScorer scorer(model, soft, columns);
    const Eigen::Matrix<double, Eigen::Dynamic, Eigen::Dynamic, Eigen::RowMajor> rows =
        stored.values;
    std::vector<MonitorSample> out;
    out.reserve(static_cast<size_t>(rows.rows()));
    for (Eigen::Index i = 0; i < rows.rows(); ++i)
        out.push_back(scorer.score(stored.maturity(i), rows.row(i).data()));
    return out;
}

// ---------------------------------------------------------------- OnlineMonitor

OnlineMonitor::OnlineMonitor(const ApprovedModel& bem, const std::optional<ApprovedModel>& soft,
                             QString batchId, AlarmLog* alarmLog, AlarmConfig config,
                             QObject* parent)
    : QObject(parent),
      model_(bemFromJson(bem.content)),
      ref_{bem.info.modelId, bem.info.version, bem.info.contentHash},
      batchId_(std::move(batchId)),
      log_(alarmLog) {
    if (bem.info.kind != QLatin1String("bem"))
        throw MvaError("model " + bem.info.modelId.toStdString() +
                       " is not a batch evolution model");
    detector_ = std::make_unique<AlarmDetector>(model_, config);
    if (soft) {
        if (soft->info.kind != QLatin1String("pls"))
            throw MvaError("model " + soft->info.modelId.toStdString() + " is not a PLS model");
        soft_ = std::make_unique<SoftSensor>(plsModelFromJson(soft->content));
    }
}

OnlineMonitor::OnlineMonitor(const ApprovedModel& bem, const QStringList& inputColumns,
                             QString batchId, AlarmLog* alarmLog, AlarmConfig config,
                             const std::optional<ApprovedModel>& softSensor, QObject* parent)
    : OnlineMonitor(bem, softSensor, std::move(batchId), alarmLog, config, parent) {
    bindColumns(inputColumns, storedColumns(model_, soft_.get(), inputColumns));
}

OnlineMonitor::~OnlineMonitor() = default;

void OnlineMonitor::bindColumns(const QStringList& inputColumns, const QStringList& stored) {
    storedColumns_ = stored;
    const QString response = softSensorResponse();
    inputPositions_.clear();
    for (const QString& c : stored) {
        const qsizetype i = inputColumns.indexOf(c);
        // Only the measured response may be absent (then it is missing, NaN).
        if (i < 0 && c != response)
            throw MvaError("model variable '" + c.toStdString() +
                           "' is not among the monitored signals");
        inputPositions_.push_back(static_cast<Eigen::Index>(i));
    }
    row_.assign(static_cast<size_t>(stored.size()), 0.0);
    scorer_ = std::make_unique<SampleScorer>(model_, soft_.get(), stored);
}

std::unique_ptr<OnlineMonitor> OnlineMonitor::startOrResume(MonitorServices services,
                                                            const MonitorRequest& request) {
    const auto run = services.observations.find(request.batchId, request.bemModelId);
    std::unique_ptr<OnlineMonitor> m;
    if (run) {
        if (run->sealed())
            throw ObservationStoreError(
                ObservationStoreError::Kind::Sealed,
                QCoreApplication::translate("batch::mva::OnlineMonitor",
                                            "Batch %1 was monitored with %2 to its end (sealed "
                                            "at %3); it cannot be monitored again.")
                    .arg(run->batchId, run->models.modelId, run->seal->sealedUtc));
        // The batch keeps the versions it started with, approved since or not.
        const ApprovedModel bem = services.models.loadApprovedVersion(
            run->models.modelId, run->models.modelVersion, false);
        std::optional<ApprovedModel> soft;
        if (!run->models.softModelId.isEmpty())
            soft = services.models.loadApprovedVersion(run->models.softModelId,
                                                       run->models.softModelVersion, false);
        if (bem.info.contentHash != run->models.modelHash ||
            (soft && soft->info.contentHash != run->models.softModelHash))
            throw MvaError("batch " + run->batchId.toStdString() +
                           ": the stored model content differs from the one monitoring "
                           "started with");
        m.reset(new OnlineMonitor(bem, soft, request.batchId, &services.alarms, request.config,
                                  nullptr));
        m->bindColumns(request.inputColumns, run->columns);
        m->run_ = run;
        m->resumed_ = true;
        // Rebuild the charts and the alarm logic from what was stored; nothing is recorded
        // again (the alarm changes were committed with their observations).
        const StoredObservations stored = services.observations.load(*run);
        const Eigen::Matrix<double, Eigen::Dynamic, Eigen::Dynamic, Eigen::RowMajor> rows =
            stored.values;
        for (Eigen::Index i = 0; i < rows.rows(); ++i) {
            std::copy_n(rows.row(i).data(), rows.cols(), m->row_.begin());
            for (const AlarmChange& c : m->score(stored.maturity(i))) m->changes_.push_back(c);
        }
        for (const MvaAlarm& a : services.alarms.alarms(request.batchId))
            if (a.active())
                m->activeAlarms_[a.condition] = a.seq;
        log()->info("MVA monitoring of batch {} resumed with {} v{} after {} observations",
                    request.batchId.toStdString(), bem.info.modelId.toStdString(), bem.info.version,
                    rows.rows());
    } else {
        const ApprovedModel bem = services.models.loadForMonitoring(request.bemModelId);
        std::optional<ApprovedModel> soft;
        if (!request.softSensorModelId.isEmpty())
            soft = services.models.loadForMonitoring(request.softSensorModelId);
        m.reset(new OnlineMonitor(bem, soft, request.batchId, &services.alarms, request.config,
                                  nullptr));
        m->bindColumns(request.inputColumns,
                       storedColumns(m->model_, m->soft_.get(), request.inputColumns));
        record::RecordTransaction txn(services.models.journal());
        m->run_ = services.observations.start(txn, request.batchId, runModels(m->ref_, soft),
                                              m->storedColumns_);
        txn.commit();
    }
    m->store_ = &services.observations;
    m->storing_ = true;
    return m;
}

QString OnlineMonitor::softSensorResponse() const {
    return soft_ ? QString::fromStdString(soft_->model().yNames.front()) : QString();
}

std::vector<AlarmChange> OnlineMonitor::score(double maturity) {
    MonitorSample s = scorer_->score(maturity, row_.data());
    std::vector<AlarmChange> changes = detector_->feed(s.point);
    samples_.push_back(std::move(s));
    return changes;
}

bool OnlineMonitor::addObservation(double maturity, const double* values) {
    for (size_t j = 0; j < inputPositions_.size(); ++j)
        row_[j] = inputPositions_[j] < 0 ? std::numeric_limits<double>::quiet_NaN()
                                         : values[inputPositions_[j]];
    if (run_ && storing_ &&
        (run_->sealed() || !std::isfinite(maturity) ||
         (run_->count > 0 && maturity <= run_->lastMaturity))) {
        emit storageProblem(
            tr("Observation at %1 %2 refused: the stored observations of batch %3 %4.")
                .arg(QString::fromStdString(model_.maturityName))
                .arg(maturity)
                .arg(batchId_, run_->sealed() ? tr("are sealed") : tr("must advance in maturity")));
        return false;
    }
    const std::vector<AlarmChange> changes = score(maturity);
    if (storing_)
        recordStored(maturity, changes);
    emit observationScored(static_cast<int>(samples_.size() - 1));
    if (!storing_)
        recordUnstored(changes);
    return true;
}

void OnlineMonitor::recordUnstored(const std::vector<AlarmChange>& changes) {
    for (const AlarmChange& c : changes) {
        changes_.push_back(c);
        if (!log_)
            continue;
        const QString key = c.condition.key();
        if (c.kind == AlarmChange::Kind::Raised) {
            const MvaAlarm a = log_->raise(batchId_, ref_, c);
            activeAlarms_[key] = a.seq;
            emit alarmRaised(a);
        } else if (const auto it = activeAlarms_.find(key); it != activeAlarms_.end()) {
            const MvaAlarm a = log_->clear(batchId_, it->second, c);
            activeAlarms_.erase(it);
            emit alarmCleared(a);
        }
    }
}

// The observation and the alarm changes it caused, in one transaction; the alarm events
// carry the chain digest after this observation.
void OnlineMonitor::recordStored(double maturity, const std::vector<AlarmChange>& changes) {
    std::vector<std::pair<bool, std::int64_t>> done;  // (raised, alarm seq)
    QString problem;
    {
        record::RecordTransaction txn(store_->journal());
        bool full = false;
        try {
            store_->append(txn, *run_, maturity, row_.data());
        } catch (const ObservationStoreError& e) {
            if (e.kind() != ObservationStoreError::Kind::Full)
                throw;
            // The bound: seal what is stored; monitoring goes on without storage.
            store_->seal(txn, *run_, true);
            full = true;
            problem = e.message();
            log()->warn("{}", e.what());
        }
        const ObservationAnchor anchor{ref_.modelId, run_->count,
                                       QString::fromLatin1(run_->head.toHex())};
        for (const AlarmChange& c : changes) {
            changes_.push_back(c);
            const QString key = c.condition.key();
            if (c.kind == AlarmChange::Kind::Raised) {
                const record::EventRecord e = log_->raise(txn, batchId_, ref_, c, &anchor);
                activeAlarms_[key] = e.seq;
                done.emplace_back(true, e.seq);
            } else if (const auto it = activeAlarms_.find(key); it != activeAlarms_.end()) {
                log_->clear(txn, batchId_, it->second, c, &anchor);
                done.emplace_back(false, it->second);
                activeAlarms_.erase(it);
            }
        }
        txn.commit();
        if (full)
            storing_ = false;
    }
    if (!problem.isEmpty())
        emit storageProblem(problem);
    for (const auto& [raised, seq] : done) {
        const auto a = log_->alarm(store_->journal().stationId(), seq);
        if (!a)
            continue;
        if (raised)
            emit alarmRaised(*a);
        else
            emit alarmCleared(*a);
    }
}

void OnlineMonitor::finish() {
    if (!store_ || !run_ || run_->sealed())
        return;
    record::RecordTransaction txn(store_->journal());
    store_->seal(txn, *run_);
    txn.commit();
}

}  // namespace batch::mva
