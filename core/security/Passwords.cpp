#include "security/Passwords.h"

#include "crypto/Crypto.h"

#include <QCoreApplication>

#include <algorithm>
#include <stdexcept>

namespace batch::security {
namespace {

const QString kScheme = QStringLiteral("pbkdf2-sha256");
constexpr int kHashBytes = 32;
// Bounds for a stored iteration count: a forged "1" must not make a hash cheap to pass,
// and a huge number must not turn one login into a denial of service.
constexpr int kMinStoredIterations = 1'000;
constexpr int kMaxStoredIterations = 10'000'000;

// The same password typed through different input methods can arrive as different
// Unicode sequences (composed or decomposed accents); NFC makes them one byte string.
QByteArray passwordBytes(const QString& password) {
    return password.normalized(QString::NormalizationForm_C).toUtf8();
}

}  // namespace

QString PasswordHasher::hash(const QString& password, int iterations) {
    if (iterations < kMinStoredIterations || iterations > kMaxStoredIterations)
        throw std::invalid_argument("PBKDF2 iteration count out of range");
    const QByteArray salt = crypto::randomBytes(kSaltBytes);
    const QByteArray key =
        crypto::pbkdf2Sha256(passwordBytes(password), salt, iterations, kHashBytes);
    return kScheme + QLatin1Char('$') + QString::number(iterations) + QLatin1Char('$') +
           QString::fromLatin1(salt.toBase64()) + QLatin1Char('$') +
           QString::fromLatin1(key.toBase64());
}

bool PasswordHasher::verify(const QString& password, const QString& encoded) {
    const QStringList parts = encoded.split(QLatin1Char('$'));
    if (parts.size() != 4 || parts[0] != kScheme)
        return false;
    bool ok = false;
    const int iterations = parts[1].toInt(&ok);
    if (!ok || iterations < kMinStoredIterations || iterations > kMaxStoredIterations)
        return false;
    const auto salt = QByteArray::fromBase64Encoding(parts[2].toLatin1(),
                                                     QByteArray::AbortOnBase64DecodingErrors);
    const auto expected = QByteArray::fromBase64Encoding(parts[3].toLatin1(),
                                                         QByteArray::AbortOnBase64DecodingErrors);
    if (!salt || !expected || (*salt).size() != kSaltBytes || (*expected).size() != kHashBytes)
        return false;
    const QByteArray actual =
        crypto::pbkdf2Sha256(passwordBytes(password), *salt, iterations, kHashBytes);
    return crypto::constantTimeEqual(actual, *expected);
}

QString PasswordPolicy::check(const QString& userId, const QString& password,
                              const QStringList& recentHashes) {
    // Length in code points, so that a non-BMP character counts once, as a user sees it.
    if (password.toUcs4().size() < kMinLength)
        return QCoreApplication::translate(
            "Security", "The password must have at least %n characters.", nullptr, kMinLength);
    if (password.trimmed().compare(userId.trimmed(), Qt::CaseInsensitive) == 0)
        return QCoreApplication::translate("Security", "The password must not be the user id.");
    // Only the newest kHistoryDepth entries count (the caller passes newest first).
    const qsizetype depth = std::min<qsizetype>(recentHashes.size(), kHistoryDepth);
    for (qsizetype i = 0; i < depth; ++i)
        if (PasswordHasher::verify(password, recentHashes[i]))
            return QCoreApplication::translate(
                "Security", "The password must differ from the last %n passwords.", nullptr,
                kHistoryDepth);
    return {};
}

}  // namespace batch::security
