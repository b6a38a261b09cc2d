#include "security/Signatures.h"

#include "log/Logging.h"
#include "record/CanonicalJson.h"
#include "record/ChainHash.h"

#include <QCoreApplication>
#include <QJsonObject>

#include <spdlog/spdlog.h>

namespace batch::security {
namespace {

using Kind = SecurityError::Kind;
namespace types = record::types;

auto log() {
    static auto l = logging::logger("batch.core.security");
    return l;
}

QString key(const char* name) {
    return QString::fromLatin1(name);
}

// A refused signature attempt is itself part of the record (who tried to sign what, and
// why it was refused), written before the caller sees the exception.
void recordRefusal(record::Journal& journal, const User& signer, const SignRequest& request,
                   const QString& performerId, const QString& why) {
    QJsonObject payload{{key("signer_id"), signer.id},
                        {key("meaning"), meaningName(request.meaning)},
                        {key("subject_station"), request.subject.stationId},
                        {key("subject_seq"), static_cast<qint64>(request.subject.seq)},
                        {key("reason"), why}};
    if (!performerId.isEmpty())
        payload.insert(key("performer_id"), performerId);
    journal.appendOne({types::kSignatureRefused, signer.id, payload});
    log()->info("signature ({}) by {} refused: {}", meaningName(request.meaning).toStdString(),
                signer.id.toStdString(), why.toStdString());
}

User authenticateSigner(UserService& users, const SignRequest& request) {
    const AuthResult auth =
        users.authenticate(request.signerId, request.password, AuthPurpose::Signature);
    switch (auth.status) {
        case AuthStatus::Ok:
            return *auth.user;
        case AuthStatus::MustChangePassword:
            throw SecurityError(
                Kind::NotAuthorized,
                QCoreApplication::translate("Security", "Change your password before you sign."));
        case AuthStatus::WrongCredentials:
            throw SecurityError(Kind::AuthenticationFailed, auth.message);
        case AuthStatus::Locked:
        case AuthStatus::Disabled:
            throw SecurityError(Kind::AccountLocked, auth.message);
    }
    throw SecurityError(Kind::AuthenticationFailed, auth.message);
}

}  // namespace

SignatureService::SignatureService(record::Journal& journal, UserService& users)
    : journal_(journal), users_(users) {}

SignatureInfo SignatureService::sign(const SignRequest& request) {
    // Re-authentication comes first: without the password nobody learns anything about
    // roles or subjects, and every wrong password counts toward the lockout.
    const User signer = authenticateSigner(users_, request);

    if (const QString refusal = gate_ ? gate_() : QString(); !refusal.isEmpty()) {
        recordRefusal(journal_, signer, request, request.performerId, refusal);
        throw SecurityError(Kind::NotAuthorized, refusal);
    }

    if (!signer.has(PermissionMatrix::requiredFor(request.meaning))) {
        recordRefusal(journal_, signer, request, request.performerId,
                      QStringLiteral("not authorized"));
        throw SecurityError(
            Kind::NotAuthorized,
            QCoreApplication::translate("Security", "Your roles do not allow a \"%1\" signature.")
                .arg(meaningName(request.meaning)));
    }

    const auto subject = journal_.event(request.subject.stationId, request.subject.seq);
    if (!subject)
        throw SecurityError(Kind::NotFound,
                            QCoreApplication::translate("Security",
                                                        "The record to sign (%1/%2) does not "
                                                        "exist.")
                                .arg(request.subject.stationId)
                                .arg(request.subject.seq));

    // Second-person verification: without an explicit performer, whoever recorded the
    // subject performed it.
    QString performerId = request.performerId;
    if (request.meaning == SignatureMeaning::Verified) {
        if (performerId.isEmpty())
            performerId = subject->userId;
        if (performerId.compare(signer.id, Qt::CaseInsensitive) == 0) {
            recordRefusal(journal_, signer, request, performerId, QStringLiteral("same person"));
            throw SecurityError(
                Kind::SamePerson,
                QCoreApplication::translate("Security",
                                            "The verifier must be a different person from "
                                            "the one who performed the step."));
        }
    }

    QJsonObject payload{{key("signer_id"), signer.id},
                        {key("printed_name"), signer.fullName},
                        {key("meaning"), meaningName(request.meaning)},
                        {key("subject_station"), subject->stationId},
                        {key("subject_seq"), static_cast<qint64>(subject->seq)},
                        {key("content_hash"), subject->rowHash}};
    if (!request.reason.trimmed().isEmpty())
        payload.insert(key("reason"), request.reason.trimmed());
    if (!performerId.isEmpty())
        payload.insert(key("performer_id"), performerId);
    const record::EventRecord e = journal_.appendOne({types::kSigned, signer.id, payload});
    log()->info("{} signed {}/{} as {}", signer.id.toStdString(), subject->stationId.toStdString(),
                subject->seq, meaningName(request.meaning).toStdString());
    return *parse(e);
}

bool SignatureService::verify(const record::EventRecord& signedEvent) const {
    const auto info = parse(signedEvent);
    if (!info)
        return false;
    // The signature must be the event the log holds, unchanged: a payload edited or
    // re-pointed after the fact no longer matches its own row hash or the stored row.
    if (record::chain::rowHash(signedEvent) != signedEvent.rowHash)
        return false;
    const auto stored = journal_.event(signedEvent.stationId, signedEvent.seq);
    if (!stored || stored->rowHash != signedEvent.rowHash)
        return false;
    // And it must bind exactly the content of its subject as the subject is now.
    const auto subject = journal_.event(info->subject.stationId, info->subject.seq);
    return subject && record::chain::rowHash(*subject) == subject->rowHash &&
           subject->rowHash == info->contentHash;
}

std::vector<SignatureInfo> SignatureService::signaturesFor(const SignatureSubject& subject) const {
    record::EventQuery query;
    query.type = types::kSigned;
    std::vector<SignatureInfo> out;
    for (const record::EventRecord& e : journal_.events(query)) {
        auto info = parse(e);
        if (info && info->subject.stationId == subject.stationId &&
            info->subject.seq == subject.seq)
            out.push_back(std::move(*info));
    }
    return out;
}

std::optional<SignatureInfo> SignatureService::parse(const record::EventRecord& signedEvent) {
    if (signedEvent.type != types::kSigned)
        return std::nullopt;
    QJsonObject p;
    try {
        p = record::decodeCanonicalObject(signedEvent.payload);
    } catch (const record::CanonicalJsonError&) {
        return std::nullopt;
    }
    const auto meaning = meaningFromName(p.value(key("meaning")).toString());
    const QJsonValue seq = p.value(key("subject_seq"));
    if (!meaning || !seq.isDouble() || !p.value(key("signer_id")).isString() ||
        !p.value(key("subject_station")).isString() || !p.value(key("content_hash")).isString())
        return std::nullopt;

    SignatureInfo info;
    info.event = signedEvent;
    info.signerId = p.value(key("signer_id")).toString();
    info.printedName = p.value(key("printed_name")).toString();
    info.meaning = *meaning;
    info.signedAtUtc = signedEvent.tsUtc;
    info.subject = {p.value(key("subject_station")).toString(), seq.toInteger()};
    info.contentHash = p.value(key("content_hash")).toString();
    return info;
}

}  // namespace batch::security
