#pragma once

#include "record/Journal.h"
#include "security/Roles.h"
#include "security/Users.h"

#include <QString>

#include <functional>
#include <optional>
#include <vector>

namespace batch::security {

// What is being signed: an event of the log, identified by station and seq. The
// signature binds the subject's row hash (the hash of the exact content signed).
struct SignatureSubject {
    QString stationId;
    std::int64_t seq = 0;
};

struct SignRequest {
    QString signerId;
    QString password;
    SignatureMeaning meaning = SignatureMeaning::Performed;
    SignatureSubject subject;
    QString reason;       // optional comment shown with the signature
    QString performerId;  // for Verified: who performed; must differ from the signer
};

// The manifestation of a signature (21 CFR 11.50): printed name, time, meaning.
struct SignatureInfo {
    record::EventRecord event;  // the Signed event itself
    QString signerId;
    QString printedName;
    SignatureMeaning meaning = SignatureMeaning::Performed;
    QString signedAtUtc;
    SignatureSubject subject;
    QString contentHash;
};

// Electronic signatures (DESIGN.md §5). Signing always re-authenticates through
// UserService (failures count toward lockout); the signer's roles must allow the meaning.
class SignatureService {
public:
    // Asked before every signature: a non-empty answer refuses it with that message
    // (e.g. core/sync's offline limit). Injected by the composition (station/Station).
    using SigningGate = std::function<QString()>;

    SignatureService(record::Journal& journal, UserService& users);
    void setSigningGate(SigningGate gate) { gate_ = std::move(gate); }

    // Throws SecurityError (AuthenticationFailed, AccountLocked, NotAuthorized, SamePerson,
    // NotFound for an unknown subject). Writes one Signed event on success.
    SignatureInfo sign(const SignRequest& request);

    // True when the Signed event's content hash still equals its subject's row hash.
    bool verify(const record::EventRecord& signedEvent) const;

    std::vector<SignatureInfo> signaturesFor(const SignatureSubject& subject) const;
    static std::optional<SignatureInfo> parse(const record::EventRecord& signedEvent);

private:
    record::Journal& journal_;
    UserService& users_;
    SigningGate gate_;
};

}  // namespace batch::security
