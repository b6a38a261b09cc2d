#include "sync/CentralVerifier.h"

#include "crypto/Crypto.h"
#include "record/CanonicalJson.h"
#include "record/ChainHash.h"
#include "record/Uuid.h"

#include <map>

namespace batch::sync {
namespace {

using record::BreakKind;

struct StationRow {
    QString id;
    QByteArray publicKey;
    std::int64_t watermark = 0;
    QString headHash;
};

class StationCheck {
public:
    StationCheck(PgConnection& c, const StationRow& s) : c_(c), s_(s) {}

    std::optional<record::ChainBreak> run(record::VerifyReport& report,
                                          const std::function<void(std::int64_t)>& progress) {
        std::map<std::int64_t, QString> chainAt;  // seq -> row hash, for checkpoint seqs
        std::map<std::int64_t, std::pair<QString, QString>> cps;  // seq -> (head, sig)
        std::map<std::int64_t, QString> cpTs;
        PgResult cp = c_.exec(
            "SELECT seq, head_hash, ts_utc, signature FROM batch.checkpoints WHERE station_id = $1 "
            "ORDER BY seq",
            {s_.id.toUtf8()});
        for (int i = 0; i < cp.rows(); ++i) {
            cps[cp.int64(i, 0)] = {cp.text(i, 1), cp.text(i, 3)};
            cpTs[cp.int64(i, 0)] = cp.text(i, 2);
        }
        report.checkpoints += static_cast<std::int64_t>(cps.size());

        QString prev = record::chain::genesisHash();
        std::int64_t expected = 1;
        constexpr int kPage = 20000;
        for (;;) {
            PgResult page = c_.exec(
                "SELECT station_id, seq, event_id::text, type, user_id, ts_utc, payload, "
                "prev_hash, row_hash FROM batch.events WHERE station_id = $1 AND seq >= $2 "
                "ORDER BY seq LIMIT $3",
                {s_.id.toUtf8(), QByteArray::number(static_cast<qlonglong>(expected)),
                 QByteArray::number(kPage)});
            for (int i = 0; i < page.rows(); ++i) {
                record::EventRecord e;
                e.stationId = page.text(i, 0);
                e.seq = page.int64(i, 1);
                e.eventId = page.text(i, 2);
                e.type = page.text(i, 3);
                e.userId = page.text(i, 4);
                e.tsUtc = page.text(i, 5);
                e.payload = page.bytes(i, 6);
                e.prevHash = page.text(i, 7);
                e.rowHash = page.text(i, 8);
                if (e.seq != expected)
                    return brk(expected, BreakKind::RowMissing,
                               QStringLiteral("row missing: seq %1 is absent from the central "
                                              "record (the next stored row is seq %2)")
                                   .arg(expected)
                                   .arg(e.seq));
                if (auto b = checkRow(e, prev))
                    return b;
                if (cps.count(e.seq))
                    chainAt[e.seq] = e.rowHash;
                prev = e.rowHash;
                ++expected;
                ++report.events;
            }
            if (progress)
                progress(report.events);
            if (page.rows() < kPage)
                break;
        }
        const std::int64_t last = expected - 1;
        if (s_.watermark > last)
            return brk(last + 1, BreakKind::RowMissing,
                       QStringLiteral("row missing: the station head says seq %1, the central "
                                      "record ends at seq %2")
                           .arg(s_.watermark)
                           .arg(last));
        if (s_.watermark < last)
            return brk(s_.watermark + 1, BreakKind::RowInserted,
                       QStringLiteral("row inserted: rows after the station head (seq %1) were "
                                      "never ingested")
                           .arg(s_.watermark));
        if (last > 0 && s_.headHash != prev)
            return brk(last, BreakKind::ContentChanged,
                       QStringLiteral("content changed: the station head hash differs from the "
                                      "row hash of seq %1")
                           .arg(last));
        for (const auto& [seq, headSig] : cps) {
            const QByteArray message =
                record::chain::checkpointMessage(s_.id, seq, headSig.first, cpTs[seq]);
            if (!crypto::ed25519Verify(s_.publicKey, message,
                                       QByteArray::fromHex(headSig.second.toLatin1())))
                return brk(seq, BreakKind::CheckpointInvalid,
                           QStringLiteral("checkpoint signature invalid: the Ed25519 signature "
                                          "of the checkpoint at seq %1 does not verify with the "
                                          "station's registered public key")
                               .arg(seq));
            const auto at = chainAt.find(seq);
            if (at == chainAt.end())
                return brk(seq, BreakKind::RowMissing,
                           QStringLiteral("row missing: a signed checkpoint names seq %1, past "
                                          "the central record")
                               .arg(seq));
            if (at->second != headSig.first)
                return brk(seq, BreakKind::CheckpointMismatch,
                           QStringLiteral("checkpoint mismatch: the signed head hash at seq %1 "
                                          "differs from the chain")
                               .arg(seq));
        }
        return std::nullopt;
    }

private:
    std::optional<record::ChainBreak> brk(std::int64_t seq, BreakKind kind, QString reason) const {
        return record::ChainBreak{s_.id, seq, kind, std::move(reason)};
    }

    std::optional<record::ChainBreak> checkRow(const record::EventRecord& e,
                                               const QString& prev) const {
        try {
            record::decodeCanonicalObject(e.payload);
        } catch (const record::CanonicalJsonError& err) {
            return brk(e.seq, BreakKind::ContentChanged,
                       QStringLiteral("content changed: payload is not canonical JSON (%1)")
                           .arg(QString::fromUtf8(err.what())));
        }
        if (!record::isUuidV7(e.eventId))
            return brk(e.seq, BreakKind::ContentChanged,
                       QStringLiteral("content changed: event_id is not a UUIDv7"));
        if (record::chain::rowHash(e) != e.rowHash)
            return brk(e.seq, BreakKind::ContentChanged,
                       QStringLiteral("content changed: the stored row hash does not match the "
                                      "row's content"));
        if (e.prevHash != prev)
            return brk(e.seq, BreakKind::ChainLinkBroken,
                       QStringLiteral("chain link broken: prev_hash does not match the hash of "
                                      "seq %1")
                           .arg(e.seq - 1));
        return std::nullopt;
    }

    PgConnection& c_;
    const StationRow& s_;
};

}  // namespace

record::VerifyReport verifyCentral(PgConnection& c,
                                   const std::function<void(std::int64_t)>& progress) {
    record::VerifyReport report;
    PgResult st = c.exec(
        "SELECT s.station_id, s.public_key, coalesce(h.watermark, 0), coalesce(h.head_hash, '') "
        "FROM batch.stations s LEFT JOIN batch.station_heads h USING (station_id) "
        "UNION SELECT DISTINCT e.station_id, '', 0, '' FROM batch.events e "
        "WHERE NOT EXISTS (SELECT 1 FROM batch.stations s WHERE s.station_id = e.station_id) "
        "ORDER BY 1");
    for (int i = 0; i < st.rows(); ++i) {
        const StationRow row{st.text(i, 0), QByteArray::fromHex(st.bytes(i, 1)), st.int64(i, 2),
                             st.text(i, 3)};
        ++report.stations;
        StationCheck check(c, row);
        if (row.publicKey.isEmpty()) {
            report.ok = false;
            report.firstBroken = record::ChainBreak{
                row.id, 1, BreakKind::RowInserted,
                QStringLiteral("row inserted: events of a station that is not registered")};
            return report;
        }
        if (auto b = check.run(report, progress)) {
            report.ok = false;
            report.firstBroken = b;
            return report;
        }
    }
    return report;
}

}  // namespace batch::sync
