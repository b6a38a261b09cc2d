#pragma once

#include "status/SyncStatus.h"
#include "sync/SyncWorker.h"

namespace batch::ui {

// The status bar's sync state from the station's sync worker (core/sync): connect the
// worker's statusChanged() to update(). Before the first report: "connecting" (offline
// with what is known), never a made-up "online".
class WorkerSyncStatus : public SyncStatusSource {
    Q_OBJECT
public:
    using SyncStatusSource::SyncStatusSource;
    SyncState current() const override { return state_; }

public Q_SLOTS:
    void update(const batch::sync::SyncStatus& status);

private:
    SyncState state_{SyncState::Kind::Offline, 0, {}, {}};
};

}  // namespace batch::ui
