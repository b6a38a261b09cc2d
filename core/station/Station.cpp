#include "station/Station.h"

#include "store/Migrations.h"
#include "sync/SyncState.h"

#include <QFile>

namespace batch {

Station::Station(store::Database db, record::Clock clock)
    : db_(std::move(db)), journal_(db_, std::move(clock)), users_(journal_),
      signatures_(journal_, users_), mbrs_(journal_, signatures_),
      batches_(journal_, users_, signatures_, mbrs_) {
    // A station out of contact with the central database for longer than its configured
    // limit refuses signatures (docs/sync.md §Offline limit): centrally disabled users
    // must not keep signing at a station that never hears of it.
    signatures_.setSigningGate(
        [this] { return sync::offlineSigningRefusal(db_, journal_.nowMs()); });
}

std::unique_ptr<Station> Station::open(const QString& dbPath, const QByteArray& passphrase,
                                       record::Clock clock) {
    store::Database db = store::Database::open(dbPath, passphrase, store::OpenMode::OpenExisting);
    store::migrate(db);
    return std::unique_ptr<Station>(new Station(std::move(db), std::move(clock)));
}

std::unique_ptr<Station> Station::create(const QString& dbPath, const QByteArray& passphrase,
                                         const QString& stationId, const QString& adminId,
                                         const QString& adminName, const QString& adminPassword,
                                         record::Clock clock) {
    // Refuses an existing file before anything else, so the cleanup below only ever
    // removes a file this call created.
    store::Database db = store::Database::open(dbPath, passphrase, store::OpenMode::CreateNew);
    std::unique_ptr<Station> station;
    try {
        store::migrate(db);
        record::Journal::initializeStation(db, stationId, clock);
        station.reset(new Station(std::move(db), clock));
        station->journal_.appendOne({record::types::kStationInitialized, adminId,
                                     QJsonObject{{QStringLiteral("station_id"), stationId}}});
        station->users_.createInitialAdmin(adminId, adminName, adminPassword);
        return station;
    } catch (...) {
        station.reset();
        db.close();
        QFile::remove(dbPath);
        QFile::remove(dbPath + QStringLiteral("-wal"));
        QFile::remove(dbPath + QStringLiteral("-shm"));
        throw;
    }
}

}  // namespace batch
