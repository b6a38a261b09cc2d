#pragma once

#include <QByteArray>
#include <QByteArrayView>

#include <stdexcept>

// Thin wrappers over OpenSSL 3 for the few primitives the record and the security
// module need. Every function throws CryptoError when OpenSSL reports a failure.
namespace batch::crypto {

class CryptoError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

inline constexpr int kSha256Size = 32;

QByteArray sha256(QByteArrayView data);
QByteArray hmacSha256(QByteArrayView key, QByteArrayView message);
QByteArray pbkdf2Sha256(QByteArrayView password, QByteArrayView salt, int iterations, int length);
QByteArray randomBytes(int count);
// Constant-time comparison; different lengths compare unequal (length is not secret).
bool constantTimeEqual(QByteArrayView a, QByteArrayView b);

// An Ed25519 key pair held as raw 32-byte keys.
class Ed25519KeyPair {
public:
    static Ed25519KeyPair generate();
    static Ed25519KeyPair fromPrivate(const QByteArray& rawPrivate);

    const QByteArray& publicKey() const { return public_; }
    const QByteArray& privateKey() const { return private_; }
    QByteArray sign(QByteArrayView message) const;

private:
    QByteArray private_;
    QByteArray public_;
};

bool ed25519Verify(QByteArrayView rawPublic, QByteArrayView message, QByteArrayView signature);

}  // namespace batch::crypto
