#pragma once

// Private to the review projection: how one exception event gets its full context.
#include "review/BatchReview.h"

#include <QHash>
#include <QJsonObject>
#include <QStringList>

#include <vector>

namespace batch::review {

// The instrument data of a StepCompleted payload: the engine's instrument_id, raw_frame
// and stable, plus any further keys other modules record with a reading (serial number,
// gross / tare / net, calibration due date, ...), so nothing captured is left out.
QJsonObject instrumentData(const QJsonObject& payload);

// Target and limits of a step as text ("low 10, high 30, alert low 15, alert high 25";
// weigh steps: the scaled target with its tolerance limits "low|high" from BatchStarted).
void describeLimits(const model::Step& step, const QStringList& weighTarget, QString* target,
                    QString* limits);

// The signature meaning that manifests a disposition decision.
QString dispositionMeaning(const QString& decision);

class ExceptionContext {
public:
    ExceptionContext(const BatchReview& review, const std::vector<record::EventRecord>& events,
                     const std::vector<QJsonObject>& payloads, const QHash<QString, size_t>& index,
                     const QHash<QString, std::vector<Signature>>& signatures)
        : review_(review),
          events_(events),
          payloads_(payloads),
          index_(index),
          signatures_(signatures) {}

    // The exception recorded by events_[i], with everything known about it.
    ReviewException describe(size_t i, const QString& userName) const;

private:
    const RecordedValue* valueAt(const RecordStep& step, size_t i) const;
    QString linkedDeviation(const ReviewException& x, const RecordedValue* value) const;
    std::vector<Comment> commentsFor(const ReviewException& x) const;

    const BatchReview& review_;
    const std::vector<record::EventRecord>& events_;
    const std::vector<QJsonObject>& payloads_;
    const QHash<QString, size_t>& index_;
    const QHash<QString, std::vector<Signature>>& signatures_;
};

}  // namespace batch::review
