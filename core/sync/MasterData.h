#pragma once

#include "record/Journal.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <map>
#include <memory>
#include <stdexcept>
#include <vector>

namespace batch::sync {

// One central master-data change as pulled (batch.master_changes).
struct MasterChange {
    std::int64_t changeSeq = 0;
    QString kind;    // "users", "mbr", "instrument", "sampling", "mva_model"
    QString key;     // e.g. the user id, "MBR-ID@1.2"
    QByteArray doc;  // canonical JSON object: the entity's new central state
};

// Event types of applied master data (DESIGN.md §4: every applied change is an event).
namespace types {
inline const QString kMasterDataApplied = QStringLiteral("MasterDataApplied");
inline const QString kMasterDataRefused = QStringLiteral("MasterDataRefused");
inline const QString kClockOffsetExceeded = QStringLiteral("ClockOffsetExceeded");
}  // namespace types

// Thrown by an applier that refuses a document before it wrote anything: the change is
// recorded as MasterDataRefused and the cursor moves on. Any other exception aborts the
// whole pull (nothing applied, cursor unchanged).
class MasterDataRefusal : public std::runtime_error {
public:
    explicit MasterDataRefusal(const QString& why)
        : std::runtime_error(why.toStdString()), why_(why) {}
    const QString& why() const { return why_; }

private:
    QString why_;
};

// Applies one kind of master data to the local store. Contract: validate everything
// first (throw MasterDataRefusal), then write the projection tables through txn.db() and
// append the MasterDataApplied event through txn, so that both commit together.
class MasterDataApplier {
public:
    virtual ~MasterDataApplier() = default;
    virtual QString kind() const = 0;
    virtual void apply(record::RecordTransaction& txn, const MasterChange& change,
                       const QJsonObject& doc) = 0;
};

// One applier per kind: a new kind plugs in with add() at the composition root.
class MasterDataRegistry {
public:
    void add(std::unique_ptr<MasterDataApplier> applier);
    MasterDataApplier* find(const QString& kind) const;
    QStringList kinds() const;

private:
    std::map<QString, std::unique_ptr<MasterDataApplier>> appliers_;
};

// The appliers of this build: users (with their roles), master batch records, the
// instrument master (kind instruments::kCentralInstrumentKind), sampling master data and
// MVA models (sync/MvaModelMaster.h).
MasterDataRegistry defaultMasterDataAppliers();
std::unique_ptr<MasterDataApplier> makeUserApplier();
std::unique_ptr<MasterDataApplier> makeMbrApplier();
std::unique_ptr<MasterDataApplier> makeInstrumentApplier();
std::unique_ptr<MasterDataApplier> makeSamplingApplier();

// Sampling master data travels as whole documents (kind "sampling", key the document's
// name): {"name", "reason", "master_data": the document of docs/sampling.md}.
inline const QString kSamplingKind = QStringLiteral("sampling");
QJsonObject samplingDocument(const QString& name, const QJsonObject& masterData,
                             const QString& reason);
// Checks the envelope (fields, name matching the key, reason); returns the reason or
// throws MasterDataRefusal. The master data itself is checked by the sampling parser.
QString checkSamplingDocument(const QString& changeKey, const QJsonObject& doc);

struct ApplyOutcome {
    int applied = 0;
    int refused = 0;
    QStringList refusals;  // "kind key (change N): why"
};

// Applies `changes` (ascending change_seq) in ONE RecordTransaction: the mirror table
// central_master_data, every applier's writes and events, and the new master cursor.
ApplyOutcome applyMasterChanges(record::Journal& journal, const MasterDataRegistry& registry,
                                const std::vector<MasterChange>& changes);

// The payload fields every MasterDataApplied event starts with.
QJsonObject appliedPayload(const MasterChange& change);

}  // namespace batch::sync
