#pragma once

#include "model/MbrRepository.h"
#include "record/Journal.h"
#include "review/BatchReview.h"
#include "security/Signatures.h"
#include "security/Users.h"

#include <QString>
#include <QStringList>

#include <QHash>

#include <memory>
#include <optional>
#include <stdexcept>
#include <vector>

namespace batch::review {

class ReviewError : public std::runtime_error {
public:
    enum class Kind {
        NotFound,        // unknown batch, exception or deviation
        WrongState,      // batch not finished, already reviewed / closed / released
        Incomplete,      // open exceptions or deviations block the disposition
        NotIndependent,  // four eyes: the reviewer / releaser took part in what is decided
        ReasonRequired,  // comment, reason, root cause or CAPA missing
        NotAuthorized,   // the permission is missing
        Damaged,         // the record does not verify (row hashes, signatures)
    };
    ReviewError(Kind kind, const QString& message)
        : std::runtime_error(message.toStdString()), kind_(kind), message_(message) {}
    Kind kind() const { return kind_; }
    const QString& message() const { return message_; }

private:
    Kind kind_;
    QString message_;
};
QString reviewErrorKindName(ReviewError::Kind kind);  // "not_found", ... (in ReviewRefused)

enum class Decision { Release, Reject, Quarantine };
QString decisionName(Decision decision);  // "release", "reject", "quarantine"
std::optional<Decision> decisionFromName(const QString& name);
security::SignatureMeaning decisionMeaning(Decision decision);  // Released, Rejected, Quarantined

// A finished batch that has no final decision (release or reject) yet.
struct QueueEntry {
    QString batchId;
    QString mbrId;
    QString mbrVersion;
    QString productCode;
    QString productName;
    QString finishedUtc;
    QString latestDecision;  // "quarantine" or empty
    int exceptions = 0;
    int openExceptions = 0;
    int deviations = 0;
    int openDeviations = 0;
};

// QA review by exception and batch disposition (docs/review.md). Reads batches through
// their record (BatchReview, a projection rebuilt on every call) and writes three kinds
// of decision, each ONE RecordTransaction with its electronic signature:
//  - the review of one exception: a "Reviewed" signature whose subject is the exception's
//    event (bound to its row hash) with the reviewer's comment;
//  - the closure of a deviation: DeviationClosed (root cause, CAPA) and QA's "Approved";
//  - the disposition: BatchDispositioned (decision, reason, record hash) and the
//    "Released", "Rejected" or "Quarantined" signature.
// Signing re-authenticates first (SignatureService::authorize); a decision the rules
// refuse after that is recorded as ReviewRefused and thrown as ReviewError.
class ReviewService {
public:
    // Site setting (settings table): the releaser must not have executed or verified
    // anything in the batch. "1" (the default) or "0".
    static constexpr const char* kIndependentReleaseKey = "review.independent_release";

    ReviewService(record::Journal& journal, security::UserService& users,
                  security::SignatureService& signatures, model::MbrRepository& mbrs);

    BatchRecord record(const QString& batchId) const;
    // The MBR version the batch ran, checked against the content hash it was bound to;
    // nullopt when it cannot be loaded or no longer matches.
    std::optional<model::LoadedMbr> mbrOf(const BatchRecord& record) const;
    // Throws ReviewError NotFound for an unknown batch.
    BatchReview review(const QString& batchId) const;
    // The projection of a record already read, with printed names from the user list.
    BatchReview buildReview(const BatchRecord& record, const model::MasterBatchRecord* mbr) const;
    // Finished batches without a final decision, oldest first.
    std::vector<QueueEntry> queue() const;

    Signature reviewException(const QString& batchId, const QString& exceptionId,
                              const QString& signerId, const QString& password,
                              const QString& comment);
    Signature closeDeviation(const QString& batchId, const QString& deviationId,
                             const QString& rootCause, const QString& capa, const QString& comment,
                             const QString& signerId, const QString& password);
    Disposition disposition(const QString& batchId, Decision decision, const QString& reason,
                            const QString& signerId, const QString& password);

    // Why `userId` cannot disposition the batch now (translated, one line each; empty:
    // nothing stands in the way). The UI shows these before it asks for a signature.
    QStringList dispositionBlockers(const BatchReview& review, const QString& userId) const;

    bool independentRelease() const;
    // Administrator only (ManageUsers), with a reason: SettingChanged with old and new.
    void setIndependentRelease(const security::User& actor, bool on, const QString& reason);

private:
    BatchReview reviewIn(const BatchRecord& record) const;
    void recordRefusal(const QString& batchId, const QString& userId, const QString& action,
                       const QString& target, const ReviewError& error);
    template <typename Body>
    auto refusalsRecorded(const QString& batchId, const QString& userId, const QString& action,
                          const QString& target, Body&& body);

    record::Journal& journal_;
    security::UserService& users_;
    security::SignatureService& signatures_;
    model::MbrRepository& mbrs_;
    // Parsed MBR versions by "id|version|hash": their content can never change (triggers),
    // and re-parsing a 2,000-step MBR would dominate every review.
    mutable QHash<QString, std::shared_ptr<const model::LoadedMbr>> mbrCache_;
};

}  // namespace batch::review
