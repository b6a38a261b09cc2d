// `batchctl central ...`: set up and administer the central PostgreSQL database
// (docs/sync.md, docs/cli.md §Central).
#include "CentralAccess.h"
#include "Commands.h"
#include "StoreAccess.h"

#include "model/MbrParser.h"
#include "record/AuditVerifier.h"
#include "security/Passwords.h"
#include "security/Roles.h"
#include "sync/CentralAdmin.h"
#include "sync/CentralSchema.h"
#include "sync/CentralVerifier.h"

#include <QFile>
#include <QJsonDocument>

namespace batch::cli {
namespace {

void printJson(const QJsonObject& o) {
    printOut(QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact)) +
             QLatin1Char('\n'));
}

int init(const QStringList& args) {
    Command cmd(QStringLiteral("central init"),
                QStringLiteral("Create or migrate the central schema (numbered migrations), the "
                               "group roles batch_station, batch_supervisor and batch_admin, and "
                               "the ingest, pull and publish functions. Run as the owner (a role "
                               "with CREATEROLE)."));
    addCentralOptions(cmd);
    if (!cmd.parse(args))
        return kExitOk;
    return withCentral(cmd, [&](sync::PgConnection& c, const sync::SyncConfig&) {
        const int before = sync::centralSchemaVersion(c);
        const int after = sync::migrateCentral(c);
        printOut(QStringLiteral("central schema at version %1 (was %2) on %3\n")
                     .arg(after)
                     .arg(before)
                     .arg(c.where()));
        return int(kExitOk);
    });
}

int status(const QStringList& args) {
    Command cmd(QStringLiteral("central status"),
                QStringLiteral("Show the central schema version, every registered station with "
                               "its watermark, last ingest and clock offset."));
    addCentralOptions(cmd);
    cmd.flag(QStringLiteral("json"), QStringLiteral("Print JSON."));
    if (!cmd.parse(args))
        return kExitOk;
    return withCentral(cmd, [&](sync::PgConnection& c, const sync::SyncConfig&) {
        const sync::CentralStatus s = sync::centralStatus(c);
        if (cmd.isSet(QStringLiteral("json"))) {
            printJson(s.toJson());
            return int(kExitOk);
        }
        if (s.schemaVersion == 0) {
            printOut(QStringLiteral("no central schema on %1: run `batchctl central init`\n")
                         .arg(c.where()));
            return int(kExitFailure);
        }
        QList<QStringList> rows;
        for (const auto& st : s.stations)
            rows.append({st.stationId, st.loginRole, QString::number(st.watermark),
                         st.lastIngestUtc,
                         st.clockOffsetMs ? QString::number(*st.clockOffsetMs) : QString()});
        printOut(QStringLiteral("central schema %1, %2 events, master-data change %3\n")
                     .arg(s.schemaVersion)
                     .arg(s.events)
                     .arg(s.masterSeq) +
                 formatTable({QStringLiteral("STATION"), QStringLiteral("ROLE"),
                              QStringLiteral("WATERMARK"), QStringLiteral("LAST INGEST (UTC)"),
                              QStringLiteral("CLOCK OFFSET MS")},
                             rows));
        return int(kExitOk);
    });
}

int verify(const QStringList& args) {
    Command cmd(QStringLiteral("central verify"),
                QStringLiteral("Verify every station's central chain (row hashes, links, gaps) "
                               "and every checkpoint's Ed25519 signature with the station's "
                               "registered key.\nExit 0 when everything holds, 1 naming the "
                               "first broken station/seq otherwise."));
    addCentralOptions(cmd);
    cmd.flag(QStringLiteral("json"), QStringLiteral("Print the report as JSON."));
    if (!cmd.parse(args))
        return kExitOk;
    return withCentral(cmd, [&](sync::PgConnection& c, const sync::SyncConfig&) {
        const record::VerifyReport report = sync::verifyCentral(c);
        if (cmd.isSet(QStringLiteral("json")))
            printOut(QString::fromUtf8(report.toJson()) + QLatin1Char('\n'));
        if (report.ok) {
            if (!cmd.isSet(QStringLiteral("json")))
                printOut(QStringLiteral("central record OK: %1 events, %2 signed checkpoints, %3 "
                                        "station(s)\n")
                             .arg(report.events)
                             .arg(report.checkpoints)
                             .arg(report.stations));
            return int(kExitOk);
        }
        const record::ChainBreak& b = *report.firstBroken;
        printErr(QStringLiteral("central record BROKEN: first broken row is station %1 seq %2 "
                                "(%3): %4\n")
                     .arg(b.stationId)
                     .arg(b.seq)
                     .arg(record::breakKindName(b.kind), b.reason));
        return int(kExitFailure);
    });
}

int stationAdd(const QStringList& args) {
    Command cmd(QStringLiteral("central station add"),
                QStringLiteral("Register a station and its Ed25519 public key. The key comes "
                               "from --public-key HEX or from the station's store (--db, "
                               "--key-file). With --role-password-file the station's login role "
                               "is created (member of batch_station: it may only call the ingest "
                               "and pull functions)."));
    addCentralOptions(cmd);
    cmd.option(QStringLiteral("station"), QStringLiteral("Station id (as in its store)."),
               QStringLiteral("ID"));
    cmd.option(QStringLiteral("public-key"), QStringLiteral("64 hex digits."),
               QStringLiteral("HEX"));
    cmd.option(QStringLiteral("db"), QStringLiteral("The station's store, to read id and key."),
               QStringLiteral("PATH"));
    cmd.option(QStringLiteral("key-file"), QStringLiteral("Key file of --db."),
               QStringLiteral("PATH"));
    cmd.option(QStringLiteral("role"), QStringLiteral("Login role of the station."),
               QStringLiteral("ROLE"), true);
    cmd.option(QStringLiteral("role-password-file"),
               QStringLiteral("Create the login role with the password in this file."),
               QStringLiteral("FILE"));
    cmd.option(QStringLiteral("description"), QStringLiteral("Free text (room, line)."),
               QStringLiteral("TEXT"));
    if (!cmd.parse(args))
        return kExitOk;
    sync::StationRegistration reg;
    reg.loginRole = cmd.value(QStringLiteral("role"));
    reg.description = cmd.value(QStringLiteral("description"));
    if (cmd.isSet(QStringLiteral("db"))) {
        withStation(storeLocation(cmd), [&](Station& station) {
            reg.stationId = station.stationId();
            reg.publicKeyHex = QString::fromLatin1(station.journal().publicKey().toHex());
            return 0;
        });
    } else {
        reg.stationId = cmd.require(QStringLiteral("station"));
        reg.publicKeyHex = cmd.require(QStringLiteral("public-key"));
    }
    if (cmd.isSet(QStringLiteral("station")) &&
        cmd.value(QStringLiteral("station")) != reg.stationId)
        usageError(QStringLiteral("central station add: --station %1 differs from the store's "
                                  "station id %2")
                       .arg(cmd.value(QStringLiteral("station")), reg.stationId));
    if (cmd.isSet(QStringLiteral("role-password-file")))
        reg.password = readSecretFile(cmd.value(QStringLiteral("role-password-file")),
                                      QStringLiteral("--role-password-file"));
    return withCentral(cmd, [&](sync::PgConnection& c, const sync::SyncConfig&) {
        sync::registerStation(c, reg);
        printOut(
            QStringLiteral("station %1 registered (role %2)\n").arg(reg.stationId, reg.loginRole));
        return int(kExitOk);
    });
}

int roleAdd(const QStringList& args, const QString& path, const char* group) {
    Command cmd(path, QStringLiteral("Create (or re-password) a login role that is a member of %1.")
                          .arg(QString::fromLatin1(group)));
    addCentralOptions(cmd);
    cmd.option(QStringLiteral("role"), QStringLiteral("Login role name."), QStringLiteral("ROLE"),
               true);
    cmd.option(QStringLiteral("role-password-file"), QStringLiteral("Its password (first line)."),
               QStringLiteral("FILE"), true);
    if (!cmd.parse(args))
        return kExitOk;
    const QString password = readSecretFile(cmd.value(QStringLiteral("role-password-file")),
                                            QStringLiteral("--role-password-file"));
    return withCentral(cmd, [&](sync::PgConnection& c, const sync::SyncConfig&) {
        sync::createLoginRole(c, cmd.value(QStringLiteral("role")), password, group);
        printOut(QStringLiteral("role %1 is a member of %2\n")
                     .arg(cmd.value(QStringLiteral("role")), QString::fromLatin1(group)));
        return int(kExitOk);
    });
}

void addReason(Command& cmd) {
    cmd.option(QStringLiteral("reason"),
               QStringLiteral("Why (recorded centrally and at every station)."),
               QStringLiteral("TEXT"), true);
}

int publishUser(const Command& cmd, const QJsonObject& doc) {
    return withCentral(cmd, [&](sync::PgConnection& c, const sync::SyncConfig&) {
        const std::int64_t seq = sync::publishMasterData(
            c, QStringLiteral("users"), doc.value(QStringLiteral("user_id")).toString(), doc,
            cmd.value(QStringLiteral("reason")));
        printOut(QStringLiteral("user %1 published as change %2\n")
                     .arg(doc.value(QStringLiteral("user_id")).toString())
                     .arg(seq));
        return int(kExitOk);
    });
}

QString checkedRoles(const QString& text) {
    try {
        const auto roles = security::parseRoles(text);
        if (roles.isEmpty())
            usageError(QStringLiteral("--roles: a user needs at least one role"));
        return security::joinRoles(roles);
    } catch (const std::invalid_argument& e) {
        usageError(QStringLiteral("--roles: %1").arg(QString::fromUtf8(e.what())));
    }
}

int userAdd(const QStringList& args) {
    Command cmd(QStringLiteral("central user add"),
                QStringLiteral("Publish a user centrally (stations create it at their next "
                               "sync; the user must change the initial password at first "
                               "login)."));
    addCentralOptions(cmd);
    cmd.option(QStringLiteral("id"), QStringLiteral("User id."), QStringLiteral("ID"), true);
    cmd.option(QStringLiteral("name"), QStringLiteral("Full (printed) name."),
               QStringLiteral("NAME"), true);
    cmd.option(QStringLiteral("roles"), QStringLiteral("operator,supervisor,qa,admin"),
               QStringLiteral("LIST"), true);
    cmd.option(QStringLiteral("initial-password-file"), QStringLiteral("Initial password."),
               QStringLiteral("FILE"), true);
    addReason(cmd);
    if (!cmd.parse(args))
        return kExitOk;
    const QString id = cmd.value(QStringLiteral("id"));
    const QString password = readSecretFile(cmd.value(QStringLiteral("initial-password-file")),
                                            QStringLiteral("--initial-password-file"));
    if (const QString problem = security::PasswordPolicy::check(id, password, {});
        !problem.isEmpty())
        failure(QStringLiteral("central user add: %1").arg(problem));
    const QJsonObject doc{
        {QStringLiteral("user_id"), id},
        {QStringLiteral("full_name"), cmd.value(QStringLiteral("name")).trimmed()},
        {QStringLiteral("roles"), checkedRoles(cmd.value(QStringLiteral("roles")))},
        {QStringLiteral("disabled"), false},
        {QStringLiteral("password_hash"), security::PasswordHasher::hash(password)}};
    return publishUser(cmd, doc);
}

// disable / enable / roles: the user's current central document, changed, without the
// password hash (a password travels only in the change that sets it).
int userChange(const QStringList& args, const QString& path, const QString& what,
               const std::function<void(QJsonObject&, const Command&)>& change, bool needsRoles) {
    Command cmd(path, what);
    addCentralOptions(cmd);
    cmd.option(QStringLiteral("id"), QStringLiteral("User id."), QStringLiteral("ID"), true);
    if (needsRoles)
        cmd.option(QStringLiteral("roles"), QStringLiteral("operator,supervisor,qa,admin"),
                   QStringLiteral("LIST"), true);
    addReason(cmd);
    if (!cmd.parse(args))
        return kExitOk;
    return withCentral(cmd, [&](sync::PgConnection& c, const sync::SyncConfig&) {
        const QString id = cmd.value(QStringLiteral("id"));
        auto doc = sync::currentMasterData(c, QStringLiteral("users"), id);
        if (!doc)
            failure(QStringLiteral("%1: user %2 was never published centrally").arg(path, id));
        doc->remove(QStringLiteral("password_hash"));
        change(*doc, cmd);
        const std::int64_t seq = sync::publishMasterData(c, QStringLiteral("users"), id, *doc,
                                                         cmd.value(QStringLiteral("reason")));
        printOut(QStringLiteral("user %1 published as change %2\n").arg(id).arg(seq));
        return int(kExitOk);
    });
}

int mbrPublish(const QStringList& args) {
    Command cmd(QStringLiteral("central mbr publish"),
                QStringLiteral("Publish an approved master batch record version to every "
                               "station (validated here and again at each station). Effective "
                               "supersedes the previous effective version; running batches keep "
                               "the version they started with."));
    addCentralOptions(cmd);
    cmd.option(QStringLiteral("file"), QStringLiteral("MBR JSON (docs/mbr-format.md)."),
               QStringLiteral("FILE"), true);
    cmd.option(QStringLiteral("status"),
               QStringLiteral("Effective (default), Approved or Retired."),
               QStringLiteral("STATUS"));
    addReason(cmd);
    if (!cmd.parse(args))
        return kExitOk;
    QFile f(cmd.value(QStringLiteral("file")));
    if (!f.open(QIODevice::ReadOnly))
        failure(QStringLiteral("central mbr publish: cannot read %1: %2")
                    .arg(f.fileName(), f.errorString()));
    const QByteArray content = f.read(8 * 1024 * 1024);
    const model::MbrParseResult parsed = model::MbrParser::parse(content);
    if (!parsed.ok())
        failure(QStringLiteral("central mbr publish: %1 is not a valid MBR:\n%2")
                    .arg(f.fileName(), parsed.errorText()));
    const QString status = cmd.isSet(QStringLiteral("status")) ? cmd.value(QStringLiteral("status"))
                                                               : QStringLiteral("Effective");
    if (!QStringList{QStringLiteral("Effective"), QStringLiteral("Approved"),
                     QStringLiteral("Retired")}
             .contains(status))
        usageError(
            QStringLiteral("central mbr publish: --status must be Effective, Approved or "
                           "Retired"));
    const QString key = parsed.mbr->mbrId + QLatin1Char('@') + parsed.mbr->version;
    const QJsonObject doc{{QStringLiteral("mbr_id"), parsed.mbr->mbrId},
                          {QStringLiteral("version"), parsed.mbr->version},
                          {QStringLiteral("status"), status},
                          {QStringLiteral("content"), QString::fromUtf8(content)},
                          {QStringLiteral("content_hash"), parsed.contentHash}};
    return withCentral(cmd, [&](sync::PgConnection& c, const sync::SyncConfig&) {
        const std::int64_t seq = sync::publishMasterData(c, QStringLiteral("mbr"), key, doc,
                                                         cmd.value(QStringLiteral("reason")));
        printOut(QStringLiteral("MBR %1 (%2) published as change %3\n").arg(key, status).arg(seq));
        return int(kExitOk);
    });
}

std::vector<Subcommand> stationSubcommands() {
    return {{QStringLiteral("add"), QStringLiteral("Register a station and its public key"),
             stationAdd}};
}

std::vector<Subcommand> userSubs() {
    return {
        {QStringLiteral("add"), QStringLiteral("Publish a new user"), userAdd},
        {QStringLiteral("disable"), QStringLiteral("Disable a user at every station"),
         [](const QStringList& a) {
             return userChange(
                 a, QStringLiteral("central user disable"),
                 QStringLiteral("Disable a user centrally: after its next sync no "
                                "station lets the user sign or log in."),
                 [](QJsonObject& d, const Command&) { d.insert(QStringLiteral("disabled"), true); },
                 false);
         }},
        {QStringLiteral("enable"), QStringLiteral("Enable a disabled user again"),
         [](const QStringList& a) {
             return userChange(
                 a, QStringLiteral("central user enable"),
                 QStringLiteral("Enable a centrally disabled user again."),
                 [](QJsonObject& d, const Command&) {
                     d.insert(QStringLiteral("disabled"), false);
                 },
                 false);
         }},
        {QStringLiteral("roles"), QStringLiteral("Change a user's roles"),
         [](const QStringList& a) {
             return userChange(
                 a, QStringLiteral("central user roles"),
                 QStringLiteral("Replace a user's roles at every station."),
                 [](QJsonObject& d, const Command& cmd) {
                     d.insert(QStringLiteral("roles"),
                              checkedRoles(cmd.value(QStringLiteral("roles"))));
                 },
                 true);
         }},
    };
}

}  // namespace

std::vector<Subcommand> centralSubcommands() {
    return {
        {QStringLiteral("init"), QStringLiteral("Create or migrate the central schema"), init},
        {QStringLiteral("status"), QStringLiteral("Schema version and every station's watermark"),
         status},
        {QStringLiteral("verify"), QStringLiteral("Verify every station's chain and checkpoints"),
         verify},
        {QStringLiteral("station"), QStringLiteral("station add: register a station"),
         [](const QStringList& a) {
             return runGroup(QStringLiteral("central station"),
                             QStringLiteral("The central station registry."), stationSubcommands(),
                             a);
         }},
        {QStringLiteral("supervisor"), QStringLiteral("supervisor add: a dashboard login role"),
         [](const QStringList& a) {
             return runGroup(
                 QStringLiteral("central supervisor"),
                 QStringLiteral("Login roles for the supervisor dashboard."),
                 {{QStringLiteral("add"), QStringLiteral("Create a supervisor login role"),
                   [](const QStringList& b) {
                       return roleAdd(b, QStringLiteral("central supervisor add"),
                                      sync::kSupervisorRole);
                   }}},
                 a);
         }},
        {QStringLiteral("admin"), QStringLiteral("admin add: a master-data publisher role"),
         [](const QStringList& a) {
             return runGroup(QStringLiteral("central admin"),
                             QStringLiteral("Login roles that may publish master data."),
                             {{QStringLiteral("add"), QStringLiteral("Create an admin login role"),
                               [](const QStringList& b) {
                                   return roleAdd(b, QStringLiteral("central admin add"),
                                                  sync::kAdminRole);
                               }}},
                             a);
         }},
        {QStringLiteral("user"), QStringLiteral("user add|disable|enable|roles: central users"),
         [](const QStringList& a) {
             return runGroup(QStringLiteral("central user"),
                             QStringLiteral("Users and roles published to every station."),
                             userSubs(), a);
         }},
        {QStringLiteral("mbr"), QStringLiteral("mbr publish: master batch records"),
         [](const QStringList& a) {
             return runGroup(QStringLiteral("central mbr"),
                             QStringLiteral("Master batch records published to every station."),
                             {{QStringLiteral("publish"), QStringLiteral("Publish an MBR version"),
                               mbrPublish}},
                             a);
         }},
        {QStringLiteral("instrument"),
         QStringLiteral("instrument publish|retire: the instrument master"),
         [](const QStringList& a) {
             return runGroup(QStringLiteral("central instrument"),
                             QStringLiteral("Instruments published to every station."),
                             centralInstrumentSubcommands(), a);
         }},
        {QStringLiteral("sampling"), QStringLiteral("sampling publish: sampling master data"),
         [](const QStringList& a) {
             return runGroup(QStringLiteral("central sampling"),
                             QStringLiteral("Sampling master data published to every station."),
                             centralSamplingSubcommands(), a);
         }},
        {QStringLiteral("mva"), QStringLiteral("mva publish|retire: MVA models"),
         [](const QStringList& a) {
             return runGroup(QStringLiteral("central mva"),
                             QStringLiteral("Approved MVA models published to every station."),
                             centralMvaSubcommands(), a);
         }},
    };
}

}  // namespace batch::cli
