#pragma once

#include <QByteArray>
#include <QDate>
#include <QJsonObject>
#include <QString>

#include <cstdint>
#include <functional>
#include <optional>

namespace batch::record {

// One row of the append-only log, exactly as stored (docs/record-format.md).
struct EventRecord {
    QString stationId;
    std::int64_t seq = 0;
    QString eventId;     // UUIDv7, lower-case, 8-4-4-4-12
    QString type;        // e.g. "UserCreated", "LoginFailed", "Signed"
    QString userId;      // who; "system" for station-internal events
    QString tsUtc;       // station UTC time, "YYYY-MM-DDTHH:MM:SS.mmmZ"
    QByteArray payload;  // canonical JSON object (what, why, old and new values)
    QString prevHash;    // hex SHA-256 of the previous row of this station (64 zeros at seq 1)
    QString rowHash;     // hex SHA-256 over the canonical fields and prev_hash

    QJsonObject payloadObject() const;
};

// What a caller asks to record; the journal adds station, seq, id, time and hashes.
struct NewEvent {
    QString type;
    QString userId;
    QJsonObject payload;
};

// Milliseconds since the Unix epoch, UTC. Injected so tests can control time.
using Clock = std::function<std::int64_t()>;
Clock systemClock();

// "YYYY-MM-DDTHH:MM:SS.mmmZ" without going through QDateTime (hot path).
QString formatUtcMillis(std::int64_t msSinceEpoch);
// The same text written into `out` (24 ASCII characters for years 0000-9999); returns
// the number of characters written (more only for years outside that range).
inline constexpr int kUtcTextSize = 24;
int writeUtcMillis(std::int64_t msSinceEpoch, char (&out)[32]);

// A calendar date written exactly "YYYY-MM-DD"; nullopt for anything else. Qt's ISODate
// alone reads any character between the fields as a separator ("2026-11)21").
std::optional<QDate> parseIsoDate(const QString& text);

// Event type names used by the foundation; later modules add their own.
namespace types {
inline const QString kStationInitialized = QStringLiteral("StationInitialized");
inline const QString kUserCreated = QStringLiteral("UserCreated");
inline const QString kUserDisabled = QStringLiteral("UserDisabled");
inline const QString kUserUnlocked = QStringLiteral("UserUnlocked");
inline const QString kUserRolesChanged = QStringLiteral("UserRolesChanged");
inline const QString kPasswordChanged = QStringLiteral("PasswordChanged");
inline const QString kLoginSucceeded = QStringLiteral("LoginSucceeded");
inline const QString kLoginFailed = QStringLiteral("LoginFailed");
inline const QString kAccountLocked = QStringLiteral("AccountLocked");
inline const QString kLoggedOut = QStringLiteral("LoggedOut");
inline const QString kSessionLocked = QStringLiteral("SessionLocked");
inline const QString kSessionUnlocked = QStringLiteral("SessionUnlocked");
inline const QString kUserSwitched = QStringLiteral("UserSwitched");
inline const QString kSigned = QStringLiteral("Signed");
inline const QString kSignatureRefused = QStringLiteral("SignatureRefused");
inline const QString kSettingChanged = QStringLiteral("SettingChanged");
inline const QString kCommentAdded = QStringLiteral("CommentAdded");
}  // namespace types

}  // namespace batch::record
