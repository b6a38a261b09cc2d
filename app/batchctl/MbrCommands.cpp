// `batchctl mbr ...`: the master batch record library over model::MbrRepository. Every
// status change is recorded by the repository as an event; approval is two signatures.
#include "Commands.h"
#include "SignIn.h"
#include "StoreAccess.h"

#include "model/MbrRepository.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace batch::cli {
namespace {

using model::MbrError;
using security::Permission;

void addVersionOptions(Command& cmd) {
    cmd.option(QStringLiteral("mbr-id"), QStringLiteral("MBR id."), QStringLiteral("id"), true);
    cmd.option(QStringLiteral("version"), QStringLiteral("MBR version (MAJOR.MINOR)."),
               QStringLiteral("version"), true);
}

// Runs body on the opened store; MBR refusals become exit 1 with every issue listed.
template <typename Body>
int withMbrs(const StoreLocation& where, Body&& body) {
    return withStation(where, [&](Station& station) {
        try {
            return body(station);
        } catch (const MbrError& e) {
            QString text = QStringLiteral("refused: %1").arg(e.message());
            for (const model::MbrIssue& issue : e.issues())
                text += QStringLiteral("\n  %1").arg(issue.toString());
            failure(text);
        }
    });
}

QJsonObject toJson(const model::MbrVersionInfo& v) {
    return {{QStringLiteral("mbr_id"), v.mbrId},
            {QStringLiteral("version"), v.version},
            {QStringLiteral("title"), v.title},
            {QStringLiteral("product_code"), v.productCode},
            {QStringLiteral("status"), model::mbrStatusName(v.status)},
            {QStringLiteral("content_hash"), v.contentHash},
            {QStringLiteral("imported_by"), v.importedBy},
            {QStringLiteral("author_id"), v.authorId},
            {QStringLiteral("approver_id"), v.approverId},
            {QStringLiteral("status_utc"), v.statusUtc}};
}

int importMbr(const QStringList& args) {
    Command cmd(QStringLiteral("mbr import"),
                QStringLiteral("Import a master batch record (JSON) as a Draft version."));
    addStoreOptions(cmd);
    addActingUserOptions(cmd, QStringLiteral("administrator"));
    cmd.option(QStringLiteral("file"), QStringLiteral("The MBR JSON file."), QStringLiteral("path"),
               true);
    cmd.option(QStringLiteral("reason"), QStringLiteral("Why (recorded)."), QStringLiteral("text"));
    if (!cmd.parse(args))
        return kExitOk;
    const StoreLocation where = storeLocation(cmd);
    const QString path = cmd.require(QStringLiteral("file"));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        failure(QStringLiteral("batchctl mbr import: cannot read --file %1: %2")
                    .arg(path, file.errorString()));
    const QByteArray json = file.readAll();
    const ActorOptions actor = actingUser(cmd);
    return withMbrs(where, [&](Station& station) {
        const security::User user =
            signIn(station, actor.id, actor.password, Permission::ManageMasterData);
        const model::MbrVersionInfo v =
            station.mbrs().importDraft(user, json, cmd.value(QStringLiteral("reason")));
        printOut(QStringLiteral("imported %1 %2 as Draft (content hash %3)\n")
                     .arg(v.mbrId, v.version, v.contentHash));
        return int(kExitOk);
    });
}

int listMbrs(const QStringList& args) {
    Command cmd(QStringLiteral("mbr list"),
                QStringLiteral("List master batch record versions and their status."));
    addStoreOptions(cmd);
    cmd.option(QStringLiteral("mbr-id"), QStringLiteral("Only this MBR id."), QStringLiteral("id"));
    cmd.flag(QStringLiteral("json"), QStringLiteral("Print a JSON array."));
    if (!cmd.parse(args))
        return kExitOk;
    const StoreLocation where = storeLocation(cmd);
    return withMbrs(where, [&](Station& station) {
        const auto versions = station.mbrs().list(cmd.value(QStringLiteral("mbr-id")));
        if (cmd.isSet(QStringLiteral("json"))) {
            QJsonArray array;
            for (const auto& v : versions) array.append(toJson(v));
            printOut(QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented)));
        } else {
            QList<QStringList> rows;
            for (const auto& v : versions)
                rows.append({v.mbrId, v.version, model::mbrStatusName(v.status), v.title});
            printOut(formatTable({QStringLiteral("MBR"), QStringLiteral("VERSION"),
                                  QStringLiteral("STATUS"), QStringLiteral("TITLE")},
                                 rows));
        }
        return int(kExitOk);
    });
}

int showMbr(const QStringList& args) {
    Command cmd(QStringLiteral("mbr show"),
                QStringLiteral("Show one MBR version: status, hash and its steps."));
    addStoreOptions(cmd);
    addVersionOptions(cmd);
    cmd.flag(QStringLiteral("json"), QStringLiteral("Print JSON."));
    if (!cmd.parse(args))
        return kExitOk;
    const StoreLocation where = storeLocation(cmd);
    return withMbrs(where, [&](Station& station) {
        const model::LoadedMbr m = station.mbrs().load(cmd.require(QStringLiteral("mbr-id")),
                                                       cmd.require(QStringLiteral("version")));
        QJsonArray steps;
        QList<QStringList> rows;
        for (const model::Step* s : m.mbr.steps()) {
            steps.append(QJsonObject{{QStringLiteral("id"), s->id},
                                     {QStringLiteral("kind"), model::stepKindName(s->kind)},
                                     {QStringLiteral("title"), s->title}});
            rows.append({s->id, model::stepKindName(s->kind), s->title});
        }
        if (cmd.isSet(QStringLiteral("json"))) {
            QJsonObject o = toJson(m.info);
            o.insert(QStringLiteral("steps"), steps);
            printOut(QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Indented)));
        } else {
            printOut(QStringLiteral("%1 %2 \"%3\" - %4\ncontent hash %5\n\n")
                         .arg(m.info.mbrId, m.info.version, m.info.title,
                              model::mbrStatusName(m.info.status), m.contentHash) +
                     formatTable(
                         {QStringLiteral("STEP"), QStringLiteral("KIND"), QStringLiteral("TITLE")},
                         rows));
        }
        return int(kExitOk);
    });
}

// submit, make-effective and retire: one acting user, one transition.
int transition(const QStringList& args, const QString& name) {
    Command cmd(QStringLiteral("mbr ") + name,
                name == QLatin1String("submit")
                    ? QStringLiteral("Submit a Draft for review (InReview).")
                : name == QLatin1String("make-effective")
                    ? QStringLiteral("Make an Approved version Effective (the previous "
                                     "Effective version is superseded).")
                : name == QLatin1String("send-back")
                    ? QStringLiteral("Send a version under review back to Draft (administrator "
                                     "or QA reviewer; reason required). Signatures of that "
                                     "review no longer count.")
                    : QStringLiteral("Retire an Approved or Effective version."));
    addStoreOptions(cmd);
    addActingUserOptions(cmd, QStringLiteral("administrator"));
    addVersionOptions(cmd);
    const bool reasonRequired =
        name == QLatin1String("retire") || name == QLatin1String("send-back");
    cmd.option(QStringLiteral("reason"),
               QStringLiteral("Why (recorded; required to retire or send back)."),
               QStringLiteral("text"), reasonRequired);
    if (!cmd.parse(args))
        return kExitOk;
    const StoreLocation where = storeLocation(cmd);
    const ActorOptions actor = actingUser(cmd);
    const QString id = cmd.require(QStringLiteral("mbr-id"));
    const QString version = cmd.require(QStringLiteral("version"));
    const QString reason = cmd.value(QStringLiteral("reason"));
    return withMbrs(where, [&](Station& station) {
        // A QA reviewer may send a version back; everything else is the administrator's.
        const bool sendBack = name == QLatin1String("send-back");
        const security::User user = signIn(station, actor.id, actor.password,
                                           sendBack && !station.users()
                                                            .find(actor.id)
                                                            .value_or(security::User{})
                                                            .has(Permission::ManageMasterData)
                                               ? Permission::ReviewRecords
                                               : Permission::ManageMasterData);
        model::MbrVersionInfo v;
        if (sendBack)
            v = station.mbrs().sendBackToDraft(user, id, version, reason);
        else if (name == QLatin1String("submit"))
            v = station.mbrs().submitForReview(user, id, version, reason);
        else if (name == QLatin1String("make-effective"))
            v = station.mbrs().makeEffective(user, id, version, reason);
        else
            v = station.mbrs().retire(user, id, version, reason);
        printOut(QStringLiteral("%1 %2 is now %3\n")
                     .arg(v.mbrId, v.version, model::mbrStatusName(v.status)));
        return int(kExitOk);
    });
}

int approveMbr(const QStringList& args) {
    Command cmd(QStringLiteral("mbr approve"),
                QStringLiteral("Sign an InReview version: --author signs \"Performed\" (the "
                               "person responsible for the content) and/or --as signs "
                               "\"Approved\" as QA (a different person). Both are needed."));
    addStoreOptions(cmd);
    addVersionOptions(cmd);
    addActingUserOptions(cmd, QStringLiteral("QA approver"), false);
    cmd.option(QStringLiteral("author"), QStringLiteral("Author user id."), QStringLiteral("id"));
    cmd.option(QStringLiteral("author-password-file"),
               QStringLiteral("File whose first line is the author's password."),
               QStringLiteral("path"));
    cmd.option(QStringLiteral("comment"), QStringLiteral("Shown with the signature."),
               QStringLiteral("text"));
    if (!cmd.parse(args))
        return kExitOk;
    const bool author = cmd.isSet(QStringLiteral("author"));
    const bool qa = cmd.isSet(QStringLiteral("as"));
    if (!author && !qa)
        usageError(QStringLiteral("batchctl mbr approve: give --author and/or --as"));
    const StoreLocation where = storeLocation(cmd);
    const QString id = cmd.require(QStringLiteral("mbr-id"));
    const QString version = cmd.require(QStringLiteral("version"));
    const QString comment = cmd.value(QStringLiteral("comment"));
    QString authorPassword;
    if (author)
        authorPassword = readSecretFile(cmd.require(QStringLiteral("author-password-file")),
                                        QStringLiteral("author-password-file"));
    const ActorOptions qaUser = qa ? actingUser(cmd) : ActorOptions{};
    return withMbrs(where, [&](Station& station) {
        if (author) {
            station.mbrs().signAsAuthor(id, version, cmd.value(QStringLiteral("author")),
                                        authorPassword, comment);
            printOut(QStringLiteral("%1 %2 signed by the author %3\n")
                         .arg(id, version, cmd.value(QStringLiteral("author"))));
        }
        if (qa) {
            const model::MbrVersionInfo v =
                station.mbrs().approve(id, version, qaUser.id, qaUser.password, comment);
            printOut(QStringLiteral("%1 %2 is now %3\n")
                         .arg(v.mbrId, v.version, model::mbrStatusName(v.status)));
        }
        return int(kExitOk);
    });
}

}  // namespace

std::vector<Subcommand> mbrSubcommands() {
    return {
        {QStringLiteral("import"), QStringLiteral("Import an MBR JSON file as a Draft"), importMbr},
        {QStringLiteral("list"), QStringLiteral("List MBR versions and status"), listMbrs},
        {QStringLiteral("show"), QStringLiteral("Show one MBR version and its steps"), showMbr},
        {QStringLiteral("submit"), QStringLiteral("Submit a Draft for review"),
         [](const QStringList& a) { return transition(a, QStringLiteral("submit")); }},
        {QStringLiteral("approve"), QStringLiteral("Author and QA signatures (four eyes)"),
         approveMbr},
        {QStringLiteral("make-effective"), QStringLiteral("Make an Approved version Effective"),
         [](const QStringList& a) { return transition(a, QStringLiteral("make-effective")); }},
        {QStringLiteral("send-back"), QStringLiteral("Send a version under review back to Draft"),
         [](const QStringList& a) { return transition(a, QStringLiteral("send-back")); }},
        {QStringLiteral("retire"), QStringLiteral("Retire a version (reason required)"),
         [](const QStringList& a) { return transition(a, QStringLiteral("retire")); }},
    };
}

}  // namespace batch::cli
