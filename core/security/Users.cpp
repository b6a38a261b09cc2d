#include "security/Users.h"

#include "crypto/Crypto.h"
#include "security/SecurityModule.h"
#include "record/Event.h"
#include "security/Passwords.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QRegularExpression>

#include <spdlog/spdlog.h>

namespace batch::security {
namespace {

using Kind = SecurityError::Kind;
namespace types = record::types;

using detail::key;
using detail::log;

constexpr int kMaxFullNameLength = 128;
// An attempted id is recorded as typed, but bounded: the field is not validated yet.
constexpr int kMaxRecordedAttemptLength = 64;

// The password hash is read separately from User so that it never travels further
// than this file.
struct StoredUser {
    User user;
    QString passwordHash;
};

StoredUser readUser(const store::Statement& st) {
    StoredUser s;
    s.user.id = st.text(0);
    s.user.fullName = st.text(1);
    try {
        s.user.roles = parseRoles(st.text(2));
    } catch (const std::invalid_argument& e) {
        // Fail closed: a user whose stored roles cannot be read is granted nothing.
        log()->error("user {} has unreadable roles: {}", s.user.id.toStdString(), e.what());
    }
    s.user.mustChangePassword = st.int64(3) != 0;
    s.user.locked = st.int64(4) != 0;
    s.user.disabled = st.int64(5) != 0;
    s.user.failedAttempts = static_cast<int>(st.int64(6));
    s.user.createdUtc = st.text(7);
    s.user.passwordChangedUtc = st.text(8);
    s.passwordHash = st.text(9);
    return s;
}

constexpr const char* kSelectUser =
    "SELECT user_id, full_name, roles, must_change_password, locked, disabled, failed_attempts, "
    "created_utc, password_changed_utc, password_hash FROM users ";

std::optional<StoredUser> loadUser(store::Database& db, const QString& id) {
    store::Statement st = db.prepare((std::string(kSelectUser) + "WHERE user_id = ?").c_str());
    st.bind(1, id);
    if (!st.step())
        return std::nullopt;
    return readUser(st);
}

// Ids differing only in case would be two accounts that read as one person in the
// record, so an id counts as taken when any case variant of it was ever used.
bool idTaken(store::Database& db, const QString& id) {
    store::Statement st = db.prepare("SELECT 1 FROM users WHERE user_id = ? COLLATE NOCASE");
    st.bind(1, id);
    return st.step();
}

void validateUserId(const QString& id) {
    static const QRegularExpression valid(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9._-]{0,31}$"));
    if (!valid.match(id).hasMatch())
        throw SecurityError(Kind::PolicyViolation,
                            QCoreApplication::translate(
                                "Security",
                                "A user id has 1 to 32 letters, digits, '.', '_' or '-' and "
                                "starts with a letter or digit."));
    if (id.compare(QStringLiteral("system"), Qt::CaseInsensitive) == 0)
        throw SecurityError(
            Kind::PolicyViolation,
            QCoreApplication::translate("Security", "The user id \"system\" is reserved."));
}

void validateFullName(const QString& fullName) {
    const QString name = fullName.trimmed();
    if (name.isEmpty() || name.size() > kMaxFullNameLength)
        throw SecurityError(
            Kind::PolicyViolation,
            QCoreApplication::translate("Security", "The full name must have 1 to %1 characters.")
                .arg(kMaxFullNameLength));
}

void checkPolicy(const QString& id, const QString& password, const QStringList& history) {
    const QString problem = PasswordPolicy::check(id, password, history);
    if (!problem.isEmpty())
        throw SecurityError(Kind::PolicyViolation, problem);
}

void requireReason(const QString& reason) {
    if (reason.trimmed().isEmpty())
        throw SecurityError(
            Kind::PolicyViolation,
            QCoreApplication::translate("Security", "A reason is required for this change."));
}

// Newest first, at most the policy's depth.
QStringList recentHashes(store::Database& db, const QString& id) {
    store::Statement st = db.prepare(
        "SELECT password_hash FROM password_history WHERE user_id = ? ORDER BY rowid DESC "
        "LIMIT ?");
    st.bind(1, id).bind(2, PasswordPolicy::kHistoryDepth);
    QStringList out;
    while (st.step()) out.append(st.text(0));
    return out;
}

void pushHistory(store::Database& db, const QString& id, const QString& hash, const QString& utc) {
    db.prepare("INSERT INTO password_history(user_id, password_hash, set_utc) VALUES (?, ?, ?)")
        .bind(1, id)
        .bind(2, hash)
        .bind(3, utc)
        .run();
}

SecurityError notFound(const QString& id) {
    return SecurityError(
        Kind::NotFound,
        QCoreApplication::translate("Security", "There is no user \"%1\".").arg(id));
}

QString purposeName(AuthPurpose purpose) {
    switch (purpose) {
        case AuthPurpose::Login:
            return QStringLiteral("login");
        case AuthPurpose::Unlock:
            return QStringLiteral("unlock");
        case AuthPurpose::Signature:
            return QStringLiteral("signature");
        case AuthPurpose::Command:
            return QStringLiteral("command");
    }
    return QStringLiteral("unknown");
}

QString wrongCredentialsMessage() {
    return QCoreApplication::translate("Security", "User id or password is wrong.");
}

AuthResult refused(AuthStatus status) {
    AuthResult r;
    r.status = status;
    switch (status) {
        case AuthStatus::Locked:
            r.message = QCoreApplication::translate(
                "Security", "This account is locked. Ask an administrator to unlock it.");
            break;
        case AuthStatus::Disabled:
            r.message = QCoreApplication::translate("Security", "This account is disabled.");
            break;
        default:
            r.message = wrongCredentialsMessage();
            break;
    }
    return r;
}

struct NewUser {
    QString id;
    QString fullName;
    QList<Role> roles;
    QString passwordHash;
    bool mustChangePassword = true;
};

// The users row, its first history entry and the UserCreated event, in one transaction.
void insertUser(record::Journal& journal, const QString& actorId, const NewUser& u,
                const QString& reason) {
    record::RecordTransaction txn(journal);
    store::Database& db = txn.db();
    // Checked again inside BEGIN IMMEDIATE: the earlier check ran before the slow hash.
    if (idTaken(db, u.id))
        throw SecurityError(Kind::Conflict, QCoreApplication::translate(
                                                "Security",
                                                "The user id \"%1\" is already used and can "
                                                "never be given to anyone else.")
                                                .arg(u.id));
    const QString now = record::formatUtcMillis(txn.nowMs());
    db.prepare(
          "INSERT INTO users(user_id, full_name, roles, password_hash, must_change_password, "
          "failed_attempts, locked, disabled, created_utc, password_changed_utc) "
          "VALUES (?, ?, ?, ?, ?, 0, 0, 0, ?, ?)")
        .bind(1, u.id)
        .bind(2, u.fullName)
        .bind(3, joinRoles(u.roles))
        .bind(4, u.passwordHash)
        .bind(5, u.mustChangePassword)
        .bind(6, now)
        .bind(7, now)
        .run();
    pushHistory(db, u.id, u.passwordHash, now);
    txn.append({types::kUserCreated, actorId,
                QJsonObject{{key("user_id"), u.id},
                            {key("full_name"), u.fullName},
                            {key("roles"), joinRoles(u.roles)},
                            {key("must_change_password"), u.mustChangePassword},
                            {key("reason"), reason}}});
    txn.commit();
}

// The actor is re-read from the store: a User value held by the caller may be stale
// (disabled, locked or demoted since it was loaded).
User requireManager(record::Journal& journal, const User& actor) {
    const auto current = loadUser(journal.db(), actor.id);
    if (!current || current->user.disabled || current->user.locked ||
        !current->user.has(Permission::ManageUsers))
        throw SecurityError(
            Kind::NotAuthorized,
            QCoreApplication::translate("Security", "Only an administrator may manage users."));
    return current->user;
}

}  // namespace

UserService::UserService(record::Journal& journal) : journal_(journal) {}

void UserService::createInitialAdmin(const QString& id, const QString& fullName,
                                     const QString& password) {
    if (hasUsers())
        throw SecurityError(Kind::Conflict, QCoreApplication::translate(
                                                "Security", "The station already has users."));
    validateUserId(id);
    validateFullName(fullName);
    checkPolicy(id, password, {});
    // The first admin chose their own password at init, so there is nothing to force.
    insertUser(journal_, id,
               {id, fullName.trimmed(), {Role::Admin}, PasswordHasher::hash(password), false},
               QStringLiteral("station initialisation"));
    log()->info("initial administrator {} created", id.toStdString());
}

User UserService::addUser(const User& actor, const QString& id, const QString& fullName,
                          const QList<Role>& roles, const QString& initialPassword,
                          const QString& reason) {
    const User admin = requireManager(journal_, actor);
    requireReason(reason);
    validateUserId(id);
    validateFullName(fullName);
    if (roles.isEmpty())
        throw SecurityError(
            Kind::PolicyViolation,
            QCoreApplication::translate("Security", "A user needs at least one role."));
    // Before the slow hash, for a quick answer; insertUser checks again under the lock.
    if (idTaken(journal_.db(), id))
        throw SecurityError(Kind::Conflict, QCoreApplication::translate(
                                                "Security",
                                                "The user id \"%1\" is already used and can "
                                                "never be given to anyone else.")
                                                .arg(id));
    checkPolicy(id, initialPassword, {});
    insertUser(journal_, admin.id,
               {id, fullName.trimmed(), roles, PasswordHasher::hash(initialPassword), true},
               reason.trimmed());
    log()->info("user {} created by {}", id.toStdString(), admin.id.toStdString());
    return *find(id);
}

void UserService::disableUser(const User& actor, const QString& id, const QString& reason) {
    const User admin = requireManager(journal_, actor);
    requireReason(reason);
    if (id == admin.id)
        throw SecurityError(Kind::PolicyViolation,
                            QCoreApplication::translate(
                                "Security", "Administrators cannot disable their own account."));
    record::RecordTransaction txn(journal_);
    const auto target = loadUser(txn.db(), id);
    if (!target)
        throw notFound(id);
    if (target->user.disabled)
        throw SecurityError(
            Kind::PolicyViolation,
            QCoreApplication::translate("Security", "The user \"%1\" is already disabled.")
                .arg(id));
    txn.db().prepare("UPDATE users SET disabled = 1 WHERE user_id = ?").bind(1, id).run();
    txn.append({types::kUserDisabled, admin.id,
                QJsonObject{{key("user_id"), id},
                            {key("old_disabled"), false},
                            {key("new_disabled"), true},
                            {key("reason"), reason.trimmed()}}});
    txn.commit();
    log()->info("user {} disabled by {}", id.toStdString(), admin.id.toStdString());
}

void UserService::unlockUser(const User& actor, const QString& id, const QString& reason) {
    const User admin = requireManager(journal_, actor);
    requireReason(reason);
    record::RecordTransaction txn(journal_);
    const auto target = loadUser(txn.db(), id);
    if (!target)
        throw notFound(id);
    txn.db()
        .prepare("UPDATE users SET locked = 0, failed_attempts = 0 WHERE user_id = ?")
        .bind(1, id)
        .run();
    txn.append({types::kUserUnlocked, admin.id,
                QJsonObject{{key("user_id"), id},
                            {key("old_locked"), target->user.locked},
                            {key("new_locked"), false},
                            {key("old_failed_attempts"), target->user.failedAttempts},
                            {key("new_failed_attempts"), 0},
                            {key("reason"), reason.trimmed()}}});
    txn.commit();
    log()->info("user {} unlocked by {}", id.toStdString(), admin.id.toStdString());
}

void UserService::resetPassword(const User& actor, const QString& id,
                                const QString& temporaryPassword, const QString& reason) {
    const User admin = requireManager(journal_, actor);
    requireReason(reason);
    // An administrator's own password goes through changePassword, which asks for the
    // old one: holding an admin session must not be enough to take over the account.
    if (id == admin.id)
        throw SecurityError(Kind::PolicyViolation,
                            QCoreApplication::translate(
                                "Security", "Change your own password with the old password."));
    if (!loadUser(journal_.db(), id))
        throw notFound(id);
    checkPolicy(id, temporaryPassword, recentHashes(journal_.db(), id));
    const QString hash = PasswordHasher::hash(temporaryPassword);

    record::RecordTransaction txn(journal_);
    const auto target = loadUser(txn.db(), id);
    const QString now = record::formatUtcMillis(txn.nowMs());
    txn.db()
        .prepare(
            "UPDATE users SET password_hash = ?, must_change_password = 1, "
            "password_changed_utc = ? WHERE user_id = ?")
        .bind(1, hash)
        .bind(2, now)
        .bind(3, id)
        .run();
    pushHistory(txn.db(), id, hash, now);
    // Locked stays as it is: unlocking is its own, separately reasoned decision.
    txn.append({types::kPasswordChanged, admin.id,
                QJsonObject{{key("user_id"), id},
                            {key("reset_by"), admin.id},
                            {key("old_must_change_password"), target->user.mustChangePassword},
                            {key("new_must_change_password"), true},
                            {key("reason"), reason.trimmed()}}});
    txn.commit();
    log()->info("password of {} reset by {}", id.toStdString(), admin.id.toStdString());
}

void UserService::changePassword(const QString& id, const QString& oldPassword,
                                 const QString& newPassword) {
    // Through authenticate, so a wrong old password counts toward the lockout.
    const AuthResult auth = authenticate(id, oldPassword, AuthPurpose::Command);
    switch (auth.status) {
        case AuthStatus::Ok:
        case AuthStatus::MustChangePassword:
            break;
        case AuthStatus::WrongCredentials:
            throw SecurityError(Kind::AuthenticationFailed, auth.message);
        case AuthStatus::Locked:
        case AuthStatus::Disabled:
            throw SecurityError(Kind::AccountLocked, auth.message);
    }
    // The history holds the current password too, so "new == old" is refused here.
    checkPolicy(id, newPassword, recentHashes(journal_.db(), id));
    const QString hash = PasswordHasher::hash(newPassword);

    record::RecordTransaction txn(journal_);
    const auto target = loadUser(txn.db(), id);
    if (!target)
        throw notFound(id);
    const QString now = record::formatUtcMillis(txn.nowMs());
    txn.db()
        .prepare(
            "UPDATE users SET password_hash = ?, must_change_password = 0, "
            "password_changed_utc = ? WHERE user_id = ?")
        .bind(1, hash)
        .bind(2, now)
        .bind(3, id)
        .run();
    pushHistory(txn.db(), id, hash, now);
    const bool forced = target->user.mustChangePassword;
    txn.append({types::kPasswordChanged, id,
                QJsonObject{{key("user_id"), id},
                            {key("changed_by"), id},
                            {key("old_must_change_password"), forced},
                            {key("new_must_change_password"), false},
                            {key("reason"), forced ? QStringLiteral("required change")
                                                   : QStringLiteral("user's own change")}}});
    txn.commit();
    log()->info("password of {} changed by the user", id.toStdString());
}

AuthResult UserService::authenticate(const QString& id, const QString& password,
                                     AuthPurpose purpose) {
    const QString purposeText = purposeName(purpose);
    const auto stored = loadUser(journal_.db(), id);

    if (!stored) {
        // Spend the same time as a real check, so that timing does not tell which ids exist.
        crypto::pbkdf2Sha256(password.toUtf8(), QByteArray(PasswordHasher::kSaltBytes, '\0'),
                             PasswordHasher::kIterations, 32);
        journal_.appendOne({types::kLoginFailed, QStringLiteral("system"),
                            QJsonObject{{key("user_id"), id.left(kMaxRecordedAttemptLength)},
                                        {key("purpose"), purposeText},
                                        {key("failed_attempts"), 0},
                                        {key("reason"), QStringLiteral("unknown user")}}});
        log()->info("{} refused: unknown user id", purposeText.toStdString());
        AuthResult r = refused(AuthStatus::WrongCredentials);
        // What a first wrong password of a real account would report.
        r.remainingAttempts = kMaxFailedAttempts - 1;
        return r;
    }

    const User& user = stored->user;
    if (user.disabled || user.locked) {
        const QString why = user.disabled ? QStringLiteral("disabled") : QStringLiteral("locked");
        journal_.appendOne({types::kLoginFailed, user.id,
                            QJsonObject{{key("user_id"), user.id},
                                        {key("purpose"), purposeText},
                                        {key("failed_attempts"), user.failedAttempts},
                                        {key("reason"), why}}});
        log()->info("{} of {} refused: account {}", purposeText.toStdString(),
                    user.id.toStdString(), why.toStdString());
        return refused(user.disabled ? AuthStatus::Disabled : AuthStatus::Locked);
    }

    // The slow hash runs outside the write transaction, so that it never holds the
    // store's write lock; the counter is re-read inside the transaction.
    const bool passwordOk = PasswordHasher::verify(password, stored->passwordHash);
    record::RecordTransaction txn(journal_);
    const auto current = loadUser(txn.db(), id);
    if (!current || current->user.disabled || current->user.locked)
        return refused(current && current->user.disabled ? AuthStatus::Disabled
                                                         : AuthStatus::Locked);

    if (!passwordOk) {
        const int failures = current->user.failedAttempts + 1;
        const bool lockNow = failures >= kMaxFailedAttempts;
        txn.db()
            .prepare("UPDATE users SET failed_attempts = ?, locked = ? WHERE user_id = ?")
            .bind(1, failures)
            .bind(2, lockNow)
            .bind(3, id)
            .run();
        txn.append({types::kLoginFailed, id,
                    QJsonObject{{key("user_id"), id},
                                {key("purpose"), purposeText},
                                {key("failed_attempts"), failures},
                                {key("reason"), QStringLiteral("wrong password")}}});
        if (lockNow)
            txn.append({types::kAccountLocked, id,
                        QJsonObject{{key("user_id"), id},
                                    {key("purpose"), purposeText},
                                    {key("failed_attempts"), failures},
                                    {key("old_locked"), false},
                                    {key("new_locked"), true},
                                    {key("priority"), QStringLiteral("high")}}});
        txn.commit();  // committed although authentication failed: the counter must stick
        if (lockNow) {
            log()->warn("account {} locked after {} failed attempts", id.toStdString(), failures);
            return refused(AuthStatus::Locked);
        }
        log()->info("{} of {} refused: wrong password ({} of {})", purposeText.toStdString(),
                    id.toStdString(), failures, kMaxFailedAttempts);
        AuthResult r = refused(AuthStatus::WrongCredentials);
        r.remainingAttempts = kMaxFailedAttempts - failures;
        return r;
    }

    const int previousFailures = current->user.failedAttempts;
    if (previousFailures > 0)
        txn.db()
            .prepare("UPDATE users SET failed_attempts = 0 WHERE user_id = ?")
            .bind(1, id)
            .run();
    // A login is always recorded; other purposes record their own event (Signed,
    // SessionUnlocked, ...) and only need one here when the counter changed.
    if (purpose == AuthPurpose::Login || previousFailures > 0)
        txn.append({types::kLoginSucceeded, id,
                    QJsonObject{{key("user_id"), id},
                                {key("purpose"), purposeText},
                                {key("old_failed_attempts"), previousFailures},
                                {key("new_failed_attempts"), 0},
                                {key("must_change_password"), current->user.mustChangePassword}}});
    txn.commit();

    AuthResult r;
    r.user = current->user;
    r.user->failedAttempts = 0;
    if (current->user.mustChangePassword) {
        r.status = AuthStatus::MustChangePassword;
        r.message = QCoreApplication::translate(
            "Security", "You must change your password before you continue.");
    } else {
        r.status = AuthStatus::Ok;
    }
    return r;
}

std::optional<User> UserService::find(const QString& id) const {
    const auto stored = loadUser(journal_.db(), id);
    if (!stored)
        return std::nullopt;
    return stored->user;
}

std::vector<User> UserService::list() const {
    store::Statement st =
        journal_.db().prepare((std::string(kSelectUser) + "ORDER BY user_id").c_str());
    std::vector<User> out;
    while (st.step()) out.push_back(readUser(st).user);
    return out;
}

bool UserService::hasUsers() const {
    store::Statement st = journal_.db().prepare("SELECT 1 FROM users LIMIT 1");
    return st.step();
}

}  // namespace batch::security
