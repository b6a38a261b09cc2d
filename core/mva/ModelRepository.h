#pragma once

#include "record/Journal.h"
#include "security/Signatures.h"
#include "security/Users.h"

#include <QByteArrayView>
#include <QJsonObject>
#include <QString>

#include <optional>
#include <stdexcept>
#include <vector>

namespace batch::mva {

// MVA models as master data under change control (docs/mva.md §18). A model file is
// imported as a Draft (ManageMasterData), approved by QA with an electronic signature
// ("Approved", bound to the import event, which carries the content hash; the approver
// must not be the importer), and only an Approved version can be loaded for monitoring.
// Approving a version supersedes the previously approved version of the same model id.
// A version approved centrally arrives by sync (core/sync MvaModelApplier): its approval
// is the MasterDataApplied event that recorded it, imported_by is "central".
// Every status change is one RecordTransaction: the mva_models row and its event.
enum class ModelStatus { Draft, Approved, Superseded, Retired };
QString modelStatusName(ModelStatus s);
std::optional<ModelStatus> modelStatusFromName(const QString& name);

namespace types {
// The event core/sync records for applied central master data (sync/MasterData.h).
inline const QString kCentralMasterDataApplied = QStringLiteral("MasterDataApplied");
inline const QString kMvaModelImported = QStringLiteral("MvaModelImported");
inline const QString kMvaModelApproved = QStringLiteral("MvaModelApproved");
inline const QString kMvaModelSuperseded = QStringLiteral("MvaModelSuperseded");
inline const QString kMvaModelRetired = QStringLiteral("MvaModelRetired");
}  // namespace types

class ModelRepositoryError : public std::runtime_error {
public:
    enum class Kind { Invalid, NotAuthorized, NotFound, WrongState, SamePerson, Tampered };
    ModelRepositoryError(Kind kind, const QString& message)
        : std::runtime_error(message.toStdString()), kind_(kind), message_(message) {}
    Kind kind() const { return kind_; }
    const QString& message() const { return message_; }

private:
    Kind kind_;
    QString message_;
};

struct ModelVersionInfo {
    QString modelId;
    int version = 0;
    QString kind;  // "pca", "pls", "bem", "blm" (from the file's format)
    ModelStatus status = ModelStatus::Draft;
    QString contentHash;
    QString description;
    QString importedBy;
    QString importedUtc;
    security::SignatureSubject importEvent;  // what the approval signature binds
    QString approverId;
    QString approvedUtc;
    security::SignatureSubject approvalSignature;  // the QA "Approved" Signed event
    QString statusUtc;
};

// An approved model's content, re-checked against its hash and its signature.
struct ApprovedModel {
    ModelVersionInfo info;
    QJsonObject content;
};

class ModelRepository {
public:
    ModelRepository(record::Journal& journal, security::SignatureService& signatures);

    // Validates the file (it must load as its kind of model, hash included) and stores it
    // as the next version of `modelId` in Draft.
    ModelVersionInfo importDraft(const security::User& actor, const QString& modelId,
                                 QByteArrayView json, const QString& description = {},
                                 const QString& reason = {});
    // QA approval: signs (re-authenticating) and makes the version Approved.
    ModelVersionInfo approve(const QString& modelId, int version, const QString& qaId,
                             const QString& password, const QString& comment = {});
    ModelVersionInfo retire(const security::User& actor, const QString& modelId, int version,
                            const QString& reason);

    std::optional<ModelVersionInfo> find(const QString& modelId, int version) const;
    std::vector<ModelVersionInfo> list(const QString& modelId = {}) const;

    // The approved version of `modelId` for monitoring. Throws NotFound when none is
    // approved, Tampered when content, hash or approval signature no longer agree.
    ApprovedModel loadForMonitoring(const QString& modelId) const;
    // One version that is or was approved (Approved or Superseded; Retired too when
    // `allowRetired`, for the review of batches monitored before the retirement): a
    // running batch keeps the version it started with. Same checks as loadForMonitoring.
    ApprovedModel loadApprovedVersion(const QString& modelId, int version, bool allowRetired) const;
    record::Journal& journal() const { return journal_; }

    // "pca", "pls", "bem", "blm" for a parsed model object (checks it fully); throws MvaError.
    static QString validateModel(const QJsonObject& object);

private:
    ApprovedModel verified(const ModelVersionInfo& row) const;
    record::Journal& journal_;
    security::SignatureService& signatures_;
};

}  // namespace batch::mva
