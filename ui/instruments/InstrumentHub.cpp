#include "instruments/InstrumentHub.h"

namespace batch::ui {

void InstrumentHub::add(BalanceLink* link, SimulatedPan* pan) {
    entries_.append({link, pan});
    connect(link, &BalanceLink::stateChanged, this, &InstrumentHub::statesChanged);
    Q_EMIT statesChanged();
}

QList<InstrumentHub::Entry> InstrumentHub::forClass(const QString& equipmentClass) const {
    QList<Entry> out;
    for (const Entry& e : entries_)
        if (e.link->info().equipmentClass == equipmentClass)
            out.append(e);
    return out;
}

const InstrumentHub::Entry* InstrumentHub::find(const QString& instrumentId) const {
    for (const Entry& e : entries_)
        if (e.link->info().id == instrumentId)
            return &e;
    return nullptr;
}

}  // namespace batch::ui
