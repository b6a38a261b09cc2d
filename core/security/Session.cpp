#include "security/Session.h"

#include "security/SecurityModule.h"
#include "record/Event.h"

#include <QCoreApplication>
#include <QJsonObject>

#include <spdlog/spdlog.h>

#include <algorithm>

namespace batch::security {
namespace {

namespace types = record::types;

using detail::key;
using detail::log;

AuthResult refusal(const QString& message) {
    AuthResult r;
    r.status = AuthStatus::WrongCredentials;
    r.message = message;
    return r;
}

}  // namespace

Session::Session(UserService& users, record::Journal& journal, QObject* parent)
    : QObject(parent), users_(users), journal_(journal) {
    inactivity_.setSingleShot(true);
    connect(&inactivity_, &QTimer::timeout, this, [this] {
        // Runs from the event loop: an exception must not escape into Qt. lock() has
        // already closed the session before it writes the event.
        try {
            lock(QStringLiteral("inactivity"));
        } catch (const std::exception& e) {
            log()->error("recording the inactivity lock failed: {}", e.what());
        }
    });
    inactivitySeconds_ = storedInactivitySeconds();
}

AuthResult Session::login(const QString& id, const QString& password) {
    if (user_)
        return refusal(locked_ ? QCoreApplication::translate(
                                     "Security", "The session is locked. Unlock it instead.")
                               : QCoreApplication::translate("Security", "Sign out first."));
    AuthResult result = users_.authenticate(id, password, AuthPurpose::Login);
    if (!result.ok())
        return result;  // MustChangePassword included: not signed in (see the header)
    user_ = result.user;
    locked_ = false;
    signedOnce_ = false;
    noteActivity();
    log()->info("{} signed in", user_->id.toStdString());
    Q_EMIT signedIn();
    return result;
}

void Session::logout() {
    if (!user_)
        return;
    journal_.appendOne({types::kLoggedOut, user_->id,
                        QJsonObject{{key("user_id"), user_->id}, {key("was_locked"), locked_}}});
    log()->info("{} signed out", user_->id.toStdString());
    inactivity_.stop();
    user_.reset();
    locked_ = false;
    signedOnce_ = false;
    Q_EMIT signedOut();
}

void Session::lock(const QString& why) {
    if (!user_ || locked_)
        return;
    // Closed first, recorded second: if the store refuses the event, the screen must
    // still be locked. The signal goes out last, since a slot may end the session.
    locked_ = true;
    signedOnce_ = false;  // the uninterrupted session ends: next signature asks for the id
    inactivity_.stop();
    const QString id = user_->id;
    try {
        journal_.appendOne(
            {types::kSessionLocked, id, QJsonObject{{key("user_id"), id}, {key("why"), why}}});
    } catch (...) {
        Q_EMIT locked();
        throw;
    }
    log()->info("session of {} locked ({})", id.toStdString(), why.toStdString());
    Q_EMIT locked();
}

AuthResult Session::unlock(const QString& id, const QString& password) {
    if (!user_ || !locked_)
        return refusal(QCoreApplication::translate("Security", "The session is not locked."));
    AuthResult result = users_.authenticate(id, password, AuthPurpose::Unlock);
    if (!result.ok())
        return result;
    const User& who = *result.user;
    if (who.id == user_->id) {
        journal_.appendOne(
            {types::kSessionUnlocked, who.id, QJsonObject{{key("user_id"), who.id}}});
    } else if (who.has(Permission::SwitchUser)) {
        journal_.appendOne({types::kUserSwitched, who.id,
                            QJsonObject{{key("from"), user_->id}, {key("to"), who.id}}});
        log()->info("session of {} taken over by {}", user_->id.toStdString(),
                    who.id.toStdString());
    } else {
        return refusal(
            QCoreApplication::translate("Security", "Only %1 or an administrator can unlock.")
                .arg(user_->fullName));
    }
    user_ = who;  // fresh roles and flags
    locked_ = false;
    noteActivity();
    Q_EMIT unlocked();
    return result;
}

void Session::noteActivity() {
    if (user_ && !locked_ && inactivitySeconds_ > 0)
        inactivity_.start(inactivitySeconds_ * 1000);
    else
        inactivity_.stop();
}

void Session::setInactivitySeconds(int seconds) {
    inactivitySeconds_ = std::clamp(seconds, 0, kMaxInactivitySeconds);
    noteActivity();
}

int Session::storedInactivitySeconds() const {
    store::Statement st = journal_.db().prepare("SELECT value FROM settings WHERE key = ?");
    st.bind(1, kInactivitySettingKey);
    if (!st.step())
        return kDefaultInactivitySeconds;
    bool ok = false;
    const int seconds = st.text(0).toInt(&ok);
    if (!ok || seconds < 0 || seconds > kMaxInactivitySeconds) {
        log()->warn("setting {} is invalid; using {} s", kInactivitySettingKey,
                    kDefaultInactivitySeconds);
        return kDefaultInactivitySeconds;
    }
    return seconds;
}

void Session::changeInactivitySeconds(const User& actor, int seconds, const QString& reason) {
    using Kind = SecurityError::Kind;
    const auto admin = users_.find(actor.id);  // re-read: the caller's copy may be stale
    if (!admin || admin->disabled || admin->locked || !admin->has(Permission::ManageUsers))
        throw SecurityError(
            Kind::NotAuthorized,
            QCoreApplication::translate("Security", "Only an administrator may change settings."));
    if (reason.trimmed().isEmpty())
        throw SecurityError(
            Kind::PolicyViolation,
            QCoreApplication::translate("Security", "A reason is required for this change."));
    if (seconds < 0 || seconds > kMaxInactivitySeconds)
        throw SecurityError(
            Kind::PolicyViolation,
            QCoreApplication::translate("Security", "The inactivity lock must be 0 to %1 seconds.")
                .arg(kMaxInactivitySeconds));

    record::RecordTransaction txn(journal_);
    const int old = storedInactivitySeconds();  // same connection: read inside the transaction
    txn.db()
        .prepare("INSERT OR REPLACE INTO settings(key, value) VALUES (?, ?)")
        .bind(1, kInactivitySettingKey)
        .bind(2, QString::number(seconds))
        .run();
    txn.append({types::kSettingChanged, admin->id,
                QJsonObject{{key("key"), QString::fromLatin1(kInactivitySettingKey)},
                            {key("old_value"), old},
                            {key("new_value"), seconds},
                            {key("reason"), reason.trimmed()}}});
    txn.commit();
    log()->info("{} set {} from {} to {}", admin->id.toStdString(), kInactivitySettingKey, old,
                seconds);
    setInactivitySeconds(seconds);
}

}  // namespace batch::security
