#include "instruments/StationLinks.h"

#include "instruments/InstrumentRegistry.h"
#include "transport/StationInstruments.h"

namespace batch::ui {

void StationLinks::build(devices::StationInstruments& connected,
                         const instruments::InstrumentRegistry& master, InstrumentHub& hub,
                         devices::BalanceClock clock,
                         const std::function<SimulatedPan*(const QString& id)>& pan) {
    const QDate today = master.today();
    for (const QString& id : connected.ids()) {
        devices::BalanceConnection* connection = connected.balance(id);
        const std::optional<instruments::Instrument> entry = master.find(id);
        if (!connection || !entry)
            continue;  // HID scales have no tare/zero keys of ours yet
        auto link = std::make_unique<ConnectionBalanceLink>(instrumentInfoOf(*entry, today),
                                                            *connection, clock);
        hub.add(link.get(), pan ? pan(id) : nullptr);
        links_.push_back(std::move(link));
    }
}

QList<BalanceLink*> StationLinks::links() const {
    QList<BalanceLink*> out;
    for (const auto& l : links_) out << l.get();
    return out;
}

}  // namespace batch::ui
