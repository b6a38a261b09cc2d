#pragma once

#include <QObject>
#include <QString>

namespace batch::ui {

// What the status bar says about the upload of this station's record to the central
// database. The sync worker (core/sync) provides a source once it exists; until then
// the station shows "not configured", never a made-up "online".
struct SyncState {
    enum class Kind { NotConfigured, Online, Offline, Syncing };
    Kind kind = Kind::NotConfigured;
    qint64 eventsWaiting = 0;  // events recorded here and not yet acknowledged centrally
    QString lastSyncUtc;       // ISO-8601 UTC of the last successful upload, if any
    QString detail;            // e.g. the server's error, in the sync worker's words
    qint64 clockOffsetMs = 0;  // non-zero: the station clock is off by more than allowed
};

class SyncStatusSource : public QObject {
    Q_OBJECT
public:
    using QObject::QObject;
    virtual SyncState current() const = 0;

Q_SIGNALS:
    void changed();
};

// The source used while no central database is configured for the station.
class NotConfiguredSync : public SyncStatusSource {
    Q_OBJECT
public:
    using SyncStatusSource::SyncStatusSource;
    SyncState current() const override { return {}; }
};

}  // namespace batch::ui
