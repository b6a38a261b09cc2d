#pragma once

#include "sampling/MasterData.h"
#include "sampling/Qualification.h"
#include "sampling/SamplingPlan.h"
#include "security/Signatures.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace batch::sampling {

// One planned test of one sample of a lot, with its result once entered.
struct LotTest {
    QString sampleId;
    QString source;
    QString testCode;
    int position = 0;
    TestSpec spec;  // the specification in force when the lot was created
    bool hasResult = false;
    QString value;     // as entered
    QString reported;  // rounded to the spec's decimals
    bool outOfSpecification = false;
    QString enteredBy;
    QString enteredUtc;
};

struct Lot {
    QString lotId;
    QString product;
    QString variantId;
    QString organisation;  // who delivered (also for the wildcard variant)
    std::int64_t size = 0;
    Level level = Level::Full;
    LotStatus status = LotStatus::Created;
    QString stateAtCreation;
    QString summary;       // the one-line decision
    QJsonObject decision;  // reasons, sources, samples, plan and rule (docs/sampling.md)
    QString createdBy;
    QString createdUtc;
    QString receivedUtc;
    QString activeUtc;
    QString pendingUtc;
    QString disposition;  // "released", "rejected" or empty
    QString dispositionBy;
    QString dispositionUtc;
    security::SignatureSubject signature;  // the disposition signature (Signed event)
    std::vector<LotTest> tests;

    int resultCount() const;
    int outOfSpecificationCount() const;
    QStringList reasons() const;
    QJsonObject toJson() const;
};

// What creating a lot would decide, before anything is written (the lot dialog's
// preview and `batchctl lot create --dry-run`).
struct LotDecision {
    Product product;
    Variant variant;
    SamplingPlan plan;
    StateChart chart;
    QString organisation;
    std::int64_t size = 0;
    LevelDecision level;
    SamplePlanResult samples;
    QStringList reasons;  // the variant choice first, then the level decision
    QString pendingPromotion;
    QJsonObject toJson() const;
};

}  // namespace batch::sampling
