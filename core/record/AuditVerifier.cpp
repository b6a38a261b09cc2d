#include "record/AuditVerifier.h"

#include "crypto/Crypto.h"
#include "record/CanonicalJson.h"
#include "record/ChainHash.h"
#include "record/Journal.h"
#include "record/Uuid.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <map>
#include <unordered_set>
#include <vector>

namespace batch::record {
namespace {

struct StationInfo {
    QString id;
    QByteArray publicKey;
    QByteArray sealKey;  // only for the local station
};

struct CheckpointRow {
    std::int64_t seq;
    QString headHash;
    QString tsUtc;
    QString signature;
};

// Keeps the lowest-seq break found for one station.
class BreakCollector {
public:
    explicit BreakCollector(QString station) : station_(std::move(station)) {}
    void add(std::int64_t seq, BreakKind kind, QString reason) {
        if (!best_ || seq < best_->seq)
            best_ = ChainBreak{station_, seq, kind, std::move(reason)};
    }
    const std::optional<ChainBreak>& best() const { return best_; }
    bool hasBreakAtOrBefore(std::int64_t seq) const { return best_ && best_->seq <= seq; }

private:
    QString station_;
    std::optional<ChainBreak> best_;
};

std::vector<StationInfo> loadStations(store::Database& db) {
    std::map<QString, StationInfo> byId;
    store::Statement st = db.prepare("SELECT station_id, public_key, private_key FROM station");
    while (st.step()) {
        StationInfo info{st.text(0), QByteArray::fromHex(st.utf8(1)), {}};
        if (!st.isNull(2))
            info.sealKey = chain::sealKey(st.blob(2));
        byId[info.id] = info;
    }
    // A station that appears only in the log (its registry row deleted) is still checked.
    store::Statement ev = db.prepare("SELECT DISTINCT station_id FROM events");
    while (ev.step())
        byId.try_emplace(ev.text(0), StationInfo{ev.text(0), {}, {}});
    std::vector<StationInfo> out;
    for (auto& [id, info] : byId)
        out.push_back(info);
    return out;
}

std::map<std::int64_t, CheckpointRow> loadCheckpoints(store::Database& db, const QString& station) {
    std::map<std::int64_t, CheckpointRow> out;
    store::Statement st = db.prepare(
        "SELECT seq, head_hash, ts_utc, signature FROM checkpoints WHERE station_id = ? "
        "ORDER BY seq");
    st.bind(1, station);
    while (st.step())
        out[st.int64(0)] = {st.int64(0), st.text(1), st.text(2), st.text(3)};
    return out;
}

void checkRow(const EventRecord& e, const QString& expectedPrev, const StationInfo& station,
              const QString& storedSeal, bool sealIsNull, BreakCollector& breaks) {
    try {
        decodeCanonicalObject(e.payload);
    } catch (const CanonicalJsonError& err) {
        breaks.add(e.seq, BreakKind::ContentChanged,
                   QStringLiteral("content changed: payload is not canonical JSON (%1)")
                       .arg(QString::fromUtf8(err.what())));
        return;
    }
    if (chain::rowHash(e) != e.rowHash) {
        breaks.add(e.seq, BreakKind::ContentChanged,
                   QStringLiteral("content changed: the stored row hash does not match the "
                                  "row's content"));
        return;
    }
    if (e.prevHash != expectedPrev) {
        breaks.add(e.seq, BreakKind::ChainLinkBroken,
                   QStringLiteral("chain link broken: prev_hash does not match the hash of "
                                  "seq %1")
                       .arg(e.seq - 1));
        return;
    }
    if (station.sealKey.isEmpty())
        return;
    if (sealIsNull) {
        breaks.add(e.seq, BreakKind::RowInserted,
                   QStringLiteral("row inserted: the row carries no station seal, so this "
                                  "station never wrote it"));
    } else if (!crypto::constantTimeEqual(storedSeal.toLatin1(),
                                          chain::rowSeal(station.sealKey, e.rowHash).toLatin1())) {
        breaks.add(e.seq, BreakKind::RowRewritten,
                   QStringLiteral("content changed: row rewritten with a recomputed hash (the "
                                  "station seal does not match)"));
    }
}

// Event ids are unique by construction (UUIDv7: time + 74 random bits), so the table
// carries no unique index that would slow every append; the walk checks instead. A
// 64-bit digest per id keeps memory small; a digest collision is confirmed exactly.
void checkEventId(store::Database& db, const EventRecord& e,
                  std::unordered_set<std::uint64_t>& seen, BreakCollector& breaks) {
    if (!isUuidV7(e.eventId)) {
        breaks.add(e.seq, BreakKind::ContentChanged,
                   QStringLiteral("content changed: event_id is not a UUIDv7"));
        return;
    }
    const std::uint64_t digest = qHash(e.eventId, 0x5eed);
    if (seen.insert(digest).second)
        return;
    store::Statement st = db.prepare(
        "SELECT station_id, seq FROM events WHERE event_id = ? ORDER BY station_id, seq");
    st.bind(1, e.eventId);
    while (st.step()) {
        if (st.text(0) == e.stationId && st.int64(1) == e.seq)
            continue;
        breaks.add(e.seq, BreakKind::RowInserted,
                   QStringLiteral("row inserted: event_id %1 already used by %2 seq %3")
                       .arg(e.eventId, st.text(0))
                       .arg(st.int64(1)));
        return;
    }
}

void checkCheckpoints(const StationInfo& station,
                      const std::map<std::int64_t, CheckpointRow>& checkpoints,
                      const std::map<std::int64_t, QString>& hashesAtCheckpoints,
                      BreakCollector& breaks) {
    for (const auto& [seq, cp] : checkpoints) {
        if (breaks.hasBreakAtOrBefore(seq))
            return;
        const QByteArray message = chain::checkpointMessage(station.id, seq, cp.headHash, cp.tsUtc);
        if (!crypto::ed25519Verify(station.publicKey, message,
                                   QByteArray::fromHex(cp.signature.toLatin1()))) {
            breaks.add(seq, BreakKind::CheckpointInvalid,
                       QStringLiteral("checkpoint signature invalid at seq %1").arg(seq));
            return;
        }
        const auto it = hashesAtCheckpoints.find(seq);
        if (it == hashesAtCheckpoints.end()) {
            breaks.add(seq, BreakKind::RowMissing,
                       QStringLiteral("row missing: signed checkpoint at seq %1 but the log has "
                                      "no such row")
                           .arg(seq));
            return;
        }
        if (it->second != cp.headHash) {
            breaks.add(seq, BreakKind::CheckpointMismatch,
                       QStringLiteral("checkpoint mismatch: rows at or before seq %1 were "
                                      "rewritten (the signed head hash differs)")
                           .arg(seq));
            return;
        }
    }
}

}  // namespace

QString breakKindName(BreakKind kind) {
    switch (kind) {
    case BreakKind::ContentChanged: return QStringLiteral("content_changed");
    case BreakKind::RowMissing: return QStringLiteral("row_missing");
    case BreakKind::RowInserted: return QStringLiteral("row_inserted");
    case BreakKind::RowRewritten: return QStringLiteral("row_rewritten");
    case BreakKind::ChainLinkBroken: return QStringLiteral("chain_link_broken");
    case BreakKind::CheckpointInvalid: return QStringLiteral("checkpoint_signature_invalid");
    case BreakKind::CheckpointMismatch: return QStringLiteral("checkpoint_mismatch");
    }
    return QStringLiteral("unknown");
}

QByteArray VerifyReport::toJson() const {
    QJsonObject o{{QStringLiteral("ok"), ok},
                  {QStringLiteral("events"), static_cast<qint64>(events)},
                  {QStringLiteral("checkpoints"), static_cast<qint64>(checkpoints)},
                  {QStringLiteral("stations"), stations}};
    if (firstBroken) {
        o.insert(QStringLiteral("first_broken"),
                 QJsonObject{{QStringLiteral("station_id"), firstBroken->stationId},
                             {QStringLiteral("seq"), static_cast<qint64>(firstBroken->seq)},
                             {QStringLiteral("kind"), breakKindName(firstBroken->kind)},
                             {QStringLiteral("reason"), firstBroken->reason}});
    }
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

VerifyReport verifyAuditTrail(store::Database& db,
                              const std::function<void(std::int64_t)>& progress) {
    VerifyReport report;
    // One consistent snapshot for the whole walk, even while the app keeps appending.
    db.exec("BEGIN;");
    struct EndRead {
        store::Database& db;
        ~EndRead() {
            try {
                db.exec("COMMIT;");
            } catch (...) {
            }
        }
    } endRead{db};

    std::unordered_set<std::uint64_t> seenIds;  // event ids are unique across stations
    for (const StationInfo& station : loadStations(db)) {
        ++report.stations;
        BreakCollector breaks(station.id);
        const auto checkpoints = loadCheckpoints(db, station.id);
        report.checkpoints += static_cast<std::int64_t>(checkpoints.size());
        std::map<std::int64_t, QString> hashesAtCheckpoints;

        store::Statement rows = db.prepare(
            "SELECT station_id, seq, event_id, type, user_id, ts_utc, payload, prev_hash, "
            "row_hash, row_seal FROM events WHERE station_id = ? ORDER BY seq");
        rows.bind(1, station.id);
        std::int64_t expected = 1;
        QString expectedPrev = chain::genesisHash();
        while (rows.step()) {
            ++report.events;
            if (progress && report.events % 10'000 == 0)
                progress(report.events);
            if (breaks.best())
                continue;  // keep counting; the first break is already known
            const EventRecord e = eventFromRow(rows);
            if (e.seq != expected) {
                breaks.add(expected, BreakKind::RowMissing,
                           QStringLiteral("row missing: seq %1 is absent (the next row is seq %2)")
                               .arg(expected)
                               .arg(e.seq));
                continue;
            }
            checkRow(e, expectedPrev, station, rows.text(9), rows.isNull(9), breaks);
            if (!breaks.best())
                checkEventId(db, e, seenIds, breaks);
            if (checkpoints.count(e.seq))
                hashesAtCheckpoints[e.seq] = e.rowHash;
            expectedPrev = e.rowHash;
            ++expected;
        }
        const std::int64_t lastSeq = expected - 1;

        // The sealed head catches a deleted tail and rows appended behind the app's back.
        store::Statement head =
            db.prepare("SELECT seq, row_hash, seal FROM station_head WHERE station_id = ?");
        head.bind(1, station.id);
        if (!station.sealKey.isEmpty() && !breaks.best()) {
            if (!head.step()) {
                if (lastSeq > 0)
                    breaks.add(1, BreakKind::RowInserted,
                               QStringLiteral("row inserted: the log has rows but the station "
                                              "never sealed a head"));
            } else {
                const std::int64_t headSeq = head.int64(0);
                const bool sealOk = crypto::constantTimeEqual(
                    head.text(2).toLatin1(),
                    chain::headSeal(station.sealKey, station.id, headSeq, head.text(1)).toLatin1());
                if (!sealOk)
                    breaks.add(std::min(headSeq, lastSeq) + 1, BreakKind::RowMissing,
                               QStringLiteral("head seal invalid: the station head was altered"));
                else if (headSeq > lastSeq)
                    breaks.add(lastSeq + 1, BreakKind::RowMissing,
                               QStringLiteral("row missing: the station sealed seq %1 as its "
                                              "head but the log ends at seq %2")
                                   .arg(headSeq)
                                   .arg(lastSeq));
                else if (headSeq < lastSeq)
                    breaks.add(headSeq + 1, BreakKind::RowInserted,
                               QStringLiteral("row inserted: rows after the sealed head seq %1")
                                   .arg(headSeq));
                else if (head.text(1) != expectedPrev)
                    breaks.add(headSeq, BreakKind::RowRewritten,
                               QStringLiteral("content changed: the last row differs from the "
                                              "sealed head"));
            }
        }
        checkCheckpoints(station, checkpoints, hashesAtCheckpoints, breaks);

        if (breaks.best() && (!report.firstBroken)) {
            report.ok = false;
            report.firstBroken = breaks.best();
        }
    }
    return report;
}

}  // namespace batch::record
