#pragma once

#include "sampling/MasterData.h"

#include <QByteArrayView>
#include <QJsonObject>
#include <QString>

#include <optional>
#include <vector>

namespace batch::sampling {

// Bounds that keep a hostile file from costing more than a real one.
struct MasterDataLimits {
    qsizetype maxBytes = 2 * 1024 * 1024;
    int maxDepth = 10;    // the format nests 7 levels deep
    int maxItems = 1000;  // per kind
    int maxTests = 200;   // per product
    int maxSources = 50;  // per plan
    int maxIssues = 100;
};

struct MasterDataParseResult {
    std::optional<MasterDataDocument> document;  // set only without any issue
    std::vector<Issue> issues;
    bool ok() const { return document.has_value(); }
    QString errorText() const;  // one issue per line
};

// What a single-entity file holds (`batchctl product add --file F`).
enum class EntityKind { CountRule, VariantRule, Product, Plan, Variant };

// Parses and checks master data JSON (docs/sampling.md). Never throws for bad input:
// every problem is returned with its JSON path. Cross references are checked separately
// (crossCheck), because they depend on what the station already has.
class MasterDataParser {
public:
    // A whole document: {"format": "batchstation-sampling/1", "count_rules": [...],
    // "variant_rules": [...], "products": [...], "plans": [...], "variants": [...]}.
    static MasterDataParseResult parse(QByteArrayView json, const MasterDataLimits& limits = {});
    // One object of `kind` as the document would hold it; paths start at its fields.
    static MasterDataParseResult parseSingle(EntityKind kind, QByteArrayView json,
                                             const MasterDataLimits& limits = {});
};

// The checks every JSON input of this module gets before its content is read: size, JSON
// syntax (with the byte offset), an object at the top, nesting depth, duplicate keys.
std::optional<QJsonObject> readJsonObject(QByteArrayView json, qsizetype maxBytes, int maxDepth,
                                          std::vector<Issue>& issues);

inline const QString kMasterDataFormat = QStringLiteral("batchstation-sampling/1");

}  // namespace batch::sampling
