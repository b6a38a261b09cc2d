// `batchctl mva monitor`, `mva observations` and `mva alarm list|ack|shelve|unshelve`:
// online monitoring of a batch from a CSV stream with its observations and alarms
// recorded in the store, the stored observations of a batch with their integrity, and the
// ISA-18.2 alarm actions (docs/mva.md §19, §21; docs/cli.md).
#include "MvaCli.h"
#include "MvaStore.h"
#include "SignIn.h"
#include "StoreAccess.h"

#include "mva/AlarmLog.h"
#include "mva/BatchData.h"
#include "mva/ModelRepository.h"
#include "mva/ObservationStore.h"
#include "mva/OnlineMonitor.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>

namespace batch::cli {
namespace {

using namespace batch::mva;
using namespace batch::cli::mvacli;
using security::Permission;

QJsonArray shelvesJson(const std::vector<AlarmShelf>& shelves, const MvaAlarm& a) {
    QJsonArray out;
    for (const AlarmShelf& s : shelves) {
        if (s.batchId != a.batchId || s.condition != a.condition)
            continue;
        out.append(QJsonObject{{QStringLiteral("seq"), static_cast<qint64>(s.seq)},
                               {QStringLiteral("alarm_seq"), static_cast<qint64>(s.alarmSeq)},
                               {QStringLiteral("shelved_by"), s.shelvedBy},
                               {QStringLiteral("shelved_utc"), s.shelvedUtc},
                               {QStringLiteral("until_utc"), s.untilUtc},
                               {QStringLiteral("minutes"), s.minutes},
                               {QStringLiteral("reason"), s.reason},
                               {QStringLiteral("ended_by"), s.endedBy},
                               {QStringLiteral("ended_utc"), s.endedUtc},
                               {QStringLiteral("end_reason"), s.endReason}});
    }
    return out;
}

QJsonObject alarmJson(const MvaAlarm& a, const std::vector<AlarmShelf>& shelves) {
    return {{QStringLiteral("batch_id"), a.batchId},
            {QStringLiteral("station"), a.stationId},
            {QStringLiteral("seq"), static_cast<qint64>(a.seq)},
            {QStringLiteral("condition"), a.condition},
            {QStringLiteral("priority"), a.priority},
            {QStringLiteral("state"), alarmStateName(a.state)},
            {QStringLiteral("message"), a.message},
            {QStringLiteral("contributors"), a.contributors},
            {QStringLiteral("maturity"), a.maturity},
            {QStringLiteral("raised_utc"), a.raisedUtc},
            {QStringLiteral("acknowledged_by"), a.acknowledgedBy},
            {QStringLiteral("acknowledged_utc"), a.acknowledgedUtc},
            {QStringLiteral("cleared_utc"), a.clearedUtc},
            {QStringLiteral("shelved"), a.shelved},
            {QStringLiteral("shelved_by"), a.shelvedBy},
            {QStringLiteral("shelved_until"), a.shelvedUntilUtc},
            {QStringLiteral("annunciating"), a.annunciating()},
            {QStringLiteral("shelving"), shelvesJson(shelves, a)}};
}

QJsonArray alarmsJson(const AlarmLog& log, const QString& batchId) {
    const std::vector<AlarmShelf> shelves = log.shelves(batchId);
    QJsonArray out;
    for (const MvaAlarm& x : log.alarms(batchId)) out.append(alarmJson(x, shelves));
    return out;
}

qint64 alarmSeqOption(const Command& cmd) {
    bool ok = false;
    const qint64 seq = cmd.value(QStringLiteral("seq")).toLongLong(&ok);
    if (!ok || seq < 1)
        usageError(QStringLiteral("%1: --seq must be a positive integer").arg(cmd.path()));
    return seq;
}

int runMonitor(const QStringList& args) {
    Command cmd(QStringLiteral("mva monitor"),
                QStringLiteral("Online monitoring of one batch replayed from a CSV stream against "
                               "an APPROVED batch evolution model (and optionally an approved PLS "
                               "soft sensor); every observation is stored for the batch's review "
                               "and alarms are recorded as mva_alarm exceptions. A batch monitored "
                               "before continues with the model versions it started with; CSV rows "
                               "it already has (maturity not beyond the last stored one) are "
                               "skipped."));
    addStoreOptions(cmd);
    cmd.option(QStringLiteral("model"), QStringLiteral("Approved bem model id."),
               QStringLiteral("id"), true);
    cmd.option(QStringLiteral("soft-sensor"), QStringLiteral("Approved pls model id."),
               QStringLiteral("id"));
    cmd.option(QStringLiteral("csv"), QStringLiteral("The batch's observations."),
               QStringLiteral("path"), true);
    cmd.option(QStringLiteral("batch-id"),
               QStringLiteral("The batch these observations belong to."), QStringLiteral("id"),
               true);
    cmd.option(QStringLiteral("batch-column"),
               QStringLiteral("Batch column in the CSV (default 'batch'); only rows of --batch-id "
                              "are used."),
               QStringLiteral("name"));
    cmd.option(QStringLiteral("alarm-run"),
               QStringLiteral("Consecutive points beyond a 99 % limit that raise an alarm "
                              "(default 3)."),
               QStringLiteral("n"));
    cmd.flag(QStringLiteral("end-of-batch"),
             QStringLiteral("The CSV ends the batch: seal its stored observations "
                            "(MvaObservationsSealed); it cannot be monitored again."));
    cmd.flag(QStringLiteral("json"), QStringLiteral("Print the alarms as JSON."));
    if (!cmd.parse(args))
        return kExitOk;
    MonitorRequest request;
    request.config.consecutive = static_cast<int>(countOption(cmd, QStringLiteral("alarm-run"), 3));
    request.batchId = cmd.value(QStringLiteral("batch-id"));
    request.bemModelId = cmd.value(QStringLiteral("model"));
    request.softSensorModelId = cmd.value(QStringLiteral("soft-sensor"));
    return withModels(storeLocation(cmd), [&](Station& station, ModelRepository& repo) {
        CsvLimits lim;
        const std::string batchCol = cmd.isSet(QStringLiteral("batch-column"))
                                         ? cmd.value(QStringLiteral("batch-column")).toStdString()
                                         : std::string("batch");
        lim.textColumns = {batchCol};
        const CsvTable t = readCsvFile(cmd.value(QStringLiteral("csv")).toStdString(), lim);
        for (const std::string& n : t.names) request.inputColumns << QString::fromStdString(n);
        AlarmLog log(station.journal());
        ObservationStore observations(station.journal());
        auto monitor = OnlineMonitor::startOrResume({repo, log, observations}, request);
        const Eigen::Index mcol = t.column(monitor->model().maturityName);
        if (mcol < 0)
            failure(QStringLiteral("mva monitor: no maturity column '%1'")
                        .arg(QString::fromStdString(monitor->model().maturityName)));
        const Eigen::Matrix<double, Eigen::Dynamic, Eigen::Dynamic, Eigen::RowMajor> rowsMajor =
            t.values;
        int used = 0, skipped = 0;
        const double resumeAfter = monitor->run()->count > 0
                                       ? monitor->run()->lastMaturity
                                       : -std::numeric_limits<double>::infinity();
        for (Eigen::Index i = 0; i < rowsMajor.rows(); ++i) {
            if (QString::fromStdString(t.text[0][static_cast<size_t>(i)]) != request.batchId)
                continue;
            if (rowsMajor(i, mcol) <= resumeAfter) {
                ++skipped;
                continue;
            }
            if (!monitor->addObservation(rowsMajor(i, mcol), rowsMajor.row(i).data()))
                failure(QStringLiteral("mva monitor: line with %1 = %2: the maturity does not "
                                       "increase")
                            .arg(QString::fromStdString(monitor->model().maturityName))
                            .arg(rowsMajor(i, mcol)));
            ++used;
        }
        if (used == 0 && skipped == 0)
            failure(QStringLiteral("mva monitor: no rows of batch '%1' in %2")
                        .arg(request.batchId, cmd.value(QStringLiteral("csv"))));
        if (cmd.isSet(QStringLiteral("end-of-batch")))
            monitor->finish();
        log.recordExpiredShelves();
        const MonitoringRun& run = *monitor->run();
        if (cmd.isSet(QStringLiteral("json"))) {
            printJson({{QStringLiteral("batch_id"), request.batchId},
                       {QStringLiteral("observations"), used},
                       {QStringLiteral("skipped"), skipped},
                       {QStringLiteral("resumed"), monitor->resumed()},
                       {QStringLiteral("model_id"), monitor->modelRef().modelId},
                       {QStringLiteral("model_version"), monitor->modelRef().version},
                       {QStringLiteral("stored"), static_cast<qint64>(run.count)},
                       {QStringLiteral("sealed"), run.sealed()},
                       {QStringLiteral("alarms"), alarmsJson(log, request.batchId)}});
            return int(kExitOk);
        }
        QList<QStringList> table;
        const auto alarms = log.alarms(request.batchId);
        for (const MvaAlarm& x : alarms)
            table.append({QString::number(x.seq), x.condition, alarmStateName(x.state), x.message});
        printOut(QStringLiteral("%1 observations of batch %2 monitored with %3 v%4 (%5 already "
                                "stored and skipped; %6 stored%7); %8 alarm(s)\n")
                     .arg(used)
                     .arg(request.batchId, monitor->modelRef().modelId)
                     .arg(monitor->modelRef().version)
                     .arg(skipped)
                     .arg(run.count)
                     .arg(run.sealed() ? QStringLiteral(", sealed") : QString())
                     .arg(alarms.size()) +
                 (table.isEmpty()
                      ? QString()
                      : formatTable({QStringLiteral("SEQ"), QStringLiteral("CONDITION"),
                                     QStringLiteral("STATE"), QStringLiteral("MESSAGE")},
                                    table)));
        return int(kExitOk);
    });
}

QJsonObject runJson(const MonitoringRun& r, const ObservationIntegrity& v) {
    return {{QStringLiteral("batch_id"), r.batchId},
            {QStringLiteral("model_id"), r.models.modelId},
            {QStringLiteral("model_version"), r.models.modelVersion},
            {QStringLiteral("model_content_hash"), r.models.modelHash},
            {QStringLiteral("soft_sensor_id"), r.models.softModelId},
            {QStringLiteral("soft_sensor_version"), r.models.softModelVersion},
            {QStringLiteral("columns"), QJsonArray::fromStringList(r.columns)},
            {QStringLiteral("started_utc"), r.startedUtc},
            {QStringLiteral("start_seq"), static_cast<qint64>(r.startSeq)},
            {QStringLiteral("observations"), static_cast<qint64>(r.count)},
            {QStringLiteral("sealed_utc"), r.seal ? r.seal->sealedUtc : QString()},
            {QStringLiteral("seal_seq"), r.seal ? static_cast<qint64>(r.seal->seq) : 0},
            {QStringLiteral("digest"), r.seal ? r.seal->digest : QString()},
            {QStringLiteral("limit_reached"), r.seal && r.seal->limitReached},
            {QStringLiteral("integrity"), integrityStatusName(v.status)},
            {QStringLiteral("first_bad_observation"), static_cast<qint64>(v.firstBadIndex)},
            {QStringLiteral("problem"), v.reason}};
}

void writeCsv(const QString& path, const MonitoringRun& run, const StoredObservations& s,
              const QString& maturityName) {
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        failure(QStringLiteral("mva observations: cannot write %1: %2").arg(path, f.errorString()));
    QByteArray out = "batch," + maturityName.toUtf8();
    for (const QString& c : run.columns) out += ',' + c.toUtf8();
    out += '\n';
    for (Eigen::Index i = 0; i < s.values.rows(); ++i) {
        out += run.batchId.toUtf8() + ',' + QByteArray::number(s.maturity(i), 'g', 17);
        for (Eigen::Index k = 0; k < s.values.cols(); ++k) {
            const double v = s.values(i, k);
            out += ',' + (std::isnan(v) ? QByteArray() : QByteArray::number(v, 'g', 17));
        }
        out += '\n';
    }
    f.write(out);
    if (!f.commit())
        failure(QStringLiteral("mva observations: cannot write %1: %2").arg(path, f.errorString()));
}

int observationsCommand(const QStringList& args) {
    Command cmd(QStringLiteral("mva observations"),
                QStringLiteral("The observations online monitoring stored for a batch: model "
                               "versions, count, seal, and whether they still verify against the "
                               "digests in the event log (exit 1 when they do not). --csv writes "
                               "them as a CSV file (full precision) that `mva bem score` reads."));
    addStoreOptions(cmd);
    cmd.option(QStringLiteral("batch-id"), QStringLiteral("The batch."), QStringLiteral("id"),
               true);
    cmd.option(QStringLiteral("model"), QStringLiteral("Only the run of this bem model id."),
               QStringLiteral("id"));
    cmd.option(QStringLiteral("csv"), QStringLiteral("Write the observations of the (one) run."),
               QStringLiteral("path"));
    cmd.flag(QStringLiteral("json"), QStringLiteral("Print JSON."));
    if (!cmd.parse(args))
        return kExitOk;
    return withModels(storeLocation(cmd), [&](Station& station, ModelRepository& repo) {
        ObservationStore store(station.journal());
        std::vector<MonitoringRun> runs = store.runs(cmd.value(QStringLiteral("batch-id")));
        if (cmd.isSet(QStringLiteral("model")))
            std::erase_if(runs, [&](const MonitoringRun& r) {
                return r.models.modelId != cmd.value(QStringLiteral("model"));
            });
        if (runs.empty())
            failure(QStringLiteral("mva observations: batch %1 has no stored MVA observations")
                        .arg(cmd.value(QStringLiteral("batch-id"))));
        if (cmd.isSet(QStringLiteral("csv"))) {
            if (runs.size() != 1)
                usageError(QStringLiteral("mva observations: the batch has %1 runs; choose one "
                                          "with --model")
                               .arg(runs.size()));
            const ApprovedModel m =
                repo.loadApprovedVersion(runs[0].models.modelId, runs[0].models.modelVersion, true);
            writeCsv(cmd.value(QStringLiteral("csv")), runs[0], store.load(runs[0]),
                     QString::fromStdString(bemFromJson(m.content).maturityName));
        }
        bool ok = true;
        QJsonArray json;
        QList<QStringList> table;
        for (const MonitoringRun& r : runs) {
            const ObservationIntegrity v = store.verify(r);
            ok = ok && v.ok();
            json.append(runJson(r, v));
            table.append(
                {r.models.modelId + QStringLiteral(" v") + QString::number(r.models.modelVersion),
                 QString::number(r.count), r.startedUtc,
                 r.seal ? r.seal->sealedUtc : QStringLiteral("-"),
                 integrityStatusName(v.status) +
                     (v.reason.isEmpty() ? QString() : QStringLiteral(": ") + v.reason)});
        }
        if (cmd.isSet(QStringLiteral("json")))
            printOut(QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Indented)));
        else
            printOut(formatTable({QStringLiteral("MODEL"), QStringLiteral("OBSERVATIONS"),
                                  QStringLiteral("STARTED (UTC)"), QStringLiteral("SEALED (UTC)"),
                                  QStringLiteral("INTEGRITY")},
                                 table));
        if (!ok)
            printErr(QStringLiteral("mva observations: the stored observations of batch %1 do "
                                    "not verify\n")
                         .arg(cmd.value(QStringLiteral("batch-id"))));
        return ok ? int(kExitOk) : int(kExitFailure);
    });
}

int listAlarms(const QStringList& args) {
    Command cmd(QStringLiteral("mva alarm list"),
                QStringLiteral("List MVA alarms with their ISA-18.2 state and their shelving."));
    addStoreOptions(cmd);
    cmd.option(QStringLiteral("batch-id"), QStringLiteral("Only this batch."),
               QStringLiteral("id"));
    cmd.flag(QStringLiteral("json"), QStringLiteral("Print JSON."));
    if (!cmd.parse(args))
        return kExitOk;
    return withModels(storeLocation(cmd), [&](Station& station, ModelRepository&) {
        AlarmLog log(station.journal());
        const QString batch = cmd.value(QStringLiteral("batch-id"));
        if (cmd.isSet(QStringLiteral("json"))) {
            printOut(QString::fromUtf8(
                QJsonDocument(alarmsJson(log, batch)).toJson(QJsonDocument::Indented)));
            return int(kExitOk);
        }
        QList<QStringList> table;
        for (const MvaAlarm& x : log.alarms(batch))
            table.append({x.batchId, QString::number(x.seq), alarmStateName(x.state),
                          x.shelved
                              ? QStringLiteral("until %1 (%2)").arg(x.shelvedUntilUtc, x.shelvedBy)
                              : QString(),
                          x.acknowledgedBy, x.message});
        printOut(formatTable(
            {QStringLiteral("BATCH"), QStringLiteral("SEQ"), QStringLiteral("STATE"),
             QStringLiteral("SHELVED"), QStringLiteral("ACK BY"), QStringLiteral("MESSAGE")},
            table));
        return int(kExitOk);
    });
}

int ackAlarm(const QStringList& args) {
    Command cmd(QStringLiteral("mva alarm ack"),
                QStringLiteral("Acknowledge an MVA alarm (watch_dashboards: supervisor, QA or "
                               "administrator); user and time are recorded."));
    addStoreOptions(cmd);
    addActingUserOptions(cmd, QStringLiteral("supervisor, QA or administrator"));
    cmd.option(QStringLiteral("seq"),
               QStringLiteral("The alarm (seq of its MvaAlarmRaised event)."), QStringLiteral("n"),
               true);
    cmd.option(QStringLiteral("comment"), QStringLiteral("Recorded with the acknowledgement."),
               QStringLiteral("text"));
    if (!cmd.parse(args))
        return kExitOk;
    const qint64 seq = alarmSeqOption(cmd);
    const ActorOptions actor = actingUser(cmd);
    return withModels(storeLocation(cmd), [&](Station& station, ModelRepository&) {
        const security::User user =
            signIn(station, actor.id, actor.password, Permission::WatchDashboards);
        AlarmLog log(station.journal());
        const MvaAlarm a =
            log.acknowledge(user, station.stationId(), seq, cmd.value(QStringLiteral("comment")));
        printOut(QStringLiteral("alarm %1 %2 by %3 at %4\n")
                     .arg(a.seq)
                     .arg(alarmStateName(a.state), a.acknowledgedBy, a.acknowledgedUtc));
        return int(kExitOk);
    });
}

int shelveAlarm(const QStringList& args) {
    Command cmd(QStringLiteral("mva alarm shelve"),
                QStringLiteral("Shelve an MVA alarm (ISA-18.2): its condition does not annunciate "
                               "for this batch until --minutes have passed or it is unshelved. "
                               "Supervisor or QA; a reason and a time limit are required and "
                               "recorded (MvaAlarmShelved, listed in the batch's review)."));
    addStoreOptions(cmd);
    addActingUserOptions(cmd, QStringLiteral("supervisor or QA"));
    cmd.option(QStringLiteral("seq"),
               QStringLiteral("The alarm (seq of its MvaAlarmRaised event)."), QStringLiteral("n"),
               true);
    cmd.option(QStringLiteral("reason"), QStringLiteral("Why (required, recorded)."),
               QStringLiteral("text"), true);
    cmd.option(QStringLiteral("minutes"),
               QStringLiteral("Time limit, 1 to 480 minutes (required)."), QStringLiteral("n"),
               true);
    if (!cmd.parse(args))
        return kExitOk;
    const qint64 seq = alarmSeqOption(cmd);
    bool ok = false;
    const int minutes = cmd.value(QStringLiteral("minutes")).toInt(&ok);
    if (!ok)
        usageError(QStringLiteral("mva alarm shelve: --minutes must be a whole number"));
    const ActorOptions actor = actingUser(cmd);
    return withModels(storeLocation(cmd), [&](Station& station, ModelRepository&) {
        const security::User user =
            signIn(station, actor.id, actor.password, Permission::HandleDeviations);
        AlarmLog log(station.journal());
        const AlarmShelf s = log.shelve(user, station.stationId(), seq,
                                        cmd.value(QStringLiteral("reason")), minutes);
        printOut(QStringLiteral("alarm %1 (%2, batch %3) shelved by %4 until %5\n")
                     .arg(seq)
                     .arg(s.condition, s.batchId, s.shelvedBy, s.untilUtc));
        return int(kExitOk);
    });
}

int unshelveAlarm(const QStringList& args) {
    Command cmd(QStringLiteral("mva alarm unshelve"),
                QStringLiteral("End the shelving of an MVA alarm before its time limit (supervisor "
                               "or QA); recorded (MvaAlarmUnshelved)."));
    addStoreOptions(cmd);
    addActingUserOptions(cmd, QStringLiteral("supervisor or QA"));
    cmd.option(QStringLiteral("seq"),
               QStringLiteral("The alarm (seq of its MvaAlarmRaised event)."), QStringLiteral("n"),
               true);
    cmd.option(QStringLiteral("reason"), QStringLiteral("Recorded with the unshelving."),
               QStringLiteral("text"));
    if (!cmd.parse(args))
        return kExitOk;
    const qint64 seq = alarmSeqOption(cmd);
    const ActorOptions actor = actingUser(cmd);
    return withModels(storeLocation(cmd), [&](Station& station, ModelRepository&) {
        const security::User user =
            signIn(station, actor.id, actor.password, Permission::HandleDeviations);
        AlarmLog log(station.journal());
        const AlarmShelf s =
            log.unshelve(user, station.stationId(), seq, cmd.value(QStringLiteral("reason")));
        printOut(QStringLiteral("alarm %1 (%2, batch %3) unshelved by %4 at %5\n")
                     .arg(seq)
                     .arg(s.condition, s.batchId, s.endedBy, s.endedUtc));
        return int(kExitOk);
    });
}

}  // namespace

std::vector<Subcommand> mvaAlarmSubcommands() {
    return {
        {QStringLiteral("monitor"),
         QStringLiteral("Monitor a batch (CSV stream), store observations, record alarms"),
         runMonitor},
        {QStringLiteral("observations"),
         QStringLiteral("A batch's stored observations and their integrity"), observationsCommand},
        {QStringLiteral("alarm"), QStringLiteral("MVA alarms: list | ack | shelve | unshelve"),
         [](const QStringList& a) {
             return runGroup(
                 QStringLiteral("mva alarm"), QStringLiteral("MVA alarms (ISA-18.2)."),
                 {{QStringLiteral("list"), QStringLiteral("List alarms"), listAlarms},
                  {QStringLiteral("ack"), QStringLiteral("Acknowledge an alarm"), ackAlarm},
                  {QStringLiteral("shelve"), QStringLiteral("Shelve an alarm (reason, time limit)"),
                   shelveAlarm},
                  {QStringLiteral("unshelve"), QStringLiteral("End a shelving early"),
                   unshelveAlarm}},
                 a);
         }},
    };
}

}  // namespace batch::cli
