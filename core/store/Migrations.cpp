#include "store/Migrations.h"

#include "log/Logging.h"

#include <spdlog/spdlog.h>

#include <array>
#include <string>

namespace batch::store {
namespace {

struct Migration {
    int version;
    const char* sql;
};

// Numbered, append-only: a released migration is never edited, only followed by a new one.
constexpr std::array kMigrations{
    Migration{1, R"sql(
CREATE TABLE station (
    station_id   TEXT PRIMARY KEY NOT NULL CHECK (length(station_id) BETWEEN 1 AND 64),
    is_local     INTEGER NOT NULL CHECK (is_local IN (0, 1)),
    public_key   TEXT NOT NULL,
    private_key  BLOB,
    created_utc  TEXT NOT NULL
);
CREATE UNIQUE INDEX station_one_local ON station(is_local) WHERE is_local = 1;

-- The batch record, the audit trail and the sync outbox: one append-only log.
CREATE TABLE events (
    station_id  TEXT NOT NULL,
    seq         INTEGER NOT NULL CHECK (seq >= 1),
    event_id    TEXT NOT NULL,
    type        TEXT NOT NULL,
    user_id     TEXT NOT NULL,
    ts_utc      TEXT NOT NULL,
    payload     TEXT NOT NULL,
    prev_hash   TEXT NOT NULL,
    row_hash    TEXT NOT NULL,
    row_seal    TEXT,
    PRIMARY KEY (station_id, seq)
);
CREATE TRIGGER events_refuse_update BEFORE UPDATE ON events
BEGIN SELECT RAISE(ABORT, 'events are append-only: UPDATE refused'); END;
CREATE TRIGGER events_refuse_delete BEFORE DELETE ON events
BEGIN SELECT RAISE(ABORT, 'events are append-only: DELETE refused'); END;

-- The sealed head of each station's chain, rewritten in every appending transaction,
-- so that a deleted tail is detected.
CREATE TABLE station_head (
    station_id  TEXT PRIMARY KEY NOT NULL,
    seq         INTEGER NOT NULL,
    row_hash    TEXT NOT NULL,
    seal        TEXT NOT NULL
);

-- Ed25519-signed checkpoints of a station's head (every 1,000 events and on demand).
CREATE TABLE checkpoints (
    station_id  TEXT NOT NULL,
    seq         INTEGER NOT NULL,
    head_hash   TEXT NOT NULL,
    ts_utc      TEXT NOT NULL,
    signature   TEXT NOT NULL,
    PRIMARY KEY (station_id, seq)
);
CREATE TRIGGER checkpoints_refuse_update BEFORE UPDATE ON checkpoints
BEGIN SELECT RAISE(ABORT, 'checkpoints are append-only: UPDATE refused'); END;
CREATE TRIGGER checkpoints_refuse_delete BEFORE DELETE ON checkpoints
BEGIN SELECT RAISE(ABORT, 'checkpoints are append-only: DELETE refused'); END;

-- Users: a user id is never deleted, so it can never be reused.
CREATE TABLE users (
    user_id               TEXT PRIMARY KEY NOT NULL,
    full_name             TEXT NOT NULL,
    roles                 TEXT NOT NULL,
    password_hash         TEXT NOT NULL,
    must_change_password  INTEGER NOT NULL DEFAULT 1,
    failed_attempts       INTEGER NOT NULL DEFAULT 0,
    locked                INTEGER NOT NULL DEFAULT 0,
    disabled              INTEGER NOT NULL DEFAULT 0,
    created_utc           TEXT NOT NULL,
    password_changed_utc  TEXT NOT NULL
);
CREATE TRIGGER users_refuse_delete BEFORE DELETE ON users
BEGIN SELECT RAISE(ABORT, 'user ids are never deleted or reused; disable the user instead'); END;
CREATE TRIGGER users_refuse_rename BEFORE UPDATE OF user_id ON users
BEGIN SELECT RAISE(ABORT, 'a user id cannot be changed'); END;

CREATE TABLE password_history (
    user_id        TEXT NOT NULL REFERENCES users(user_id),
    password_hash  TEXT NOT NULL,
    set_utc        TEXT NOT NULL
);
CREATE INDEX password_history_user ON password_history(user_id);

CREATE TABLE settings (
    key    TEXT PRIMARY KEY NOT NULL,
    value  TEXT NOT NULL
);
)sql"},
    // Master batch records (core/model/MbrRepository): one row per MBR version, its
    // lifecycle status a projection of the Mbr* events written in the same transaction.
    // The imported content and its hash never change once written.
    Migration{2, R"sql(
CREATE TABLE mbr_versions (
    mbr_id           TEXT NOT NULL,
    version          TEXT NOT NULL,
    version_major    INTEGER NOT NULL,
    version_minor    INTEGER NOT NULL,
    status           TEXT NOT NULL CHECK (status IN ('Draft', 'InReview', 'Approved',
                                                     'Effective', 'Superseded', 'Retired')),
    title            TEXT NOT NULL,
    product_code     TEXT NOT NULL,
    content          TEXT NOT NULL,
    content_hash     TEXT NOT NULL,
    imported_by      TEXT NOT NULL,
    imported_utc     TEXT NOT NULL,
    submitted_by     TEXT,
    submitted_station TEXT,
    submitted_seq    INTEGER,
    author_id        TEXT,
    approver_id      TEXT,
    status_utc       TEXT NOT NULL,
    PRIMARY KEY (mbr_id, version)
);
CREATE UNIQUE INDEX mbr_versions_one_effective ON mbr_versions(mbr_id) WHERE status = 'Effective';
CREATE TRIGGER mbr_versions_refuse_delete BEFORE DELETE ON mbr_versions
BEGIN SELECT RAISE(ABORT, 'MBR versions are never deleted; retire them instead'); END;
CREATE TRIGGER mbr_versions_content_immutable
BEFORE UPDATE OF mbr_id, version, content, content_hash, imported_by, imported_utc ON mbr_versions
BEGIN SELECT RAISE(ABORT, 'the content of an MBR version cannot change; import a new version'); END;
)sql"},
    // Batch execution (core/exec): the identity of each batch (unique id, bound MBR
    // version) with a cached status, and the index from a batch to its events so that a
    // projection replays only its own events. Both are written in the RecordTransaction
    // of the events they describe; the events stay the truth.
    Migration{3, R"sql(
CREATE TABLE batches (
    batch_id     TEXT PRIMARY KEY NOT NULL,
    mbr_id       TEXT NOT NULL,
    mbr_version  TEXT NOT NULL,
    batch_size   TEXT NOT NULL,
    batch_unit   TEXT NOT NULL,
    status       TEXT NOT NULL CHECK (status IN ('running', 'on_hold', 'finished')),
    started_by   TEXT NOT NULL,
    started_utc  TEXT NOT NULL
);
CREATE TRIGGER batches_refuse_delete BEFORE DELETE ON batches
BEGIN SELECT RAISE(ABORT, 'batches are never deleted'); END;
CREATE TRIGGER batches_identity_immutable
BEFORE UPDATE OF batch_id, mbr_id, mbr_version, batch_size, batch_unit ON batches
BEGIN SELECT RAISE(ABORT, 'the identity of a batch cannot change'); END;
CREATE TABLE batch_events (
    batch_id    TEXT NOT NULL,
    station_id  TEXT NOT NULL,
    seq         INTEGER NOT NULL,
    PRIMARY KEY (batch_id, station_id, seq)
) WITHOUT ROWID;
CREATE TRIGGER batch_events_refuse_update BEFORE UPDATE ON batch_events
BEGIN SELECT RAISE(ABORT, 'batch_events is append-only'); END;
CREATE TRIGGER batch_events_refuse_delete BEFORE DELETE ON batch_events
BEGIN SELECT RAISE(ABORT, 'batch_events is append-only'); END;
)sql"},
    // Central sync (core/sync, docs/sync.md): where this station stands with the central
    // database. sync_state is a cache of the server's answers (the server is the truth
    // for its watermark); central_master_data mirrors every pulled master-data document,
    // written in the same RecordTransaction as the MasterDataApplied event it caused.
    Migration{8, R"sql(
CREATE TABLE sync_state (
    id                 INTEGER PRIMARY KEY NOT NULL CHECK (id = 1),
    watermark          INTEGER NOT NULL DEFAULT 0,
    checkpoint_rowid   INTEGER NOT NULL DEFAULT 0,
    master_cursor      INTEGER NOT NULL DEFAULT 0,
    last_success_ms    INTEGER,
    last_offset_ms     INTEGER,
    offline_limit_s    INTEGER NOT NULL DEFAULT 0 CHECK (offline_limit_s >= 0),
    clock_bound_ms     INTEGER NOT NULL DEFAULT 0 CHECK (clock_bound_ms >= 0),
    central            TEXT NOT NULL DEFAULT ''
);
INSERT INTO sync_state(id) VALUES (1);
CREATE TRIGGER sync_state_refuse_delete BEFORE DELETE ON sync_state
BEGIN SELECT RAISE(ABORT, 'sync_state is never deleted'); END;
CREATE TABLE central_master_data (
    kind        TEXT NOT NULL,
    key         TEXT NOT NULL,
    change_seq  INTEGER NOT NULL,
    doc         TEXT NOT NULL,
    applied     INTEGER NOT NULL CHECK (applied IN (0, 1)),
    PRIMARY KEY (kind, key)
);
)sql"},
    // MVA models (core/mva/ModelRepository): master data under change control. One row
    // per imported version; its status is a projection of the MvaModel* events written in
    // the same transaction. Content and hash never change once written.
    Migration{9, R"sql(
CREATE TABLE mva_models (
    model_id          TEXT NOT NULL,
    version           INTEGER NOT NULL CHECK (version >= 1),
    kind              TEXT NOT NULL CHECK (kind IN ('pca', 'pls', 'bem', 'blm')),
    status            TEXT NOT NULL CHECK (status IN ('Draft', 'Approved', 'Superseded', 'Retired')),
    content           TEXT NOT NULL,
    content_hash      TEXT NOT NULL,
    description       TEXT NOT NULL,
    imported_by       TEXT NOT NULL,
    imported_utc      TEXT NOT NULL,
    import_station    TEXT NOT NULL,
    import_seq        INTEGER NOT NULL,
    approver_id       TEXT,
    approved_utc      TEXT,
    approval_station  TEXT,
    approval_seq      INTEGER,
    status_utc        TEXT NOT NULL,
    PRIMARY KEY (model_id, version)
);
CREATE UNIQUE INDEX mva_models_one_approved ON mva_models(model_id) WHERE status = 'Approved';
CREATE TRIGGER mva_models_refuse_delete BEFORE DELETE ON mva_models
BEGIN SELECT RAISE(ABORT, 'MVA model versions are never deleted; retire them instead'); END;
CREATE TRIGGER mva_models_content_immutable
BEFORE UPDATE OF model_id, version, kind, content, content_hash, imported_by, imported_utc,
                 import_station, import_seq ON mva_models
BEGIN SELECT RAISE(ABORT, 'the content of an MVA model version cannot change; import a new version'); END;
)sql"},
    // MVA observations (core/mva/ObservationStore, docs/mva.md §21): what online
    // monitoring scored, per batch and model, so that the review of a finished batch shows
    // its charts. High volume, so a side table and not events: each row is hash-chained
    // from the MvaMonitoringStarted event's row hash, and MvaObservationsSealed records the
    // count and the final digest in the event log at batch end. Both tables are
    // append-only; a run's seal is written once.
    Migration{12, R"sql(
CREATE TABLE mva_runs (
    run_id              INTEGER PRIMARY KEY NOT NULL,
    batch_id            TEXT NOT NULL CHECK (length(batch_id) BETWEEN 1 AND 128),
    model_id            TEXT NOT NULL,
    model_version       INTEGER NOT NULL CHECK (model_version >= 1),
    model_hash          TEXT NOT NULL,
    soft_model_id       TEXT,
    soft_model_version  INTEGER,
    soft_model_hash     TEXT,
    columns             TEXT NOT NULL,
    started_station     TEXT NOT NULL,
    started_seq         INTEGER NOT NULL,
    started_utc         TEXT NOT NULL,
    sealed_station      TEXT,
    sealed_seq          INTEGER,
    UNIQUE (batch_id, model_id)
);
CREATE TRIGGER mva_runs_refuse_delete BEFORE DELETE ON mva_runs
BEGIN SELECT RAISE(ABORT, 'mva_runs is append-only'); END;
CREATE TRIGGER mva_runs_seal_once BEFORE UPDATE ON mva_runs
WHEN OLD.sealed_seq IS NOT NULL OR NEW.run_id IS NOT OLD.run_id
  OR NEW.batch_id IS NOT OLD.batch_id OR NEW.model_id IS NOT OLD.model_id
  OR NEW.model_version IS NOT OLD.model_version OR NEW.model_hash IS NOT OLD.model_hash
  OR NEW.soft_model_id IS NOT OLD.soft_model_id
  OR NEW.soft_model_version IS NOT OLD.soft_model_version
  OR NEW.soft_model_hash IS NOT OLD.soft_model_hash OR NEW.columns IS NOT OLD.columns
  OR NEW.started_station IS NOT OLD.started_station OR NEW.started_seq IS NOT OLD.started_seq
  OR NEW.started_utc IS NOT OLD.started_utc
BEGIN SELECT RAISE(ABORT, 'an MVA monitoring run changes only once, when it is sealed'); END;
CREATE TABLE mva_observations (
    run_id    INTEGER NOT NULL REFERENCES mva_runs(run_id),
    idx       INTEGER NOT NULL CHECK (idx >= 0),
    maturity  REAL NOT NULL,
    vals      BLOB NOT NULL,
    row_hash  BLOB NOT NULL CHECK (length(row_hash) = 32),
    PRIMARY KEY (run_id, idx)
) WITHOUT ROWID;
CREATE TRIGGER mva_observations_refuse_update BEFORE UPDATE ON mva_observations
BEGIN SELECT RAISE(ABORT, 'mva_observations is append-only'); END;
CREATE TRIGGER mva_observations_refuse_delete BEFORE DELETE ON mva_observations
BEGIN SELECT RAISE(ABORT, 'mva_observations is append-only'); END;
CREATE TRIGGER mva_observations_not_after_seal BEFORE INSERT ON mva_observations
WHEN (SELECT sealed_seq FROM mva_runs WHERE run_id = NEW.run_id) IS NOT NULL
BEGIN SELECT RAISE(ABORT, 'the MVA monitoring run is sealed'); END;
)sql"},
};

auto log() {
    static auto l = logging::logger("batch.core.store");
    return l;
}

int currentVersion(Database& db) {
    Statement st = db.prepare("PRAGMA user_version;");
    st.step();
    return static_cast<int>(st.int64(0));
}

}  // namespace

int latestSchemaVersion() { return kMigrations.back().version; }

int migrate(Database& db) {
    int version = currentVersion(db);
    if (version > latestSchemaVersion())
        throw StoreError(StoreErrorKind::Schema, 0,
                         "database schema " + std::to_string(version) +
                             " is newer than this build understands (" +
                             std::to_string(latestSchemaVersion()) + ")");
    for (const Migration& m : kMigrations) {
        if (m.version <= version)
            continue;
        Transaction txn(db);
        db.exec(m.sql);
        db.exec(("PRAGMA user_version = " + std::to_string(m.version) + ";").c_str());
        txn.commit();
        version = m.version;
        log()->info("schema migrated to {}", version);
    }
    return version;
}

}  // namespace batch::store
