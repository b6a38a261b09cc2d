#pragma once

#include "security/Users.h"

#include <QObject>
#include <QTimer>

#include <optional>

namespace batch::security {

// One signed-in user at a station: login, logout, the inactivity lock and who may
// reopen a locked session. Qt Core only (QTimer); the UI reacts to its signals.
//
// A first login after an administrator's reset answers AuthStatus::MustChangePassword:
// the user is then NOT signed in. The caller asks for a new password, calls
// UserService::changePassword(id, old, new) and then login(id, new) again.
class Session : public QObject {
    Q_OBJECT
public:
    static constexpr int kDefaultInactivitySeconds = 300;
    static constexpr int kMaxInactivitySeconds = 86'400;
    static constexpr const char* kInactivitySettingKey = "inactivity_lock_seconds";

    Session(UserService& users, record::Journal& journal, QObject* parent = nullptr);

    // Refused (WrongCredentials with a message) while a user is signed in or the session
    // is locked: a locked session is reopened through unlock(), never around it.
    AuthResult login(const QString& id, const QString& password);
    void logout();
    // Locks now (button or inactivity); records SessionLocked.
    void lock(const QString& why);
    // Same user: password only. Another user: must hold SwitchUser (admin); that is a
    // UserSwitched event and the session continues as the new user.
    AuthResult unlock(const QString& id, const QString& password);
    // Any operator input: restarts the inactivity timer.
    void noteActivity();

    bool isSignedIn() const { return user_.has_value(); }
    bool isLocked() const { return locked_; }
    const std::optional<User>& user() const { return user_; }
    // The first signature of a session asks for user id + password, later ones password only.
    bool signedOnceThisSession() const { return signedOnce_; }
    void noteSignature() { signedOnce_ = true; }

    int inactivitySeconds() const { return inactivitySeconds_; }
    // Applies a timeout to this session only (persists nothing); 0 disables the lock.
    // The constructor starts from the `inactivity_lock_seconds` setting (default 300).
    void setInactivitySeconds(int seconds);
    // The stored `inactivity_lock_seconds` setting, or the default when unset or invalid.
    int storedInactivitySeconds() const;
    // Administrator only (ManageUsers), with a reason: stores the setting with a
    // SettingChanged event (old and new value) and applies it to this session.
    void changeInactivitySeconds(const User& actor, int seconds, const QString& reason);

Q_SIGNALS:
    void signedIn();
    void signedOut();
    void locked();
    void unlocked();

private:
    UserService& users_;
    record::Journal& journal_;
    std::optional<User> user_;
    bool locked_ = false;
    bool signedOnce_ = false;
    int inactivitySeconds_ = kDefaultInactivitySeconds;
    QTimer inactivity_;
};

}  // namespace batch::security
