#pragma once

#include "instruments/InstrumentRegistry.h"
#include "simulator/BalanceSimulator.h"
#include "transport/StationInstruments.h"

#include <QList>
#include <QObject>
#include <QString>
#include <QThread>

#include <memory>
#include <vector>

namespace batch::devices {

// The balances of demo mode (`batchstation --demo`, built by the composition root): one
// simulator per balance of the demo MBRs on a pseudo-terminal in `directory`, run on a
// thread of their own (a real balance is outside the program too, and the UI thread stays
// free), registered in the instrument master as *simulated* instruments with a valid
// calibration and today's passed daily check, and connected through the ordinary drivers
// (StationInstruments): the HMI weighs on them exactly as on real balances, and every
// weight recorded from them carries "simulated": true.
//
// The balances are core/station/DemoSite's demoBalances() (one per protocol), the same
// ones the demo-batch tests run their simulators for.
class DemoInstruments : public QObject {
    Q_OBJECT
public:
    // `directory` holds the pty links and must exist (a temporary directory is fine).
    explicit DemoInstruments(QString directory, BalanceClock clock = {}, QObject* parent = nullptr);
    ~DemoInstruments() override;

    // Starts the simulators. False with the reason when a pty cannot be made.
    bool startSimulators(QString* error);
    // Registers the demo balances in `master` (or brings an earlier registration up to
    // date: port, calibration, today's daily check), as `admin` (manage_master_data).
    void registerInMaster(instruments::InstrumentRegistry& master, const security::User& admin);
    // Connects the drivers to every connected instrument of the master (the demo balances
    // among them).
    QStringList connectDrivers(const instruments::InstrumentRegistry& master);

    // The demo operator's hand on a pan (thread-safe: runs on the simulators' thread).
    void load(const QString& instrumentId, double mass);
    QString portOf(const QString& instrumentId) const;

    StationInstruments& instruments() { return instruments_; }

private:
    void onSimulatorThread(const std::function<void()>& f);

    QString directory_;
    QThread thread_;
    QObject context_;                                                 // lives on thread_
    std::vector<std::unique_ptr<sim::BalanceSimulator>> simulators_;  // used on thread_ only
    StationInstruments instruments_;
};

}  // namespace batch::devices
