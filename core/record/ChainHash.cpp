#include "record/ChainHash.h"

#include "crypto/Crypto.h"

#include <QtEndian>

#include <openssl/core_names.h>
#include <openssl/evp.h>
#include <openssl/params.h>

#include <array>
#include <charconv>
#include <cstdio>
#include <cstring>
#include <string>
#include <type_traits>
#include <utility>

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

    const EVP_MD* md() const { return md_; }

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

HexDigest toHexDigest(const Digest& d) {
    static constexpr char kHex[] = "0123456789abcdef";
    HexDigest out;
    char* p = out.data();
    for (unsigned char byte : d) {
        *p++ = kHex[byte >> 4];
        *p++ = kHex[byte & 0xF];
    }
    return out;
}

QString toHex(const Digest& d) {
    const HexDigest hex = toHexDigest(d);
    return QString::fromLatin1(hex.data(), static_cast<qsizetype>(hex.size()));
}

// Hex digit values by code unit (-1: not a hex digit), looked up rather than branched
// on: random hex defeats branch prediction, and every append decodes 64 digits.
constexpr std::array<signed char, 128> kHexValues = [] {
    std::array<signed char, 128> t{};
    for (auto& v : t) v = -1;
    for (int c = '0'; c <= '9'; ++c) t[static_cast<size_t>(c)] = static_cast<signed char>(c - '0');
    for (int c = 'a'; c <= 'f'; ++c)
        t[static_cast<size_t>(c)] = static_cast<signed char>(c - 'a' + 10);
    for (int c = 'A'; c <= 'F'; ++c)
        t[static_cast<size_t>(c)] = static_cast<signed char>(c - 'A' + 10);
    return t;
}();

int hexValue(char16_t c) {
    return c < 128 ? kHexValues[c] : -1;
}

char16_t codeUnit(QChar c) {
    return c.unicode();
}
char16_t codeUnit(char c) {
    return static_cast<unsigned char>(c);
}

// prev_hash as 32 raw bytes. The fast path takes exactly 64 hex digits; anything else
// (a tampered row) goes through QByteArray::fromHex as always, so the bytes hashed for
// odd input stay what they were. `Text` is QString (verifier) or QByteArrayView (writer).
template <typename Text>
void prevHashRaw(const Text& prevHash, char (&raw)[crypto::kSha256Size]) {
    if (prevHash.size() == 2 * crypto::kSha256Size) {
        int invalid = 0;  // any -1 sets the sign bit; checked once at the end
        for (int i = 0; i < crypto::kSha256Size; ++i) {
            const int hi = hexValue(codeUnit(prevHash[2 * i]));
            const int lo = hexValue(codeUnit(prevHash[2 * i + 1]));
            invalid |= hi | lo;
            raw[i] = static_cast<char>((hi << 4) | lo);
        }
        if (invalid >= 0)
            return;
    }
    QByteArray prev;
    if constexpr (std::is_same_v<Text, QString>)
        prev = QByteArray::fromHex(prevHash.toLatin1());
    else
        prev = QByteArray::fromHex(prevHash.toByteArray());
    if (prev.size() == crypto::kSha256Size)
        std::memcpy(raw, prev.constData(), crypto::kSha256Size);
    else
        std::memset(raw, 0xff, crypto::kSha256Size);
}

template <typename Text>
void appendPrevHash(QByteArray& out, const Text& prevHash) {
    char raw[crypto::kSha256Size];
    prevHashRaw(prevHash, raw);
    out.append(raw, crypto::kSha256Size);
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
    const auto end = std::to_chars(digits, digits + sizeof digits, value).ptr;
    appendLengthPrefixed(out, QByteArrayView(digits, end - digits));
}

// The row hash message of docs/record-format.md, built in one buffer per thread (it is
// rebuilt for every appended event). Text fields are QString (verifier) or UTF-8 views
// (writer); both produce the same bytes.
template <typename Text>
Digest hashRowMessage(const Text& stationId, std::int64_t seq, const Text& eventId,
                      const Text& type, const Text& userId, const Text& tsUtc,
                      QByteArrayView payload, const Text& prevHash) {
    thread_local QByteArray m;
    m.resize(0);
    m.reserve(256 + payload.size());
    m.append("BatchStation/event/v1");
    appendLengthPrefixed(m, stationId);
    appendNumber(m, seq);
    appendLengthPrefixed(m, eventId);
    appendLengthPrefixed(m, type);
    appendLengthPrefixed(m, userId);
    appendLengthPrefixed(m, tsUtc);
    appendLengthPrefixed(m, payload);
    appendPrevHash(m, prevHash);
    return sha256().digest(m);
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

HexDigest rowHashHex(const RowBytes& r) {
    thread_local RowHasher hasher;
    hasher.begin(r);
    return hasher.finish(r.prevHash);
}

// An EVP digest context per hasher: a batch keeps one per row in flight.
struct RowHasher::Context {
    EVP_MD_CTX* md = nullptr;
};

RowHasher::RowHasher() : ctx_(new Context) {}

RowHasher::~RowHasher() {
    if (ctx_)
        EVP_MD_CTX_free(ctx_->md);
    delete ctx_;
}

RowHasher::RowHasher(RowHasher&& other) noexcept : ctx_(std::exchange(other.ctx_, nullptr)) {}

RowHasher& RowHasher::operator=(RowHasher&& other) noexcept {
    std::swap(ctx_, other.ctx_);
    return *this;
}

void RowHasher::begin(const RowBytes& r) {
    // The message up to prev_hash, laid out on the stack when it fits (it nearly always
    // does: ids, type, user and time are short, payloads mostly a few hundred bytes).
    static constexpr char kTag[] = "BatchStation/event/v1";
    constexpr size_t kTagSize = sizeof kTag - 1;
    char seqDigits[24];
    const auto seqEnd = std::to_chars(seqDigits, seqDigits + sizeof seqDigits, r.seq).ptr;
    const QByteArrayView fields[] = {r.stationId, QByteArrayView(seqDigits, seqEnd - seqDigits),
                                     r.eventId,   r.type,
                                     r.userId,    r.tsUtc,
                                     r.payload};
    size_t total = kTagSize;
    for (const QByteArrayView& f : fields) total += 4 + static_cast<size_t>(f.size());
    constexpr size_t kStack = 2048;
    char stack[kStack];
    std::string heap;
    char* m = stack;
    if (total > kStack) {
        heap.resize(total);
        m = heap.data();
    }
    char* p = m;
    std::memcpy(p, kTag, kTagSize);
    p += kTagSize;
    for (const QByteArrayView& f : fields) {
        const quint32 len = qToBigEndian(static_cast<quint32>(f.size()));
        std::memcpy(p, &len, 4);
        if (!f.isEmpty())
            std::memcpy(p + 4, f.data(), static_cast<size_t>(f.size()));
        p += 4 + f.size();
    }
    if (!ctx_)
        ctx_ = new Context;
    if (!ctx_->md && !(ctx_->md = EVP_MD_CTX_new()))
        throw crypto::CryptoError("SHA-256 unavailable");
    if (EVP_DigestInit_ex2(ctx_->md, sha256().md(), nullptr) != 1 ||
        EVP_DigestUpdate(ctx_->md, m, total) != 1)
        throw crypto::CryptoError("SHA-256 failed");
}

HexDigest RowHasher::finish(QByteArrayView prevHashHex) {
    char prev[crypto::kSha256Size];
    prevHashRaw(prevHashHex, prev);
    Digest out{};
    unsigned int len = 0;
    if (!ctx_ || !ctx_->md || EVP_DigestUpdate(ctx_->md, prev, sizeof prev) != 1 ||
        EVP_DigestFinal_ex(ctx_->md, out.data(), &len) != 1 || len != out.size())
        throw crypto::CryptoError("SHA-256 failed");
    return toHexDigest(out);
}

QString rowHash(const EventRecord& e) {
    return toHex(hashRowMessage(e.stationId, e.seq, e.eventId, e.type, e.userId, e.tsUtc,
                                QByteArrayView(e.payload), e.prevHash));
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

HexDigest rowSealHex(const QByteArray& key, QByteArrayView rowHashHex) {
    // "BatchStation/row-seal/v1" (24 bytes) ‖ lp(row_hash): built on the stack.
    static constexpr char kTag[] = "BatchStation/row-seal/v1";
    constexpr qsizetype kTagSize = sizeof kTag - 1;
    char m[kTagSize + 4 + 2 * crypto::kSha256Size];
    if (rowHashHex.size() > 2 * crypto::kSha256Size) {
        QByteArray big(kTag);
        appendLengthPrefixed(big, rowHashHex);
        return toHexDigest(hmacSha256(key, big));
    }
    std::memcpy(m, kTag, kTagSize);
    const quint32 len = qToBigEndian(static_cast<quint32>(rowHashHex.size()));
    std::memcpy(m + kTagSize, &len, 4);
    std::memcpy(m + kTagSize + 4, rowHashHex.data(), static_cast<size_t>(rowHashHex.size()));
    return toHexDigest(hmacSha256(key, QByteArrayView(m, kTagSize + 4 + rowHashHex.size())));
}

QString rowSeal(const QByteArray& key, const QString& rowHash) {
    const HexDigest hex = rowSealHex(key, QByteArrayView(rowHash.toLatin1()));
    return QString::fromLatin1(hex.data(), static_cast<qsizetype>(hex.size()));
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
