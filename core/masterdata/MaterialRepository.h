#pragma once

#include "masterdata/MasterData.h"

#include <QString>

#include <optional>
#include <vector>

namespace batch::masterdata {

// The QA status of a material lot. Quarantine on receipt; only Released lots may be used.
enum class LotStatus { Quarantine, Released, Rejected, Expired };
QString lotStatusName(LotStatus status);  // "Quarantine", ... (stable, in the record)
std::optional<LotStatus> lotStatusFromName(const QString& name);

struct Material {
    QString code;  // the code the bills of materials of the MBRs use
    QString name;
    QString unit;
    QString createdBy;
    QString createdUtc;
};

struct MaterialLot {
    QString lotId;  // what the container label carries (scanned on a materialScan step)
    QString materialCode;
    QString supplier;
    QString supplierLot;  // the supplier's own lot number, may be empty
    QString expiryDate;   // "YYYY-MM-DD": usable through the end of that UTC day
    LotStatus status = LotStatus::Quarantine;
    QString receivedBy;
    QString receivedUtc;
    QString statusBy;
    QString statusUtc;

    bool expiredOn(const QString& utcDate) const { return utcDate > expiryDate; }
};

struct NewLot {
    QString lotId;
    QString materialCode;
    QString supplier;
    QString supplierLot = {};
    QString expiryDate;
};

// Materials and their lots. Every change is one RecordTransaction: the row and its event
// (old/new, who, why) commit together.
//  - materials and lot receipt are master data (ManageMasterData: the administrator);
//  - a lot's status is a QA decision (ReleaseMaterials): Quarantine -> Released |
//    Rejected | Expired, Released -> Quarantine | Rejected | Expired; Rejected and
//    Expired are final. A lot past its expiry date cannot be released.
class MaterialRepository {
public:
    explicit MaterialRepository(record::Journal& journal) : journal_(journal) {}

    Material addMaterial(const security::User& actor, const QString& code, const QString& name,
                         const QString& unit, const QString& reason);
    // Records the receipt of a lot; it starts in Quarantine.
    MaterialLot receiveLot(const security::User& actor, const NewLot& lot, const QString& reason);
    MaterialLot changeLotStatus(const security::User& actor, const QString& lotId, LotStatus to,
                                const QString& reason);

    std::optional<Material> material(const QString& code) const;
    std::vector<Material> materials() const;
    std::optional<MaterialLot> lot(const QString& lotId) const;
    std::vector<MaterialLot> lots(const QString& materialCode = {}) const;

    // The lot a materialScan step may use: it exists, is of `materialCode`, is Released
    // and not past its expiry date on the station's UTC date of `nowMs`. Throws
    // MasterDataError NotFound / WrongMaterial / NotUsable naming the reason.
    MaterialLot requireUsableLot(const QString& lotId, const QString& materialCode,
                                 std::int64_t nowMs) const;

private:
    record::Journal& journal_;
};

}  // namespace batch::masterdata
