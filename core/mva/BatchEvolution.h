#pragma once

#include "mva/BatchData.h"
#include "mva/Pca.h"
#include "mva/PcaModel.h"
#include "mva/Scorer.h"

#include <Eigen/Dense>

#include <QJsonObject>
#include <QString>

#include <string>
#include <vector>

namespace batch::mva {

// Batch evolution model, observation level (docs/mva.md §15): the observations of all
// training batches unfolded variable-wise (one row per observation, K process variables),
// one PCA model over them, and per maturity the average batch and its spread: the mean
// and standard deviation of every score, the mean preprocessed trajectory (for
// contributions against the average batch) and SPE limits.
struct BemOptions {
    Eigen::Index components = 3;
    Scaling scaling = Scaling::UnitVariance;
    Eigen::Index gridPoints = 0;  // 0: the median number of observations per batch
    Eigen::Index speWindow = 2;   // SPE limits pool grid points g-w..g+w (Nomikos-MacGregor)
};

struct BatchEvolutionModel {
    std::string maturityName;
    PcaModel pca;                  // the observation-level model (variables = pca.names)
    Eigen::VectorXd grid;          // G maturity points, uniform
    Eigen::MatrixXd scoreMean;     // G x A
    Eigen::MatrixXd scoreSd;       // G x A, across batches (denominator B - 1)
    Eigen::MatrixXd zMean;         // G x K, mean preprocessed trajectory
    Eigen::VectorXd spe95, spe99;  // G, Box limits of the per-maturity SPE
    Eigen::Index speWindow = 2;
    std::vector<std::string> trainingBatches;

    const std::vector<std::string>& variables() const { return pca.names; }
    Eigen::Index components() const { return pca.components(); }
};

struct BemFit {
    BatchEvolutionModel model;
    // Per training batch, its observations scored (for charts and the CLI).
    std::vector<PcaScores> batches;
};

// Throws MvaError: fewer than 3 batches, maturity ranges that do not overlap, and the PCA
// errors (constant columns with uv, more components than rank).
BemFit fitBatchEvolution(const BatchSet& training, const BemOptions& options);

// One observation of a running batch scored against the model, with the limits that
// apply at its maturity (interpolated linearly between grid points).
struct BemPoint {
    double maturity = 0;
    bool scored = false;     // false: too few variables present; statistics are NaN
    Eigen::VectorXd scores;  // A
    Eigen::VectorXd scoreLow, scoreHigh, scoreMean;  // A: mean -/+ 3 SD at this maturity
    double t2 = 0, spe = 0, dmodx = 0;
    double t2_95 = 0, t2_99 = 0, spe95 = 0, spe99 = 0, dmodx_95 = 0, dmodx_99 = 0;
    Eigen::VectorXd t2Contrib, speContrib;  // K, sum to t2 / spe (Scorer)
    // z - mean trajectory at this maturity (preprocessed units), 0 where missing: the sign
    // says "high" or "low" against the average batch.
    Eigen::VectorXd deviation;
    // Contributions to the score distance from the average batch,
    // c_k = d_k (R Lambda^-1 (t - t_mean))_k; they sum to (t - t_mean)' Lambda^-1 (t - t_mean).
    Eigen::VectorXd scoreContrib;
};

// Scores observations one at a time (no heap allocation per call after construction).
class BemScorer {
public:
    explicit BemScorer(const BatchEvolutionModel& model);
    // `x`: K values in the model's variable order, original units, NaN = missing.
    const BemPoint& score(double maturity, const double* x);
    const BatchEvolutionModel& model() const { return model_; }

private:
    const BatchEvolutionModel& model_;
    Scorer scorer_;
    Eigen::MatrixXd rInvLambda_;  // K x A
    Eigen::VectorXd invLambda_, z_, zbar_, dt_;
    BemPoint point_;
};

// Versioned JSON ("batchstation.mva.bem", docs/mva.md §15) with the observation-level
// PCA model embedded (with its own content hash) and a content hash of the whole.
QJsonObject bemToJson(const BatchEvolutionModel& model);
BatchEvolutionModel bemFromJson(const QJsonObject& object);
void saveBem(const BatchEvolutionModel& model, const QString& path);
BatchEvolutionModel loadBem(const QString& path);

}  // namespace batch::mva
