#pragma once

#include "mva/AlarmDetector.h"
#include "record/Journal.h"
#include "security/Users.h"

#include <QJsonArray>
#include <QString>

#include <optional>
#include <stdexcept>
#include <vector>

namespace batch::mva {

namespace types {
// MvaAlarmRaised carries exception_type "mva_alarm" so that review by exception lists it.
inline const QString kMvaAlarmRaised = QStringLiteral("MvaAlarmRaised");
inline const QString kMvaAlarmAcknowledged = QStringLiteral("MvaAlarmAcknowledged");
inline const QString kMvaAlarmCleared = QStringLiteral("MvaAlarmCleared");
// Shelving (ISA-18.2): MvaAlarmShelved carries exception_type "mva_alarm_shelved", so that
// the review of the batch lists every suppression with who, why and for how long.
inline const QString kMvaAlarmShelved = QStringLiteral("MvaAlarmShelved");
inline const QString kMvaAlarmUnshelved = QStringLiteral("MvaAlarmUnshelved");
}  // namespace types
inline const QString kMvaAlarmExceptionType = QStringLiteral("mva_alarm");
inline const QString kMvaAlarmShelvedExceptionType = QStringLiteral("mva_alarm_shelved");

// ISA-18.2 alarm states (docs/mva.md §19). An alarm is raised ActiveUnacknowledged; an
// acknowledgement (user and time recorded) makes it ActiveAcknowledged; when the statistic
// returns inside its limit it is cleared: Closed if it was acknowledged, else
// ClearedUnacknowledged until someone acknowledges it.
enum class AlarmState { ActiveUnacknowledged, ActiveAcknowledged, ClearedUnacknowledged, Closed };
QString alarmStateName(AlarmState s);  // "active_unacknowledged", ...

// Which model raised an alarm.
struct AlarmModelRef {
    QString modelId;
    int version = 0;
    QString contentHash;
};

// Where the stored observations stood when an alarm changed (docs/mva.md §21): the count
// and the chain digest after the observation that caused it.
struct ObservationAnchor {
    QString modelId;
    std::int64_t observations = 0;
    QString digest;
};

struct MvaAlarm {
    QString batchId;
    QString stationId;
    std::int64_t seq = 0;  // of the MvaAlarmRaised event: the alarm's identity
    QString condition;     // AlarmCondition::key()
    QString priority;      // "high"
    QString message;
    QJsonArray contributors;  // [{variable, direction, contribution}]
    double maturity = 0;
    QString raisedUtc;
    AlarmState state = AlarmState::ActiveUnacknowledged;
    QString acknowledgedBy, acknowledgedUtc, acknowledgeComment;
    QString clearedUtc;
    // Shelved (ISA-18.2): the alarm's condition is suppressed for this batch until
    // shelvedUntilUtc or an unshelve; a shelved alarm does not annunciate.
    bool shelved = false;
    std::int64_t shelfSeq = 0;
    QString shelvedBy, shelvedUntilUtc, shelveReason;
    bool active() const {
        return state == AlarmState::ActiveUnacknowledged || state == AlarmState::ActiveAcknowledged;
    }
    // Whether the alarm calls for attention now: active or unacknowledged, and not shelved.
    bool annunciating() const { return state != AlarmState::Closed && !shelved; }
};

// One shelving of an alarm condition of a batch (MvaAlarmShelved), with how it ended.
struct AlarmShelf {
    QString batchId;
    QString condition;
    QString stationId;
    std::int64_t seq = 0;  // of MvaAlarmShelved
    std::int64_t alarmSeq = 0;
    QString alarmMessage;
    QString shelvedBy, shelvedUtc, untilUtc, reason;
    int minutes = 0;
    std::int64_t untilMs = 0;
    // Ended: unshelved by a user (endedBy = the user) or expired (endedBy = "system").
    QString endedBy, endedUtc, endReason;
    bool expiredRecorded = false;
    bool activeAt(std::int64_t nowMs) const { return endedUtc.isEmpty() && nowMs < untilMs; }
};

// Who may shelve and for how long (DESIGN.md §7a: only with a reason and a time limit).
struct ShelvingPolicy {
    int maxMinutes = 480;  // a shift
    int maxReasonLength = 500;
};

class AlarmLogError : public std::runtime_error {
public:
    enum class Kind { NotAuthorized, NotFound, WrongState, Invalid };
    AlarmLogError(Kind kind, const QString& message)
        : std::runtime_error(message.toStdString()), kind_(kind), message_(message) {}
    Kind kind() const { return kind_; }
    const QString& message() const { return message_; }

private:
    Kind kind_;
    QString message_;
};

// Records MVA alarms as events, each in its own RecordTransaction (indexed under the batch
// when the batch exists in this store), and rebuilds their states from those events.
class AlarmLog {
public:
    explicit AlarmLog(record::Journal& journal, ShelvingPolicy policy = {})
        : journal_(journal), policy_(policy) {}

    // Each in its own RecordTransaction, or in the caller's (the online monitor writes an
    // observation and the alarm changes it caused together). `anchor` (optional) is
    // recorded in the event: the observations the decision was made on.
    MvaAlarm raise(const QString& batchId, const AlarmModelRef& model, const AlarmChange& change);
    MvaAlarm clear(const QString& batchId, std::int64_t alarmSeq, const AlarmChange& change);
    record::EventRecord raise(record::RecordTransaction& txn, const QString& batchId,
                              const AlarmModelRef& model, const AlarmChange& change,
                              const ObservationAnchor* anchor = nullptr);
    record::EventRecord clear(record::RecordTransaction& txn, const QString& batchId,
                              std::int64_t alarmSeq, const AlarmChange& change,
                              const ObservationAnchor* anchor = nullptr);
    // Needs WatchDashboards (supervisor, QA, administrator); an alarm is acknowledged once.
    MvaAlarm acknowledge(const security::User& user, const QString& stationId,
                         std::int64_t alarmSeq, const QString& comment = {});

    // Shelving (ISA-18.2, docs/mva.md §19): needs HandleDeviations (supervisor, QA), a
    // reason and a time limit of 1 to policy.maxMinutes minutes. Shelves the alarm's
    // condition for its batch: while shelved, the alarm and any new alarm of the same
    // condition are recorded as usual but do not annunciate. Refused for a closed alarm
    // and for a condition that is already shelved.
    AlarmShelf shelve(const security::User& user, const QString& stationId, std::int64_t alarmSeq,
                      const QString& reason, int minutes);
    // Ends the shelving of the alarm's condition before its time limit.
    AlarmShelf unshelve(const security::User& user, const QString& stationId, std::int64_t alarmSeq,
                        const QString& reason = {});
    // Records MvaAlarmUnshelved (cause "expired", user system) for every shelving whose
    // time limit has passed (its effect ends at the limit whether or not this runs).
    int recordExpiredShelves();

    // Every alarm (of one batch, if given), oldest first, with its current state.
    std::vector<MvaAlarm> alarms(const QString& batchId = {}) const;
    std::optional<MvaAlarm> alarm(const QString& stationId, std::int64_t seq) const;
    // Every shelving (of one batch, if given), oldest first.
    std::vector<AlarmShelf> shelves(const QString& batchId = {}) const;
    const ShelvingPolicy& policy() const { return policy_; }

private:
    record::Journal& journal_;
    ShelvingPolicy policy_;
};

}  // namespace batch::mva
