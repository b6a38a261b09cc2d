#include "review/BatchReview.h"

#include "exec/ExecTypes.h"
#include "masterdata/MasterData.h"
#include "model/StepSequence.h"
#include "record/CanonicalJson.h"
#include "record/ChainHash.h"
#include "review/ReviewContext.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace batch::review {
namespace {

namespace et = exec::types;

QString tr(const char* text) {
    // lupdate files a tr() here under the enclosing class or namespace: look there first
    // (the old single context alone never found the translations).
    for (const char* context : {"batch::review", "Review"}) {
        const QString t = QCoreApplication::translate(context, text);
        if (t != QLatin1String(text))
            return t;
    }
    return QString::fromUtf8(text);
}

QString str(const QJsonObject& p, const char* key) {
    return p.value(QLatin1String(key)).toString();
}

// What the review projection needs while it walks the events once.
class Builder {
public:
    Builder(const BatchRecord& record, const model::MasterBatchRecord* mbr, const NameLookup& names)
        : record_(record), mbr_(mbr), names_(names) {}

    BatchReview run();

private:
    QString nameOf(const QString& id);
    void decodeAndCheck();
    void collectSignatures();
    void layOutSteps();
    RecordStep& stepFor(const QString& id);
    void apply(size_t i);
    void applyCompletion(const record::EventRecord& e, const QJsonObject& p);
    void applyCorrection(const record::EventRecord& e, const QJsonObject& p);
    void applyDeviation(const record::EventRecord& e, const QJsonObject& p);
    void applyClosure(const record::EventRecord& e, const QJsonObject& p);
    void applyDisposition(const record::EventRecord& e, const QJsonObject& p);
    void summarise();
    std::vector<Signature> signaturesOn(const QString& entry) const {
        return signatures_.value(entry);
    }

    const BatchRecord& record_;
    const model::MasterBatchRecord* mbr_;
    const NameLookup& names_;
    BatchReview out_;
    std::vector<QJsonObject> payloads_;
    std::vector<bool> intact_;
    QHash<QString, size_t> index_;                       // entry id -> position in record_.events
    QHash<QString, std::vector<Signature>> signatures_;  // by subject entry
    QHash<QString, int> stepIndex_;
    QHash<QString, QString> names_cache_;
    QHash<QString, QStringList> weighTargets_;  // step id -> target, low, high
    std::vector<size_t> exceptionEvents_;
};

QString Builder::nameOf(const QString& id) {
    if (id.isEmpty() || !names_)
        return {};
    auto it = names_cache_.constFind(id);
    if (it == names_cache_.constEnd())
        it = names_cache_.insert(id, names_(id));
    return it.value();
}

void Builder::decodeAndCheck() {
    const size_t n = record_.events.size();
    payloads_.resize(n);
    intact_.assign(n, true);
    out_.integrity.events = static_cast<int>(n);
    for (size_t i = 0; i < n; ++i) {
        const record::EventRecord& e = record_.events[i];
        index_.insert(entryId(e), i);
        bool ok = record::chain::rowHash(e) == e.rowHash;
        try {
            payloads_[i] = record::decodeCanonicalObject(e.payload);
        } catch (const record::CanonicalJsonError&) {
            ok = false;
        }
        if (!ok) {
            intact_[i] = false;
            out_.integrity.brokenRows << entryId(e);
        }
    }
}

void Builder::collectSignatures() {
    for (size_t i = 0; i < record_.events.size(); ++i) {
        const record::EventRecord& e = record_.events[i];
        if (e.type != record::types::kSigned)
            continue;
        const QJsonObject& p = payloads_[i];
        Signature s;
        s.entry = entryId(e);
        s.signerId = str(p, "signer_id");
        s.printedName = str(p, "printed_name");
        s.meaning = str(p, "meaning");
        s.tsUtc = e.tsUtc;
        s.comment = str(p, "reason");
        s.subject =
            entryId(str(p, "subject_station"), p.value(QLatin1String("subject_seq")).toInteger());
        s.contentHash = str(p, "content_hash");
        const auto subject = index_.constFind(s.subject);
        s.valid = intact_[i] && subject != index_.constEnd() && intact_[subject.value()] &&
                  record_.events[subject.value()].rowHash == s.contentHash;
        ++out_.integrity.signatures;
        if (!s.valid)
            out_.integrity.invalidSignatures << s.entry;
        // Closing a deviation is QA's (or a supervisor's) decision on the record, not part
        // of its execution, whichever path wrote it: the engine's closure is signed
        // "Verified", review's "Approved"; neither makes the signer a participant.
        if (subject != index_.constEnd() &&
            record_.events[subject.value()].type != types::kDeviationClosed &&
            (s.meaning == QLatin1String("Performed") || s.meaning == QLatin1String("Verified")))
            out_.participants.insert(s.signerId);
        signatures_[s.subject].push_back(std::move(s));
    }
}

void Builder::layOutSteps() {
    if (!mbr_)
        return;
    const model::StepSequence sequence(*mbr_);
    for (const model::StepLocation& l : sequence.steps()) {
        const model::UnitProcedure& up = mbr_->unitProcedures[static_cast<size_t>(l.unitProcedure)];
        const model::Operation& op = up.operations[static_cast<size_t>(l.operation)];
        RecordStep s;
        s.id = l.step->id;
        s.title = l.step->title;
        s.kind = model::stepKindName(l.step->kind);
        s.unitProcedure = up.title;
        s.operation = op.title;
        if (l.branch >= 0)
            s.branch = op.branches[static_cast<size_t>(l.branch)].title;
        QStringList path{up.title, op.title};
        if (!s.branch.isEmpty())
            path << s.branch;
        path << QStringLiteral("%1 (%2)").arg(s.title, s.id);
        s.hierarchy = path.join(QStringLiteral(" \u203a "));
        s.order = l.order;
        s.state = QStringLiteral("pending");
        describeLimits(*l.step, weighTargets_.value(s.id), &s.target, &s.limits);
        stepIndex_.insert(s.id, static_cast<int>(out_.steps.size()));
        out_.steps.push_back(std::move(s));
    }
}

RecordStep& Builder::stepFor(const QString& id) {
    auto it = stepIndex_.constFind(id);
    if (it != stepIndex_.constEnd())
        return out_.steps[static_cast<size_t>(it.value())];
    // A step the MBR does not know (MBR unavailable): shown as recorded.
    RecordStep s;
    s.id = id;
    s.title = id;
    s.hierarchy = id;
    s.state = QStringLiteral("pending");
    s.order = static_cast<int>(out_.steps.size());
    stepIndex_.insert(id, static_cast<int>(out_.steps.size()));
    out_.steps.push_back(std::move(s));
    return out_.steps.back();
}

void Builder::applyCompletion(const record::EventRecord& e, const QJsonObject& p) {
    RecordStep& s = stepFor(str(p, "step_id"));
    if (s.kind.isEmpty())
        s.kind = str(p, "kind");
    RecordedValue v;
    v.entry = entryId(e);
    v.eventType = e.type;
    v.value = str(p, "value");
    v.unit = str(p, "unit");
    v.source = str(p, "source");
    v.userId = e.userId;
    v.userName = nameOf(e.userId);
    v.tsUtc = e.tsUtc;
    v.limitState = str(p, "limit_state");
    v.deviationId = str(p, "deviation_id");
    v.instrument = instrumentData(p);
    v.details = p.value(QLatin1String("details")).toObject();
    v.overrideId = str(p, "override_id");
    v.signatures = signaturesOn(v.entry);
    const bool awaiting = p.value(QLatin1String("awaiting_signature")).toBool();
    bool signedNow = !awaiting;
    for (const Signature& sig : v.signatures) signedNow = signedNow || sig.valid;
    s.state = signedNow ? QStringLiteral("completed") : QStringLiteral("awaiting_signature");
    for (RecordedValue& old : s.values) old.superseded = true;
    s.values.push_back(std::move(v));
}

void Builder::applyCorrection(const record::EventRecord& e, const QJsonObject& p) {
    RecordStep& s = stepFor(str(p, "step_id"));
    RecordedValue v;
    v.entry = entryId(e);
    v.eventType = e.type;
    v.value = str(p, "new_value");
    v.unit = s.values.empty() ? QString() : s.values.back().unit;
    v.source = QStringLiteral("manual");
    v.userId = e.userId;
    v.userName = nameOf(e.userId);
    v.tsUtc = e.tsUtc;
    v.reason = str(p, "reason");
    v.corrects =
        entryId(str(p, "corrects_station"), p.value(QLatin1String("corrects_seq")).toInteger());
    v.signatures = signaturesOn(v.entry);
    for (RecordedValue& old : s.values) old.superseded = true;
    s.values.push_back(std::move(v));
}

void Builder::applyDeviation(const record::EventRecord& e, const QJsonObject& p) {
    Deviation d;
    d.id = str(p, "deviation_id");
    d.entry = entryId(e);
    d.stepId = str(p, "step_id");
    d.category = str(p, "category");
    d.description = str(p, "description");
    d.immediateAction = str(p, "immediate_action");
    d.attemptedValue = str(p, "attempted_value");
    d.raisedBy = e.userId;
    d.raisedByName = nameOf(e.userId);
    d.raisedUtc = e.tsUtc;
    for (const Signature& s : signaturesOn(d.entry))
        if (s.meaning == QLatin1String("Verified"))
            d.continuation.push_back(s);
    out_.deviations.push_back(std::move(d));
}

void Builder::applyClosure(const record::EventRecord& e, const QJsonObject& p) {
    for (Deviation& d : out_.deviations) {
        if (d.id != str(p, "deviation_id") || d.closed())
            continue;
        DeviationClosure c;
        c.entry = entryId(e);
        c.rootCause = str(p, "root_cause");
        c.capa = str(p, "capa");
        c.comment = str(p, "comment");
        c.userId = e.userId;
        c.userName = nameOf(e.userId);
        c.tsUtc = e.tsUtc;
        c.signatures = signaturesOn(c.entry);
        d.closure = std::move(c);
        return;
    }
}

void Builder::applyDisposition(const record::EventRecord& e, const QJsonObject& p) {
    Disposition d;
    d.entry = entryId(e);
    d.decision = str(p, "decision");
    d.reason = str(p, "reason");
    d.userId = e.userId;
    d.userName = nameOf(e.userId);
    d.tsUtc = e.tsUtc;
    d.recordHash = str(p, "record_hash");
    for (const Signature& s : signaturesOn(d.entry))
        if (s.valid && s.meaning == dispositionMeaning(d.decision)) {
            d.signature = s;
            break;
        }
    out_.dispositions.push_back(std::move(d));
}

void Builder::apply(size_t i) {
    const record::EventRecord& e = record_.events[i];
    const QJsonObject& p = payloads_[i];
    const QString& t = e.type;
    if (t == et::kBatchStarted) {
        out_.batchId = str(p, "batch_id");
        out_.mbrId = str(p, "mbr_id");
        out_.mbrVersion = str(p, "mbr_version");
        out_.contentHash = str(p, "content_hash");
        out_.productCode = str(p, "product_code");
        out_.batchSize = str(p, "batch_size");
        out_.batchUnit = str(p, "batch_unit");
        out_.theoreticalYield = str(p, "theoretical_yield");
        out_.yieldUnit = str(p, "yield_unit");
        out_.startedBy = e.userId;
        out_.startedByName = nameOf(e.userId);
        out_.startedUtc = e.tsUtc;
        out_.status = QStringLiteral("running");
        out_.participants.insert(e.userId);
    } else if (t == et::kStepStarted) {
        RecordStep& s = stepFor(str(p, "step_id"));
        if (s.state == QLatin1String("pending"))
            s.state = QStringLiteral("started");
        out_.participants.insert(e.userId);
    } else if (t == et::kStepCompleted) {
        applyCompletion(e, p);
        out_.participants.insert(e.userId);
    } else if (t == et::kValueCorrected) {
        applyCorrection(e, p);
        out_.participants.insert(e.userId);
    } else if (t == et::kDeviationRaised) {
        applyDeviation(e, p);
        out_.participants.insert(e.userId);
    } else if (t == types::kDeviationClosed) {
        applyClosure(e, p);
    } else if (t == et::kBatchDispositioned) {
        applyDisposition(e, p);
    } else if (t == masterdata::types::kEquipmentOccupied) {
        out_.equipment.push_back(
            {str(p, "equipment_id"), str(p, "step_id"), entryId(e), e.tsUtc, e.userId, {}});
    } else if (t == masterdata::types::kEquipmentReleased) {
        for (EquipmentUse& u : out_.equipment)
            if (u.equipmentId == str(p, "equipment_id") && u.releasedUtc.isEmpty())
                u.releasedUtc = e.tsUtc;
    } else if (t == et::kBatchHeld) {
        out_.status = QStringLiteral("on_hold");
    } else if (t == et::kBatchResumed) {
        out_.status = QStringLiteral("running");
    } else if (t == et::kBatchFinished) {
        out_.status = QStringLiteral("finished");
        out_.finishedUtc = e.tsUtc;
    }
    if (p.contains(QLatin1String("exception_type")))
        exceptionEvents_.push_back(i);
}

void Builder::summarise() {
    QHash<QString, int> at;
    for (const RecordStep& s : out_.steps) {
        const QString kind = s.kind.isEmpty() ? QStringLiteral("unknown") : s.kind;
        if (!at.contains(kind)) {
            at.insert(kind, static_cast<int>(out_.summary.size()));
            out_.summary.push_back({kind});
        }
        KindSummary& k = out_.summary[static_cast<size_t>(at.value(kind))];
        ++k.steps;
        const bool completed = s.state == QLatin1String("completed");
        k.completed += completed ? 1 : 0;
        k.withExceptions += s.exceptions.empty() ? 0 : 1;
        bool intact = true;
        for (const RecordedValue& v : s.values) {
            ++k.values;
            intact = intact && intact_[index_.value(v.entry)];
            for (const Signature& sig : v.signatures) {
                k.signatures += sig.valid ? 1 : 0;
                intact = intact && sig.valid;
            }
        }
        k.verifiedCompliant += completed && intact && s.exceptions.empty() ? 1 : 0;
    }
}

BatchReview Builder::run() {
    out_.batchId = record_.batchId;
    decodeAndCheck();
    collectSignatures();
    // Weigh targets come with BatchStarted; the step layout needs them first.
    for (size_t i = 0; i < record_.events.size(); ++i) {
        if (record_.events[i].type != et::kBatchStarted)
            continue;
        for (const QJsonValue& v : payloads_[i].value(QLatin1String("weigh_targets")).toArray()) {
            const QJsonObject t = v.toObject();
            weighTargets_.insert(str(t, "step_id"),
                                 {str(t, "target"), str(t, "low"), str(t, "high")});
        }
        break;
    }
    if (mbr_) {
        out_.mbrTitle = mbr_->title;
        out_.productName = mbr_->productName;
    }
    layOutSteps();
    for (size_t i = 0; i < record_.events.size(); ++i) apply(i);

    const Disposition* final = out_.finalDecision();
    const auto finalAt = final ? index_.value(final->entry) : SIZE_MAX;
    ExceptionContext context(out_, record_.events, payloads_, index_, signatures_);
    for (size_t i : exceptionEvents_) {
        ReviewException x = context.describe(i, nameOf(record_.events[i].userId));
        x.afterFinalDecision = final && i > finalAt;
        if (RecordStep* s = x.stepId.isEmpty() ? nullptr : &stepFor(x.stepId))
            s->exceptions.push_back(x.id);
        out_.exceptions.push_back(std::move(x));
    }
    summarise();
    out_.recordHash = recordHash(record_.events);
    return std::move(out_);
}

}  // namespace

const RecordedValue* RecordStep::current() const {
    return values.empty() ? nullptr : &values.back();
}

bool DeviationClosure::signedValid() const {
    // QA's "Approved" (review's closure) or the supervisor's / QA's "Verified" (the
    // engine's): a closure counts once a valid signature of either binds it.
    for (const Signature& s : signatures)
        if (s.valid &&
            (s.meaning == QLatin1String("Approved") || s.meaning == QLatin1String("Verified")))
            return true;
    return false;
}

BatchReview BatchReview::build(const BatchRecord& record, const model::MasterBatchRecord* mbr,
                               const NameLookup& names) {
    return Builder(record, mbr, names).run();
}

std::vector<std::pair<const RecordStep*, const RecordedValue*>> BatchReview::simulatedReadings()
    const {
    std::vector<std::pair<const RecordStep*, const RecordedValue*>> out;
    for (const RecordStep& s : steps)
        if (const RecordedValue* v = s.current(); v && v->simulated())
            out.emplace_back(&s, v);
    return out;
}

const Disposition* BatchReview::finalDecision() const {
    for (auto it = dispositions.rbegin(); it != dispositions.rend(); ++it)
        if (it->signature && it->decision != QLatin1String("quarantine"))
            return &*it;
    return nullptr;
}

const Disposition* BatchReview::latestDecision() const {
    for (auto it = dispositions.rbegin(); it != dispositions.rend(); ++it)
        if (it->signature)
            return &*it;
    return nullptr;
}

int BatchReview::openExceptions() const {
    int n = 0;
    for (const ReviewException& x : exceptions) n += x.reviewed() ? 0 : 1;
    return n;
}

int BatchReview::openDeviations() const {
    int n = 0;
    for (const Deviation& d : deviations) n += d.closed() ? 0 : 1;
    return n;
}

const ReviewException* BatchReview::exception(const QString& id) const {
    for (const ReviewException& x : exceptions)
        if (x.id == id || x.eventId == id)
            return &x;
    return nullptr;
}

const Deviation* BatchReview::deviation(const QString& id) const {
    for (const Deviation& d : deviations)
        if (d.id == id)
            return &d;
    return nullptr;
}

const RecordStep* BatchReview::step(const QString& id) const {
    for (const RecordStep& s : steps)
        if (s.id == id)
            return &s;
    return nullptr;
}

QString exceptionTypeTitle(const QString& type) {
    static const std::pair<const char*, const char*> kTitles[] = {
        {"out_of_limits", QT_TRANSLATE_NOOP("Review", "Out of limits")},
        {"deviation", QT_TRANSLATE_NOOP("Review", "Deviation")},
        {"correction",
         QT_TRANSLATE_NOOP("Review", "Correction (entry changed after original entry)")},
        {"manual_entry_where_instrument_expected",
         QT_TRANSLATE_NOOP("Review", "Manual entry where an instrument was expected")},
        {"late_entry", QT_TRANSLATE_NOOP("Review", "Late entry")},
        {"hold_overrun", QT_TRANSLATE_NOOP("Review", "Hold overrun")},
        {"override", QT_TRANSLATE_NOOP("Review", "Override")},
        {"refused_action", QT_TRANSLATE_NOOP("Review", "Refused action")},
        {"clock_went_backwards", QT_TRANSLATE_NOOP("Review", "Clock went backwards")},
        {"mva_alarm", QT_TRANSLATE_NOOP("Review", "MVA alarm")},
        {"mva_alarm_shelved", QT_TRANSLATE_NOOP("Review", "MVA alarm shelved")},
        {"oos", QT_TRANSLATE_NOOP("Review", "Out of specification (OOS)")},
    };
    for (const auto& [name, title] : kTitles)
        if (type == QLatin1String(name))
            return tr(title);
    return type;
}

}  // namespace batch::review
