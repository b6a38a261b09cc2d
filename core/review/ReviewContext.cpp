#include "review/ReviewContext.h"

#include "exec/ExecTypes.h"
#include "record/Event.h"

#include <QCoreApplication>

namespace batch::review {
namespace {

QString tr(const char* text) {
    // lupdate files a tr() here under the enclosing class or namespace: look there first
    // (the old single context alone never found the translations).
    for (const char* context : {"batch::review::ExceptionContext", "batch::review", "Review"}) {
        const QString t = QCoreApplication::translate(context, text);
        if (t != QLatin1String(text))
            return t;
    }
    return QString::fromUtf8(text);
}

QString str(const QJsonObject& p, const char* key) {
    return p.value(QLatin1String(key)).toString();
}

QString number(double v) {
    return QString::number(v, 'g', 12);
}

// Keys of a completion that describe the step and its value, not the reading.
bool isValueKey(const QString& key) {
    static const QStringList kValueKeys{QStringLiteral("batch_id"),
                                        QStringLiteral("step_id"),
                                        QStringLiteral("kind"),
                                        QStringLiteral("value"),
                                        QStringLiteral("unit"),
                                        QStringLiteral("source"),
                                        QStringLiteral("limit_state"),
                                        QStringLiteral("deviation_id"),
                                        QStringLiteral("awaiting_signature"),
                                        QStringLiteral("exception_type"),
                                        QStringLiteral("message"),
                                        QStringLiteral("level"),
                                        QStringLiteral("old_value"),
                                        QStringLiteral("new_value"),
                                        QStringLiteral("reason"),
                                        QStringLiteral("corrects_station"),
                                        QStringLiteral("corrects_seq"),
                                        QStringLiteral("attempted_value"),
                                        QStringLiteral("details"),
                                        QStringLiteral("override_id")};
    return kValueKeys.contains(key);
}

}  // namespace

QJsonObject instrumentData(const QJsonObject& payload) {
    QJsonObject out;
    if (!payload.contains(QLatin1String("instrument_id")) &&
        !payload.contains(QLatin1String("raw_frame")))
        return out;
    for (auto it = payload.constBegin(); it != payload.constEnd(); ++it)
        if (!isValueKey(it.key()))
            out.insert(it.key(), it.value());
    return out;
}

void describeLimits(const model::Step& step, const QStringList& weighTarget, QString* target,
                    QString* limits) {
    if (step.kind == model::StepKind::Weigh) {
        if (weighTarget.size() == 3) {
            *target = weighTarget[0];
            *limits = tr("low %1, high %2").arg(weighTarget[1], weighTarget[2]);
        }
        return;
    }
    if (step.kind == model::StepKind::Timer) {
        *limits = tr("min %1 s, max %2 s").arg(step.minSeconds).arg(step.maxSeconds);
        return;
    }
    if (step.target)
        *target = number(*step.target);
    QStringList parts;
    const model::Limits& l = step.limits;
    if (l.low)
        parts << tr("low %1").arg(number(*l.low));
    if (l.high)
        parts << tr("high %1").arg(number(*l.high));
    if (l.alertLow)
        parts << tr("alert low %1").arg(number(*l.alertLow));
    if (l.alertHigh)
        parts << tr("alert high %1").arg(number(*l.alertHigh));
    *limits = parts.join(QStringLiteral(", "));
}

QString dispositionMeaning(const QString& decision) {
    if (decision == QLatin1String("release"))
        return QStringLiteral("Released");
    if (decision == QLatin1String("reject"))
        return QStringLiteral("Rejected");
    if (decision == QLatin1String("quarantine"))
        return QStringLiteral("Quarantined");
    return {};
}

const RecordedValue* ExceptionContext::valueAt(const RecordStep& step, size_t i) const {
    const RecordedValue* at = nullptr;
    for (const RecordedValue& v : step.values)
        if (index_.value(v.entry) <= i)
            at = &v;
    return at;
}

QString ExceptionContext::linkedDeviation(const ReviewException& x,
                                          const RecordedValue* value) const {
    if (const QString id = str(x.payload, "deviation_id"); !id.isEmpty())
        return id;
    if (value && !value->deviationId.isEmpty())
        return value->deviationId;
    // An excursion is often recorded before the deviation that explains it (the refused
    // completion comes first): the deviation on the same step is the one that belongs.
    QString id;
    if (!x.stepId.isEmpty())
        for (const Deviation& d : review_.deviations)
            if (d.stepId == x.stepId)
                id = d.id;
    return id;
}

std::vector<Comment> ExceptionContext::commentsFor(const ReviewException& x) const {
    std::vector<Comment> out;
    for (const char* key : {"reason", "comment"})
        if (const QString text = str(x.payload, key); !text.isEmpty())
            out.push_back({x.userId, x.tsUtc, text});
    for (const Signature& s : signatures_.value(x.id))
        if (s.meaning != QLatin1String("Reviewed") && !s.comment.isEmpty())
            out.push_back({s.signerId, s.tsUtc, s.comment});
    if (const Deviation* d = review_.deviation(x.deviationId))
        for (const Signature& s : d->continuation)
            if (!s.comment.isEmpty())
                out.push_back({s.signerId, s.tsUtc, s.comment});
    // Free comments recorded against the exception or its step.
    for (size_t i = 0; i < events_.size(); ++i) {
        if (events_[i].type != record::types::kCommentAdded)
            continue;
        const QJsonObject& p = payloads_[i];
        const QString subject =
            entryId(str(p, "subject_station"), p.value(QLatin1String("subject_seq")).toInteger());
        if (subject == x.id || (!x.stepId.isEmpty() && str(p, "step_id") == x.stepId))
            out.push_back({events_[i].userId, events_[i].tsUtc,
                           str(p, "text").isEmpty() ? str(p, "comment") : str(p, "text")});
    }
    return out;
}

ReviewException ExceptionContext::describe(size_t i, const QString& userName) const {
    const record::EventRecord& e = events_[i];
    const QJsonObject& p = payloads_[i];
    ReviewException x;
    x.id = entryId(e);
    x.eventId = e.eventId;
    x.eventType = e.type;
    x.type = str(p, "exception_type");
    x.typeTitle = exceptionTypeTitle(x.type);
    x.message = str(p, "message");
    x.stepId = str(p, "step_id");
    x.userId = e.userId;
    x.userName = userName;
    x.tsUtc = e.tsUtc;
    x.contentHash = e.rowHash;
    x.payload = p;
    x.level = str(p, "level");
    if (e.type == exec::types::kValueCorrected) {
        x.oldValue = str(p, "old_value");
        x.newValue = str(p, "new_value");
        x.reason = str(p, "reason");
        x.changedAfterEntry = true;
    }
    const RecordStep* step = x.stepId.isEmpty() ? nullptr : review_.step(x.stepId);
    const RecordedValue* value = step ? valueAt(*step, i) : nullptr;
    if (step) {
        x.stepTitle = step->title;
        x.stepKind = step->kind;
        x.hierarchy = step->hierarchy;
        x.limits = step->limits;
        if (!step->target.isEmpty())
            x.limits = tr("target %1").arg(step->target) +
                       (step->limits.isEmpty() ? QString() : QStringLiteral("; ") + step->limits);
    }
    for (const char* key : {"value", "new_value", "attempted_value"})
        if (x.value.isEmpty())
            x.value = str(p, key);
    if (x.value.isEmpty() && value)
        x.value = value->value;
    // Exceptions of other modules carry their own threshold (an MVA alarm's "limit").
    if (x.limits.isEmpty() && p.contains(QLatin1String("limit")))
        x.limits = tr("limit %1").arg(str(p, "limit"));
    x.unit = str(p, "unit");
    if (x.unit.isEmpty() && value)
        x.unit = value->unit;
    x.instrument = value ? value->instrument : instrumentData(p);
    x.deviationId = linkedDeviation(x, value);
    x.comments = commentsFor(x);
    for (const Signature& s : signatures_.value(x.id))
        if (s.valid && s.meaning == QLatin1String("Reviewed")) {
            x.review = s;
            break;
        }
    return x;
}

}  // namespace batch::review
