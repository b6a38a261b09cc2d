#pragma once

#include "masterdata/MasterData.h"

#include <QString>

#include <optional>
#include <vector>

namespace batch::masterdata {

enum class CleanStatus { Clean, Dirty };
QString cleanStatusName(CleanStatus status);  // "clean" | "dirty" (stable, in the record)

struct Equipment {
    QString id;              // what the equipment label carries (scanned on equipmentCheck)
    QString equipmentClass;  // an MBR equipmentClasses code
    QString name;
    int cleanHoldHours = 0;  // validated clean hold time: a cleaning is valid this long
    bool calibrationRequired = true;
    CleanStatus cleanStatus = CleanStatus::Dirty;
    QString cleanedUtc;
    QString cleanUntilUtc;    // cleanedUtc + cleanHoldHours
    QString calibratedUntil;  // "YYYY-MM-DD", valid through that UTC day; empty: never
    QString inUseBatch;       // the batch occupying it, empty when free
    QString inUseSinceUtc;
    QString createdBy;
    QString createdUtc;
};

struct NewEquipment {
    QString id;
    QString equipmentClass;
    QString name;
    int cleanHoldHours = 72;
    bool calibrationRequired = true;
};

// Why equipment may not be used by a batch now, most serious first: the engine refuses
// all of them; only CleaningExpired may be overridden, and only where the MBR allows it.
enum class EquipmentProblem {
    None,
    InUseByAnotherBatch,
    Dirty,
    NotCalibrated,
    CalibrationExpired,
    CleaningExpired,
};

struct EquipmentCheck {
    Equipment equipment;
    EquipmentProblem problem = EquipmentProblem::None;
    QString message;  // translated, empty when there is no problem
    bool ok() const { return problem == EquipmentProblem::None; }
};

// Production equipment (vessels, dryers, presses, balances as equipment). Every change is
// one RecordTransaction with its event (old/new, who, why):
//  - add and calibrate are master data (ManageMasterData);
//  - clean and mark dirty are production work (ExecuteSteps);
//  - a batch occupies the equipment it scans on an equipmentCheck step and releases it,
//    dirty, when it finishes (events in the batch's own transactions);
//  - a supervisor (HandleDeviations) may release equipment a batch still holds.
// New equipment is dirty until its first cleaning is recorded.
class EquipmentRepository {
public:
    explicit EquipmentRepository(record::Journal& journal) : journal_(journal) {}

    Equipment add(const security::User& actor, const NewEquipment& equipment,
                  const QString& reason);
    Equipment clean(const security::User& actor, const QString& id, const QString& reason);
    Equipment markDirty(const security::User& actor, const QString& id, const QString& reason);
    // The calibration is valid through `untilDate` (today or later).
    Equipment calibrate(const security::User& actor, const QString& id, const QString& untilDate,
                        const QString& reason);
    Equipment release(const security::User& actor, const QString& id, const QString& reason);

    std::optional<Equipment> find(const QString& id) const;
    std::vector<Equipment> list() const;

    // Whether batch `batchId` may use `id` as equipment of class `equipmentClass` at
    // `nowMs`. Throws MasterDataError NotFound / WrongClass; everything else is a problem
    // of the result. Read-only; occupy() checks again inside its transaction.
    EquipmentCheck check(const QString& id, const QString& equipmentClass, const QString& batchId,
                         std::int64_t nowMs) const;

    // Inside the engine's transaction: marks `id` as in use by `batchId` (no-op when the
    // batch holds it already) and appends EquipmentOccupied through `append`. Refuses
    // (NotUsable) when another batch took it in the meantime.
    void occupy(record::RecordTransaction& txn, const Append& append, const QString& id,
                const QString& batchId, const QString& stepId, const QString& userId);
    // Inside the engine's transaction: frees every piece of equipment `batchId` holds and
    // marks it dirty (it was used), one EquipmentReleased each. Returns their ids.
    QStringList releaseBatch(record::RecordTransaction& txn, const Append& append,
                             const QString& batchId, const QString& userId, const QString& reason);
    // The same for one piece (a corrected equipment check); no-op unless `batchId` holds it.
    void releaseFromBatch(record::RecordTransaction& txn, const Append& append, const QString& id,
                          const QString& batchId, const QString& userId, const QString& reason);

private:
    Equipment require(store::Database& db, const QString& id) const;
    void releaseHeld(record::RecordTransaction& txn, const Append& append, const Equipment& e,
                     const QString& userId, const QString& reason);

    record::Journal& journal_;
};

}  // namespace batch::masterdata
