#pragma once

#include "Cli.h"

#include "security/Roles.h"
#include "security/Users.h"
#include "station/Station.h"

#include <QString>

namespace batch::cli {

// The acting user of a command: --as ID --password-file PATH.
struct ActorOptions {
    QString id;
    QString password;
};

void addActingUserOptions(Command& cmd, const QString& who, bool required = true);
// Reads the password file before the store is opened (a bad path touches nothing).
ActorOptions actingUser(const Command& cmd);

// Authenticates (recorded; failures count toward the lockout) and insists on `permission`.
// Throws CliError (exit 1) naming the user and what is missing.
security::User signIn(Station& station, const QString& id, const QString& password,
                      security::Permission permission);

}  // namespace batch::cli
