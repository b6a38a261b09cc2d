#pragma once

#include "instruments/BalanceLink.h"
#include "instruments/InstrumentHub.h"
#include "instruments/StationLinks.h"

#include <QList>
#include <QString>
#include <QTemporaryDir>

#include <memory>
#include <vector>

namespace batch {
class Station;
}
namespace batch::devices {
class DemoInstruments;
}

namespace batch::app {

// Demo mode's balances for the HMI: the devices' DemoInstruments (simulators on ptys,
// registered in the station's instrument master as simulated, calibrated instruments with
// today's daily check, connected through the ordinary drivers), a link of the HMI for
// each of them, and a demo pan so that the operator can "put material on the balance"
// from the weigh panel.
class DemoBalances {
public:
    DemoBalances();
    ~DemoBalances();

    // Starts the simulators, registers them in the instrument master (as the station's
    // administrator) and connects to them; false with the reason.
    bool start(Station& station, QString* error);
    void registerWith(ui::InstrumentHub& hub);
    QList<ui::BalanceLink*> links() const { return links_.links(); }

private:
    class Pan;

    QTemporaryDir dir_;
    Station* station_ = nullptr;
    std::unique_ptr<devices::DemoInstruments> instruments_;
    std::vector<std::unique_ptr<Pan>> pans_;
    ui::StationLinks links_;
};

}  // namespace batch::app
