#include "export/ExportData.h"

#include "station/Station.h"

#include <QCoreApplication>
#include <QSaveFile>

namespace batch::exports {
namespace {

QString tr(const char* text) {
    // lupdate files a tr() here under the enclosing class or namespace: look there first
    // (the old single context alone never found the translations).
    for (const char* context : {"batch::exports", "Export"}) {
        const QString t = QCoreApplication::translate(context, text);
        if (t != QLatin1String(text))
            return t;
    }
    return QString::fromUtf8(text);
}

}  // namespace

std::vector<security::SignatureInfo> mbrApprovals(Station& station,
                                                  const model::MbrVersionInfo& info) {
    if (info.submission.seq <= 0)
        return {};
    return station.signatures().signaturesFor(info.submission);
}

BatchExportData gatherBatch(Station& station, const QString& batchId, const QString& exportedBy) {
    BatchExportData data;
    data.record = station.review().record(batchId);
    if (data.record.empty())
        throw ExportError(ExportError::Kind::NotFound, tr("There is no batch %1.").arg(batchId));
    data.mbr = station.review().mbrOf(data.record);
    data.review = station.review().buildReview(data.record, data.mbr ? &data.mbr->mbr : nullptr);
    if (data.mbr)
        data.mbrSignatures = mbrApprovals(station, data.mbr->info);
    data.stationId = station.stationId();
    data.exportedBy = exportedBy;
    data.exportedUtc = record::formatUtcMillis(station.journal().nowMs());
    return data;
}

void writeFileAtomically(const QString& path, const QByteArray& bytes) {
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        throw ExportError(ExportError::Kind::Io,
                          tr("cannot write %1: %2").arg(path, file.errorString()));
    if (file.write(bytes) != bytes.size() || !file.commit())
        throw ExportError(ExportError::Kind::Io,
                          tr("cannot write %1: %2").arg(path, file.errorString()));
}

}  // namespace batch::exports
