#include "mva/ObservationStore.h"

#include "crypto/Crypto.h"
#include "log/Logging.h"
#include "mva/BatchEvents.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtEndian>

#include <spdlog/spdlog.h>

#include <algorithm>
#include <bit>
#include <cmath>
#include <cstring>
#include <limits>

namespace batch::mva {
namespace {

using Kind = ObservationStoreError::Kind;

QString key(const char* n) {
    return QString::fromLatin1(n);
}

QString tr(const char* text) {
    return QCoreApplication::translate("batch::mva::ObservationStore", text);
}

auto log() {
    static auto l = logging::logger("batch.core.mva");
    return l;
}

constexpr const char* kSelectRun =
    "SELECT run_id, batch_id, model_id, model_version, model_hash, soft_model_id, "
    "soft_model_version, soft_model_hash, columns, started_station, started_seq, started_utc, "
    "sealed_station, sealed_seq FROM mva_runs ";

void appendBe64(QByteArray& out, std::uint64_t v) {
    char b[8];
    qToBigEndian(v, b);
    out.append(b, 8);
}

void appendLp(QByteArray& out, const QByteArray& bytes) {
    char b[4];
    qToBigEndian(static_cast<std::uint32_t>(bytes.size()), b);
    out.append(b, 4);
    out.append(bytes);
}

double decodeValue(const char* p) {
    return std::bit_cast<double>(qFromLittleEndian<std::uint64_t>(p));
}

QJsonArray columnsJson(const QStringList& columns) {
    QJsonArray a;
    for (const QString& c : columns) a.append(c);
    return a;
}

QStringList columnsFromText(const QByteArray& text) {
    QStringList out;
    for (const QJsonValue& v : QJsonDocument::fromJson(text).array()) out << v.toString();
    return out;
}

// A digest an alarm event recorded for this run.
struct Anchor {
    std::int64_t observations = 0;
    QString digest;
    std::int64_t seq = 0;  // of the alarm event
    bool operator<(const Anchor& o) const { return observations < o.observations; }
};

// The digests alarm events carry for this run, by observation count.
std::vector<Anchor> anchors(const record::Journal& journal, const MonitoringRun& run) {
    std::vector<Anchor> out;
    for (const QString& type :
         {QStringLiteral("MvaAlarmRaised"), QStringLiteral("MvaAlarmCleared")}) {
        for (const record::EventRecord& e : journal.events(eventsOfType(type))) {
            const QJsonObject p = e.payloadObject();
            if (p.value(key("batch_id")).toString() != run.batchId ||
                p.value(key("model_id")).toString() != run.models.modelId ||
                !p.contains(key("observations_digest")))
                continue;
            out.push_back({p.value(key("observations")).toInteger(),
                           p.value(key("observations_digest")).toString(), e.seq});
        }
    }
    std::sort(out.begin(), out.end());
    return out;
}

}  // namespace

QString integrityStatusName(ObservationIntegrity::Status s) {
    switch (s) {
        case ObservationIntegrity::Status::Sealed:
            return QStringLiteral("sealed");
        case ObservationIntegrity::Status::Open:
            return QStringLiteral("open");
        case ObservationIntegrity::Status::Broken:
            return QStringLiteral("broken");
    }
    return {};
}

QByteArray encodeObservationValues(const double* values, int count) {
    QByteArray out(count * 8, Qt::Uninitialized);
    for (int k = 0; k < count; ++k) {
        const double v =
            std::isnan(values[k]) ? std::numeric_limits<double>::quiet_NaN() : values[k];
        qToLittleEndian(std::bit_cast<std::uint64_t>(v), out.data() + 8 * k);
    }
    return out;
}

QByteArray observationRowHash(const MonitoringRun& run, std::int64_t index, double maturity,
                              const QByteArray& values, const QByteArray& previous) {
    QByteArray m = QByteArrayLiteral("BatchStation/mva-observation/v1");
    appendLp(m, run.batchId.toUtf8());
    appendLp(m, run.models.modelId.toUtf8());
    appendBe64(m, static_cast<std::uint64_t>(run.models.modelVersion));
    appendBe64(m, static_cast<std::uint64_t>(index));
    appendBe64(m, std::bit_cast<std::uint64_t>(maturity));
    appendLp(m, values);
    m.append(previous);
    return crypto::sha256(m);
}

ObservationStore::ObservationStore(record::Journal& journal, ObservationLimits limits)
    : journal_(journal), limits_(limits) {}

MonitoringRun ObservationStore::readRun(const store::Statement& st) const {
    MonitoringRun r;
    r.runId = st.int64(0);
    r.batchId = st.text(1);
    r.models.modelId = st.text(2);
    r.models.modelVersion = static_cast<int>(st.int64(3));
    r.models.modelHash = st.text(4);
    if (!st.isNull(5)) {
        r.models.softModelId = st.text(5);
        r.models.softModelVersion = static_cast<int>(st.int64(6));
        r.models.softModelHash = st.text(7);
    }
    r.columns = columnsFromText(st.utf8(8));
    r.startStation = st.text(9);
    r.startSeq = st.int64(10);
    r.startedUtc = st.text(11);
    if (const auto started = journal_.event(r.startStation, r.startSeq))
        r.anchor = QByteArray::fromHex(started->rowHash.toLatin1());
    r.head = r.anchor;
    store::Statement last = journal_.db().prepare(
        "SELECT idx, row_hash, maturity FROM mva_observations WHERE run_id = ? "
        "ORDER BY idx DESC LIMIT 1");
    last.bind(1, r.runId);
    if (last.step()) {
        r.count = last.int64(0) + 1;
        r.head = last.blob(1);
        r.lastMaturity = last.real(2);
    }
    if (!st.isNull(12) && !st.isNull(13)) {
        RunSeal s;
        s.stationId = st.text(12);
        s.seq = st.int64(13);
        if (const auto e = journal_.event(s.stationId, s.seq)) {
            const QJsonObject p = e->payloadObject();
            s.sealedUtc = e->tsUtc;
            s.observations = p.value(key("observations")).toInteger();
            s.digest = p.value(key("observations_digest")).toString();
            s.limitReached = p.value(key("limit_reached")).toBool();
        }
        r.seal = s;
    }
    return r;
}

std::optional<MonitoringRun> ObservationStore::find(const QString& batchId,
                                                    const QString& modelId) const {
    store::Statement st = journal_.db().prepare(
        (std::string(kSelectRun) + "WHERE batch_id = ? AND model_id = ?").c_str());
    st.bind(1, batchId).bind(2, modelId);
    if (!st.step())
        return std::nullopt;
    return readRun(st);
}

std::vector<MonitoringRun> ObservationStore::runs(const QString& batchId) const {
    store::Statement st = journal_.db().prepare(
        (std::string(kSelectRun) + "WHERE batch_id = ? ORDER BY run_id").c_str());
    st.bind(1, batchId);
    std::vector<MonitoringRun> out;
    while (st.step()) out.push_back(readRun(st));
    return out;
}

QStringList ObservationStore::batches(int limit) const {
    store::Statement st = journal_.db().prepare(
        "SELECT batch_id FROM mva_runs GROUP BY batch_id ORDER BY max(run_id) DESC LIMIT ?");
    st.bind(1, limit);
    QStringList out;
    while (st.step()) out << st.text(0);
    return out;
}

MonitoringRun ObservationStore::start(record::RecordTransaction& txn, const QString& batchId,
                                      const RunModels& models, const QStringList& columns) {
    if (batchId.isEmpty() || batchId.size() > 128)
        throw ObservationStoreError(Kind::Invalid, tr("A batch id must have 1 to 128 characters."));
    if (columns.isEmpty() || columns.size() > limits_.maxColumns)
        throw ObservationStoreError(Kind::Invalid,
                                    tr("An MVA monitoring run stores 1 to %1 columns, not %2.")
                                        .arg(limits_.maxColumns)
                                        .arg(columns.size()));
    if (find(batchId, models.modelId))
        throw ObservationStoreError(
            Kind::Exists,
            tr("Batch %1 is already monitored with model %2.").arg(batchId, models.modelId));
    QJsonObject payload{{key("batch_id"), batchId},
                        {key("model_id"), models.modelId},
                        {key("model_version"), models.modelVersion},
                        {key("model_content_hash"), models.modelHash},
                        {key("columns"), columnsJson(columns)},
                        {key("max_observations"), static_cast<qint64>(limits_.maxObservations)}};
    if (!models.softModelId.isEmpty()) {
        payload.insert(key("soft_sensor_id"), models.softModelId);
        payload.insert(key("soft_sensor_version"), models.softModelVersion);
        payload.insert(key("soft_sensor_content_hash"), models.softModelHash);
    }
    const record::EventRecord e = appendForBatch(
        journal_, txn, batchId, {types::kMvaMonitoringStarted, QStringLiteral("system"), payload});
    store::Statement ins = txn.db().prepare(
        "INSERT INTO mva_runs (batch_id, model_id, model_version, model_hash, soft_model_id, "
        "soft_model_version, soft_model_hash, columns, started_station, started_seq, "
        "started_utc) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    ins.bind(1, batchId).bind(2, models.modelId).bind(3, models.modelVersion);
    ins.bind(4, models.modelHash);
    if (models.softModelId.isEmpty())
        ins.bindNull(5).bindNull(6).bindNull(7);
    else
        ins.bind(5, models.softModelId)
            .bind(6, models.softModelVersion)
            .bind(7, models.softModelHash);
    ins.bindUtf8(8, QJsonDocument(columnsJson(columns)).toJson(QJsonDocument::Compact));
    ins.bind(9, e.stationId).bind(10, e.seq).bind(11, e.tsUtc);
    ins.run();
    MonitoringRun r;
    r.runId = txn.db().lastInsertRowId();
    r.batchId = batchId;
    r.models = models;
    r.columns = columns;
    r.startStation = e.stationId;
    r.startSeq = e.seq;
    r.startedUtc = e.tsUtc;
    r.anchor = QByteArray::fromHex(e.rowHash.toLatin1());
    r.head = r.anchor;
    log()->info("MVA monitoring of batch {} with {} v{} started ({} columns)",
                batchId.toStdString(), models.modelId.toStdString(), models.modelVersion,
                columns.size());
    return r;
}

void ObservationStore::append(record::RecordTransaction& txn, MonitoringRun& run, double maturity,
                              const double* values) {
    if (run.sealed())
        throw ObservationStoreError(Kind::Sealed,
                                    tr("The MVA observations of batch %1 (model %2) are sealed.")
                                        .arg(run.batchId, run.models.modelId));
    if (run.count >= limits_.maxObservations)
        throw ObservationStoreError(Kind::Full,
                                    tr("Batch %1 reached the bound of %2 stored MVA observations.")
                                        .arg(run.batchId)
                                        .arg(limits_.maxObservations));
    if (!std::isfinite(maturity) || (run.count > 0 && maturity <= run.lastMaturity))
        throw ObservationStoreError(
            Kind::Invalid, tr("Observation %1 of batch %2: maturity %3 does not increase (the "
                              "last one was %4).")
                               .arg(run.count)
                               .arg(run.batchId)
                               .arg(maturity)
                               .arg(run.lastMaturity));
    const QByteArray vals = encodeObservationValues(values, static_cast<int>(run.columns.size()));
    const QByteArray hash = observationRowHash(run, run.count, maturity, vals, run.head);
    store::Statement ins = txn.db().prepare(
        "INSERT INTO mva_observations (run_id, idx, maturity, vals, row_hash) "
        "VALUES (?, ?, ?, ?, ?)");
    ins.bind(1, run.runId).bind(2, run.count).bind(3, maturity).bindBlob(4, vals);
    ins.bindBlob(5, hash);
    ins.run();
    ++run.count;
    run.head = hash;
    run.lastMaturity = maturity;
}

RunSeal ObservationStore::seal(record::RecordTransaction& txn, MonitoringRun& run,
                               bool limitReached) {
    if (run.sealed())
        throw ObservationStoreError(Kind::Sealed,
                                    tr("The MVA observations of batch %1 (model %2) are sealed.")
                                        .arg(run.batchId, run.models.modelId));
    QJsonObject payload{{key("batch_id"), run.batchId},
                        {key("model_id"), run.models.modelId},
                        {key("model_version"), run.models.modelVersion},
                        {key("observations"), static_cast<qint64>(run.count)},
                        {key("observations_digest"), QString::fromLatin1(run.head.toHex())},
                        {key("start_seq"), static_cast<qint64>(run.startSeq)}};
    if (limitReached)
        payload.insert(key("limit_reached"), true);
    const record::EventRecord e =
        appendForBatch(journal_, txn, run.batchId,
                       {types::kMvaObservationsSealed, QStringLiteral("system"), payload});
    store::Statement up =
        txn.db().prepare("UPDATE mva_runs SET sealed_station = ?, sealed_seq = ? WHERE run_id = ?");
    up.bind(1, e.stationId).bind(2, e.seq).bind(3, run.runId);
    up.run();
    RunSeal s{e.stationId, e.seq, e.tsUtc, run.count, QString::fromLatin1(run.head.toHex()),
              limitReached};
    run.seal = s;
    log()->info("MVA observations of batch {} ({}) sealed: {} observations",
                run.batchId.toStdString(), run.models.modelId.toStdString(), run.count);
    return s;
}

StoredObservations ObservationStore::load(const MonitoringRun& run) const {
    const auto k = static_cast<Eigen::Index>(run.columns.size());
    std::vector<double> maturity;
    std::vector<double> cells;
    store::Statement st = journal_.db().prepare(
        "SELECT idx, maturity, vals FROM mva_observations WHERE run_id = ? ORDER BY idx");
    st.bind(1, run.runId);
    while (st.step()) {
        if (static_cast<std::int64_t>(maturity.size()) >= limits_.maxObservations)
            throw ObservationStoreError(Kind::Full, tr("Batch %1 holds more than %2 stored MVA "
                                                       "observations.")
                                                        .arg(run.batchId)
                                                        .arg(limits_.maxObservations));
        const QByteArray vals = st.blob(2);
        if (vals.size() != k * 8)
            throw ObservationStoreError(
                Kind::Invalid, tr("Stored MVA observation %1 of batch %2 has %3 bytes, not %4.")
                                   .arg(st.int64(0))
                                   .arg(run.batchId)
                                   .arg(vals.size())
                                   .arg(k * 8));
        maturity.push_back(st.real(1));
        for (Eigen::Index j = 0; j < k; ++j) cells.push_back(decodeValue(vals.constData() + 8 * j));
    }
    StoredObservations out;
    const auto n = static_cast<Eigen::Index>(maturity.size());
    out.maturity = Eigen::Map<const Eigen::VectorXd>(maturity.data(), n);
    out.values =
        Eigen::Map<const Eigen::Matrix<double, Eigen::Dynamic, Eigen::Dynamic, Eigen::RowMajor>>(
            cells.data(), n, k);
    return out;
}

ObservationIntegrity ObservationStore::verify(const MonitoringRun& run) const {
    ObservationIntegrity out;
    const auto broken = [&](std::int64_t index, const QString& why) {
        out.status = ObservationIntegrity::Status::Broken;
        out.firstBadIndex = index;
        out.reason = why;
        log()->error("MVA observations of batch {} ({}): {}", run.batchId.toStdString(),
                     run.models.modelId.toStdString(), why.toStdString());
        return out;
    };
    const auto started = journal_.event(run.startStation, run.startSeq);
    const QJsonObject sp = started ? started->payloadObject() : QJsonObject();
    if (!started || started->type != types::kMvaMonitoringStarted ||
        sp.value(key("batch_id")).toString() != run.batchId ||
        sp.value(key("model_id")).toString() != run.models.modelId ||
        sp.value(key("model_version")).toInt() != run.models.modelVersion ||
        sp.value(key("model_content_hash")).toString() != run.models.modelHash ||
        sp.value(key("soft_sensor_id")).toString() != run.models.softModelId ||
        sp.value(key("columns")).toArray() != columnsJson(run.columns))
        return broken(0, tr("the monitoring run does not match its MvaMonitoringStarted event "
                            "(seq %1)")
                             .arg(run.startSeq));
    const auto k = run.columns.size();
    // Hashes after each row, to compare with the digests alarm events recorded.
    std::vector<QByteArray> after;
    QByteArray prev = QByteArray::fromHex(started->rowHash.toLatin1());
    store::Statement st = journal_.db().prepare(
        "SELECT idx, maturity, vals, row_hash FROM mva_observations WHERE run_id = ? "
        "ORDER BY idx");
    st.bind(1, run.runId);
    std::int64_t expected = 0;
    while (st.step()) {
        const std::int64_t idx = st.int64(0);
        if (idx != expected)
            return broken(expected, tr("observation %1 is missing").arg(expected));
        const QByteArray vals = st.blob(2);
        if (vals.size() != k * 8)
            return broken(idx, tr("observation %1 has %2 bytes of values, not %3")
                                   .arg(idx)
                                   .arg(vals.size())
                                   .arg(k * 8));
        const QByteArray hash = observationRowHash(run, idx, st.real(1), vals, prev);
        if (hash != st.blob(3))
            return broken(idx,
                          tr("observation %1 was changed (its row hash does not match)").arg(idx));
        prev = hash;
        after.push_back(hash);
        ++expected;
    }
    out.observations = expected;
    // Digests recorded in the event log along the way (alarm events) and at the end.
    std::int64_t verifiedUpTo = 0;
    for (const Anchor& a : anchors(journal_, run)) {
        if (a.observations < 1 || a.observations > expected)
            return broken(std::min(a.observations, expected),
                          tr("the alarm event at seq %1 refers to observation %2, but only %3 "
                             "are stored")
                              .arg(a.seq)
                              .arg(a.observations - 1)
                              .arg(expected));
        if (QString::fromLatin1(after[static_cast<size_t>(a.observations - 1)].toHex()) != a.digest)
            return broken(verifiedUpTo,
                          tr("observations %1 to %2 were changed and re-hashed (the digest the "
                             "alarm event at seq %3 recorded after observation %2 differs)")
                              .arg(verifiedUpTo)
                              .arg(a.observations - 1)
                              .arg(a.seq));
        verifiedUpTo = std::max(verifiedUpTo, a.observations);
    }
    if (!run.seal) {
        out.status = ObservationIntegrity::Status::Open;
        return out;
    }
    const auto sealEvent = journal_.event(run.seal->stationId, run.seal->seq);
    if (!sealEvent || sealEvent->type != types::kMvaObservationsSealed ||
        sealEvent->payloadObject().value(key("batch_id")).toString() != run.batchId ||
        sealEvent->payloadObject().value(key("model_id")).toString() != run.models.modelId)
        return broken(
            0, tr("the seal event (seq %1) is missing or of another run").arg(run.seal->seq));
    if (run.seal->observations != expected)
        return broken(std::min(run.seal->observations, expected),
                      tr("%1 observations are stored, the seal recorded %2")
                          .arg(expected)
                          .arg(run.seal->observations));
    if (QString::fromLatin1(prev.toHex()) != run.seal->digest)
        return broken(verifiedUpTo, tr("observations %1 to %2 were changed and re-hashed (the "
                                       "digest differs from the one sealed at seq %3)")
                                        .arg(verifiedUpTo)
                                        .arg(expected - 1)
                                        .arg(run.seal->seq));
    out.status = ObservationIntegrity::Status::Sealed;
    return out;
}

}  // namespace batch::mva
