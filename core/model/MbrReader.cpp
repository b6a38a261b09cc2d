#include "model/MbrReader.h"

#include <QJsonDocument>
#include <QSet>

#include <cmath>
#include <vector>

namespace batch::model::detail {
namespace {

// Integers beyond 2^53 are not exact in a JSON number read as double.
constexpr double kMaxExactInteger = 9007199254740991.0;

}  // namespace

bool deeperThan(const QJsonValue& v, int limit) {
    if (limit < 0)
        return true;
    if (v.isObject()) {
        const QJsonObject o = v.toObject();
        for (auto it = o.begin(); it != o.end(); ++it)
            if (deeperThan(*it, limit - 1))
                return true;
    } else if (v.isArray()) {
        const QJsonArray a = v.toArray();
        for (const QJsonValue& e : a)
            if (deeperThan(e, limit - 1))
                return true;
    }
    return false;
}

std::optional<QString> duplicateKey(QByteArrayView json) {
    struct Frame {
        bool object = false;
        QString path;
        QSet<QString> keys;
        QString lastKey;
        qsizetype index = 0;
        bool expectKey = false;
    };
    std::vector<Frame> stack;
    const auto childPath = [&stack]() -> QString {
        if (stack.empty())
            return {};
        const Frame& f = stack.back();
        return f.object ? Reader::field(f.path, f.lastKey) : Reader::index(f.path, f.index);
    };
    for (qsizetype i = 0; i < json.size(); ++i) {
        const char c = json[i];
        if (c == '{' || c == '[') {
            stack.push_back({c == '{', childPath(), {}, {}, 0, c == '{'});
        } else if (c == '}' || c == ']') {
            if (!stack.empty())
                stack.pop_back();
        } else if (c == ',' && !stack.empty()) {
            stack.back().expectKey = stack.back().object;
            ++stack.back().index;
        } else if (c == '"') {
            const qsizetype start = i;
            bool escaped = false;
            for (++i; i < json.size() && json[i] != '"'; ++i)
                if (json[i] == '\\') {
                    escaped = true;
                    ++i;
                }
            if (i >= json.size())
                break;
            if (stack.empty() || !stack.back().expectKey)
                continue;
            const QByteArray literal = json.sliced(start, i - start + 1).toByteArray();
            const QString key =
                escaped ? QJsonDocument::fromJson("[" + literal + "]").array().at(0).toString()
                        : QString::fromUtf8(literal.mid(1, literal.size() - 2));
            Frame& f = stack.back();
            f.expectKey = false;
            if (f.keys.contains(key))
                return Reader::field(f.path, key);
            f.keys.insert(key);
            f.lastKey = key;
        }
    }
    return std::nullopt;
}

void Reader::error(const QString& path, const QString& message) {
    if (full())
        return;
    issues_.push_back({path, message});
    if (full())
        issues_.push_back({QString(), MbrText::tr("too many problems; stopped checking")});
}

void Reader::onlyKeys(const QJsonObject& object, const QString& path,
                      std::initializer_list<const char*> allowed) {
    for (auto it = object.begin(); it != object.end() && !full(); ++it) {
        bool known = false;
        for (const char* a : allowed) known = known || it.key() == QLatin1String(a);
        if (!known)
            error(field(path, it.key()), MbrText::tr("unknown field"));
    }
}

std::optional<QJsonValue> Reader::value(const QJsonObject& o, const QString& path, const char* key,
                                        Need need) {
    const auto it = o.constFind(QLatin1String(key));
    if (it == o.constEnd() || it->isNull()) {
        if (need == Need::Required)
            error(field(path, key), MbrText::tr("missing required field"));
        return std::nullopt;
    }
    return *it;
}

std::optional<QString> Reader::string(const QJsonObject& o, const QString& path, const char* key,
                                      Need need, int maxLength) {
    const auto v = value(o, path, key, need);
    if (!v)
        return std::nullopt;
    if (!v->isString()) {
        error(field(path, key), MbrText::tr("must be a string"));
        return std::nullopt;
    }
    const QString s = v->toString();
    if (s.trimmed().isEmpty()) {
        error(field(path, key), MbrText::tr("must not be empty"));
        return std::nullopt;
    }
    if (s.size() > maxLength) {
        error(field(path, key), MbrText::tr("is too long (at most %1 characters)").arg(maxLength));
        return std::nullopt;
    }
    return s;
}

std::optional<double> Reader::number(const QJsonObject& o, const QString& path, const char* key,
                                     Need need) {
    const auto v = value(o, path, key, need);
    if (!v)
        return std::nullopt;
    if (!v->isDouble() || !std::isfinite(v->toDouble())) {
        error(field(path, key), MbrText::tr("must be a number"));
        return std::nullopt;
    }
    return v->toDouble();
}

std::optional<std::int64_t> Reader::integer(const QJsonObject& o, const QString& path,
                                            const char* key, Need need, std::int64_t min,
                                            std::int64_t max) {
    const auto v = value(o, path, key, need);
    if (!v)
        return std::nullopt;
    const double d = v->toDouble();
    if (!v->isDouble() || !std::isfinite(d) || std::floor(d) != d ||
        std::fabs(d) > kMaxExactInteger) {
        error(field(path, key), MbrText::tr("must be an integer"));
        return std::nullopt;
    }
    const auto n = static_cast<std::int64_t>(d);
    if (n < min || n > max) {
        error(field(path, key), MbrText::tr("must be between %1 and %2").arg(min).arg(max));
        return std::nullopt;
    }
    return n;
}

std::optional<bool> Reader::boolean(const QJsonObject& o, const QString& path, const char* key,
                                    Need need) {
    const auto v = value(o, path, key, need);
    if (!v)
        return std::nullopt;
    if (!v->isBool()) {
        error(field(path, key), MbrText::tr("must be true or false"));
        return std::nullopt;
    }
    return v->toBool();
}

std::optional<QJsonObject> Reader::object(const QJsonObject& o, const QString& path,
                                          const char* key, Need need) {
    const auto v = value(o, path, key, need);
    if (!v)
        return std::nullopt;
    if (!v->isObject()) {
        error(field(path, key), MbrText::tr("must be an object"));
        return std::nullopt;
    }
    return v->toObject();
}

std::optional<QJsonArray> Reader::array(const QJsonObject& o, const QString& path, const char* key,
                                        Need need, int minCount, int maxCount) {
    const auto v = value(o, path, key, need);
    if (!v)
        return std::nullopt;
    if (!v->isArray()) {
        error(field(path, key), MbrText::tr("must be an array"));
        return std::nullopt;
    }
    const QJsonArray a = v->toArray();
    if (a.size() < minCount) {
        error(field(path, key), MbrText::tr("needs at least %n entries", nullptr, minCount));
        return std::nullopt;
    }
    if (a.size() > maxCount) {
        error(field(path, key), MbrText::tr("has too many entries (at most %1)").arg(maxCount));
        return std::nullopt;
    }
    return a;
}

std::optional<QJsonObject> Reader::objectAt(const QJsonArray& a, const QString& path, qsizetype i) {
    const QJsonValue v = a.at(i);
    if (!v.isObject()) {
        error(index(path, i), MbrText::tr("must be an object"));
        return std::nullopt;
    }
    return v.toObject();
}

QStringList Reader::stringList(const QJsonArray& a, const QString& path, int maxLength) {
    QStringList out;
    for (qsizetype i = 0; i < a.size(); ++i) {
        const QJsonValue v = a.at(i);
        const QString at = index(path, i);
        if (!v.isString()) {
            error(at, MbrText::tr("must be a string"));
        } else if (v.toString().trimmed().isEmpty()) {
            error(at, MbrText::tr("must not be empty"));
        } else if (v.toString().size() > maxLength) {
            error(at, MbrText::tr("is too long (at most %1 characters)").arg(maxLength));
        } else if (out.contains(v.toString())) {
            error(at, MbrText::tr("duplicate entry \"%1\"").arg(v.toString()));
        } else {
            out.append(v.toString());
        }
    }
    return out;
}

}  // namespace batch::model::detail
