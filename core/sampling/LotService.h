#pragma once

#include "record/Journal.h"
#include "sampling/Lot.h"
#include "sampling/MasterDataStore.h"
#include "sampling/VariantStates.h"
#include "security/Signatures.h"
#include "security/Users.h"

#include <QString>

#include <optional>
#include <vector>

namespace batch::sampling {

struct LotRequest {
    QString product;
    QString organisation;  // who delivers; no variant for it: the product's wildcard variant
    std::int64_t size = 0;
    QString lotId;  // empty: the next "LOT-<station>-<n>"
};

// The result of entering one value.
struct ResultEntry {
    LotTest test;
    bool correction = false;
    bool completedTesting = false;  // this result made the lot PendingRelease
};

enum class Disposition { Release, Reject };

// What a certificate of analysis shows: the released lot with its results and the QA
// release signature (verified against the record).
struct CertificateData {
    Lot lot;
    QString productName;
    QString productKind;
    QString sizeUnit;
    security::SignatureInfo signature;
};

// The lot life cycle (docs/sampling.md §Lots): Created -> Received -> Active ->
// PendingRelease -> Released | Rejected. Each step is one RecordTransaction: the lot rows,
// the lot event (indexed in sampling_lot_events) and, at disposition, the re-evaluation of
// the variant's state from its history.
//
// Who may do what: creating and receiving lots needs ExecuteSteps (warehouse) or
// ReviewRecords (QA); entering results ExecuteSteps or VerifySteps (laboratory); the
// disposition is a QA signature: "Released" for a release, "Approved" of the decision
// "rejected" for a rejection. Whoever entered a result of the lot may not release it.
class LotService {
public:
    LotService(record::Journal& journal, security::SignatureService& signatures,
               MasterDataStore& masterData, VariantStates& variants);

    // What a lot of `size` from `organisation` would get now. Throws SamplingError.
    LotDecision decide(const QString& product, const QString& organisation,
                       std::int64_t size) const;
    Lot create(const security::User& actor, const LotRequest& request);
    Lot receive(const security::User& actor, const QString& lotId);         // at the dock
    Lot receiveSamples(const security::User& actor, const QString& lotId);  // in the lab
    // A second value for the same sample and test is a correction and needs a reason.
    ResultEntry recordResult(const security::User& actor, const QString& lotId,
                             const QString& sampleId, const QString& testCode, const QString& value,
                             const QString& reason = {});
    Lot disposition(const QString& lotId, Disposition decision, const QString& signerId,
                    const QString& password, const QString& reason);

    std::optional<Lot> find(const QString& lotId) const;
    std::vector<Lot> list(const QString& variantId = {}, int limit = 0) const;  // newest first
    // The Signed event of a lot's disposition, if any and if it still verifies.
    std::optional<security::SignatureInfo> dispositionSignature(const Lot& lot) const;
    // Throws SamplingError NotFound / WrongState (not released, signature does not verify).
    CertificateData certificate(const QString& lotId) const;

private:
    record::Journal& journal_;
    security::SignatureService& signatures_;
    MasterDataStore& masterData_;
    VariantStates& variants_;
};

}  // namespace batch::sampling
