#include "ExportJob.h"

#include "BatchRecordPdf.h"
#include "export/BatchMlExport.h"
#include "export/CsvExport.h"
#include "export/JsonExport.h"
#include "log/Logging.h"
#include "station/Station.h"

#include <QFile>
#include <QPromise>
#include <QtConcurrent/QtConcurrentRun>

#include <spdlog/spdlog.h>

namespace batch::ui {
namespace {

constexpr int kProgressScale = 1000;

ExportOutcome runExport(QPromise<ExportOutcome>& promise, const ReadConnectionFactory& open,
                        const QString& batchId, const QString& format, const QString& path,
                        const QString& exportedBy) {
    promise.setProgressRange(0, kProgressScale);
    const exports::Progress progress = [&promise](qint64 done, qint64 total) {
        if (total > 0)
            promise.setProgressValue(static_cast<int>(done * kProgressScale / total));
        return !promise.isCanceled();
    };
    ExportOutcome outcome;
    try {
        // A worker's own object graph: its SQLCipher connection never leaves this thread.
        std::unique_ptr<Station> station = Station::attach(open());
        const exports::BatchExportData data = exports::gatherBatch(*station, batchId, exportedBy);
        if (!progress(0, 1))
            throw exports::ExportError(exports::ExportError::Kind::Cancelled, {});
        if (format == QLatin1String("pdf")) {
            const QString partial = path + QStringLiteral(".partial");
            const int pages = report::renderBatchRecordPdf(data, partial, progress);
            QFile::remove(path);
            if (!QFile::rename(partial, path))
                throw exports::ExportError(exports::ExportError::Kind::Io,
                                           ExportJob::tr("cannot write %1").arg(path));
            outcome.message = ExportJob::tr("Batch record of %1 written to %2 (%3 pages).")
                                  .arg(batchId, path)
                                  .arg(pages);
        } else {
            QByteArray bytes;
            if (format == QLatin1String("json"))
                bytes = exports::exportBatchJson(station->journal(), data, progress);
            else if (format == QLatin1String("csv"))
                bytes = exports::exportBatchCsv(data, progress);
            else if (format == QLatin1String("batchml"))
                bytes = exports::exportBatchProductionRecord(data, progress);
            else if (data.mbr)
                bytes = exports::exportMasterRecipe(*data.mbr, data.mbrSignatures);
            else
                throw exports::ExportError(
                    exports::ExportError::Kind::NotFound,
                    ExportJob::tr("The MBR of batch %1 cannot be loaded.").arg(batchId));
            if (promise.isCanceled())
                throw exports::ExportError(exports::ExportError::Kind::Cancelled, {});
            exports::writeFileAtomically(path, bytes);
            outcome.message = ExportJob::tr("%1 export of %2 written to %3 (%4 bytes).")
                                  .arg(format.toUpper(), batchId, path)
                                  .arg(bytes.size());
        }
        outcome.ok = true;
        // Cancelled while the file was being finished: the user asked for no file.
        if (promise.isCanceled()) {
            QFile::remove(path);
            throw exports::ExportError(exports::ExportError::Kind::Cancelled, {});
        }
    } catch (const exports::ExportError& e) {
        outcome.ok = false;
        outcome.cancelled = e.kind() == exports::ExportError::Kind::Cancelled;
        outcome.message = outcome.cancelled
                              ? ExportJob::tr("The export was cancelled; no file was written.")
                              : e.message();
    } catch (const report::ReportError& e) {
        outcome.cancelled = promise.isCanceled();
        outcome.message = outcome.cancelled
                              ? ExportJob::tr("The export was cancelled; no file was written.")
                              : e.message();
    } catch (const std::exception& e) {
        outcome.message = QString::fromUtf8(e.what());
    }
    if (!outcome.ok)
        QFile::remove(path + QStringLiteral(".partial"));
    logging::logger("batch.ui")
        ->info("export {} of {}: {}", format.toStdString(), batchId.toStdString(),
               outcome.message.toStdString());
    return outcome;
}

}  // namespace

ExportJob::ExportJob(ReadConnectionFactory openConnection, QObject* parent)
    : QObject(parent), open_(std::move(openConnection)) {
    qRegisterMetaType<ExportOutcome>();
    connect(&watcher_, &QFutureWatcher<ExportOutcome>::progressValueChanged, this,
            [this](int value) { emit progress(value, kProgressScale); });
    connect(&watcher_, &QFutureWatcher<ExportOutcome>::finished, this, [this] {
        // A cancelled future may carry no result at all.
        if (watcher_.future().resultCount() == 0)
            emit finished({false, true, tr("The export was cancelled; no file was written.")});
        else
            emit finished(watcher_.result());
    });
}

ExportJob::~ExportJob() {
    watcher_.cancel();
    watcher_.waitForFinished();
}

QStringList ExportJob::formats() {
    return {QStringLiteral("pdf"), QStringLiteral("json"), QStringLiteral("csv"),
            QStringLiteral("batchml"), QStringLiteral("mbr-batchml")};
}

QString ExportJob::suffix(const QString& format) {
    if (format == QLatin1String("batchml") || format == QLatin1String("mbr-batchml"))
        return QStringLiteral("xml");
    return format;
}

void ExportJob::start(const QString& batchId, const QString& format, const QString& path,
                      const QString& exportedBy) {
    if (watcher_.isRunning())
        return;
    watcher_.setFuture(QtConcurrent::run(
        [open = open_, batchId, format, path, exportedBy](QPromise<ExportOutcome>& promise) {
            promise.addResult(runExport(promise, open, batchId, format, path, exportedBy));
        }));
}

void ExportJob::cancel() {
    watcher_.cancel();
}

}  // namespace batch::ui
