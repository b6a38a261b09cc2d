// `batchctl export ...`: the batch record as PDF, JSON, CSV or BatchML, and the offline
// verification of a JSON export (docs/export.md). Runs under a QGuiApplication on the
// offscreen platform (main.cpp), which the PDF needs.
#include "Commands.h"
#include "SignIn.h"
#include "StoreAccess.h"

#include "BatchRecordPdf.h"
#include "export/BatchMlExport.h"
#include "export/CsvExport.h"
#include "export/JsonExport.h"

#include <QFile>
#include <QFileInfo>

namespace batch::cli {
namespace {

const QStringList kFormats{QStringLiteral("pdf"), QStringLiteral("json"), QStringLiteral("csv"),
                           QStringLiteral("batchml"), QStringLiteral("mbr-batchml")};

int exportBatch(const QStringList& args) {
    Command cmd(QStringLiteral("export"),
                QStringLiteral("Export the record of a batch: pdf (the batch record), json (the "
                               "complete event log, verifiable offline), csv (the recorded "
                               "values), batchml (BatchProductionRecord) or mbr-batchml (the "
                               "MBR as a BatchML MasterRecipe; with --batch, the version the "
                               "batch ran). `batchctl export verify FILE.json` checks a JSON "
                               "export."));
    addStoreOptions(cmd);
    cmd.option(QStringLiteral("batch"), QStringLiteral("Batch id."), QStringLiteral("id"));
    cmd.option(QStringLiteral("mbr-id"), QStringLiteral("mbr-batchml without --batch: MBR id."),
               QStringLiteral("id"));
    cmd.option(QStringLiteral("version"),
               QStringLiteral("mbr-batchml without --batch: MBR version."),
               QStringLiteral("version"));
    cmd.option(QStringLiteral("format"), kFormats.join(QLatin1Char('|')), QStringLiteral("format"),
               true);
    cmd.option(QStringLiteral("out"), QStringLiteral("Output file (written atomically)."),
               QStringLiteral("path"), true);
    addActingUserOptions(cmd, QStringLiteral("user exporting (optional; named in the export)"),
                         false);
    if (!cmd.parse(args))
        return kExitOk;
    const QString format = cmd.require(QStringLiteral("format"));
    if (!kFormats.contains(format))
        usageError(QStringLiteral("batchctl export: --format is one of %1, not '%2'")
                       .arg(kFormats.join(QStringLiteral(", ")), format));
    const bool byMbr =
        format == QLatin1String("mbr-batchml") && !cmd.isSet(QStringLiteral("batch"));
    if (!byMbr && !cmd.isSet(QStringLiteral("batch")))
        usageError(QStringLiteral("batchctl export: missing required option --batch"));
    const QString out = cmd.require(QStringLiteral("out"));
    const StoreLocation where = storeLocation(cmd);
    const bool signedIn = cmd.isSet(QStringLiteral("as"));
    const ActorOptions actor = signedIn ? actingUser(cmd) : ActorOptions{};
    return withStation(where, [&](Station& station) {
        QString by = QStringLiteral("batchctl");
        if (signedIn)
            by = signIn(station, actor.id, actor.password, security::Permission::ViewAuditTrail).id;
        try {
            if (byMbr) {
                const model::LoadedMbr mbr = station.mbrs().load(
                    cmd.require(QStringLiteral("mbr-id")), cmd.require(QStringLiteral("version")));
                exports::writeFileAtomically(
                    out,
                    exports::exportMasterRecipe(mbr, exports::mbrApprovals(station, mbr.info)));
                printOut(QStringLiteral("wrote MasterRecipe %1 %2 to %3\n")
                             .arg(mbr.mbr.mbrId, mbr.mbr.version, out));
                return int(kExitOk);
            }
            const exports::BatchExportData data =
                exports::gatherBatch(station, cmd.require(QStringLiteral("batch")), by);
            if (format == QLatin1String("pdf")) {
                const QString tmp = out + QStringLiteral(".partial");
                const int pages = report::renderBatchRecordPdf(data, tmp);
                QFile::remove(out);
                if (!QFile::rename(tmp, out))
                    failure(QStringLiteral("batchctl export: cannot write %1").arg(out));
                printOut(QStringLiteral("wrote the batch record of %1 (%2 pages) to %3\n")
                             .arg(data.review.batchId)
                             .arg(pages)
                             .arg(out));
                return int(kExitOk);
            }
            QByteArray bytes;
            if (format == QLatin1String("json"))
                bytes = exports::exportBatchJson(station.journal(), data);
            else if (format == QLatin1String("csv"))
                bytes = exports::exportBatchCsv(data);
            else if (format == QLatin1String("batchml"))
                bytes = exports::exportBatchProductionRecord(data);
            else if (!data.mbr)
                failure(QStringLiteral("batchctl export: the MBR of batch %1 cannot be loaded or "
                                       "no longer matches its content hash")
                            .arg(data.review.batchId));
            else
                bytes = exports::exportMasterRecipe(*data.mbr, data.mbrSignatures);
            exports::writeFileAtomically(out, bytes);
            printOut(QStringLiteral("wrote %1 export of %2 (%3 bytes, record hash %4) to %5\n")
                         .arg(format, data.review.batchId)
                         .arg(bytes.size())
                         .arg(data.review.recordHash, out));
            return int(kExitOk);
        } catch (const exports::ExportError& e) {
            failure(QStringLiteral("batchctl export: %1").arg(e.message()));
        } catch (const report::ReportError& e) {
            failure(QStringLiteral("batchctl export: %1").arg(e.message()));
        } catch (const model::MbrError& e) {
            failure(QStringLiteral("batchctl export: %1").arg(e.message()));
        }
    });
}

int runVerify(const QStringList& args) {
    Command cmd(QStringLiteral("export verify"),
                QStringLiteral("Usage: batchctl export verify FILE.json [--json]\n"
                               "Check a JSON export offline: exact form, every row hash, the "
                               "chain up to an Ed25519-signed checkpoint, signatures, record "
                               "and file hash. Exit 0 when it holds, 1 otherwise."));
    cmd.flag(QStringLiteral("json"), QStringLiteral("Print the report as JSON."));
    // FILE is positional: taken out before the strict option parser sees it.
    QStringList options;
    QString file;
    for (const QString& a : args) {
        if (file.isEmpty() && !a.startsWith(QLatin1Char('-')))
            file = a;
        else
            options << a;
    }
    if (!cmd.parse(options))
        return kExitOk;
    if (file.isEmpty())
        usageError(QStringLiteral("batchctl export verify: missing FILE.json\n\n") +
                   cmd.helpText());
    QFile f(file);
    if (QFileInfo(file).size() > exports::kMaxJsonExportBytes)
        failure(QStringLiteral("batchctl export verify: %1 is larger than %2 bytes")
                    .arg(file)
                    .arg(exports::kMaxJsonExportBytes));
    if (!f.open(QIODevice::ReadOnly))
        failure(QStringLiteral("batchctl export verify: cannot read %1: %2")
                    .arg(file, f.errorString()));
    const exports::ExportVerifyReport report = exports::verifyBatchJson(f.readAll());
    if (cmd.isSet(QStringLiteral("json"))) {
        printOut(QString::fromUtf8(report.toJson()) + QLatin1Char('\n'));
    } else if (report.ok) {
        printOut(QStringLiteral("%1: OK — batch %2, %3 events, %4 chain rows, %5 checkpoint(s); "
                                "record hash %6\n")
                     .arg(file, report.batchId)
                     .arg(report.events)
                     .arg(report.chainRows)
                     .arg(report.checkpoints)
                     .arg(report.recordHash));
    } else {
        printOut(QStringLiteral("%1: NOT VERIFIED\n  %2\n")
                     .arg(file, report.problems.join(QStringLiteral("\n  "))));
    }
    return report.ok ? kExitOk : kExitFailure;
}

}  // namespace

int runExport(const QStringList& args) {
    if (!args.isEmpty() && args.first() == QLatin1String("verify"))
        return runVerify(args.mid(1));
    return exportBatch(args);
}

}  // namespace batch::cli
