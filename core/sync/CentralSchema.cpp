#include "sync/CentralSchema.h"
#include "sync/SyncLog.h"

#include <spdlog/spdlog.h>

#include <array>
#include <string>

namespace batch::sync {
namespace {

using detail::log;

// row_hash of docs/record-format.md for the unnested row `u` of a push (station p_station),
// spelled out inline in the ingest and notice functions: a SQL function call per row
// costs four times as much. batch.row_hash() is the same expression as a function.
#define BATCH_ROW_HASH_OF_U                                                      \
    "encode(sha256('BatchStation/event/v1'::bytea "                              \
    "|| int4send(octet_length(p_station)) || convert_to(p_station, 'UTF8') "     \
    "|| int4send(octet_length(u.seq::text)) || convert_to(u.seq::text, 'UTF8') " \
    "|| int4send(octet_length(u.event_id)) || convert_to(u.event_id, 'UTF8') "   \
    "|| int4send(octet_length(u.type)) || convert_to(u.type, 'UTF8') "           \
    "|| int4send(octet_length(u.user_id)) || convert_to(u.user_id, 'UTF8') "     \
    "|| int4send(octet_length(u.ts_utc)) || convert_to(u.ts_utc, 'UTF8') "       \
    "|| int4send(octet_length(u.payload)) || convert_to(u.payload, 'UTF8') "     \
    "|| decode(u.prev_hash, 'hex')), 'hex')"

struct CentralMigration {
    int version;
    const char* sql;
};

// Numbered, append-only: a released migration is never edited, only followed by a new one.
// Every function that stations or supervisors may call is SECURITY DEFINER with a fixed
// search_path; the tables themselves are reachable by nobody but the owner.
constexpr std::array kCentralMigrations{
    CentralMigration{1, R"sql(
DO $roles$ BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'batch_station') THEN
        CREATE ROLE batch_station NOLOGIN;
    END IF;
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'batch_supervisor') THEN
        CREATE ROLE batch_supervisor NOLOGIN;
    END IF;
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'batch_admin') THEN
        CREATE ROLE batch_admin NOLOGIN;
    END IF;
END $roles$;

REVOKE ALL ON SCHEMA batch FROM PUBLIC;
GRANT USAGE ON SCHEMA batch TO batch_station, batch_supervisor, batch_admin;

-- Station registry: each station's Ed25519 public key and the login role it connects as.
CREATE TABLE batch.stations (
    station_id     text PRIMARY KEY CHECK (station_id ~ '^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$'),
    public_key     text NOT NULL CHECK (public_key ~ '^[0-9a-f]{64}$'),
    login_role     name NOT NULL UNIQUE,
    description    text NOT NULL DEFAULT '',
    registered_at  timestamptz NOT NULL DEFAULT clock_timestamp(),
    registered_by  name NOT NULL DEFAULT session_user
);

-- The contiguous watermark of each station: everything up to it is here, chained.
CREATE TABLE batch.station_heads (
    station_id      text PRIMARY KEY REFERENCES batch.stations,
    watermark       bigint NOT NULL DEFAULT 0 CHECK (watermark >= 0),
    head_hash       text NOT NULL DEFAULT repeat('0', 64),
    last_ingest_at  timestamptz
);

-- The events of all stations: the same canonical fields and hashes as the local log
-- (docs/record-format.md), plus the server's receive time.
CREATE TABLE batch.events (
    station_id   text COLLATE "C" NOT NULL,
    seq          bigint NOT NULL CHECK (seq >= 1),
    event_id     uuid NOT NULL,
    type         text NOT NULL,
    user_id      text NOT NULL,
    ts_utc       text NOT NULL,
    payload      text NOT NULL,
    prev_hash    text NOT NULL,
    row_hash     text NOT NULL,
    received_at  timestamptz NOT NULL,
    PRIMARY KEY (station_id, seq),
    CONSTRAINT events_event_id_key UNIQUE (event_id)
);
-- Append order is time order: a BRIN index costs almost nothing per insert.
CREATE INDEX events_received_brin ON batch.events USING brin (received_at);
-- The few event kinds the supervisor dashboard reads, so it never scans the bulk.
CREATE INDEX events_dashboard ON batch.events (station_id, seq)
    WHERE type IN ('BatchStarted', 'BatchHeld', 'BatchResumed', 'BatchFinished',
                   'StepStarted', 'StepCompleted', 'DeviationRaised', 'Signed')
       OR payload LIKE '%"exception_type":"%';

CREATE TABLE batch.checkpoints (
    station_id   text COLLATE "C" NOT NULL,
    seq          bigint NOT NULL,
    head_hash    text NOT NULL CHECK (head_hash ~ '^[0-9a-f]{64}$'),
    ts_utc       text NOT NULL,
    signature    text NOT NULL CHECK (signature ~ '^[0-9a-f]{128}$'),
    received_at  timestamptz NOT NULL,
    PRIMARY KEY (station_id, seq)
);

-- Priority events (lockouts, account changes) reported ahead of the ordered chain; the
-- chain ingest later confirms each one (same row hash) or refuses the push.
CREATE TABLE batch.priority_notices (
    station_id   text NOT NULL,
    seq          bigint NOT NULL,
    event_id     uuid NOT NULL,
    type         text NOT NULL,
    user_id      text NOT NULL,
    ts_utc       text NOT NULL,
    payload      text NOT NULL,
    row_hash     text NOT NULL,
    received_at  timestamptz NOT NULL,
    PRIMARY KEY (station_id, seq)
);

-- Every exchange: station time as sent, server receive time and their difference.
CREATE TABLE batch.sync_log (
    id                  bigserial PRIMARY KEY,
    station_id          text NOT NULL,
    kind                text NOT NULL CHECK (kind IN ('hello', 'push', 'notice', 'pull')),
    station_time        timestamptz,
    server_received_at  timestamptz NOT NULL,
    clock_offset_ms     bigint,
    events              integer NOT NULL DEFAULT 0,
    watermark           bigint
);
CREATE INDEX sync_log_station ON batch.sync_log (station_id, id);

-- Master data: the current document of each (kind, key) and the gap-free change
-- sequence stations pull by cursor. Documents are canonical JSON text.
CREATE TABLE batch.master_changes (
    change_seq  bigint PRIMARY KEY,
    kind        text NOT NULL CHECK (kind ~ '^[a-z][a-z_]{0,31}$'),
    key         text NOT NULL CHECK (length(key) BETWEEN 1 AND 200),
    doc         text NOT NULL,
    reason      text NOT NULL,
    changed_by  name NOT NULL,
    changed_at  timestamptz NOT NULL
);
CREATE TABLE batch.master_data (
    kind        text NOT NULL,
    key         text NOT NULL,
    doc         text NOT NULL,
    change_seq  bigint NOT NULL REFERENCES batch.master_changes,
    PRIMARY KEY (kind, key)
);

-- The record is append-only here too: triggers refuse UPDATE, DELETE and TRUNCATE
-- (privileges refuse them as well: nobody but the owner holds any table privilege).
CREATE FUNCTION batch.refuse_change() RETURNS trigger LANGUAGE plpgsql AS $f$
BEGIN
    RAISE EXCEPTION 'batch.%: % refused: the central record is append-only', TG_TABLE_NAME, TG_OP
        USING ERRCODE = 'insufficient_privilege';
END $f$;
CREATE TRIGGER events_refuse_change BEFORE UPDATE OR DELETE ON batch.events
    FOR EACH ROW EXECUTE FUNCTION batch.refuse_change();
CREATE TRIGGER events_refuse_truncate BEFORE TRUNCATE ON batch.events
    FOR EACH STATEMENT EXECUTE FUNCTION batch.refuse_change();
CREATE TRIGGER checkpoints_refuse_change BEFORE UPDATE OR DELETE ON batch.checkpoints
    FOR EACH ROW EXECUTE FUNCTION batch.refuse_change();
CREATE TRIGGER checkpoints_refuse_truncate BEFORE TRUNCATE ON batch.checkpoints
    FOR EACH STATEMENT EXECUTE FUNCTION batch.refuse_change();
CREATE TRIGGER master_changes_refuse_change BEFORE UPDATE OR DELETE ON batch.master_changes
    FOR EACH ROW EXECUTE FUNCTION batch.refuse_change();
CREATE TRIGGER master_changes_refuse_truncate BEFORE TRUNCATE ON batch.master_changes
    FOR EACH STATEMENT EXECUTE FUNCTION batch.refuse_change();
CREATE TRIGGER sync_log_refuse_change BEFORE UPDATE OR DELETE ON batch.sync_log
    FOR EACH ROW EXECUTE FUNCTION batch.refuse_change();

-- lp(x) of docs/record-format.md: 4-byte big-endian length of x's UTF-8 bytes, then them.
CREATE FUNCTION batch.lp(x text) RETURNS bytea LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
    RETURN int4send(octet_length(x)) || convert_to(x, 'UTF8');

-- row_hash of docs/record-format.md, computed with the built-in sha256(). Ingest spells
-- the same expression out inline (a function call per row costs four times as much).
CREATE FUNCTION batch.row_hash(station_id text, seq bigint, event_id text, type text,
                               user_id text, ts_utc text, payload text, prev_hash text)
    RETURNS text LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
    RETURN encode(sha256('BatchStation/event/v1'::bytea || batch.lp(station_id)
                         || batch.lp(seq::text) || batch.lp(event_id) || batch.lp(type)
                         || batch.lp(user_id) || batch.lp(ts_utc) || batch.lp(payload)
                         || decode(prev_hash, 'hex')), 'hex');

CREATE FUNCTION batch.utc_text(t timestamptz) RETURNS text LANGUAGE sql IMMUTABLE STRICT
    RETURN to_char(t AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"');

-- Who may act for a station: its own login role, or an administrator.
CREATE FUNCTION batch.require_station(p_station text) RETURNS void LANGUAGE plpgsql
    SECURITY DEFINER SET search_path = batch, pg_temp AS $f$
DECLARE v_role name;
BEGIN
    SELECT login_role INTO v_role FROM batch.stations WHERE station_id = p_station;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'station % is not registered centrally (batchctl central station add)',
            p_station USING ERRCODE = 'BS001';
    END IF;
    IF v_role <> session_user AND NOT pg_has_role(session_user, 'batch_admin', 'MEMBER') THEN
        RAISE EXCEPTION 'role % may not act for station % (its role is %)', session_user,
            p_station, v_role USING ERRCODE = 'insufficient_privilege';
    END IF;
END $f$;

CREATE FUNCTION batch.offset_ms(p_server timestamptz, p_station text) RETURNS bigint
    LANGUAGE sql IMMUTABLE
    RETURN CASE WHEN p_station IS NULL THEN NULL
                ELSE round(extract(epoch FROM (p_server - p_station::timestamptz)) * 1000)::bigint
           END;

-- Where a station stands centrally; also logs the exchange with its clock offset.
CREATE FUNCTION batch.hello(p_station text, p_station_time text)
    RETURNS TABLE (watermark bigint, head_hash text, server_time text, master_seq bigint)
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = batch, pg_temp AS $f$
DECLARE v_now timestamptz := clock_timestamp();
BEGIN
    PERFORM batch.require_station(p_station);
    INSERT INTO batch.sync_log (station_id, kind, station_time, server_received_at,
                                clock_offset_ms, watermark)
    SELECT p_station, 'hello', p_station_time::timestamptz, v_now,
           batch.offset_ms(v_now, p_station_time), h.watermark
    FROM batch.station_heads h WHERE h.station_id = p_station;
    RETURN QUERY SELECT h.watermark, h.head_hash, batch.utc_text(v_now),
                        (SELECT coalesce(max(change_seq), 0) FROM batch.master_changes)
                 FROM batch.station_heads h WHERE h.station_id = p_station;
END $f$;

-- One push: a consecutive run of a station's events (and any checkpoints among them),
-- as parallel arrays, in one transaction. Replays (seq <= watermark) are skipped after
-- checking they are the very events already stored; a gap, a broken link, a wrong row
-- hash, a reused seq or a reused event id is refused naming the station and seq.
-- Ed25519 checkpoint signatures are checked by `batchctl central verify` (OpenSSL):
-- PostgreSQL has no Ed25519; here each checkpoint must name the chain's hash at its seq.
CREATE FUNCTION batch.ingest(p_station text, p_station_time text,
                             p_seq bigint[], p_event_id text[], p_type text[], p_user text[],
                             p_ts text[], p_payload text[], p_prev text[], p_hash text[],
                             p_cp_seq bigint[], p_cp_head text[], p_cp_ts text[],
                             p_cp_sig text[])
    RETURNS TABLE (watermark bigint, head_hash text, server_time text)
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = batch, pg_temp AS $f$
DECLARE
    v_now   timestamptz := clock_timestamp();
    v_n     integer := coalesce(cardinality(p_seq), 0);
    v_wm    bigint;
    v_head  text;
    v_new   integer;
    v_ins   integer;
    v_bad   record;
    v_last  bigint;
BEGIN
    PERFORM batch.require_station(p_station);
    IF coalesce(cardinality(p_event_id), 0) <> v_n OR coalesce(cardinality(p_type), 0) <> v_n
       OR coalesce(cardinality(p_user), 0) <> v_n OR coalesce(cardinality(p_ts), 0) <> v_n
       OR coalesce(cardinality(p_payload), 0) <> v_n OR coalesce(cardinality(p_prev), 0) <> v_n
       OR coalesce(cardinality(p_hash), 0) <> v_n THEN
        RAISE EXCEPTION 'station %: the event arrays of the push differ in length', p_station
            USING ERRCODE = 'BS007';
    END IF;
    SELECT h.watermark, h.head_hash INTO v_wm, v_head
        FROM batch.station_heads h WHERE h.station_id = p_station FOR UPDATE;

    IF v_n > 0 THEN
        IF p_seq[1] > v_wm + 1 THEN
            RAISE EXCEPTION 'station %, seq %: gap: the central record ends at seq %, so the next event must be seq %',
                p_station, p_seq[1], v_wm, v_wm + 1 USING ERRCODE = 'BS002';
        END IF;
        -- The first problem of the run, in order: shape, consecutiveness, link, hash. The
        -- window runs in input order (no sort of the wide rows); prior_ord proves it.
        -- A malformed prev_hash or row_hash fails the link or the hash comparison.
        SELECT x.seq, x.problem INTO v_bad FROM (
            SELECT u.seq, CASE
                WHEN u.prior_ord IS DISTINCT FROM nullif(u.ord - 1, 0) THEN
                    'internal error: the push was not read in order'
                WHEN u.seq IS NULL OR u.event_id IS NULL OR u.type IS NULL OR u.user_id IS NULL
                     OR u.ts_utc IS NULL OR u.payload IS NULL OR u.prev_hash IS NULL
                     OR u.row_hash IS NULL THEN 'a field of the event is missing'
                WHEN u.prior_seq IS NOT NULL AND u.seq <> u.prior_seq + 1 THEN
                    format('gap: seq %s follows seq %s in the push', u.seq, u.prior_seq)
                WHEN u.seq <= v_wm THEN NULL
                WHEN u.event_id !~ '^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$'
                    THEN 'content changed: event_id is not a lower-case UUIDv7'
                WHEN u.seq = v_wm + 1 AND u.prev_hash <> v_head THEN
                    format('chain broken: prev_hash %s does not match the central row hash %s of seq %s',
                           u.prev_hash, v_head, v_wm)
                WHEN u.seq > v_wm + 1 AND u.prev_hash <> u.prior_hash THEN
                    format('chain broken: prev_hash does not match the row hash of seq %s', u.seq - 1)
                WHEN )sql" BATCH_ROW_HASH_OF_U R"sql( <> u.row_hash THEN
                    'content changed: the row hash does not match the row''s content'
                ELSE NULL END AS problem
            FROM (SELECT t.*, lag(t.seq) OVER w AS prior_seq, lag(t.row_hash) OVER w AS prior_hash,
                         lag(t.ord) OVER w AS prior_ord
                  FROM unnest(p_seq, p_event_id, p_type, p_user, p_ts, p_payload, p_prev, p_hash)
                       WITH ORDINALITY AS t(seq, event_id, type, user_id, ts_utc, payload,
                                            prev_hash, row_hash, ord)
                  WINDOW w AS ()) u
        ) x WHERE x.problem IS NOT NULL LIMIT 1;
        IF FOUND THEN
            RAISE EXCEPTION 'station %, seq %: %: refused', p_station, v_bad.seq, v_bad.problem
                USING ERRCODE = 'BS003';
        END IF;

        -- A replayed seq must be the very event already stored.
        IF p_seq[1] <= v_wm THEN
            SELECT u.seq, e.event_id::text AS stored_id, u.eid AS sent_id INTO v_bad
            FROM unnest(p_seq, p_event_id, p_hash) AS u(seq, eid, h)
            LEFT JOIN batch.events e ON e.station_id = p_station AND e.seq = u.seq
            WHERE u.seq <= v_wm AND (e.event_id IS NULL OR e.event_id::text <> u.eid OR e.row_hash <> u.h)
            ORDER BY u.seq LIMIT 1;
            IF FOUND THEN
                RAISE EXCEPTION 'station %, seq %: reused seq: the central record holds event % at this seq, the push carries event % with different content: refused',
                    p_station, v_bad.seq, coalesce(v_bad.stored_id, '(none)'), v_bad.sent_id
                    USING ERRCODE = 'BS004';
            END IF;
        END IF;

        -- An event reported ahead as a priority notice must arrive unchanged.
        SELECT n.seq INTO v_bad FROM batch.priority_notices n
            JOIN unnest(p_seq, p_hash) AS u(seq, h) ON n.station_id = p_station AND n.seq = u.seq
            WHERE u.seq > v_wm AND n.row_hash <> u.h ORDER BY n.seq LIMIT 1;
        IF FOUND THEN
            RAISE EXCEPTION 'station %, seq %: the event differs from the priority notice the station reported for this seq: refused',
                p_station, v_bad.seq USING ERRCODE = 'BS004';
        END IF;

        INSERT INTO batch.events (station_id, seq, event_id, type, user_id, ts_utc, payload,
                                  prev_hash, row_hash, received_at)
        SELECT p_station, u.seq, u.event_id::uuid, u.type, u.user_id, u.ts_utc, u.payload,
               u.prev_hash, u.row_hash, v_now
        FROM unnest(p_seq, p_event_id, p_type, p_user, p_ts, p_payload, p_prev, p_hash)
             AS u(seq, event_id, type, user_id, ts_utc, payload, prev_hash, row_hash)
        WHERE u.seq > v_wm
        ON CONFLICT (event_id) DO NOTHING;
        GET DIAGNOSTICS v_ins = ROW_COUNT;
        v_new := v_n - greatest(0, least(v_n, v_wm - p_seq[1] + 1))::integer;
        IF v_ins <> v_new THEN
            SELECT u.seq, u.eid, e.station_id AS other_station, e.seq AS other_seq INTO v_bad
            FROM unnest(p_seq, p_event_id) AS u(seq, eid)
            JOIN batch.events e ON e.event_id = u.eid::uuid
            WHERE u.seq > v_wm AND NOT (e.station_id = p_station AND e.seq = u.seq)
            ORDER BY u.seq LIMIT 1;
            RAISE EXCEPTION 'station %, seq %: event_id % is already used by station %, seq %: refused',
                p_station, v_bad.seq, v_bad.eid, v_bad.other_station, v_bad.other_seq
                USING ERRCODE = 'BS005';
        END IF;
        IF v_new > 0 THEN
            v_last := p_seq[v_n];
            UPDATE batch.station_heads h SET watermark = v_last, head_hash = p_hash[v_n],
                   last_ingest_at = v_now
             WHERE h.station_id = p_station;
            v_wm := v_last;
            v_head := p_hash[v_n];
        END IF;
    END IF;

    -- Checkpoints: stored once; each must name the chain's row hash at its seq.
    IF coalesce(cardinality(p_cp_seq), 0) > 0 THEN
        INSERT INTO batch.checkpoints (station_id, seq, head_hash, ts_utc, signature, received_at)
        SELECT p_station, c.seq, c.head, c.ts, c.sig, v_now
        FROM unnest(p_cp_seq, p_cp_head, p_cp_ts, p_cp_sig) AS c(seq, head, ts, sig)
        WHERE c.seq <= v_wm
        ON CONFLICT (station_id, seq) DO NOTHING;
        SELECT c.seq, CASE
                   WHEN c.seq > v_wm THEN 'checkpoint names a seq past the pushed events'
                   WHEN k.head_hash <> c.head OR k.signature <> c.sig OR k.ts_utc <> c.ts
                       THEN 'a different checkpoint was already stored for this seq'
                   WHEN e.row_hash <> c.head THEN 'checkpoint head hash differs from the chain'
               END AS problem INTO v_bad
        FROM unnest(p_cp_seq, p_cp_head, p_cp_ts, p_cp_sig) AS c(seq, head, ts, sig)
        LEFT JOIN batch.checkpoints k ON k.station_id = p_station AND k.seq = c.seq
        LEFT JOIN batch.events e ON e.station_id = p_station AND e.seq = c.seq
        WHERE c.seq > v_wm OR k.head_hash <> c.head OR k.signature <> c.sig OR k.ts_utc <> c.ts
              OR e.row_hash <> c.head
        ORDER BY c.seq LIMIT 1;
        IF FOUND THEN
            RAISE EXCEPTION 'station %, seq %: %: refused', p_station, v_bad.seq, v_bad.problem
                USING ERRCODE = 'BS006';
        END IF;
    END IF;

    INSERT INTO batch.sync_log (station_id, kind, station_time, server_received_at,
                                clock_offset_ms, events, watermark)
    VALUES (p_station, 'push', p_station_time::timestamptz, v_now,
            batch.offset_ms(v_now, p_station_time), coalesce(v_new, 0), v_wm);
    IF coalesce(v_new, 0) > 0 THEN
        PERFORM pg_notify('batch_events', p_station || ':' || v_wm);
    END IF;
    RETURN QUERY SELECT v_wm, v_head, batch.utc_text(v_now);
END $f$;

-- Priority events ahead of the ordered chain: stored (row hash checked) and announced at
-- once; the ordered ingest confirms them later. Never advances the watermark.
CREATE FUNCTION batch.report_priority(p_station text, p_station_time text,
                                      p_seq bigint[], p_event_id text[], p_type text[],
                                      p_user text[], p_ts text[], p_payload text[],
                                      p_prev text[], p_hash text[])
    RETURNS integer LANGUAGE plpgsql SECURITY DEFINER SET search_path = batch, pg_temp AS $f$
DECLARE v_now timestamptz := clock_timestamp(); v_ins integer; v_bad record;
BEGIN
    PERFORM batch.require_station(p_station);
    SELECT u.seq INTO v_bad
    FROM unnest(p_seq, p_event_id, p_type, p_user, p_ts, p_payload, p_prev, p_hash)
         AS u(seq, event_id, type, user_id, ts_utc, payload, prev_hash, row_hash)
    WHERE u.event_id !~ '^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$'
       OR u.prev_hash !~ '^[0-9a-f]{64}$'
       OR )sql" BATCH_ROW_HASH_OF_U R"sql( IS DISTINCT FROM u.row_hash
    LIMIT 1;
    IF FOUND THEN
        RAISE EXCEPTION 'station %, seq %: priority notice refused: the row hash does not match its content',
            p_station, v_bad.seq USING ERRCODE = 'BS003';
    END IF;
    INSERT INTO batch.priority_notices (station_id, seq, event_id, type, user_id, ts_utc,
                                        payload, row_hash, received_at)
    SELECT p_station, u.seq, u.event_id::uuid, u.type, u.user_id, u.ts_utc, u.payload,
           u.row_hash, v_now
    FROM unnest(p_seq, p_event_id, p_type, p_user, p_ts, p_payload, p_hash)
         AS u(seq, event_id, type, user_id, ts_utc, payload, row_hash)
    WHERE u.seq > (SELECT h.watermark FROM batch.station_heads h WHERE h.station_id = p_station)
    ON CONFLICT (station_id, seq) DO NOTHING;
    GET DIAGNOSTICS v_ins = ROW_COUNT;
    INSERT INTO batch.sync_log (station_id, kind, station_time, server_received_at,
                                clock_offset_ms, events)
    VALUES (p_station, 'notice', p_station_time::timestamptz, v_now,
            batch.offset_ms(v_now, p_station_time), v_ins);
    IF v_ins > 0 THEN
        PERFORM pg_notify('batch_events', p_station || ':notice');
    END IF;
    RETURN v_ins;
END $f$;

-- Master data changes after a cursor, in change order.
CREATE FUNCTION batch.pull(p_station text, p_station_time text, p_after bigint, p_limit integer)
    RETURNS TABLE (change_seq bigint, kind text, key text, doc text)
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = batch, pg_temp AS $f$
DECLARE v_now timestamptz := clock_timestamp();
BEGIN
    PERFORM batch.require_station(p_station);
    INSERT INTO batch.sync_log (station_id, kind, station_time, server_received_at, clock_offset_ms)
    VALUES (p_station, 'pull', p_station_time::timestamptz, v_now,
            batch.offset_ms(v_now, p_station_time));
    RETURN QUERY SELECT m.change_seq, m.kind, m.key, m.doc FROM batch.master_changes m
                 WHERE m.change_seq > p_after ORDER BY m.change_seq
                 LIMIT least(greatest(p_limit, 1), 10000);
END $f$;

-- Publishing master data (administrators): one gap-free change sequence, assigned under
-- a lock so that changes commit in sequence order and no cursor can skip one.
CREATE FUNCTION batch.publish(p_kind text, p_key text, p_doc text, p_reason text)
    RETURNS bigint LANGUAGE plpgsql SECURITY DEFINER SET search_path = batch, pg_temp AS $f$
DECLARE v_seq bigint;
BEGIN
    IF coalesce(trim(p_reason), '') = '' THEN
        RAISE EXCEPTION 'a reason is required to publish master data' USING ERRCODE = 'BS010';
    END IF;
    PERFORM pg_advisory_xact_lock(hashtext('batch.master_changes'));
    SELECT coalesce(max(change_seq), 0) + 1 INTO v_seq FROM batch.master_changes;
    INSERT INTO batch.master_changes (change_seq, kind, key, doc, reason, changed_by, changed_at)
    VALUES (v_seq, p_kind, p_key, p_doc, trim(p_reason), session_user, clock_timestamp());
    INSERT INTO batch.master_data (kind, key, doc, change_seq) VALUES (p_kind, p_key, p_doc, v_seq)
    ON CONFLICT (kind, key) DO UPDATE SET doc = EXCLUDED.doc, change_seq = EXCLUDED.change_seq;
    PERFORM pg_notify('batch_master', v_seq::text);
    RETURN v_seq;
END $f$;

-- Registering a station (administrators): its public key and the login role it uses.
CREATE FUNCTION batch.register_station(p_station text, p_public_key text, p_role name,
                                       p_description text)
    RETURNS void LANGUAGE plpgsql SECURITY DEFINER SET search_path = batch, pg_temp AS $f$
BEGIN
    IF EXISTS (SELECT 1 FROM batch.stations WHERE station_id = p_station) THEN
        RAISE EXCEPTION 'station % is already registered; a station id is never reused', p_station
            USING ERRCODE = 'BS011';
    END IF;
    INSERT INTO batch.stations (station_id, public_key, login_role, description)
    VALUES (p_station, lower(p_public_key), p_role, coalesce(p_description, ''));
    INSERT INTO batch.station_heads (station_id) VALUES (p_station);
END $f$;

CREATE FUNCTION batch.master_doc(p_kind text, p_key text) RETURNS text
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = batch, pg_temp
    RETURN (SELECT doc FROM batch.master_data WHERE kind = p_kind AND key = p_key);

REVOKE EXECUTE ON ALL FUNCTIONS IN SCHEMA batch FROM PUBLIC;
GRANT EXECUTE ON FUNCTION batch.hello(text, text), batch.ingest(text, text, bigint[], text[],
      text[], text[], text[], text[], text[], text[], bigint[], text[], text[], text[]),
      batch.report_priority(text, text, bigint[], text[], text[], text[], text[], text[],
      text[], text[]),
      batch.pull(text, text, bigint, integer) TO batch_station, batch_admin;
GRANT EXECUTE ON FUNCTION batch.publish(text, text, text, text),
      batch.register_station(text, text, name, text),
      batch.master_doc(text, text) TO batch_admin;
)sql"},
    // Read models of the supervisor dashboard (docs/sync.md §Dashboard): views owned by
    // the schema owner, readable by batch_supervisor without any table privilege.
    CentralMigration{2, R"sql(
CREATE VIEW batch.dashboard_events AS
    SELECT station_id, seq, type, user_id, ts_utc, received_at, payload::jsonb AS p
    FROM batch.events
    WHERE type IN ('BatchStarted', 'BatchHeld', 'BatchResumed', 'BatchFinished',
                   'StepStarted', 'StepCompleted', 'DeviationRaised', 'Signed')
       OR payload LIKE '%"exception_type":"%';

CREATE VIEW batch.v_stations AS
    SELECT s.station_id, s.description, h.watermark, batch.utc_text(h.last_ingest_at) AS last_ingest,
           (SELECT l.clock_offset_ms FROM batch.sync_log l WHERE l.station_id = s.station_id
             ORDER BY l.id DESC LIMIT 1) AS clock_offset_ms,
           (SELECT batch.utc_text(max(l.server_received_at)) FROM batch.sync_log l
             WHERE l.station_id = s.station_id) AS last_contact,
           (SELECT count(*) FROM batch.priority_notices n
             WHERE n.station_id = s.station_id AND n.seq > h.watermark) AS pending_notices
    FROM batch.stations s JOIN batch.station_heads h USING (station_id);

CREATE VIEW batch.v_batches AS
    WITH started AS (
        SELECT station_id, seq, p->>'batch_id' AS batch_id, p->>'mbr_id' AS mbr_id,
               p->>'mbr_version' AS mbr_version, user_id, ts_utc
        FROM batch.dashboard_events WHERE type = 'BatchStarted'),
    state AS (
        SELECT DISTINCT ON (station_id, p->>'batch_id') station_id, p->>'batch_id' AS batch_id, type
        FROM batch.dashboard_events WHERE type IN ('BatchHeld', 'BatchResumed', 'BatchFinished')
        ORDER BY station_id, p->>'batch_id', seq DESC),
    step AS (
        SELECT DISTINCT ON (station_id, p->>'batch_id') station_id, p->>'batch_id' AS batch_id,
               p->>'step_id' AS step_id, type, ts_utc
        FROM batch.dashboard_events WHERE type IN ('StepStarted', 'StepCompleted')
        ORDER BY station_id, p->>'batch_id', seq DESC),
    devs AS (
        SELECT d.station_id, d.p->>'batch_id' AS batch_id, count(*) AS open_deviations
        FROM batch.dashboard_events d
        WHERE d.type = 'DeviationRaised' AND NOT EXISTS (
            SELECT 1 FROM batch.dashboard_events s
            WHERE s.type = 'Signed' AND s.p->>'meaning' = 'Verified'
              AND s.p->>'subject_station' = d.station_id AND (s.p->>'subject_seq')::bigint = d.seq)
        GROUP BY 1, 2)
    SELECT b.station_id, b.batch_id, b.mbr_id, b.mbr_version, b.user_id AS started_by,
           b.ts_utc AS started_utc,
           CASE st.type WHEN 'BatchHeld' THEN 'on_hold' WHEN 'BatchFinished' THEN 'finished'
                ELSE 'running' END AS status,
           sp.step_id AS current_step,
           CASE sp.type WHEN 'StepStarted' THEN 'running' WHEN 'StepCompleted' THEN 'completed' END
               AS step_state,
           coalesce(sp.ts_utc, b.ts_utc) AS updated_utc,
           coalesce(dv.open_deviations, 0) AS open_deviations
    FROM started b
    LEFT JOIN state st USING (station_id, batch_id)
    LEFT JOIN step sp USING (station_id, batch_id)
    LEFT JOIN devs dv USING (station_id, batch_id);

CREATE VIEW batch.v_exceptions AS
    SELECT station_id, seq, type, user_id, ts_utc, received_at, p->>'batch_id' AS batch_id,
           p->>'exception_type' AS exception_type,
           coalesce(p->>'message', p->>'reason', p->>'step_id', '') AS detail
    FROM batch.dashboard_events WHERE p ? 'exception_type';

CREATE VIEW batch.v_instrument_values AS
    SELECT station_id, seq, ts_utc, received_at, p->>'batch_id' AS batch_id,
           p->>'step_id' AS step_id, p->>'instrument_id' AS instrument_id,
           p->>'value' AS value, p->>'unit' AS unit
    FROM batch.dashboard_events
    WHERE type = 'StepCompleted' AND p ? 'instrument_id' AND p->>'value' ~ '^-?[0-9]+(\.[0-9]+)?$';

CREATE VIEW batch.v_priority_notices AS
    SELECT n.station_id, n.seq, n.type, n.user_id, n.ts_utc, n.payload,
           EXISTS (SELECT 1 FROM batch.events e WHERE e.station_id = n.station_id
                   AND e.seq = n.seq AND e.row_hash = n.row_hash) AS confirmed
    FROM batch.priority_notices n;

GRANT SELECT ON batch.v_stations, batch.v_batches, batch.v_exceptions,
      batch.v_instrument_values, batch.v_priority_notices TO batch_supervisor, batch_admin;
-- Functions a view calls are checked against the reader: only this pure formatter.
GRANT EXECUTE ON FUNCTION batch.utc_text(timestamptz) TO batch_supervisor, batch_admin;
)sql"},
};

}  // namespace

int latestCentralSchemaVersion() {
    return kCentralMigrations.back().version;
}

int centralSchemaVersion(PgConnection& c) {
    PgResult exists = c.exec("SELECT to_regclass('batch.schema_migrations') IS NOT NULL");
    if (!exists.boolean(0, 0))
        return 0;
    PgResult r = c.exec("SELECT coalesce(max(version), 0) FROM batch.schema_migrations");
    return static_cast<int>(r.int64(0, 0));
}

int migrateCentral(PgConnection& c) {
    PgResult enc = c.exec("SELECT current_setting('server_encoding')");
    if (enc.text(0, 0) != QLatin1String("UTF8"))
        throw SyncError(SyncError::Kind::Config,
                        QStringLiteral("the central database must use UTF8 (it uses %1): row "
                                       "hashes are computed over UTF-8 bytes")
                            .arg(enc.text(0, 0)));
    PgTransaction bootstrap(c);
    c.exec("SELECT pg_advisory_xact_lock(hashtext('batch.schema'))");
    c.execScript(
        "CREATE SCHEMA IF NOT EXISTS batch;"
        "CREATE TABLE IF NOT EXISTS batch.schema_migrations ("
        "  version integer PRIMARY KEY, applied_at timestamptz NOT NULL DEFAULT now(),"
        "  applied_by name NOT NULL DEFAULT session_user)");
    int version = centralSchemaVersion(c);
    if (version > latestCentralSchemaVersion())
        throw SyncError(SyncError::Kind::Config,
                        QStringLiteral("central schema %1 is newer than this build understands "
                                       "(%2)")
                            .arg(version)
                            .arg(latestCentralSchemaVersion()));
    for (const CentralMigration& m : kCentralMigrations) {
        if (m.version <= version)
            continue;
        c.execScript(m.sql);
        c.exec("INSERT INTO batch.schema_migrations(version) VALUES ($1::integer)",
               {QByteArray::number(m.version)});
        version = m.version;
        log()->info("central schema migrated to {}", version);
    }
    bootstrap.commit();
    return version;
}

}  // namespace batch::sync
