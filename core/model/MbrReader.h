#pragma once

// Internal to core/model: typed, path-aware access to the JSON of a master batch record
// that collects every problem instead of stopping at the first one.

#include "model/MbrParser.h"

#include <QByteArrayView>
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>

#include <cstdint>
#include <initializer_list>
#include <optional>

namespace batch::model::detail {

// Translation context of every user-visible MBR validation message.
class MbrText {
    Q_DECLARE_TR_FUNCTIONS(MbrText)
};

enum class Need { Required, Optional };

// True when `v` nests deeper than `limit` levels; stops descending as soon as it knows.
bool deeperThan(const QJsonValue& v, int limit);

// QJsonDocument keeps one of two equal keys silently; a reviewer reading the file could
// then approve a value the station never uses. Scans the (already well-formed) bytes and
// returns the path of the first repeated key.
std::optional<QString> duplicateKey(QByteArrayView json);

class Reader {
public:
    explicit Reader(int maxIssues) : maxIssues_(maxIssues) {}

    static QString field(const QString& path, const QString& key) {
        return path.isEmpty() ? key : path + QLatin1Char('.') + key;
    }
    static QString field(const QString& path, const char* key) {
        return field(path, QString::fromLatin1(key));
    }
    static QString index(const QString& path, qsizetype i) {
        return path + QLatin1Char('[') + QString::number(i) + QLatin1Char(']');
    }

    void error(const QString& path, const QString& message);
    const std::vector<MbrIssue>& issues() const { return issues_; }
    bool full() const { return static_cast<int>(issues_.size()) >= maxIssues_; }

    // Every key of `object` must be in `allowed` (a typo must not silently drop a check).
    void onlyKeys(const QJsonObject& object, const QString& path,
                  std::initializer_list<const char*> allowed);

    std::optional<QString> string(const QJsonObject& o, const QString& path, const char* key,
                                  Need need, int maxLength = 200);
    std::optional<double> number(const QJsonObject& o, const QString& path, const char* key,
                                 Need need);
    std::optional<std::int64_t> integer(const QJsonObject& o, const QString& path, const char* key,
                                        Need need, std::int64_t min, std::int64_t max);
    std::optional<bool> boolean(const QJsonObject& o, const QString& path, const char* key,
                                Need need);
    std::optional<QJsonObject> object(const QJsonObject& o, const QString& path, const char* key,
                                      Need need);
    // Arrays are bounded in length here, so that no later loop runs over a hostile count.
    std::optional<QJsonArray> array(const QJsonObject& o, const QString& path, const char* key,
                                    Need need, int minCount, int maxCount);
    // An element of an array that must be an object.
    std::optional<QJsonObject> objectAt(const QJsonArray& a, const QString& path, qsizetype i);
    // A list of non-empty, distinct strings.
    QStringList stringList(const QJsonArray& a, const QString& path, int maxLength);

private:
    std::optional<QJsonValue> value(const QJsonObject& o, const QString& path, const char* key,
                                    Need need);

    int maxIssues_;
    std::vector<MbrIssue> issues_;
};

}  // namespace batch::model::detail
