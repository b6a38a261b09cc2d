#include "record/Journal.h"

#include "log/Logging.h"
#include "record/CanonicalJson.h"
#include "record/ChainHash.h"
#include "record/Uuid.h"

#include <QRegularExpression>

#include <spdlog/spdlog.h>

namespace batch::record {
namespace {

auto log() {
    static auto l = logging::logger("batch.core.record");
    return l;
}


// Events appended in a batch mostly share their millisecond; formatting the timestamp
// once per millisecond instead of once per event is a measurable share of an append.
const QString& utcText(std::int64_t ms) {
    thread_local std::int64_t cachedMs = -1;
    thread_local QString cachedText;
    if (ms != cachedMs || cachedText.isEmpty()) {
        cachedText = formatUtcMillis(ms);
        cachedMs = ms;
    }
    return cachedText;
}

constexpr const char* kSelectColumns =
    "SELECT station_id, seq, event_id, type, user_id, ts_utc, payload, prev_hash, row_hash "
    "FROM events ";

}  // namespace

EventRecord eventFromRow(const store::Statement& st) {
    EventRecord e;
    e.stationId = st.text(0);
    e.seq = st.int64(1);
    e.eventId = st.text(2);
    e.type = st.text(3);
    e.userId = st.text(4);
    e.tsUtc = st.text(5);
    e.payload = st.utf8(6);
    e.prevHash = st.text(7);
    e.rowHash = st.text(8);
    return e;
}

void Journal::initializeStation(store::Database& db, const QString& stationId, Clock clock) {
    static const QRegularExpression validId(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$"));
    if (!validId.match(stationId).hasMatch())
        throw store::StoreError(store::StoreErrorKind::Constraint, 0,
                                "station id must be 1-64 letters, digits, '.', '_' or '-' "
                                "starting with a letter or digit: '" +
                                    stationId.toStdString() + "'");
    const auto key = crypto::Ed25519KeyPair::generate();
    store::Transaction txn(db);
    db.prepare("INSERT INTO station(station_id, is_local, public_key, private_key, created_utc) "
               "VALUES (?, 1, ?, ?, ?)")
        .bind(1, stationId)
        .bind(2, QString::fromLatin1(key.publicKey().toHex()))
        .bindBlob(3, key.privateKey())
        .bind(4, formatUtcMillis(clock()))
        .run();
    txn.commit();
}

Journal::Journal(store::Database& db, Clock clock) : db_(db), clock_(std::move(clock)) {
    store::Statement st =
        db_.prepare("SELECT station_id, private_key FROM station WHERE is_local = 1");
    if (!st.step())
        throw store::StoreError(store::StoreErrorKind::Schema, 0,
                                "store has no station identity; run `batchctl init` first");
    stationId_ = st.text(0);
    key_ = crypto::Ed25519KeyPair::fromPrivate(st.blob(1));
    sealKey_ = chain::sealKey(key_.privateKey());
}

EventRecord Journal::appendOne(const NewEvent& event) {
    RecordTransaction txn(*this);
    EventRecord e = txn.append(event);
    txn.commit();
    return e;
}

Checkpoint Journal::writeCheckpoint(std::int64_t seq, const QString& headHash) {
    Checkpoint cp{stationId_, seq, headHash, formatUtcMillis(clock_()), {}};
    cp.signature = QString::fromLatin1(
        key_.sign(chain::checkpointMessage(stationId_, seq, headHash, cp.tsUtc)).toHex());
    db_.prepare("INSERT INTO checkpoints(station_id, seq, head_hash, ts_utc, signature) "
                "VALUES (?, ?, ?, ?, ?)")
        .bind(1, cp.stationId)
        .bind(2, cp.seq)
        .bind(3, cp.headHash)
        .bind(4, cp.tsUtc)
        .bind(5, cp.signature)
        .run();
    return cp;
}

Checkpoint Journal::checkpointNow() {
    store::Transaction txn(db_);
    store::Statement head = db_.prepare("SELECT seq, row_hash FROM station_head WHERE station_id = ?");
    head.bind(1, stationId_);
    if (!head.step())
        throw store::StoreError(store::StoreErrorKind::Other, 0, "the log is empty: nothing to checkpoint");
    const std::int64_t seq = head.int64(0);
    const QString hash = head.text(1);
    store::Statement existing = db_.prepare(
        "SELECT station_id, seq, head_hash, ts_utc, signature FROM checkpoints "
        "WHERE station_id = ? AND seq = ?");
    existing.bind(1, stationId_).bind(2, seq);
    if (existing.step())
        return {existing.text(0), existing.int64(1), existing.text(2), existing.text(3),
                existing.text(4)};
    Checkpoint cp = writeCheckpoint(seq, hash);
    txn.commit();
    log()->info("checkpoint signed at {}/{}", stationId_.toStdString(), seq);
    return cp;
}

std::vector<EventRecord> Journal::events(const EventQuery& q) const {
    std::string sql = kSelectColumns;
    sql += "WHERE (?1 = '' OR station_id = ?1) AND (?2 = '' OR type = ?2) "
           "AND (?3 = '' OR user_id = ?3) AND (?4 = '' OR ts_utc >= ?4) AND seq > ?5 ";
    sql += q.newestFirst ? "ORDER BY ts_utc DESC, station_id, seq DESC " : "ORDER BY station_id, seq ";
    sql += "LIMIT ?6";
    store::Statement st = db_.prepare(sql.c_str());
    st.bind(1, q.stationId).bind(2, q.type).bind(3, q.userId).bind(4, q.sinceUtc);
    st.bind(5, q.afterSeq).bind(6, static_cast<std::int64_t>(q.limit > 0 ? q.limit : -1));
    std::vector<EventRecord> out;
    while (st.step())
        out.push_back(eventFromRow(st));
    return out;
}

std::optional<EventRecord> Journal::event(const QString& stationId, std::int64_t seq) const {
    const std::string sql = std::string(kSelectColumns) + "WHERE station_id = ? AND seq = ?";
    store::Statement st = db_.prepare(sql.c_str());
    st.bind(1, stationId).bind(2, seq);
    if (!st.step())
        return std::nullopt;
    return eventFromRow(st);
}

std::int64_t Journal::headSeq() const {
    store::Statement st = db_.prepare("SELECT seq FROM station_head WHERE station_id = ?");
    st.bind(1, stationId_);
    return st.step() ? st.int64(0) : 0;
}

std::vector<Checkpoint> Journal::checkpoints(const QString& stationId) const {
    store::Statement st = db_.prepare(
        "SELECT station_id, seq, head_hash, ts_utc, signature FROM checkpoints "
        "WHERE station_id = ? ORDER BY seq");
    st.bind(1, stationId);
    std::vector<Checkpoint> out;
    while (st.step())
        out.push_back({st.text(0), st.int64(1), st.text(2), st.text(3), st.text(4)});
    return out;
}

// ------------------------------------------------------------ RecordTransaction

RecordTransaction::RecordTransaction(Journal& journal)
    : journal_(journal),
      txn_(journal.db_),
      insert_(journal.db_.prepare(
          "INSERT INTO events(station_id, seq, event_id, type, user_id, ts_utc, payload, "
          "prev_hash, row_hash, row_seal) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
    // The head is read inside BEGIN IMMEDIATE, so no other writer can move it under us.
    store::Statement head = journal_.db_.prepare(
        "SELECT seq, row_hash FROM station_head WHERE station_id = ?");
    head.bind(1, journal_.stationId_);
    if (head.step()) {
        seq_ = head.int64(0);
        headHash_ = head.text(1);
    } else {
        headHash_ = chain::genesisHash();
    }
}

EventRecord RecordTransaction::append(const NewEvent& event) {
    if (event.type.isEmpty() || event.userId.isEmpty())
        throw store::StoreError(store::StoreErrorKind::Constraint, 0,
                                "an event needs a type and a user id");
    EventRecord e;
    e.stationId = journal_.stationId_;
    e.seq = seq_ + 1;
    const std::int64_t ms = journal_.clock_();
    e.eventId = makeUuidV7(ms);
    e.type = event.type;
    e.userId = event.userId;
    e.tsUtc = utcText(ms);
    e.payload = encodeCanonical(event.payload);
    e.prevHash = headHash_;
    e.rowHash = chain::rowHash(e);
    const QString seal = chain::rowSeal(journal_.sealKey_, e.rowHash);

    insert_.bind(1, e.stationId)
        .bind(2, e.seq)
        .bind(3, e.eventId)
        .bind(4, e.type)
        .bind(5, e.userId)
        .bind(6, e.tsUtc)
        .bindUtf8(7, e.payload)
        .bind(8, e.prevHash)
        .bind(9, e.rowHash)
        .bind(10, seal);
    insert_.run();

    seq_ = e.seq;
    headHash_ = e.rowHash;
    appended_ = true;
    if (seq_ % chain::kCheckpointInterval == 0)
        journal_.writeCheckpoint(seq_, headHash_);
    return e;
}

void RecordTransaction::commit() {
    if (appended_) {
        journal_.db_
            .prepare("INSERT OR REPLACE INTO station_head(station_id, seq, row_hash, seal) "
                     "VALUES (?, ?, ?, ?)")
            .bind(1, journal_.stationId_)
            .bind(2, seq_)
            .bind(3, headHash_)
            .bind(4, chain::headSeal(journal_.sealKey_, journal_.stationId_, seq_, headHash_))
            .run();
    }
    txn_.commit();
}

}  // namespace batch::record
