// `batchctl user ...`: user administration, always as a signed-in administrator (except a
// user changing their own password). Every change is recorded by UserService as an event.
#include "Commands.h"
#include "StoreAccess.h"

#include "security/Roles.h"
#include "security/Users.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <stdexcept>

namespace batch::cli {
namespace {

using security::AuthStatus;
using security::User;

void addActorOptions(Command& cmd, bool required) {
    cmd.option(QStringLiteral("as"), QStringLiteral("User id of the administrator acting."),
               QStringLiteral("id"), required);
    cmd.option(QStringLiteral("password-file"),
               QStringLiteral("File whose first line is the acting administrator's password."),
               QStringLiteral("path"), required);
}

void addReasonOption(Command& cmd, bool required) {
    cmd.option(QStringLiteral("reason"), QStringLiteral("Why (recorded in the audit trail)."),
               QStringLiteral("text"), required);
}

// Authenticates the acting user (the attempt is recorded, failures count toward the
// lockout) and insists on the ManageUsers permission.
User signInAdmin(Station& station, const QString& id, const QString& password) {
    const security::AuthResult r =
        station.users().authenticate(id, password, security::AuthPurpose::Command);
    switch (r.status) {
        case AuthStatus::Ok:
            break;
        case AuthStatus::MustChangePassword:
            failure(QStringLiteral("refused: user '%1' must change the temporary password first "
                                   "(batchctl user passwd --id %1 --old-password-file ... "
                                   "--new-password-file ...)")
                        .arg(id));
        case AuthStatus::WrongCredentials:
            failure(
                QStringLiteral("refused: authentication failed for '%1' (--as, --password-file): "
                               "%2")
                    .arg(id, r.message));
        case AuthStatus::Locked:
        case AuthStatus::Disabled:
            failure(QStringLiteral("refused: account '%1' cannot sign in: %2").arg(id, r.message));
    }
    if (!r.user || !r.user->has(security::Permission::ManageUsers))
        failure(QStringLiteral("refused: user '%1' (roles: %2) lacks the %3 permission")
                    .arg(id, r.user ? security::joinRoles(r.user->roles) : QString(),
                         security::permissionName(security::Permission::ManageUsers)));
    return *r.user;
}

// Reads the actor's password before the store is opened, so a bad file path fails
// without touching the database.
struct Actor {
    QString id;
    QString password;
};

Actor actorFrom(const Command& cmd) {
    return {cmd.require(QStringLiteral("as")),
            readSecretFile(cmd.require(QStringLiteral("password-file")),
                           QStringLiteral("password-file"))};
}

QString stateOf(const User& u) {
    if (u.disabled)
        return QStringLiteral("disabled");
    if (u.locked)
        return QStringLiteral("locked");
    if (u.mustChangePassword)
        return QStringLiteral("password-change-due");
    return QStringLiteral("active");
}

int addUser(const QStringList& args) {
    Command cmd(QStringLiteral("user add"),
                QStringLiteral("Add a user. The initial password is temporary: the user must "
                               "change it at first sign-in."));
    addStoreOptions(cmd);
    addActorOptions(cmd, true);
    cmd.option(QStringLiteral("id"), QStringLiteral("New user id (never reused)."),
               QStringLiteral("id"), true);
    cmd.option(QStringLiteral("name"), QStringLiteral("Full (printed) name."),
               QStringLiteral("name"), true);
    cmd.option(QStringLiteral("roles"),
               QStringLiteral("Comma-separated roles: operator, supervisor, qa, admin."),
               QStringLiteral("list"), true);
    cmd.option(QStringLiteral("initial-password-file"),
               QStringLiteral("File whose first line is the temporary password."),
               QStringLiteral("path"), true);
    addReasonOption(cmd, true);
    if (!cmd.parse(args))
        return kExitOk;

    const StoreLocation where = storeLocation(cmd);
    const QString id = cmd.require(QStringLiteral("id"));
    const QString name = cmd.require(QStringLiteral("name"));
    const QString reason = cmd.require(QStringLiteral("reason"));
    QList<security::Role> roles;
    try {
        roles = security::parseRoles(cmd.require(QStringLiteral("roles")));
    } catch (const std::invalid_argument& e) {
        usageError(
            QStringLiteral("batchctl user add: --roles: %1").arg(QString::fromStdString(e.what())));
    }
    const QString initial = readSecretFile(cmd.require(QStringLiteral("initial-password-file")),
                                           QStringLiteral("initial-password-file"));
    const Actor actor = actorFrom(cmd);
    return withStation(where, [&](Station& station) {
        const User admin = signInAdmin(station, actor.id, actor.password);
        const User added = station.users().addUser(admin, id, name, roles, initial, reason);
        printOut(
            QStringLiteral("added user '%1' (%2; roles: %3) to %4\n")
                .arg(added.id, added.fullName, security::joinRoles(added.roles), where.dbPath));
        return int(kExitOk);
    });
}

int listUsers(const QStringList& args) {
    Command cmd(QStringLiteral("user list"),
                QStringLiteral("List the users: id, name, roles, state."));
    addStoreOptions(cmd);
    addActorOptions(cmd, true);
    cmd.flag(QStringLiteral("json"), QStringLiteral("Print a JSON array instead of a table."));
    if (!cmd.parse(args))
        return kExitOk;

    const StoreLocation where = storeLocation(cmd);
    const Actor actor = actorFrom(cmd);
    const bool json = cmd.isSet(QStringLiteral("json"));
    return withStation(where, [&](Station& station) {
        signInAdmin(station, actor.id, actor.password);
        const std::vector<User> users = station.users().list();
        if (json) {
            QJsonArray array;
            for (const User& u : users) {
                QJsonArray roles;
                for (security::Role r : u.roles) roles.append(security::roleName(r));
                array.append(QJsonObject{
                    {QStringLiteral("id"), u.id},
                    {QStringLiteral("name"), u.fullName},
                    {QStringLiteral("roles"), roles},
                    {QStringLiteral("state"), stateOf(u)},
                    {QStringLiteral("locked"), u.locked},
                    {QStringLiteral("disabled"), u.disabled},
                    {QStringLiteral("must_change_password"), u.mustChangePassword},
                    {QStringLiteral("failed_attempts"), u.failedAttempts},
                    {QStringLiteral("created_utc"), u.createdUtc},
                    {QStringLiteral("password_changed_utc"), u.passwordChangedUtc},
                });
            }
            printOut(QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented)));
        } else {
            QList<QStringList> rows;
            for (const User& u : users)
                rows.append({u.id, u.fullName, security::joinRoles(u.roles), stateOf(u)});
            printOut(formatTable({QStringLiteral("ID"), QStringLiteral("NAME"),
                                  QStringLiteral("ROLES"), QStringLiteral("STATE")},
                                 rows));
        }
        return int(kExitOk);
    });
}

int disableOrUnlock(const QStringList& args, bool disable) {
    Command cmd(disable ? QStringLiteral("user disable") : QStringLiteral("user unlock"),
                disable ? QStringLiteral("Disable a user (user ids are never deleted or reused).")
                        : QStringLiteral("Unlock a user locked after failed sign-ins."));
    addStoreOptions(cmd);
    addActorOptions(cmd, true);
    cmd.option(QStringLiteral("id"), QStringLiteral("User id."), QStringLiteral("id"), true);
    addReasonOption(cmd, true);
    if (!cmd.parse(args))
        return kExitOk;

    const StoreLocation where = storeLocation(cmd);
    const QString id = cmd.require(QStringLiteral("id"));
    const QString reason = cmd.require(QStringLiteral("reason"));
    const Actor actor = actorFrom(cmd);
    return withStation(where, [&](Station& station) {
        const User admin = signInAdmin(station, actor.id, actor.password);
        if (disable)
            station.users().disableUser(admin, id, reason);
        else
            station.users().unlockUser(admin, id, reason);
        printOut(QStringLiteral("%1 user '%2' in %3\n")
                     .arg(disable ? QStringLiteral("disabled") : QStringLiteral("unlocked"), id,
                          where.dbPath));
        return int(kExitOk);
    });
}

int changePassword(const QStringList& args) {
    Command cmd(QStringLiteral("user passwd"),
                QStringLiteral(
                    "Change a password. Either the user's own change:\n"
                    "  --id X --old-password-file F --new-password-file F\n"
                    "or an administrator's reset to a temporary password:\n"
                    "  --as ADMIN --password-file F --id X --new-password-file F --reason TEXT"));
    addStoreOptions(cmd);
    addActorOptions(cmd, false);
    cmd.option(QStringLiteral("id"), QStringLiteral("User whose password changes."),
               QStringLiteral("id"), true);
    cmd.option(QStringLiteral("old-password-file"),
               QStringLiteral("Own change: file whose first line is the current password."),
               QStringLiteral("path"));
    cmd.option(QStringLiteral("new-password-file"),
               QStringLiteral("File whose first line is the new password."), QStringLiteral("path"),
               true);
    addReasonOption(cmd, false);
    if (!cmd.parse(args))
        return kExitOk;

    const StoreLocation where = storeLocation(cmd);
    const QString id = cmd.require(QStringLiteral("id"));
    const bool reset = cmd.isSet(QStringLiteral("as"));
    if (reset && cmd.isSet(QStringLiteral("old-password-file")))
        usageError(
            QStringLiteral("batchctl user passwd: use either --old-password-file (own "
                           "change) or --as/--password-file (administrator reset), not "
                           "both"));
    if (!reset) {
        for (const char* adminOnly : {"password-file", "reason"}) {
            if (cmd.isSet(QString::fromLatin1(adminOnly)))
                usageError(QStringLiteral("batchctl user passwd: --%1 belongs to an "
                                          "administrator reset, which needs --as")
                               .arg(QString::fromLatin1(adminOnly)));
        }
    }
    const QString newPassword = readSecretFile(cmd.require(QStringLiteral("new-password-file")),
                                               QStringLiteral("new-password-file"));
    if (reset) {
        const QString reason = cmd.require(QStringLiteral("reason"));
        const Actor actor = actorFrom(cmd);
        return withStation(where, [&](Station& station) {
            const User admin = signInAdmin(station, actor.id, actor.password);
            station.users().resetPassword(admin, id, newPassword, reason);
            printOut(QStringLiteral("reset the password of '%1' in %2; the user must change it "
                                    "at the next sign-in\n")
                         .arg(id, where.dbPath));
            return int(kExitOk);
        });
    }
    const QString oldPassword = readSecretFile(cmd.require(QStringLiteral("old-password-file")),
                                               QStringLiteral("old-password-file"));
    return withStation(where, [&](Station& station) {
        station.users().changePassword(id, oldPassword, newPassword);
        printOut(QStringLiteral("changed the password of '%1' in %2\n").arg(id, where.dbPath));
        return int(kExitOk);
    });
}

}  // namespace

std::vector<Subcommand> userSubcommands() {
    return {
        {QStringLiteral("add"), QStringLiteral("Add a user with roles and a temporary password"),
         addUser},
        {QStringLiteral("list"), QStringLiteral("List users (id, name, roles, state)"), listUsers},
        {QStringLiteral("disable"), QStringLiteral("Disable a user"),
         [](const QStringList& a) { return disableOrUnlock(a, true); }},
        {QStringLiteral("unlock"), QStringLiteral("Unlock a locked user"),
         [](const QStringList& a) { return disableOrUnlock(a, false); }},
        {QStringLiteral("passwd"), QStringLiteral("Change a password (own change or admin reset)"),
         changePassword},
    };
}

}  // namespace batch::cli
