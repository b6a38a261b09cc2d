#pragma once

#include "record/Journal.h"
#include "security/Roles.h"

#include <QList>
#include <QString>

#include <optional>
#include <stdexcept>
#include <vector>

namespace batch::security {

struct User {
    QString id;
    QString fullName;
    QList<Role> roles;
    bool mustChangePassword = false;
    bool locked = false;
    bool disabled = false;
    int failedAttempts = 0;
    QString createdUtc;
    QString passwordChangedUtc;

    bool has(Permission p) const { return PermissionMatrix::allows(roles, p); }
};

class SecurityError : public std::runtime_error {
public:
    enum class Kind {
        NotAuthorized,          // actor lacks the permission
        PolicyViolation,        // password rule, bad user id, missing reason
        NotFound,               // unknown user
        Conflict,               // user id already used (ever)
        AuthenticationFailed,   // wrong id or password
        AccountLocked,          // locked after 5 failures, or disabled
        SamePerson,             // verifier is the performer
    };
    SecurityError(Kind kind, const QString& message)
        : std::runtime_error(message.toStdString()), kind_(kind), message_(message) {}
    Kind kind() const { return kind_; }
    const QString& message() const { return message_; }

private:
    Kind kind_;
    QString message_;
};

enum class AuthStatus { Ok, MustChangePassword, WrongCredentials, Locked, Disabled };

struct AuthResult {
    AuthStatus status = AuthStatus::WrongCredentials;
    std::optional<User> user;   // set for Ok and MustChangePassword
    int remainingAttempts = 0;  // before lockout, for WrongCredentials
    QString message;            // translated, safe to show (never says which part was wrong)
    bool ok() const { return status == AuthStatus::Ok; }
};

// Why an authentication is happening; recorded in LoginFailed / LoginSucceeded events.
enum class AuthPurpose { Login, Unlock, Signature, Command };

// Users, passwords and lockout. Every change is an event written in the same
// transaction as the users-table change (record::RecordTransaction).
class UserService {
public:
    static constexpr int kMaxFailedAttempts = 5;

    explicit UserService(record::Journal& journal);

    // During `init`: the first admin, who chose their own password (no forced change).
    void createInitialAdmin(const QString& id, const QString& fullName, const QString& password);

    // Admin operations. `actor` must hold ManageUsers; each takes a reason for the record.
    User addUser(const User& actor, const QString& id, const QString& fullName,
                 const QList<Role>& roles, const QString& initialPassword, const QString& reason);
    void disableUser(const User& actor, const QString& id, const QString& reason);
    void unlockUser(const User& actor, const QString& id, const QString& reason);
    void resetPassword(const User& actor, const QString& id, const QString& temporaryPassword,
                       const QString& reason);

    // The user's own change (also the forced change on first login).
    void changePassword(const QString& id, const QString& oldPassword, const QString& newPassword);

    // Checks id + password; counts failures; the 5th consecutive failure locks the account
    // (AccountLocked event). Unknown ids fail the same way as wrong passwords.
    AuthResult authenticate(const QString& id, const QString& password, AuthPurpose purpose);

    std::optional<User> find(const QString& id) const;
    std::vector<User> list() const;
    bool hasUsers() const;

private:
    record::Journal& journal_;
};

}  // namespace batch::security
