// `batchctl review ...` and `batchctl batch disposition`: QA review by exception through
// review::ReviewService (docs/review.md).
#include "Commands.h"
#include "SignIn.h"
#include "StoreAccess.h"

#include "review/ReviewJson.h"
#include "review/ReviewService.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace batch::cli {
namespace {

using review::ReviewError;

void addBatchOption(Command& cmd) {
    cmd.option(QStringLiteral("batch"), QStringLiteral("Batch id."), QStringLiteral("id"), true);
}

// Review refusals are exit 1 with the reason.
template <typename Body>
int withReview(const StoreLocation& where, Body&& body) {
    return withStation(where, [&](Station& station) {
        try {
            return body(station);
        } catch (const ReviewError& e) {
            failure(QStringLiteral("refused (%1): %2")
                        .arg(review::reviewErrorKindName(e.kind()), e.message()));
        }
    });
}

void printJson(const QJsonValue& v) {
    const QJsonDocument doc =
        v.isArray() ? QJsonDocument(v.toArray()) : QJsonDocument(v.toObject());
    printOut(QString::fromUtf8(doc.toJson(QJsonDocument::Indented)));
}

int listQueue(const QStringList& args) {
    Command cmd(QStringLiteral("review list"),
                QStringLiteral("Batches awaiting review: finished, not yet released or rejected, "
                               "with their open exceptions and deviations."));
    addStoreOptions(cmd);
    cmd.flag(QStringLiteral("json"), QStringLiteral("Print a JSON array."));
    if (!cmd.parse(args))
        return kExitOk;
    return withReview(storeLocation(cmd), [&](Station& station) {
        QJsonArray array;
        QList<QStringList> rows;
        for (const review::QueueEntry& q : station.review().queue()) {
            array.append(QJsonObject{{QStringLiteral("batch_id"), q.batchId},
                                     {QStringLiteral("mbr_id"), q.mbrId},
                                     {QStringLiteral("mbr_version"), q.mbrVersion},
                                     {QStringLiteral("product_code"), q.productCode},
                                     {QStringLiteral("finished_utc"), q.finishedUtc},
                                     {QStringLiteral("disposition"), q.latestDecision},
                                     {QStringLiteral("exceptions"), q.exceptions},
                                     {QStringLiteral("open_exceptions"), q.openExceptions},
                                     {QStringLiteral("deviations"), q.deviations},
                                     {QStringLiteral("open_deviations"), q.openDeviations}});
            rows.append({q.batchId, q.productCode, q.mbrId + QLatin1Char(' ') + q.mbrVersion,
                         q.finishedUtc,
                         QStringLiteral("%1/%2").arg(q.openExceptions).arg(q.exceptions),
                         QStringLiteral("%1/%2").arg(q.openDeviations).arg(q.deviations),
                         q.latestDecision.isEmpty() ? QStringLiteral("-") : q.latestDecision});
        }
        if (cmd.isSet(QStringLiteral("json")))
            printJson(array);
        else
            printOut(formatTable(
                {QStringLiteral("BATCH"), QStringLiteral("PRODUCT"), QStringLiteral("MBR"),
                 QStringLiteral("FINISHED"), QStringLiteral("OPEN EXCEPTIONS"),
                 QStringLiteral("OPEN DEVIATIONS"), QStringLiteral("DECISION")},
                rows));
        return int(kExitOk);
    });
}

int showExceptions(const QStringList& args) {
    Command cmd(QStringLiteral("review exceptions"),
                QStringLiteral("The exception report of a batch: every exception with its "
                               "context and review, deviations with closure, and what was "
                               "verified compliant."));
    addStoreOptions(cmd);
    addBatchOption(cmd);
    cmd.flag(QStringLiteral("open"), QStringLiteral("Only exceptions not reviewed yet."));
    cmd.flag(QStringLiteral("json"), QStringLiteral("Print JSON (docs/review.md)."));
    if (!cmd.parse(args))
        return kExitOk;
    return withReview(storeLocation(cmd), [&](Station& station) {
        const review::BatchReview r = station.review().review(cmd.require(QStringLiteral("batch")));
        const bool openOnly = cmd.isSet(QStringLiteral("open"));
        if (cmd.isSet(QStringLiteral("json"))) {
            printJson(review::exceptionReportJson(r, openOnly));
            return int(kExitOk);
        }
        QList<QStringList> rows;
        for (const review::ReviewException& x : r.exceptions) {
            if (openOnly && x.reviewed())
                continue;
            const QString value = x.changedAfterEntry
                                      ? QStringLiteral("%1 -> %2").arg(x.oldValue, x.newValue)
                                      : x.value;
            rows.append({x.id, x.type, x.stepId.isEmpty() ? QStringLiteral("-") : x.stepId,
                         value.isEmpty() ? QStringLiteral("-") : value, x.userId,
                         x.review ? QStringLiteral("reviewed by %1").arg(x.review->signerId)
                                  : QStringLiteral("OPEN"),
                         x.message});
        }
        // Readings from simulated instruments are no evidence of a real weighing: said
        // before anything else, so that whoever decides on the batch sees it.
        QStringList simulated;
        for (const auto& [step, value] : r.simulatedReadings())
            simulated << QStringLiteral("%1 (%2)").arg(
                step->id, value->instrument.value(QStringLiteral("instrument_id")).toString());
        const QString simulatedNotice =
            simulated.isEmpty()
                ? QString()
                : QStringLiteral("SIMULATED INSTRUMENTS: %1 value(s) read from simulators: %2\n\n")
                      .arg(simulated.size())
                      .arg(simulated.join(QStringLiteral(", ")));
        QList<QStringList> summary;
        for (const review::KindSummary& k : r.summary)
            summary.append({k.kind, QString::number(k.steps), QString::number(k.completed),
                            QString::number(k.withExceptions),
                            QString::number(k.verifiedCompliant)});
        printOut(QStringLiteral("batch %1 (%2 %3): %4; %5 exception(s), %6 open; %7 deviation(s), "
                                "%8 open\nrecord hash %9\n\n")
                     .arg(r.batchId, r.mbrId, r.mbrVersion, r.status)
                     .arg(r.exceptions.size())
                     .arg(r.openExceptions())
                     .arg(r.deviations.size())
                     .arg(r.openDeviations())
                     .arg(r.recordHash) +
                 simulatedNotice +
                 formatTable({QStringLiteral("EXCEPTION"), QStringLiteral("TYPE"),
                              QStringLiteral("STEP"), QStringLiteral("VALUE"), QStringLiteral("BY"),
                              QStringLiteral("REVIEW"), QStringLiteral("MESSAGE")},
                             rows) +
                 QStringLiteral("\nverified compliant:\n") +
                 formatTable(
                     {QStringLiteral("KIND"), QStringLiteral("STEPS"), QStringLiteral("COMPLETED"),
                      QStringLiteral("WITH EXCEPTIONS"), QStringLiteral("VERIFIED COMPLIANT")},
                     summary));
        return int(kExitOk);
    });
}

int signException(const QStringList& args) {
    Command cmd(QStringLiteral("review sign"),
                QStringLiteral("Review one exception: a \"Reviewed\" signature (QA, "
                               "re-authenticated) bound to the exception's content, with a "
                               "comment."));
    addStoreOptions(cmd);
    addActingUserOptions(cmd, QStringLiteral("QA reviewer"));
    addBatchOption(cmd);
    cmd.option(QStringLiteral("exception"),
               QStringLiteral("Exception id as `review exceptions` lists it (e.g. ST01-42) or its "
                              "event id."),
               QStringLiteral("id"), true);
    cmd.option(QStringLiteral("comment"), QStringLiteral("The review comment (recorded)."),
               QStringLiteral("text"), true);
    if (!cmd.parse(args))
        return kExitOk;
    const StoreLocation where = storeLocation(cmd);
    const ActorOptions actor = actingUser(cmd);
    return withReview(where, [&](Station& station) {
        const review::Signature s = station.review().reviewException(
            cmd.require(QStringLiteral("batch")), cmd.require(QStringLiteral("exception")),
            actor.id, actor.password, cmd.require(QStringLiteral("comment")));
        printOut(QStringLiteral("exception %1 reviewed: %2 (%3) %4\n")
                     .arg(s.subject, s.printedName, s.meaning, s.tsUtc));
        return int(kExitOk);
    });
}

int closeDeviation(const QStringList& args) {
    Command cmd(QStringLiteral("review close-deviation"),
                QStringLiteral("Close a deviation with its root cause and CAPA: QA's \"Approved\" "
                               "signature (handle_deviations; not the person who raised it)."));
    addStoreOptions(cmd);
    addActingUserOptions(cmd, QStringLiteral("QA"));
    addBatchOption(cmd);
    cmd.option(QStringLiteral("deviation"), QStringLiteral("Deviation id (e.g. DEV-B-001)."),
               QStringLiteral("id"), true);
    cmd.option(QStringLiteral("root-cause"), QStringLiteral("The root cause found."),
               QStringLiteral("text"), true);
    cmd.option(QStringLiteral("capa"), QStringLiteral("Corrective and preventive action."),
               QStringLiteral("text"), true);
    cmd.option(QStringLiteral("comment"), QStringLiteral("Optional closing comment."),
               QStringLiteral("text"));
    if (!cmd.parse(args))
        return kExitOk;
    const StoreLocation where = storeLocation(cmd);
    const ActorOptions actor = actingUser(cmd);
    return withReview(where, [&](Station& station) {
        const QString id = cmd.require(QStringLiteral("deviation"));
        const review::Signature s = station.review().closeDeviation(
            cmd.require(QStringLiteral("batch")), id, cmd.require(QStringLiteral("root-cause")),
            cmd.require(QStringLiteral("capa")), cmd.value(QStringLiteral("comment")), actor.id,
            actor.password);
        printOut(QStringLiteral("deviation %1 closed: %2 (%3) %4\n")
                     .arg(id, s.printedName, s.meaning, s.tsUtc));
        return int(kExitOk);
    });
}

int settings(const QStringList& args) {
    Command cmd(QStringLiteral("review settings"),
                QStringLiteral("Show or change the site's review settings. "
                               "--independent-release on (default): whoever executed or "
                               "verified steps of a batch may not disposition it."));
    addStoreOptions(cmd);
    addActingUserOptions(cmd, QStringLiteral("administrator"), false);
    cmd.option(QStringLiteral("independent-release"), QStringLiteral("on or off."),
               QStringLiteral("on|off"));
    cmd.option(QStringLiteral("reason"), QStringLiteral("Why (recorded; required for a change)."),
               QStringLiteral("text"));
    if (!cmd.parse(args))
        return kExitOk;
    const StoreLocation where = storeLocation(cmd);
    const bool change = cmd.isSet(QStringLiteral("independent-release"));
    const QString value = cmd.value(QStringLiteral("independent-release"));
    if (change && value != QLatin1String("on") && value != QLatin1String("off"))
        usageError(QStringLiteral("batchctl review settings: --independent-release is on or off, "
                                  "not '%1'")
                       .arg(value));
    const ActorOptions actor = change ? actingUser(cmd) : ActorOptions{};
    return withReview(where, [&](Station& station) {
        if (change) {
            const security::User admin =
                signIn(station, actor.id, actor.password, security::Permission::ManageUsers);
            station.review().setIndependentRelease(admin, value == QLatin1String("on"),
                                                   cmd.require(QStringLiteral("reason")));
        }
        printOut(QStringLiteral("independent-release %1\n")
                     .arg(station.review().independentRelease() ? QStringLiteral("on")
                                                                : QStringLiteral("off")));
        return int(kExitOk);
    });
}

}  // namespace

int runDisposition(const QStringList& args) {
    Command cmd(QStringLiteral("batch disposition"),
                QStringLiteral("QA's decision on a finished batch: release, reject or quarantine, "
                               "signed \"Released\", \"Rejected\" or \"Quarantined\". Refused "
                               "while an exception is not reviewed or a deviation not closed, "
                               "and (site setting) when the signer executed or verified steps "
                               "of the batch. The engine then refuses every further action on "
                               "it."));
    addStoreOptions(cmd);
    addActingUserOptions(cmd, QStringLiteral("QA releaser"));
    addBatchOption(cmd);
    cmd.option(QStringLiteral("decision"), QStringLiteral("release, reject or quarantine."),
               QStringLiteral("decision"), true);
    cmd.option(QStringLiteral("reason"),
               QStringLiteral("Why (recorded; required to reject or quarantine)."),
               QStringLiteral("text"));
    if (!cmd.parse(args))
        return kExitOk;
    const auto decision = review::decisionFromName(cmd.require(QStringLiteral("decision")));
    if (!decision)
        usageError(QStringLiteral("batchctl batch disposition: --decision is release, reject or "
                                  "quarantine, not '%1'")
                       .arg(cmd.value(QStringLiteral("decision"))));
    const StoreLocation where = storeLocation(cmd);
    const ActorOptions actor = actingUser(cmd);
    return withReview(where, [&](Station& station) {
        const review::Disposition d = station.review().disposition(
            cmd.require(QStringLiteral("batch")), *decision, cmd.value(QStringLiteral("reason")),
            actor.id, actor.password);
        printOut(QStringLiteral("batch %1: %2 — %3 (%4) %5 UTC; record hash %6\n")
                     .arg(cmd.value(QStringLiteral("batch")), d.decision, d.signature->printedName,
                          d.signature->meaning, d.signature->tsUtc, d.recordHash));
        return int(kExitOk);
    });
}

std::vector<Subcommand> reviewSubcommands() {
    return {
        {QStringLiteral("list"), QStringLiteral("Batches awaiting review, with open counts"),
         listQueue},
        {QStringLiteral("exceptions"), QStringLiteral("The exception report of a batch"),
         showExceptions},
        {QStringLiteral("sign"), QStringLiteral("Review one exception (comment + signature)"),
         signException},
        {QStringLiteral("close-deviation"),
         QStringLiteral("Close a deviation (root cause, CAPA, signature)"), closeDeviation},
        {QStringLiteral("settings"), QStringLiteral("Show or change the review site settings"),
         settings},
    };
}

}  // namespace batch::cli
