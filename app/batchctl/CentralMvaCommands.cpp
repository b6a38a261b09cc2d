// `batchctl central mva publish|retire`: MVA models as central master data
// (docs/sync.md §Master data, docs/mva.md §22). A version approved under change control
// in an authoring store (QA's "Approved" signature) is published with its approval;
// stations apply it at their next sync.
#include "CentralAccess.h"
#include "Commands.h"
#include "StoreAccess.h"

#include "mva/ModelRepository.h"
#include "record/CanonicalJson.h"
#include "sync/CentralAdmin.h"
#include "sync/MvaModelMaster.h"

#include <QJsonDocument>

namespace batch::cli {
namespace {

using mva::ModelRepository;
using mva::ModelRepositoryError;

void addReason(Command& cmd) {
    cmd.option(QStringLiteral("reason"),
               QStringLiteral("Why (recorded centrally and at every station)."),
               QStringLiteral("TEXT"), true);
}

int versionOf(const Command& cmd, bool required) {
    if (!cmd.isSet(QStringLiteral("version"))) {
        if (required)
            usageError(QStringLiteral("%1: --version is required").arg(cmd.path()));
        return 0;
    }
    bool ok = false;
    const int v = cmd.value(QStringLiteral("version")).toInt(&ok);
    if (!ok || v < 1)
        usageError(QStringLiteral("%1: --version must be a positive integer").arg(cmd.path()));
    return v;
}

int publish(const QStringList& args) {
    Command cmd(QStringLiteral("central mva publish"),
                QStringLiteral("Publish the APPROVED version of an MVA model from an authoring "
                               "store (where QA signed its approval) to every station: content, "
                               "content hash and the approval (approver, time, signature). At "
                               "their next sync stations make it their approved version (the "
                               "previous one is superseded; batches already monitored keep the "
                               "version they started with)."));
    addCentralOptions(cmd);
    addStoreOptions(cmd);
    cmd.option(QStringLiteral("id"), QStringLiteral("Model id (e.g. FBG-BEM)."),
               QStringLiteral("ID"), true);
    cmd.option(QStringLiteral("version"),
               QStringLiteral("The version to publish; it must be the approved one (default: "
                              "the approved version)."),
               QStringLiteral("N"));
    addReason(cmd);
    if (!cmd.parse(args))
        return kExitOk;
    const QString id = cmd.value(QStringLiteral("id"));
    const int version = versionOf(cmd, false);
    QJsonObject doc;
    withStation(storeLocation(cmd), [&](Station& station) {
        ModelRepository repo(station.journal(), station.signatures());
        try {
            const mva::ApprovedModel m = repo.loadForMonitoring(id);
            if (version != 0 && m.info.version != version)
                failure(QStringLiteral("central mva publish: %1 version %2 is not the approved "
                                       "version (%3 is); only the approved version is published")
                            .arg(id)
                            .arg(version)
                            .arg(m.info.version));
            const auto approver = station.users().find(m.info.approverId);
            doc = sync::mvaModelDocument(m, approver ? approver->fullName : m.info.approverId);
        } catch (const ModelRepositoryError& e) {
            failure(QStringLiteral("central mva publish: %1").arg(e.message()));
        }
        return 0;
    });
    const qsizetype size = record::encodeCanonical(doc).size();
    if (size > record::CanonicalLimits{}.maxBytes)
        failure(QStringLiteral("central mva publish: the model document has %1 bytes; stations "
                               "accept at most %2")
                    .arg(size)
                    .arg(record::CanonicalLimits{}.maxBytes));
    const int v = doc.value(QStringLiteral("version")).toInt();
    const QString key = sync::mvaModelKey(id, v);
    return withCentral(cmd, [&](sync::PgConnection& c, const sync::SyncConfig&) {
        if (const auto current = sync::currentMasterData(c, sync::kMvaModelKind, key);
            current && current->value(QStringLiteral("content_hash")) !=
                           doc.value(QStringLiteral("content_hash")))
            failure(QStringLiteral("central mva publish: %1 is already published with other "
                                   "content (hash %2); import the model as a new version")
                        .arg(key, current->value(QStringLiteral("content_hash")).toString()));
        const std::int64_t seq = sync::publishMasterData(c, sync::kMvaModelKind, key, doc,
                                                         cmd.value(QStringLiteral("reason")));
        printOut(QStringLiteral("MVA model %1 (Approved, content hash %2) published as change "
                                "%3\n")
                     .arg(key, doc.value(QStringLiteral("content_hash")).toString())
                     .arg(seq));
        return int(kExitOk);
    });
}

int retire(const QStringList& args) {
    Command cmd(QStringLiteral("central mva retire"),
                QStringLiteral("Retire a published MVA model version at every station: it is no "
                               "longer used for monitoring, not even by batches that started "
                               "with it."));
    addCentralOptions(cmd);
    cmd.option(QStringLiteral("id"), QStringLiteral("Model id."), QStringLiteral("ID"), true);
    cmd.option(QStringLiteral("version"), QStringLiteral("Model version."), QStringLiteral("N"),
               true);
    addReason(cmd);
    if (!cmd.parse(args))
        return kExitOk;
    const QString key = sync::mvaModelKey(cmd.value(QStringLiteral("id")), versionOf(cmd, true));
    return withCentral(cmd, [&](sync::PgConnection& c, const sync::SyncConfig&) {
        auto doc = sync::currentMasterData(c, sync::kMvaModelKind, key);
        if (!doc)
            failure(QStringLiteral("central mva retire: %1 was never published").arg(key));
        doc->insert(QStringLiteral("status"), QStringLiteral("Retired"));
        const std::int64_t seq = sync::publishMasterData(c, sync::kMvaModelKind, key, *doc,
                                                         cmd.value(QStringLiteral("reason")));
        printOut(QStringLiteral("MVA model %1 retired as change %2\n").arg(key).arg(seq));
        return int(kExitOk);
    });
}

}  // namespace

std::vector<Subcommand> centralMvaSubcommands() {
    return {
        {QStringLiteral("publish"), QStringLiteral("Publish an approved MVA model version"),
         publish},
        {QStringLiteral("retire"), QStringLiteral("Retire a published MVA model version"), retire}};
}

}  // namespace batch::cli
