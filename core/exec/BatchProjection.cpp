#include "exec/BatchProjection.h"

#include "exec/ExecTypes.h"
#include "masterdata/MasterData.h"
#include "record/CanonicalJson.h"
#include "security/Roles.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>

#include <algorithm>

namespace batch::exec {
namespace {

QString str(const QJsonObject& p, const char* key) {
    return p.value(QLatin1String(key)).toString();
}

EventRef refOf(const record::EventRecord& e) {
    return {e.stationId, e.seq};
}

// The inverse of record::formatUtcMillis ("YYYY-MM-DDTHH:MM:SS.mmmZ"), without QDateTime:
// the projection parses the time of every completion, so this is on the rebuild path.
// Anything not in exactly that form falls back to QDateTime.
std::int64_t parseUtcMillis(const QString& ts) {
    static constexpr int kDigits[] = {0, 1, 2, 3, 5, 6, 8, 9, 11, 12, 14, 15, 17, 18, 20, 21, 22};
    const bool shaped = ts.size() == 24 && ts[4] == u'-' && ts[7] == u'-' && ts[10] == u'T' &&
                        ts[13] == u':' && ts[16] == u':' && ts[19] == u'.' && ts[23] == u'Z';
    bool digits = shaped;
    for (int i : kDigits) digits = digits && ts[i] >= u'0' && ts[i] <= u'9';
    if (!digits)
        return QDateTime::fromString(ts, Qt::ISODateWithMs).toMSecsSinceEpoch();
    const auto num = [&ts](int from, int count) {
        int v = 0;
        for (int i = from; i < from + count; ++i) v = v * 10 + (ts[i].unicode() - u'0');
        return v;
    };
    // Days from the civil date (H. Hinnant's algorithm), proleptic Gregorian.
    int y = num(0, 4);
    const int m = num(5, 2);
    const int d = num(8, 2);
    y -= m <= 2 ? 1 : 0;
    const int era = (y >= 0 ? y : y - 399) / 400;
    const int yoe = y - era * 400;
    const int doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    const int doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    const std::int64_t days = std::int64_t(era) * 146097 + doe - 719468;
    return ((days * 24 + num(11, 2)) * 60 + num(14, 2)) * 60'000 + num(17, 2) * 1000 + num(20, 3);
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

const DeviationEntry* BatchProjection::deviationAllowing(const QString& stepId,
                                                         bool needsContinuation) const {
    for (const DeviationEntry& d : deviations)
        if (d.stepId == stepId && (!needsContinuation || d.approved()))
            return &d;
    return nullptr;
}

const DeviationEntry* BatchProjection::latestDeviationOn(const QString& stepId) const {
    for (auto it = deviations.rbegin(); it != deviations.rend(); ++it)
        if (it->stepId == stepId)
            return &*it;
    return nullptr;
}

const OverrideEntry* BatchProjection::overrideFor(const QString& stepId,
                                                  const QString& kind) const {
    // An approved override wins over a newer attempt that was never signed.
    const OverrideEntry* pending = nullptr;
    for (const OverrideEntry& o : overrides) {
        if (o.stepId != stepId || o.kind != kind)
            continue;
        if (o.approved())
            return &o;
        pending = &o;
    }
    return pending;
}

std::int64_t BatchProjection::heldMsBetween(std::int64_t fromMs, std::int64_t toMs) const {
    std::int64_t held = 0;
    for (const HoldInterval& h : holds) {
        const std::int64_t start = std::max(h.startMs, fromMs);
        const std::int64_t end = std::min(h.endMs == 0 ? toMs : h.endMs, toMs);
        if (end > start)
            held += end - start;
    }
    return held;
}

const DeviationClosure* DeviationEntry::closure() const {
    for (const DeviationClosure& c : closures)
        if (c.signedOff())
            return &c;
    return closures.empty() ? nullptr : &closures.back();
}

QString DeviationEntry::stateName() const {
    if (closed())
        return QStringLiteral("closed");
    return closures.empty() ? QStringLiteral("open") : QStringLiteral("closure_pending");
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
        startedMs = parseUtcMillis(e.tsUtc);
        entryWindowSeconds = p.value(QLatin1String("entry_window_seconds")).toInteger();
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
        s.instrumentSerial = str(p, "instrument_serial");
        s.gross = str(p, "gross");
        s.tare = str(p, "tare");
        s.readingUtc = str(p, "reading_utc");
        s.limitState = str(p, "limit_state");
        s.deviationId = str(p, "deviation_id");
        s.performerId = e.userId;
        s.completedUtc = e.tsUtc;
        s.overrideId = str(p, "override_id");
        s.details = p.value(QLatin1String("details")).toObject();
        s.completion = refOf(e);
        stepBySeq_.insert(e.seq, s.stepId);
        // A signature step is done only once its Signed event exists (a crash between
        // the two leaves it awaiting the signature, which the operator then repeats).
        if (p.value(QLatin1String("awaiting_signature")).toBool()) {
            s.state = StepState::State::AwaitingSignature;
        } else {
            s.state = StepState::State::Completed;
            s.doneMs = parseUtcMillis(e.tsUtc);
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
             {str(p, "corrects_station"), p.value(QLatin1String("corrects_seq")).toInteger()},
             {str(p, "caused_by_station"), p.value(QLatin1String("caused_by_seq")).toInteger()},
             p.value(QLatin1String("details")).toObject()});
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
                              {},
                              {}});
        deviationBySeq_.insert(e.seq, static_cast<int>(deviations.size() - 1));
    } else if (e.type == types::kDeviationClosed) {
        for (size_t i = 0; i < deviations.size(); ++i) {
            if (deviations[i].id != str(p, "deviation_id"))
                continue;
            deviations[i].closures.push_back(
                {str(p, "root_cause"), str(p, "capa"), e.userId, e.tsUtc, refOf(e), {}});
            closureBySeq_.insert(
                e.seq, {static_cast<int>(i), static_cast<int>(deviations[i].closures.size() - 1)});
        }
    } else if (e.type == types::kOverrideRequested) {
        overrides.push_back({str(p, "override_id"),
                             str(p, "step_id"),
                             str(p, "override_kind"),
                             str(p, "reason"),
                             e.userId,
                             str(p, "approver_id"),
                             e.tsUtc,
                             refOf(e),
                             {}});
        overrideBySeq_.insert(e.seq, static_cast<int>(overrides.size() - 1));
    } else if (e.type == masterdata::types::kEquipmentOccupied) {
        if (!equipmentHeld.contains(str(p, "equipment_id")))
            equipmentHeld.append(str(p, "equipment_id"));
    } else if (e.type == masterdata::types::kEquipmentReleased) {
        equipmentHeld.removeAll(str(p, "equipment_id"));
    } else if (e.type == types::kBatchHeld) {
        status = BatchStatus::OnHold;
        holdReason = str(p, "reason");
        holdReasons.append(holdReason);
        holds.push_back({parseUtcMillis(e.tsUtc), 0});
    } else if (e.type == types::kBatchResumed) {
        status = BatchStatus::Running;
        holdReason.clear();
        resumeReasons.append(str(p, "reason"));
        if (!holds.empty() && holds.back().endMs == 0)
            holds.back().endMs = parseUtcMillis(e.tsUtc);
    } else if (e.type == types::kBatchFinished) {
        status = BatchStatus::Finished;
    } else if (e.type == types::kBatchDispositioned) {
        disposition = str(p, "decision");
        dispositionedBy = e.userId;
        dispositionedUtc = e.tsUtc;
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
            s.doneMs = parseUtcMillis(e.tsUtc);
            completed.insert(s.stepId);
            completionOrder.append(s.stepId);
        }
    } else if (auto d = deviationBySeq_.constFind(subject); d != deviationBySeq_.constEnd()) {
        // Only the supervisor's Verified signature lets the step continue; QA's Reviewed
        // signature on the same deviation (review by exception) is not a continuation.
        if (sig.meaning != security::meaningName(security::SignatureMeaning::Verified))
            return;
        deviations[static_cast<size_t>(d.value())].continuation.push_back(sig);
    } else if (auto c = closureBySeq_.constFind(subject); c != closureBySeq_.constEnd()) {
        deviations[static_cast<size_t>(c->first)]
            .closures[static_cast<size_t>(c->second)]
            .signatures.push_back(sig);
    } else if (auto o = overrideBySeq_.constFind(subject); o != overrideBySeq_.constEnd()) {
        overrides[static_cast<size_t>(o.value())].signatures.push_back(sig);
    } else {
        return;
    }
    if (lastTsUtc < e.tsUtc)
        lastTsUtc = e.tsUtc;
}

}  // namespace batch::exec
