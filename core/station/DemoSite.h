#pragma once

// The master data of the demo site: the released material lots that the demo MBRs'
// scan steps expect and the production equipment their equipment checks name
// (resources/mbr/*.json, resources/scripts/*.batch). Used by demo mode
// (`batchstation --demo`) and by the tests that run the demo batches, so that both run
// against exactly the same site. Balances are instruments as well as equipment: their
// instrument master entries come from devices/demo (DemoInstruments).
#include "station/Station.h"

#include <QStringList>

namespace batch::demo {

// Adds what is missing: each material, its lot (received by `admin`, released by `qa`,
// expiry 2099-12-31) and each unit of equipment (clean-hold 72 h, calibrated where it
// needs it). Idempotent: existing ids are left as they are.
void addDemoMasterData(Station& station, const security::User& admin, const security::User& qa);

// The equipment ids one demo MBR checks ("MBR-TAB-500", "MBR-OND-2ML"); empty if unknown.
QStringList demoEquipmentOf(const QString& mbrId);

// Cleans the demo equipment of `mbrId` that a previous batch left dirty, as `by`.
void cleanDemoEquipment(Station& station, const security::User& by, const QString& mbrId);

}  // namespace batch::demo
