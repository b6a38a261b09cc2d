#pragma once

// The store side of the `batchctl mva ...` commands: the opened store with its model
// repository, and core/mva refusals turned into exit 1 with their message.
#include "Cli.h"
#include "StoreAccess.h"

#include "mva/AlarmLog.h"
#include "mva/ModelRepository.h"
#include "mva/MvaError.h"
#include "mva/ObservationStore.h"

namespace batch::cli {

template <typename Body>
int withModels(const StoreLocation& where, Body&& body) {
    return withStation(where, [&](Station& station) {
        mva::ModelRepository repo(station.journal(), station.signatures());
        try {
            return body(station, repo);
        } catch (const mva::ModelRepositoryError& e) {
            failure(QStringLiteral("refused: %1").arg(e.message()));
        } catch (const mva::AlarmLogError& e) {
            failure(QStringLiteral("refused: %1").arg(e.message()));
        } catch (const mva::ObservationStoreError& e) {
            failure(QStringLiteral("refused: %1").arg(e.message()));
        } catch (const mva::MvaError& e) {
            failure(QStringLiteral("refused: %1").arg(QString::fromStdString(e.what())));
        }
    });
}

}  // namespace batch::cli
