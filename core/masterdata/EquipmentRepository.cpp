#include "masterdata/EquipmentRepository.h"

#include "log/Logging.h"

#include <spdlog/spdlog.h>

namespace batch::masterdata {
namespace {

using detail::key;
using Kind = MasterDataError::Kind;
using security::Permission;

auto log() {
    static auto l = logging::logger("batch.core.masterdata");
    return l;
}

constexpr int kMaxCleanHoldHours = 8760;

constexpr const char* kColumns =
    "SELECT equipment_id, equipment_class, name, clean_hold_hours, calibration_required, "
    "clean_status, cleaned_utc, clean_until_utc, calibrated_until, in_use_batch, "
    "in_use_since_utc, created_by, created_utc FROM equipment ";

QString nullable(const store::Statement& st, int column) {
    return st.isNull(column) ? QString() : st.text(column);
}

Equipment readRow(const store::Statement& st) {
    Equipment e;
    e.id = st.text(0);
    e.equipmentClass = st.text(1);
    e.name = st.text(2);
    e.cleanHoldHours = static_cast<int>(st.int64(3));
    e.calibrationRequired = st.int64(4) != 0;
    e.cleanStatus = st.text(5) == QLatin1String("clean") ? CleanStatus::Clean : CleanStatus::Dirty;
    e.cleanedUtc = nullable(st, 6);
    e.cleanUntilUtc = nullable(st, 7);
    e.calibratedUntil = nullable(st, 8);
    e.inUseBatch = nullable(st, 9);
    e.inUseSinceUtc = nullable(st, 10);
    e.createdBy = st.text(11);
    e.createdUtc = st.text(12);
    return e;
}

std::optional<Equipment> load(store::Database& db, const QString& id) {
    return detail::loadOne(db, std::string(kColumns) + "WHERE equipment_id = ?", id, readRow);
}

// The fields an event shows as old/new: only what the change touches.
QJsonObject cleaningState(const Equipment& e) {
    return {{key("clean_status"), cleanStatusName(e.cleanStatus)},
            {key("clean_until_utc"), e.cleanUntilUtc}};
}

void writeCleaning(store::Database& db, const QString& id, CleanStatus status,
                   const QString& cleanedUtc, const QString& cleanUntilUtc) {
    store::Statement st = db.prepare(
        "UPDATE equipment SET clean_status = ?, cleaned_utc = ?, clean_until_utc = ? "
        "WHERE equipment_id = ?");
    st.bind(1, cleanStatusName(status));
    if (cleanedUtc.isEmpty())
        st.bindNull(2).bindNull(3);
    else
        st.bind(2, cleanedUtc).bind(3, cleanUntilUtc);
    st.bind(4, id);
    st.run();
}

void writeOccupancy(store::Database& db, const QString& id, const QString& batchId,
                    const QString& sinceUtc) {
    store::Statement st = db.prepare(
        "UPDATE equipment SET in_use_batch = ?, in_use_since_utc = ? WHERE equipment_id = ?");
    if (batchId.isEmpty())
        st.bindNull(1).bindNull(2);
    else
        st.bind(1, batchId).bind(2, sinceUtc);
    st.bind(3, id);
    st.run();
}

}  // namespace

QString cleanStatusName(CleanStatus status) {
    return status == CleanStatus::Clean ? QStringLiteral("clean") : QStringLiteral("dirty");
}

Equipment EquipmentRepository::require(store::Database& db, const QString& id) const {
    auto e = load(db, id);
    if (!e)
        throw MasterDataError(Kind::NotFound,
                              MasterDataText::tr("There is no equipment %1.").arg(id));
    return *e;
}

Equipment EquipmentRepository::add(const security::User& actor, const NewEquipment& n,
                                   const QString& reason) {
    detail::requirePermission(actor, Permission::ManageMasterData);
    detail::requireCode(n.id, MasterDataText::tr("equipment id"));
    detail::requireCode(n.equipmentClass, MasterDataText::tr("equipment class"));
    const QString name = detail::requireText(n.name, MasterDataText::tr("equipment name"));
    if (n.cleanHoldHours < 1 || n.cleanHoldHours > kMaxCleanHoldHours)
        throw MasterDataError(
            Kind::Invalid, MasterDataText::tr("The clean hold time must be 1 to %1 hours, not %2.")
                               .arg(kMaxCleanHoldHours)
                               .arg(n.cleanHoldHours));
    const QString why = detail::requireReason(reason);
    record::RecordTransaction txn(journal_);
    if (load(txn.db(), n.id))
        throw MasterDataError(Kind::Conflict,
                              MasterDataText::tr("Equipment %1 already exists.").arg(n.id));
    const QString now = record::formatUtcMillis(txn.nowMs());
    store::Statement st = txn.db().prepare(
        "INSERT INTO equipment (equipment_id, equipment_class, name, clean_hold_hours, "
        "calibration_required, clean_status, created_by, created_utc) "
        "VALUES (?, ?, ?, ?, ?, 'dirty', ?, ?)");
    st.bind(1, n.id).bind(2, n.equipmentClass).bind(3, name).bind(4, n.cleanHoldHours);
    st.bind(5, n.calibrationRequired).bind(6, actor.id).bind(7, now);
    st.run();
    txn.append({types::kEquipmentAdded,
                actor.id,
                {{key("equipment_id"), n.id},
                 {key("old"), QJsonObject{}},
                 {key("new"), QJsonObject{{key("equipment_class"), n.equipmentClass},
                                          {key("name"), name},
                                          {key("clean_hold_hours"), n.cleanHoldHours},
                                          {key("calibration_required"), n.calibrationRequired},
                                          {key("clean_status"), QStringLiteral("dirty")}}},
                 {key("reason"), why}}});
    txn.commit();
    log()->info("equipment {} ({}) added by {}", n.id.toStdString(), n.equipmentClass.toStdString(),
                actor.id.toStdString());
    return require(journal_.db(), n.id);
}

Equipment EquipmentRepository::clean(const security::User& actor, const QString& id,
                                     const QString& reason) {
    detail::requirePermission(actor, Permission::ExecuteSteps);
    const QString why = detail::requireReason(reason);
    record::RecordTransaction txn(journal_);
    const Equipment before = require(txn.db(), id);
    // Cleaning equipment a batch still holds would certify it clean while product is in it.
    if (!before.inUseBatch.isEmpty())
        throw MasterDataError(
            Kind::WrongState,
            MasterDataText::tr("Equipment %1 is in use by batch %2; it is cleaned after "
                               "the batch released it.")
                .arg(id, before.inUseBatch));
    const std::int64_t nowMs = txn.nowMs();
    const QString now = record::formatUtcMillis(nowMs);
    const QString until =
        record::formatUtcMillis(nowMs + std::int64_t(before.cleanHoldHours) * 3'600'000);
    writeCleaning(txn.db(), id, CleanStatus::Clean, now, until);
    Equipment after = before;
    after.cleanStatus = CleanStatus::Clean;
    after.cleanUntilUtc = until;
    txn.append({types::kEquipmentCleaned,
                actor.id,
                {{key("equipment_id"), id},
                 {key("old"), cleaningState(before)},
                 {key("new"), cleaningState(after)},
                 {key("cleaned_utc"), now},
                 {key("reason"), why}}});
    txn.commit();
    log()->info("equipment {} cleaned by {} (valid until {})", id.toStdString(),
                actor.id.toStdString(), until.toStdString());
    return require(journal_.db(), id);
}

Equipment EquipmentRepository::markDirty(const security::User& actor, const QString& id,
                                         const QString& reason) {
    detail::requirePermission(actor, Permission::ExecuteSteps);
    const QString why = detail::requireReason(reason);
    record::RecordTransaction txn(journal_);
    const Equipment before = require(txn.db(), id);
    if (before.cleanStatus == CleanStatus::Dirty)
        throw MasterDataError(Kind::WrongState,
                              MasterDataText::tr("Equipment %1 is already dirty.").arg(id));
    writeCleaning(txn.db(), id, CleanStatus::Dirty, {}, {});
    Equipment after = before;
    after.cleanStatus = CleanStatus::Dirty;
    after.cleanUntilUtc.clear();
    txn.append({types::kEquipmentMarkedDirty,
                actor.id,
                {{key("equipment_id"), id},
                 {key("old"), cleaningState(before)},
                 {key("new"), cleaningState(after)},
                 {key("reason"), why}}});
    txn.commit();
    return require(journal_.db(), id);
}

Equipment EquipmentRepository::calibrate(const security::User& actor, const QString& id,
                                         const QString& untilDate, const QString& reason) {
    detail::requirePermission(actor, Permission::ManageMasterData);
    detail::requireDate(untilDate, MasterDataText::tr("calibration due date"));
    const QString why = detail::requireReason(reason);
    record::RecordTransaction txn(journal_);
    const Equipment before = require(txn.db(), id);
    const QString today = detail::utcDate(txn.nowMs());
    if (untilDate < today)
        throw MasterDataError(
            Kind::Invalid,
            MasterDataText::tr("A calibration valid until %1 has already expired (today is "
                               "%2).")
                .arg(untilDate, today));
    store::Statement st =
        txn.db().prepare("UPDATE equipment SET calibrated_until = ? WHERE equipment_id = ?");
    st.bind(1, untilDate).bind(2, id);
    st.run();
    txn.append({types::kEquipmentCalibrated,
                actor.id,
                {{key("equipment_id"), id},
                 {key("old"), QJsonObject{{key("calibrated_until"), before.calibratedUntil}}},
                 {key("new"), QJsonObject{{key("calibrated_until"), untilDate}}},
                 {key("reason"), why}}});
    txn.commit();
    return require(journal_.db(), id);
}

Equipment EquipmentRepository::release(const security::User& actor, const QString& id,
                                       const QString& reason) {
    detail::requirePermission(actor, Permission::HandleDeviations);
    const QString why = detail::requireReason(reason);
    record::RecordTransaction txn(journal_);
    const Equipment before = require(txn.db(), id);
    if (before.inUseBatch.isEmpty())
        throw MasterDataError(Kind::WrongState,
                              MasterDataText::tr("Equipment %1 is not in use.").arg(id));
    writeOccupancy(txn.db(), id, {}, {});
    writeCleaning(txn.db(), id, CleanStatus::Dirty, {}, {});
    txn.append(
        {types::kEquipmentReleased,
         actor.id,
         {{key("equipment_id"), id},
          {key("released_batch"), before.inUseBatch},
          {key("old"), QJsonObject{{key("in_use_batch"), before.inUseBatch},
                                   {key("clean_status"), cleanStatusName(before.cleanStatus)}}},
          {key("new"), QJsonObject{{key("in_use_batch"), QString()},
                                   {key("clean_status"), QStringLiteral("dirty")}}},
          {key("reason"), why}}});
    txn.commit();
    log()->warn("equipment {} released from batch {} by {}: {}", id.toStdString(),
                before.inUseBatch.toStdString(), actor.id.toStdString(), why.toStdString());
    return require(journal_.db(), id);
}

std::optional<Equipment> EquipmentRepository::find(const QString& id) const {
    return load(journal_.db(), id);
}

std::vector<Equipment> EquipmentRepository::list() const {
    store::Statement st =
        journal_.db().prepare((std::string(kColumns) + "ORDER BY equipment_id").c_str());
    std::vector<Equipment> out;
    while (st.step()) out.push_back(readRow(st));
    return out;
}

EquipmentCheck EquipmentRepository::check(const QString& id, const QString& equipmentClass,
                                          const QString& batchId, std::int64_t nowMs) const {
    EquipmentCheck c;
    c.equipment = require(journal_.db(), id);
    const Equipment& e = c.equipment;
    if (e.equipmentClass != equipmentClass)
        throw MasterDataError(
            Kind::WrongClass,
            MasterDataText::tr("Equipment %1 is of class %2, not the expected %3.")
                .arg(id, e.equipmentClass, equipmentClass));
    const QString now = record::formatUtcMillis(nowMs);
    const QString today = now.left(10);
    const auto problem = [&c](EquipmentProblem p, const QString& message) {
        c.problem = p;
        c.message = message;
        return c;
    };
    if (!e.inUseBatch.isEmpty() && e.inUseBatch != batchId)
        return problem(
            EquipmentProblem::InUseByAnotherBatch,
            MasterDataText::tr("Equipment %1 is in use by batch %2.").arg(id, e.inUseBatch));
    // Equipment this batch already holds was clean when the batch took it; using it again
    // within the batch (a second check of the same unit) is not a new use.
    if (e.inUseBatch == batchId)
        return c;
    if (e.cleanStatus == CleanStatus::Dirty)
        return problem(
            EquipmentProblem::Dirty,
            MasterDataText::tr("Equipment %1 is dirty; record its cleaning first.").arg(id));
    if (e.calibrationRequired && e.calibratedUntil.isEmpty())
        return problem(EquipmentProblem::NotCalibrated,
                       MasterDataText::tr("Equipment %1 has no calibration on record.").arg(id));
    if (e.calibrationRequired && e.calibratedUntil < today)
        return problem(EquipmentProblem::CalibrationExpired,
                       MasterDataText::tr("The calibration of equipment %1 expired on %2.")
                           .arg(id, e.calibratedUntil));
    if (e.cleanUntilUtc < now)
        return problem(
            EquipmentProblem::CleaningExpired,
            MasterDataText::tr("The cleaning of equipment %1 expired at %2 (clean hold time %3 h).")
                .arg(id, e.cleanUntilUtc)
                .arg(e.cleanHoldHours));
    return c;
}

void EquipmentRepository::occupy(record::RecordTransaction& txn, const Append& append,
                                 const QString& id, const QString& batchId, const QString& stepId,
                                 const QString& userId) {
    const Equipment e = require(txn.db(), id);
    if (e.inUseBatch == batchId)
        return;
    if (!e.inUseBatch.isEmpty())
        throw MasterDataError(
            Kind::NotUsable,
            MasterDataText::tr("Equipment %1 is in use by batch %2.").arg(id, e.inUseBatch));
    const QString now = record::formatUtcMillis(txn.nowMs());
    writeOccupancy(txn.db(), id, batchId, now);
    append({types::kEquipmentOccupied,
            userId,
            {{key("equipment_id"), id},
             {key("batch_id"), batchId},
             {key("step_id"), stepId},
             {key("old"), QJsonObject{{key("in_use_batch"), QString()}}},
             {key("new"), QJsonObject{{key("in_use_batch"), batchId}}},
             {key("reason"),
              MasterDataText::tr("checked on step %1 of batch %2").arg(stepId, batchId)}}});
}

QStringList EquipmentRepository::releaseBatch(record::RecordTransaction& txn, const Append& append,
                                              const QString& batchId, const QString& userId,
                                              const QString& reason) {
    std::vector<Equipment> held;
    {
        store::Statement st = txn.db().prepare(
            (std::string(kColumns) + "WHERE in_use_batch = ? ORDER BY equipment_id").c_str());
        st.bind(1, batchId);
        while (st.step()) held.push_back(readRow(st));
    }
    QStringList ids;
    for (const Equipment& e : held) {
        releaseHeld(txn, append, e, userId, reason);
        ids << e.id;
    }
    return ids;
}

void EquipmentRepository::releaseFromBatch(record::RecordTransaction& txn, const Append& append,
                                           const QString& id, const QString& batchId,
                                           const QString& userId, const QString& reason) {
    const Equipment e = require(txn.db(), id);
    if (e.inUseBatch == batchId)
        releaseHeld(txn, append, e, userId, reason);
}

// Used equipment is dirty: whatever held product must be cleaned before the next batch.
void EquipmentRepository::releaseHeld(record::RecordTransaction& txn, const Append& append,
                                      const Equipment& e, const QString& userId,
                                      const QString& reason) {
    writeOccupancy(txn.db(), e.id, {}, {});
    writeCleaning(txn.db(), e.id, CleanStatus::Dirty, {}, {});
    append({types::kEquipmentReleased,
            userId,
            {{key("equipment_id"), e.id},
             {key("batch_id"), e.inUseBatch},
             {key("old"), QJsonObject{{key("in_use_batch"), e.inUseBatch},
                                      {key("clean_status"), cleanStatusName(e.cleanStatus)}}},
             {key("new"), QJsonObject{{key("in_use_batch"), QString()},
                                      {key("clean_status"), QStringLiteral("dirty")}}},
             {key("reason"), reason}}});
}

}  // namespace batch::masterdata
