#include "mva/OnlineMonitor.h"

#include "mva/MvaError.h"

namespace batch::mva {

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

OnlineMonitor::OnlineMonitor(const ApprovedModel& bem, const QStringList& inputColumns,
                             QString batchId, AlarmLog* alarmLog, AlarmConfig config,
                             const std::optional<ApprovedModel>& softSensor, QObject* parent)
    : QObject(parent),
      model_(bemFromJson(bem.content)),
      ref_{bem.info.modelId, bem.info.version, bem.info.contentHash},
      batchId_(std::move(batchId)),
      log_(alarmLog) {
    if (bem.info.kind != QLatin1String("bem"))
        throw MvaError("model " + bem.info.modelId.toStdString() +
                       " is not a batch evolution model");
    scorer_ = std::make_unique<BemScorer>(model_);
    detector_ = std::make_unique<AlarmDetector>(model_, config);
    bemColumns_ = columnPositions(model_.variables(), inputColumns);
    bemRow_.resize(static_cast<Eigen::Index>(bemColumns_.size()));
    if (softSensor) {
        if (softSensor->info.kind != QLatin1String("pls"))
            throw MvaError("model " + softSensor->info.modelId.toStdString() +
                           " is not a PLS model");
        soft_ = std::make_unique<SoftSensor>(plsModelFromJson(softSensor->content));
        softColumns_ = columnPositions(soft_->model().xNames, inputColumns);
        softRow_.resize(static_cast<Eigen::Index>(softColumns_.size()));
        observedColumn_ =
            inputColumns.indexOf(QString::fromStdString(soft_->model().yNames.front()));
    }
}

OnlineMonitor::~OnlineMonitor() = default;

QString OnlineMonitor::softSensorResponse() const {
    return soft_ ? QString::fromStdString(soft_->model().yNames.front()) : QString();
}

void OnlineMonitor::addObservation(double maturity, const double* values) {
    for (size_t j = 0; j < bemColumns_.size(); ++j)
        bemRow_(static_cast<Eigen::Index>(j)) = values[bemColumns_[j]];
    MonitorSample s;
    s.point = scorer_->score(maturity, bemRow_.data());
    if (soft_) {
        for (size_t j = 0; j < softColumns_.size(); ++j)
            softRow_(static_cast<Eigen::Index>(j)) = values[softColumns_[j]];
        soft_->predict(softRow_.data());
        s.prediction = soft_->prediction()(0);
        s.predictionTrusted = soft_->withinModel();
        if (observedColumn_ >= 0)
            s.observed = values[observedColumn_];
    }
    s.speContributors = detector_->contributors(s.point, {AlarmStatistic::Spe, 0});
    const std::vector<AlarmChange> changes = detector_->feed(s.point);
    samples_.push_back(std::move(s));
    emit observationScored(static_cast<int>(samples_.size() - 1));
    for (const AlarmChange& c : changes) {
        changes_.push_back(c);
        const QString key = c.condition.key();
        if (!log_)
            continue;
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

}  // namespace batch::mva
