#pragma once

#include "mva/BatchData.h"
#include "mva/Pca.h"
#include "mva/PcaModel.h"

#include <Eigen/Dense>

#include <QJsonObject>
#include <QString>

#include <string>
#include <vector>

namespace batch::mva {

// Batch-level model (docs/mva.md §16): every training batch aligned on a maturity grid
// and unfolded batch-wise into one row of G x K values (grid-point major: all variables
// at the first grid point, then at the second, ...), so that each column is one
// variable at one maturity. Preprocessing per column removes the average trajectory
// (Nomikos & MacGregor 1995). An ongoing batch is scored with its future (grid points
// beyond its current maturity) as missing values: projection on the present columns.
struct BlmOptions {
    Eigen::Index components = 2;
    Scaling scaling = Scaling::UnitVariance;
    Eigen::Index gridPoints = 61;
};

struct BatchLevelModel {
    std::string maturityName;
    std::vector<std::string> variables;  // K process variables
    Eigen::VectorXd grid;                // G
    // The unfolded columns (index g * K + k) the PCA model uses: those that vary across the
    // training batches. A column constant in every training batch (a set point, the spray
    // rate during drying) carries no information and could not be scaled.
    std::vector<Eigen::Index> columns;
    PcaModel pca;  // over the used columns ("var@maturity")
    // Instantaneous SPE (the squared residuals of the K columns of one grid point) of the
    // training batches: Box limits per grid point.
    Eigen::VectorXd spe95, spe99;
    std::vector<std::string> trainingBatches;
};

struct BlmFit {
    BatchLevelModel model;
    PcaScores training;  // one row per training batch (complete batches)
};

BlmFit fitBatchLevel(const BatchSet& training, const BlmOptions& options);

// An ongoing (or finished) batch scored against the batch-level model.
struct BlmScore {
    double maturity = 0;             // the batch's latest maturity
    Eigen::Index presentPoints = 0;  // grid points observed so far
    bool scored = false;
    Eigen::VectorXd scores;  // A, predicted final scores
    double t2 = 0, t2_95 = 0, t2_99 = 0;
    double spe = 0;                                             // over all present columns
    double instantSpe = 0, instantSpe95 = 0, instantSpe99 = 0;  // at the latest grid point
    Eigen::VectorXd speContrib;  // per used column (BatchLevelModel::columns), 0 where missing
};
BlmScore scoreBatchLevel(const BatchLevelModel& model, const BatchTrajectory& batch);

QJsonObject blmToJson(const BatchLevelModel& model);
BatchLevelModel blmFromJson(const QJsonObject& object);
void saveBlm(const BatchLevelModel& model, const QString& path);
BatchLevelModel loadBlm(const QString& path);

}  // namespace batch::mva
