#include "masterdata/MaterialRepository.h"

#include "log/Logging.h"

#include <spdlog/spdlog.h>

#include <array>
#include <utility>

namespace batch::masterdata {
namespace {

using detail::key;
using Kind = MasterDataError::Kind;
using security::Permission;

auto log() {
    static auto l = logging::logger("batch.core.masterdata");
    return l;
}

constexpr std::array kStatusNames{
    std::pair{LotStatus::Quarantine, "Quarantine"},
    std::pair{LotStatus::Released, "Released"},
    std::pair{LotStatus::Rejected, "Rejected"},
    std::pair{LotStatus::Expired, "Expired"},
};

constexpr const char* kLotColumns =
    "SELECT lot_id, material_code, supplier, supplier_lot, expiry_date, status, received_by, "
    "received_utc, status_by, status_utc FROM material_lots ";

MaterialLot readLot(const store::Statement& st) {
    MaterialLot l;
    l.lotId = st.text(0);
    l.materialCode = st.text(1);
    l.supplier = st.text(2);
    l.supplierLot = st.text(3);
    l.expiryDate = st.text(4);
    l.status = lotStatusFromName(st.text(5)).value_or(LotStatus::Rejected);
    l.receivedBy = st.text(6);
    l.receivedUtc = st.text(7);
    l.statusBy = st.text(8);
    l.statusUtc = st.text(9);
    return l;
}

constexpr const char* kMaterialColumns =
    "SELECT material_code, name, unit, created_by, created_utc FROM materials ";

Material readMaterial(const store::Statement& st) {
    return {st.text(0), st.text(1), st.text(2), st.text(3), st.text(4)};
}

std::optional<MaterialLot> loadLot(store::Database& db, const QString& lotId) {
    return detail::loadOne(db, std::string(kLotColumns) + "WHERE lot_id = ?", lotId, readLot);
}

std::optional<Material> loadMaterial(store::Database& db, const QString& code) {
    return detail::loadOne(db, std::string(kMaterialColumns) + "WHERE material_code = ?", code,
                           readMaterial);
}

bool transitionAllowed(LotStatus from, LotStatus to) {
    switch (from) {
        case LotStatus::Quarantine:
            return to != LotStatus::Quarantine;
        case LotStatus::Released:
            return to != LotStatus::Released;
        case LotStatus::Rejected:
        case LotStatus::Expired:
            return false;  // final
    }
    return false;
}

}  // namespace

QString lotStatusName(LotStatus status) {
    for (const auto& [s, name] : kStatusNames)
        if (s == status)
            return QString::fromLatin1(name);
    return {};
}

std::optional<LotStatus> lotStatusFromName(const QString& name) {
    for (const auto& [s, n] : kStatusNames)
        if (name == QLatin1String(n))
            return s;
    return std::nullopt;
}

Material MaterialRepository::addMaterial(const security::User& actor, const QString& code,
                                         const QString& name, const QString& unit,
                                         const QString& reason) {
    detail::requirePermission(actor, Permission::ManageMasterData);
    detail::requireCode(code, MasterDataText::tr("material code"));
    const QString n = detail::requireText(name, MasterDataText::tr("material name"));
    const QString u = detail::requireText(unit, MasterDataText::tr("unit"), 16);
    const QString why = detail::requireReason(reason);
    record::RecordTransaction txn(journal_);
    if (loadMaterial(txn.db(), code))
        throw MasterDataError(Kind::Conflict,
                              MasterDataText::tr("Material %1 already exists.").arg(code));
    const QString now = record::formatUtcMillis(txn.nowMs());
    store::Statement st = txn.db().prepare(
        "INSERT INTO materials (material_code, name, unit, created_by, created_utc) "
        "VALUES (?, ?, ?, ?, ?)");
    st.bind(1, code).bind(2, n).bind(3, u).bind(4, actor.id).bind(5, now);
    st.run();
    txn.append({types::kMaterialAdded,
                actor.id,
                {{key("material_code"), code},
                 {key("old"), QJsonObject{}},
                 {key("new"), QJsonObject{{key("name"), n}, {key("unit"), u}}},
                 {key("reason"), why}}});
    txn.commit();
    log()->info("material {} added by {}", code.toStdString(), actor.id.toStdString());
    return {code, n, u, actor.id, now};
}

MaterialLot MaterialRepository::receiveLot(const security::User& actor, const NewLot& lot,
                                           const QString& reason) {
    detail::requirePermission(actor, Permission::ManageMasterData);
    detail::requireCode(lot.lotId, MasterDataText::tr("lot id"));
    detail::requireCode(lot.materialCode, MasterDataText::tr("material code"));
    const QString supplier = detail::requireText(lot.supplier, MasterDataText::tr("supplier"));
    const QString supplierLot = lot.supplierLot.trimmed();
    if (supplierLot.size() > 64)
        throw MasterDataError(
            Kind::Invalid,
            MasterDataText::tr("The supplier's lot number is longer than 64 characters."));
    detail::requireDate(lot.expiryDate, MasterDataText::tr("expiry date"));
    const QString why = detail::requireReason(reason);
    record::RecordTransaction txn(journal_);
    if (!loadMaterial(txn.db(), lot.materialCode))
        throw MasterDataError(
            Kind::NotFound,
            MasterDataText::tr("There is no material %1; add it first.").arg(lot.materialCode));
    if (loadLot(txn.db(), lot.lotId))
        throw MasterDataError(Kind::Conflict,
                              MasterDataText::tr("Lot %1 already exists.").arg(lot.lotId));
    const QString now = record::formatUtcMillis(txn.nowMs());
    const QString quarantine = lotStatusName(LotStatus::Quarantine);
    store::Statement st = txn.db().prepare(
        "INSERT INTO material_lots (lot_id, material_code, supplier, supplier_lot, expiry_date, "
        "status, received_by, received_utc, status_by, status_utc) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    st.bind(1, lot.lotId).bind(2, lot.materialCode).bind(3, supplier).bind(4, supplierLot);
    st.bind(5, lot.expiryDate).bind(6, quarantine).bind(7, actor.id).bind(8, now);
    st.bind(9, actor.id).bind(10, now);
    st.run();
    txn.append({types::kLotReceived,
                actor.id,
                {{key("lot_id"), lot.lotId},
                 {key("material_code"), lot.materialCode},
                 {key("old"), QJsonObject{}},
                 {key("new"), QJsonObject{{key("supplier"), supplier},
                                          {key("supplier_lot"), supplierLot},
                                          {key("expiry_date"), lot.expiryDate},
                                          {key("status"), quarantine}}},
                 {key("reason"), why}}});
    txn.commit();
    log()->info("lot {} of {} received by {}", lot.lotId.toStdString(),
                lot.materialCode.toStdString(), actor.id.toStdString());
    return *loadLot(journal_.db(), lot.lotId);
}

MaterialLot MaterialRepository::changeLotStatus(const security::User& actor, const QString& lotId,
                                                LotStatus to, const QString& reason) {
    detail::requirePermission(actor, Permission::ReleaseMaterials);
    const QString why = detail::requireReason(reason);
    record::RecordTransaction txn(journal_);
    const auto current = loadLot(txn.db(), lotId);
    if (!current)
        throw MasterDataError(Kind::NotFound, MasterDataText::tr("There is no lot %1.").arg(lotId));
    if (!transitionAllowed(current->status, to))
        throw MasterDataError(Kind::WrongState,
                              MasterDataText::tr("Lot %1 is %2: it cannot become %3.")
                                  .arg(lotId, lotStatusName(current->status), lotStatusName(to)));
    const QString today = detail::utcDate(txn.nowMs());
    if (to == LotStatus::Released && current->expiredOn(today))
        throw MasterDataError(
            Kind::WrongState,
            MasterDataText::tr("Lot %1 expired on %2; an expired lot cannot be released.")
                .arg(lotId, current->expiryDate));
    const QString now = record::formatUtcMillis(txn.nowMs());
    store::Statement st = txn.db().prepare(
        "UPDATE material_lots SET status = ?, status_by = ?, status_utc = ? WHERE lot_id = ?");
    st.bind(1, lotStatusName(to)).bind(2, actor.id).bind(3, now).bind(4, lotId);
    st.run();
    txn.append({types::kLotStatusChanged,
                actor.id,
                {{key("lot_id"), lotId},
                 {key("material_code"), current->materialCode},
                 {key("old"), QJsonObject{{key("status"), lotStatusName(current->status)}}},
                 {key("new"), QJsonObject{{key("status"), lotStatusName(to)}}},
                 {key("reason"), why}}});
    txn.commit();
    log()->info("lot {} {} -> {} by {}", lotId.toStdString(),
                lotStatusName(current->status).toStdString(), lotStatusName(to).toStdString(),
                actor.id.toStdString());
    return *loadLot(journal_.db(), lotId);
}

std::optional<Material> MaterialRepository::material(const QString& code) const {
    return loadMaterial(journal_.db(), code);
}

std::vector<Material> MaterialRepository::materials() const {
    store::Statement st =
        journal_.db().prepare((std::string(kMaterialColumns) + "ORDER BY material_code").c_str());
    std::vector<Material> out;
    while (st.step()) out.push_back(readMaterial(st));
    return out;
}

std::optional<MaterialLot> MaterialRepository::lot(const QString& lotId) const {
    return loadLot(journal_.db(), lotId);
}

std::vector<MaterialLot> MaterialRepository::lots(const QString& materialCode) const {
    store::Statement st = journal_.db().prepare(
        (std::string(kLotColumns) + (materialCode.isEmpty() ? "" : "WHERE material_code = ? ") +
         "ORDER BY material_code, lot_id")
            .c_str());
    if (!materialCode.isEmpty())
        st.bind(1, materialCode);
    std::vector<MaterialLot> out;
    while (st.step()) out.push_back(readLot(st));
    return out;
}

MaterialLot MaterialRepository::requireUsableLot(const QString& lotId, const QString& materialCode,
                                                 std::int64_t nowMs) const {
    const auto l = lot(lotId);
    if (!l)
        throw MasterDataError(Kind::NotFound, MasterDataText::tr("There is no lot %1.").arg(lotId));
    if (l->materialCode != materialCode)
        throw MasterDataError(Kind::WrongMaterial,
                              MasterDataText::tr("Lot %1 is material %2, not the expected %3.")
                                  .arg(lotId, l->materialCode, materialCode));
    if (l->status != LotStatus::Released)
        throw MasterDataError(Kind::NotUsable,
                              MasterDataText::tr("Lot %1 is %2; only a Released lot may be used.")
                                  .arg(lotId, lotStatusName(l->status)));
    if (l->expiredOn(detail::utcDate(nowMs)))
        throw MasterDataError(Kind::NotUsable,
                              MasterDataText::tr("Lot %1 expired on %2 and may not be used.")
                                  .arg(lotId, l->expiryDate));
    return *l;
}

}  // namespace batch::masterdata
