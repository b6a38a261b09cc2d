#pragma once

#include "station/Station.h"

#include <QList>
#include <QString>

#include <memory>

namespace batch::app {

// The demo station: an encrypted store with a generated key in `directory`, station id
// DEMO01, one user per role (two operators), all with the documented demo password, and
// the demo master batch records (resources/mbr) imported, approved by four eyes and made
// effective. Created on the first start (the only time passwords are hashed at
// start-up); opened afterwards, completing whatever an interrupted first start left out.
struct DemoStore {
    static constexpr const char* kStationId = "DEMO01";
    static constexpr const char* kPassword = "Demo-Pass-2026";

    struct DemoUser {
        const char* id;
        const char* name;
        const char* role;  // security::roleName spelling
    };
    // Every demo user (admin first), for the console and the login screen in demo mode.
    static QList<DemoUser> users();

    QString dbPath;
    QByteArray passphrase;
    std::unique_ptr<Station> station;

    // Throws store::StoreError, security::SecurityError or model::MbrError. Tests pass a
    // clock of their own (timers of the demo MBRs last minutes).
    static DemoStore openOrCreate(const QString& directory,
                                  record::Clock clock = record::systemClock());
};

// The MVA monitor's models on a demo station (DemoMva.cpp): fitted to simulated fluid-bed
// batches, imported by admin and approved by qa1 with real signatures, once.
void addDemoMvaModels(Station& station);

}  // namespace batch::app
