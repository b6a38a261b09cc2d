#pragma once

#include "instruments/BalanceLink.h"
#include "instruments/InstrumentHub.h"

#include <QList>

#include <functional>
#include <memory>
#include <vector>

namespace batch::devices {
class StationInstruments;
}
namespace batch::instruments {
class InstrumentRegistry;
}

namespace batch::ui {

// The HMI's links to the balances a station connected (devices::StationInstruments, one
// transport per connected instrument of the instrument master), with the identity and
// calibration state from the master, added to the hub. Owns the links; the connections
// belong to StationInstruments, which must outlive this.
class StationLinks {
public:
    // Builds a link for every balance `connected` has a connection for. `pan`, when set,
    // gives the demo pan of an instrument (null for a real one).
    void build(devices::StationInstruments& connected,
               const instruments::InstrumentRegistry& master, InstrumentHub& hub,
               devices::BalanceClock clock,
               const std::function<SimulatedPan*(const QString& id)>& pan = {});
    QList<BalanceLink*> links() const;

private:
    std::vector<std::unique_ptr<BalanceLink>> links_;
};

}  // namespace batch::ui
