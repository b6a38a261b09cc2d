#include "sync/MasterData.h"
#include "sync/SyncLog.h"

#include "record/CanonicalJson.h"
#include "sync/MvaModelMaster.h"
#include "sync/SyncState.h"

#include <QCoreApplication>

#include <spdlog/spdlog.h>

namespace batch::sync {
namespace {

using detail::key;
using detail::log;

}  // namespace

void MasterDataRegistry::add(std::unique_ptr<MasterDataApplier> applier) {
    const QString k = applier->kind();
    appliers_[k] = std::move(applier);
}

MasterDataApplier* MasterDataRegistry::find(const QString& kind) const {
    const auto it = appliers_.find(kind);
    return it == appliers_.end() ? nullptr : it->second.get();
}

QStringList MasterDataRegistry::kinds() const {
    QStringList out;
    for (const auto& [k, a] : appliers_) out << k;
    return out;
}

MasterDataRegistry defaultMasterDataAppliers() {
    MasterDataRegistry r;
    r.add(makeUserApplier());
    r.add(makeMbrApplier());
    r.add(makeInstrumentApplier());
    r.add(makeSamplingApplier());
    r.add(makeMvaModelApplier());
    return r;
}

QJsonObject appliedPayload(const MasterChange& change) {
    return {{key("kind"), change.kind},
            {key("key"), change.key},
            {key("change_seq"), static_cast<qint64>(change.changeSeq)},
            {key("source"), QStringLiteral("central")}};
}

ApplyOutcome applyMasterChanges(record::Journal& journal, const MasterDataRegistry& registry,
                                const std::vector<MasterChange>& changes) {
    ApplyOutcome out;
    if (changes.empty())
        return out;
    record::RecordTransaction txn(journal);
    store::Statement mirror = txn.db().prepare(
        "INSERT OR REPLACE INTO central_master_data(kind, key, change_seq, doc, applied) "
        "VALUES (?, ?, ?, ?, ?)");
    for (const MasterChange& change : changes) {
        QString refusal;
        MasterDataApplier* applier = registry.find(change.kind);
        QJsonObject doc;
        try {
            doc = record::decodeCanonicalObject(change.doc);
        } catch (const record::CanonicalJsonError& e) {
            refusal = QStringLiteral("the document is not canonical JSON (%1)")
                          .arg(QString::fromUtf8(e.what()));
        }
        if (refusal.isEmpty() && !applier)
            refusal = QStringLiteral(
                          "this build has no applier for kind '%1' (it knows: %2); "
                          "the document is kept in central_master_data")
                          .arg(change.kind, registry.kinds().join(QStringLiteral(", ")));
        if (refusal.isEmpty()) {
            try {
                applier->apply(txn, change, doc);
            } catch (const MasterDataRefusal& r) {
                refusal = r.why();
            }
        }
        mirror.bind(1, change.kind)
            .bind(2, change.key)
            .bind(3, change.changeSeq)
            .bindUtf8(4, change.doc)
            .bind(5, refusal.isEmpty());
        mirror.run();
        mirror.reset();
        if (refusal.isEmpty()) {
            ++out.applied;
            continue;
        }
        ++out.refused;
        out.refusals << QStringLiteral("%1 %2 (change %3): %4")
                            .arg(change.kind, change.key)
                            .arg(change.changeSeq)
                            .arg(refusal);
        QJsonObject payload = appliedPayload(change);
        payload.insert(key("reason"), refusal);
        payload.insert(key("priority"), QStringLiteral("high"));
        txn.append({types::kMasterDataRefused, QStringLiteral("system"), payload});
        log()->warn("central master data {} {} (change {}) refused: {}", change.kind.toStdString(),
                    change.key.toStdString(), change.changeSeq, refusal.toStdString());
    }
    storeMasterCursor(txn.db(), changes.back().changeSeq);
    txn.commit();
    return out;
}

}  // namespace batch::sync
