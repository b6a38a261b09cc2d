// Central MVA models (kind "mva_model"): versions approved centrally arrive with their
// content and approval and become the station's Approved version of the model id; a batch
// already monitored keeps the version it started with (core/mva ObservationStore binds
// it), since versions are never removed, only superseded or retired.
#include "sync/MvaModelMaster.h"
#include "sync/SyncLog.h"

#include "mva/MvaError.h"
#include "record/Event.h"

#include <QJsonDocument>
#include <QRegularExpression>

#include <spdlog/spdlog.h>

namespace batch::sync {
namespace {

using detail::key;
using mva::ModelStatus;
using mva::modelStatusName;

struct CentralModel {
    QString modelId;
    int version = 0;
    QString kind;
    QString status;
    QByteArray content;  // compact JSON, as stored in mva_models
    QString contentHash;
    QString description;
    QString approverId, approverName, approvedUtc, approvalStation;
    qint64 signatureSeq = 0;
};

CentralModel parseDoc(const MasterChange& change, const QJsonObject& doc) {
    static const QRegularExpression validId(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$"));
    CentralModel m;
    m.modelId = doc.value(key("model_id")).toString();
    if (!validId.match(m.modelId).hasMatch())
        throw MasterDataRefusal(
            QStringLiteral("model_id '%1' is not a valid model id").arg(m.modelId.left(80)));
    const QJsonValue version = doc.value(key("version"));
    m.version = version.toInt(0);
    if (!version.isDouble() || m.version < 1 || version.toDouble() != m.version)
        throw MasterDataRefusal(QStringLiteral("version must be a positive whole number"));
    if (change.key != mvaModelKey(m.modelId, m.version))
        throw MasterDataRefusal(QStringLiteral("the change key '%1' does not name %2")
                                    .arg(change.key.left(80), mvaModelKey(m.modelId, m.version)));
    m.status = doc.value(key("status")).toString();
    if (m.status != modelStatusName(ModelStatus::Approved) &&
        m.status != modelStatusName(ModelStatus::Retired))
        throw MasterDataRefusal(
            QStringLiteral("status '%1' cannot be published (Approved or Retired)").arg(m.status));
    QJsonParseError err{};
    const QJsonDocument content =
        QJsonDocument::fromJson(doc.value(key("content")).toString().toUtf8(), &err);
    if (!content.isObject())
        throw MasterDataRefusal(
            QStringLiteral("content is not a JSON object: %1").arg(err.errorString()));
    try {
        m.kind = mva::ModelRepository::validateModel(content.object());
    } catch (const mva::MvaError& e) {
        throw MasterDataRefusal(QStringLiteral("the model content is invalid: %1")
                                    .arg(QString::fromUtf8(e.what()).left(500)));
    }
    if (doc.value(key("kind")).toString() != m.kind)
        throw MasterDataRefusal(QStringLiteral("kind '%1' differs from the content's kind '%2'")
                                    .arg(doc.value(key("kind")).toString().left(16), m.kind));
    m.contentHash = content.object().value(key("content_hash")).toString();
    if (doc.value(key("content_hash")).toString() != m.contentHash)
        throw MasterDataRefusal(QStringLiteral("content_hash does not match the content"));
    m.content = content.toJson(QJsonDocument::Compact);
    m.description = doc.value(key("description")).toString().left(500);
    const QJsonObject approval = doc.value(key("approval")).toObject();
    m.approverId = approval.value(key("approver_id")).toString();
    m.approverName = approval.value(key("approver_name")).toString();
    m.approvedUtc = approval.value(key("approved_utc")).toString();
    m.approvalStation = approval.value(key("station_id")).toString();
    m.signatureSeq = approval.value(key("signature_seq")).toInteger();
    if (m.status == modelStatusName(ModelStatus::Approved) &&
        (m.approverId.isEmpty() || m.approvedUtc.isEmpty() || m.approvalStation.isEmpty() ||
         m.signatureSeq < 1))
        throw MasterDataRefusal(QStringLiteral(
            "an approved model needs its approval: approver_id, approved_utc, station_id and "
            "signature_seq"));
    return m;
}

class MvaModelApplier final : public MasterDataApplier {
public:
    QString kind() const override { return kMvaModelKind; }

    void apply(record::RecordTransaction& txn, const MasterChange& change,
               const QJsonObject& doc) override {
        const CentralModel m = parseDoc(change, doc);
        store::Database& db = txn.db();
        store::Statement row = db.prepare(
            "SELECT status, content_hash FROM mva_models WHERE model_id = ? AND version = ?");
        row.bind(1, m.modelId).bind(2, m.version);
        const bool exists = row.step();
        const QString oldStatus = exists ? row.text(0) : QStringLiteral("None");
        if (exists && row.text(1) != m.contentHash)
            throw MasterDataRefusal(
                QStringLiteral("this station holds MVA model %1 version %2 with different "
                               "content (hash %3)")
                    .arg(m.modelId)
                    .arg(m.version)
                    .arg(row.text(1)));
        const bool approve = m.status == modelStatusName(ModelStatus::Approved);
        std::optional<int> superseded;
        if (approve) {
            store::Statement current = db.prepare(
                "SELECT version FROM mva_models WHERE model_id = ? AND status = 'Approved' "
                "AND version <> ?");
            current.bind(1, m.modelId).bind(2, m.version);
            if (current.step())
                superseded = static_cast<int>(current.int64(0));
        }

        QJsonObject payload = appliedPayload(change);
        payload.insert(key("model_id"), m.modelId);
        payload.insert(key("version"), m.version);
        payload.insert(key("model_kind"), m.kind);
        payload.insert(key("content_hash"), m.contentHash);
        payload.insert(key("old_status"), oldStatus);
        payload.insert(key("new_status"), m.status);
        if (approve) {
            payload.insert(key("approver_id"), m.approverId);
            payload.insert(key("approved_utc"), m.approvedUtc);
            payload.insert(key("approval_station"), m.approvalStation);
            payload.insert(key("approval_signature_seq"), m.signatureSeq);
        }
        if (superseded)
            payload.insert(key("superseded_version"), *superseded);
        // First the applied event: the model row refers to it as its import and approval.
        const record::EventRecord e =
            txn.append({types::kMasterDataApplied, QStringLiteral("system"), payload});
        const QString now = record::formatUtcMillis(txn.nowMs());
        if (superseded) {
            db.prepare(
                  "UPDATE mva_models SET status = 'Superseded', status_utc = ? WHERE model_id = ? "
                  "AND version = ?")
                .bind(1, now)
                .bind(2, m.modelId)
                .bind(3, *superseded)
                .run();
            txn.append({mva::types::kMvaModelSuperseded,
                        QStringLiteral("system"),
                        {{key("model_id"), m.modelId},
                         {key("version"), *superseded},
                         {key("old_status"), modelStatusName(ModelStatus::Approved)},
                         {key("new_status"), modelStatusName(ModelStatus::Superseded)},
                         {key("superseded_by"), m.version},
                         {key("source"), QStringLiteral("central")}}});
        }
        if (!exists) {
            store::Statement ins = db.prepare(
                "INSERT INTO mva_models (model_id, version, kind, status, content, content_hash, "
                "description, imported_by, imported_utc, import_station, import_seq, "
                "status_utc) VALUES (?, ?, ?, ?, ?, ?, ?, 'central', ?, ?, ?, ?)");
            ins.bind(1, m.modelId).bind(2, m.version).bind(3, m.kind).bind(4, m.status);
            ins.bindUtf8(5, m.content).bind(6, m.contentHash).bind(7, m.description);
            ins.bind(8, now).bind(9, e.stationId).bind(10, e.seq).bind(11, now);
            ins.run();
        } else {
            db.prepare(
                  "UPDATE mva_models SET status = ?, status_utc = ? WHERE model_id = ? "
                  "AND version = ?")
                .bind(1, m.status)
                .bind(2, now)
                .bind(3, m.modelId)
                .bind(4, m.version)
                .run();
        }
        if (approve && oldStatus != modelStatusName(ModelStatus::Approved)) {
            db.prepare(
                  "UPDATE mva_models SET approver_id = ?, approved_utc = ?, approval_station = ?, "
                  "approval_seq = ? WHERE model_id = ? AND version = ?")
                .bind(1, m.approverId)
                .bind(2, m.approvedUtc)
                .bind(3, e.stationId)
                .bind(4, e.seq)
                .bind(5, m.modelId)
                .bind(6, m.version)
                .run();
        }
        if (!approve && exists && oldStatus != m.status)
            txn.append({mva::types::kMvaModelRetired,
                        QStringLiteral("system"),
                        {{key("model_id"), m.modelId},
                         {key("version"), m.version},
                         {key("old_status"), oldStatus},
                         {key("new_status"), m.status},
                         {key("source"), QStringLiteral("central")}}});
        detail::log()->info("central MVA model {} v{} applied ({} -> {})", m.modelId.toStdString(),
                            m.version, oldStatus.toStdString(), m.status.toStdString());
    }
};

}  // namespace

QString mvaModelKey(const QString& modelId, int version) {
    return modelId + QLatin1Char('@') + QString::number(version);
}

QJsonObject mvaModelDocument(const mva::ApprovedModel& model, const QString& approverName) {
    const mva::ModelVersionInfo& i = model.info;
    return {{key("model_id"), i.modelId},
            {key("version"), i.version},
            {key("kind"), i.kind},
            {key("status"), modelStatusName(ModelStatus::Approved)},
            {key("content"),
             QString::fromUtf8(QJsonDocument(model.content).toJson(QJsonDocument::Compact))},
            {key("content_hash"), i.contentHash},
            {key("description"), i.description},
            {key("approval"),
             QJsonObject{{key("approver_id"), i.approverId},
                         {key("approver_name"), approverName},
                         {key("approved_utc"), i.approvedUtc},
                         {key("station_id"), i.approvalSignature.stationId},
                         {key("signature_seq"), static_cast<qint64>(i.approvalSignature.seq)}}}};
}

std::unique_ptr<MasterDataApplier> makeMvaModelApplier() {
    return std::make_unique<MvaModelApplier>();
}

}  // namespace batch::sync
