#pragma once

#include <QString>

#include <optional>
#include <stdexcept>

namespace batch::exec {

// Event types of batch execution (docs/batch-script.md §Record). Every payload carries
// batch_id; values travel as decimal strings so the record keeps their exact digits.
namespace types {
inline const QString kBatchStarted = QStringLiteral("BatchStarted");
inline const QString kStepStarted = QStringLiteral("StepStarted");
inline const QString kStepCompleted = QStringLiteral("StepCompleted");
inline const QString kValueCorrected = QStringLiteral("ValueCorrected");
inline const QString kLimitExceeded = QStringLiteral("LimitExceeded");
inline const QString kDeviationRaised = QStringLiteral("DeviationRaised");
inline const QString kBatchHeld = QStringLiteral("BatchHeld");
inline const QString kBatchResumed = QStringLiteral("BatchResumed");
inline const QString kBatchFinished = QStringLiteral("BatchFinished");
inline const QString kActionRefused = QStringLiteral("ActionRefused");
inline const QString kClockWentBackwards = QStringLiteral("ClockWentBackwards");
inline const QString kExceptionRecorded = QStringLiteral("ExceptionRecorded");
// QA's decision on a finished batch (written by core/review). Once a batch carries one,
// the engine refuses every further action on it: the record is closed.
inline const QString kBatchDispositioned = QStringLiteral("BatchDispositioned");
}  // namespace types

// The type every exception event carries (payload "exception_type"), so that review by
// exception can list them. clock_went_backwards is ours in addition to the list.
enum class ExceptionType {
    OutOfLimits,
    Deviation,
    Correction,
    ManualEntryWhereInstrumentExpected,
    LateEntry,
    HoldOverrun,
    Override,
    RefusedAction,
    ClockWentBackwards,
};
QString exceptionTypeName(ExceptionType type);  // "out_of_limits", ... (stable, in the record)
std::optional<ExceptionType> exceptionTypeFromName(const QString& name);

// Why the engine refused an action. Every refusal is also recorded (ActionRefused).
class ExecError : public std::runtime_error {
public:
    enum class Kind {
        NotFound,           // unknown batch, step, deviation or event
        Conflict,           // batch id already used
        WrongState,         // batch on hold or finished, MBR not effective
        OutOfSequence,      // skipping, reordering, completing twice
        InvalidValue,       // type, range, option, length, missing instrument fields
        Unstable,           // a weigh without a stable reading
        TooEarly,           // timer completed before its minimum duration
        DeviationRequired,  // action/spec limit exceeded and no approved deviation
        NotAuthorized,      // role missing, or the same person where four eyes are required
        ReasonRequired,
    };
    ExecError(Kind kind, const QString& message)
        : std::runtime_error(message.toStdString()), kind_(kind), message_(message) {}
    Kind kind() const { return kind_; }
    const QString& message() const { return message_; }

private:
    Kind kind_;
    QString message_;
};

QString execErrorKindName(ExecError::Kind kind);  // "out_of_sequence", ... (in ActionRefused)

}  // namespace batch::exec
