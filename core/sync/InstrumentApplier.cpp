// Central instrument master (kind "instrument", key the instrument id): the site's
// decision about an instrument (identity, metrology, calibration, state) reaches every
// station; the station keeps how it is connected and its own daily checks.
#include "sync/MasterData.h"
#include "sync/SyncLog.h"

#include "instruments/InstrumentRegistry.h"

namespace batch::sync {
namespace {

using detail::key;

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
            applied = instruments::applyCentralInstrument(txn, central);
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
        txn.append({types::kMasterDataApplied, QStringLiteral("system"), payload});
    }
};

}  // namespace

std::unique_ptr<MasterDataApplier> makeInstrumentApplier() {
    return std::make_unique<InstrumentApplier>();
}

}  // namespace batch::sync
