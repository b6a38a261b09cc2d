#include "SignIn.h"

namespace batch::cli {

void addActingUserOptions(Command& cmd, const QString& who, bool required) {
    cmd.option(QStringLiteral("as"), QStringLiteral("User id of the %1 acting.").arg(who),
               QStringLiteral("id"), required);
    cmd.option(QStringLiteral("password-file"),
               QStringLiteral("File whose first line is the acting user's password."),
               QStringLiteral("path"), required);
}

ActorOptions actingUser(const Command& cmd) {
    return {cmd.require(QStringLiteral("as")),
            readSecretFile(cmd.require(QStringLiteral("password-file")),
                           QStringLiteral("password-file"))};
}

security::User signIn(Station& station, const QString& id, const QString& password,
                      security::Permission permission) {
    const security::AuthResult r =
        station.users().authenticate(id, password, security::AuthPurpose::Command);
    switch (r.status) {
        case security::AuthStatus::Ok:
            break;
        case security::AuthStatus::MustChangePassword:
            failure(QStringLiteral("refused: user '%1' must change the temporary password first")
                        .arg(id));
        case security::AuthStatus::WrongCredentials:
            failure(
                QStringLiteral("refused: authentication failed for '%1': %2").arg(id, r.message));
        case security::AuthStatus::Locked:
        case security::AuthStatus::Disabled:
            failure(QStringLiteral("refused: account '%1' cannot sign in: %2").arg(id, r.message));
    }
    if (!r.user || !r.user->has(permission))
        failure(QStringLiteral("refused: user '%1' (roles: %2) lacks the %3 permission")
                    .arg(id, r.user ? security::joinRoles(r.user->roles) : QString(),
                         security::permissionName(permission)));
    return *r.user;
}

}  // namespace batch::cli
