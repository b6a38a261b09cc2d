#include "sync/SyncClient.h"
#include "sync/SyncLog.h"

#include "sync/SyncState.h"

#include <QDateTime>
#include <QElapsedTimer>

#include <spdlog/spdlog.h>

#include <cstdlib>

namespace batch::sync {
namespace {

using detail::key;
using detail::log;


std::int64_t parseUtcMs(const QString& text) {
    const QDateTime t = QDateTime::fromString(text, Qt::ISODateWithMs);
    return t.isValid() ? t.toMSecsSinceEpoch() : 0;
}

// Sync bookkeeping (the cached watermark, the time of the last exchange) must never make
// an exchange fail: the server's answer is the truth and the next exchange writes it
// again. A busy store (a station appending without pause) only delays the cache.
template <typename Write>
void bestEffort(Write&& write) {
    try {
        write();
    } catch (const store::StoreError& e) {
        if (e.kind() != store::StoreErrorKind::Busy)
            throw;
        log()->info("sync bookkeeping deferred: {}", e.what());
    }
}

QByteArray num(std::int64_t v) {
    return QByteArray::number(static_cast<qlonglong>(v));
}

// The parallel arrays of one push (docs/sync.md §Protocol).
struct EventArrays {
    PgTextArray seq, eventId, type, user, ts, payload, prev, hash;
    std::int64_t last = 0;
    int count = 0;

    void add(const store::Statement& st) {
        last = st.int64(0);
        seq.add(last);
        eventId.add(st.utf8(1));
        type.add(st.utf8(2));
        user.add(st.utf8(3));
        ts.add(st.utf8(4));
        payload.add(st.utf8(5));
        prev.add(st.utf8(6));
        hash.add(st.utf8(7));
        ++count;
    }
    void add(const record::EventRecord& e) {
        last = e.seq;
        seq.add(e.seq);
        eventId.add(e.eventId);
        type.add(e.type);
        user.add(e.userId);
        ts.add(e.tsUtc);
        payload.add(e.payload);
        prev.add(e.prevHash);
        hash.add(e.rowHash);
        ++count;
    }
    std::vector<PgParam> params(const QString& station, const QString& stationTime) {
        return {station.toUtf8(), stationTime.toUtf8(), seq.take(), eventId.take(),
                type.take(),      user.take(),          ts.take(),  payload.take(),
                prev.take(),      hash.take()};
    }
};

}  // namespace

std::vector<PgParam> ingestParams(const QString& stationId, const QString& stationTimeUtc,
                                  const std::vector<record::EventRecord>& events,
                                  const std::vector<record::Checkpoint>& checkpoints) {
    EventArrays arrays;
    for (const record::EventRecord& e : events) arrays.add(e);
    PgTextArray cpSeq, cpHead, cpTs, cpSig;
    for (const record::Checkpoint& cp : checkpoints) {
        cpSeq.add(cp.seq);
        cpHead.add(cp.headHash);
        cpTs.add(cp.tsUtc);
        cpSig.add(cp.signature);
    }
    std::vector<PgParam> params = arrays.params(stationId, stationTimeUtc);
    for (PgTextArray* a : {&cpSeq, &cpHead, &cpTs, &cpSig}) params.push_back(a->take());
    return params;
}

bool isPriorityEvent(const record::EventRecord& e) {
    static const QSet<QString> kTypes{
        record::types::kAccountLocked, record::types::kUserDisabled,
        record::types::kUserUnlocked,  record::types::kUserRolesChanged,
        record::types::kUserCreated,   record::types::kPasswordChanged,
        types::kMasterDataRefused,     types::kClockOffsetExceeded};
    return kTypes.contains(e.type) || e.payload.contains("\"priority\":\"high\"");
}

SyncClient::SyncClient(record::Journal& journal, const MasterDataRegistry& appliers,
                       SyncOptions options)
    : journal_(journal), appliers_(appliers), options_(options) {}

std::int64_t SyncClient::localHead() const {
    return journal_.headSeq();
}
std::int64_t SyncClient::cachedWatermark() const {
    return loadSyncState(journal_.db()).watermark;
}

void SyncClient::applyPolicy() {
    const SyncState s = loadSyncState(journal_.db());
    const std::int64_t limit = options_.offlineSigningLimitSeconds;
    const std::int64_t bound = options_.clockOffsetBoundMs;
    if (s.offlineLimitSeconds == limit && s.clockBoundMs == bound)
        return;
    // A changed policy is a GMP-relevant setting: recorded like any other.
    record::RecordTransaction txn(journal_);
    txn.db()
        .prepare("UPDATE sync_state SET offline_limit_s = ?, clock_bound_ms = ? WHERE id = 1")
        .bind(1, limit)
        .bind(2, bound)
        .run();
    txn.append({record::types::kSettingChanged, QStringLiteral("system"),
                QJsonObject{{key("setting"), QStringLiteral("sync.offline_signing_limit_s")},
                            {key("old_value"), static_cast<qint64>(s.offlineLimitSeconds)},
                            {key("new_value"), static_cast<qint64>(limit)},
                            {key("old_clock_bound_ms"), static_cast<qint64>(s.clockBoundMs)},
                            {key("new_clock_bound_ms"), static_cast<qint64>(bound)},
                            {key("reason"), QStringLiteral("sync configuration")}}});
    txn.commit();
}

std::int64_t SyncClient::hello(PgConnection& c, ExchangeResult& r) {
    const std::int64_t t0 = journal_.nowMs();
    PgResult h = c.exec("SELECT watermark, head_hash, server_time FROM batch.hello($1, $2)",
                        {journal_.stationId().toUtf8(), record::formatUtcMillis(t0).toUtf8()});
    const std::int64_t t1 = journal_.nowMs();
    if (h.rows() != 1)
        throw SyncError(SyncError::Kind::Protocol, QStringLiteral("hello returned no row"));
    const std::int64_t serverMs = parseUtcMs(h.text(0, 2));
    r.offsetMs = serverMs - (t0 + t1) / 2;
    return h.int64(0, 0);
}

void SyncClient::noteClockOffset(std::int64_t offsetMs, ExchangeResult& r) {
    const std::int64_t bound = options_.clockOffsetBoundMs;
    const bool exceeded = bound > 0 && std::llabs(offsetMs) > bound;
    r.offsetExceeded = exceeded;
    // One event when the offset leaves the bound, not one per exchange (no floods).
    if (exceeded && !offsetWasExceeded_) {
        journal_.appendOne({types::kClockOffsetExceeded, QStringLiteral("system"),
                            QJsonObject{{key("offset_ms"), static_cast<qint64>(offsetMs)},
                                        {key("bound_ms"), static_cast<qint64>(bound)},
                                        {key("exception_type"), QStringLiteral("clock_offset")},
                                        {key("priority"), QStringLiteral("high")}}});
        log()->warn("clock offset to the central server is {} ms (bound {} ms)", offsetMs, bound);
    }
    offsetWasExceeded_ = exceeded;
}

void SyncClient::reportPriority(PgConnection& c, std::int64_t watermark, std::int64_t head,
                                ExchangeResult& r) {
    // Events inside the first push arrive in order at once anyway; only those behind it
    // wait, and only those are reported ahead.
    const std::int64_t from = std::max(watermark + options_.batchEvents, reportedUpTo_);
    if (head <= from)
        return;
    store::Statement st = journal_.db().prepare(
        "SELECT station_id, seq, event_id, type, user_id, ts_utc, payload, prev_hash, row_hash "
        "FROM events WHERE station_id = ? AND seq > ? AND seq <= ? ORDER BY seq");
    st.bind(1, journal_.stationId()).bind(2, from).bind(3, head);
    EventArrays arrays;
    while (st.step()) {
        const record::EventRecord e = record::eventFromRow(st);
        if (isPriorityEvent(e))
            arrays.add(e);
    }
    if (arrays.count > 0) {
        PgResult res = c.exec(
            "SELECT batch.report_priority($1, $2, $3::bigint[], $4::text[], $5::text[], "
            "$6::text[], $7::text[], $8::text[], $9::text[], $10::text[])",
            arrays.params(journal_.stationId(), record::formatUtcMillis(journal_.nowMs())));
        r.notices = arrays.count;
    }
    reportedUpTo_ = head;
}

// One push, read from the local log and ready to send.
struct SyncClient::Push {
    std::vector<PgParam> params;
    std::int64_t last = 0;     // seq of its last event
    std::int64_t cpRowid = 0;  // checkpoint cursor once it is acknowledged
};

std::optional<SyncClient::Push> SyncClient::readPush(std::int64_t after, std::int64_t head,
                                                     std::int64_t cpRowid) {
    if (after >= head)
        return std::nullopt;
    store::Database& db = journal_.db();
    const QString station = journal_.stationId();
    store::Statement st = db.prepare(
        "SELECT seq, event_id, type, user_id, ts_utc, payload, prev_hash, row_hash FROM events "
        "WHERE station_id = ? AND seq > ? AND seq <= ? ORDER BY seq LIMIT ?");
    st.bind(1, station).bind(2, after).bind(3, head).bind(4, options_.batchEvents);
    EventArrays arrays;
    qsizetype bytes = 0;
    while (st.step()) {
        arrays.add(st);
        bytes += st.utf8(5).size();
        if (bytes >= options_.batchBytes)
            break;
    }
    st.reset();
    if (arrays.count == 0 || arrays.last != after + arrays.count)
        throw SyncError(SyncError::Kind::Local,
                        QStringLiteral("station %1: seq %2 is missing from the local log")
                            .arg(station)
                            .arg(after + 1));

    // Checkpoints written since the last acknowledged push, as far as this push covers
    // them (the cursor only moves past a contiguous run of covered ones).
    Push push;
    push.last = arrays.last;
    push.cpRowid = cpRowid;
    store::Statement cps = db.prepare(
        "SELECT rowid, seq, head_hash, ts_utc, signature FROM checkpoints WHERE station_id = ? "
        "AND rowid > ? ORDER BY rowid");
    cps.bind(1, station).bind(2, cpRowid);
    PgTextArray cpSeq, cpHead, cpTs, cpSig;
    bool contiguous = true;
    while (cps.step()) {
        if (cps.int64(1) > arrays.last) {
            contiguous = false;
            continue;
        }
        cpSeq.add(cps.int64(1));
        cpHead.add(cps.utf8(2));
        cpTs.add(cps.utf8(3));
        cpSig.add(cps.utf8(4));
        if (contiguous)
            push.cpRowid = cps.int64(0);
    }
    push.params = arrays.params(station, record::formatUtcMillis(journal_.nowMs()));
    push.params.push_back(cpSeq.take());
    push.params.push_back(cpHead.take());
    push.params.push_back(cpTs.take());
    push.params.push_back(cpSig.take());
    return push;
}

std::int64_t SyncClient::pushAll(PgConnection& c, std::int64_t watermark, std::int64_t head) {
    QElapsedTimer clock;
    clock.start();
    std::int64_t cpRowid = loadSyncState(journal_.db()).checkpointRowid;
    std::optional<Push> next = readPush(watermark, head, cpRowid);
    while (next) {
        c.send(kIngestSql, next->params);
        const Push sent = std::move(*next);
        // While the server checks and stores this push, the next one is read locally.
        next.reset();
        if (clock.elapsed() < options_.maxPushMs) {
            if (sent.last >= head)
                head = localHead();  // events appended meanwhile wait no longer than this
            next = readPush(sent.last, head, sent.cpRowid);
        }
        PgResult res = c.receive();
        const std::int64_t acknowledged = res.int64(0, 0);
        if (acknowledged != sent.last)
            throw SyncError(SyncError::Kind::Protocol,
                            QStringLiteral("station %1: the server acknowledged seq %2 for a push "
                                           "ending at seq %3")
                                .arg(journal_.stationId())
                                .arg(acknowledged)
                                .arg(sent.last));
        watermark = acknowledged;
        cpRowid = sent.cpRowid;
        bestEffort([&] { storeWatermark(journal_.db(), watermark, cpRowid); });
    }
    return watermark;
}

void SyncClient::pullMasterData(PgConnection& c, ExchangeResult& r) {
    std::int64_t cursor = loadSyncState(journal_.db()).masterCursor;
    std::vector<MasterChange> changes;
    constexpr int kPage = 1000;
    constexpr std::size_t kMaxPerApply = 20000;
    for (;;) {
        PgResult res = c.exec(
            "SELECT change_seq, kind, key, doc FROM batch.pull($1, $2, $3::bigint, $4::integer)",
            {journal_.stationId().toUtf8(), record::formatUtcMillis(journal_.nowMs()).toUtf8(),
             num(cursor), num(kPage)});
        for (int i = 0; i < res.rows(); ++i) {
            const std::int64_t seq = res.int64(i, 0);
            if (seq != cursor + 1)
                throw SyncError(SyncError::Kind::Protocol,
                                QStringLiteral("master data change %1 follows %2: the central "
                                               "change sequence has a gap")
                                    .arg(seq)
                                    .arg(cursor));
            changes.push_back({seq, res.text(i, 1), res.text(i, 2), res.bytes(i, 3)});
            cursor = seq;
        }
        if (res.rows() < kPage || changes.size() >= kMaxPerApply)
            break;
    }
    if (changes.empty())
        return;
    const ApplyOutcome outcome = applyMasterChanges(journal_, appliers_, changes);
    r.applied = outcome.applied;
    r.refused = outcome.refused;
    r.refusals = outcome.refusals;
    log()->info("applied {} central master-data change(s) up to {} ({} refused)", outcome.applied,
                cursor, outcome.refused);
}

ExchangeResult SyncClient::exchange(PgConnection& c) {
    ExchangeResult r;
    std::int64_t watermark = hello(c, r);
    noteClockOffset(r.offsetMs, r);
    const std::int64_t head = localHead();
    if (watermark > head)
        throw SyncError(SyncError::Kind::Local,
                        QStringLiteral("station %1: the central record holds seq %2, but the "
                                       "local log ends at seq %3: this store is behind the "
                                       "central record (restored from a backup?)")
                            .arg(journal_.stationId())
                            .arg(watermark)
                            .arg(head));
    const SyncState before = loadSyncState(journal_.db());
    if (before.watermark != watermark)
        bestEffort([&] {
            storeWatermark(journal_.db(), watermark,
                           watermark < before.watermark ? 0 : before.checkpointRowid);
        });
    reportPriority(c, watermark, head, r);

    const std::int64_t start = watermark;
    if (options_.maxPushMs > 0)
        watermark = pushAll(c, watermark, head);
    r.pushed = watermark - start;
    r.watermark = watermark;
    pullMasterData(c, r);
    r.localHead = localHead();
    bestEffort([&] { storeExchange(journal_.db(), journal_.nowMs(), r.offsetMs, c.where()); });
    return r;
}

}  // namespace batch::sync
