#pragma once

// Moves a demo batch forward through the engine directly (no GUI), with a valid input
// for each step kind, the way the scripted operator of `batchctl batch run` does: for
// tests that need the step runner on a step of a given kind without clicking there.
#include "HmiTestKit.h"

#include "exec/BatchEngine.h"
#include "model/Mbr.h"
#include "model/StepSequence.h"
#include "transport/InstrumentLink.h"

namespace hmi_test {

// The label a scanner reads for a scan step: a released lot of the material, or the
// unit of the equipment class, as the demo site's master data has them.
inline QString demoLabel(DemoStation& demo, const batch::model::Step& step) {
    if (step.kind == batch::model::StepKind::MaterialScan) {
        for (const auto& lot : demo.station().materials().lots(step.material))
            if (lot.status == batch::masterdata::LotStatus::Released)
                return lot.lotId;
    } else {
        for (const auto& unit : demo.station().equipment().list())
            if (unit.equipmentClass == step.equipmentClass)
                return unit.id;
    }
    return {};
}

// `amount` weighed on the demo balance of `instrumentClass` the way an operator does it:
// empty pan zeroed, container tared, material placed, a stable net + tare captured.
// Empty input when there is no such balance or it does not answer.
inline batch::exec::StepInput weighOnDemoBalance(DemoStation& demo, const QString& instrumentClass,
                                                 double amount) {
    const auto entries = demo.hub.forClass(instrumentClass);
    if (entries.isEmpty() || !entries.first().pan)
        return {};
    batch::ui::BalanceLink* link = entries.first().link;
    batch::ui::SimulatedPan* pan = entries.first().pan;
    const auto command = [&](void (batch::ui::BalanceLink::*key)()) {
        QSignalSpy done(link, &batch::ui::BalanceLink::commandDone);
        QSignalSpy failed(link, &batch::ui::BalanceLink::commandFailed);
        (link->*key)();
        if (!QTest::qWaitFor([&] { return !done.isEmpty() || !failed.isEmpty(); }, 10000) ||
            !failed.isEmpty()) {
            qWarning("%s: %s", qPrintable(link->info().id),
                     failed.isEmpty() ? "no answer"
                                      : qPrintable(failed.first().value(1).toString()));
            return false;
        }
        return true;
    };
    pan->clear();
    // The emptied pan settles first (seconds for a 300 kg platform at 10 g).
    if (!QTest::qWaitFor([&] {
            const auto r = link->latest();
            return r && r->reply.stable && std::abs(r->reply.value) < 0.5;
        }, 20000)) {
        qWarning("%s: the emptied pan did not settle", qPrintable(link->info().id));
        return {};
    }
    if (!command(&batch::ui::BalanceLink::zero) || !command(&batch::ui::BalanceLink::tare))
        return {};
    pan->place(amount);
    if (!QTest::qWaitFor([&] {
            const auto r = link->latest();
            return r && r->reply.stable && std::abs(r->reply.value - amount) < 0.002 * amount + 0.01;
        }, 15000)) {
        qWarning("%s: no stable %f", qPrintable(link->info().id), amount);
        return {};
    }
    QSignalSpy answered(link, &batch::ui::BalanceLink::captureAnswered);
    link->capture();
    if (!answered.wait(10000)) {
        qWarning("%s: no capture", qPrintable(link->info().id));
        return {};
    }
    const auto answer = answered.first().first().value<batch::devices::BalanceAnswer>();
    pan->clear();
    return batch::devices::stepInputFrom(link->info().id, answer);
}

inline batch::exec::StepInput validInput(const batch::model::Step& step,
                                         const batch::exec::BatchProjection& /*batch*/) {
    using batch::model::StepKind;
    batch::exec::StepInput in;
    switch (step.kind) {
    case StepKind::Instruction: in.value = QStringLiteral("ack"); break;
    case StepKind::Checklist: in.value = QStringLiteral("all"); break;
    case StepKind::Choice: in.value = step.options.value(0); break;
    case StepKind::Text: in.value = QStringLiteral("ok"); break;
    case StepKind::MaterialScan:
    case StepKind::EquipmentCheck: break;  // the demo site's labels: see advance()
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
    case StepKind::Weigh: break;  // weighed on the demo balance: see advance()
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
    batch::exec::StepInput in = validInput(step, batch);
    if (step.kind == StepKind::MaterialScan || step.kind == StepKind::EquipmentCheck)
        in.value = demoLabel(demo, step);
    if (step.kind == StepKind::Weigh)
        in = weighOnDemoBalance(
            demo, step.instrumentClass,
            batch.weighTargets.value(step.id).split(QLatin1Char('|')).value(0).toDouble());
    else if (step.source == batch::model::ValueSource::Instrument &&
             !demo.hub.forClass(step.instrumentClass).isEmpty())
        in = weighOnDemoBalance(demo, step.instrumentClass, in.value.toDouble());
    else if (step.source == batch::model::ValueSource::Instrument) {
        // Read off an instrument of the class in the instrument master (its display).
        for (const auto& i : demo.station().instruments().list())
            if (i.instrumentClass == step.instrumentClass) {
                in.instrumentId = i.id;
                in.unit = step.unit;
                in.rawFrame = QStringLiteral("read off %1: %2 %3").arg(i.id, in.value, step.unit);
                in.stable = true;
                break;
            }
    }
    engine.complete(op, batchId, step.id, in);
    return step.id;
}

}  // namespace hmi_test
