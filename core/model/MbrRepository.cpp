#include "model/MbrRepository.h"

#include "log/Logging.h"
#include "model/MbrReader.h"

#include <QJsonObject>

#include <spdlog/spdlog.h>

#include <array>
#include <functional>
#include <utility>

namespace batch::model {
namespace {

using detail::MbrText;
using Kind = MbrError::Kind;
using security::Permission;
using security::SignatureMeaning;

auto log() {
    static auto l = logging::logger("batch.core.model");
    return l;
}

QString key(const char* name) {
    return QString::fromLatin1(name);
}

constexpr std::array kStatusNames{
    std::pair{MbrStatus::Draft, "Draft"},           std::pair{MbrStatus::InReview, "InReview"},
    std::pair{MbrStatus::Approved, "Approved"},     std::pair{MbrStatus::Effective, "Effective"},
    std::pair{MbrStatus::Superseded, "Superseded"}, std::pair{MbrStatus::Retired, "Retired"},
};

constexpr const char* kSelect =
    "SELECT mbr_id, version, title, product_code, status, content_hash, imported_by, "
    "imported_utc, submitted_by, submitted_station, submitted_seq, author_id, approver_id, "
    "status_utc FROM mbr_versions ";

MbrVersionInfo readRow(const store::Statement& st) {
    MbrVersionInfo i;
    i.mbrId = st.text(0);
    i.version = st.text(1);
    i.title = st.text(2);
    i.productCode = st.text(3);
    i.status = mbrStatusFromName(st.text(4)).value_or(MbrStatus::Retired);
    i.contentHash = st.text(5);
    i.importedBy = st.text(6);
    i.importedUtc = st.text(7);
    i.submittedBy = st.isNull(8) ? QString() : st.text(8);
    if (!st.isNull(9) && !st.isNull(10))
        i.submission = {st.text(9), st.int64(10)};
    i.authorId = st.isNull(11) ? QString() : st.text(11);
    i.approverId = st.isNull(12) ? QString() : st.text(12);
    i.statusUtc = st.text(13);
    return i;
}

std::optional<MbrVersionInfo> loadRow(store::Database& db, const QString& mbrId,
                                      const QString& version) {
    store::Statement st =
        db.prepare((std::string(kSelect) + "WHERE mbr_id = ? AND version = ?").c_str());
    st.bind(1, mbrId).bind(2, version);
    if (!st.step())
        return std::nullopt;
    return readRow(st);
}

std::optional<MbrVersionInfo> loadEffective(store::Database& db, const QString& mbrId) {
    store::Statement st =
        db.prepare((std::string(kSelect) + "WHERE mbr_id = ? AND status = 'Effective'").c_str());
    st.bind(1, mbrId);
    if (!st.step())
        return std::nullopt;
    return readRow(st);
}

MbrError notFound(const QString& mbrId, const QString& version) {
    return MbrError(Kind::NotFound,
                    MbrText::tr("MBR %1 version %2 does not exist.").arg(mbrId, version));
}

void requireMasterData(const security::User& actor) {
    if (actor.disabled || !actor.has(Permission::ManageMasterData))
        throw MbrError(Kind::NotAuthorized,
                       MbrText::tr("%1 may not manage master batch records.").arg(actor.id));
}

void requireStatus(const MbrVersionInfo& row, const std::vector<MbrStatus>& allowed,
                   const QString& action) {
    QStringList names;
    for (MbrStatus s : allowed) {
        if (row.status == s)
            return;
        names.append(mbrStatusName(s));
    }
    throw MbrError(Kind::WrongState,
                   MbrText::tr("MBR %1 version %2 is %3: cannot %4 (it must be %5).")
                       .arg(row.mbrId, row.version, mbrStatusName(row.status), action,
                            names.join(MbrText::tr(" or "))));
}

QJsonObject basePayload(const MbrVersionInfo& row, MbrStatus to) {
    return {{key("mbr_id"), row.mbrId},
            {key("version"), row.version},
            {key("content_hash"), row.contentHash},
            {key("old_status"), mbrStatusName(row.status)},
            {key("new_status"), mbrStatusName(to)}};
}

void setStatus(store::Database& db, const MbrVersionInfo& row, MbrStatus to, const QString& utc) {
    store::Statement st = db.prepare(
        "UPDATE mbr_versions SET status = ?, status_utc = ? WHERE mbr_id = ? AND version = ?");
    st.bind(1, mbrStatusName(to)).bind(2, utc).bind(3, row.mbrId).bind(4, row.version);
    st.run();
}

// One status change: row update and event in a single RecordTransaction, the current
// status checked inside it so that two stations' clients cannot race past each other.
struct Transition {
    std::vector<MbrStatus> from;
    MbrStatus to;
    QString eventType;
    QString action;  // translated verb phrase for the refusal message
    // Runs after the status check and before the event; may add to the payload.
    std::function<void(record::RecordTransaction&, const MbrVersionInfo&, QJsonObject&)> before;
    // Runs after the event was appended (e.g. to store its seq).
    std::function<void(record::RecordTransaction&, const record::EventRecord&)> after;
};

void apply(record::Journal& journal, const QString& userId, const QString& mbrId,
           const QString& version, const QString& reason, const Transition& t) {
    record::RecordTransaction txn(journal);
    const auto row = loadRow(txn.db(), mbrId, version);
    if (!row)
        throw notFound(mbrId, version);
    requireStatus(*row, t.from, t.action);
    QJsonObject payload = basePayload(*row, t.to);
    if (!reason.trimmed().isEmpty())
        payload.insert(key("reason"), reason.trimmed());
    if (t.before)
        t.before(txn, *row, payload);
    setStatus(txn.db(), *row, t.to, record::formatUtcMillis(txn.nowMs()));
    const record::EventRecord e = txn.append({t.eventType, userId, payload});
    if (t.after)
        t.after(txn, e);
    txn.commit();
    log()->info("MBR {} {} {} -> {} by {}", mbrId.toStdString(), version.toStdString(),
                mbrStatusName(row->status).toStdString(), mbrStatusName(t.to).toStdString(),
                userId.toStdString());
}

}  // namespace

QString mbrStatusName(MbrStatus status) {
    for (const auto& [s, name] : kStatusNames)
        if (s == status)
            return QString::fromLatin1(name);
    return {};
}

std::optional<MbrStatus> mbrStatusFromName(const QString& name) {
    for (const auto& [s, n] : kStatusNames)
        if (name == QLatin1String(n))
            return s;
    return std::nullopt;
}

MbrRepository::MbrRepository(record::Journal& journal, security::SignatureService& signatures)
    : journal_(journal), signatures_(signatures) {}

MbrVersionInfo MbrRepository::importDraft(const security::User& actor, QByteArrayView json,
                                          const QString& reason) {
    requireMasterData(actor);
    MbrParseResult parsed = MbrParser::parse(json);
    if (!parsed.ok())
        throw MbrError(Kind::Invalid,
                       MbrText::tr("The master batch record has %n problem(s):\n%1", nullptr,
                                   static_cast<int>(parsed.issues.size()))
                           .arg(parsed.errorText()),
                       parsed.issues);
    const MasterBatchRecord& mbr = *parsed.mbr;
    const auto [major, minor] = *parseVersion(mbr.version);
    {
        record::RecordTransaction txn(journal_);
        if (loadRow(txn.db(), mbr.mbrId, mbr.version))
            throw MbrError(Kind::Conflict, MbrText::tr("MBR %1 version %2 was already imported; "
                                                       "give the changed document a new version.")
                                               .arg(mbr.mbrId, mbr.version));
        const QString now = record::formatUtcMillis(txn.nowMs());
        store::Statement st = txn.db().prepare(
            "INSERT INTO mbr_versions (mbr_id, version, version_major, version_minor, status, "
            "title, product_code, content, content_hash, imported_by, imported_utc, status_utc) "
            "VALUES (?, ?, ?, ?, 'Draft', ?, ?, ?, ?, ?, ?, ?)");
        st.bind(1, mbr.mbrId).bind(2, mbr.version).bind(3, major).bind(4, minor);
        st.bind(5, mbr.title).bind(6, mbr.productCode);
        st.bindUtf8(7, json.toByteArray()).bind(8, parsed.contentHash);
        st.bind(9, actor.id).bind(10, now).bind(11, now);
        st.run();
        QJsonObject payload{{key("mbr_id"), mbr.mbrId},
                            {key("version"), mbr.version},
                            {key("title"), mbr.title},
                            {key("product_code"), mbr.productCode},
                            {key("content_hash"), parsed.contentHash},
                            {key("old_status"), QStringLiteral("None")},
                            {key("new_status"), mbrStatusName(MbrStatus::Draft)}};
        if (!reason.trimmed().isEmpty())
            payload.insert(key("reason"), reason.trimmed());
        txn.append({types::kMbrImported, actor.id, payload});
        txn.commit();
    }
    log()->info("MBR {} {} imported by {} ({})", mbr.mbrId.toStdString(), mbr.version.toStdString(),
                actor.id.toStdString(), parsed.contentHash.toStdString());
    return require(mbr.mbrId, mbr.version);
}

MbrVersionInfo MbrRepository::submitForReview(const security::User& actor, const QString& mbrId,
                                              const QString& version, const QString& reason) {
    requireMasterData(actor);
    const QString mbr = mbrId;
    const QString ver = version;
    const QString who = actor.id;
    apply(journal_, actor.id, mbrId, version, reason,
          {{MbrStatus::Draft},
           MbrStatus::InReview,
           types::kMbrSubmitted,
           MbrText::tr("submit it for review"),
           {},
           [&](record::RecordTransaction& txn, const record::EventRecord& e) {
               store::Statement st = txn.db().prepare(
                   "UPDATE mbr_versions SET submitted_by = ?, submitted_station = ?, "
                   "submitted_seq = ? WHERE mbr_id = ? AND version = ?");
               st.bind(1, who).bind(2, e.stationId).bind(3, e.seq).bind(4, mbr).bind(5, ver);
               st.run();
           }});
    return require(mbrId, version);
}

MbrVersionInfo MbrRepository::sendBackToDraft(const security::User& actor, const QString& mbrId,
                                              const QString& version, const QString& reason) {
    if (actor.disabled ||
        !(actor.has(Permission::ManageMasterData) || actor.has(Permission::ReviewRecords)))
        throw MbrError(Kind::NotAuthorized,
                       MbrText::tr("%1 may not send a master batch record back to Draft (needs "
                                   "manage_master_data or review_records).")
                           .arg(actor.id));
    if (reason.trimmed().isEmpty())
        throw MbrError(Kind::Invalid,
                       MbrText::tr("A reason is required to send an MBR version back to Draft."));
    const QString mbr = mbrId;
    const QString ver = version;
    apply(journal_, actor.id, mbrId, version, reason,
          {{MbrStatus::InReview},
           MbrStatus::Draft,
           types::kMbrReturnedToDraft,
           MbrText::tr("send it back to Draft"),
           [](record::RecordTransaction&, const MbrVersionInfo& row, QJsonObject& payload) {
               // Which submission the review ended: its signatures stay in the record
               // but no longer approve anything.
               payload.insert(key("submission_seq"), static_cast<qint64>(row.submission.seq));
           },
           [&](record::RecordTransaction& txn, const record::EventRecord&) {
               store::Statement st = txn.db().prepare(
                   "UPDATE mbr_versions SET submitted_by = NULL, submitted_station = NULL, "
                   "submitted_seq = NULL, author_id = NULL WHERE mbr_id = ? AND version = ?");
               st.bind(1, mbr).bind(2, ver);
               st.run();
           }});
    return require(mbrId, version);
}

std::vector<security::SignatureInfo> MbrRepository::authorSignatures(
    const MbrVersionInfo& info) const {
    std::vector<security::SignatureInfo> out;
    for (security::SignatureInfo& s : signatures_.signaturesFor(info.submission))
        if (s.meaning == SignatureMeaning::Performed && signatures_.verify(s.event))
            out.push_back(std::move(s));
    return out;
}

security::SignatureInfo MbrRepository::signAsAuthor(const QString& mbrId, const QString& version,
                                                    const QString& signerId,
                                                    const QString& password,
                                                    const QString& comment) {
    const MbrVersionInfo info = require(mbrId, version);
    requireStatus(info, {MbrStatus::InReview}, MbrText::tr("sign it as author"));
    for (const security::SignatureInfo& s : authorSignatures(info))
        if (s.signerId.compare(signerId, Qt::CaseInsensitive) == 0)
            throw MbrError(Kind::Conflict, MbrText::tr("%1 has already signed MBR %2 version %3 "
                                                       "as author.")
                                               .arg(s.signerId, mbrId, version));
    security::SignRequest request;
    request.signerId = signerId;
    request.password = password;
    request.meaning = SignatureMeaning::Performed;
    request.subject = info.submission;
    request.reason = comment;
    return signatures_.sign(request);
}

MbrVersionInfo MbrRepository::approve(const QString& mbrId, const QString& version,
                                      const QString& qaId, const QString& password,
                                      const QString& comment) {
    const MbrVersionInfo info = require(mbrId, version);
    const QString action = MbrText::tr("approve it");
    requireStatus(info, {MbrStatus::InReview}, action);
    const auto authors = authorSignatures(info);
    if (authors.empty())
        throw MbrError(Kind::WrongState,
                       MbrText::tr("MBR %1 version %2 cannot be approved before its author has "
                                   "signed it.")
                           .arg(mbrId, version));
    // Four eyes, checked before the signature is asked for: whoever wrote or brought in
    // the content never approves it.
    for (const security::SignatureInfo& a : authors)
        if (a.signerId.compare(qaId, Qt::CaseInsensitive) == 0)
            throw MbrError(Kind::SamePerson,
                           MbrText::tr("The QA approval must be signed by a different person "
                                       "from the author (%1).")
                               .arg(a.signerId));
    if (info.importedBy.compare(qaId, Qt::CaseInsensitive) == 0 ||
        info.submittedBy.compare(qaId, Qt::CaseInsensitive) == 0)
        throw MbrError(Kind::SamePerson,
                       MbrText::tr("The QA approval must be signed by a different person from "
                                   "the one who imported or submitted the version."));

    security::SignRequest request;
    request.signerId = qaId;
    request.password = password;
    request.meaning = SignatureMeaning::Approved;
    request.subject = info.submission;
    request.reason = comment;
    // SignatureService commits the Signed event in its own transaction, so it cannot share
    // the status change's. If the status changes in between (or the process dies), the
    // signature stays in the record without an MbrApproved event: harmless, because
    // approval is only ever read from MbrApproved, and a retry simply signs again.
    const security::SignatureInfo approval = signatures_.sign(request);

    const security::SignatureInfo& author = authors.front();
    apply(journal_, approval.signerId, mbrId, version, {},
          {{MbrStatus::InReview},
           MbrStatus::Approved,
           types::kMbrApproved,
           action,
           [&](record::RecordTransaction& txn, const MbrVersionInfo& row, QJsonObject& payload) {
               payload.insert(key("author_id"), author.signerId);
               payload.insert(key("author_signature_seq"), static_cast<qint64>(author.event.seq));
               payload.insert(key("approver_id"), approval.signerId);
               payload.insert(key("approval_signature_seq"),
                              static_cast<qint64>(approval.event.seq));
               store::Statement st = txn.db().prepare(
                   "UPDATE mbr_versions SET author_id = ?, approver_id = ? "
                   "WHERE mbr_id = ? AND version = ?");
               st.bind(1, author.signerId).bind(2, approval.signerId);
               st.bind(3, row.mbrId).bind(4, row.version);
               st.run();
           },
           {}});
    return require(mbrId, version);
}

MbrVersionInfo MbrRepository::makeEffective(const security::User& actor, const QString& mbrId,
                                            const QString& version, const QString& reason) {
    requireMasterData(actor);
    apply(journal_, actor.id, mbrId, version, reason,
          {{MbrStatus::Approved},
           MbrStatus::Effective,
           types::kMbrEffective,
           MbrText::tr("make it effective"),
           [&](record::RecordTransaction& txn, const MbrVersionInfo& row, QJsonObject& payload) {
               const auto current = loadEffective(txn.db(), row.mbrId);
               if (!current)
                   return;
               if (parseVersion(current->version) > parseVersion(row.version))
                   throw MbrError(Kind::Conflict,
                                  MbrText::tr("MBR %1 version %2 is effective and newer than "
                                              "version %3, which cannot replace it.")
                                      .arg(row.mbrId, current->version, row.version));
               // The old version stops being usable in the same commit in which the new
               // one becomes usable: there is never zero or two effective versions.
               QJsonObject old = basePayload(*current, MbrStatus::Superseded);
               old.insert(key("superseded_by"), row.version);
               setStatus(txn.db(), *current, MbrStatus::Superseded,
                         record::formatUtcMillis(txn.nowMs()));
               txn.append({types::kMbrSuperseded, actor.id, old});
               payload.insert(key("supersedes"), current->version);
           },
           {}});
    return require(mbrId, version);
}

MbrVersionInfo MbrRepository::retire(const security::User& actor, const QString& mbrId,
                                     const QString& version, const QString& reason) {
    requireMasterData(actor);
    if (reason.trimmed().isEmpty())
        throw MbrError(Kind::Invalid,
                       MbrText::tr("A reason is required to retire an MBR version."));
    apply(journal_, actor.id, mbrId, version, reason,
          {{MbrStatus::Effective, MbrStatus::Approved},
           MbrStatus::Retired,
           types::kMbrRetired,
           MbrText::tr("retire it"),
           {},
           {}});
    return require(mbrId, version);
}

std::optional<MbrVersionInfo> MbrRepository::find(const QString& mbrId,
                                                  const QString& version) const {
    return loadRow(journal_.db(), mbrId, version);
}

MbrVersionInfo MbrRepository::require(const QString& mbrId, const QString& version) const {
    auto row = find(mbrId, version);
    if (!row)
        throw notFound(mbrId, version);
    return *row;
}

std::vector<MbrVersionInfo> MbrRepository::list(const QString& mbrId) const {
    const std::string order = " ORDER BY mbr_id, version_major, version_minor";
    store::Statement st = journal_.db().prepare(
        (std::string(kSelect) + (mbrId.isEmpty() ? "" : "WHERE mbr_id = ?") + order).c_str());
    if (!mbrId.isEmpty())
        st.bind(1, mbrId);
    std::vector<MbrVersionInfo> out;
    while (st.step()) out.push_back(readRow(st));
    return out;
}

LoadedMbr MbrRepository::load(const QString& mbrId, const QString& version) const {
    const MbrVersionInfo info = require(mbrId, version);
    store::Statement st =
        journal_.db().prepare("SELECT content FROM mbr_versions WHERE mbr_id = ? AND version = ?");
    st.bind(1, mbrId).bind(2, version);
    st.step();
    const QByteArray content = st.utf8(0);
    MbrParseResult parsed = MbrParser::parse(content);
    // The stored content is what was approved: it must still parse and still hash to the
    // value recorded when it was imported (a row edited behind the application's back).
    if (!parsed.ok() || parsed.contentHash != info.contentHash || parsed.mbr->mbrId != info.mbrId ||
        parsed.mbr->version != info.version) {
        log()->error("MBR {} {}: stored content does not match its hash", mbrId.toStdString(),
                     version.toStdString());
        throw MbrError(Kind::Tampered, MbrText::tr("The stored content of MBR %1 version %2 no "
                                                   "longer matches its content hash.")
                                           .arg(mbrId, version));
    }
    return {info, std::move(*parsed.mbr), parsed.contentHash};
}

LoadedMbr MbrRepository::effectiveMbr(const QString& mbrId) const {
    const auto row = loadEffective(journal_.db(), mbrId);
    if (!row)
        throw MbrError(Kind::NotFound,
                       MbrText::tr("MBR %1 has no effective version; only an effective MBR can "
                                   "start a batch.")
                           .arg(mbrId));
    return load(mbrId, row->version);
}

}  // namespace batch::model
