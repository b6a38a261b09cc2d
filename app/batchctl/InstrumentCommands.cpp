// `batchctl instrument ...`: the instrument master (core/instruments), always as a
// signed-in user: registering and changing instruments and recording calibrations need
// manage_master_data, a daily check execute_steps (or manage_master_data). Every change is
// one MasterDataChanged event with old and new values, who and why.
#include "Commands.h"
#include "SignIn.h"
#include "StoreAccess.h"

#include "instruments/InstrumentRegistry.h"
#include "record/Event.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace batch::cli {
namespace {

using instruments::Instrument;
using instruments::InstrumentError;
using security::Permission;

QString opt(const char* name) {
    return QString::fromLatin1(name);
}

void addReason(Command& cmd) {
    cmd.option(opt("reason"), QStringLiteral("Why (recorded in the audit trail)."),
               QStringLiteral("text"), true);
}

void addConnectionOptions(Command& cmd) {
    cmd.option(
        opt("protocol"),
        QStringLiteral("How the station reads it: mt-sics, sbi, and (serial), hid-pos (USB); "
                       "none for instruments read off and typed in."),
        QStringLiteral("name"));
    cmd.option(opt("port"), QStringLiteral("Serial port or HID device (see balance read)."),
               QStringLiteral("path"));
    cmd.option(opt("baud"), QStringLiteral("Baud rate (default 9600)."), QStringLiteral("n"));
    cmd.option(opt("data-bits"), QStringLiteral("5-8 (default 8)."), QStringLiteral("n"));
    cmd.option(opt("parity"), QStringLiteral("none, even, odd, mark, space."), QStringLiteral("p"));
    cmd.option(opt("stop-bits"), QStringLiteral("1, 1.5, 2."), QStringLiteral("n"));
    cmd.option(opt("flow-control"), QStringLiteral("none, hardware, software."),
               QStringLiteral("f"));
    cmd.option(opt("hid-backend"), QStringLiteral("hid-pos: hidraw or hidapi."),
               QStringLiteral("b"));
}

bool hasConnectionOptions(const Command& cmd) {
    for (const char* name : {"protocol", "port", "baud", "data-bits", "parity", "stop-bits",
                             "flow-control", "hid-backend"}) {
        if (cmd.isSet(opt(name)))
            return true;
    }
    return false;
}

instruments::InstrumentConnection connectionFrom(const Command& cmd,
                                                 instruments::InstrumentConnection c) {
    if (cmd.isSet(opt("protocol")))
        c.protocol = cmd.value(opt("protocol")) == QLatin1String("none")
                         ? QString()
                         : cmd.value(opt("protocol"));
    if (cmd.isSet(opt("port")))
        c.port = cmd.value(opt("port"));
    const auto number = [&](const char* name, int& field) {
        if (!cmd.isSet(opt(name)))
            return;
        bool ok = false;
        field = cmd.value(opt(name)).toInt(&ok);
        if (!ok)
            usageError(
                QStringLiteral("batchctl %1: --%2 must be a number").arg(cmd.path(), opt(name)));
    };
    number("baud", c.baudRate);
    number("data-bits", c.dataBits);
    if (cmd.isSet(opt("parity")))
        c.parity = cmd.value(opt("parity"));
    if (cmd.isSet(opt("stop-bits")))
        c.stopBits = cmd.value(opt("stop-bits"));
    if (cmd.isSet(opt("flow-control")))
        c.flowControl = cmd.value(opt("flow-control"));
    if (cmd.isSet(opt("hid-backend")))
        c.hidBackend = cmd.value(opt("hid-backend"));
    return c;
}

QDate dateOption(const Command& cmd, const char* name) {
    const std::optional<QDate> d = record::parseIsoDate(cmd.require(opt(name)));
    if (!d)
        usageError(QStringLiteral("batchctl %1: --%2 must be a date YYYY-MM-DD")
                       .arg(cmd.path(), opt(name)));
    return *d;
}

// Runs `body` with the store open and the actor signed in; instrument refusals become
// exit code 1 with the reason.
template <typename Body>
int asActor(const Command& cmd, Permission a, Permission b, Body&& body) {
    const StoreLocation where = storeLocation(cmd);
    const ActorOptions actor = actingUser(cmd);
    return withStation(where, [&](Station& station) {
        const security::User user = signIn(
            station, actor.id, actor.password,
            station.users().find(actor.id) && station.users().find(actor.id)->has(b) ? b : a);
        try {
            return body(station, user);
        } catch (const InstrumentError& e) {
            failure(QStringLiteral("refused: %1").arg(e.message()));
        }
    });
}

QString describe(const Instrument& in) {
    return QStringLiteral("%1 (%2 %3, serial %4, class %5)")
        .arg(in.id, in.type, in.model, in.serialNumber, in.instrumentClass);
}

int add(const QStringList& args) {
    Command cmd(QStringLiteral("instrument add"),
                QStringLiteral("Register an instrument in the instrument master. Balances need "
                               "unit, capacity and readability; --calibrated-on/--calibration-due "
                               "record its calibration at once. --simulated registers a balance "
                               "simulator (demo, tests): the only kind whose port may be a "
                               "pseudo-terminal, and marked in every weight recorded from it."));
    addStoreOptions(cmd);
    addActingUserOptions(cmd, QStringLiteral("master-data manager"));
    cmd.option(opt("id"), QStringLiteral("Instrument id (e.g. BAL-300-01)."), QStringLiteral("id"),
               true);
    cmd.option(opt("type"), QStringLiteral("balance, ph_meter, checkweigher, ..."),
               QStringLiteral("type"), true);
    cmd.option(opt("model"), QStringLiteral("Model."), QStringLiteral("text"), true);
    cmd.option(opt("serial"), QStringLiteral("Serial number as the instrument reports it."),
               QStringLiteral("text"), true);
    cmd.option(opt("class"), QStringLiteral("Instrument class the MBR steps ask for."),
               QStringLiteral("code"), true);
    cmd.option(opt("location"), QStringLiteral("Where it stands."), QStringLiteral("text"), true);
    cmd.option(opt("unit"), QStringLiteral("Balances: the unit (g, kg, mg)."), QStringLiteral("u"));
    cmd.option(opt("capacity"), QStringLiteral("Balances: maximum capacity."), QStringLiteral("n"));
    cmd.option(opt("readability"), QStringLiteral("Balances: one digit (d)."), QStringLiteral("d"));
    cmd.option(opt("min-weight"), QStringLiteral("Balances: minimum weight (USP <41>)."),
               QStringLiteral("n"));
    addConnectionOptions(cmd);
    cmd.flag(opt("simulated"), QStringLiteral("A balance simulator (demo, tests)."));
    cmd.option(opt("calibrated-on"), QStringLiteral("Date of the last calibration."),
               QStringLiteral("YYYY-MM-DD"));
    cmd.option(opt("calibration-due"), QStringLiteral("Calibration valid through this date."),
               QStringLiteral("YYYY-MM-DD"));
    cmd.option(opt("certificate"), QStringLiteral("Calibration certificate number."),
               QStringLiteral("text"));
    addReason(cmd);
    if (!cmd.parse(args))
        return kExitOk;
    Instrument in;
    in.id = cmd.require(opt("id"));
    in.type = cmd.require(opt("type"));
    in.model = cmd.require(opt("model"));
    in.serialNumber = cmd.require(opt("serial"));
    in.instrumentClass = cmd.require(opt("class"));
    in.location = cmd.require(opt("location"));
    in.unit = cmd.value(opt("unit"));
    in.capacity = cmd.value(opt("capacity"));
    in.readability = cmd.value(opt("readability"));
    in.minimumWeight = cmd.value(opt("min-weight"));
    in.connection = connectionFrom(cmd, {});
    in.simulated = cmd.isSet(opt("simulated"));
    const bool calibrated = cmd.isSet(opt("calibrated-on")) || cmd.isSet(opt("calibration-due"));
    const QDate on = calibrated ? dateOption(cmd, "calibrated-on") : QDate();
    const QDate due = calibrated ? dateOption(cmd, "calibration-due") : QDate();
    const QString certificate = calibrated ? cmd.require(opt("certificate")) : QString();
    const QString reason = cmd.require(opt("reason"));
    return asActor(
        cmd, Permission::ManageMasterData, Permission::ManageMasterData,
        [&](Station& station, const security::User& user) {
            Instrument added = station.instruments().registerInstrument(user, in, reason);
            if (calibrated)
                added = station.instruments().recordCalibration(user, added.id, on, due,
                                                                certificate, reason);
            printOut(
                QStringLiteral("registered %1%2\n")
                    .arg(describe(added),
                         calibrated
                             ? QStringLiteral(", calibration due %1").arg(due.toString(Qt::ISODate))
                             : QString()));
            return int(kExitOk);
        });
}

int list(const QStringList& args) {
    Command cmd(QStringLiteral("instrument list"),
                QStringLiteral("List the instrument master: id, type, class, serial number, state, "
                               "calibration due, today's daily check, connection."));
    addStoreOptions(cmd);
    addActingUserOptions(cmd, QStringLiteral("user"));
    cmd.flag(opt("json"), QStringLiteral("Print a JSON array of every field."));
    if (!cmd.parse(args))
        return kExitOk;
    return asActor(
        cmd, Permission::ExecuteSteps, Permission::ManageMasterData,
        [&](Station& station, const security::User&) {
            const std::vector<Instrument> all = station.instruments().list();
            const QDate today = station.instruments().today();
            if (cmd.isSet(opt("json"))) {
                QJsonArray out;
                for (const Instrument& in : all) {
                    QJsonObject o = in.toJson();
                    o.insert(opt("version"), in.version);
                    out.append(o);
                }
                printOut(QString::fromUtf8(QJsonDocument(out).toJson()));
                return int(kExitOk);
            }
            QList<QStringList> rows;
            for (const Instrument& in : all) {
                const QString check = !in.dailyCheck || in.dailyCheck->date != today
                                          ? QStringLiteral("missing")
                                          : (in.dailyCheck->passed ? QStringLiteral("passed")
                                                                   : QStringLiteral("FAILED"));
                rows.append({in.id, in.type, in.instrumentClass, in.serialNumber,
                             instruments::instrumentStateName(in.state),
                             in.calibrationDue.toString(Qt::ISODate), check,
                             (in.simulated ? QStringLiteral("SIMULATED ") : QString()) +
                                 in.connection.protocol + QLatin1Char(' ') + in.connection.port});
            }
            printOut(formatTable(
                {QStringLiteral("ID"), QStringLiteral("TYPE"), QStringLiteral("CLASS"),
                 QStringLiteral("SERIAL"), QStringLiteral("STATE"), QStringLiteral("CAL DUE"),
                 QStringLiteral("DAILY CHECK"), QStringLiteral("CONNECTION")},
                rows));
            return int(kExitOk);
        });
}

int calibrate(const QStringList& args) {
    Command cmd(QStringLiteral("instrument calibrate"),
                QStringLiteral("Record a calibration: the date it was done, the date it is due "
                               "again (valid through that day) and the certificate."));
    addStoreOptions(cmd);
    addActingUserOptions(cmd, QStringLiteral("master-data manager"));
    cmd.option(opt("id"), QStringLiteral("Instrument id."), QStringLiteral("id"), true);
    cmd.option(opt("calibrated-on"), QStringLiteral("Date of the calibration."),
               QStringLiteral("YYYY-MM-DD"), true);
    cmd.option(opt("due"), QStringLiteral("Due again on."), QStringLiteral("YYYY-MM-DD"), true);
    cmd.option(opt("certificate"), QStringLiteral("Certificate number."), QStringLiteral("text"),
               true);
    addReason(cmd);
    if (!cmd.parse(args))
        return kExitOk;
    const QString id = cmd.require(opt("id"));
    const QDate on = dateOption(cmd, "calibrated-on");
    const QDate due = dateOption(cmd, "due");
    const QString certificate = cmd.require(opt("certificate"));
    const QString reason = cmd.require(opt("reason"));
    return asActor(cmd, Permission::ManageMasterData, Permission::ManageMasterData,
                   [&](Station& station, const security::User& user) {
                       const Instrument in = station.instruments().recordCalibration(
                           user, id, on, due, certificate, reason);
                       printOut(QStringLiteral("%1: calibrated on %2, due %3 (%4)\n")
                                    .arg(in.id, on.toString(Qt::ISODate), due.toString(Qt::ISODate),
                                         certificate));
                       return int(kExitOk);
                   });
}

int dailyCheck(const QStringList& args) {
    Command cmd(QStringLiteral("instrument daily-check"),
                QStringLiteral("Record today's daily check of an instrument (by the station's "
                               "date), passed or failed. Weighings need a passed check today."));
    addStoreOptions(cmd);
    addActingUserOptions(cmd, QStringLiteral("user who did the check"));
    cmd.option(opt("id"), QStringLiteral("Instrument id."), QStringLiteral("id"), true);
    cmd.option(opt("result"), QStringLiteral("pass or fail."), QStringLiteral("result"), true);
    cmd.option(opt("note"), QStringLiteral("e.g. the check weight and what it read."),
               QStringLiteral("text"));
    if (!cmd.parse(args))
        return kExitOk;
    const QString id = cmd.require(opt("id"));
    const QString result = cmd.require(opt("result"));
    if (result != QLatin1String("pass") && result != QLatin1String("fail"))
        usageError(QStringLiteral("batchctl instrument daily-check: --result is pass or fail"));
    return asActor(
        cmd, Permission::ExecuteSteps, Permission::ManageMasterData,
        [&](Station& station, const security::User& user) {
            const Instrument in = station.instruments().recordDailyCheck(
                user, id, result == QLatin1String("pass"), cmd.value(opt("note")));
            printOut(QStringLiteral("%1: daily check %2 on %3 by %4\n")
                         .arg(in.id, result, in.dailyCheck->date.toString(Qt::ISODate), user.id));
            return int(kExitOk);
        });
}

int set(const QStringList& args) {
    Command cmd(QStringLiteral("instrument set"),
                QStringLiteral("Change an instrument: state (in_service, out_of_service, retired), "
                               "location, class, serial number, range or connection."));
    addStoreOptions(cmd);
    addActingUserOptions(cmd, QStringLiteral("master-data manager"));
    cmd.option(opt("id"), QStringLiteral("Instrument id."), QStringLiteral("id"), true);
    cmd.option(opt("state"), QStringLiteral("in_service, out_of_service or retired."),
               QStringLiteral("state"));
    for (const char* name :
         {"model", "serial", "class", "location", "unit", "capacity", "readability", "min-weight"})
        cmd.option(opt(name), QStringLiteral("New value."), QStringLiteral("value"));
    addConnectionOptions(cmd);
    addReason(cmd);
    if (!cmd.parse(args))
        return kExitOk;
    const QString id = cmd.require(opt("id"));
    const QString reason = cmd.require(opt("reason"));
    instruments::InstrumentUpdate u;
    const auto text = [&](const char* name) -> std::optional<QString> {
        return cmd.isSet(opt(name)) ? std::optional(cmd.value(opt(name))) : std::nullopt;
    };
    u.model = text("model");
    u.serialNumber = text("serial");
    u.instrumentClass = text("class");
    u.location = text("location");
    u.unit = text("unit");
    u.capacity = text("capacity");
    u.readability = text("readability");
    u.minimumWeight = text("min-weight");
    if (cmd.isSet(opt("state"))) {
        u.state = instruments::instrumentStateFromName(cmd.value(opt("state")));
        if (!u.state)
            usageError(
                QStringLiteral("batchctl instrument set: --state is in_service, "
                               "out_of_service or retired"));
    }
    return asActor(cmd, Permission::ManageMasterData, Permission::ManageMasterData,
                   [&](Station& station, const security::User& user) {
                       if (hasConnectionOptions(cmd)) {
                           const auto current = station.instruments().find(id);
                           if (current)
                               u.connection = connectionFrom(cmd, current->connection);
                       }
                       const Instrument in = station.instruments().update(user, id, u, reason);
                       printOut(QStringLiteral("%1: version %2\n").arg(in.id).arg(in.version));
                       return int(kExitOk);
                   });
}

}  // namespace

std::vector<Subcommand> instrumentSubcommands() {
    return {
        {QStringLiteral("add"), QStringLiteral("Register an instrument"), add},
        {QStringLiteral("list"), QStringLiteral("List the instrument master"), list},
        {QStringLiteral("calibrate"), QStringLiteral("Record a calibration"), calibrate},
        {QStringLiteral("daily-check"), QStringLiteral("Record today's daily check"), dailyCheck},
        {QStringLiteral("set"), QStringLiteral("Change an instrument (state, location, ...)"), set},
    };
}

}  // namespace batch::cli
