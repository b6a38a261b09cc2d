#pragma once

#include "station/Station.h"

#include <QString>

#include <memory>

namespace batch::app {

// The demo station: an encrypted store with a generated key in `directory`, station id
// DEMO01 and one user per role, all with the documented demo password. Created on the
// first start (the only time passwords are hashed at start-up); opened afterwards.
struct DemoStore {
    static constexpr const char* kStationId = "DEMO01";
    static constexpr const char* kPassword = "Demo-Pass-2026";

    QString dbPath;
    QByteArray passphrase;
    std::unique_ptr<Station> station;

    // Throws store::StoreError or security::SecurityError.
    static DemoStore openOrCreate(const QString& directory);
};

// The MVA monitor's models on a demo station (DemoMva.cpp): fitted to simulated fluid-bed
// batches, imported by admin and approved by qa1 with real signatures, once.
void addDemoMvaModels(Station& station);

}  // namespace batch::app
