#include "charts/mva/MvaBatchPanel.h"

#include "Theme.h"
#include "charts/mva/ContributionChart.h"
#include "charts/mva/ControlChart.h"
#include "charts/mva/PredictedObservedChart.h"
#include "charts/mva/ScoreScatterChart.h"
#include "charts/mva/TrajectoryChart.h"
#include "mva/Limits.h"
#include "widgets/Controls.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>
#include <QValueAxis>

#include <cmath>

namespace batch::ui::mva {

using batch::mva::MonitorSample;

MvaBatchPanel::MvaBatchPanel(QWidget* parent) : QWidget(parent) {
    setObjectName(QStringLiteral("MvaBatchPanel"));
    t2_ = new ControlChart(tr("Hotelling T²"), tr("T²"), this);
    spe_ = new ControlChart(tr("SPE (residual)"), tr("SPE"), this);
    dmodx_ = new ControlChart(tr("DModX"), tr("DModX"), this);
    trajectory_ = new TrajectoryChart(tr("Score trajectory"), tr("t1"), this);
    scores_ = new ScoreScatterChart(this);
    contributions_ = new ContributionChart(this);
    predicted_ = new PredictedObservedChart(tr("moisture"), this);
    componentBox_ = new QComboBox(this);
    componentBox_->setObjectName(QStringLiteral("mvaComponent"));
    componentBox_->setMinimumHeight(48);
    componentBox_->setMinimumWidth(200);
    componentBox_->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Fixed);

    auto* contributionsBox = new QWidget(this);
    auto* cLayout = new QVBoxLayout(contributionsBox);
    cLayout->setContentsMargins(0, 0, 0, 0);
    auto* buttons = new QHBoxLayout;
    buttons->setSpacing(8);
    auto* group = new QButtonGroup(this);
    for (const auto& [key, text] :
         {std::pair{QStringLiteral("spe"), tr("SPE")}, std::pair{QStringLiteral("t2"), tr("T²")},
          std::pair{QStringLiteral("score"), tr("Score")}}) {
        QPushButton* b = makeButton(text, {}, contributionsBox);
        b->setObjectName(QStringLiteral("contrib-") + key);
        b->setCheckable(true);
        b->setMinimumHeight(48);
        b->setChecked(key == statistic_);
        group->addButton(b);
        buttons->addWidget(b);
        statisticButtons_ << b;
        const QString k = key;
        connect(b, &QPushButton::clicked, this, [this, k] { setContributionStatistic(k); });
    }
    buttons->addStretch(1);
    cLayout->addWidget(
        makeLabel(tr("Contributions to"), QStringLiteral("fieldLabel"), contributionsBox));
    cLayout->addLayout(buttons);
    cLayout->addWidget(contributions_, 1);

    auto* trajectoryBox = new QWidget(this);
    auto* tLayout = new QVBoxLayout(trajectoryBox);
    tLayout->setContentsMargins(0, 0, 0, 0);
    tLayout->addWidget(componentBox_);
    tLayout->addWidget(trajectory_, 1);

    // One key in words for every chart, so that narrow charts can drop their legends.
    auto* key = new QLabel(this);
    key->setObjectName(QStringLiteral("mvaKey"));
    key->setTextFormat(Qt::RichText);
    key->setWordWrap(true);
    key->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    key->setText(
        tr("<span style='color:#1f4e8c'>━━</span> this batch &nbsp;&nbsp; "
           "<span style='color:#b07f00'>╍╍</span> 95 % limit &nbsp;&nbsp; "
           "<span style='color:#c62828'>╍╍</span> 99 % limit / ellipse &nbsp;&nbsp; "
           "<span style='color:#c62828'>■</span> alarm: beyond the 99 % limit or "
           "± 3 SD &nbsp;&nbsp; <span style='color:#8d9399'>▒</span> average batch "
           "± 3 SD &nbsp;&nbsp; ◯ selected point (click any point)"));
    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->setSpacing(6);
    outer->addWidget(key);
    auto* grid = new QGridLayout;
    outer->addLayout(grid, 1);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->setSpacing(10);
    grid->addWidget(t2_, 0, 0);
    grid->addWidget(spe_, 0, 1);
    grid->addWidget(dmodx_, 0, 2);
    grid->addWidget(trajectoryBox, 1, 0);
    grid->addWidget(scores_, 1, 1);
    grid->addWidget(predicted_, 1, 2);
    grid->addWidget(contributionsBox, 0, 3, 2, 1);
    for (int c = 0; c < 3; ++c) grid->setColumnStretch(c, 5);
    grid->setColumnStretch(3, 6);

    for (MvaChartView* v :
         std::initializer_list<MvaChartView*>{t2_, spe_, dmodx_, trajectory_, scores_, predicted_})
        connect(v, &MvaChartView::pointSelected, this, &MvaBatchPanel::selectSample);
    connect(componentBox_, &QComboBox::currentIndexChanged, this, [this](int i) {
        if (i >= 0)
            showTrajectory(i);
    });
}

void MvaBatchPanel::setModel(const batch::mva::BatchEvolutionModel& model) {
    model_ = model;
    hasModel_ = true;
    const QString maturity = QString::fromStdString(model.maturityName);
    for (MvaChartView* v : std::initializer_list<MvaChartView*>{t2_, spe_, dmodx_, trajectory_})
        v->axisX()->setTitleText(maturity);
    const Eigen::Index a = model.components();
    componentBox_->blockSignals(true);
    componentBox_->clear();
    for (Eigen::Index c = 0; c < a; ++c)
        componentBox_->addItem(tr("Score t%1 trajectory").arg(c + 1));
    componentBox_->setCurrentIndex(0);
    componentBox_->blockSignals(false);
    // Score plot: the average batch as the reference path and the two-component ellipse.
    QList<QPointF> path;
    for (Eigen::Index g = 0; g < model.grid.size(); ++g)
        path.append({model.scoreMean(g, 0), a > 1 ? model.scoreMean(g, 1) : 0.0});
    scores_->setTraining(path);
    if (a > 1) {
        const double lim = batch::mva::limits::t2PhaseII(model.pca.observations, 2, 0.99);
        scores_->setEllipse(std::sqrt(model.pca.eigenvalues(0) * lim),
                            std::sqrt(model.pca.eigenvalues(1) * lim), tr("99 % ellipse"));
    }
    showTrajectory(0);
}

void MvaBatchPanel::showTrajectory(int component) {
    if (!hasModel_ || component < 0 || component >= model_.components())
        return;
    component_ = component;
    QVector<double> grid, mean, low, high;
    for (Eigen::Index g = 0; g < model_.grid.size(); ++g) {
        grid << model_.grid(g);
        const double m = model_.scoreMean(g, component), sd = model_.scoreSd(g, component);
        mean << m;
        low << m - 3 * sd;
        high << m + 3 * sd;
    }
    trajectory_->setReference(grid, mean, low, high);
    trajectory_->axisY()->setTitleText(tr("t%1").arg(component + 1));
    trajectory_->chart()->setTitle(tr("Score t%1 trajectory").arg(component + 1));
    QVector<double> x, v;
    for (const MonitorSample& s : samples_) {
        x << s.point.maturity;
        v << (s.point.scored ? s.point.scores(component) : NAN);
    }
    trajectory_->setBatch(x, v);
    trajectory_->setSelected(selected_);
}

void MvaBatchPanel::setSamples(const std::vector<MonitorSample>& samples, const QString& response) {
    samples_ = samples;
    QVector<double> x, t2, t295, t299, spe, spe95, spe99, dx, dx95, dx99;
    QList<QPointF> scorePath, predObs;
    QList<bool> trusted;
    for (const MonitorSample& s : samples_) {
        const batch::mva::BemPoint& p = s.point;
        x << p.maturity;
        t2 << p.t2;
        t295 << p.t2_95;
        t299 << p.t2_99;
        spe << p.spe;
        spe95 << p.spe95;
        spe99 << p.spe99;
        dx << p.dmodx;
        dx95 << p.dmodx_95;
        dx99 << p.dmodx_99;
        scorePath.append(
            {p.scored ? p.scores(0) : NAN, p.scored && p.scores.size() > 1 ? p.scores(1) : 0.0});
        predObs.append({s.observed, s.prediction});
        trusted << s.predictionTrusted;
    }
    t2_->setData(x, t2, t295, t299);
    spe_->setData(x, spe, spe95, spe99);
    dmodx_->setData(x, dx, dx95, dx99);
    scores_->setBatch(scorePath);
    predicted_->setData(predObs, trusted);
    if (!response.isEmpty())
        predicted_->chart()->setTitle(
            tr("Soft sensor: predicted vs observed %1")
                .arg(QString(response).replace(QLatin1Char('_'), QLatin1Char(' '))));
    showTrajectory(component_);
    if (selected_ >= static_cast<int>(samples_.size()))
        selected_ = -1;
    showContributions();
}

void MvaBatchPanel::setFinishedBatch(const batch::mva::FinishedBatchMva& batch) {
    selected_ = -1;
    setModel(batch.bem);
    setSamples(batch.samples, batch.softSensorResponse);
    if (batch.samples.empty())
        return;
    int index = static_cast<int>(batch.samples.size()) - 1;
    if (!batch.alarms.empty()) {
        const double first = batch.alarms.front().maturity;
        for (int i = 0; i < static_cast<int>(batch.samples.size()); ++i)
            if (batch.samples[static_cast<size_t>(i)].point.maturity >= first - 1e-9) {
                index = i;
                break;
            }
    }
    selectSample(index);
}

void MvaBatchPanel::selectSample(int index) {
    if (index < 0 || index >= static_cast<int>(samples_.size()))
        return;
    selected_ = index;
    t2_->setSelected(index);
    spe_->setSelected(index);
    dmodx_->setSelected(index);
    trajectory_->setSelected(index);
    scores_->setSelected(index);
    predicted_->setSelected(index);
    showContributions();
    emit sampleSelected(index);
}

void MvaBatchPanel::setContributionStatistic(const QString& statistic) {
    statistic_ = statistic;
    for (QPushButton* b : statisticButtons_)
        b->setChecked(b->objectName() == QStringLiteral("contrib-") + statistic);
    showContributions();
}

void MvaBatchPanel::showContributions() {
    if (!hasModel_ || selected_ < 0 || selected_ >= static_cast<int>(samples_.size()))
        return;
    const batch::mva::BemPoint& p = samples_[static_cast<size_t>(selected_)].point;
    const Eigen::VectorXd& c = statistic_ == QLatin1String("t2")      ? p.t2Contrib
                               : statistic_ == QLatin1String("score") ? p.scoreContrib
                                                                      : p.speContrib;
    QStringList names;
    QVector<double> values;
    QVector<bool> high;
    for (size_t k = 0; k < model_.variables().size(); ++k) {
        names << QString::fromStdString(model_.variables()[k]);
        values << c(static_cast<Eigen::Index>(k));
        high << (p.deviation(static_cast<Eigen::Index>(k)) >= 0);
    }
    const QString what = statistic_ == QLatin1String("t2") ? tr("T²")
                         : statistic_ == QLatin1String("score")
                             ? tr("the distance from the average batch")
                             : tr("SPE");
    contributions_->setContributions(tr("Contributions to %1 at %2 %3")
                                         .arg(what, QString::fromStdString(model_.maturityName))
                                         .arg(p.maturity, 0, 'g', 4),
                                     names, values, high);
}

}  // namespace batch::ui::mva
