// Central master batch records (kind "mbr"): versions approved centrally arrive with
// their content and status. A running batch keeps the version it started with: versions
// are never removed, only superseded, and batches are bound to (mbr_id, version).
#include "sync/MasterData.h"
#include "sync/SyncLog.h"

#include "model/Mbr.h"
#include "model/MbrParser.h"
#include "model/MbrRepository.h"
#include "record/Event.h"

#include <QJsonObject>

namespace batch::sync {
namespace {

using detail::key;

class MbrApplier final : public MasterDataApplier {
public:
    QString kind() const override { return QStringLiteral("mbr"); }

    void apply(record::RecordTransaction& txn, const MasterChange& change,
               const QJsonObject& doc) override {
        const QString status = doc.value(key("status")).toString();
        const auto parsedStatus = model::mbrStatusFromName(status);
        if (!parsedStatus || (*parsedStatus != model::MbrStatus::Effective &&
                              *parsedStatus != model::MbrStatus::Approved &&
                              *parsedStatus != model::MbrStatus::Retired))
            throw MasterDataRefusal(
                QStringLiteral("status '%1' cannot be published (Approved, Effective or "
                               "Retired)")
                    .arg(status));
        const QByteArray content = doc.value(key("content")).toString().toUtf8();
        const model::MbrParseResult parsed = model::MbrParser::parse(content);
        if (!parsed.ok())
            throw MasterDataRefusal(
                QStringLiteral("the MBR content is invalid: %1").arg(parsed.errorText().left(500)));
        const model::MasterBatchRecord& mbr = *parsed.mbr;
        if (doc.value(key("content_hash")).toString() != parsed.contentHash)
            throw MasterDataRefusal(QStringLiteral("content_hash does not match the content"));
        if (change.key != mbr.mbrId + QLatin1Char('@') + mbr.version)
            throw MasterDataRefusal(QStringLiteral("the change key '%1' does not name %2@%3")
                                        .arg(change.key, mbr.mbrId, mbr.version));
        const auto version = model::parseVersion(mbr.version);
        if (!version)
            throw MasterDataRefusal(
                QStringLiteral("version '%1' is not MAJOR.MINOR").arg(mbr.version));

        store::Database& db = txn.db();
        store::Statement row = db.prepare(
            "SELECT status, content_hash FROM mbr_versions WHERE mbr_id = ? AND version = ?");
        row.bind(1, mbr.mbrId).bind(2, mbr.version);
        const bool exists = row.step();
        const QString oldStatus = exists ? row.text(0) : QStringLiteral("None");
        if (exists && row.text(1) != parsed.contentHash)
            throw MasterDataRefusal(
                QStringLiteral("this station holds %1 %2 with different content (hash %3)")
                    .arg(mbr.mbrId, mbr.version, row.text(1)));

        QJsonObject payload = appliedPayload(change);
        payload.insert(key("mbr_id"), mbr.mbrId);
        payload.insert(key("version"), mbr.version);
        payload.insert(key("content_hash"), parsed.contentHash);
        payload.insert(key("old_status"), oldStatus);
        payload.insert(key("new_status"), status);
        const QString now = record::formatUtcMillis(txn.nowMs());
        if (*parsedStatus == model::MbrStatus::Effective) {
            // One effective version per MBR id: the previous one is superseded (batches
            // already running on it keep it: they are bound to their version).
            store::Statement current = db.prepare(
                "SELECT version FROM mbr_versions WHERE mbr_id = ? AND status = 'Effective' "
                "AND version <> ?");
            current.bind(1, mbr.mbrId).bind(2, mbr.version);
            if (current.step()) {
                payload.insert(key("superseded_version"), current.text(0));
                db.prepare(
                      "UPDATE mbr_versions SET status = 'Superseded', status_utc = ? "
                      "WHERE mbr_id = ? AND version = ?")
                    .bind(1, now)
                    .bind(2, mbr.mbrId)
                    .bind(3, current.text(0))
                    .run();
            }
        }
        if (exists) {
            db.prepare(
                  "UPDATE mbr_versions SET status = ?, status_utc = ? WHERE mbr_id = ? "
                  "AND version = ?")
                .bind(1, status)
                .bind(2, now)
                .bind(3, mbr.mbrId)
                .bind(4, mbr.version)
                .run();
        } else {
            store::Statement ins = db.prepare(
                "INSERT INTO mbr_versions (mbr_id, version, version_major, version_minor, "
                "status, title, product_code, content, content_hash, imported_by, "
                "imported_utc, status_utc) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 'central', ?, ?)");
            ins.bind(1, mbr.mbrId).bind(2, mbr.version).bind(3, version->first);
            ins.bind(4, version->second).bind(5, status).bind(6, mbr.title);
            ins.bind(7, mbr.productCode).bindUtf8(8, content).bind(9, parsed.contentHash);
            ins.bind(10, now).bind(11, now);
            ins.run();
        }
        txn.append({types::kMasterDataApplied, QStringLiteral("system"), payload});
    }
};

}  // namespace

std::unique_ptr<MasterDataApplier> makeMbrApplier() {
    return std::make_unique<MbrApplier>();
}

}  // namespace batch::sync
