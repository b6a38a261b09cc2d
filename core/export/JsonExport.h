#pragma once

#include "export/ExportData.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QString>
#include <QStringList>

namespace batch::record {
class Journal;
}

namespace batch::exports {

inline constexpr const char* kJsonExportFormat = "batchstation-batch-export/1";
// A file larger than this is refused by the verifier before it is parsed.
inline constexpr qsizetype kMaxJsonExportBytes = qsizetype(512) * 1024 * 1024;

// The complete event log of one batch as one canonical JSON document (docs/export.md):
// every event of the record with its hashes, the hash-only skeleton of the station's
// chain between them (seq, prev_hash, row_hash of the rows of other batches, without
// their content) up to a checkpoint signed with the station's Ed25519 key, the station's
// public key, the record hash and a file hash. When no checkpoint covers the batch's
// last event yet, one is signed now (as `batchctl audit checkpoint` would). The bytes
// end with one newline.
QByteArray exportBatchJson(record::Journal& journal, const BatchExportData& data,
                           const Progress& progress = {});

struct ExportVerifyReport {
    bool ok = false;
    QString batchId;
    qint64 events = 0;
    qint64 chainRows = 0;    // skeleton rows (other events of the station)
    qint64 checkpoints = 0;  // valid Ed25519 checkpoints
    QString recordHash;
    QStringList problems;  // each names where: "events[12] (ST01-57): ..."

    QByteArray toJson() const;
};

// Checks an exported file offline, with nothing but the file: it must be exactly the
// canonical form BatchStation writes (any changed byte shows), every row hash must match
// its content, the chain must link without gaps from the first event to a checkpoint
// whose Ed25519 signature verifies with the public key in the file, every signature must
// bind its subject's row hash, and the record and file hashes must match. Never throws
// for bad input; bounded in size and nesting.
ExportVerifyReport verifyBatchJson(QByteArrayView file);

// hex SHA-256("BatchStation/batch-export/v1" ‖ lp(canonical document without file_hash)).
QString exportFileHash(const QByteArray& canonicalWithoutFileHash);

}  // namespace batch::exports
