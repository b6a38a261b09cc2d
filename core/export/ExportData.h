#pragma once

#include "model/MbrRepository.h"
#include "review/BatchRecord.h"
#include "review/BatchReview.h"
#include "security/Signatures.h"

#include <QString>

#include <functional>
#include <optional>
#include <stdexcept>
#include <vector>

namespace batch {
class Station;
}

// Exports of the batch record (docs/export.md): JSON (the event log, verifiable offline),
// CSV (the recorded values) and BatchML (B2MML BatchProductionRecord / MasterRecipe).
// The PDF lives in report/ (Qt Gui). ("export" is a C++ keyword, hence "exports".)
namespace batch::exports {

class ExportError : public std::runtime_error {
public:
    enum class Kind { Cancelled, NotFound, Io };
    ExportError(Kind kind, const QString& message)
        : std::runtime_error(message.toStdString()), kind_(kind), message_(message) {}
    Kind kind() const { return kind_; }
    const QString& message() const { return message_; }

private:
    Kind kind_;
    QString message_;
};

// Called as work progresses with (done, total); returning false cancels the export
// (ExportError Cancelled, nothing written).
using Progress = std::function<bool(qint64 done, qint64 total)>;

// Everything an export of one batch shows, read once.
struct BatchExportData {
    review::BatchRecord record;
    review::BatchReview review;
    std::optional<model::LoadedMbr> mbr;  // the MBR version the batch ran, if loadable
    // The MBR's approval signatures (author "Performed", QA "Approved").
    std::vector<security::SignatureInfo> mbrSignatures;
    QString stationId;
    QString exportedBy;
    QString exportedUtc;
};

// Reads the batch's record, its review projection and its MBR. Throws ExportError
// NotFound for an unknown batch.
BatchExportData gatherBatch(Station& station, const QString& batchId, const QString& exportedBy);

// The approval signatures of an MBR version (the MbrSubmitted event they bind).
std::vector<security::SignatureInfo> mbrApprovals(Station& station,
                                                  const model::MbrVersionInfo& info);

// Writes `bytes` to `path` atomically (temporary file, then rename), so a failed or
// cancelled export never leaves a half-written file under the final name.
void writeFileAtomically(const QString& path, const QByteArray& bytes);

}  // namespace batch::exports
