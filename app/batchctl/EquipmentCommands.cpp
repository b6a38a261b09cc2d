// `batchctl equipment ...`: the equipment master over masterdata::EquipmentRepository:
// add and calibrate (administrator), clean and mark dirty (production), release from a
// batch (supervisor). Every change is an event (old/new, who, why).
#include "Commands.h"
#include "MasterDataCli.h"
#include "SignIn.h"
#include "StoreAccess.h"

#include "masterdata/EquipmentRepository.h"

#include <QJsonArray>
#include <QJsonObject>

namespace batch::cli {
namespace {

using masterdata::Equipment;
using security::Permission;

QJsonObject equipmentJson(const Equipment& e) {
    return {{QStringLiteral("equipment_id"), e.id},
            {QStringLiteral("equipment_class"), e.equipmentClass},
            {QStringLiteral("name"), e.name},
            {QStringLiteral("clean_status"), masterdata::cleanStatusName(e.cleanStatus)},
            {QStringLiteral("cleaned_utc"), e.cleanedUtc},
            {QStringLiteral("clean_until_utc"), e.cleanUntilUtc},
            {QStringLiteral("clean_hold_hours"), e.cleanHoldHours},
            {QStringLiteral("calibration_required"), e.calibrationRequired},
            {QStringLiteral("calibrated_until"), e.calibratedUntil},
            {QStringLiteral("in_use_batch"), e.inUseBatch},
            {QStringLiteral("in_use_since_utc"), e.inUseSinceUtc}};
}

void addIdOption(Command& cmd) {
    cmd.option(QStringLiteral("id"), QStringLiteral("Equipment id as on its label."),
               QStringLiteral("id"), true);
}

int addEquipment(const QStringList& args) {
    Command cmd(QStringLiteral("equipment add"),
                QStringLiteral("Add equipment to the equipment master (administrator). New "
                               "equipment is dirty until its first cleaning is recorded."));
    addStoreOptions(cmd);
    addActingUserOptions(cmd, QStringLiteral("administrator"));
    addIdOption(cmd);
    cmd.option(QStringLiteral("class"),
               QStringLiteral("Equipment class (an MBR equipmentClasses code)."),
               QStringLiteral("code"), true);
    cmd.option(QStringLiteral("name"), QStringLiteral("Name."), QStringLiteral("text"), true);
    cmd.option(QStringLiteral("clean-hold-hours"),
               QStringLiteral("Validated clean hold time in hours (default 72)."),
               QStringLiteral("hours"));
    cmd.flag(QStringLiteral("no-calibration"),
             QStringLiteral("The equipment needs no calibration (e.g. a bin)."));
    addReasonOption(cmd);
    if (!cmd.parse(args))
        return kExitOk;
    int hours = 72;
    if (cmd.isSet(QStringLiteral("clean-hold-hours"))) {
        bool ok = false;
        hours = cmd.value(QStringLiteral("clean-hold-hours")).toInt(&ok);
        if (!ok)
            usageError(
                QStringLiteral("batchctl equipment add: --clean-hold-hours needs a whole "
                               "number of hours"));
    }
    const StoreLocation where = storeLocation(cmd);
    const ActorOptions actor = actingUser(cmd);
    return withMasterData(where, [&](Station& station) {
        const security::User user =
            signIn(station, actor.id, actor.password, Permission::ManageMasterData);
        const Equipment e = station.equipment().add(
            user,
            {cmd.require(QStringLiteral("id")), cmd.require(QStringLiteral("class")),
             cmd.require(QStringLiteral("name")), hours,
             !cmd.isSet(QStringLiteral("no-calibration"))},
            cmd.require(QStringLiteral("reason")));
        printOut(QStringLiteral("added equipment %1 (%2); it is dirty until cleaned\n")
                     .arg(e.id, e.equipmentClass));
        return int(kExitOk);
    });
}

int listEquipment(const QStringList& args) {
    Command cmd(QStringLiteral("equipment list"),
                QStringLiteral("List equipment: cleaning, calibration and which batch uses it."));
    addStoreOptions(cmd);
    cmd.flag(QStringLiteral("json"), QStringLiteral("Print a JSON array."));
    if (!cmd.parse(args))
        return kExitOk;
    const StoreLocation where = storeLocation(cmd);
    return withMasterData(where, [&](Station& station) {
        QJsonArray array;
        QList<QStringList> rows;
        for (const Equipment& e : station.equipment().list()) {
            array.append(equipmentJson(e));
            rows.append({e.id, e.equipmentClass, masterdata::cleanStatusName(e.cleanStatus),
                         e.cleanUntilUtc.isEmpty() ? QStringLiteral("-") : e.cleanUntilUtc,
                         !e.calibrationRequired        ? QStringLiteral("not required")
                         : e.calibratedUntil.isEmpty() ? QStringLiteral("never")
                                                       : e.calibratedUntil,
                         e.inUseBatch.isEmpty() ? QStringLiteral("-") : e.inUseBatch});
        }
        printListing(cmd, array,
                     formatTable({QStringLiteral("EQUIPMENT"), QStringLiteral("CLASS"),
                                  QStringLiteral("STATUS"), QStringLiteral("CLEAN UNTIL"),
                                  QStringLiteral("CALIBRATED UNTIL"), QStringLiteral("IN USE BY")},
                                 rows));
        return int(kExitOk);
    });
}

enum class Change { Clean, Dirty, Calibrate, Release };

int change(const QStringList& args, const QString& name, Change what) {
    const QString description =
        what == Change::Clean ? QStringLiteral(
                                    "Record a cleaning (production): clean for the "
                                    "equipment's clean hold time from now.")
        : what == Change::Dirty ? QStringLiteral("Mark equipment dirty (production).")
        : what == Change::Calibrate
            ? QStringLiteral("Record a calibration valid through --until (administrator).")
            : QStringLiteral(
                  "Release equipment a batch still holds (supervisor); it becomes "
                  "dirty.");
    Command cmd(QStringLiteral("equipment ") + name, description);
    addStoreOptions(cmd);
    addActingUserOptions(cmd, QStringLiteral("user"));
    addIdOption(cmd);
    if (what == Change::Calibrate)
        cmd.option(QStringLiteral("until"),
                   QStringLiteral("Calibration valid through this date (YYYY-MM-DD)."),
                   QStringLiteral("date"), true);
    addReasonOption(cmd);
    if (!cmd.parse(args))
        return kExitOk;
    const StoreLocation where = storeLocation(cmd);
    const ActorOptions actor = actingUser(cmd);
    const Permission needed = what == Change::Calibrate ? Permission::ManageMasterData
                              : what == Change::Release ? Permission::HandleDeviations
                                                        : Permission::ExecuteSteps;
    return withMasterData(where, [&](Station& station) {
        const security::User user = signIn(station, actor.id, actor.password, needed);
        const QString id = cmd.require(QStringLiteral("id"));
        const QString reason = cmd.require(QStringLiteral("reason"));
        masterdata::EquipmentRepository& repo = station.equipment();
        Equipment e;
        switch (what) {
            case Change::Clean:
                e = repo.clean(user, id, reason);
                break;
            case Change::Dirty:
                e = repo.markDirty(user, id, reason);
                break;
            case Change::Calibrate:
                e = repo.calibrate(user, id, cmd.require(QStringLiteral("until")), reason);
                break;
            case Change::Release:
                e = repo.release(user, id, reason);
                break;
        }
        printOut(QStringLiteral("equipment %1: %2%3%4\n")
                     .arg(e.id, masterdata::cleanStatusName(e.cleanStatus),
                          e.cleanUntilUtc.isEmpty()
                              ? QString()
                              : QStringLiteral(" until %1").arg(e.cleanUntilUtc),
                          e.calibratedUntil.isEmpty()
                              ? QString()
                              : QStringLiteral("; calibrated until %1").arg(e.calibratedUntil)));
        return int(kExitOk);
    });
}

}  // namespace

std::vector<Subcommand> equipmentSubcommands() {
    const auto run = [](const char* name, Change what) {
        return [name, what](const QStringList& a) {
            return change(a, QString::fromLatin1(name), what);
        };
    };
    return {
        {QStringLiteral("add"), QStringLiteral("Add equipment (dirty until cleaned)"),
         addEquipment},
        {QStringLiteral("list"), QStringLiteral("List equipment and its status"), listEquipment},
        {QStringLiteral("clean"), QStringLiteral("Record a cleaning"), run("clean", Change::Clean)},
        {QStringLiteral("dirty"), QStringLiteral("Mark equipment dirty"),
         run("dirty", Change::Dirty)},
        {QStringLiteral("calibrate"), QStringLiteral("Record a calibration (valid until a date)"),
         run("calibrate", Change::Calibrate)},
        {QStringLiteral("release"), QStringLiteral("Release equipment a batch holds (supervisor)"),
         run("release", Change::Release)},
    };
}

}  // namespace batch::cli
