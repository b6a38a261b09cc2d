// `batchctl batch deviation list|close` and `batchctl batch settings`.
#include "BatchCommands.h"
#include "SignIn.h"

#include "exec/BatchEngine.h"
#include "exec/ExecSettings.h"

#include <QJsonDocument>

namespace batch::cli {
namespace {

using security::Permission;

int listDeviations(const QStringList& args) {
    Command cmd(QStringLiteral("batch deviation list"),
                QStringLiteral("List the deviations of a batch: step, category, continuation "
                               "and state (open, closure_pending, closed)."));
    addStoreOptions(cmd);
    addBatchOption(cmd);
    cmd.flag(QStringLiteral("json"), QStringLiteral("Print a JSON array."));
    if (!cmd.parse(args))
        return kExitOk;
    const StoreLocation where = storeLocation(cmd);
    return withEngine(where, [&](Station& station) {
        const exec::BatchProjection& b =
            station.batches().projection(cmd.require(QStringLiteral("batch")));
        QJsonArray array;
        QList<QStringList> rows;
        for (const exec::DeviationEntry& d : b.deviations) {
            array.append(deviationJson(d));
            rows.append({d.id, d.stepId, d.category, d.stateName(),
                         d.approved() ? QStringLiteral("signed") : QStringLiteral("-"),
                         d.description});
        }
        if (cmd.isSet(QStringLiteral("json")))
            printOut(QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented)));
        else
            printOut(formatTable({QStringLiteral("DEVIATION"), QStringLiteral("STEP"),
                                  QStringLiteral("CATEGORY"), QStringLiteral("STATE"),
                                  QStringLiteral("CONTINUATION"), QStringLiteral("DESCRIPTION")},
                                 rows));
        return int(kExitOk);
    });
}

int closeDeviation(const QStringList& args) {
    Command cmd(QStringLiteral("batch deviation close"),
                QStringLiteral("Close a deviation with its root cause and CAPA reference: a "
                               "\"Verified\" signature by a holder of handle_deviations "
                               "(supervisor or QA) other than the person who raised it."));
    addStoreOptions(cmd);
    addActingUserOptions(cmd, QStringLiteral("supervisor or QA user"));
    addBatchOption(cmd);
    cmd.option(QStringLiteral("deviation"), QStringLiteral("Deviation id, e.g. DEV-B-001."),
               QStringLiteral("id"), true);
    cmd.option(QStringLiteral("root-cause"), QStringLiteral("The root cause found."),
               QStringLiteral("text"), true);
    cmd.option(QStringLiteral("capa"),
               QStringLiteral("CAPA reference (or e.g. \"none required: <why>\")."),
               QStringLiteral("text"), true);
    cmd.option(QStringLiteral("comment"), QStringLiteral("Shown with the signature."),
               QStringLiteral("text"));
    if (!cmd.parse(args))
        return kExitOk;
    const StoreLocation where = storeLocation(cmd);
    const ActorOptions actor = actingUser(cmd);
    return withEngine(where, [&](Station& station) {
        const QString batchId = cmd.require(QStringLiteral("batch"));
        const exec::DeviationClosureRequest request{
            cmd.require(QStringLiteral("deviation")), cmd.require(QStringLiteral("root-cause")),
            cmd.require(QStringLiteral("capa")), cmd.value(QStringLiteral("comment"))};
        const security::SignatureInfo s =
            station.batches().closeDeviation(batchId, request, actor.id, actor.password);
        printOut(QStringLiteral("deviation %1 of batch %2 closed by %3 (%4)\n")
                     .arg(request.deviationId, batchId, s.printedName, s.signedAtUtc));
        return int(kExitOk);
    });
}

}  // namespace

QJsonArray signaturesJson(const std::vector<exec::SignatureEntry>& signatures) {
    QJsonArray out;
    for (const exec::SignatureEntry& g : signatures)
        out.append(QJsonObject{{QStringLiteral("signer_id"), g.signerId},
                               {QStringLiteral("printed_name"), g.printedName},
                               {QStringLiteral("meaning"), g.meaning},
                               {QStringLiteral("utc"), g.tsUtc}});
    return out;
}

QJsonObject deviationJson(const exec::DeviationEntry& d) {
    QJsonObject o{{QStringLiteral("id"), d.id},
                  {QStringLiteral("step_id"), d.stepId},
                  {QStringLiteral("category"), d.category},
                  {QStringLiteral("description"), d.description},
                  {QStringLiteral("immediate_action"), d.immediateAction},
                  {QStringLiteral("raised_by"), d.raisedBy},
                  {QStringLiteral("raised_utc"), d.raisedUtc},
                  {QStringLiteral("approved"), d.approved()},
                  {QStringLiteral("continuation"), signaturesJson(d.continuation)},
                  {QStringLiteral("state"), d.stateName()}};
    if (const exec::DeviationClosure* c = d.closure())
        o.insert(QStringLiteral("closure"),
                 QJsonObject{{QStringLiteral("root_cause"), c->rootCause},
                             {QStringLiteral("capa_reference"), c->capaReference},
                             {QStringLiteral("closed_by"), c->closedBy},
                             {QStringLiteral("utc"), c->tsUtc},
                             {QStringLiteral("signatures"), signaturesJson(c->signatures)}});
    return o;
}

std::vector<Subcommand> batchDeviationSubcommands() {
    return {
        {QStringLiteral("list"), QStringLiteral("List the deviations of a batch"), listDeviations},
        {QStringLiteral("close"), QStringLiteral("Close a deviation (root cause, CAPA, signature)"),
         closeDeviation},
    };
}

int batchSettings(const QStringList& args) {
    Command cmd(QStringLiteral("batch settings"),
                QStringLiteral("Show the site settings of batch execution, or change the default "
                               "entry window (administrator: manage_users). Batches bind the "
                               "value in force when they start."));
    addStoreOptions(cmd);
    addActingUserOptions(cmd, QStringLiteral("administrator"), false);
    cmd.option(QStringLiteral("entry-window-seconds"),
               QStringLiteral("Default entry window of steps without their own (0: none)."),
               QStringLiteral("seconds"));
    cmd.option(QStringLiteral("reason"), QStringLiteral("Why (required to change)."),
               QStringLiteral("text"));
    cmd.flag(QStringLiteral("json"), QStringLiteral("Print JSON."));
    if (!cmd.parse(args))
        return kExitOk;
    const bool change = cmd.isSet(QStringLiteral("entry-window-seconds"));
    qint64 seconds = 0;
    if (change) {
        bool ok = false;
        seconds = cmd.value(QStringLiteral("entry-window-seconds")).toLongLong(&ok);
        if (!ok)
            usageError(
                QStringLiteral("batchctl batch settings: --entry-window-seconds needs a "
                               "whole number"));
    }
    const StoreLocation where = storeLocation(cmd);
    const ActorOptions actor = change ? actingUser(cmd) : ActorOptions{};
    return withEngine(where, [&](Station& station) {
        exec::ExecSettings settings(station.journal());
        if (change) {
            const security::User user =
                signIn(station, actor.id, actor.password, Permission::ManageUsers);
            settings.setEntryWindowSeconds(user, seconds, cmd.value(QStringLiteral("reason")));
        }
        const qint64 window = settings.entryWindowSeconds();
        if (cmd.isSet(QStringLiteral("json")))
            printOut(
                QString::fromUtf8(
                    QJsonDocument(QJsonObject{{QStringLiteral("entry_window_seconds"), window}})
                        .toJson(QJsonDocument::Compact)) +
                QLatin1Char('\n'));
        else
            printOut(QStringLiteral("entry window (default): %1 s\n").arg(window));
        return int(kExitOk);
    });
}

}  // namespace batch::cli
