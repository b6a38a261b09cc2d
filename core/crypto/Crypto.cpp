#include "crypto/Crypto.h"

#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/hmac.h>
#include <openssl/rand.h>

#include <memory>

namespace batch::crypto {
namespace {

using PKeyPtr = std::unique_ptr<EVP_PKEY, decltype(&EVP_PKEY_free)>;
using MdCtxPtr = std::unique_ptr<EVP_MD_CTX, decltype(&EVP_MD_CTX_free)>;

const unsigned char* bytes(QByteArrayView v) {
    return reinterpret_cast<const unsigned char*>(v.data());
}

void require(bool ok, const char* what) {
    if (!ok)
        throw CryptoError(what);
}

}  // namespace

QByteArray sha256(QByteArrayView data) {
    QByteArray out(kSha256Size, Qt::Uninitialized);
    unsigned int len = 0;
    require(EVP_Digest(data.data(), static_cast<size_t>(data.size()),
                       reinterpret_cast<unsigned char*>(out.data()), &len, EVP_sha256(),
                       nullptr) == 1 &&
                len == kSha256Size,
            "SHA-256 failed");
    return out;
}

QByteArray hmacSha256(QByteArrayView key, QByteArrayView message) {
    QByteArray out(kSha256Size, Qt::Uninitialized);
    unsigned int len = 0;
    require(HMAC(EVP_sha256(), key.data(), static_cast<int>(key.size()), bytes(message),
                 static_cast<size_t>(message.size()), reinterpret_cast<unsigned char*>(out.data()),
                 &len) != nullptr &&
                len == kSha256Size,
            "HMAC-SHA-256 failed");
    return out;
}

QByteArray pbkdf2Sha256(QByteArrayView password, QByteArrayView salt, int iterations, int length) {
    QByteArray out(length, Qt::Uninitialized);
    require(PKCS5_PBKDF2_HMAC(password.data(), static_cast<int>(password.size()), bytes(salt),
                              static_cast<int>(salt.size()), iterations, EVP_sha256(), length,
                              reinterpret_cast<unsigned char*>(out.data())) == 1,
            "PBKDF2 failed");
    return out;
}

QByteArray randomBytes(int count) {
    QByteArray out(count, Qt::Uninitialized);
    require(RAND_bytes(reinterpret_cast<unsigned char*>(out.data()), count) == 1,
            "random generator failed");
    return out;
}

bool constantTimeEqual(QByteArrayView a, QByteArrayView b) {
    if (a.size() != b.size())
        return false;
    return CRYPTO_memcmp(a.data(), b.data(), static_cast<size_t>(a.size())) == 0;
}

Ed25519KeyPair Ed25519KeyPair::generate() { return fromPrivate(randomBytes(32)); }

Ed25519KeyPair Ed25519KeyPair::fromPrivate(const QByteArray& rawPrivate) {
    require(rawPrivate.size() == 32, "Ed25519 private key must be 32 bytes");
    PKeyPtr key(EVP_PKEY_new_raw_private_key(EVP_PKEY_ED25519, nullptr, bytes(rawPrivate), 32),
                &EVP_PKEY_free);
    require(key != nullptr, "Ed25519 key import failed");
    Ed25519KeyPair pair;
    pair.private_ = rawPrivate;
    pair.public_.resize(32);
    size_t len = 32;
    require(EVP_PKEY_get_raw_public_key(key.get(),
                                        reinterpret_cast<unsigned char*>(pair.public_.data()),
                                        &len) == 1 &&
                len == 32,
            "Ed25519 public key derivation failed");
    return pair;
}

QByteArray Ed25519KeyPair::sign(QByteArrayView message) const {
    PKeyPtr key(EVP_PKEY_new_raw_private_key(EVP_PKEY_ED25519, nullptr, bytes(private_), 32),
                &EVP_PKEY_free);
    MdCtxPtr ctx(EVP_MD_CTX_new(), &EVP_MD_CTX_free);
    require(key && ctx, "Ed25519 context allocation failed");
    require(EVP_DigestSignInit(ctx.get(), nullptr, nullptr, nullptr, key.get()) == 1,
            "Ed25519 sign init failed");
    QByteArray sig(64, Qt::Uninitialized);
    size_t len = 64;
    require(EVP_DigestSign(ctx.get(), reinterpret_cast<unsigned char*>(sig.data()), &len,
                           bytes(message), static_cast<size_t>(message.size())) == 1 &&
                len == 64,
            "Ed25519 signing failed");
    return sig;
}

bool ed25519Verify(QByteArrayView rawPublic, QByteArrayView message, QByteArrayView signature) {
    if (rawPublic.size() != 32 || signature.size() != 64)
        return false;
    PKeyPtr key(EVP_PKEY_new_raw_public_key(EVP_PKEY_ED25519, nullptr, bytes(rawPublic), 32),
                &EVP_PKEY_free);
    MdCtxPtr ctx(EVP_MD_CTX_new(), &EVP_MD_CTX_free);
    if (!key || !ctx)
        return false;
    if (EVP_DigestVerifyInit(ctx.get(), nullptr, nullptr, nullptr, key.get()) != 1)
        return false;
    return EVP_DigestVerify(ctx.get(), bytes(signature), static_cast<size_t>(signature.size()),
                            bytes(message), static_cast<size_t>(message.size())) == 1;
}

}  // namespace batch::crypto
