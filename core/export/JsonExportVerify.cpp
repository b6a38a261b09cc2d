// The offline verifier of JSON exports (docs/export.md). Pure code: canonical JSON, the
// record's hash rules and Ed25519, no store; tests/fuzz/fuzz_export_verify.cpp feeds it.
#include "crypto/Crypto.h"
#include "export/JsonExport.h"
#include "record/CanonicalJson.h"
#include "record/ChainHash.h"
#include "review/BatchRecord.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

#include <map>

namespace batch::exports {

QString exportFileHash(const QByteArray& canonicalWithoutFileHash) {
    QByteArray m("BatchStation/batch-export/v1");
    record::chain::appendField(m, QByteArrayView(canonicalWithoutFileHash));
    return record::chain::sha256Hex(m);
}

namespace {

QString tr(const char* text) {
    // lupdate files a tr() here under the enclosing class or namespace: look there first
    // (the old single context alone never found the translations).
    for (const char* context : {"batch::exports::Verifier", "batch::exports", "Export"}) {
        const QString t = QCoreApplication::translate(context, text);
        if (t != QLatin1String(text))
            return t;
    }
    return QString::fromUtf8(text);
}

constexpr int kMaxProblems = 50;

bool isHash(const QJsonValue& v) {
    static const QRegularExpression kHex(QStringLiteral("^[0-9a-f]{64}$"));
    return v.isString() && kHex.match(v.toString()).hasMatch();
}

// A row of one station's chain: from a full event or from the skeleton.
struct ChainRow {
    QString prevHash;
    QString rowHash;
    QString where;
};

class Verifier {
public:
    explicit Verifier(ExportVerifyReport& report) : report_(report) {}

    void run(QByteArrayView file);

private:
    void problem(const QString& text) {
        if (report_.problems.size() < kMaxProblems)
            report_.problems << text;
        else if (report_.problems.size() == kMaxProblems)
            report_.problems << tr("too many problems; stopped listing");
    }
    void checkEvents(const QJsonArray& events);
    void checkStation(const QJsonObject& s, int index);
    void checkSignatures();

    ExportVerifyReport& report_;
    std::vector<record::EventRecord> events_;
    std::map<QString, std::map<std::int64_t, ChainRow>> rows_;  // station -> seq -> row
    QHash<QString, size_t> byEntry_;
    QHash<QString, std::int64_t> lastEvent_;  // station -> newest batch event
};

void Verifier::checkEvents(const QJsonArray& events) {
    bool sorted = true;
    for (qsizetype i = 0; i < events.size(); ++i) {
        const QJsonObject o = events[i].toObject();
        const QString where = QStringLiteral("events[%1]").arg(i);
        record::EventRecord e;
        const QJsonValue seq = o.value(QLatin1String("seq"));
        for (const char* field : {"station_id", "event_id", "type", "user_id", "ts_utc"})
            if (!o.value(QLatin1String(field)).isString()) {
                problem(
                    tr("%1: \"%2\" is missing or not a string").arg(where, QLatin1String(field)));
                return;
            }
        if (!seq.isDouble() || seq.toInteger() < 1 || !isHash(o.value(QLatin1String("row_hash"))) ||
            !isHash(o.value(QLatin1String("prev_hash")))) {
            problem(tr("%1: seq, prev_hash or row_hash is missing or malformed").arg(where));
            return;
        }
        e.stationId = o.value(QLatin1String("station_id")).toString();
        e.seq = seq.toInteger();
        e.eventId = o.value(QLatin1String("event_id")).toString();
        e.type = o.value(QLatin1String("type")).toString();
        e.userId = o.value(QLatin1String("user_id")).toString();
        e.tsUtc = o.value(QLatin1String("ts_utc")).toString();
        e.prevHash = o.value(QLatin1String("prev_hash")).toString();
        e.rowHash = o.value(QLatin1String("row_hash")).toString();
        if (o.value(QLatin1String("payload")).isObject())
            e.payload = record::encodeCanonical(o.value(QLatin1String("payload")).toObject());
        else
            e.payload = o.value(QLatin1String("payload_text")).toString().toUtf8();
        const QString entry = review::entryId(e);
        const QString at = QStringLiteral("%1 (%2)").arg(where, entry);
        if (record::chain::rowHash(e) != e.rowHash)
            problem(tr("%1: content changed (the row hash does not match the content)").arg(at));
        if (byEntry_.contains(entry))
            problem(tr("%1: the event is listed twice").arg(at));
        if (!events_.empty()) {
            const record::EventRecord& p = events_.back();
            sorted = sorted &&
                     (p.stationId < e.stationId || (p.stationId == e.stationId && p.seq < e.seq));
        }
        byEntry_.insert(entry, events_.size());
        rows_[e.stationId][e.seq] = {e.prevHash, e.rowHash, at};
        lastEvent_[e.stationId] = std::max(lastEvent_.value(e.stationId), e.seq);
        events_.push_back(std::move(e));
    }
    if (!sorted)
        problem(tr("events: not in (station, seq) order"));
    report_.events = static_cast<qint64>(events_.size());
}

void Verifier::checkStation(const QJsonObject& s, int index) {
    const QString where = QStringLiteral("stations[%1]").arg(index);
    const QString station = s.value(QLatin1String("station_id")).toString();
    const QByteArray key =
        QByteArray::fromHex(s.value(QLatin1String("public_key")).toString().toLatin1());
    const std::int64_t first = s.value(QLatin1String("first_seq")).toInteger();
    const std::int64_t last = s.value(QLatin1String("last_seq")).toInteger();
    if (station.isEmpty() || key.size() != 32 || first < 1 || last < first) {
        problem(tr("%1: station_id, public_key, first_seq or last_seq is missing or malformed")
                    .arg(where));
        return;
    }
    std::map<std::int64_t, ChainRow>& rows = rows_[station];
    const QJsonArray chain = s.value(QLatin1String("chain")).toArray();
    for (qsizetype i = 0; i < chain.size(); ++i) {
        const QJsonObject r = chain[i].toObject();
        const std::int64_t seq = r.value(QLatin1String("seq")).toInteger();
        const QString at = QStringLiteral("%1.chain[%2]").arg(where).arg(i);
        if (!isHash(r.value(QLatin1String("prev_hash"))) ||
            !isHash(r.value(QLatin1String("row_hash")))) {
            problem(tr("%1: prev_hash or row_hash is malformed").arg(at));
            return;
        }
        if (!rows.emplace(seq, ChainRow{r.value(QLatin1String("prev_hash")).toString(),
                                        r.value(QLatin1String("row_hash")).toString(), at})
                 .second)
            problem(tr("%1: seq %2 is given twice").arg(at).arg(seq));
    }
    report_.chainRows += chain.size();
    // Gap-free and linked from first to last.
    const ChainRow* previous = nullptr;
    for (std::int64_t seq = first; seq <= last; ++seq) {
        const auto it = rows.find(seq);
        if (it == rows.end()) {
            problem(
                tr("%1: station %2 seq %3 is missing from the chain").arg(where, station).arg(seq));
            return;
        }
        if (previous && it->second.prevHash != previous->rowHash) {
            problem(tr("%1: chain link broken (its prev_hash is not the row hash of seq %2)")
                        .arg(it->second.where)
                        .arg(seq - 1));
            return;
        }
        previous = &it->second;
    }
    if (rows.size() != static_cast<size_t>(last - first + 1))
        problem(tr("%1: rows outside first_seq..last_seq").arg(where));
    bool anchored = false;
    const QJsonArray checkpoints = s.value(QLatin1String("checkpoints")).toArray();
    for (qsizetype i = 0; i < checkpoints.size(); ++i) {
        const QJsonObject c = checkpoints[i].toObject();
        const QString at = QStringLiteral("%1.checkpoints[%2]").arg(where).arg(i);
        const std::int64_t seq = c.value(QLatin1String("seq")).toInteger();
        const QString head = c.value(QLatin1String("head_hash")).toString();
        const QByteArray signature =
            QByteArray::fromHex(c.value(QLatin1String("signature")).toString().toLatin1());
        const QByteArray message = record::chain::checkpointMessage(
            station, seq, head, c.value(QLatin1String("ts_utc")).toString());
        if (!crypto::ed25519Verify(key, message, signature)) {
            problem(tr("%1: the Ed25519 signature does not verify").arg(at));
            continue;
        }
        const auto row = rows.find(seq);
        if (row == rows.end() || row->second.rowHash != head) {
            problem(
                tr("%1: the signed head hash differs from the chain at seq %2").arg(at).arg(seq));
            continue;
        }
        ++report_.checkpoints;
        anchored = anchored || seq >= lastEvent_.value(station);
    }
    if (!anchored)
        problem(tr("%1: no valid checkpoint covers the batch's last event (seq %2)")
                    .arg(where)
                    .arg(lastEvent_.value(station)));
}

void Verifier::checkSignatures() {
    for (const record::EventRecord& e : events_) {
        if (e.type != record::types::kSigned)
            continue;
        QJsonObject p;
        try {
            p = record::decodeCanonicalObject(e.payload);
        } catch (const record::CanonicalJsonError&) {
            continue;  // already reported as changed content
        }
        const QString subject =
            review::entryId(p.value(QLatin1String("subject_station")).toString(),
                            p.value(QLatin1String("subject_seq")).toInteger());
        const auto it = byEntry_.constFind(subject);
        if (it == byEntry_.constEnd())
            problem(tr("signature %1: its subject %2 is not in the export")
                        .arg(review::entryId(e), subject));
        else if (events_[it.value()].rowHash != p.value(QLatin1String("content_hash")).toString())
            problem(tr("signature %1: it does not bind the content of %2")
                        .arg(review::entryId(e), subject));
    }
}

void Verifier::run(QByteArrayView file) {
    if (file.size() > kMaxJsonExportBytes) {
        problem(tr("the file is larger than %1 bytes").arg(kMaxJsonExportBytes));
        return;
    }
    if (!file.endsWith('\n')) {
        problem(tr("the file does not end with the newline BatchStation writes"));
        return;
    }
    QJsonObject doc;
    try {
        // The export's own structure adds three levels to a payload's 32.
        const record::CanonicalLimits limits{file.size(), 36};
        doc = record::decodeCanonicalObject(file.first(file.size() - 1), limits);
    } catch (const record::CanonicalJsonError& e) {
        problem(tr("not an export in the exact form BatchStation writes (changed or re-saved): %1")
                    .arg(QString::fromUtf8(e.what())));
        return;
    }
    if (doc.value(QLatin1String("format")).toString() != QLatin1String(kJsonExportFormat)) {
        problem(tr("format: not \"%1\"").arg(QLatin1String(kJsonExportFormat)));
        return;
    }
    report_.batchId = doc.value(QLatin1String("batch_id")).toString();
    const QString fileHash = doc.value(QLatin1String("file_hash")).toString();
    QJsonObject unhashed = doc;
    unhashed.remove(QStringLiteral("file_hash"));
    if (fileHash != exportFileHash(record::encodeCanonical(unhashed)))
        problem(tr("file_hash: does not match the file's content"));

    checkEvents(doc.value(QLatin1String("events")).toArray());
    if (events_.empty()) {
        problem(tr("events: the export holds no events"));
        return;
    }
    const QJsonArray stations = doc.value(QLatin1String("stations")).toArray();
    QSet<QString> covered;
    for (qsizetype i = 0; i < stations.size(); ++i) {
        const QJsonObject s = stations[i].toObject();
        covered.insert(s.value(QLatin1String("station_id")).toString());
        checkStation(s, static_cast<int>(i));
    }
    for (const auto& [station, rows] : rows_)
        if (!covered.contains(station))
            problem(tr("stations: no chain section for station %1").arg(station));
    checkSignatures();

    report_.recordHash = review::recordHash(events_);
    if (report_.recordHash != doc.value(QLatin1String("record_hash")).toString())
        problem(tr("record_hash: does not match the events"));
    bool started = false;
    for (const record::EventRecord& e : events_)
        if (e.type == QLatin1String("BatchStarted"))
            started = started || e.payloadObject().value(QLatin1String("batch_id")).toString() ==
                                     report_.batchId;
    if (!started)
        problem(tr("events: no BatchStarted event of batch %1").arg(report_.batchId));
}

}  // namespace

ExportVerifyReport verifyBatchJson(QByteArrayView file) {
    ExportVerifyReport report;
    try {
        Verifier(report).run(file);
    } catch (const std::exception& e) {
        // Defensive: nothing above is meant to throw for bad input, but a verifier must
        // answer "not verified" rather than crash on whatever it is given.
        report.problems << tr("cannot be checked: %1").arg(QString::fromUtf8(e.what()));
    }
    report.ok = report.problems.isEmpty();
    return report;
}

QByteArray ExportVerifyReport::toJson() const {
    QJsonObject o{{QStringLiteral("ok"), ok},
                  {QStringLiteral("batch_id"), batchId},
                  {QStringLiteral("events"), events},
                  {QStringLiteral("chain_rows"), chainRows},
                  {QStringLiteral("checkpoints"), checkpoints},
                  {QStringLiteral("record_hash"), recordHash},
                  {QStringLiteral("problems"), QJsonArray::fromStringList(problems)}};
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

}  // namespace batch::exports
