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
}  // namespace types
inline const QString kMvaAlarmExceptionType = QStringLiteral("mva_alarm");

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
    bool active() const {
        return state == AlarmState::ActiveUnacknowledged || state == AlarmState::ActiveAcknowledged;
    }
};

class AlarmLogError : public std::runtime_error {
public:
    enum class Kind { NotAuthorized, NotFound, WrongState };
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
    explicit AlarmLog(record::Journal& journal) : journal_(journal) {}

    MvaAlarm raise(const QString& batchId, const AlarmModelRef& model, const AlarmChange& change);
    MvaAlarm clear(const QString& batchId, std::int64_t alarmSeq, const AlarmChange& change);
    // Needs WatchDashboards (supervisor, QA); an alarm is acknowledged once.
    MvaAlarm acknowledge(const security::User& user, const QString& stationId,
                         std::int64_t alarmSeq, const QString& comment = {});

    // Every alarm (of one batch, if given), oldest first, with its current state.
    std::vector<MvaAlarm> alarms(const QString& batchId = {}) const;
    std::optional<MvaAlarm> alarm(const QString& stationId, std::int64_t seq) const;

private:
    record::EventRecord append(record::RecordTransaction& txn, const QString& batchId,
                               const record::NewEvent& e);
    record::Journal& journal_;
};

}  // namespace batch::mva
