#include "review/BatchRecord.h"

#include "record/CanonicalJson.h"
#include "record/ChainHash.h"

#include <QJsonObject>
#include <QSet>

#include <algorithm>

namespace batch::review {
namespace {

// A signature's subject, read without decoding the whole payload into a QJsonObject
// twice: the projection decodes it again anyway, this only decides membership.
bool subjectOf(const record::EventRecord& e, QString* station, std::int64_t* seq) {
    try {
        const QJsonObject p = record::decodeCanonicalObject(e.payload);
        *station = p.value(QLatin1String("subject_station")).toString();
        *seq = p.value(QLatin1String("subject_seq")).toInteger();
        return *seq > 0;
    } catch (const record::CanonicalJsonError&) {
        return false;  // a damaged row: the projection's hash check reports it
    }
}

}  // namespace

BatchRecord readBatchRecord(record::Journal& journal, const QString& batchId) {
    BatchRecord out;
    out.batchId = batchId;
    store::Database& db = journal.db();

    store::Statement indexed = db.prepare(
        "SELECT e.station_id, e.seq, e.event_id, e.type, e.user_id, e.ts_utc, e.payload, "
        "e.prev_hash, e.row_hash FROM batch_events b JOIN events e "
        "ON e.station_id = b.station_id AND e.seq = b.seq WHERE b.batch_id = ? "
        "ORDER BY e.station_id, e.seq;");
    indexed.bind(1, batchId);
    QSet<QString> members;
    std::int64_t firstLocal = 0;
    while (indexed.step()) {
        record::EventRecord e = record::eventFromRow(indexed);
        if (e.stationId == journal.stationId() && (firstLocal == 0 || e.seq < firstLocal))
            firstLocal = e.seq;
        members.insert(entryId(e));
        out.events.push_back(std::move(e));
    }
    if (out.events.empty())
        return out;

    // Signatures (never indexed: SignatureService writes them) and exceptions that other
    // modules recorded against the batch without indexing them. Neither can precede the
    // batch's first local event. The exact-substring test relies on canonical JSON (no
    // whitespace), so `"batch_id":"B"` is how the batch id appears in any payload.
    const QString batchKey = QStringLiteral("\"batch_id\":") +
                             QString::fromUtf8(record::encodeCanonical(QJsonValue(batchId)));
    store::Statement later = db.prepare(
        "SELECT station_id, seq, event_id, type, user_id, ts_utc, payload, prev_hash, row_hash "
        "FROM events WHERE station_id = ? AND seq >= ? AND (type = 'Signed' OR "
        "(instr(payload, '\"exception_type\":') > 0 AND instr(payload, ?) > 0)) "
        "ORDER BY seq;");
    later.bind(1, journal.stationId()).bind(2, firstLocal).bind(3, batchKey);
    std::vector<record::EventRecord> signatures;
    while (later.step()) {
        record::EventRecord e = record::eventFromRow(later);
        if (members.contains(entryId(e)))
            continue;
        if (e.type == record::types::kSigned) {
            signatures.push_back(std::move(e));
            continue;
        }
        members.insert(entryId(e));
        out.events.push_back(std::move(e));
    }
    // In seq order a signature follows its subject, so one pass sees every subject first.
    for (record::EventRecord& s : signatures) {
        QString station;
        std::int64_t seq = 0;
        if (subjectOf(s, &station, &seq) && members.contains(entryId(station, seq))) {
            members.insert(entryId(s));
            out.events.push_back(std::move(s));
        }
    }
    std::sort(out.events.begin(), out.events.end(),
              [](const record::EventRecord& a, const record::EventRecord& b) {
                  return a.stationId != b.stationId ? a.stationId < b.stationId : a.seq < b.seq;
              });
    return out;
}

}  // namespace batch::review
