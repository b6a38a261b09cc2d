#pragma once

#include "instruments/BalanceLink.h"
#include "instruments/InstrumentHub.h"

#include <QObject>
#include <QTemporaryDir>
#include <QThread>

#include <memory>
#include <vector>

namespace batch::devices {
class BalanceConnection;
}
namespace batch::devices::sim {
class BalanceSimulator;
}

namespace batch::app {

// Demo mode only: simulated MT-SICS balances, one for each balance class the demo MBRs
// weigh on, running in this process on a thread of their own and reached through real
// pseudo-terminals by the ordinary BalanceConnection - so the demo exercises the same
// transport as a real station. Each comes with a SimulatedPan for the weigh panel.
// (A DemoInstruments helper in devices/ is planned; this class is the stand-in until
// it lands.)
class DemoBalances {
public:
    struct Spec {
        QString id;
        QString equipmentClass;
        QString description;
        QString serialNumber;
        double capacity;
        double readability;
        int decimals;
        QString unit;
    };
    static std::vector<Spec> defaultSpecs();

    DemoBalances();
    ~DemoBalances();

    // Starts the simulators and connects to them; returns false with a reason.
    bool start(const std::vector<Spec>& specs, QString* error);
    void registerWith(ui::InstrumentHub& hub);
    QList<ui::BalanceLink*> links() const;

private:
    class Pan;
    struct Balance;

    QTemporaryDir dir_;
    QThread thread_;
    QObject* host_ = nullptr;  // lives on thread_: the simulators' parent
    std::vector<std::unique_ptr<Balance>> balances_;
};

}  // namespace batch::app
