// Shelving of MVA alarms (ISA-18.2, DESIGN.md §7a, docs/mva.md §19): a deliberate,
// time-limited suppression of one alarm condition of a batch, with a reason, by a person
// allowed to handle abnormal situations; every shelving, unshelving and expiry is an event.
#include "mva/AlarmLog.h"

#include "log/Logging.h"
#include "mva/BatchEvents.h"

#include <QCoreApplication>
#include <QDateTime>
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

std::int64_t utcMs(const QString& utc) {
    return QDateTime::fromString(utc, Qt::ISODateWithMs).toMSecsSinceEpoch();
}

// The active shelving of an alarm's condition, if any.
std::optional<AlarmShelf> activeShelf(const std::vector<AlarmShelf>& shelves, const MvaAlarm& a,
                                      std::int64_t now) {
    for (const AlarmShelf& s : shelves)
        if (s.batchId == a.batchId && s.condition == a.condition && s.activeAt(now))
            return s;
    return std::nullopt;
}

}  // namespace

AlarmShelf AlarmLog::shelve(const security::User& user, const QString& stationId,
                            std::int64_t alarmSeq, const QString& reason, int minutes) {
    if (user.disabled || !user.has(security::Permission::HandleDeviations))
        throw AlarmLogError(
            Kind::NotAuthorized,
            tr("%1 may not shelve MVA alarms (a supervisor or QA may).").arg(user.id));
    const QString why = reason.trimmed();
    if (why.isEmpty())
        throw AlarmLogError(Kind::Invalid, tr("Shelving an alarm needs a reason."));
    if (why.size() > policy_.maxReasonLength)
        throw AlarmLogError(
            Kind::Invalid,
            tr("The reason is longer than %1 characters.").arg(policy_.maxReasonLength));
    if (minutes < 1 || minutes > policy_.maxMinutes)
        throw AlarmLogError(Kind::Invalid,
                            tr("Shelving needs a time limit of 1 to %1 minutes, not %2.")
                                .arg(policy_.maxMinutes)
                                .arg(minutes));
    record::RecordTransaction txn(journal_);
    const auto a = alarm(stationId, alarmSeq);
    if (!a)
        throw AlarmLogError(Kind::NotFound, tr("There is no MVA alarm %1.").arg(alarmSeq));
    if (a->state == AlarmState::Closed)
        throw AlarmLogError(
            Kind::WrongState,
            tr("MVA alarm %1 is cleared and acknowledged: nothing to shelve.").arg(alarmSeq));
    const std::int64_t now = txn.nowMs();
    if (const auto s = activeShelf(shelves(a->batchId), *a, now))
        throw AlarmLogError(Kind::WrongState, tr("MVA alarm %1 is already shelved by %2 until %3.")
                                                  .arg(alarmSeq)
                                                  .arg(s->shelvedBy, s->untilUtc));
    const QString until = record::formatUtcMillis(now + std::int64_t{minutes} * 60000);
    const record::EventRecord e =
        appendForBatch(journal_, txn, a->batchId,
                       {types::kMvaAlarmShelved,
                        user.id,
                        {{key("batch_id"), a->batchId},
                         {key("exception_type"), kMvaAlarmShelvedExceptionType},
                         {key("alarm_station"), a->stationId},
                         {key("alarm_seq"), static_cast<qint64>(alarmSeq)},
                         {key("condition"), a->condition},
                         {key("old_state"), alarmStateName(a->state)},
                         {key("reason"), why},
                         {key("minutes"), minutes},
                         {key("shelved_until"), until},
                         {key("message"), a->message}}});
    txn.commit();
    log()->warn("MVA alarm {} (batch {}, {}) shelved by {} until {}: {}", alarmSeq,
                a->batchId.toStdString(), a->condition.toStdString(), user.id.toStdString(),
                until.toStdString(), why.toStdString());
    for (const AlarmShelf& s : shelves(a->batchId))
        if (s.stationId == e.stationId && s.seq == e.seq)
            return s;
    throw AlarmLogError(Kind::NotFound, tr("The shelving just recorded cannot be read back."));
}

AlarmShelf AlarmLog::unshelve(const security::User& user, const QString& stationId,
                              std::int64_t alarmSeq, const QString& reason) {
    if (user.disabled || !user.has(security::Permission::HandleDeviations))
        throw AlarmLogError(
            Kind::NotAuthorized,
            tr("%1 may not unshelve MVA alarms (a supervisor or QA may).").arg(user.id));
    record::RecordTransaction txn(journal_);
    const auto a = alarm(stationId, alarmSeq);
    if (!a)
        throw AlarmLogError(Kind::NotFound, tr("There is no MVA alarm %1.").arg(alarmSeq));
    const auto s = activeShelf(shelves(a->batchId), *a, txn.nowMs());
    if (!s)
        throw AlarmLogError(Kind::WrongState, tr("MVA alarm %1 is not shelved.").arg(alarmSeq));
    QJsonObject payload{{key("batch_id"), a->batchId},
                        {key("shelf_station"), s->stationId},
                        {key("shelf_seq"), static_cast<qint64>(s->seq)},
                        {key("alarm_seq"), static_cast<qint64>(alarmSeq)},
                        {key("condition"), a->condition},
                        {key("cause"), QStringLiteral("unshelved")}};
    if (!reason.trimmed().isEmpty())
        payload.insert(key("reason"), reason.trimmed().left(policy_.maxReasonLength));
    appendForBatch(journal_, txn, a->batchId, {types::kMvaAlarmUnshelved, user.id, payload});
    txn.commit();
    for (const AlarmShelf& x : shelves(a->batchId))
        if (x.stationId == s->stationId && x.seq == s->seq)
            return x;
    throw AlarmLogError(Kind::NotFound, tr("The shelving cannot be read back."));
}

int AlarmLog::recordExpiredShelves() {
    const std::int64_t now = journal_.nowMs();
    std::vector<AlarmShelf> due;
    for (const AlarmShelf& s : shelves())
        if (s.endedUtc.isEmpty() && now >= s.untilMs)
            due.push_back(s);
    if (due.empty())
        return 0;
    record::RecordTransaction txn(journal_);
    for (const AlarmShelf& s : due)
        appendForBatch(journal_, txn, s.batchId,
                       {types::kMvaAlarmUnshelved,
                        QStringLiteral("system"),
                        {{key("batch_id"), s.batchId},
                         {key("shelf_station"), s.stationId},
                         {key("shelf_seq"), static_cast<qint64>(s.seq)},
                         {key("alarm_seq"), static_cast<qint64>(s.alarmSeq)},
                         {key("condition"), s.condition},
                         {key("cause"), QStringLiteral("expired")},
                         {key("shelved_until"), s.untilUtc}}});
    txn.commit();
    log()->info("{} MVA alarm shelving(s) expired", due.size());
    return static_cast<int>(due.size());
}

std::vector<AlarmShelf> AlarmLog::shelves(const QString& batchId) const {
    std::vector<AlarmShelf> out;
    std::map<std::pair<QString, std::int64_t>, size_t> index;
    for (const record::EventRecord& e : journal_.events(eventsOfType(types::kMvaAlarmShelved))) {
        const QJsonObject p = e.payloadObject();
        if (!batchId.isEmpty() && p.value(key("batch_id")).toString() != batchId)
            continue;
        AlarmShelf s;
        s.batchId = p.value(key("batch_id")).toString();
        s.condition = p.value(key("condition")).toString();
        s.stationId = e.stationId;
        s.seq = e.seq;
        s.alarmSeq = p.value(key("alarm_seq")).toInteger();
        s.alarmMessage = p.value(key("message")).toString();
        s.shelvedBy = e.userId;
        s.shelvedUtc = e.tsUtc;
        s.untilUtc = p.value(key("shelved_until")).toString();
        s.untilMs = utcMs(s.untilUtc);
        s.minutes = p.value(key("minutes")).toInt();
        s.reason = p.value(key("reason")).toString();
        index[{e.stationId, e.seq}] = out.size();
        out.push_back(std::move(s));
    }
    for (const record::EventRecord& e : journal_.events(eventsOfType(types::kMvaAlarmUnshelved))) {
        const QJsonObject p = e.payloadObject();
        const auto it = index.find(
            {p.value(key("shelf_station")).toString(), p.value(key("shelf_seq")).toInteger()});
        if (it == index.end())
            continue;
        AlarmShelf& s = out[it->second];
        if (!s.endedUtc.isEmpty())
            continue;  // the first end counts
        const bool expired = p.value(key("cause")).toString() == QLatin1String("expired");
        s.endedBy = e.userId;
        // An expiry took effect at the time limit, whenever it was noticed and recorded.
        s.endedUtc = expired ? s.untilUtc : e.tsUtc;
        s.endReason = expired ? QStringLiteral("expired") : p.value(key("reason")).toString();
        s.expiredRecorded = expired;
        if (!expired)
            s.untilMs = std::min(s.untilMs, utcMs(e.tsUtc));
    }
    return out;
}

}  // namespace batch::mva
