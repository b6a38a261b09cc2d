// The demo station's MVA models: the MVA monitor needs an approved batch evolution model
// (and uses a soft sensor when one is approved). They go through the same change control
// as any model: imported as Draft by the administrator, approved by QA with a signature.
#include "DemoStore.h"

#include "log/Logging.h"
#include "mva/FluidBedModels.h"
#include "mva/ModelRepository.h"

#include <QJsonDocument>

#include <spdlog/spdlog.h>

namespace batch::app {

void addDemoMvaModels(Station& station) {
    mva::ModelRepository repo(station.journal(), station.signatures());
    const QString bemId = QStringLiteral("FBG-BEM");
    const QString softId = QStringLiteral("FBG-MOISTURE");
    if (!repo.list(bemId).empty())
        return;  // set up before (or managed by hand since): leave it alone
    const auto admin = station.users().find(QStringLiteral("admin"));
    if (!admin)
        return;
    auto log = logging::logger("batch.app");
    const mva::sim::FluidBedModels models = mva::sim::fitFluidBedModels(1, 20);
    const QString reason = QStringLiteral("demo station set-up");
    const QString password = QString::fromLatin1(DemoStore::kPassword);
    for (const auto& [id, json, what] :
         {std::tuple{bemId, models.bem, QStringLiteral("fluid-bed granulation BEM (simulated)")},
          std::tuple{softId, models.softSensor, QStringLiteral("granule moisture soft sensor")}}) {
        const mva::ModelVersionInfo v =
            repo.importDraft(*admin, id, QJsonDocument(json).toJson(), what, reason);
        repo.approve(id, v.version, QStringLiteral("qa1"), password, reason);
        log->info("demo MVA model {} approved", id.toStdString());
    }
}

}  // namespace batch::app
