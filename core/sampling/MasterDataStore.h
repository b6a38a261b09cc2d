#pragma once

#include "record/Journal.h"
#include "sampling/MasterData.h"
#include "sampling/MasterDataParser.h"
#include "security/Users.h"

#include <QString>

#include <optional>
#include <vector>

namespace batch::sampling {

struct MasterDataChange {
    enum class Action { Added, Updated, Unchanged };
    QString entity;  // entities::kProduct, ...
    QString id;
    Action action = Action::Added;
    int version = 1;
};

// Stored metadata of one master data item.
struct MasterDataVersion {
    int version = 0;
    QString updatedBy;
    QString updatedUtc;
};

// The sampling master data of a station (table sampling_master_data). Every change is one
// RecordTransaction: the rows and a MasterDataChanged event per item (entity, id, version,
// old and new content, who, why). A new variant also gets its initial qualification
// state (a VariantStateChanged event from "None").
class MasterDataStore {
public:
    explicit MasterDataStore(record::Journal& journal);

    // Adds the document's items; an item whose id exists is left alone when its content
    // is identical, replaced when `replace` is set (a reason is then required), refused
    // otherwise. Everything is cross-checked against the stored data first; all problems
    // are thrown together (SamplingError Invalid/Conflict with details), nothing is
    // written unless everything is fine. The actor needs ManageMasterData.
    std::vector<MasterDataChange> apply(const security::User& actor, const MasterDataDocument& doc,
                                        bool replace, const QString& reason);
    // The same inside `txn`, for a change already authorised elsewhere (central master
    // data, sync kind "sampling": actor "central"). `origin` is added to every
    // MasterDataChanged payload (e.g. the central change_seq). Throws SamplingError before
    // writing anything; commits nothing (the caller owns the transaction).
    static std::vector<MasterDataChange> applyWithin(record::RecordTransaction& txn,
                                                     const QString& actorId,
                                                     const MasterDataDocument& doc, bool replace,
                                                     const QString& reason,
                                                     const QJsonObject& origin = {});

    MasterDataSet load() const;
    // The same inside a transaction (reads through `db`).
    static MasterDataSet load(store::Database& db);
    std::optional<MasterDataVersion> version(const QString& entity, const QString& id) const;

private:
    record::Journal& journal_;
};

QString entityName(EntityKind kind);

}  // namespace batch::sampling
