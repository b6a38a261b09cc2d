// `batchctl mva model import|approve|list|retire`, `mva monitor` and `mva alarm list|ack`:
// MVA models as master data under change control, and online monitoring of a batch from
// a CSV stream with alarms recorded in the store (docs/mva.md §18-19).
#include "MvaCli.h"
#include "SignIn.h"
#include "StoreAccess.h"

#include "mva/AlarmLog.h"
#include "mva/BatchData.h"
#include "mva/ModelRepository.h"
#include "mva/OnlineMonitor.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

namespace batch::cli {
namespace {

using namespace batch::mva;
using namespace batch::cli::mvacli;
using security::Permission;

// Runs body on the opened store; repository and alarm refusals become exit 1.
template <typename Body>
int withModels(const StoreLocation& where, Body&& body) {
    return withStation(where, [&](Station& station) {
        ModelRepository repo(station.journal(), station.signatures());
        try {
            return body(station, repo);
        } catch (const ModelRepositoryError& e) {
            failure(QStringLiteral("refused: %1").arg(e.message()));
        } catch (const AlarmLogError& e) {
            failure(QStringLiteral("refused: %1").arg(e.message()));
        } catch (const MvaError& e) {
            failure(QStringLiteral("refused: %1").arg(QString::fromStdString(e.what())));
        }
    });
}

int versionOption(const Command& cmd) {
    bool ok = false;
    const int v = cmd.require(QStringLiteral("version")).toInt(&ok);
    if (!ok || v < 1)
        usageError(QStringLiteral("%1: --version must be a positive integer").arg(cmd.path()));
    return v;
}

QJsonObject toJson(const ModelVersionInfo& v) {
    return {{QStringLiteral("model_id"), v.modelId},
            {QStringLiteral("version"), v.version},
            {QStringLiteral("kind"), v.kind},
            {QStringLiteral("status"), modelStatusName(v.status)},
            {QStringLiteral("content_hash"), v.contentHash},
            {QStringLiteral("description"), v.description},
            {QStringLiteral("imported_by"), v.importedBy},
            {QStringLiteral("imported_utc"), v.importedUtc},
            {QStringLiteral("approver_id"), v.approverId},
            {QStringLiteral("approved_utc"), v.approvedUtc},
            {QStringLiteral("status_utc"), v.statusUtc}};
}

int importModel(const QStringList& args) {
    Command cmd(QStringLiteral("mva model import"),
                QStringLiteral("Import an MVA model file (pca, pls, bem or blm JSON) as the next "
                               "Draft version of a model id."));
    addStoreOptions(cmd);
    addActingUserOptions(cmd, QStringLiteral("administrator"));
    cmd.option(QStringLiteral("id"), QStringLiteral("Model id (e.g. FBG-BEM)."),
               QStringLiteral("id"), true);
    cmd.option(QStringLiteral("file"), QStringLiteral("The model JSON file."),
               QStringLiteral("path"), true);
    cmd.option(QStringLiteral("description"), QStringLiteral("What the model is for."),
               QStringLiteral("text"));
    cmd.option(QStringLiteral("reason"), QStringLiteral("Why (recorded)."), QStringLiteral("text"));
    if (!cmd.parse(args))
        return kExitOk;
    const StoreLocation where = storeLocation(cmd);
    QFile file(cmd.require(QStringLiteral("file")));
    constexpr qint64 kMax = qint64{256} << 20;
    if (!file.open(QIODevice::ReadOnly) || file.size() > kMax)
        failure(QStringLiteral("mva model import: cannot read --file %1: %2")
                    .arg(file.fileName(),
                         file.size() > kMax ? QStringLiteral("too large") : file.errorString()));
    const QByteArray json = file.readAll();
    const ActorOptions actor = actingUser(cmd);
    return withModels(where, [&](Station& station, ModelRepository& repo) {
        const security::User user =
            signIn(station, actor.id, actor.password, Permission::ManageMasterData);
        const ModelVersionInfo v = repo.importDraft(user, cmd.value(QStringLiteral("id")), json,
                                                    cmd.value(QStringLiteral("description")),
                                                    cmd.value(QStringLiteral("reason")));
        printOut(QStringLiteral("imported %1 version %2 (%3) as Draft (content hash %4)\n")
                     .arg(v.modelId)
                     .arg(v.version)
                     .arg(v.kind, v.contentHash));
        return int(kExitOk);
    });
}

int approveModel(const QStringList& args) {
    Command cmd(QStringLiteral("mva model approve"),
                QStringLiteral("QA approval of a Draft model version: an electronic signature "
                               "(\"Approved\"); only approved models are used for monitoring."));
    addStoreOptions(cmd);
    addActingUserOptions(cmd, QStringLiteral("QA approver"));
    cmd.option(QStringLiteral("id"), QStringLiteral("Model id."), QStringLiteral("id"), true);
    cmd.option(QStringLiteral("version"), QStringLiteral("Model version."), QStringLiteral("n"),
               true);
    cmd.option(QStringLiteral("comment"), QStringLiteral("Shown with the signature."),
               QStringLiteral("text"));
    if (!cmd.parse(args))
        return kExitOk;
    const StoreLocation where = storeLocation(cmd);
    const int version = versionOption(cmd);
    const ActorOptions actor = actingUser(cmd);
    return withModels(where, [&](Station&, ModelRepository& repo) {
        const ModelVersionInfo v =
            repo.approve(cmd.value(QStringLiteral("id")), version, actor.id, actor.password,
                         cmd.value(QStringLiteral("comment")));
        printOut(QStringLiteral("approved %1 version %2 by %3 at %4\n")
                     .arg(v.modelId)
                     .arg(v.version)
                     .arg(v.approverId, v.approvedUtc));
        return int(kExitOk);
    });
}

int retireModel(const QStringList& args) {
    Command cmd(QStringLiteral("mva model retire"),
                QStringLiteral("Retire a model version (it can no longer be used)."));
    addStoreOptions(cmd);
    addActingUserOptions(cmd, QStringLiteral("administrator"));
    cmd.option(QStringLiteral("id"), QStringLiteral("Model id."), QStringLiteral("id"), true);
    cmd.option(QStringLiteral("version"), QStringLiteral("Model version."), QStringLiteral("n"),
               true);
    cmd.option(QStringLiteral("reason"), QStringLiteral("Why (required, recorded)."),
               QStringLiteral("text"), true);
    if (!cmd.parse(args))
        return kExitOk;
    const StoreLocation where = storeLocation(cmd);
    const int version = versionOption(cmd);
    const ActorOptions actor = actingUser(cmd);
    return withModels(where, [&](Station& station, ModelRepository& repo) {
        const security::User user =
            signIn(station, actor.id, actor.password, Permission::ManageMasterData);
        const ModelVersionInfo v = repo.retire(user, cmd.value(QStringLiteral("id")), version,
                                               cmd.value(QStringLiteral("reason")));
        printOut(QStringLiteral("retired %1 version %2\n").arg(v.modelId).arg(v.version));
        return int(kExitOk);
    });
}

int listModels(const QStringList& args) {
    Command cmd(QStringLiteral("mva model list"),
                QStringLiteral("List MVA model versions and their status."));
    addStoreOptions(cmd);
    cmd.option(QStringLiteral("id"), QStringLiteral("Only this model id."), QStringLiteral("id"));
    cmd.flag(QStringLiteral("json"), QStringLiteral("Print a JSON array."));
    if (!cmd.parse(args))
        return kExitOk;
    return withModels(storeLocation(cmd), [&](Station&, ModelRepository& repo) {
        const auto versions = repo.list(cmd.value(QStringLiteral("id")));
        if (cmd.isSet(QStringLiteral("json"))) {
            QJsonArray a;
            for (const auto& v : versions) a.append(toJson(v));
            printOut(QString::fromUtf8(QJsonDocument(a).toJson(QJsonDocument::Indented)));
            return int(kExitOk);
        }
        QList<QStringList> table;
        for (const auto& v : versions)
            table.append({v.modelId, QString::number(v.version), v.kind, modelStatusName(v.status),
                          v.approverId, v.contentHash.left(16)});
        printOut(formatTable(
            {QStringLiteral("MODEL"), QStringLiteral("VERSION"), QStringLiteral("KIND"),
             QStringLiteral("STATUS"), QStringLiteral("APPROVER"), QStringLiteral("HASH")},
            table));
        return int(kExitOk);
    });
}

QJsonObject alarmJson(const MvaAlarm& a) {
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
            {QStringLiteral("cleared_utc"), a.clearedUtc}};
}

int runMonitor(const QStringList& args) {
    Command cmd(QStringLiteral("mva monitor"),
                QStringLiteral("Online monitoring of one batch replayed from a CSV stream against "
                               "an APPROVED batch evolution model (and optionally an approved PLS "
                               "soft sensor); alarms are recorded as mva_alarm exceptions."));
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
    cmd.flag(QStringLiteral("json"), QStringLiteral("Print the alarms as JSON."));
    if (!cmd.parse(args))
        return kExitOk;
    AlarmConfig config;
    config.consecutive = static_cast<int>(countOption(cmd, QStringLiteral("alarm-run"), 3));
    const QString batchId = cmd.value(QStringLiteral("batch-id"));
    return withModels(storeLocation(cmd), [&](Station& station, ModelRepository& repo) {
        const ApprovedModel bem = repo.loadForMonitoring(cmd.value(QStringLiteral("model")));
        std::optional<ApprovedModel> soft;
        if (cmd.isSet(QStringLiteral("soft-sensor")))
            soft = repo.loadForMonitoring(cmd.value(QStringLiteral("soft-sensor")));
        const BatchEvolutionModel model = bemFromJson(bem.content);
        CsvLimits lim;
        const std::string batchCol = cmd.isSet(QStringLiteral("batch-column"))
                                         ? cmd.value(QStringLiteral("batch-column")).toStdString()
                                         : std::string("batch");
        lim.textColumns = {batchCol};
        const CsvTable t = readCsvFile(cmd.value(QStringLiteral("csv")).toStdString(), lim);
        const Eigen::Index mcol = t.column(model.maturityName);
        if (mcol < 0)
            failure(QStringLiteral("mva monitor: no maturity column '%1'")
                        .arg(QString::fromStdString(model.maturityName)));
        QStringList columns;
        for (const std::string& n : t.names) columns << QString::fromStdString(n);
        AlarmLog log(station.journal());
        OnlineMonitor monitor(bem, columns, batchId, &log, config, soft);
        const Eigen::Matrix<double, Eigen::Dynamic, Eigen::Dynamic, Eigen::RowMajor> rowsMajor =
            t.values;
        int used = 0;
        for (Eigen::Index i = 0; i < rowsMajor.rows(); ++i) {
            if (QString::fromStdString(t.text[0][static_cast<size_t>(i)]) != batchId)
                continue;
            monitor.addObservation(rowsMajor(i, mcol), rowsMajor.row(i).data());
            ++used;
        }
        if (used == 0)
            failure(QStringLiteral("mva monitor: no rows of batch '%1' in %2")
                        .arg(batchId, cmd.value(QStringLiteral("csv"))));
        const std::vector<MvaAlarm> alarms = log.alarms(batchId);
        if (cmd.isSet(QStringLiteral("json"))) {
            QJsonArray a;
            for (const MvaAlarm& x : alarms) a.append(alarmJson(x));
            printJson({{QStringLiteral("batch_id"), batchId},
                       {QStringLiteral("observations"), used},
                       {QStringLiteral("alarms"), a}});
            return int(kExitOk);
        }
        QList<QStringList> table;
        for (const MvaAlarm& x : alarms)
            table.append({QString::number(x.seq), x.condition, alarmStateName(x.state), x.message});
        printOut(QStringLiteral("%1 observations of batch %2 monitored; %3 alarm(s)\n")
                     .arg(used)
                     .arg(batchId)
                     .arg(alarms.size()) +
                 (table.isEmpty()
                      ? QString()
                      : formatTable({QStringLiteral("SEQ"), QStringLiteral("CONDITION"),
                                     QStringLiteral("STATE"), QStringLiteral("MESSAGE")},
                                    table)));
        return int(kExitOk);
    });
}

int listAlarms(const QStringList& args) {
    Command cmd(QStringLiteral("mva alarm list"),
                QStringLiteral("List MVA alarms with their ISA-18.2 state."));
    addStoreOptions(cmd);
    cmd.option(QStringLiteral("batch-id"), QStringLiteral("Only this batch."),
               QStringLiteral("id"));
    cmd.flag(QStringLiteral("json"), QStringLiteral("Print JSON."));
    if (!cmd.parse(args))
        return kExitOk;
    return withModels(storeLocation(cmd), [&](Station& station, ModelRepository&) {
        AlarmLog log(station.journal());
        const auto alarms = log.alarms(cmd.value(QStringLiteral("batch-id")));
        if (cmd.isSet(QStringLiteral("json"))) {
            QJsonArray a;
            for (const MvaAlarm& x : alarms) a.append(alarmJson(x));
            printOut(QString::fromUtf8(QJsonDocument(a).toJson(QJsonDocument::Indented)));
            return int(kExitOk);
        }
        QList<QStringList> table;
        for (const MvaAlarm& x : alarms)
            table.append({x.batchId, QString::number(x.seq), alarmStateName(x.state),
                          x.acknowledgedBy, x.message});
        printOut(
            formatTable({QStringLiteral("BATCH"), QStringLiteral("SEQ"), QStringLiteral("STATE"),
                         QStringLiteral("ACK BY"), QStringLiteral("MESSAGE")},
                        table));
        return int(kExitOk);
    });
}

int ackAlarm(const QStringList& args) {
    Command cmd(QStringLiteral("mva alarm ack"),
                QStringLiteral("Acknowledge an MVA alarm (supervisor or QA); user and time are "
                               "recorded."));
    addStoreOptions(cmd);
    addActingUserOptions(cmd, QStringLiteral("supervisor or QA"));
    cmd.option(QStringLiteral("seq"),
               QStringLiteral("The alarm (seq of its MvaAlarmRaised event)."), QStringLiteral("n"),
               true);
    cmd.option(QStringLiteral("comment"), QStringLiteral("Recorded with the acknowledgement."),
               QStringLiteral("text"));
    if (!cmd.parse(args))
        return kExitOk;
    bool ok = false;
    const qint64 seq = cmd.value(QStringLiteral("seq")).toLongLong(&ok);
    if (!ok || seq < 1)
        usageError(QStringLiteral("mva alarm ack: --seq must be a positive integer"));
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

}  // namespace

std::vector<Subcommand> mvaModelSubcommands() {
    return {
        {QStringLiteral("model"), QStringLiteral("MVA models under change control"),
         [](const QStringList& a) {
             return runGroup(
                 QStringLiteral("mva model"),
                 QStringLiteral("MVA models as master data: import, QA approval, list."),
                 {{QStringLiteral("import"), QStringLiteral("Import a model file as Draft"),
                   importModel},
                  {QStringLiteral("approve"), QStringLiteral("QA approval (signature)"),
                   approveModel},
                  {QStringLiteral("list"), QStringLiteral("List model versions"), listModels},
                  {QStringLiteral("retire"), QStringLiteral("Retire a model version"),
                   retireModel}},
                 a);
         }},
        {QStringLiteral("monitor"), QStringLiteral("Monitor a batch (CSV stream), record alarms"),
         runMonitor},
        {QStringLiteral("alarm"), QStringLiteral("MVA alarms: list | ack"),
         [](const QStringList& a) {
             return runGroup(
                 QStringLiteral("mva alarm"), QStringLiteral("MVA alarms (ISA-18.2)."),
                 {{QStringLiteral("list"), QStringLiteral("List alarms"), listAlarms},
                  {QStringLiteral("ack"), QStringLiteral("Acknowledge an alarm"), ackAlarm}},
                 a);
         }},
    };
}

}  // namespace batch::cli
