// `batchctl mva model import|approve|list|retire`: MVA models as master data under change
// control (docs/mva.md §18).
#include "MvaCli.h"
#include "MvaStore.h"
#include "SignIn.h"
#include "StoreAccess.h"

#include "mva/ModelRepository.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

namespace batch::cli {
namespace {

using namespace batch::mva;
using namespace batch::cli::mvacli;
using security::Permission;

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
    };
}

}  // namespace batch::cli
