#include "export/JsonExport.h"

#include "log/Logging.h"
#include "record/CanonicalJson.h"
#include "record/ChainHash.h"
#include "record/Journal.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QSet>

#include <spdlog/spdlog.h>

#include <map>

namespace batch::exports {
namespace {

QString tr(const char* text) {
    // lupdate files a tr() here under the enclosing class or namespace: look there first
    // (the old single context alone never found the translations).
    for (const char* context : {"batch::exports::RecordWriter", "batch::exports", "Export"}) {
        const QString t = QCoreApplication::translate(context, text);
        if (t != QLatin1String(text))
            return t;
    }
    return QString::fromUtf8(text);
}

QString key(const char* name) {
    return QString::fromLatin1(name);
}

auto log() {
    static auto l = logging::logger("batch.core.export");
    return l;
}

void tick(const Progress& progress, qint64 done, qint64 total) {
    if (progress && !progress(done, total))
        throw ExportError(ExportError::Kind::Cancelled, tr("cancelled"));
}

QJsonObject eventJson(const record::EventRecord& e) {
    QJsonObject o{{key("station_id"), e.stationId}, {key("seq"), static_cast<qint64>(e.seq)},
                  {key("event_id"), e.eventId},     {key("type"), e.type},
                  {key("user_id"), e.userId},       {key("ts_utc"), e.tsUtc},
                  {key("prev_hash"), e.prevHash},   {key("row_hash"), e.rowHash}};
    // The payload travels as the object it encodes; canonical JSON has one encoding per
    // value, so the verifier gets the stored bytes back exactly. A payload that is not
    // canonical (a damaged row) travels as its text, and the verifier reports it.
    try {
        o.insert(key("payload"), record::decodeCanonicalObject(e.payload));
    } catch (const record::CanonicalJsonError&) {
        o.insert(key("payload_text"), QString::fromUtf8(e.payload));
    }
    return o;
}

QString publicKeyOf(record::Journal& journal, const QString& stationId) {
    if (stationId == journal.stationId())
        return QString::fromLatin1(journal.publicKey().toHex());
    store::Statement st =
        journal.db().prepare("SELECT public_key FROM station WHERE station_id = ?;");
    st.bind(1, stationId);
    return st.step() ? st.text(0) : QString();
}

// The chain skeleton and checkpoints of one station from its first batch event to the
// checkpoint that anchors the last one.
QJsonObject stationSection(record::Journal& journal, const QString& stationId,
                           const QSet<std::int64_t>& full, std::int64_t first, std::int64_t last,
                           const Progress& progress, qint64* done, qint64 total) {
    std::vector<record::Checkpoint> checkpoints = journal.checkpoints(stationId);
    const record::Checkpoint* anchor = nullptr;
    for (const record::Checkpoint& c : checkpoints)
        if (c.seq >= last) {
            anchor = &c;
            break;
        }
    std::optional<record::Checkpoint> signedNow;
    if (!anchor && stationId == journal.stationId()) {
        signedNow = journal.checkpointNow();
        checkpoints = journal.checkpoints(stationId);
        for (const record::Checkpoint& c : checkpoints)
            if (c.seq == signedNow->seq)
                anchor = &c;
    }
    const std::int64_t end = anchor ? anchor->seq : last;
    QJsonArray chain;
    store::Statement st = journal.db().prepare(
        "SELECT seq, prev_hash, row_hash FROM events WHERE station_id = ? AND seq BETWEEN ? AND ? "
        "ORDER BY seq;");
    st.bind(1, stationId).bind(2, first).bind(3, end);
    while (st.step()) {
        const std::int64_t seq = st.int64(0);
        if (full.contains(seq))
            continue;
        chain.append(QJsonObject{{key("seq"), static_cast<qint64>(seq)},
                                 {key("prev_hash"), st.text(1)},
                                 {key("row_hash"), st.text(2)}});
        if (++*done % 4096 == 0)
            tick(progress, *done, total);
    }
    QJsonArray signedCheckpoints;
    for (const record::Checkpoint& c : checkpoints)
        if (c.seq >= first && c.seq <= end)
            signedCheckpoints.append(QJsonObject{{key("seq"), static_cast<qint64>(c.seq)},
                                                 {key("head_hash"), c.headHash},
                                                 {key("ts_utc"), c.tsUtc},
                                                 {key("signature"), c.signature}});
    return {{key("station_id"), stationId},
            {key("public_key"), publicKeyOf(journal, stationId)},
            {key("first_seq"), static_cast<qint64>(first)},
            {key("last_seq"), static_cast<qint64>(end)},
            {key("chain"), chain},
            {key("checkpoints"), signedCheckpoints}};
}

}  // namespace

QByteArray exportBatchJson(record::Journal& journal, const BatchExportData& data,
                           const Progress& progress) {
    const std::vector<record::EventRecord>& events = data.record.events;
    // Rows of each station: the batch's own (full) and the range they span.
    std::map<QString, QSet<std::int64_t>> full;
    std::map<QString, std::pair<std::int64_t, std::int64_t>> range;
    for (const record::EventRecord& e : events) {
        full[e.stationId].insert(e.seq);
        auto [it, inserted] = range.try_emplace(e.stationId, e.seq, e.seq);
        if (!inserted) {
            it->second.first = std::min(it->second.first, e.seq);
            it->second.second = std::max(it->second.second, e.seq);
        }
    }
    qint64 total = static_cast<qint64>(events.size());
    for (const auto& [station, span] : range) total += span.second - span.first + 1;
    qint64 done = 0;

    QJsonArray eventArray;
    for (const record::EventRecord& e : events) {
        eventArray.append(eventJson(e));
        if (++done % 1024 == 0)
            tick(progress, done, total);
    }
    QJsonArray stations;
    for (const auto& [station, span] : range)
        stations.append(stationSection(journal, station, full[station], span.first, span.second,
                                       progress, &done, total));
    QJsonObject doc{{key("format"), QString::fromLatin1(kJsonExportFormat)},
                    {key("batch_id"), data.record.batchId},
                    {key("exported_utc"), data.exportedUtc},
                    {key("exported_by"), data.exportedBy},
                    {key("record_hash"), review::recordHash(events)},
                    {key("events"), eventArray},
                    {key("stations"), stations}};
    doc.insert(key("file_hash"), exportFileHash(record::encodeCanonical(doc)));
    QByteArray bytes = record::encodeCanonical(doc);
    bytes.append('\n');
    tick(progress, total, total);
    log()->info("batch {}: JSON export of {} events ({} bytes)", data.record.batchId.toStdString(),
                events.size(), bytes.size());
    return bytes;
}

}  // namespace batch::exports
