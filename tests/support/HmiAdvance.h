#pragma once

// Moves a demo batch forward through the engine directly (no GUI), with a valid input
// for each step kind, the way the scripted operator of `batchctl batch run` does: for
// tests that need the step runner on a step of a given kind without clicking there.
#include "HmiTestKit.h"

#include "exec/BatchEngine.h"
#include "model/Mbr.h"
#include "model/StepSequence.h"

namespace hmi_test {

inline batch::exec::StepInput validInput(const batch::model::Step& step,
                                         const batch::exec::BatchProjection& batch) {
    using batch::model::StepKind;
    batch::exec::StepInput in;
    switch (step.kind) {
    case StepKind::Instruction: in.value = QStringLiteral("ack"); break;
    case StepKind::Checklist: in.value = QStringLiteral("all"); break;
    case StepKind::Choice: in.value = step.options.value(0); break;
    case StepKind::Text: in.value = QStringLiteral("ok"); break;
    case StepKind::MaterialScan: in.value = QStringLiteral("LOT-") + step.material; break;
    case StepKind::EquipmentCheck: in.value = QStringLiteral("EQ-") + step.equipmentClass; break;
    case StepKind::Sample: in.value = step.labelPrefix + QStringLiteral("-1"); break;
    case StepKind::Numeric: {
        double v = step.target.value_or(0);
        if (!step.target && step.limits.low && step.limits.high)
            v = (*step.limits.low + *step.limits.high) / 2;
        else if (!step.target && step.limits.high)
            v = *step.limits.high / 2;
        else if (!step.target && step.limits.low)
            v = *step.limits.low + 1;
        if (!step.target && !step.limits.any()) {
            // Masses of the tablet MBR that later calculations turn into yields.
            static const QHash<QString, double> kMasses{{QStringLiteral("granule_mass"), 279},
                                                        {QStringLiteral("final_blend_mass"), 293},
                                                        {QStringLiteral("tablets_net_mass"), 294}};
            v = kMasses.value(step.id, 100);
        }
        in.value = QString::number(v, 'f', step.decimals);
        break;
    }
    case StepKind::Weigh: {
        const QStringList t = batch.weighTargets.value(step.id).split(QLatin1Char('|'));
        in.value = t.value(0);
        in.instrumentId = QStringLiteral("BAL-TEST");
        in.rawFrame = QStringLiteral("S S ") + t.value(0);
        in.stable = true;
        break;
    }
    case StepKind::Timer:
    case StepKind::Calculation:
    case StepKind::Signature: break;
    }
    return in;
}

// Completes the next open step (the first one, in document order). Returns its id.
inline QString advance(DemoStation& demo, const QString& batchId) {
    using batch::model::StepKind;
    batch::exec::BatchEngine& engine = demo.station().batches();
    const batch::exec::BatchProjection& batch = engine.projection(batchId);
    const batch::model::MasterBatchRecord& mbr = engine.mbrOf(batchId);
    const batch::model::StepSequence sequence(mbr);
    const auto next = sequence.next(batch.completed);
    if (next.empty())
        return {};
    const batch::model::Step& step = *next.front();
    const batch::security::User op = *demo.station().users().find(QStringLiteral("op1"));
    if (step.kind == StepKind::Signature) {
        // A supervisor performs; a second person (not the previous performer) verifies.
        QString signer = QStringLiteral("sup1");
        const auto* last = batch.step(batch.completionOrder.value(batch.completionOrder.size() - 1));
        if (step.verifiedBy && last && last->performerId == QLatin1String("sup1"))
            signer = QStringLiteral("op2");
        engine.sign(batchId, step.id, signer, kPassword,
                    *batch::security::meaningFromName(step.meaning));
        return step.id;
    }
    if (step.kind == StepKind::Timer) {
        engine.startStep(op, batchId, step.id);
        demo.clock.advance((step.minSeconds + 1) * 1000);
    }
    engine.complete(op, batchId, step.id, validInput(step, batch));
    return step.id;
}

}  // namespace hmi_test
