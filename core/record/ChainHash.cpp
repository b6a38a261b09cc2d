#include "record/ChainHash.h"

#include "crypto/Crypto.h"

#include <QtEndian>

#include <openssl/core_names.h>
#include <openssl/evp.h>
#include <openssl/params.h>

#include <array>
#include <cstdio>
#include <cstring>

namespace batch::record::chain {
namespace {

using Digest = std::array<unsigned char, crypto::kSha256Size>;

// SHA-256 with the algorithm fetched once per thread and one reusable context. Every
// appended event hashes its row and seals it; going through EVP_sha256()/HMAC() per
// call re-resolved the provider and allocated contexts, which cost more than the
// hashing itself in the append benchmark. The bytes hashed are exactly the same.
class Sha256 {
public:
    Sha256() : md_(EVP_MD_fetch(nullptr, "SHA256", nullptr)), ctx_(EVP_MD_CTX_new()) {
        if (!md_ || !ctx_)
            throw crypto::CryptoError("SHA-256 unavailable");
    }
    ~Sha256() {
        EVP_MD_CTX_free(ctx_);
        EVP_MD_free(md_);
    }
    Sha256(const Sha256&) = delete;
    Sha256& operator=(const Sha256&) = delete;

    Digest digest(QByteArrayView a, QByteArrayView b = {}) {
        Digest out{};
        unsigned int len = 0;
        if (EVP_DigestInit_ex2(ctx_, md_, nullptr) != 1 ||
            EVP_DigestUpdate(ctx_, a.data(), static_cast<size_t>(a.size())) != 1 ||
            (!b.isEmpty() &&
             EVP_DigestUpdate(ctx_, b.data(), static_cast<size_t>(b.size())) != 1) ||
            EVP_DigestFinal_ex(ctx_, out.data(), &len) != 1 || len != out.size())
            throw crypto::CryptoError("SHA-256 failed");
        return out;
    }

private:
    EVP_MD* md_;
    EVP_MD_CTX* ctx_;
};

Sha256& sha256() {
    thread_local Sha256 hasher;
    return hasher;
}

// HMAC-SHA-256 through OpenSSL's EVP_MAC. The seal key is the same for every row of a
// journal, so the context keeps it and each MAC re-initialises with the stored key
// (no re-derivation of the inner and outer pads per row).
class SealMac {
public:
    SealMac() : mac_(EVP_MAC_fetch(nullptr, "HMAC", nullptr)), ctx_(nullptr) {
        if (!mac_ || !(ctx_ = EVP_MAC_CTX_new(mac_)))
            throw crypto::CryptoError("HMAC unavailable");
        char digest[] = "SHA256";
        const OSSL_PARAM params[] = {
            OSSL_PARAM_construct_utf8_string(OSSL_MAC_PARAM_DIGEST, digest, 0),
            OSSL_PARAM_construct_end()};
        if (EVP_MAC_CTX_set_params(ctx_, params) != 1)
            throw crypto::CryptoError("HMAC-SHA-256 setup failed");
    }
    ~SealMac() {
        EVP_MAC_CTX_free(ctx_);
        EVP_MAC_free(mac_);
    }
    SealMac(const SealMac&) = delete;
    SealMac& operator=(const SealMac&) = delete;

    Digest mac(QByteArrayView key, QByteArrayView message) {
        const bool sameKey = key == QByteArrayView(key_);
        const auto* k = reinterpret_cast<const unsigned char*>(key.data());
        if (EVP_MAC_init(ctx_, sameKey ? nullptr : k, sameKey ? 0 : static_cast<size_t>(key.size()),
                         nullptr) != 1)
            throw crypto::CryptoError("HMAC init failed");
        if (!sameKey)
            key_ = key.toByteArray();
        Digest out{};
        size_t len = 0;
        if (EVP_MAC_update(ctx_, reinterpret_cast<const unsigned char*>(message.data()),
                           static_cast<size_t>(message.size())) != 1 ||
            EVP_MAC_final(ctx_, out.data(), &len, out.size()) != 1 || len != out.size())
            throw crypto::CryptoError("HMAC failed");
        return out;
    }

private:
    EVP_MAC* mac_;
    EVP_MAC_CTX* ctx_;
    QByteArray key_;
};

Digest hmacSha256(QByteArrayView key, QByteArrayView message) {
    thread_local SealMac mac;
    return mac.mac(key, message);
}

QString toHex(const Digest& d) {
    static constexpr char kHex[] = "0123456789abcdef";
    QString out(static_cast<qsizetype>(d.size() * 2), Qt::Uninitialized);
    QChar* p = out.data();
    for (unsigned char byte : d) {
        *p++ = QLatin1Char(kHex[byte >> 4]);
        *p++ = QLatin1Char(kHex[byte & 0xF]);
    }
    return out;
}

int hexValue(char16_t c) {
    if (c >= u'0' && c <= u'9')
        return c - u'0';
    if (c >= u'a' && c <= u'f')
        return c - u'a' + 10;
    if (c >= u'A' && c <= u'F')
        return c - u'A' + 10;
    return -1;
}

// prev_hash as 32 raw bytes. The fast path takes exactly 64 hex digits; anything else
// (a tampered row) goes through QByteArray::fromHex as always, so the bytes hashed for
// odd input stay what they were.
void appendPrevHash(QByteArray& out, const QString& prevHash) {
    if (prevHash.size() == 2 * crypto::kSha256Size) {
        char raw[crypto::kSha256Size];
        bool ok = true;
        for (int i = 0; i < crypto::kSha256Size && ok; ++i) {
            const int hi = hexValue(prevHash[2 * i].unicode());
            const int lo = hexValue(prevHash[2 * i + 1].unicode());
            ok = hi >= 0 && lo >= 0;
            raw[i] = static_cast<char>((hi << 4) | lo);
        }
        if (ok) {
            out.append(raw, crypto::kSha256Size);
            return;
        }
    }
    const QByteArray prev = QByteArray::fromHex(prevHash.toLatin1());
    out.append(prev.size() == crypto::kSha256Size ? prev : QByteArray(crypto::kSha256Size, '\xff'));
}

void appendLengthPrefixed(QByteArray& out, QByteArrayView field) {
    const quint32 len = qToBigEndian(static_cast<quint32>(field.size()));
    out.append(reinterpret_cast<const char*>(&len), 4);
    out.append(field);
}

// The UTF-8 of `text`, length-prefixed, without a temporary QByteArray for the common
// all-ASCII case (ids, types, timestamps).
void appendLengthPrefixed(QByteArray& out, const QString& text) {
    const qsizetype n = text.size();
    const char16_t* s = reinterpret_cast<const char16_t*>(text.utf16());
    qsizetype i = 0;
    while (i < n && s[i] < 0x80) ++i;
    if (i < n) {
        appendLengthPrefixed(out, QByteArrayView(text.toUtf8()));
        return;
    }
    const quint32 len = qToBigEndian(static_cast<quint32>(n));
    out.append(reinterpret_cast<const char*>(&len), 4);
    const qsizetype at = out.size();
    out.resize(at + n);
    char* dst = out.data() + at;
    for (qsizetype k = 0; k < n; ++k) dst[k] = static_cast<char>(s[k]);
}

void appendNumber(QByteArray& out, std::int64_t value) {
    char digits[24];
    const int n = std::snprintf(digits, sizeof digits, "%lld", static_cast<long long>(value));
    appendLengthPrefixed(out, QByteArrayView(digits, n));
}

}  // namespace

void appendField(QByteArray& message, QByteArrayView field) {
    appendLengthPrefixed(message, field);
}

void appendField(QByteArray& message, std::int64_t number) {
    appendNumber(message, number);
}

QString sha256Hex(QByteArrayView message) {
    return toHex(sha256().digest(message));
}

QString genesisHash() {
    return QString(64, QLatin1Char('0'));
}

QString rowHash(const EventRecord& e) {
    // One buffer per thread, reused: the message is rebuilt for every appended event.
    thread_local QByteArray m;
    m.resize(0);
    m.reserve(256 + e.payload.size());
    m.append("BatchStation/event/v1");
    appendLengthPrefixed(m, e.stationId);
    appendNumber(m, e.seq);
    appendLengthPrefixed(m, e.eventId);
    appendLengthPrefixed(m, e.type);
    appendLengthPrefixed(m, e.userId);
    appendLengthPrefixed(m, e.tsUtc);
    appendLengthPrefixed(m, QByteArrayView(e.payload));
    appendPrevHash(m, e.prevHash);
    return toHex(sha256().digest(m));
}

QByteArray checkpointMessage(const QString& stationId, std::int64_t seq, const QString& headHash,
                             const QString& tsUtc) {
    QByteArray m("BatchStation/checkpoint/v1");
    appendLengthPrefixed(m, QByteArrayView(stationId.toUtf8()));
    appendNumber(m, seq);
    appendLengthPrefixed(m, QByteArrayView(headHash.toLatin1()));
    appendLengthPrefixed(m, QByteArrayView(tsUtc.toUtf8()));
    return m;
}

QByteArray sealKey(const QByteArray& stationPrivateKey) {
    return crypto::sha256(QByteArray("BatchStation/seal-key/v1") + stationPrivateKey);
}

QString rowSeal(const QByteArray& key, const QString& rowHash) {
    QByteArray m("BatchStation/row-seal/v1");
    appendLengthPrefixed(m, QByteArrayView(rowHash.toLatin1()));
    return toHex(hmacSha256(key, m));
}

QString headSeal(const QByteArray& key, const QString& stationId, std::int64_t seq,
                 const QString& rowHash) {
    QByteArray m("BatchStation/head-seal/v1");
    appendLengthPrefixed(m, QByteArrayView(stationId.toUtf8()));
    appendNumber(m, seq);
    appendLengthPrefixed(m, QByteArrayView(rowHash.toLatin1()));
    return toHex(hmacSha256(key, m));
}

}  // namespace batch::record::chain
