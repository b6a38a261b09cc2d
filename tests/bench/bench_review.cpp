// Review benchmark (issue 8, DESIGN.md §7) on a real SQLCipher file, one 2,000-step batch
// whose printed record runs to about 250 pages:
//   exception report of a 2,000-step batch           <= 200 ms
//   PDF export of a 200-page batch record            <= 5 s
// The record is written straight through RecordTransaction with the event types and
// payloads the engine writes (completions with instrument data, alert excursions,
// corrections, deviations, Verified signatures bound to their subject), which takes
// seconds instead of the minutes 2,000 real signatures (PBKDF2) would. Prints wall and
// CPU time (getrusage; the machine is shared, wall time may be disturbed); never fails on
// timing, only when the review or the export is wrong.
#include "BatchRecordPdf.h"
#include "exec/BatchLog.h"
#include "exec/ExecTypes.h"
#include "export/ExportData.h"
#include "review/ReviewJson.h"
#include "station/Station.h"

#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QGuiApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

#include <sys/resource.h>

#include <algorithm>
#include <cstdio>
#include <vector>

using namespace batch;

namespace {

constexpr double kReportBudgetMs = 200.0;
constexpr double kPdfBudgetMs = 5000.0;

double cpuMs() {
    rusage u{};
    getrusage(RUSAGE_SELF, &u);
    return (u.ru_utime.tv_sec + u.ru_stime.tv_sec) * 1e3 +
           (u.ru_utime.tv_usec + u.ru_stime.tv_usec) / 1e3;
}

QString key(const char* k) {
    return QString::fromLatin1(k);
}

// `steps` numeric steps in operations of 100 (every 3rd from an instrument).
QByteArray mbrJson(const QString& id, int steps) {
    QJsonArray operations;
    for (int first = 1; first <= steps; first += 100) {
        QJsonArray phases;
        for (int i = first; i < first + 100 && i <= steps; ++i) {
            QJsonObject p{{key("id"), QStringLiteral("s%1").arg(i)},
                          {key("kind"), key("numeric")},
                          {key("title"), QStringLiteral("In-process value %1").arg(i)},
                          {key("unit"), key("kg")},
                          {key("decimals"), 2},
                          {key("target"), 500},
                          {key("limits"), QJsonObject{{key("low"), 0},
                                                      {key("high"), 1000},
                                                      {key("alertLow"), 100},
                                                      {key("alertHigh"), 900}}}};
            if (i % 3 == 0) {
                p.insert(key("source"), key("instrument"));
                p.insert(key("instrumentClass"), key("BAL"));
            }
            phases.append(p);
        }
        operations.append(
            QJsonObject{{key("id"), QStringLiteral("op%1").arg(first)},
                        {key("title"), QStringLiteral("Operation %1").arg(first / 100 + 1)},
                        {key("phases"), phases}});
    }
    const QJsonObject kg{{key("quantity"), 10}, {key("unit"), key("kg")}};
    return QJsonDocument(
               QJsonObject{{key("format"), key("batchstation-mbr/1")},
                           {key("mbrId"), id},
                           {key("version"), key("1.0")},
                           {key("title"), key("Review benchmark")},
                           {key("product"), QJsonObject{{key("code"), key("P-BENCH")},
                                                        {key("name"), key("Bench product")}}},
                           {key("batchSize"), kg},
                           {key("theoreticalYield"), kg},
                           {key("materials"), QJsonArray{QJsonObject{{key("code"), key("RM1")},
                                                                     {key("name"), key("Material")},
                                                                     {key("quantity"), 10},
                                                                     {key("unit"), key("kg")}}}},
                           {key("equipmentClasses"),
                            QJsonArray{QJsonObject{{key("code"), key("BAL")},
                                                   {key("name"), key("Balance")}}}},
                           {key("unitProcedures"),
                            QJsonArray{QJsonObject{{key("id"), key("up1")},
                                                   {key("title"), key("Manufacturing")},
                                                   {key("operations"), operations}}}}})
        .toJson(QJsonDocument::Compact);
}

// Writes a finished batch of `steps` steps as the engine would have recorded it.
void writeBatch(Station& station, const QString& batchId, const QString& mbrId, int steps) {
    const security::User admin = *station.users().find(QStringLiteral("admin"));
    const model::MbrVersionInfo mbr = station.mbrs().importDraft(admin, mbrJson(mbrId, steps));
    exec::BatchLog log(station.journal());
    const auto signature = [&](record::RecordTransaction& txn, const record::EventRecord& subject,
                               const QString& signer, const char* meaning) {
        txn.append(
            {record::types::kSigned, signer,
             QJsonObject{{key("signer_id"), signer},
                         {key("printed_name"), QStringLiteral("Printed Name of %1").arg(signer)},
                         {key("meaning"), QString::fromLatin1(meaning)},
                         {key("subject_station"), subject.stationId},
                         {key("subject_seq"), static_cast<qint64>(subject.seq)},
                         {key("content_hash"), subject.rowHash}}});
    };
    {
        record::RecordTransaction txn(station.journal());
        log.insertBatch(txn, {batchId, mbrId, QStringLiteral("1.0"), QStringLiteral("10"),
                              QStringLiteral("kg"), QStringLiteral("running"),
                              QStringLiteral("op1"), QStringLiteral("2026-01-01T00:00:00.000Z")});
        log.append(txn, batchId,
                   {exec::types::kBatchStarted, QStringLiteral("op1"),
                    QJsonObject{{key("batch_id"), batchId},
                                {key("mbr_id"), mbrId},
                                {key("mbr_version"), key("1.0")},
                                {key("content_hash"), mbr.contentHash},
                                {key("product_code"), key("P-BENCH")},
                                {key("batch_size"), key("10")},
                                {key("batch_unit"), key("kg")},
                                {key("theoretical_yield"), key("10.000")},
                                {key("yield_unit"), key("kg")},
                                {key("weigh_targets"), QJsonArray{}}}});
        txn.commit();
    }
    for (int first = 1; first <= steps; first += 250) {
        record::RecordTransaction txn(station.journal());
        for (int i = first; i < first + 250 && i <= steps; ++i) {
            const QString step = QStringLiteral("s%1").arg(i);
            const bool alert = i % 20 == 0;
            const QString value = QString::number(alert ? 950.25 : 300 + (i % 500) + 0.5, 'f', 2);
            QJsonObject p{{key("batch_id"), batchId},
                          {key("step_id"), step},
                          {key("kind"), key("numeric")},
                          {key("value"), value},
                          {key("unit"), key("kg")},
                          {key("limit_state"), alert ? key("alert") : key("ok")}};
            if (i % 3 == 0) {
                p.insert(key("source"), key("instrument"));
                p.insert(key("instrument_id"), QStringLiteral("BAL-%1").arg(i % 7));
                p.insert(key("raw_frame"), QStringLiteral("S S %1 kg").arg(value));
                p.insert(key("stable"), true);
            } else {
                p.insert(key("source"), key("manual"));
            }
            if (i % 250 == 0)
                log.append(
                    txn, batchId,
                    {exec::types::kDeviationRaised, QStringLiteral("op1"),
                     QJsonObject{
                         {key("batch_id"), batchId},
                         {key("step_id"), step},
                         {key("deviation_id"), QStringLiteral("DEV-%1-%2").arg(batchId).arg(i)},
                         {key("category"), key("process")},
                         {key("description"), QStringLiteral("observation at step %1").arg(i)},
                         {key("immediate_action"), key("documented")},
                         {key("exception_type"), key("deviation")},
                         {key("message"), QStringLiteral("observation at step %1").arg(i)}}});
            const record::EventRecord done =
                log.append(txn, batchId, {exec::types::kStepCompleted, QStringLiteral("op1"), p});
            if (alert)
                log.append(txn, batchId,
                           {exec::types::kLimitExceeded, QStringLiteral("op1"),
                            QJsonObject{{key("batch_id"), batchId},
                                        {key("step_id"), step},
                                        {key("value"), value},
                                        {key("unit"), key("kg")},
                                        {key("level"), key("alert")},
                                        {key("exception_type"), key("out_of_limits")},
                                        {key("message"),
                                         QStringLiteral("Step %1: %2 kg above the alert limit")
                                             .arg(step, value)}}});
            if (i % 10 == 0)
                signature(txn, done, QStringLiteral("op2"), "Verified");
            if (i % 100 == 0)
                log.append(
                    txn, batchId,
                    {exec::types::kValueCorrected, QStringLiteral("op1"),
                     QJsonObject{{key("batch_id"), batchId},
                                 {key("step_id"), step},
                                 {key("old_value"), value},
                                 {key("new_value"), key("500.00")},
                                 {key("reason"), key("transcription error")},
                                 {key("corrects_station"), done.stationId},
                                 {key("corrects_seq"), static_cast<qint64>(done.seq)},
                                 {key("exception_type"), key("correction")},
                                 {key("message"), QStringLiteral("Step %1 corrected").arg(step)}}});
        }
        txn.commit();
    }
    record::RecordTransaction txn(station.journal());
    log.append(txn, batchId,
               {exec::types::kBatchFinished, QStringLiteral("op1"),
                QJsonObject{{key("batch_id"), batchId}, {key("steps"), steps}}});
    log.setStatus(txn, batchId, QStringLiteral("finished"));
    txn.commit();
}

double median(std::vector<double> v) {
    std::sort(v.begin(), v.end());
    return v[v.size() / 2];
}

}  // namespace

int main(int argc, char** argv) {
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Review benchmark (issue 8)."));
    parser.addHelpOption();
    const QCommandLineOption quick(QStringLiteral("quick"),
                                   QStringLiteral("Smoke run: a 100-step batch and a short PDF."));
    const QCommandLineOption dirOpt(QStringLiteral("dir"), QStringLiteral("Scratch directory."),
                                    QStringLiteral("path"), QDir::tempPath());
    parser.addOptions({quick, dirOpt});
    parser.process(app);
    const bool smoke = parser.isSet(quick);
    const int steps = smoke ? 100 : 2000;

    QDir().mkpath(parser.value(dirOpt));
    QTemporaryDir dir(QDir(parser.value(dirOpt)).filePath(QStringLiteral("bench-review-XXXXXX")));
    if (!dir.isValid()) {
        std::fprintf(stderr, "cannot create a scratch directory\n");
        return 1;
    }
    try {
        auto station =
            Station::create(dir.filePath(QStringLiteral("bench.db")), "bench review key",
                            QStringLiteral("ST01"), QStringLiteral("admin"),
                            QStringLiteral("Ada Admin"), QStringLiteral("admin-Passw0rd!"));
        QElapsedTimer t;
        t.start();
        writeBatch(*station, QStringLiteral("BENCH-R"), QStringLiteral("MBR-BENCH-R"), steps);
        const double setupMs = static_cast<double>(t.elapsed());

        // Exception report: read the record from the store, build the review projection,
        // serialise the report (what `review exceptions --json` prints).
        std::vector<double> wall, cpu;
        qsizetype bytes = 0;
        int exceptions = 0;
        for (int round = 0; round < 7; ++round) {
            const double c0 = cpuMs();
            t.start();
            const review::BatchReview r = station->review().review(QStringLiteral("BENCH-R"));
            bytes =
                QJsonDocument(review::exceptionReportJson(r)).toJson(QJsonDocument::Compact).size();
            wall.push_back(static_cast<double>(t.nsecsElapsed()) / 1e6);
            cpu.push_back(cpuMs() - c0);
            exceptions = static_cast<int>(r.exceptions.size());
            const int expected = steps / 20 + steps / 100 + steps / 250;
            if (exceptions != expected || !r.integrity.ok() || r.steps.size() != size_t(steps)) {
                std::fprintf(stderr, "review mismatch: %d exceptions (expected %d), integrity %d\n",
                             exceptions, expected, r.integrity.ok());
                return 1;
            }
        }

        // PDF of the same batch (its record fills more than 200 pages): gather, lay out, paint.
        const QString pdf = dir.filePath(QStringLiteral("record.pdf"));
        const double c0 = cpuMs();
        t.start();
        const exports::BatchExportData data =
            exports::gatherBatch(*station, QStringLiteral("BENCH-R"), QStringLiteral("bench"));
        const double gatherMs = static_cast<double>(t.nsecsElapsed()) / 1e6;
        const int pages = report::renderBatchRecordPdf(data, pdf);
        const double pdfMs = static_cast<double>(t.nsecsElapsed()) / 1e6;
        const double pdfCpu = cpuMs() - c0;

        std::printf("BatchStation review benchmark (SQLCipher, record written in %.0f ms)\n",
                    setupMs);
        std::printf(
            "exception report, %d-step batch (%d exceptions, %lld bytes JSON)\n"
            "   median %7.2f ms wall  %7.2f ms CPU  (min %.2f, max %.2f over %zu)  "
            "budget <= %.0f ms  %s\n",
            steps, exceptions, static_cast<long long>(bytes), median(wall), median(cpu),
            *std::min_element(wall.begin(), wall.end()),
            *std::max_element(wall.begin(), wall.end()), wall.size(), kReportBudgetMs,
            median(wall) <= kReportBudgetMs ? "OK" : "OVER BUDGET");
        std::printf(
            "PDF batch record, %d-step batch: %d pages, %zu events\n"
            "   %7.0f ms wall (read %.0f ms)  %7.0f ms CPU   budget <= %.0f ms for 200 pages  %s\n",
            steps, pages, data.record.events.size(), pdfMs, gatherMs, pdfCpu, kPdfBudgetMs,
            pdfMs <= kPdfBudgetMs ? "OK" : "OVER BUDGET");
        if (smoke)
            std::printf(
                "(--quick: a smoke run; the budgets refer to a 2,000-step batch and a 200-page "
                "PDF)\n");
        else if (pages < 200)
            std::printf("note: the record has fewer than 200 pages (%d)\n", pages);
    } catch (const std::exception& e) {
        std::fprintf(stderr, "bench_review failed: %s\n", e.what());
        return 1;
    }
    return 0;
}
