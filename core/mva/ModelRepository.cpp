#include "mva/ModelRepository.h"

#include "log/Logging.h"
#include "mva/BatchEvolution.h"
#include "mva/BatchLevel.h"
#include "mva/ModelJson.h"
#include "mva/MvaError.h"
#include "mva/PlsModelJson.h"

#include <QCoreApplication>
#include <QJsonDocument>

#include <spdlog/spdlog.h>

#include <array>

namespace batch::mva {
namespace {

using Kind = ModelRepositoryError::Kind;

auto log() {
    static auto l = logging::logger("batch.core.mva");
    return l;
}

QString tr(const char* text) {
    return QCoreApplication::translate("batch::mva::ModelRepository", text);
}

QString key(const char* name) {
    return QString::fromLatin1(name);
}

constexpr std::array kStatusNames{
    std::pair{ModelStatus::Draft, "Draft"},
    std::pair{ModelStatus::Approved, "Approved"},
    std::pair{ModelStatus::Superseded, "Superseded"},
    std::pair{ModelStatus::Retired, "Retired"},
};

constexpr const char* kSelect =
    "SELECT model_id, version, kind, status, content_hash, description, imported_by, "
    "imported_utc, import_station, import_seq, approver_id, approved_utc, approval_station, "
    "approval_seq, status_utc FROM mva_models ";

ModelVersionInfo readRow(const store::Statement& st) {
    ModelVersionInfo i;
    i.modelId = st.text(0);
    i.version = static_cast<int>(st.int64(1));
    i.kind = st.text(2);
    i.status = modelStatusFromName(st.text(3)).value_or(ModelStatus::Retired);
    i.contentHash = st.text(4);
    i.description = st.text(5);
    i.importedBy = st.text(6);
    i.importedUtc = st.text(7);
    i.importEvent = {st.text(8), st.int64(9)};
    i.approverId = st.isNull(10) ? QString() : st.text(10);
    i.approvedUtc = st.isNull(11) ? QString() : st.text(11);
    if (!st.isNull(12) && !st.isNull(13))
        i.approvalSignature = {st.text(12), st.int64(13)};
    i.statusUtc = st.text(14);
    return i;
}

std::optional<ModelVersionInfo> loadRow(store::Database& db, const QString& id, int version) {
    store::Statement st =
        db.prepare((std::string(kSelect) + "WHERE model_id = ? AND version = ?").c_str());
    st.bind(1, id).bind(2, version);
    if (!st.step())
        return std::nullopt;
    return readRow(st);
}

std::optional<ModelVersionInfo> loadApproved(store::Database& db, const QString& id) {
    store::Statement st =
        db.prepare((std::string(kSelect) + "WHERE model_id = ? AND status = 'Approved'").c_str());
    st.bind(1, id);
    if (!st.step())
        return std::nullopt;
    return readRow(st);
}

ModelRepositoryError notFound(const QString& id, int version) {
    return ModelRepositoryError(Kind::NotFound,
                                tr("MVA model %1 version %2 does not exist.").arg(id).arg(version));
}

QJsonObject basePayload(const ModelVersionInfo& row, ModelStatus to) {
    return {{key("model_id"), row.modelId},
            {key("version"), row.version},
            {key("kind"), row.kind},
            {key("content_hash"), row.contentHash},
            {key("old_status"), modelStatusName(row.status)},
            {key("new_status"), modelStatusName(to)}};
}

void setStatus(store::Database& db, const ModelVersionInfo& row, ModelStatus to,
               const QString& utc) {
    store::Statement st = db.prepare(
        "UPDATE mva_models SET status = ?, status_utc = ? WHERE model_id = ? AND version = ?");
    st.bind(1, modelStatusName(to)).bind(2, utc).bind(3, row.modelId).bind(4, row.version);
    st.run();
}

void requireStatus(const ModelVersionInfo& row, ModelStatus wanted, const QString& action) {
    if (row.status != wanted)
        throw ModelRepositoryError(
            Kind::WrongState,
            tr("MVA model %1 version %2 is %3: cannot %4 (it must be %5).")
                .arg(row.modelId)
                .arg(row.version)
                .arg(modelStatusName(row.status), action, modelStatusName(wanted)));
}

}  // namespace

QString modelStatusName(ModelStatus s) {
    for (const auto& [k, n] : kStatusNames)
        if (k == s)
            return QString::fromLatin1(n);
    return {};
}

std::optional<ModelStatus> modelStatusFromName(const QString& name) {
    for (const auto& [k, n] : kStatusNames)
        if (name == QLatin1String(n))
            return k;
    return std::nullopt;
}

ModelRepository::ModelRepository(record::Journal& journal, security::SignatureService& signatures)
    : journal_(journal), signatures_(signatures) {}

QString ModelRepository::validateModel(const QJsonObject& o) {
    const QString format = o.value(QStringLiteral("format")).toString();
    if (format == QLatin1String("batchstation.mva.pca")) {
        pcaModelFromJson(o);
        return QStringLiteral("pca");
    }
    if (format == QLatin1String("batchstation.mva.pls")) {
        plsModelFromJson(o);
        return QStringLiteral("pls");
    }
    if (format == QLatin1String("batchstation.mva.bem")) {
        bemFromJson(o);
        return QStringLiteral("bem");
    }
    if (format == QLatin1String("batchstation.mva.blm")) {
        blmFromJson(o);
        return QStringLiteral("blm");
    }
    throw MvaError("model file: unknown format '" + format.left(64).toStdString() +
                   "' (expected batchstation.mva.pca, .pls, .bem or .blm)");
}

ModelVersionInfo ModelRepository::importDraft(const security::User& actor, const QString& modelId,
                                              QByteArrayView bytes, const QString& description,
                                              const QString& reason) {
    if (actor.disabled || !actor.has(security::Permission::ManageMasterData))
        throw ModelRepositoryError(Kind::NotAuthorized,
                                   tr("%1 may not manage MVA models.").arg(actor.id));
    static const QRegularExpression kId(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$"));
    if (!kId.match(modelId).hasMatch())
        throw ModelRepositoryError(Kind::Invalid,
                                   tr("Model id '%1' must be 1 to 64 letters, digits, '.', '_' "
                                      "or '-'.")
                                       .arg(modelId.left(80)));
    QJsonParseError err{};
    const QJsonDocument doc = QJsonDocument::fromJson(bytes.toByteArray(), &err);
    if (doc.isNull() || !doc.isObject())
        throw ModelRepositoryError(
            Kind::Invalid, tr("The model file is not a JSON object: %1").arg(err.errorString()));
    QString kind;
    try {
        kind = validateModel(doc.object());
    } catch (const MvaError& e) {
        throw ModelRepositoryError(Kind::Invalid, QString::fromStdString(e.what()));
    }
    const QString hash = doc.object().value(QStringLiteral("content_hash")).toString();
    const QByteArray canonical = QJsonDocument(doc.object()).toJson(QJsonDocument::Compact);
    int version = 0;
    {
        record::RecordTransaction txn(journal_);
        store::Statement last =
            txn.db().prepare("SELECT coalesce(max(version), 0) FROM mva_models WHERE model_id = ?");
        last.bind(1, modelId);
        last.step();
        version = static_cast<int>(last.int64(0)) + 1;
        QJsonObject payload{{key("model_id"), modelId},
                            {key("version"), version},
                            {key("kind"), kind},
                            {key("content_hash"), hash},
                            {key("old_status"), QStringLiteral("None")},
                            {key("new_status"), modelStatusName(ModelStatus::Draft)}};
        if (!description.trimmed().isEmpty())
            payload.insert(key("description"), description.trimmed());
        if (!reason.trimmed().isEmpty())
            payload.insert(key("reason"), reason.trimmed());
        const record::EventRecord e = txn.append({types::kMvaModelImported, actor.id, payload});
        const QString now = record::formatUtcMillis(txn.nowMs());
        store::Statement st = txn.db().prepare(
            "INSERT INTO mva_models (model_id, version, kind, status, content, content_hash, "
            "description, imported_by, imported_utc, import_station, import_seq, status_utc) "
            "VALUES (?, ?, ?, 'Draft', ?, ?, ?, ?, ?, ?, ?, ?)");
        st.bind(1, modelId).bind(2, version).bind(3, kind).bindUtf8(4, canonical).bind(5, hash);
        st.bind(6, description.trimmed()).bind(7, actor.id).bind(8, now);
        st.bind(9, e.stationId).bind(10, e.seq).bind(11, now);
        st.run();
        txn.commit();
    }
    log()->info("MVA model {} v{} ({}) imported by {} ({})", modelId.toStdString(), version,
                kind.toStdString(), actor.id.toStdString(), hash.toStdString());
    return *find(modelId, version);
}

ModelVersionInfo ModelRepository::approve(const QString& modelId, int version, const QString& qaId,
                                          const QString& password, const QString& comment) {
    const auto info = find(modelId, version);
    if (!info)
        throw notFound(modelId, version);
    const QString action = tr("approve it");
    requireStatus(*info, ModelStatus::Draft, action);
    // Four eyes: whoever brought the model in never approves it.
    if (info->importedBy.compare(qaId, Qt::CaseInsensitive) == 0)
        throw ModelRepositoryError(Kind::SamePerson,
                                   tr("The QA approval must be signed by a different person from "
                                      "the one who imported the model (%1).")
                                       .arg(info->importedBy));
    security::SignRequest request;
    request.signerId = qaId;
    request.password = password;
    request.meaning = security::SignatureMeaning::Approved;
    request.subject = info->importEvent;
    request.reason = comment;
    // The signature commits in its own transaction (SignatureService); approval is only
    // ever read from MvaModelApproved, so a signature without it is harmless.
    const security::SignatureInfo sig = signatures_.sign(request);
    {
        record::RecordTransaction txn(journal_);
        const auto row = loadRow(txn.db(), modelId, version);
        requireStatus(*row, ModelStatus::Draft, action);
        const QString now = record::formatUtcMillis(txn.nowMs());
        if (const auto current = loadApproved(txn.db(), modelId)) {
            QJsonObject old = basePayload(*current, ModelStatus::Superseded);
            old.insert(key("superseded_by"), version);
            setStatus(txn.db(), *current, ModelStatus::Superseded, now);
            txn.append({types::kMvaModelSuperseded, sig.signerId, old});
        }
        QJsonObject payload = basePayload(*row, ModelStatus::Approved);
        payload.insert(key("approver_id"), sig.signerId);
        payload.insert(key("approval_signature_seq"), static_cast<qint64>(sig.event.seq));
        setStatus(txn.db(), *row, ModelStatus::Approved, now);
        store::Statement st = txn.db().prepare(
            "UPDATE mva_models SET approver_id = ?, approved_utc = ?, approval_station = ?, "
            "approval_seq = ? WHERE model_id = ? AND version = ?");
        st.bind(1, sig.signerId).bind(2, sig.signedAtUtc).bind(3, sig.event.stationId);
        st.bind(4, sig.event.seq).bind(5, modelId).bind(6, version);
        st.run();
        txn.append({types::kMvaModelApproved, sig.signerId, payload});
        txn.commit();
    }
    log()->info("MVA model {} v{} approved by {}", modelId.toStdString(), version,
                sig.signerId.toStdString());
    return *find(modelId, version);
}

ModelVersionInfo ModelRepository::retire(const security::User& actor, const QString& modelId,
                                         int version, const QString& reason) {
    if (actor.disabled || !actor.has(security::Permission::ManageMasterData))
        throw ModelRepositoryError(Kind::NotAuthorized,
                                   tr("%1 may not manage MVA models.").arg(actor.id));
    if (reason.trimmed().isEmpty())
        throw ModelRepositoryError(Kind::Invalid, tr("A reason is required to retire a model."));
    record::RecordTransaction txn(journal_);
    const auto row = loadRow(txn.db(), modelId, version);
    if (!row)
        throw notFound(modelId, version);
    if (row->status == ModelStatus::Retired)
        throw ModelRepositoryError(Kind::WrongState, tr("MVA model %1 version %2 is already "
                                                        "retired.")
                                                         .arg(modelId)
                                                         .arg(version));
    QJsonObject payload = basePayload(*row, ModelStatus::Retired);
    payload.insert(key("reason"), reason.trimmed());
    setStatus(txn.db(), *row, ModelStatus::Retired, record::formatUtcMillis(txn.nowMs()));
    txn.append({types::kMvaModelRetired, actor.id, payload});
    txn.commit();
    return *find(modelId, version);
}

std::optional<ModelVersionInfo> ModelRepository::find(const QString& modelId, int version) const {
    return loadRow(journal_.db(), modelId, version);
}

std::vector<ModelVersionInfo> ModelRepository::list(const QString& modelId) const {
    store::Statement st = journal_.db().prepare((std::string(kSelect) +
                                                 (modelId.isEmpty() ? "" : "WHERE model_id = ? ") +
                                                 "ORDER BY model_id, version")
                                                    .c_str());
    if (!modelId.isEmpty())
        st.bind(1, modelId);
    std::vector<ModelVersionInfo> out;
    while (st.step()) out.push_back(readRow(st));
    return out;
}

ApprovedModel ModelRepository::loadForMonitoring(const QString& modelId) const {
    const auto row = loadApproved(journal_.db(), modelId);
    if (!row)
        throw ModelRepositoryError(Kind::NotFound,
                                   tr("MVA model %1 has no approved version; a model is used for "
                                      "monitoring only after QA approval.")
                                       .arg(modelId));
    return verified(*row);
}

ApprovedModel ModelRepository::loadApprovedVersion(const QString& modelId, int version,
                                                   bool allowRetired) const {
    const auto row = loadRow(journal_.db(), modelId, version);
    if (!row)
        throw notFound(modelId, version);
    const bool approvedOnce = row->approvalSignature.seq > 0;
    const bool usable = row->status == ModelStatus::Approved ||
                        row->status == ModelStatus::Superseded ||
                        (allowRetired && row->status == ModelStatus::Retired && approvedOnce);
    if (!usable || !approvedOnce)
        throw ModelRepositoryError(Kind::WrongState,
                                   tr("MVA model %1 version %2 is %3: it cannot be used for "
                                      "monitoring.")
                                       .arg(modelId)
                                       .arg(version)
                                       .arg(modelStatusName(row->status)));
    return verified(*row);
}

// Content, hash, import and approval must still agree: a stored model that fails any
// check is refused as Tampered.
ApprovedModel ModelRepository::verified(const ModelVersionInfo& row) const {
    const QString& modelId = row.modelId;
    store::Statement st =
        journal_.db().prepare("SELECT content FROM mva_models WHERE model_id = ? AND version = ?");
    st.bind(1, row.modelId).bind(2, row.version);
    st.step();
    const QJsonDocument doc = QJsonDocument::fromJson(st.utf8(0));
    const auto tampered = [&](const char* why) {
        log()->error("MVA model {} v{}: {}", modelId.toStdString(), row.version, why);
        return ModelRepositoryError(Kind::Tampered,
                                    tr("The stored MVA model %1 version %2 fails its check: %3.")
                                        .arg(modelId)
                                        .arg(row.version)
                                        .arg(QString::fromLatin1(why)));
    };
    if (!doc.isObject())
        throw tampered("content is not a JSON object");
    try {
        if (validateModel(doc.object()) != row.kind)
            throw tampered("content is of another kind");
    } catch (const MvaError&) {
        throw tampered("content does not match its content hash");
    }
    if (doc.object().value(QStringLiteral("content_hash")).toString() != row.contentHash)
        throw tampered("content hash differs from the one recorded at import");
    const auto approval =
        journal_.event(row.approvalSignature.stationId, row.approvalSignature.seq);
    if (approval && approval->type == types::kCentralMasterDataApplied) {
        // Approved centrally: the applied change must name this very version and content.
        const QJsonObject p = approval->payloadObject();
        if (p.value(key("kind")).toString() != QLatin1String("mva_model") ||
            p.value(key("model_id")).toString() != modelId ||
            p.value(key("version")).toInt() != row.version ||
            p.value(key("content_hash")).toString() != row.contentHash ||
            p.value(key("new_status")).toString() != modelStatusName(ModelStatus::Approved))
            throw tampered("central approval does not name this version and content");
    } else {
        // Approved here: a valid QA signature of this version's import event.
        const auto sig = approval ? security::SignatureService::parse(*approval) : std::nullopt;
        if (!sig || sig->meaning != security::SignatureMeaning::Approved ||
            sig->subject.seq != row.importEvent.seq ||
            sig->subject.stationId != row.importEvent.stationId || !signatures_.verify(sig->event))
            throw tampered("approval signature missing or invalid");
    }
    const auto imported = journal_.event(row.importEvent.stationId, row.importEvent.seq);
    if (!imported ||
        imported->payloadObject().value(key("content_hash")).toString() != row.contentHash)
        throw tampered("import event does not carry this content hash");
    return {row, doc.object()};
}

}  // namespace batch::mva
