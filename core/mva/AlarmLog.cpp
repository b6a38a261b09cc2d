#include "mva/AlarmLog.h"

#include "log/Logging.h"
#include "mva/BatchEvents.h"

#include <QCoreApplication>
#include <QJsonObject>

#include <spdlog/spdlog.h>

#include <map>

namespace batch::mva {
namespace {

using Kind = AlarmLogError::Kind;

QString key(const char* n) {
    return QString::fromLatin1(n);
}

QString tr(const char* text) {
    return QCoreApplication::translate("batch::mva::AlarmLog", text);
}

auto log() {
    static auto l = logging::logger("batch.core.mva");
    return l;
}

void addAnchor(QJsonObject& payload, const ObservationAnchor* anchor) {
    if (!anchor)
        return;
    payload.insert(key("observations"), static_cast<qint64>(anchor->observations));
    payload.insert(key("observations_digest"), anchor->digest);
}

}  // namespace

QString alarmStateName(AlarmState s) {
    switch (s) {
        case AlarmState::ActiveUnacknowledged:
            return QStringLiteral("active_unacknowledged");
        case AlarmState::ActiveAcknowledged:
            return QStringLiteral("active_acknowledged");
        case AlarmState::ClearedUnacknowledged:
            return QStringLiteral("cleared_unacknowledged");
        case AlarmState::Closed:
            return QStringLiteral("closed");
    }
    return {};
}

record::EventRecord AlarmLog::raise(record::RecordTransaction& txn, const QString& batchId,
                                    const AlarmModelRef& model, const AlarmChange& change,
                                    const ObservationAnchor* anchor) {
    QJsonArray contributors;
    for (const Contributor& c : change.contributors)
        contributors.append(
            QJsonObject{{key("variable"), QString::fromStdString(c.variable)},
                        {key("direction"), c.high ? QStringLiteral("high") : QStringLiteral("low")},
                        {key("contribution"), QString::number(c.contribution, 'g', 6)}});
    QJsonObject payload{{key("batch_id"), batchId},
                        {key("exception_type"), kMvaAlarmExceptionType},
                        {key("condition"), change.condition.key()},
                        {key("priority"), QStringLiteral("high")},
                        {key("message"), change.message},
                        {key("maturity"), QString::number(change.maturity, 'g', 10)},
                        {key("value"), QString::number(change.value, 'g', 10)},
                        {key("limit"), QString::number(change.limit, 'g', 10)},
                        {key("contributors"), contributors},
                        {key("model_id"), model.modelId},
                        {key("model_version"), model.version},
                        {key("model_content_hash"), model.contentHash}};
    addAnchor(payload, anchor);
    // Raised while its condition is shelved: recorded as always, but it does not annunciate.
    const std::int64_t now = journal_.nowMs();
    for (const AlarmShelf& s : shelves(batchId))
        if (s.condition == change.condition.key() && s.activeAt(now))
            payload.insert(key("shelved_by_seq"), static_cast<qint64>(s.seq));
    const record::EventRecord e = appendForBatch(
        journal_, txn, batchId, {types::kMvaAlarmRaised, QStringLiteral("system"), payload});
    log()->warn("MVA alarm {} batch {}: {}", e.seq, batchId.toStdString(),
                change.message.toStdString());
    return e;
}

MvaAlarm AlarmLog::raise(const QString& batchId, const AlarmModelRef& model,
                         const AlarmChange& change) {
    record::RecordTransaction txn(journal_);
    const record::EventRecord e = raise(txn, batchId, model, change);
    txn.commit();
    return *alarm(e.stationId, e.seq);
}

record::EventRecord AlarmLog::clear(record::RecordTransaction& txn, const QString& batchId,
                                    std::int64_t alarmSeq, const AlarmChange& change,
                                    const ObservationAnchor* anchor) {
    const auto a = alarm(journal_.stationId(), alarmSeq);
    if (!a)
        throw AlarmLogError(Kind::NotFound, tr("There is no MVA alarm %1.").arg(alarmSeq));
    if (!a->active())
        throw AlarmLogError(Kind::WrongState, tr("MVA alarm %1 is already cleared.").arg(alarmSeq));
    QJsonObject payload{{key("batch_id"), batchId},
                        {key("alarm_station"), a->stationId},
                        {key("alarm_seq"), static_cast<qint64>(alarmSeq)},
                        {key("condition"), a->condition},
                        {key("maturity"), QString::number(change.maturity, 'g', 10)},
                        {key("message"), change.message}};
    addAnchor(payload, anchor);
    return appendForBatch(journal_, txn, batchId,
                          {types::kMvaAlarmCleared, QStringLiteral("system"), payload});
}

MvaAlarm AlarmLog::clear(const QString& batchId, std::int64_t alarmSeq, const AlarmChange& change) {
    record::RecordTransaction txn(journal_);
    clear(txn, batchId, alarmSeq, change);
    txn.commit();
    return *alarm(journal_.stationId(), alarmSeq);
}

MvaAlarm AlarmLog::acknowledge(const security::User& user, const QString& stationId,
                               std::int64_t alarmSeq, const QString& comment) {
    if (user.disabled || !user.has(security::Permission::WatchDashboards))
        throw AlarmLogError(Kind::NotAuthorized,
                            tr("%1 may not acknowledge MVA alarms.").arg(user.id));
    record::RecordTransaction txn(journal_);
    const auto a = alarm(stationId, alarmSeq);
    if (!a)
        throw AlarmLogError(Kind::NotFound, tr("There is no MVA alarm %1.").arg(alarmSeq));
    if (a->state == AlarmState::ActiveAcknowledged || a->state == AlarmState::Closed)
        throw AlarmLogError(Kind::WrongState,
                            tr("MVA alarm %1 was already acknowledged by %2 at %3.")
                                .arg(alarmSeq)
                                .arg(a->acknowledgedBy, a->acknowledgedUtc));
    QJsonObject payload{{key("batch_id"), a->batchId},
                        {key("alarm_station"), a->stationId},
                        {key("alarm_seq"), static_cast<qint64>(alarmSeq)},
                        {key("condition"), a->condition},
                        {key("old_state"), alarmStateName(a->state)}};
    if (!comment.trimmed().isEmpty())
        payload.insert(key("comment"), comment.trimmed());
    appendForBatch(journal_, txn, a->batchId, {types::kMvaAlarmAcknowledged, user.id, payload});
    txn.commit();
    return *alarm(stationId, alarmSeq);
}

std::vector<MvaAlarm> AlarmLog::alarms(const QString& batchId) const {
    std::vector<MvaAlarm> out;
    std::map<std::pair<QString, std::int64_t>, size_t> index;
    for (const record::EventRecord& e : journal_.events(eventsOfType(types::kMvaAlarmRaised))) {
        const QJsonObject p = e.payloadObject();
        if (!batchId.isEmpty() && p.value(key("batch_id")).toString() != batchId)
            continue;
        MvaAlarm a;
        a.batchId = p.value(key("batch_id")).toString();
        a.stationId = e.stationId;
        a.seq = e.seq;
        a.condition = p.value(key("condition")).toString();
        a.priority = p.value(key("priority")).toString();
        a.message = p.value(key("message")).toString();
        a.contributors = p.value(key("contributors")).toArray();
        a.maturity = p.value(key("maturity")).toString().toDouble();
        a.raisedUtc = e.tsUtc;
        index[{e.stationId, e.seq}] = out.size();
        out.push_back(std::move(a));
    }
    // Acknowledgements and clearances refer to the raising event by station and seq.
    for (const QString& type : {types::kMvaAlarmAcknowledged, types::kMvaAlarmCleared}) {
        for (const record::EventRecord& e : journal_.events(eventsOfType(type))) {
            const QJsonObject p = e.payloadObject();
            const auto it = index.find(
                {p.value(key("alarm_station")).toString(), p.value(key("alarm_seq")).toInteger()});
            if (it == index.end())
                continue;
            MvaAlarm& a = out[it->second];
            if (type == types::kMvaAlarmAcknowledged) {
                a.acknowledgedBy = e.userId;
                a.acknowledgedUtc = e.tsUtc;
                a.acknowledgeComment = p.value(key("comment")).toString();
            } else {
                a.clearedUtc = e.tsUtc;
            }
        }
    }
    const std::vector<AlarmShelf> shelving = shelves(batchId);
    const std::int64_t now = journal_.nowMs();
    for (MvaAlarm& a : out) {
        const bool acked = !a.acknowledgedBy.isEmpty();
        const bool cleared = !a.clearedUtc.isEmpty();
        a.state = cleared
                      ? (acked ? AlarmState::Closed : AlarmState::ClearedUnacknowledged)
                      : (acked ? AlarmState::ActiveAcknowledged : AlarmState::ActiveUnacknowledged);
        if (a.state == AlarmState::Closed)
            continue;
        for (const AlarmShelf& s : shelving)
            if (s.batchId == a.batchId && s.condition == a.condition && s.activeAt(now)) {
                a.shelved = true;
                a.shelfSeq = s.seq;
                a.shelvedBy = s.shelvedBy;
                a.shelvedUntilUtc = s.untilUtc;
                a.shelveReason = s.reason;
            }
    }
    return out;
}

std::optional<MvaAlarm> AlarmLog::alarm(const QString& stationId, std::int64_t seq) const {
    for (MvaAlarm& a : alarms())
        if (a.stationId == stationId && a.seq == seq)
            return a;
    return std::nullopt;
}

}  // namespace batch::mva
