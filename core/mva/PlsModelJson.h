#pragma once

#include "mva/Pls.h"

#include <Eigen/Dense>

#include <QJsonObject>
#include <QString>

#include <string>
#include <vector>

namespace batch::mva {

// Versioned JSON of a PLS model ("batchstation.mva.pls", docs/mva.md §17): preprocessing
// of X and Y, W, W*, P, Q, coefficients in original units with intercept, VIP, and the
// training summary (N, R2, RMSEC, score variances, X residual moments), content hash.
QJsonObject plsModelToJson(const PlsModel& model);
PlsModel plsModelFromJson(const QJsonObject& object);
void savePlsModel(const PlsModel& model, const QString& path);
PlsModel loadPlsModel(const QString& path);

// A PLS soft sensor: predicts the responses (e.g. granule moisture) of one observation of
// process variables, and says how far the observation is from the training data (T2 of
// its X scores and the SPE of its X residual against Box limits), so that a prediction
// outside the model's experience is flagged rather than trusted. Allocation-free per call.
class SoftSensor {
public:
    explicit SoftSensor(PlsModel model);

    // `x`: the model's X variables in order, original units. A missing value (NaN) makes
    // the prediction NaN: PLS predictions need every predictor.
    void predict(const double* x);

    const Eigen::VectorXd& prediction() const { return y_; }
    double t2() const { return t2_; }
    double spe() const { return spe_; }
    double t2Limit99() const { return t2Limit99_; }
    double speLimit99() const { return speLimit99_; }
    bool withinModel() const { return t2_ <= t2Limit99_ && spe_ <= speLimit99_; }
    const PlsModel& model() const { return model_; }

private:
    PlsModel model_;
    Eigen::VectorXd z_, t_, e_, y_;
    double t2_ = 0, spe_ = 0, t2Limit99_ = 0, speLimit99_ = 0;
};

}  // namespace batch::mva
