// Central users and their roles (kind "users"): the server is authoritative for every
// user it publishes; station-local users it never published stay as they are.
#include "sync/MasterData.h"
#include "sync/SyncLog.h"

#include "record/Event.h"
#include "security/Roles.h"

#include <QJsonObject>
#include <QRegularExpression>

namespace batch::sync {
namespace {

using detail::key;

struct CentralUser {
    QString id;
    QString fullName;
    QString roles;  // normalised "operator,qa"
    bool disabled = false;
    QString passwordHash;  // only in changes that set a password
};

CentralUser parseDoc(const MasterChange& change, const QJsonObject& doc) {
    static const QRegularExpression validId(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9._-]{0,31}$"));
    CentralUser u;
    u.id = doc.value(key("user_id")).toString();
    if (!validId.match(u.id).hasMatch() ||
        u.id.compare(QStringLiteral("system"), Qt::CaseInsensitive) == 0)
        throw MasterDataRefusal(QStringLiteral("user_id '%1' is not a valid user id").arg(u.id));
    if (u.id != change.key)
        throw MasterDataRefusal(
            QStringLiteral("user_id '%1' differs from the change key '%2'").arg(u.id, change.key));
    u.fullName = doc.value(key("full_name")).toString().trimmed();
    if (u.fullName.isEmpty() || u.fullName.size() > 128)
        throw MasterDataRefusal(QStringLiteral("full_name must have 1 to 128 characters"));
    try {
        const QList<security::Role> roles =
            security::parseRoles(doc.value(key("roles")).toString());
        if (roles.isEmpty())
            throw MasterDataRefusal(QStringLiteral("a user needs at least one role"));
        u.roles = security::joinRoles(roles);
    } catch (const std::invalid_argument& e) {
        throw MasterDataRefusal(QString::fromUtf8(e.what()));
    }
    if (!doc.value(key("disabled")).isBool())
        throw MasterDataRefusal(QStringLiteral("disabled must be true or false"));
    u.disabled = doc.value(key("disabled")).toBool();
    if (doc.contains(key("password_hash"))) {
        u.passwordHash = doc.value(key("password_hash")).toString();
        if (!u.passwordHash.startsWith(QLatin1String("pbkdf2-sha256$")) ||
            u.passwordHash.count(QLatin1Char('$')) != 3 || u.passwordHash.size() > 256)
            throw MasterDataRefusal(QStringLiteral("password_hash is not a PBKDF2-SHA256 hash"));
    }
    return u;
}

class UserApplier final : public MasterDataApplier {
public:
    QString kind() const override { return QStringLiteral("users"); }

    void apply(record::RecordTransaction& txn, const MasterChange& change,
               const QJsonObject& doc) override {
        const CentralUser u = parseDoc(change, doc);
        store::Database& db = txn.db();
        store::Statement find = db.prepare(
            "SELECT user_id, full_name, roles, disabled FROM users WHERE user_id = ? "
            "COLLATE NOCASE");
        find.bind(1, u.id);
        const bool exists = find.step();
        if (exists && find.text(0) != u.id)
            throw MasterDataRefusal(
                QStringLiteral("the station already has the user '%1', which differs only in "
                               "case")
                    .arg(find.text(0)));
        if (!exists && u.passwordHash.isEmpty())
            throw MasterDataRefusal(
                QStringLiteral("user '%1' is new at this station and the change sets no "
                               "password")
                    .arg(u.id));

        QJsonObject payload = appliedPayload(change);
        payload.insert(key("user_id"), u.id);
        payload.insert(key("priority"), QStringLiteral("high"));  // an account change
        payload.insert(key("new_full_name"), u.fullName);
        payload.insert(key("new_roles"), u.roles);
        payload.insert(key("new_disabled"), u.disabled);
        payload.insert(key("password_set"), !u.passwordHash.isEmpty());
        const QString now = record::formatUtcMillis(txn.nowMs());
        if (exists) {
            payload.insert(key("old_full_name"), find.text(1));
            payload.insert(key("old_roles"), find.text(2));
            payload.insert(key("old_disabled"), find.int64(3) != 0);
            db.prepare("UPDATE users SET full_name = ?, roles = ?, disabled = ? WHERE user_id = ?")
                .bind(1, u.fullName)
                .bind(2, u.roles)
                .bind(3, u.disabled)
                .bind(4, u.id)
                .run();
            if (!u.passwordHash.isEmpty())
                db.prepare(
                      "UPDATE users SET password_hash = ?, must_change_password = 1, "
                      "password_changed_utc = ? WHERE user_id = ?")
                    .bind(1, u.passwordHash)
                    .bind(2, now)
                    .bind(3, u.id)
                    .run();
        } else {
            payload.insert(key("old_disabled"), QJsonValue());
            db.prepare(
                  "INSERT INTO users(user_id, full_name, roles, password_hash, "
                  "must_change_password, failed_attempts, locked, disabled, created_utc, "
                  "password_changed_utc) VALUES (?, ?, ?, ?, 1, 0, 0, ?, ?, ?)")
                .bind(1, u.id)
                .bind(2, u.fullName)
                .bind(3, u.roles)
                .bind(4, u.passwordHash)
                .bind(5, u.disabled)
                .bind(6, now)
                .bind(7, now)
                .run();
        }
        if (!u.passwordHash.isEmpty())
            db.prepare(
                  "INSERT INTO password_history(user_id, password_hash, set_utc) "
                  "VALUES (?, ?, ?)")
                .bind(1, u.id)
                .bind(2, u.passwordHash)
                .bind(3, now)
                .run();
        txn.append({types::kMasterDataApplied, QStringLiteral("system"), payload});
    }
};

}  // namespace

std::unique_ptr<MasterDataApplier> makeUserApplier() {
    return std::make_unique<UserApplier>();
}

}  // namespace batch::sync
