#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QJsonObject>
#include <QJsonValue>

#include <stdexcept>
#include <string>

namespace batch::record {

// Canonical JSON, the byte form of every event payload (docs/record-format.md):
// UTF-8, no whitespace, object keys in strictly ascending UTF-16 code-unit order,
// integers only (|n| <= 2^53-1, no fraction or exponent; decimals travel as strings so
// that a recorded value keeps its exact digits), minimal string escapes. One value has
// exactly one encoding, so the bytes can be hashed and verified anywhere.
class CanonicalJsonError : public std::runtime_error {
public:
    CanonicalJsonError(const std::string& what, qsizetype offset)
        : std::runtime_error(what + " at byte " + std::to_string(offset)), offset_(offset) {}
    qsizetype offset() const { return offset_; }

private:
    qsizetype offset_;
};

struct CanonicalLimits {
    qsizetype maxBytes = 1 << 20;  // 1 MiB per payload
    int maxDepth = 32;
};

// Throws CanonicalJsonError for values that have no canonical form (fractions, NaN,
// lone surrogates, undefined).
QByteArray encodeCanonical(const QJsonValue& value);
QByteArray encodeCanonical(const QJsonObject& object);
// The same into `out`, reusing its storage (the bulk append path encodes every payload
// into a buffer kept from the previous batch). On error `out` is unspecified.
void encodeCanonicalInto(const QJsonObject& object, QByteArray& out);

// Strict decoder: accepts only bytes that encodeCanonical would produce, so that
// decode(x) succeeding implies encode(decode(x)) == x. Bounded in size and depth;
// every violation throws with the offending byte offset.
QJsonValue decodeCanonical(QByteArrayView bytes, const CanonicalLimits& limits = {});
QJsonObject decodeCanonicalObject(QByteArrayView bytes, const CanonicalLimits& limits = {});

}  // namespace batch::record
