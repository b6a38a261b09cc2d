// `batchctl material ...` and `batchctl material lot ...`: the material master and its
// lots over masterdata::MaterialRepository. Every change is recorded by the repository as
// an event (old/new, who, why) in the same transaction as the row.
#include "Commands.h"
#include "MasterDataCli.h"
#include "SignIn.h"
#include "StoreAccess.h"

#include "masterdata/MaterialRepository.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace batch::cli {
namespace {

using masterdata::LotStatus;
using masterdata::MaterialLot;
using security::Permission;

QJsonObject lotJson(const MaterialLot& l) {
    return {{QStringLiteral("lot_id"), l.lotId},
            {QStringLiteral("material_code"), l.materialCode},
            {QStringLiteral("supplier"), l.supplier},
            {QStringLiteral("supplier_lot"), l.supplierLot},
            {QStringLiteral("expiry_date"), l.expiryDate},
            {QStringLiteral("status"), masterdata::lotStatusName(l.status)},
            {QStringLiteral("received_by"), l.receivedBy},
            {QStringLiteral("received_utc"), l.receivedUtc},
            {QStringLiteral("status_by"), l.statusBy},
            {QStringLiteral("status_utc"), l.statusUtc}};
}

int addMaterial(const QStringList& args) {
    Command cmd(QStringLiteral("material add"),
                QStringLiteral("Add a material to the material master (administrator). Its code "
                               "is the one the MBR bills of materials use."));
    addStoreOptions(cmd);
    addActingUserOptions(cmd, QStringLiteral("administrator"));
    cmd.option(QStringLiteral("code"), QStringLiteral("Material code, e.g. RM-PCM-001."),
               QStringLiteral("code"), true);
    cmd.option(QStringLiteral("name"), QStringLiteral("Material name."), QStringLiteral("text"),
               true);
    cmd.option(QStringLiteral("unit"), QStringLiteral("Unit of the material, e.g. kg."),
               QStringLiteral("unit"), true);
    addReasonOption(cmd);
    if (!cmd.parse(args))
        return kExitOk;
    const StoreLocation where = storeLocation(cmd);
    const ActorOptions actor = actingUser(cmd);
    return withMasterData(where, [&](Station& station) {
        const security::User user =
            signIn(station, actor.id, actor.password, Permission::ManageMasterData);
        const masterdata::Material m = station.materials().addMaterial(
            user, cmd.require(QStringLiteral("code")), cmd.require(QStringLiteral("name")),
            cmd.require(QStringLiteral("unit")), cmd.require(QStringLiteral("reason")));
        printOut(QStringLiteral("added material %1 (%2, %3)\n").arg(m.code, m.name, m.unit));
        return int(kExitOk);
    });
}

int listMaterials(const QStringList& args) {
    Command cmd(QStringLiteral("material list"), QStringLiteral("List the material master."));
    addStoreOptions(cmd);
    cmd.flag(QStringLiteral("json"), QStringLiteral("Print a JSON array."));
    if (!cmd.parse(args))
        return kExitOk;
    const StoreLocation where = storeLocation(cmd);
    return withMasterData(where, [&](Station& station) {
        QJsonArray array;
        QList<QStringList> rows;
        for (const masterdata::Material& m : station.materials().materials()) {
            array.append(QJsonObject{{QStringLiteral("material_code"), m.code},
                                     {QStringLiteral("name"), m.name},
                                     {QStringLiteral("unit"), m.unit},
                                     {QStringLiteral("created_by"), m.createdBy},
                                     {QStringLiteral("created_utc"), m.createdUtc}});
            rows.append({m.code, m.unit, m.name});
        }
        printListing(cmd, array,
                     formatTable({QStringLiteral("MATERIAL"), QStringLiteral("UNIT"),
                                  QStringLiteral("NAME")},
                                 rows));
        return int(kExitOk);
    });
}

int addLot(const QStringList& args) {
    Command cmd(QStringLiteral("material lot add"),
                QStringLiteral("Record the receipt of a material lot (administrator). The lot "
                               "starts in Quarantine; QA releases it."));
    addStoreOptions(cmd);
    addActingUserOptions(cmd, QStringLiteral("administrator"));
    cmd.option(QStringLiteral("lot"), QStringLiteral("Lot id as on the container label."),
               QStringLiteral("id"), true);
    cmd.option(QStringLiteral("material"), QStringLiteral("Material code."), QStringLiteral("code"),
               true);
    cmd.option(QStringLiteral("supplier"), QStringLiteral("Supplier name."), QStringLiteral("text"),
               true);
    cmd.option(QStringLiteral("supplier-lot"), QStringLiteral("The supplier's lot number."),
               QStringLiteral("text"));
    cmd.option(QStringLiteral("expiry"),
               QStringLiteral("Expiry date YYYY-MM-DD (usable through that UTC day)."),
               QStringLiteral("date"), true);
    addReasonOption(cmd);
    if (!cmd.parse(args))
        return kExitOk;
    const StoreLocation where = storeLocation(cmd);
    const ActorOptions actor = actingUser(cmd);
    return withMasterData(where, [&](Station& station) {
        const security::User user =
            signIn(station, actor.id, actor.password, Permission::ManageMasterData);
        const MaterialLot l = station.materials().receiveLot(
            user,
            {cmd.require(QStringLiteral("lot")), cmd.require(QStringLiteral("material")),
             cmd.require(QStringLiteral("supplier")), cmd.value(QStringLiteral("supplier-lot")),
             cmd.require(QStringLiteral("expiry"))},
            cmd.require(QStringLiteral("reason")));
        printOut(
            QStringLiteral("received lot %1 of %2 (expires %3): %4\n")
                .arg(l.lotId, l.materialCode, l.expiryDate, masterdata::lotStatusName(l.status)));
        return int(kExitOk);
    });
}

int listLots(const QStringList& args) {
    Command cmd(QStringLiteral("material lot list"),
                QStringLiteral("List material lots with status and expiry date."));
    addStoreOptions(cmd);
    cmd.option(QStringLiteral("material"), QStringLiteral("Only lots of this material."),
               QStringLiteral("code"));
    cmd.flag(QStringLiteral("json"), QStringLiteral("Print a JSON array."));
    if (!cmd.parse(args))
        return kExitOk;
    const StoreLocation where = storeLocation(cmd);
    return withMasterData(where, [&](Station& station) {
        QJsonArray array;
        QList<QStringList> rows;
        for (const MaterialLot& l :
             station.materials().lots(cmd.value(QStringLiteral("material")))) {
            array.append(lotJson(l));
            rows.append({l.lotId, l.materialCode, masterdata::lotStatusName(l.status), l.expiryDate,
                         l.supplier});
        }
        printListing(cmd, array,
                     formatTable({QStringLiteral("LOT"), QStringLiteral("MATERIAL"),
                                  QStringLiteral("STATUS"), QStringLiteral("EXPIRY"),
                                  QStringLiteral("SUPPLIER")},
                                 rows));
        return int(kExitOk);
    });
}

// release, reject, quarantine, expire: one QA decision on one lot.
int changeLotStatus(const QStringList& args, const QString& name, LotStatus to) {
    Command cmd(QStringLiteral("material lot ") + name,
                QStringLiteral("Set a lot to %1 (QA: release_materials).")
                    .arg(masterdata::lotStatusName(to)));
    addStoreOptions(cmd);
    addActingUserOptions(cmd, QStringLiteral("QA user"));
    cmd.option(QStringLiteral("lot"), QStringLiteral("Lot id."), QStringLiteral("id"), true);
    addReasonOption(cmd);
    if (!cmd.parse(args))
        return kExitOk;
    const StoreLocation where = storeLocation(cmd);
    const ActorOptions actor = actingUser(cmd);
    return withMasterData(where, [&](Station& station) {
        const security::User user =
            signIn(station, actor.id, actor.password, Permission::ReleaseMaterials);
        const MaterialLot l = station.materials().changeLotStatus(
            user, cmd.require(QStringLiteral("lot")), to, cmd.require(QStringLiteral("reason")));
        printOut(
            QStringLiteral("lot %1 is now %2\n").arg(l.lotId, masterdata::lotStatusName(l.status)));
        return int(kExitOk);
    });
}

std::vector<Subcommand> materialLotSubcommands() {
    const auto status = [](const char* name, LotStatus to) {
        return [name, to](const QStringList& a) {
            return changeLotStatus(a, QString::fromLatin1(name), to);
        };
    };
    return {
        {QStringLiteral("add"), QStringLiteral("Receive a lot (Quarantine)"), addLot},
        {QStringLiteral("list"), QStringLiteral("List lots"), listLots},
        {QStringLiteral("release"), QStringLiteral("QA: release a lot for use"),
         status("release", LotStatus::Released)},
        {QStringLiteral("reject"), QStringLiteral("QA: reject a lot"),
         status("reject", LotStatus::Rejected)},
        {QStringLiteral("quarantine"), QStringLiteral("QA: put a released lot back in quarantine"),
         status("quarantine", LotStatus::Quarantine)},
        {QStringLiteral("expire"), QStringLiteral("QA: mark a lot expired"),
         status("expire", LotStatus::Expired)},
    };
}

}  // namespace

std::vector<Subcommand> materialSubcommands() {
    return {
        {QStringLiteral("add"), QStringLiteral("Add a material to the material master"),
         addMaterial},
        {QStringLiteral("list"), QStringLiteral("List materials"), listMaterials},
        {QStringLiteral("lot"), QStringLiteral("Material lots: add, list, release, reject, ..."),
         [](const QStringList& a) {
             return runGroup(QStringLiteral("material lot"),
                             QStringLiteral("Material lots: receipt (Quarantine) and QA status "
                                            "decisions."),
                             materialLotSubcommands(), a);
         }},
    };
}

}  // namespace batch::cli
