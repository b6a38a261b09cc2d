#include "exec/BatchProjection.h"

#include "exec/ExecTypes.h"
#include "record/CanonicalJson.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>

namespace batch::exec {
namespace {

QString str(const QJsonObject& p, const char* key) {
    return p.value(QLatin1String(key)).toString();
}

EventRef refOf(const record::EventRecord& e) {
    return {e.stationId, e.seq};
}

std::int64_t parseUtcMillis(const QString& ts) {
    return QDateTime::fromString(ts, Qt::ISODateWithMs).toMSecsSinceEpoch();
}

}  // namespace

QString batchStatusName(BatchStatus status) {
    switch (status) {
        case BatchStatus::Running:
            return QStringLiteral("running");
        case BatchStatus::OnHold:
            return QStringLiteral("on_hold");
        case BatchStatus::Finished:
            return QStringLiteral("finished");
    }
    return {};
}

QString stepStateName(StepState::State state) {
    switch (state) {
        case StepState::State::Pending:
            return QStringLiteral("pending");
        case StepState::State::Started:
            return QStringLiteral("started");
        case StepState::State::AwaitingSignature:
            return QStringLiteral("awaiting_signature");
        case StepState::State::Completed:
            return QStringLiteral("completed");
    }
    return {};
}

const StepState* BatchProjection::step(const QString& id) const {
    auto it = steps.constFind(id);
    return it == steps.constEnd() ? nullptr : &it.value();
}

const DeviationEntry* BatchProjection::deviation(const QString& id) const {
    for (const DeviationEntry& d : deviations)
        if (d.id == id)
            return &d;
    return nullptr;
}

const DeviationEntry* BatchProjection::approvedDeviationFor(const QString& stepId) const {
    for (const DeviationEntry& d : deviations)
        if (d.stepId == stepId && d.approved())
            return &d;
    return nullptr;
}

StepState& BatchProjection::stepFor(const QString& id) {
    StepState& s = steps[id];
    s.stepId = id;
    return s;
}

void BatchProjection::apply(const record::EventRecord& e) {
    if (e.seq > appliedSeq)
        appliedSeq = e.seq;
    const QJsonObject p = record::decodeCanonicalObject(e.payload);
    if (e.type == record::types::kSigned) {
        applySigned(e, p);
        return;
    }
    if (str(p, "batch_id") != batchId && !(e.type == types::kBatchStarted && batchId.isEmpty()))
        return;
    if (lastTsUtc < e.tsUtc)
        lastTsUtc = e.tsUtc;

    if (e.type == types::kBatchStarted) {
        batchId = str(p, "batch_id");
        mbrId = str(p, "mbr_id");
        mbrVersion = str(p, "mbr_version");
        contentHash = str(p, "content_hash");
        batchSize = str(p, "batch_size");
        batchUnit = str(p, "batch_unit");
        startedBy = e.userId;
        startedUtc = e.tsUtc;
        for (const QJsonValue& v : p.value(QLatin1String("weigh_targets")).toArray()) {
            const QJsonObject t = v.toObject();
            weighTargets.insert(str(t, "step_id"), str(t, "target") + QLatin1Char('|') +
                                                       str(t, "low") + QLatin1Char('|') +
                                                       str(t, "high"));
        }
    } else if (e.type == types::kStepStarted) {
        StepState& s = stepFor(str(p, "step_id"));
        s.state = StepState::State::Started;
        s.startedUtc = e.tsUtc;
        s.startedMs = parseUtcMillis(e.tsUtc);
    } else if (e.type == types::kStepCompleted) {
        StepState& s = stepFor(str(p, "step_id"));
        s.value = str(p, "value");
        s.unit = str(p, "unit");
        s.source = str(p, "source");
        s.instrumentId = str(p, "instrument_id");
        s.rawFrame = str(p, "raw_frame");
        s.stable = p.value(QLatin1String("stable")).toBool();
        s.limitState = str(p, "limit_state");
        s.deviationId = str(p, "deviation_id");
        s.performerId = e.userId;
        s.completedUtc = e.tsUtc;
        s.completion = refOf(e);
        stepBySeq_.insert(e.seq, s.stepId);
        // A signature step is done only once its Signed event exists (a crash between
        // the two leaves it awaiting the signature, which the operator then repeats).
        if (p.value(QLatin1String("awaiting_signature")).toBool()) {
            s.state = StepState::State::AwaitingSignature;
        } else {
            s.state = StepState::State::Completed;
            completed.insert(s.stepId);
            completionOrder.append(s.stepId);
        }
    } else if (e.type == types::kValueCorrected) {
        StepState& s = stepFor(str(p, "step_id"));
        s.corrections.push_back(
            {str(p, "old_value"),
             str(p, "new_value"),
             str(p, "reason"),
             e.userId,
             e.tsUtc,
             refOf(e),
             {str(p, "corrects_station"), p.value(QLatin1String("corrects_seq")).toInteger()}});
        stepBySeq_.insert(e.seq, s.stepId);
    } else if (e.type == types::kDeviationRaised) {
        deviations.push_back({str(p, "deviation_id"),
                              str(p, "step_id"),
                              str(p, "category"),
                              str(p, "description"),
                              str(p, "immediate_action"),
                              str(p, "attempted_value"),
                              e.userId,
                              e.tsUtc,
                              refOf(e),
                              {}});
        deviationBySeq_.insert(e.seq, static_cast<int>(deviations.size() - 1));
    } else if (e.type == types::kBatchHeld) {
        status = BatchStatus::OnHold;
        holdReason = str(p, "reason");
        holdReasons.append(holdReason);
    } else if (e.type == types::kBatchResumed) {
        status = BatchStatus::Running;
        holdReason.clear();
        resumeReasons.append(str(p, "reason"));
    } else if (e.type == types::kBatchFinished) {
        status = BatchStatus::Finished;
    } else if (e.type == record::types::kCommentAdded) {
        comments.push_back({str(p, "step_id"), str(p, "text"), e.userId, e.tsUtc, refOf(e)});
    }
    if (p.contains(QLatin1String("exception_type")))
        exceptions.push_back({str(p, "exception_type"), str(p, "step_id"), str(p, "message"),
                              e.userId, e.tsUtc, refOf(e)});
}

void BatchProjection::applySigned(const record::EventRecord& e, const QJsonObject& p) {
    const std::int64_t subject = p.value(QLatin1String("subject_seq")).toInteger();
    const SignatureEntry sig{str(p, "signer_id"), str(p, "printed_name"), str(p, "meaning"),
                             e.tsUtc, refOf(e)};
    if (auto it = stepBySeq_.constFind(subject); it != stepBySeq_.constEnd()) {
        StepState& s = steps[it.value()];
        s.signatures.push_back(sig);
        if (s.state == StepState::State::AwaitingSignature && s.completion.seq == subject) {
            s.state = StepState::State::Completed;
            completed.insert(s.stepId);
            completionOrder.append(s.stepId);
        }
    } else if (auto d = deviationBySeq_.constFind(subject); d != deviationBySeq_.constEnd()) {
        deviations[static_cast<size_t>(d.value())].continuation.push_back(sig);
    } else {
        return;
    }
    if (lastTsUtc < e.tsUtc)
        lastTsUtc = e.tsUtc;
}

}  // namespace batch::exec
