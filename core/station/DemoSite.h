#pragma once

// The master data of the demo site: the released material lots that the demo MBRs'
// scan steps expect and the production equipment their equipment checks name
// (resources/mbr/*.json, resources/scripts/*.batch). Used by demo mode
// (`batchstation --demo`) and by the tests that run the demo batches, so that both run
// against exactly the same site. Balances are instruments as well as equipment: their
// instrument master entries come from devices/demo (DemoInstruments).
#include "station/Station.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace batch::demo {

// The simulated balances of demo mode and of the demo-batch tests, one per protocol (the
// demo MBRs weigh on their classes). Masses are decimal texts in `unit`.
struct DemoBalance {
    QString id;
    QString protocol;  // instrument connection protocol: "mt-sics", "sbi", "and"
    QString serialNumber;
    QString model;
    QString instrumentClass;
    QString unit;
    QString capacity;
    QString readability;
    QString minimumWeight;
};
//   BAL-300-01  MT-SICS  300 kg, d = 10 g       class BAL-300KG
//   BAL-6K-02   SBI      6.2 kg, d = 0.1 g      class BAL-6KG
//   BAL-ANA-01  A&D      220 g in mg, d = 0.1 mg  class BAL-ANA
QList<DemoBalance> demoBalances();

// Adds what is missing: each material, its lot (received by `admin`, released by `qa`,
// expiry 2099-12-31) and each unit of equipment (clean-hold 72 h, calibrated where it
// needs it). Idempotent: existing ids are left as they are.
void addDemoMasterData(Station& station, const security::User& admin, const security::User& qa);

// The equipment ids one demo MBR checks ("MBR-TAB-500", "MBR-OND-2ML"); empty if unknown.
QStringList demoEquipmentOf(const QString& mbrId);

// Cleans the demo equipment of `mbrId` that a previous batch left dirty, as `by`.
void cleanDemoEquipment(Station& station, const security::User& by, const QString& mbrId);

}  // namespace batch::demo
