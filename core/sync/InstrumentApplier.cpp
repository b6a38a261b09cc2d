// Central instrument master (kind "instrument", key the instrument id): the site's
// decision about an instrument (identity, metrology, calibration, state) reaches every
// station; the station keeps how it is connected and its own daily checks.
#include "sync/MasterData.h"
#include "sync/SyncLog.h"

#include "instruments/InstrumentRegistry.h"
#include "record/CanonicalJson.h"

namespace batch::sync {
namespace {

using detail::key;

// The state of the central document applied before this one (the mirror still holds it:
// applyMasterChanges writes the new one after the applier).
std::optional<instruments::InstrumentState> previousCentralState(record::RecordTransaction& txn,
                                                                 const QString& id) {
    store::Statement st = txn.db().prepare(
        "SELECT doc FROM central_master_data WHERE kind = ? AND key = ? AND applied = 1");
    st.bind(1, instruments::kCentralInstrumentKind).bind(2, id);
    if (!st.step())
        return std::nullopt;
    try {
        const QJsonObject doc = record::decodeCanonicalObject(st.utf8(0));
        return instruments::instrumentStateFromName(doc.value(key("state")).toString());
    } catch (const record::CanonicalJsonError&) {
        return std::nullopt;
    }
}

class InstrumentApplier final : public MasterDataApplier {
public:
    QString kind() const override { return instruments::kCentralInstrumentKind; }

    void apply(record::RecordTransaction& txn, const MasterChange& change,
               const QJsonObject& doc) override {
        instruments::CentralInstrumentChange applied;
        try {
            const instruments::Instrument central = instruments::instrumentFromCentralDocument(doc);
            if (central.id != change.key)
                throw MasterDataRefusal(
                    QStringLiteral("the change key '%1' does not name instrument %2")
                        .arg(change.key, central.id));
            applied = instruments::applyCentralInstrument(txn, central,
                                                          previousCentralState(txn, change.key));
        } catch (const instruments::InstrumentError& e) {
            throw MasterDataRefusal(e.message());
        }
        QJsonObject payload = appliedPayload(change);
        payload.insert(key("entity"), QStringLiteral("instrument"));
        payload.insert(key("entity_id"), applied.after.id);
        payload.insert(key("change"), applied.created               ? QStringLiteral("registered")
                                      : applied.newValues.isEmpty() ? QStringLiteral("unchanged")
                                                                    : QStringLiteral("updated"));
        payload.insert(key("old"), applied.oldValues);
        payload.insert(key("new"), applied.newValues);
        payload.insert(key("version"), applied.after.version);
        if (applied.keptLocalOutOfService)
            payload.insert(key("kept_local_state"), QStringLiteral("out_of_service"));
        txn.append({types::kMasterDataApplied, QStringLiteral("system"), payload});
    }
};

}  // namespace

std::unique_ptr<MasterDataApplier> makeInstrumentApplier() {
    return std::make_unique<InstrumentApplier>();
}

}  // namespace batch::sync
