// `batchctl batch ...`: batch execution through exec::BatchEngine, the only write path.
#include "BatchCommands.h"
#include "BatchScript.h"
#include "Commands.h"
#include "SignIn.h"
#include "StoreAccess.h"

#include "exec/BatchEngine.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace batch::cli {
namespace {

using security::Permission;

QJsonObject refJson(const exec::EventRef& r) {
    return {{QStringLiteral("station"), r.stationId},
            {QStringLiteral("seq"), static_cast<qint64>(r.seq)}};
}

QJsonObject statusJson(Station& station, const QString& batchId) {
    exec::BatchEngine& engine = station.batches();
    const exec::BatchProjection& b = engine.projection(batchId);
    const model::MasterBatchRecord& mbr = engine.mbrOf(batchId);
    const model::StepSequence sequence(mbr);
    QJsonArray next;
    for (const model::Step* s : sequence.next(b.completed)) next.append(s->id);
    QJsonArray steps;
    for (const model::Step* s : mbr.steps()) {
        QJsonObject o{{QStringLiteral("id"), s->id},
                      {QStringLiteral("kind"), model::stepKindName(s->kind)},
                      {QStringLiteral("title"), s->title}};
        const exec::StepState* st = b.step(s->id);
        o.insert(QStringLiteral("state"),
                 exec::stepStateName(st ? st->state : exec::StepState::State::Pending));
        if (b.weighTargets.contains(s->id)) {
            const QStringList t = b.weighTargets.value(s->id).split(QLatin1Char('|'));
            o.insert(QStringLiteral("target"), t.value(0));
            o.insert(QStringLiteral("low"), t.value(1));
            o.insert(QStringLiteral("high"), t.value(2));
        }
        if (st && st->completion.valid()) {
            o.insert(QStringLiteral("value"), st->currentValue());
            o.insert(QStringLiteral("recorded_value"), st->value);
            o.insert(QStringLiteral("unit"), st->unit);
            o.insert(QStringLiteral("source"), st->source);
            o.insert(QStringLiteral("performed_by"), st->performerId);
            o.insert(QStringLiteral("completed_utc"), st->completedUtc);
            o.insert(QStringLiteral("event"), refJson(st->completion));
            if (!st->instrumentId.isEmpty()) {
                o.insert(QStringLiteral("instrument_id"), st->instrumentId);
                o.insert(QStringLiteral("raw_frame"), st->rawFrame);
                o.insert(QStringLiteral("stable"), st->stable);
                if (!st->gross.isEmpty()) {
                    o.insert(QStringLiteral("gross"), st->gross);
                    o.insert(QStringLiteral("tare"), st->tare);
                }
                if (!st->instrumentSerial.isEmpty())
                    o.insert(QStringLiteral("instrument_serial"), st->instrumentSerial);
                if (!st->readingUtc.isEmpty())
                    o.insert(QStringLiteral("reading_utc"), st->readingUtc);
            }
            if (!st->limitState.isEmpty())
                o.insert(QStringLiteral("limit_state"), st->limitState);
            if (!st->deviationId.isEmpty())
                o.insert(QStringLiteral("deviation_id"), st->deviationId);
            if (!st->overrideId.isEmpty())
                o.insert(QStringLiteral("override_id"), st->overrideId);
            if (!st->details.isEmpty())
                o.insert(QStringLiteral("details"), st->details);
        }
        if (st && !st->corrections.empty()) {
            QJsonArray corrections;
            for (const exec::Correction& c : st->corrections) {
                QJsonObject j{{QStringLiteral("old_value"), c.oldValue},
                              {QStringLiteral("new_value"), c.newValue},
                              {QStringLiteral("reason"), c.reason},
                              {QStringLiteral("by"), c.userId},
                              {QStringLiteral("utc"), c.tsUtc},
                              {QStringLiteral("event"), refJson(c.event)},
                              {QStringLiteral("corrects"), refJson(c.corrects)}};
                if (c.recomputed())
                    j.insert(QStringLiteral("recomputed_after"), refJson(c.causedBy));
                if (!c.details.isEmpty())
                    j.insert(QStringLiteral("details"), c.details);
                corrections.append(j);
            }
            o.insert(QStringLiteral("corrections"), corrections);
        }
        if (st && !st->signatures.empty()) {
            QJsonArray sigs;
            for (const exec::SignatureEntry& g : st->signatures)
                sigs.append(QJsonObject{{QStringLiteral("signer_id"), g.signerId},
                                        {QStringLiteral("printed_name"), g.printedName},
                                        {QStringLiteral("meaning"), g.meaning},
                                        {QStringLiteral("utc"), g.tsUtc}});
            o.insert(QStringLiteral("signatures"), sigs);
        }
        steps.append(o);
    }
    QJsonArray deviations;
    for (const exec::DeviationEntry& d : b.deviations) deviations.append(deviationJson(d));
    QJsonArray overrides;
    for (const exec::OverrideEntry& v : b.overrides)
        overrides.append(QJsonObject{{QStringLiteral("id"), v.id},
                                     {QStringLiteral("step_id"), v.stepId},
                                     {QStringLiteral("kind"), v.kind},
                                     {QStringLiteral("reason"), v.reason},
                                     {QStringLiteral("requested_by"), v.requestedBy},
                                     {QStringLiteral("utc"), v.tsUtc},
                                     {QStringLiteral("approved"), v.approved()},
                                     {QStringLiteral("signatures"), signaturesJson(v.signatures)}});
    QJsonArray exceptions;
    for (const exec::ExceptionEntry& x : b.exceptions)
        exceptions.append(QJsonObject{{QStringLiteral("type"), x.type},
                                      {QStringLiteral("step_id"), x.stepId},
                                      {QStringLiteral("message"), x.message},
                                      {QStringLiteral("by"), x.userId},
                                      {QStringLiteral("utc"), x.tsUtc},
                                      {QStringLiteral("event"), refJson(x.event)}});
    return {{QStringLiteral("batch_id"), b.batchId},
            {QStringLiteral("mbr_id"), b.mbrId},
            {QStringLiteral("mbr_version"), b.mbrVersion},
            {QStringLiteral("content_hash"), b.contentHash},
            {QStringLiteral("batch_size"), b.batchSize},
            {QStringLiteral("batch_unit"), b.batchUnit},
            {QStringLiteral("status"), exec::batchStatusName(b.status)},
            {QStringLiteral("hold_reason"), b.holdReason},
            {QStringLiteral("started_by"), b.startedBy},
            {QStringLiteral("started_utc"), b.startedUtc},
            {QStringLiteral("next"), next},
            {QStringLiteral("completion_order"), QJsonArray::fromStringList(b.completionOrder)},
            {QStringLiteral("steps"), steps},
            {QStringLiteral("deviations"), deviations},
            {QStringLiteral("overrides"), overrides},
            {QStringLiteral("equipment_held"), QJsonArray::fromStringList(b.equipmentHeld)},
            {QStringLiteral("entry_window_seconds"), static_cast<qint64>(b.entryWindowSeconds)},
            {QStringLiteral("exceptions"), exceptions}};
}

int startBatch(const QStringList& args) {
    Command cmd(QStringLiteral("batch start"),
                QStringLiteral("Start a batch of the Effective version of an MBR."));
    addStoreOptions(cmd);
    addActingUserOptions(cmd, QStringLiteral("operator"));
    addBatchOption(cmd);
    cmd.option(QStringLiteral("mbr-id"), QStringLiteral("MBR id (its Effective version is used)."),
               QStringLiteral("id"), true);
    cmd.option(QStringLiteral("size"),
               QStringLiteral("Batch size in the MBR's batch unit (decimal); scales the targets."),
               QStringLiteral("decimal"), true);
    if (!cmd.parse(args))
        return kExitOk;
    const StoreLocation where = storeLocation(cmd);
    const ActorOptions actor = actingUser(cmd);
    return withEngine(where, [&](Station& station) {
        const security::User user =
            signIn(station, actor.id, actor.password, Permission::ExecuteSteps);
        const exec::BatchProjection b = station.batches().start(
            user, cmd.require(QStringLiteral("batch")), cmd.require(QStringLiteral("mbr-id")),
            cmd.require(QStringLiteral("size")));
        printOut(QStringLiteral("started batch %1 of %2 %3 (%4 %5)\n")
                     .arg(b.batchId, b.mbrId, b.mbrVersion, b.batchSize, b.batchUnit));
        return int(kExitOk);
    });
}

int batchStatus(const QStringList& args) {
    Command cmd(QStringLiteral("batch status"),
                QStringLiteral("Show a batch: status, next steps, every step's state, values "
                               "and signatures, deviations and exceptions."));
    addStoreOptions(cmd);
    addBatchOption(cmd);
    cmd.flag(QStringLiteral("json"), QStringLiteral("Print JSON."));
    if (!cmd.parse(args))
        return kExitOk;
    const StoreLocation where = storeLocation(cmd);
    return withEngine(where, [&](Station& station) {
        const QJsonObject o = statusJson(station, cmd.require(QStringLiteral("batch")));
        if (cmd.isSet(QStringLiteral("json"))) {
            printOut(QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Indented)));
            return int(kExitOk);
        }
        QList<QStringList> rows;
        for (const QJsonValue& v : o.value(QStringLiteral("steps")).toArray()) {
            const QJsonObject s = v.toObject();
            QString value = s.value(QStringLiteral("value")).toString();
            if (!s.value(QStringLiteral("unit")).toString().isEmpty())
                value += QLatin1Char(' ') + s.value(QStringLiteral("unit")).toString();
            rows.append({s.value(QStringLiteral("id")).toString(),
                         s.value(QStringLiteral("state")).toString(), value,
                         s.value(QStringLiteral("performed_by")).toString()});
        }
        QStringList next;
        for (const QJsonValue& v : o.value(QStringLiteral("next")).toArray()) next << v.toString();
        printOut(QStringLiteral("batch %1 (%2 %3): %4; next: %5; %6 exception(s)\n\n")
                     .arg(o.value(QStringLiteral("batch_id")).toString(),
                          o.value(QStringLiteral("mbr_id")).toString(),
                          o.value(QStringLiteral("mbr_version")).toString(),
                          o.value(QStringLiteral("status")).toString(),
                          next.isEmpty() ? QStringLiteral("-") : next.join(QStringLiteral(", ")))
                     .arg(o.value(QStringLiteral("exceptions")).toArray().size()) +
                 formatTable({QStringLiteral("STEP"), QStringLiteral("STATE"),
                              QStringLiteral("VALUE"), QStringLiteral("BY")},
                             rows));
        return int(kExitOk);
    });
}

int listBatches(const QStringList& args) {
    Command cmd(QStringLiteral("batch list"), QStringLiteral("List the batches of the station."));
    addStoreOptions(cmd);
    cmd.flag(QStringLiteral("json"), QStringLiteral("Print a JSON array."));
    if (!cmd.parse(args))
        return kExitOk;
    const StoreLocation where = storeLocation(cmd);
    return withEngine(where, [&](Station& station) {
        QJsonArray array;
        QList<QStringList> rows;
        for (const exec::BatchSummary& b : station.batches().list()) {
            // The status shown is the projection's, rebuilt from the events.
            const QString status =
                exec::batchStatusName(station.batches().projection(b.batchId).status);
            array.append(QJsonObject{{QStringLiteral("batch_id"), b.batchId},
                                     {QStringLiteral("mbr_id"), b.mbrId},
                                     {QStringLiteral("mbr_version"), b.mbrVersion},
                                     {QStringLiteral("batch_size"), b.batchSize},
                                     {QStringLiteral("batch_unit"), b.batchUnit},
                                     {QStringLiteral("status"), status},
                                     {QStringLiteral("started_by"), b.startedBy},
                                     {QStringLiteral("started_utc"), b.startedUtc}});
            rows.append({b.batchId, b.mbrId + QLatin1Char(' ') + b.mbrVersion,
                         b.batchSize + QLatin1Char(' ') + b.batchUnit, status, b.startedUtc});
        }
        if (cmd.isSet(QStringLiteral("json")))
            printOut(QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented)));
        else
            printOut(
                formatTable({QStringLiteral("BATCH"), QStringLiteral("MBR"), QStringLiteral("SIZE"),
                             QStringLiteral("STATUS"), QStringLiteral("STARTED")},
                            rows));
        return int(kExitOk);
    });
}

int holdOrResume(const QStringList& args, bool hold) {
    Command cmd(hold ? QStringLiteral("batch hold") : QStringLiteral("batch resume"),
                hold ? QStringLiteral("Put a batch on hold (no step can run until resumed).")
                     : QStringLiteral("Resume a batch on hold (supervisor or QA)."));
    addStoreOptions(cmd);
    addActingUserOptions(cmd, hold ? QStringLiteral("user") : QStringLiteral("supervisor"));
    addBatchOption(cmd);
    cmd.option(QStringLiteral("reason"), QStringLiteral("Why (recorded)."), QStringLiteral("text"),
               true);
    if (!cmd.parse(args))
        return kExitOk;
    const StoreLocation where = storeLocation(cmd);
    const ActorOptions actor = actingUser(cmd);
    return withEngine(where, [&](Station& station) {
        const security::User user =
            signIn(station, actor.id, actor.password,
                   hold ? Permission::ExecuteSteps : Permission::HandleDeviations);
        const QString batchId = cmd.require(QStringLiteral("batch"));
        if (hold)
            station.batches().hold(user, batchId, cmd.require(QStringLiteral("reason")));
        else
            station.batches().resume(user, batchId, cmd.require(QStringLiteral("reason")));
        printOut(QStringLiteral("batch %1 %2\n")
                     .arg(batchId, hold ? QStringLiteral("on hold") : QStringLiteral("resumed")));
        return int(kExitOk);
    });
}

int runScript(const QStringList& args) {
    Command cmd(QStringLiteral("batch run"),
                QStringLiteral("Run a batch script (docs/batch-script.md): a scripted operator. "
                               "Re-running it after an interruption continues at the first "
                               "step not committed."));
    addStoreOptions(cmd);
    addBatchOption(cmd);
    cmd.option(QStringLiteral("script"), QStringLiteral("The script file."), QStringLiteral("path"),
               true);
    if (!cmd.parse(args))
        return kExitOk;
    const StoreLocation where = storeLocation(cmd);
    const QString path = cmd.require(QStringLiteral("script"));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        failure(QStringLiteral("batchctl batch run: cannot read --script %1: %2")
                    .arg(path, file.errorString()));
    const std::vector<ScriptLine> lines = parseBatchScript(QString::fromUtf8(file.readAll()), path);
    return withEngine(where, [&](Station& station) {
        const QString batchId = cmd.require(QStringLiteral("batch"));
        BatchScriptRunner runner(station, batchId, QFileInfo(path).absolutePath());
        const int executed = runner.run(lines);
        station.batches().closeIfComplete(QStringLiteral("system"), batchId);
        const exec::BatchProjection& b = station.batches().projection(batchId);
        printOut(QStringLiteral("ran %1 line(s); batch %2 is %3 (%4 step(s) complete)\n")
                     .arg(executed)
                     .arg(batchId, exec::batchStatusName(b.status))
                     .arg(b.completed.size()));
        return int(kExitOk);
    });
}

}  // namespace

std::vector<Subcommand> batchSubcommands() {
    return {
        {QStringLiteral("start"), QStringLiteral("Start a batch of an Effective MBR"), startBatch},
        {QStringLiteral("status"), QStringLiteral("Show a batch: steps, values, signatures"),
         batchStatus},
        {QStringLiteral("list"), QStringLiteral("List batches"), listBatches},
        {QStringLiteral("hold"), QStringLiteral("Put a batch on hold (reason)"),
         [](const QStringList& a) { return holdOrResume(a, true); }},
        {QStringLiteral("resume"), QStringLiteral("Resume a batch on hold (reason)"),
         [](const QStringList& a) { return holdOrResume(a, false); }},
        {QStringLiteral("run"), QStringLiteral("Run a batch script (scripted operator)"),
         runScript},
        {QStringLiteral("deviation"), QStringLiteral("Deviations of a batch: list, close"),
         [](const QStringList& a) {
             return runGroup(QStringLiteral("batch deviation"),
                             QStringLiteral("Deviations of a batch: list them with their state, "
                                            "close one (root cause, CAPA, signature)."),
                             batchDeviationSubcommands(), a);
         }},
        {QStringLiteral("settings"),
         QStringLiteral("Show or change site settings (default entry window)"), batchSettings},
        {QStringLiteral("disposition"),
         QStringLiteral("QA decision: release, reject or quarantine (signed)"), runDisposition},
    };
}

}  // namespace batch::cli
