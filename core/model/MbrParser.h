#pragma once

#include "model/Mbr.h"

#include <QByteArrayView>
#include <QJsonDocument>
#include <QString>

#include <optional>
#include <vector>

namespace batch::model {

// One problem in a master batch record: the JSON path of the offending value (e.g.
// "unitProcedures[1].operations[0].phases[3].limits") and what is wrong with it.
struct MbrIssue {
    QString path;     // empty for problems of the document as a whole
    QString message;  // translated

    QString toString() const {
        return path.isEmpty() ? message : path + QStringLiteral(": ") + message;
    }
};

// Bounds that keep a hostile document from costing more than a real one.
struct MbrParseLimits {
    qsizetype maxBytes = 4 * 1024 * 1024;
    int maxDepth = 12;    // the format itself nests 9 levels deep
    int maxSteps = 5000;  // in the whole document
    int maxIssues = 100;  // reported problems; checking stops after that
};

struct MbrParseResult {
    std::optional<MasterBatchRecord> mbr;  // set only when there is no issue at all
    std::vector<MbrIssue> issues;          // in document order of discovery
    QString contentHash;                   // see mbrContentHash; set with mbr

    bool ok() const { return mbr.has_value(); }
    QString errorText() const;  // one issue per line
};

// Parses and validates a master batch record (docs/mbr-format.md). Never throws for bad
// input: every problem it finds is returned with its path, not only the first one.
class MbrParser {
public:
    static MbrParseResult parse(QByteArrayView json, const MbrParseLimits& limits = {});
};

// The content hash of an MBR: lower-case hex SHA-256 of the canonical JSON
// (record::encodeCanonical) of the parsed document with every JSON number replaced by
// its shortest round-trip decimal string (std::to_chars). Independent of whitespace,
// key order and number spelling (2.50 == 2.5 == 25e-1); any change of content changes it.
QString mbrContentHash(const QJsonDocument& document);

}  // namespace batch::model
