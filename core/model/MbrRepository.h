#pragma once

#include "model/Mbr.h"
#include "model/MbrParser.h"
#include "record/Journal.h"
#include "security/Signatures.h"
#include "security/Users.h"

#include <QByteArrayView>
#include <QString>

#include <optional>
#include <stdexcept>
#include <vector>

namespace batch::model {

// Draft -> InReview -> Approved -> Effective -> Superseded | Retired (docs/mbr-format.md §6).
enum class MbrStatus { Draft, InReview, Approved, Effective, Superseded, Retired };

QString mbrStatusName(MbrStatus status);  // "Draft", "InReview", ... (stable, in the record)
std::optional<MbrStatus> mbrStatusFromName(const QString& name);

// Event types of the MBR lifecycle; every payload carries mbr_id, version, content_hash,
// old_status and new_status.
namespace types {
inline const QString kMbrImported = QStringLiteral("MbrImported");
inline const QString kMbrSubmitted = QStringLiteral("MbrSubmitted");
inline const QString kMbrApproved = QStringLiteral("MbrApproved");
inline const QString kMbrEffective = QStringLiteral("MbrEffective");
inline const QString kMbrSuperseded = QStringLiteral("MbrSuperseded");
inline const QString kMbrRetired = QStringLiteral("MbrRetired");
inline const QString kMbrReturnedToDraft = QStringLiteral("MbrReturnedToDraft");
}  // namespace types

class MbrError : public std::runtime_error {
public:
    enum class Kind {
        Invalid,        // the document has problems (see issues()), or a reason is missing
        NotAuthorized,  // the actor lacks ManageMasterData
        NotFound,       // no such MBR version / no effective version
        Conflict,       // version already imported, or a newer version is effective
        WrongState,     // the transition is not allowed from the current status
        SamePerson,     // four eyes: the QA approver is the author or the importer
        Tampered,       // stored content no longer matches its content hash
    };
    MbrError(Kind kind, const QString& message, std::vector<MbrIssue> issues = {})
        : std::runtime_error(message.toStdString()),
          kind_(kind),
          message_(message),
          issues_(std::move(issues)) {}
    Kind kind() const { return kind_; }
    const QString& message() const { return message_; }
    const std::vector<MbrIssue>& issues() const { return issues_; }

private:
    Kind kind_;
    QString message_;
    std::vector<MbrIssue> issues_;
};

struct MbrVersionInfo {
    QString mbrId;
    QString version;
    QString title;
    QString productCode;
    MbrStatus status = MbrStatus::Draft;
    QString contentHash;
    QString importedBy;
    QString importedUtc;
    QString submittedBy;
    security::SignatureSubject submission;  // the MbrSubmitted event both signatures bind
    QString authorId;                       // set on approval
    QString approverId;                     // set on approval
    QString statusUtc;                      // when the current status was reached
};

// What the execution engine binds a batch to: the exact version, its content and hash.
struct LoadedMbr {
    MbrVersionInfo info;
    MasterBatchRecord mbr;
    QString contentHash;
};

// The master batch record library of this station. Every status change is one
// RecordTransaction: the mbr_versions row and its Mbr* event commit together.
//
// Approval follows the four-eyes principle with two electronic signatures, both bound to
// the MbrSubmitted event (which carries the content hash):
//  - "Performed" by the author, the person responsible for the content (needs
//    ExecuteSteps: production supervisor or operator), and
//  - "Approved" by QA (needs ReviewRecords), who must be neither the author nor the
//    person who imported the version.
// Signing errors (wrong password, lockout, missing role) surface as
// security::SecurityError from SignatureService; everything else as MbrError.
class MbrRepository {
public:
    MbrRepository(record::Journal& journal, security::SignatureService& signatures);

    // Validates and stores a new version as Draft (actor needs ManageMasterData).
    MbrVersionInfo importDraft(const security::User& actor, QByteArrayView json,
                               const QString& reason = {});
    MbrVersionInfo submitForReview(const security::User& actor, const QString& mbrId,
                                   const QString& version, const QString& reason = {});
    // Sends a version under review back to Draft (reason required), by the administrator
    // or by the QA reviewer (ReviewRecords). Signatures given during that review no longer
    // count: a new submission is a new MbrSubmitted event for new signatures.
    MbrVersionInfo sendBackToDraft(const security::User& actor, const QString& mbrId,
                                   const QString& version, const QString& reason);
    security::SignatureInfo signAsAuthor(const QString& mbrId, const QString& version,
                                         const QString& signerId, const QString& password,
                                         const QString& comment = {});
    MbrVersionInfo approve(const QString& mbrId, const QString& version, const QString& qaId,
                           const QString& password, const QString& comment = {});
    // Supersedes the currently effective version of the same MBR id, in one transaction.
    MbrVersionInfo makeEffective(const security::User& actor, const QString& mbrId,
                                 const QString& version, const QString& reason = {});
    // From Effective or Approved; a reason is required.
    MbrVersionInfo retire(const security::User& actor, const QString& mbrId, const QString& version,
                          const QString& reason);

    std::optional<MbrVersionInfo> find(const QString& mbrId, const QString& version) const;
    std::vector<MbrVersionInfo> list(const QString& mbrId = {}) const;

    // The one version a batch may start from. Throws MbrError NotFound / Tampered.
    LoadedMbr effectiveMbr(const QString& mbrId) const;
    // Any version, re-parsed and checked against its hash (review, display).
    LoadedMbr load(const QString& mbrId, const QString& version) const;

private:
    MbrVersionInfo require(const QString& mbrId, const QString& version) const;
    std::vector<security::SignatureInfo> authorSignatures(const MbrVersionInfo& info) const;

    record::Journal& journal_;
    security::SignatureService& signatures_;
};

}  // namespace batch::model
