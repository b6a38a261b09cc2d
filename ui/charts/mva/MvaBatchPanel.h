#pragma once

#include "mva/AlarmLog.h"
#include "mva/BatchEvolution.h"
#include "mva/FinishedBatch.h"
#include "mva/OnlineMonitor.h"

#include <QWidget>

#include <vector>

class QComboBox;
class QLabel;
class QPushButton;

namespace batch::ui::mva {

class ContributionChart;
class ControlChart;
class PredictedObservedChart;
class ScoreScatterChart;
class TrajectoryChart;

// Every MVA chart of one batch against its batch evolution model: T2, SPE and DModX
// control charts with limits, a score trajectory over the average batch +/- 3 SD, the
// score plot with its confidence ellipse, the soft sensor's predicted vs observed, and the
// contributions of whichever observation was clicked last in any of them. The same widget
// serves the live monitor (setSamples once per frame) and the review of a finished batch
// (setSamples once): a QA review screen embeds it as it is.
class MvaBatchPanel : public QWidget {
    Q_OBJECT
public:
    explicit MvaBatchPanel(QWidget* parent = nullptr);

    // The model is copied; training score points (optional) fill the score plot.
    void setModel(const batch::mva::BatchEvolutionModel& model);
    void setSamples(const std::vector<batch::mva::MonitorSample>& samples,
                    const QString& softSensorResponse = {});
    // A finished batch loaded from the store (batch::mva::loadFinishedBatch): its model,
    // its samples, and the point of its first alarm selected (contributions shown).
    void setFinishedBatch(const batch::mva::FinishedBatchMva& batch);
    void selectSample(int index);
    int selectedSample() const { return selected_; }
    // The statistic whose contributions are shown: "spe", "t2" or "score".
    void setContributionStatistic(const QString& statistic);

    ControlChart* t2Chart() const { return t2_; }
    ControlChart* speChart() const { return spe_; }
    ControlChart* dmodxChart() const { return dmodx_; }
    TrajectoryChart* trajectoryChart() const { return trajectory_; }
    ScoreScatterChart* scoreChart() const { return scores_; }
    ContributionChart* contributionChart() const { return contributions_; }
    PredictedObservedChart* predictedChart() const { return predicted_; }

signals:
    void sampleSelected(int index);

private:
    void showTrajectory(int component);
    void showContributions();

    batch::mva::BatchEvolutionModel model_;
    bool hasModel_ = false;
    std::vector<batch::mva::MonitorSample> samples_;
    int selected_ = -1;
    int component_ = 0;
    QString statistic_ = QStringLiteral("spe");
    ControlChart* t2_;
    ControlChart* spe_;
    ControlChart* dmodx_;
    TrajectoryChart* trajectory_;
    ScoreScatterChart* scores_;
    ContributionChart* contributions_;
    PredictedObservedChart* predicted_;
    QComboBox* componentBox_;
    QList<QPushButton*> statisticButtons_;
};

}  // namespace batch::ui::mva
