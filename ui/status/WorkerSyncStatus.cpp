#include "status/WorkerSyncStatus.h"

namespace batch::ui {

void WorkerSyncStatus::update(const sync::SyncStatus& s) {
    state_.kind = s.online ? (s.waiting > 0 ? SyncState::Kind::Syncing : SyncState::Kind::Online)
                           : SyncState::Kind::Offline;
    state_.eventsWaiting = s.waiting;
    state_.lastSyncUtc = s.lastSuccessUtc;
    state_.detail = s.lastError.section(QLatin1Char('\n'), 0, 0);
    state_.clockOffsetMs = s.clockOffsetExceeded ? s.clockOffsetMs : 0;
    Q_EMIT changed();
}

}  // namespace batch::ui
