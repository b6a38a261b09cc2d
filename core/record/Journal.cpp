#include "record/Journal.h"

#include "log/Logging.h"
#include "record/CanonicalJson.h"
#include "record/ChainHash.h"
#include "record/PreparedRow.h"
#include "record/Uuid.h"

#include <QRegularExpression>

#include <spdlog/spdlog.h>

namespace batch::record {
namespace {

auto log() {
    static auto l = logging::logger("batch.core.record");
    return l;
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
    stationIdUtf8_ = stationId_.toUtf8();
    key_ = crypto::Ed25519KeyPair::fromPrivate(st.blob(1));
    sealKey_ = chain::sealKey(key_.privateKey());
}

Journal::~Journal() = default;

EventRecord Journal::appendOne(const NewEvent& event) {
    RecordTransaction txn(*this);
    EventRecord e = txn.append(event);
    txn.commit();
    return e;
}

AppendedRange Journal::appendBatch(std::span<const NewEvent> events) {
    RecordTransaction txn(*this);
    AppendedRange range = txn.appendBatch(events);
    txn.commit();
    return range;
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
        headHash_ = head.utf8(1);
    } else {
        headHash_ = chain::genesisHash().toLatin1();
    }
}

void RecordTransaction::insert(const detail::PreparedRow& row) {
    insert_.bindUtf8View(1, journal_.stationIdUtf8_)
        .bind(2, row.seq)
        .bindUtf8View(3, row.eventIdView())
        .bindUtf8View(4, row.type)
        .bindUtf8View(5, row.userId)
        .bindUtf8View(6, row.tsView())
        .bindUtf8View(7, row.payload)
        .bindUtf8View(8, row.prevHash)
        .bindUtf8View(9, row.rowHashView())
        .bindUtf8View(10, row.sealView());
    insert_.run();
    if (row.seq % chain::kCheckpointInterval == 0)
        journal_.writeCheckpoint(row.seq, QString::fromLatin1(row.rowHashView()));
}

EventRecord RecordTransaction::append(const NewEvent& event) {
    detail::PreparedRow row;
    detail::prepareRow(event, journal_.clock_(), journal_.stationIdUtf8_, seq_ + 1, row);
    detail::chainRow(row, headHash_, journal_.sealKey_);
    insert(row);
    EventRecord e = row.toRecord(journal_.stationId_);
    seq_ = row.seq;
    headHash_ = row.rowHashView().toByteArray();
    appended_ = true;
    return e;
}

AppendedRange RecordTransaction::appendBatch(std::span<const NewEvent> events) {
    AppendedRange range{seq_ + 1, seq_, QString::fromLatin1(headHash_)};
    if (events.empty())
        return range;
    // The clock is the caller's (tests inject one): it is read here, on this thread.
    std::vector<std::int64_t> times(events.size());
    for (std::int64_t& t : times) t = journal_.clock_();

    // Rows are prepared (encoded, and hashed up to the link to the previous row) ahead by
    // a second thread where one gets CPU; here they are linked, sealed and written in
    // order (the link is the only step that must wait for the previous row).
    // Windows bound the memory of a huge batch to a window's worth of prepared rows.
    constexpr std::size_t kWindow = 4096;
    std::vector<detail::PreparedRow>& rows = journal_.batchRows_;
    if (rows.size() < std::min(events.size(), kWindow))
        rows.resize(std::min(events.size(), kWindow));
    QByteArray windowHead = headHash_;  // the row before the current window
    store::Database& db = journal_.db_;
    db.exec("SAVEPOINT append_batch;");
    try {
        for (std::size_t start = 0; start < events.size(); start += kWindow) {
            const std::size_t n = std::min(kWindow, events.size() - start);
            const std::int64_t firstSeq = range.firstSeq + static_cast<std::int64_t>(start);
            detail::prepareAheadAndConsume(
                n,
                [&](std::size_t i) {
                    detail::prepareRow(events[start + i], times[start + i], journal_.stationIdUtf8_,
                                       firstSeq + static_cast<std::int64_t>(i), rows[i]);
                },
                [&](std::size_t i) {
                    const QByteArrayView prev =
                        i == 0 ? QByteArrayView(windowHead) : rows[i - 1].rowHashView();
                    detail::chainRow(rows[i], prev, journal_.sealKey_);
                    insert(rows[i]);
                });
            windowHead = rows[n - 1].rowHashView().toByteArray();
        }
    } catch (...) {
        try {
            db.exec("ROLLBACK TO append_batch; RELEASE append_batch;");
        } catch (const std::exception& e) {
            log()->error("rolling back a failed batch append failed: {}", e.what());
        }
        throw;
    }
    db.exec("RELEASE append_batch;");
    // The rows stay for the next batch, but not the buffer of a rare huge payload.
    for (detail::PreparedRow& row : rows)
        if (row.payload.capacity() > 16 * 1024)
            row.payload = QByteArray();
    range.lastSeq = range.firstSeq + static_cast<std::int64_t>(events.size()) - 1;
    range.headHash = QString::fromLatin1(windowHead);
    seq_ = range.lastSeq;
    headHash_ = windowHead;
    appended_ = true;
    return range;
}

void RecordTransaction::commit() {
    if (appended_) {
        journal_.db_
            .prepare("INSERT OR REPLACE INTO station_head(station_id, seq, row_hash, seal) "
                     "VALUES (?, ?, ?, ?)")
            .bind(1, journal_.stationId_)
            .bind(2, seq_)
            .bindUtf8(3, headHash_)
            .bind(4, chain::headSeal(journal_.sealKey_, journal_.stationId_, seq_,
                                     QString::fromLatin1(headHash_)))
            .run();
    }
    txn_.commit();
}

}  // namespace batch::record
