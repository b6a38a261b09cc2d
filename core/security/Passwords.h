#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace batch::security {

// PBKDF2-HMAC-SHA256 password hashes in the self-describing form
// "pbkdf2-sha256$<iterations>$<salt base64>$<hash base64>" (16-byte salt, 32-byte hash).
class PasswordHasher {
public:
    static constexpr int kIterations = 600'000;
    static constexpr int kSaltBytes = 16;

    static QString hash(const QString& password, int iterations = kIterations);
    // Constant-time comparison of the derived key; false for malformed stored hashes.
    static bool verify(const QString& password, const QString& encoded);
};

// Password rules: minimum length 10, not one of the last 5 passwords, not the user id.
class PasswordPolicy {
public:
    static constexpr int kMinLength = 10;
    static constexpr int kHistoryDepth = 5;

    // Empty string when acceptable, otherwise the (translated) reason.
    static QString check(const QString& userId, const QString& password,
                         const QStringList& recentHashes);
};

}  // namespace batch::security
