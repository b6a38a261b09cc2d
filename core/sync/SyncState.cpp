#include "sync/SyncState.h"

#include "record/Event.h"

#include <QCoreApplication>

namespace batch::sync {
namespace {

// Runs `body` in the caller's transaction, or in its own when none is open.
template <typename Body>
void inTransaction(store::Database& db, Body&& body) {
    if (db.inTransaction()) {
        body();
        return;
    }
    store::Transaction txn(db);
    body();
    txn.commit();
}

}  // namespace

SyncState loadSyncState(store::Database& db) {
    store::Statement st = db.prepare(
        "SELECT watermark, checkpoint_rowid, master_cursor, last_success_ms, last_offset_ms, "
        "offline_limit_s, clock_bound_ms, central FROM sync_state WHERE id = 1");
    SyncState s;
    if (!st.step())
        return s;
    s.watermark = st.int64(0);
    s.checkpointRowid = st.int64(1);
    s.masterCursor = st.int64(2);
    if (!st.isNull(3))
        s.lastSuccessMs = st.int64(3);
    if (!st.isNull(4))
        s.lastOffsetMs = st.int64(4);
    s.offlineLimitSeconds = st.int64(5);
    s.clockBoundMs = st.int64(6);
    s.central = st.text(7);
    return s;
}

void storeWatermark(store::Database& db, std::int64_t watermark, std::int64_t checkpointRowid) {
    inTransaction(db, [&] {
        db.prepare("UPDATE sync_state SET watermark = ?, checkpoint_rowid = ? WHERE id = 1")
            .bind(1, watermark)
            .bind(2, checkpointRowid)
            .run();
    });
}

void storeExchange(store::Database& db, std::int64_t successMs, std::int64_t offsetMs,
                   const QString& central) {
    inTransaction(db, [&] {
        db.prepare(
              "UPDATE sync_state SET last_success_ms = ?, last_offset_ms = ?, central = ? "
              "WHERE id = 1")
            .bind(1, successMs)
            .bind(2, offsetMs)
            .bind(3, central)
            .run();
    });
}

void storeMasterCursor(store::Database& db, std::int64_t cursor) {
    inTransaction(db, [&] {
        db.prepare("UPDATE sync_state SET master_cursor = ? WHERE id = 1").bind(1, cursor).run();
    });
}

QString offlineSigningRefusal(store::Database& db, std::int64_t nowMs) {
    const SyncState s = loadSyncState(db);
    if (s.offlineLimitSeconds <= 0)
        return {};
    if (!s.lastSuccessMs)
        return QCoreApplication::translate(
            "Sync",
            "This station has never synchronised with the central database; signatures are "
            "refused until it has.");
    const std::int64_t ageMs = nowMs - *s.lastSuccessMs;
    if (ageMs <= s.offlineLimitSeconds * 1000)
        return {};
    return QCoreApplication::translate(
               "Sync",
               "This station has not synchronised with the central database since %1 (limit: "
               "%2 minutes); signatures are refused until it has.")
        .arg(record::formatUtcMillis(*s.lastSuccessMs))
        .arg(s.offlineLimitSeconds / 60.0, 0, 'f', 1);
}

}  // namespace batch::sync
