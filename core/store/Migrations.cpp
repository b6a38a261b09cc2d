#include "store/Migrations.h"

#include "store/StoreLog.h"

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
    // The instrument master (core/instruments): one row per instrument, a projection of
    // its MasterDataChanged events, written in the same RecordTransaction. Ids are never
    // deleted or reused; whether an instrument is a simulator is fixed at registration.
    Migration{4, R"sql(
CREATE TABLE instruments (
    instrument_id            TEXT PRIMARY KEY NOT NULL,
    type                     TEXT NOT NULL,
    model                    TEXT NOT NULL,
    serial_number            TEXT NOT NULL,
    instrument_class         TEXT NOT NULL,
    location                 TEXT NOT NULL,
    unit                     TEXT NOT NULL,
    capacity                 TEXT NOT NULL,
    readability              TEXT NOT NULL,
    minimum_weight           TEXT NOT NULL,
    calibrated_on            TEXT,
    calibration_due          TEXT,
    calibration_certificate  TEXT NOT NULL,
    daily_check_date         TEXT,
    daily_check_result       TEXT CHECK (daily_check_result IN ('pass', 'fail')),
    daily_check_by           TEXT,
    daily_check_note         TEXT,
    daily_check_utc          TEXT,
    state                    TEXT NOT NULL CHECK (state IN ('in_service', 'out_of_service',
                                                            'retired')),
    connection               TEXT NOT NULL,
    simulated                INTEGER NOT NULL CHECK (simulated IN (0, 1)),
    version                  INTEGER NOT NULL CHECK (version >= 1),
    created_utc              TEXT NOT NULL,
    updated_utc              TEXT NOT NULL
);
CREATE INDEX instruments_class ON instruments(instrument_class);
CREATE TRIGGER instruments_refuse_delete BEFORE DELETE ON instruments
BEGIN SELECT RAISE(ABORT, 'instruments are never deleted; retire them instead'); END;
CREATE TRIGGER instruments_identity_immutable
BEFORE UPDATE OF instrument_id, simulated, created_utc ON instruments
BEGIN SELECT RAISE(ABORT, 'the identity of an instrument cannot change'); END;
CREATE TRIGGER instruments_version_increases BEFORE UPDATE OF version ON instruments
WHEN NEW.version <= OLD.version
BEGIN SELECT RAISE(ABORT, 'an instrument version only increases'); END;
)sql"},
    // Material and equipment master data for the execution engine (core/masterdata):
    // materials, their lots with a QA status and expiry date, and production equipment
    // with its cleaning, calibration and occupancy status. Each row is a projection of
    // the Material*/Lot*/Equipment* events written in the same RecordTransaction; rows
    // are never deleted and their identity never changes.
    Migration{5, R"sql(
CREATE TABLE materials (
    material_code  TEXT PRIMARY KEY NOT NULL,
    name           TEXT NOT NULL,
    unit           TEXT NOT NULL,
    created_by     TEXT NOT NULL,
    created_utc    TEXT NOT NULL
);
CREATE TRIGGER materials_refuse_delete BEFORE DELETE ON materials
BEGIN SELECT RAISE(ABORT, 'materials are never deleted'); END;
CREATE TRIGGER materials_identity_immutable
BEFORE UPDATE OF material_code, created_by, created_utc ON materials
BEGIN SELECT RAISE(ABORT, 'the identity of a material cannot change'); END;

CREATE TABLE material_lots (
    lot_id         TEXT PRIMARY KEY NOT NULL,
    material_code  TEXT NOT NULL REFERENCES materials(material_code),
    supplier       TEXT NOT NULL,
    supplier_lot   TEXT NOT NULL,
    expiry_date    TEXT NOT NULL CHECK (expiry_date GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
    status         TEXT NOT NULL CHECK (status IN ('Quarantine', 'Released', 'Rejected', 'Expired')),
    received_by    TEXT NOT NULL,
    received_utc   TEXT NOT NULL,
    status_by      TEXT NOT NULL,
    status_utc     TEXT NOT NULL
);
CREATE INDEX material_lots_material ON material_lots(material_code);
CREATE TRIGGER material_lots_refuse_delete BEFORE DELETE ON material_lots
BEGIN SELECT RAISE(ABORT, 'material lots are never deleted'); END;
CREATE TRIGGER material_lots_identity_immutable
BEFORE UPDATE OF lot_id, material_code, supplier, supplier_lot, received_by, received_utc
ON material_lots
BEGIN SELECT RAISE(ABORT, 'the identity of a material lot cannot change'); END;

CREATE TABLE equipment (
    equipment_id          TEXT PRIMARY KEY NOT NULL,
    equipment_class       TEXT NOT NULL,
    name                  TEXT NOT NULL,
    clean_hold_hours      INTEGER NOT NULL CHECK (clean_hold_hours BETWEEN 1 AND 8760),
    calibration_required  INTEGER NOT NULL CHECK (calibration_required IN (0, 1)),
    clean_status          TEXT NOT NULL CHECK (clean_status IN ('clean', 'dirty')),
    cleaned_utc           TEXT,
    clean_until_utc       TEXT,
    calibrated_until      TEXT,
    in_use_batch          TEXT,
    in_use_since_utc      TEXT,
    created_by            TEXT NOT NULL,
    created_utc           TEXT NOT NULL
);
CREATE INDEX equipment_in_use ON equipment(in_use_batch) WHERE in_use_batch IS NOT NULL;
CREATE TRIGGER equipment_refuse_delete BEFORE DELETE ON equipment
BEGIN SELECT RAISE(ABORT, 'equipment is never deleted'); END;
CREATE TRIGGER equipment_identity_immutable
BEFORE UPDATE OF equipment_id, equipment_class, created_by, created_utc ON equipment
BEGIN SELECT RAISE(ABORT, 'the identity of equipment cannot change'); END;
)sql"},
    // Sampling (core/sampling, docs/sampling.md): master data as canonical JSON with a
    // version per id; the qualification state of each product variant; lots with the
    // decision that chose their level, and each lot's planned tests with their results.
    // Every row is written in the RecordTransaction of the event that describes it; the
    // *_events tables index those events per variant and per lot.
    Migration{6, R"sql(
CREATE TABLE sampling_master_data (
    entity       TEXT NOT NULL CHECK (entity IN ('count_rule', 'variant_rule', 'product',
                                                 'sampling_plan', 'product_variant')),
    id           TEXT NOT NULL CHECK (length(id) BETWEEN 1 AND 64),
    content      TEXT NOT NULL,
    version      INTEGER NOT NULL CHECK (version >= 1),
    updated_by   TEXT NOT NULL,
    updated_utc  TEXT NOT NULL,
    PRIMARY KEY (entity, id)
);
CREATE TRIGGER sampling_master_data_refuse_delete BEFORE DELETE ON sampling_master_data
BEGIN SELECT RAISE(ABORT, 'sampling master data is never deleted'); END;

CREATE TABLE sampling_variant_state (
    variant_id         TEXT PRIMARY KEY NOT NULL,
    state              TEXT NOT NULL,
    since_utc          TEXT NOT NULL,
    since_ms           INTEGER NOT NULL,
    since_seq          INTEGER NOT NULL,
    pending_to         TEXT,
    pending_station    TEXT,
    pending_seq        INTEGER,
    pending_reason     TEXT,
    pending_since_utc  TEXT
);
CREATE TRIGGER sampling_variant_state_refuse_delete BEFORE DELETE ON sampling_variant_state
BEGIN SELECT RAISE(ABORT, 'variant states are never deleted'); END;

CREATE TABLE sampling_variant_events (
    variant_id  TEXT NOT NULL,
    station_id  TEXT NOT NULL,
    seq         INTEGER NOT NULL,
    PRIMARY KEY (variant_id, station_id, seq)
) WITHOUT ROWID;
CREATE TRIGGER sampling_variant_events_refuse_update BEFORE UPDATE ON sampling_variant_events
BEGIN SELECT RAISE(ABORT, 'sampling_variant_events is append-only'); END;
CREATE TRIGGER sampling_variant_events_refuse_delete BEFORE DELETE ON sampling_variant_events
BEGIN SELECT RAISE(ABORT, 'sampling_variant_events is append-only'); END;

CREATE TABLE sampling_lots (
    lot_id             TEXT PRIMARY KEY NOT NULL CHECK (length(lot_id) BETWEEN 1 AND 64),
    product_code       TEXT NOT NULL,
    variant_id         TEXT NOT NULL,
    organisation       TEXT NOT NULL,
    size               INTEGER NOT NULL CHECK (size >= 1),
    level              TEXT NOT NULL CHECK (level IN ('Full', 'Reduced', 'Skip')),
    status             TEXT NOT NULL CHECK (status IN ('Created', 'Received', 'Active',
                                                       'PendingRelease', 'Released', 'Rejected')),
    state_at_creation  TEXT NOT NULL,
    summary            TEXT NOT NULL,
    decision           TEXT NOT NULL,
    created_by         TEXT NOT NULL,
    created_utc        TEXT NOT NULL,
    created_ms         INTEGER NOT NULL,
    created_seq        INTEGER NOT NULL,
    received_utc       TEXT,
    active_utc         TEXT,
    pending_utc        TEXT,
    disposition        TEXT CHECK (disposition IS NULL OR disposition IN ('released', 'rejected')),
    disposition_by     TEXT,
    disposition_utc    TEXT,
    disposition_ms     INTEGER,
    disposition_seq    INTEGER,
    signature_station  TEXT,
    signature_seq      INTEGER
);
CREATE INDEX sampling_lots_variant ON sampling_lots(variant_id, created_seq);
CREATE TRIGGER sampling_lots_refuse_delete BEFORE DELETE ON sampling_lots
BEGIN SELECT RAISE(ABORT, 'lots are never deleted'); END;
CREATE TRIGGER sampling_lots_identity_immutable
BEFORE UPDATE OF lot_id, product_code, variant_id, organisation, size, level, state_at_creation,
                 summary, decision, created_by, created_utc, created_ms, created_seq
ON sampling_lots
BEGIN SELECT RAISE(ABORT, 'the identity and sampling decision of a lot cannot change'); END;

CREATE TABLE sampling_lot_tests (
    lot_id       TEXT NOT NULL,
    sample_id    TEXT NOT NULL,
    source       TEXT NOT NULL,
    test_code    TEXT NOT NULL,
    position     INTEGER NOT NULL,
    spec         TEXT NOT NULL,
    value        TEXT,
    reported     TEXT,
    oos          INTEGER CHECK (oos IS NULL OR oos IN (0, 1)),
    entered_by   TEXT,
    entered_utc  TEXT,
    result_seq   INTEGER,
    PRIMARY KEY (lot_id, sample_id, test_code)
) WITHOUT ROWID;
CREATE TRIGGER sampling_lot_tests_refuse_delete BEFORE DELETE ON sampling_lot_tests
BEGIN SELECT RAISE(ABORT, 'planned lot tests are never deleted'); END;
CREATE TRIGGER sampling_lot_tests_plan_immutable
BEFORE UPDATE OF lot_id, sample_id, source, test_code, position, spec ON sampling_lot_tests
BEGIN SELECT RAISE(ABORT, 'the planned tests of a lot cannot change'); END;

CREATE TABLE sampling_lot_events (
    lot_id      TEXT NOT NULL,
    station_id  TEXT NOT NULL,
    seq         INTEGER NOT NULL,
    PRIMARY KEY (lot_id, station_id, seq)
) WITHOUT ROWID;
CREATE TRIGGER sampling_lot_events_refuse_update BEFORE UPDATE ON sampling_lot_events
BEGIN SELECT RAISE(ABORT, 'sampling_lot_events is append-only'); END;
CREATE TRIGGER sampling_lot_events_refuse_delete BEFORE DELETE ON sampling_lot_events
BEGIN SELECT RAISE(ABORT, 'sampling_lot_events is append-only'); END;
)sql"},
    // QA review and disposition (core/review), migration 7: a cache of the decisions
    // recorded as BatchDispositioned events (written in the same RecordTransaction), so
    // that the review queue does not replay every batch to find the closed ones. The
    // events stay the truth; several rows per batch (quarantine, then release).
    Migration{7, R"sql(
CREATE TABLE review_dispositions (
    batch_id     TEXT NOT NULL,
    station_id   TEXT NOT NULL,
    seq          INTEGER NOT NULL,
    decision     TEXT NOT NULL CHECK (decision IN ('release', 'reject', 'quarantine')),
    decided_by   TEXT NOT NULL,
    decided_utc  TEXT NOT NULL,
    record_hash  TEXT NOT NULL,
    PRIMARY KEY (batch_id, station_id, seq)
) WITHOUT ROWID;
CREATE TRIGGER review_dispositions_refuse_update BEFORE UPDATE ON review_dispositions
BEGIN SELECT RAISE(ABORT, 'review_dispositions is append-only'); END;
CREATE TRIGGER review_dispositions_refuse_delete BEFORE DELETE ON review_dispositions
BEGIN SELECT RAISE(ABORT, 'review_dispositions is append-only'); END;
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

using detail::log;

}  // namespace

int schemaVersion(Database& db) {
    Statement st = db.prepare("PRAGMA user_version;");
    st.step();
    return static_cast<int>(st.int64(0));
}

int latestSchemaVersion() { return kMigrations.back().version; }

int migrate(Database& db) {
    return migrateTo(db, latestSchemaVersion());
}

int migrateTo(Database& db, int target) {
    int version = schemaVersion(db);
    if (version > latestSchemaVersion())
        throw StoreError(StoreErrorKind::Schema, 0,
                         "database schema " + std::to_string(version) +
                             " is newer than this build understands (" +
                             std::to_string(latestSchemaVersion()) + ")");
    for (const Migration& m : kMigrations) {
        if (m.version <= version || m.version > target)
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
