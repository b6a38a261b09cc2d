#include "record/CanonicalJson.h"

#include <QJsonArray>
#include <QVarLengthArray>

#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstring>
#include <string>

namespace batch::record {
namespace {

constexpr double kMaxSafeInteger = 9007199254740991.0;  // 2^53 - 1

// ------------------------------------------------------------------ encoder

// The encoder writes into a std::string that lives per thread (its appends are inline
// and it keeps its capacity between payloads); the result is copied once into the
// QByteArray handed out. Error offsets are byte offsets into the output so far.
using Sink = std::string;

qsizetype offsetOf(const Sink& out) {
    return static_cast<qsizetype>(out.size());
}

void encodeString(const QString& s, Sink& out) {
    out.push_back('"');
    const char16_t* u = reinterpret_cast<const char16_t*>(s.utf16());
    const qsizetype n = s.size();
    // Fast path: the printable-ASCII run needing no escape goes in one append.
    qsizetype run = 0;
    while (run < n && u[run] >= 0x20 && u[run] < 0x80 && u[run] != '"' && u[run] != '\\')
        ++run;
    if (run > 0) {
        const size_t at = out.size();
        out.resize(at + static_cast<size_t>(run));
        char* dst = out.data() + at;
        for (qsizetype i = 0; i < run; ++i)
            dst[i] = static_cast<char>(u[i]);
    }
    for (qsizetype i = run; i < n; ++i) {
        char32_t cp = u[i];
        if (cp >= 0xD800 && cp <= 0xDBFF) {
            if (i + 1 >= n || u[i + 1] < 0xDC00 || u[i + 1] > 0xDFFF)
                throw CanonicalJsonError("lone surrogate in string", offsetOf(out));
            cp = 0x10000 + ((cp - 0xD800) << 10) + (u[i + 1] - 0xDC00);
            ++i;
        } else if (cp >= 0xDC00 && cp <= 0xDFFF) {
            throw CanonicalJsonError("lone surrogate in string", offsetOf(out));
        }
        switch (cp) {
        case '"': out.append("\\\""); continue;
        case '\\': out.append("\\\\"); continue;
        case '\b': out.append("\\b"); continue;
        case '\f': out.append("\\f"); continue;
        case '\n': out.append("\\n"); continue;
        case '\r': out.append("\\r"); continue;
        case '\t': out.append("\\t"); continue;
        default: break;
        }
        if (cp < 0x20) {
            static constexpr char hex[] = "0123456789abcdef";
            out.append("\\u00");
            out.push_back(hex[cp >> 4]);
            out.push_back(hex[cp & 0xF]);
        } else if (cp < 0x80) {
            out.push_back(static_cast<char>(cp));
        } else if (cp < 0x800) {
            out.push_back(static_cast<char>(0xC0 | (cp >> 6)));
            out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
        } else if (cp < 0x10000) {
            out.push_back(static_cast<char>(0xE0 | (cp >> 12)));
            out.push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
            out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
        } else {
            out.push_back(static_cast<char>(0xF0 | (cp >> 18)));
            out.push_back(static_cast<char>(0x80 | ((cp >> 12) & 0x3F)));
            out.push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
            out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
        }
    }
    out.push_back('"');
}

void encodeInteger(double d, Sink& out) {
    if (!std::isfinite(d) || std::trunc(d) != d || std::fabs(d) > kMaxSafeInteger)
        throw CanonicalJsonError(
            "only integers up to 2^53-1 have a canonical form (send decimals as strings)",
            offsetOf(out));
    char digits[24];
    const auto end = std::to_chars(digits, digits + sizeof digits, static_cast<qint64>(d)).ptr;
    out.append(digits, static_cast<size_t>(end - digits));
}

void encodeObject(const QJsonObject& obj, Sink& out, int depth);
void encodeArray(const QJsonArray& arr, Sink& out, int depth);

// `V` is QJsonValue or QJsonValueConstRef: reading members through the reference avoids
// materialising a QJsonValue (and a string copy) per member.
template <typename V>
void encodeValue(const V& v, Sink& out, int depth) {
    if (depth > CanonicalLimits{}.maxDepth)
        throw CanonicalJsonError("nesting deeper than the canonical limit", offsetOf(out));
    switch (v.type()) {
        case QJsonValue::Null:
            out.append("null");
            return;
        case QJsonValue::Bool:
            out.append(v.toBool() ? "true" : "false");
            return;
        case QJsonValue::Double:
            encodeInteger(v.toDouble(), out);
            return;
        case QJsonValue::String:
            encodeString(v.toString(), out);
            return;
        case QJsonValue::Array:
            encodeArray(v.toArray(), out, depth);
            return;
        case QJsonValue::Object:
            encodeObject(v.toObject(), out, depth);
            return;
        case QJsonValue::Undefined:
            break;
    }
    throw CanonicalJsonError("undefined value has no JSON form", offsetOf(out));
}

void encodeArray(const QJsonArray& arr, Sink& out, int depth) {
    out.push_back('[');
    bool first = true;
    for (auto it = arr.constBegin(); it != arr.constEnd(); ++it) {
        if (!first)
            out.push_back(',');
        first = false;
        encodeValue(*it, out, depth + 1);
    }
    out.push_back(']');
}

void encodeObject(const QJsonObject& obj, Sink& out, int depth) {
    // QJsonObject usually iterates its keys already in code-unit order; walk it directly
    // then, and sort only when it does not (QString order is UTF-16 code-unit order, the
    // canonical one).
    QVarLengthArray<QString, 16> keys;
    bool sorted = true;
    for (auto it = obj.constBegin(); it != obj.constEnd(); ++it) {
        keys.append(it.key());
        if (keys.size() > 1 && !(keys[keys.size() - 2] < keys.back()))
            sorted = false;
    }
    out.push_back('{');
    if (sorted) {
        qsizetype i = 0;
        for (auto it = obj.constBegin(); it != obj.constEnd(); ++it, ++i) {
            if (i > 0)
                out.push_back(',');
            encodeString(keys[i], out);
            out.push_back(':');
            encodeValue(it.value(), out, depth + 1);
        }
    } else {
        std::sort(keys.begin(), keys.end());
        bool first = true;
        for (const QString& key : keys) {
            if (!first)
                out.push_back(',');
            first = false;
            encodeString(key, out);
            out.push_back(':');
            encodeValue(obj.value(key), out, depth + 1);
        }
    }
    out.push_back('}');
}

Sink& scratch() {
    thread_local Sink out;
    return out;
}

// A rare huge payload should not pin its buffer for the rest of the thread's life.
void releaseIfHuge(Sink& sink) {
    if (sink.capacity() > (1u << 16))
        Sink().swap(sink);
}

template <typename Encode>
QByteArray encodeWith(const Encode& encode) {
    Sink& out = scratch();
    out.clear();
    encode(out);
    QByteArray result(out.data(), offsetOf(out));
    releaseIfHuge(out);
    return result;
}

// ------------------------------------------------------------------ decoder

class Decoder {
public:
    Decoder(QByteArrayView bytes, const CanonicalLimits& limits)
        : data_(bytes.data()), size_(bytes.size()), limits_(limits) {}

    QJsonValue document() {
        if (size_ > limits_.maxBytes)
            fail("payload larger than the limit");
        QJsonValue v = value(0);
        if (pos_ != size_)
            fail("trailing data after the JSON value");
        return v;
    }

private:
    [[noreturn]] void fail(const char* what) const { throw CanonicalJsonError(what, pos_); }

    unsigned char peek() const {
        if (pos_ >= size_)
            fail("unexpected end of input");
        return static_cast<unsigned char>(data_[pos_]);
    }

    void expectLiteral(const char* lit) {
        for (const char* c = lit; *c; ++c) {
            if (peek() != static_cast<unsigned char>(*c))
                fail("invalid literal");
            ++pos_;
        }
    }

    QJsonValue value(int depth) {
        if (depth > limits_.maxDepth)
            fail("nesting deeper than the limit");
        switch (peek()) {
        case '{': return object(depth);
        case '[': return array(depth);
        case '"': return QJsonValue(string());
        case 't': expectLiteral("true"); return QJsonValue(true);
        case 'f': expectLiteral("false"); return QJsonValue(false);
        case 'n': expectLiteral("null"); return QJsonValue(QJsonValue::Null);
        default: return integer();
        }
    }

    QJsonValue integer() {
        const qsizetype start = pos_;
        bool negative = false;
        if (peek() == '-') {
            negative = true;
            ++pos_;
        }
        const unsigned char first = peek();
        if (first < '0' || first > '9')
            fail("unexpected character");
        qint64 magnitude = 0;
        int digits = 0;
        while (pos_ < size_ && data_[pos_] >= '0' && data_[pos_] <= '9') {
            if (++digits > 16)
                fail("integer beyond 2^53-1");
            magnitude = magnitude * 10 + (data_[pos_] - '0');
            ++pos_;
        }
        if (first == '0' && (digits > 1 || negative)) {
            pos_ = start;
            fail("non-canonical integer (leading zero or -0)");
        }
        if (pos_ < size_ && (data_[pos_] == '.' || data_[pos_] == 'e' || data_[pos_] == 'E'))
            fail("fractions and exponents are not canonical (decimals travel as strings)");
        if (magnitude > static_cast<qint64>(kMaxSafeInteger))
            fail("integer beyond 2^53-1");
        return QJsonValue(negative ? -magnitude : magnitude);
    }

    static int hexDigit(unsigned char c) {
        if (c >= '0' && c <= '9')
            return c - '0';
        if (c >= 'a' && c <= 'f')
            return c - 'a' + 10;
        return -1;  // upper-case hex is not canonical
    }

    // Decodes one UTF-8 sequence, rejecting overlong forms, surrogates and > U+10FFFF.
    char32_t utf8CodePoint() {
        const unsigned char b0 = peek();
        int extra;
        char32_t cp;
        char32_t minimum;
        if (b0 < 0x80) {
            ++pos_;
            return b0;
        } else if ((b0 & 0xE0) == 0xC0) {
            extra = 1, cp = b0 & 0x1F, minimum = 0x80;
        } else if ((b0 & 0xF0) == 0xE0) {
            extra = 2, cp = b0 & 0x0F, minimum = 0x800;
        } else if ((b0 & 0xF8) == 0xF0) {
            extra = 3, cp = b0 & 0x07, minimum = 0x10000;
        } else {
            fail("invalid UTF-8 lead byte");
        }
        ++pos_;
        for (int i = 0; i < extra; ++i) {
            const unsigned char b = peek();
            if ((b & 0xC0) != 0x80)
                fail("invalid UTF-8 continuation byte");
            cp = (cp << 6) | (b & 0x3F);
            ++pos_;
        }
        if (cp < minimum || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
            fail("invalid UTF-8 sequence (overlong, surrogate or out of range)");
        return cp;
    }

    QString string() {
        ++pos_;  // opening quote
        QString out;
        for (;;) {
            const unsigned char c = peek();
            if (c == '"') {
                ++pos_;
                return out;
            }
            if (c < 0x20)
                fail("raw control character in string");
            if (c == '\\') {
                ++pos_;
                const unsigned char e = peek();
                ++pos_;
                switch (e) {
                case '"': out.append(QChar(u'"')); break;
                case '\\': out.append(QChar(u'\\')); break;
                case 'b': out.append(QChar(u'\b')); break;
                case 'f': out.append(QChar(u'\f')); break;
                case 'n': out.append(QChar(u'\n')); break;
                case 'r': out.append(QChar(u'\r')); break;
                case 't': out.append(QChar(u'\t')); break;
                case 'u': {
                    int code = 0;
                    for (int i = 0; i < 4; ++i) {
                        const int d = hexDigit(peek());
                        if (d < 0)
                            fail("invalid \\u escape (lower-case hex required)");
                        code = code * 16 + d;
                        ++pos_;
                    }
                    const bool hasShortForm = code == '\b' || code == '\f' || code == '\n' ||
                                              code == '\r' || code == '\t';
                    if (code >= 0x20 || hasShortForm)
                        fail("non-canonical \\u escape");
                    out.append(QChar(static_cast<char16_t>(code)));
                    break;
                }
                default: fail("invalid escape");
                }
                continue;
            }
            const char32_t cp = utf8CodePoint();
            if (cp >= 0x10000) {
                out.append(QChar(static_cast<char16_t>(0xD800 + ((cp - 0x10000) >> 10))));
                out.append(QChar(static_cast<char16_t>(0xDC00 + ((cp - 0x10000) & 0x3FF))));
            } else {
                out.append(QChar(static_cast<char16_t>(cp)));
            }
        }
    }

    QJsonValue array(int depth) {
        ++pos_;
        QJsonArray arr;
        if (peek() == ']') {
            ++pos_;
            return arr;
        }
        for (;;) {
            arr.append(value(depth + 1));
            const unsigned char c = peek();
            ++pos_;
            if (c == ']')
                return arr;
            if (c != ',')
                fail("expected ',' or ']'");
        }
    }

    QJsonValue object(int depth) {
        ++pos_;
        QJsonObject obj;
        if (peek() == '}') {
            ++pos_;
            return obj;
        }
        QString previousKey;
        bool first = true;
        for (;;) {
            if (peek() != '"')
                fail("expected a string key");
            const qsizetype keyPos = pos_;
            QString key = string();
            if (!first && !(previousKey < key)) {
                pos_ = keyPos;
                fail("object keys not in strictly ascending order (or duplicated)");
            }
            first = false;
            if (peek() != ':')
                fail("expected ':'");
            ++pos_;
            obj.insert(key, value(depth + 1));
            previousKey = std::move(key);
            const unsigned char c = peek();
            ++pos_;
            if (c == '}')
                return obj;
            if (c != ',')
                fail("expected ',' or '}'");
        }
    }

    const char* data_;
    qsizetype size_;
    qsizetype pos_ = 0;
    CanonicalLimits limits_;
};

}  // namespace

QByteArray encodeCanonical(const QJsonValue& value) {
    return encodeWith([&](Sink& out) { encodeValue(value, out, 0); });
}

QByteArray encodeCanonical(const QJsonObject& object) {
    return encodeWith([&](Sink& out) { encodeObject(object, out, 0); });
}

void encodeCanonicalInto(const QJsonObject& object, QByteArray& out) {
    Sink& sink = scratch();
    sink.clear();
    encodeObject(object, sink, 0);
    out.resize(offsetOf(sink));  // keeps the allocation when it is large enough
    std::memcpy(out.data(), sink.data(), sink.size());
    releaseIfHuge(sink);
}

QJsonValue decodeCanonical(QByteArrayView bytes, const CanonicalLimits& limits) {
    return Decoder(bytes, limits).document();
}

QJsonObject decodeCanonicalObject(QByteArrayView bytes, const CanonicalLimits& limits) {
    const QJsonValue v = decodeCanonical(bytes, limits);
    if (!v.isObject())
        throw CanonicalJsonError("payload must be a JSON object", 0);
    return v.toObject();
}

}  // namespace batch::record
