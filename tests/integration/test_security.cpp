// Users, passwords, lockout, electronic signatures and the session lock against a real
// SQLCipher store. Every service call here uses the production 600,000 PBKDF2 iterations
// (about 0.2-0.5 s per hash), so the tests keep the number of password checks small.
#include "TempStore.h"

#include "record/AuditVerifier.h"
#include "record/CanonicalJson.h"
#include "record/ChainHash.h"
#include "security/Passwords.h"
#include "security/Session.h"
#include "security/Signatures.h"
#include "security/Users.h"

#include <QSignalSpy>
#include <QtTest>

#include <functional>
#include <optional>

using namespace batch;
using namespace batch::security;
using record::EventRecord;
using Kind = SecurityError::Kind;

namespace {

const QString kAdminPassword = QStringLiteral("Admin-Secret-2026");
const QString kTemporary = QStringLiteral("Temporary-0001");

QString passwordOf(const QString& id) {
    return id + QStringLiteral("-Passw0rd!");
}

std::optional<Kind> thrownKind(const std::function<void()>& f) {
    try {
        f();
    } catch (const SecurityError& e) {
        return e.kind();
    }
    return std::nullopt;
}

// A station with its first administrator, as `batchctl init` leaves it.
struct Fixture {
    TempStore store;
    UserService users{*store.journal};
    User admin;

    Fixture() {
        users.createInitialAdmin(QStringLiteral("admin"), QStringLiteral("Ada Admin"),
                                 kAdminPassword);
        admin = *users.find(QStringLiteral("admin"));
    }

    record::Journal& journal() { return *store.journal; }

    // Added by the admin and past the forced first change: ready to log in and sign.
    User addActive(const QString& id, const QString& name, const QList<Role>& roles) {
        users.addUser(admin, id, name, roles, kTemporary, QStringLiteral("new starter"));
        users.changePassword(id, kTemporary, passwordOf(id));
        return *users.find(id);
    }

    std::vector<EventRecord> events(const QString& type) {
        record::EventQuery q;
        q.type = type;
        return journal().events(q);
    }
    QJsonObject lastPayload(const QString& type) {
        const auto all = events(type);
        return all.empty() ? QJsonObject{} : all.back().payloadObject();
    }

    // Run at the end of every test: the chain is intact and no secret reached the record.
    bool recordIsClean() {
        if (!record::verifyAuditTrail(*store.db).ok)
            return false;
        for (const EventRecord& e : journal().events({}))
            if (e.payload.contains("pbkdf2") || e.payload.contains("Passw0rd") ||
                e.payload.contains(kTemporary.toUtf8()) ||
                e.payload.contains(kAdminPassword.toUtf8()))
                return false;
        return true;
    }
};

}  // namespace

class TestSecurity : public QObject {
    Q_OBJECT
private Q_SLOTS:
    // ------------------------------------------------------------------ passwords

    void hashFormatAndVerify() {
        const QString h = PasswordHasher::hash(QStringLiteral("correct horse"));
        const QStringList parts = h.split(QLatin1Char('$'));
        QCOMPARE(parts.size(), 4);
        QCOMPARE(parts[0], QStringLiteral("pbkdf2-sha256"));
        QCOMPARE(parts[1], QStringLiteral("600000"));
        QCOMPARE(QByteArray::fromBase64(parts[2].toLatin1()).size(), 16);
        QCOMPARE(QByteArray::fromBase64(parts[3].toLatin1()).size(), 32);
        QVERIFY(PasswordHasher::verify(QStringLiteral("correct horse"), h));
        QVERIFY(!PasswordHasher::verify(QStringLiteral("correct horsE"), h));

        // Salted: the same password never gives the same string (cheap iterations here).
        const QString a = PasswordHasher::hash(QStringLiteral("same password"), 1000);
        const QString b = PasswordHasher::hash(QStringLiteral("same password"), 1000);
        QVERIFY(a != b);
        QVERIFY(PasswordHasher::verify(QStringLiteral("same password"), a));

        // Malformed or tampered stored hashes never verify.
        QVERIFY(!PasswordHasher::verify(QStringLiteral("same password"), QString()));
        QVERIFY(!PasswordHasher::verify(
            QStringLiteral("same password"),
            QString(a).replace(QStringLiteral("$1000$"), QStringLiteral("$1001$"))));
        QVERIFY(!PasswordHasher::verify(
            QStringLiteral("same password"),
            QString(a).replace(QStringLiteral("$1000$"), QStringLiteral("$1$"))));
        QVERIFY(!PasswordHasher::verify(QStringLiteral("same password"),
                                        QStringLiteral("md5$1000$abc$def")));
    }

    void policyRules() {
        const QString id = QStringLiteral("jdoe");
        QVERIFY(!PasswordPolicy::check(id, QStringLiteral("short1!"), {}).isEmpty());
        QVERIFY(!PasswordPolicy::check(id, QStringLiteral("123456789"), {}).isEmpty());
        QVERIFY(PasswordPolicy::check(id, QStringLiteral("1234567890"), {}).isEmpty());
        QVERIFY(!PasswordPolicy::check(QStringLiteral("longuserid01"),
                                       QStringLiteral("LongUserId01"), {})
                     .isEmpty());

        // History newest first; only the newest five count.
        QStringList history;
        for (int i = 6; i >= 1; --i)
            history.append(PasswordHasher::hash(QStringLiteral("Password-%1").arg(i), 1000));
        for (int i = 2; i <= 6; ++i)
            QVERIFY2(
                !PasswordPolicy::check(id, QStringLiteral("Password-%1").arg(i), history).isEmpty(),
                qPrintable(QString::number(i)));
        QVERIFY(PasswordPolicy::check(id, QStringLiteral("Password-1"), history).isEmpty());
        QVERIFY(PasswordPolicy::check(id, QStringLiteral("Password-7"), history).isEmpty());
    }

    // The depth rule (last five, the sixth allowed) is covered by policyRules above; here
    // the service must feed the stored history to it, the current password included.
    void serviceChecksStoredHistory() {
        Fixture f;
        const QString id = QStringLiteral("admin");
        const QString next = QStringLiteral("Rotation-1-pw");
        f.users.changePassword(id, kAdminPassword, next);
        QVERIFY(thrownKind([&] { f.users.changePassword(id, next, next); }) ==
                Kind::PolicyViolation);
        QVERIFY(thrownKind([&] { f.users.changePassword(id, next, kAdminPassword); }) ==
                Kind::PolicyViolation);
        QVERIFY(f.users.authenticate(id, next, AuthPurpose::Login).ok());
        const auto changes = f.events(record::types::kPasswordChanged);
        QCOMPARE(changes.size(), size_t(1));
        QCOMPARE(changes[0].userId, id);
        QVERIFY(f.recordIsClean());
    }

    // ---------------------------------------------------------------------- users

    void initialAdminIsRecorded() {
        Fixture f;
        QVERIFY(f.users.hasUsers());
        QCOMPARE(f.admin.roles, QList<Role>{Role::Admin});
        QVERIFY(!f.admin.mustChangePassword);
        const auto created = f.events(record::types::kUserCreated);
        QCOMPARE(created.size(), size_t(1));
        QCOMPARE(created[0].userId, QStringLiteral("admin"));
        const QJsonObject p = created[0].payloadObject();
        QCOMPARE(p.value("full_name").toString(), QStringLiteral("Ada Admin"));
        QCOMPARE(p.value("roles").toString(), QStringLiteral("admin"));
        QCOMPARE(p.value("reason").toString(), QStringLiteral("station initialisation"));
        QVERIFY(thrownKind([&] {
                    f.users.createInitialAdmin(QStringLiteral("admin2"), QStringLiteral("B"),
                                               kAdminPassword);
                }) == Kind::Conflict);
        QVERIFY(f.recordIsClean());
    }

    void addUserAndIdRules() {
        Fixture f;
        const QString reason = QStringLiteral("new starter");
        const User op = f.users.addUser(f.admin, QStringLiteral("op1"), QStringLiteral("Otto Op"),
                                        {Role::Operator}, kTemporary, reason);
        QVERIFY(op.mustChangePassword);
        QCOMPARE(op.roles, QList<Role>{Role::Operator});
        const auto created = f.events(record::types::kUserCreated);
        QCOMPARE(created.back().userId, QStringLiteral("admin"));
        QCOMPARE(created.back().payloadObject().value("reason").toString(), reason);
        QCOMPARE(created.back().payloadObject().value("roles").toString(),
                 QStringLiteral("operator"));

        auto add = [&](const QString& id, const QString& why = QStringLiteral("because")) {
            return thrownKind([&] {
                f.users.addUser(f.admin, id, QStringLiteral("Someone"), {Role::Operator},
                                kTemporary, why);
            });
        };
        QVERIFY(add(QStringLiteral("op1")) == Kind::Conflict);
        QVERIFY(add(QStringLiteral("OP1")) == Kind::Conflict);  // no case twins
        for (const QString& bad :
             {QString(), QStringLiteral("-op"), QStringLiteral("op 2"), QStringLiteral("op/2"),
              QString(33, QLatin1Char('a')), QStringLiteral("system"), QStringLiteral("System")})
            QVERIFY2(add(bad) == Kind::PolicyViolation, qPrintable(bad));
        QVERIFY(add(QStringLiteral("op2"), QStringLiteral("  ")) == Kind::PolicyViolation);
        QVERIFY(thrownKind([&] {
                    f.users.addUser(f.admin, QStringLiteral("op2"), QStringLiteral("Nobody"), {},
                                    kTemporary, reason);
                }) == Kind::PolicyViolation);
        QVERIFY(thrownKind([&] {
                    f.users.addUser(f.admin, QStringLiteral("op2"), QStringLiteral("Someone"),
                                    {Role::Operator}, QStringLiteral("short"), reason);
                }) == Kind::PolicyViolation);

        // A disabled id stays taken forever.
        QVERIFY(thrownKind([&] { f.users.disableUser(f.admin, QStringLiteral("op1"), {}); }) ==
                Kind::PolicyViolation);
        f.users.disableUser(f.admin, QStringLiteral("op1"), QStringLiteral("left the company"));
        const QJsonObject disabled = f.lastPayload(record::types::kUserDisabled);
        QCOMPARE(disabled.value("old_disabled").toBool(), false);
        QCOMPARE(disabled.value("new_disabled").toBool(), true);
        QCOMPARE(disabled.value("reason").toString(), QStringLiteral("left the company"));
        QVERIFY(add(QStringLiteral("op1")) == Kind::Conflict);
        QCOMPARE(f.users.authenticate(QStringLiteral("op1"), kTemporary, AuthPurpose::Login).status,
                 AuthStatus::Disabled);
        QCOMPARE(f.users.list().size(), size_t(2));
        QVERIFY(f.recordIsClean());
    }

    void nonAdminCannotManageUsers() {
        Fixture f;
        const User op = f.users.addUser(f.admin, QStringLiteral("op1"), QStringLiteral("Otto Op"),
                                        {Role::Operator, Role::Supervisor}, kTemporary,
                                        QStringLiteral("new starter"));
        const QString why = QStringLiteral("trying");
        QVERIFY(thrownKind([&] {
                    f.users.addUser(op, QStringLiteral("op2"), QStringLiteral("X"), {Role::Admin},
                                    kTemporary, why);
                }) == Kind::NotAuthorized);
        QVERIFY(thrownKind([&] { f.users.disableUser(op, QStringLiteral("admin"), why); }) ==
                Kind::NotAuthorized);
        QVERIFY(thrownKind([&] { f.users.unlockUser(op, QStringLiteral("op1"), why); }) ==
                Kind::NotAuthorized);
        QVERIFY(thrownKind([&] {
                    f.users.resetPassword(op, QStringLiteral("admin"), kTemporary, why);
                }) == Kind::NotAuthorized);
        // A forged User value claiming the admin role is re-read from the store.
        User forged = op;
        forged.roles = {Role::Admin};
        QVERIFY(thrownKind([&] { f.users.unlockUser(forged, QStringLiteral("op1"), why); }) ==
                Kind::NotAuthorized);
        QVERIFY(!f.users.find(QStringLiteral("op2")));
        QVERIFY(f.recordIsClean());
    }

    // -------------------------------------------------------------------- lockout

    void wrongPasswordsLockTheAccount() {
        Fixture f;
        const QString id = QStringLiteral("op1");
        f.users.addUser(f.admin, id, QStringLiteral("Otto Op"), {Role::Operator}, kTemporary,
                        QStringLiteral("new starter"));

        const AuthResult unknown =
            f.users.authenticate(QStringLiteral("nobody"), kTemporary, AuthPurpose::Login);
        QCOMPARE(unknown.status, AuthStatus::WrongCredentials);
        QCOMPARE(f.lastPayload(record::types::kLoginFailed).value("user_id").toString(),
                 QStringLiteral("nobody"));

        for (int i = 1; i <= 4; ++i) {
            const AuthResult r =
                f.users.authenticate(id, QStringLiteral("wrong-password-x"), AuthPurpose::Login);
            QCOMPARE(r.status, AuthStatus::WrongCredentials);
            QCOMPARE(r.message, unknown.message);  // never says which part was wrong
            QCOMPARE(r.remainingAttempts, 5 - i);
            QCOMPARE(f.users.find(id)->failedAttempts, i);
            const QJsonObject p = f.lastPayload(record::types::kLoginFailed);
            QCOMPARE(p.value("failed_attempts").toInt(), i);
            QCOMPARE(p.value("purpose").toString(), QStringLiteral("login"));
        }
        QVERIFY(f.events(record::types::kAccountLocked).empty());
        const AuthResult fifth =
            f.users.authenticate(id, QStringLiteral("wrong-password-x"), AuthPurpose::Login);
        QCOMPARE(fifth.status, AuthStatus::Locked);
        QVERIFY(f.users.find(id)->locked);
        const auto lockedEvents = f.events(record::types::kAccountLocked);
        QCOMPARE(lockedEvents.size(), size_t(1));
        QCOMPARE(lockedEvents[0].payloadObject().value("priority").toString(),
                 QStringLiteral("high"));
        QCOMPARE(lockedEvents[0].payloadObject().value("failed_attempts").toInt(), 5);

        // The right password does not open a locked account, and the attempt is recorded.
        QCOMPARE(f.users.authenticate(id, kTemporary, AuthPurpose::Login).status,
                 AuthStatus::Locked);
        QCOMPARE(f.lastPayload(record::types::kLoginFailed).value("reason").toString(),
                 QStringLiteral("locked"));

        QVERIFY(thrownKind([&] { f.users.unlockUser(f.admin, id, QString()); }) ==
                Kind::PolicyViolation);
        f.users.unlockUser(f.admin, id, QStringLiteral("identity confirmed by phone"));
        const QJsonObject unlocked = f.lastPayload(record::types::kUserUnlocked);
        QCOMPARE(unlocked.value("old_locked").toBool(), true);
        QCOMPARE(unlocked.value("new_locked").toBool(), false);
        QCOMPARE(unlocked.value("old_failed_attempts").toInt(), 5);
        QCOMPARE(unlocked.value("reason").toString(),
                 QStringLiteral("identity confirmed by phone"));
        const User after = *f.users.find(id);
        QVERIFY(!after.locked);
        QCOMPARE(after.failedAttempts, 0);
        QCOMPARE(f.users.authenticate(id, kTemporary, AuthPurpose::Login).status,
                 AuthStatus::MustChangePassword);
        QVERIFY(f.recordIsClean());
    }

    void forcedChangeOnFirstLoginAndReset() {
        Fixture f;
        const QString id = QStringLiteral("op1");
        f.users.addUser(f.admin, id, QStringLiteral("Otto Op"), {Role::Operator}, kTemporary,
                        QStringLiteral("new starter"));
        Session session(f.users, f.journal());

        const AuthResult first = session.login(id, kTemporary);
        QCOMPARE(first.status, AuthStatus::MustChangePassword);
        QVERIFY(first.user.has_value());
        QVERIFY(!session.isSignedIn());

        // A wrong old password counts like any failed login.
        QVERIFY(thrownKind([&] {
                    f.users.changePassword(id, QStringLiteral("not-the-old-one"), passwordOf(id));
                }) == Kind::AuthenticationFailed);
        QCOMPARE(f.users.find(id)->failedAttempts, 1);
        QVERIFY(thrownKind([&] { f.users.changePassword(id, kTemporary, kTemporary); }) ==
                Kind::PolicyViolation);

        f.users.changePassword(id, kTemporary, passwordOf(id));
        const QJsonObject changed = f.lastPayload(record::types::kPasswordChanged);
        QCOMPARE(changed.value("user_id").toString(), id);
        QCOMPARE(changed.value("old_must_change_password").toBool(), true);
        QCOMPARE(changed.value("new_must_change_password").toBool(), false);
        QVERIFY(!f.users.find(id)->mustChangePassword);

        QSignalSpy signedIn(&session, &Session::signedIn);
        QVERIFY(session.login(id, passwordOf(id)).ok());
        QVERIFY(session.isSignedIn());
        QCOMPARE(signedIn.count(), 1);
        QCOMPARE(f.lastPayload(record::types::kLoginSucceeded).value("user_id").toString(), id);
        session.logout();
        QVERIFY(!session.isSignedIn());
        QCOMPARE(f.events(record::types::kLoggedOut).size(), size_t(1));

        // An administrator's reset forces the next change again.
        QVERIFY(thrownKind([&] {
                    f.users.resetPassword(f.admin, id, QStringLiteral("Reset-Temp-77"), {});
                }) == Kind::PolicyViolation);
        f.users.resetPassword(f.admin, id, QStringLiteral("Reset-Temp-77"),
                              QStringLiteral("forgotten password"));
        const QJsonObject reset = f.lastPayload(record::types::kPasswordChanged);
        QCOMPARE(reset.value("reset_by").toString(), QStringLiteral("admin"));
        QCOMPARE(reset.value("reason").toString(), QStringLiteral("forgotten password"));
        QCOMPARE(session.login(id, QStringLiteral("Reset-Temp-77")).status,
                 AuthStatus::MustChangePassword);
        QVERIFY(!session.isSignedIn());
        QVERIFY(f.recordIsClean());
    }

    // ----------------------------------------------------------------- signatures

    void signaturesBindContentAndRoles() {
        Fixture f;
        const User op1 =
            f.addActive(QStringLiteral("op1"), QStringLiteral("Otto Operator"), {Role::Operator});
        const User op2 =
            f.addActive(QStringLiteral("op2"), QStringLiteral("Olga Operator"), {Role::Operator});
        const User qa =
            f.addActive(QStringLiteral("qa1"), QStringLiteral("Quinn Quality"), {Role::Qa});
        SignatureService signatures(f.journal(), f.users);

        const EventRecord step = f.journal().appendOne(
            {record::types::kCommentAdded, op1.id, QJsonObject{{"text", "step 1 weighed"}}});
        const EventRecord other = f.journal().appendOne(
            {record::types::kCommentAdded, op1.id, QJsonObject{{"text", "step 2 weighed"}}});
        const SignatureSubject subject{step.stationId, step.seq};

        SignRequest performed{op1.id,
                              passwordOf(op1.id),
                              SignatureMeaning::Performed,
                              subject,
                              QStringLiteral("weighed as instructed"),
                              {}};
        const SignatureInfo info = signatures.sign(performed);
        QCOMPARE(info.signerId, op1.id);
        QCOMPARE(info.printedName, QStringLiteral("Otto Operator"));
        QCOMPARE(info.meaning, SignatureMeaning::Performed);
        QCOMPARE(info.contentHash, step.rowHash);
        QCOMPARE(info.subject.seq, step.seq);
        QVERIFY(!info.signedAtUtc.isEmpty());
        QCOMPARE(info.event.type, record::types::kSigned);
        QCOMPARE(info.event.userId, op1.id);
        const QJsonObject p = info.event.payloadObject();
        QCOMPARE(p.value("printed_name").toString(), QStringLiteral("Otto Operator"));
        QCOMPARE(p.value("meaning").toString(), QStringLiteral("Performed"));
        QCOMPARE(p.value("content_hash").toString(), step.rowHash);
        QCOMPARE(p.value("reason").toString(), QStringLiteral("weighed as instructed"));
        QVERIFY(signatures.verify(info.event));

        // Wrong password: refused and counted toward the lockout.
        SignRequest wrong = performed;
        wrong.password = QStringLiteral("not-my-password");
        QVERIFY(thrownKind([&] { signatures.sign(wrong); }) == Kind::AuthenticationFailed);
        QCOMPARE(f.users.find(op1.id)->failedAttempts, 1);
        QCOMPARE(f.lastPayload(record::types::kLoginFailed).value("purpose").toString(),
                 QStringLiteral("signature"));

        // The performer cannot verify their own work, named or derived from the subject.
        SignRequest selfVerify{op1.id, passwordOf(op1.id), SignatureMeaning::Verified, subject, {},
                               {}};
        QVERIFY(thrownKind([&] { signatures.sign(selfVerify); }) == Kind::SamePerson);
        SignRequest selfVerifyNamed = selfVerify;
        selfVerifyNamed.performerId = QStringLiteral("OP1");
        QVERIFY(thrownKind([&] { signatures.sign(selfVerifyNamed); }) == Kind::SamePerson);
        QCOMPARE(f.events(record::types::kSignatureRefused).size(), size_t(2));
        QCOMPARE(f.lastPayload(record::types::kSignatureRefused).value("reason").toString(),
                 QStringLiteral("same person"));

        SignRequest verified{op2.id, passwordOf(op2.id), SignatureMeaning::Verified, subject, {},
                             op1.id};
        const SignatureInfo second = signatures.sign(verified);
        QCOMPARE(second.event.payloadObject().value("performer_id").toString(), op1.id);
        QVERIFY(signatures.verify(second.event));

        // Roles: an operator cannot release, QA can.
        SignRequest release{op2.id, passwordOf(op2.id), SignatureMeaning::Released, subject, {},
                            {}};
        QVERIFY(thrownKind([&] { signatures.sign(release); }) == Kind::NotAuthorized);
        QCOMPARE(f.lastPayload(record::types::kSignatureRefused).value("reason").toString(),
                 QStringLiteral("not authorized"));
        release.signerId = qa.id;
        release.password = passwordOf(qa.id);
        QVERIFY(signatures.verify(signatures.sign(release).event));

        SignRequest missing = release;
        missing.subject.seq = 9999;
        QVERIFY(thrownKind([&] { signatures.sign(missing); }) == Kind::NotFound);

        const auto onStep = signatures.signaturesFor(subject);
        QCOMPARE(onStep.size(), size_t(3));
        QCOMPARE(onStep[0].meaning, SignatureMeaning::Performed);
        QCOMPARE(onStep[1].meaning, SignatureMeaning::Verified);
        QCOMPARE(onStep[2].meaning, SignatureMeaning::Released);
        QVERIFY(signatures.signaturesFor({other.stationId, other.seq}).empty());

        // A signature copied onto another record does not verify.
        EventRecord copy = info.event;
        QJsonObject moved = copy.payloadObject();
        moved.insert("subject_seq", static_cast<qint64>(other.seq));
        copy.payload = record::encodeCanonical(moved);
        QVERIFY(SignatureService::parse(copy).has_value());
        QVERIFY(!signatures.verify(copy));
        copy.rowHash = record::chain::rowHash(copy);  // even with a consistent row hash
        QVERIFY(!signatures.verify(copy));
        // Nor does any other event passed off as a signature.
        QVERIFY(!signatures.verify(step));
        QVERIFY(!SignatureService::parse(step).has_value());
        QVERIFY(f.recordIsClean());
    }

    void signingFailuresLockTheSigner() {
        Fixture f;
        const User op1 =
            f.addActive(QStringLiteral("op1"), QStringLiteral("Otto Operator"), {Role::Operator});
        SignatureService signatures(f.journal(), f.users);
        const EventRecord step = f.journal().appendOne(
            {record::types::kCommentAdded, op1.id, QJsonObject{{"text", "step"}}});
        SignRequest rq{op1.id,
                       QStringLiteral("wrong-password-1"),
                       SignatureMeaning::Performed,
                       {step.stationId, step.seq},
                       {},
                       {}};
        for (int i = 1; i <= 4; ++i)
            QVERIFY(thrownKind([&] { signatures.sign(rq); }) == Kind::AuthenticationFailed);
        QVERIFY(thrownKind([&] { signatures.sign(rq); }) == Kind::AccountLocked);
        rq.password = passwordOf(op1.id);
        QVERIFY(thrownKind([&] { signatures.sign(rq); }) == Kind::AccountLocked);
        QCOMPARE(f.events(record::types::kAccountLocked).size(), size_t(1));
        QVERIFY(f.events(record::types::kSigned).empty());
        QVERIFY(f.recordIsClean());
    }

    // -------------------------------------------------------------------- session

    void inactivityLockAndWhoMayUnlock() {
        Fixture f;
        const User op1 =
            f.addActive(QStringLiteral("op1"), QStringLiteral("Otto Operator"), {Role::Operator});
        const User op2 = f.addActive(QStringLiteral("op2"), QStringLiteral("Olga Operator"),
                                     {Role::Operator, Role::Supervisor});
        Session session(f.users, f.journal());
        QCOMPARE(session.inactivitySeconds(), Session::kDefaultInactivitySeconds);
        session.setInactivitySeconds(1);
        QSignalSpy lockedSpy(&session, &Session::locked);

        QVERIFY(session.login(op1.id, passwordOf(op1.id)).ok());
        QVERIFY(!session.login(op2.id, passwordOf(op2.id)).ok());  // one user at a time
        QTRY_VERIFY_WITH_TIMEOUT(session.isLocked(), 5000);
        QCOMPARE(lockedSpy.count(), 1);
        QCOMPARE(f.lastPayload(record::types::kSessionLocked).value("why").toString(),
                 QStringLiteral("inactivity"));

        // The same user reopens it with the password.
        QCOMPARE(session.unlock(op1.id, QStringLiteral("wrong-password-1")).status,
                 AuthStatus::WrongCredentials);
        QVERIFY(session.isLocked());
        QVERIFY(session.unlock(op1.id, passwordOf(op1.id)).ok());
        QVERIFY(!session.isLocked());
        QCOMPARE(f.events(record::types::kSessionUnlocked).size(), size_t(1));

        session.lock(QStringLiteral("button"));
        QVERIFY(session.isLocked());
        QVERIFY(!session.login(op2.id, passwordOf(op2.id)).ok());  // not around the lock

        // Another user without SwitchUser is refused, even with the right password.
        const AuthResult refused = session.unlock(op2.id, passwordOf(op2.id));
        QCOMPARE(refused.status, AuthStatus::WrongCredentials);
        QVERIFY(refused.message.contains(QStringLiteral("Otto Operator")));
        QVERIFY(session.isLocked());
        QCOMPARE(session.user()->id, op1.id);

        // An administrator may take over.
        QVERIFY(session.unlock(f.admin.id, kAdminPassword).ok());
        QVERIFY(!session.isLocked());
        QCOMPARE(session.user()->id, f.admin.id);
        const QJsonObject switched = f.lastPayload(record::types::kUserSwitched);
        QCOMPARE(switched.value("from").toString(), op1.id);
        QCOMPARE(switched.value("to").toString(), f.admin.id);
        QCOMPARE(f.events(record::types::kUserSwitched).back().userId, f.admin.id);

        session.logout();
        QVERIFY(!session.isSignedIn());
        QVERIFY(f.recordIsClean());
    }

    void inactivitySettingIsAnAdminChange() {
        Fixture f;
        const User op1 = f.users.addUser(f.admin, QStringLiteral("op1"), QStringLiteral("Otto"),
                                         {Role::Supervisor}, kTemporary, QStringLiteral("new"));
        Session session(f.users, f.journal());
        QCOMPARE(session.storedInactivitySeconds(), 300);
        QVERIFY(thrownKind([&] {
                    session.changeInactivitySeconds(op1, 120, QStringLiteral("shorter"));
                }) == Kind::NotAuthorized);
        QVERIFY(thrownKind([&] { session.changeInactivitySeconds(f.admin, 120, {}); }) ==
                Kind::PolicyViolation);
        QVERIFY(thrownKind([&] {
                    session.changeInactivitySeconds(f.admin, -1, QStringLiteral("x"));
                }) == Kind::PolicyViolation);
        session.changeInactivitySeconds(f.admin, 120, QStringLiteral("cleanroom SOP-042"));
        QCOMPARE(session.inactivitySeconds(), 120);
        const QJsonObject p = f.lastPayload(record::types::kSettingChanged);
        QCOMPARE(p.value("key").toString(), QStringLiteral("inactivity_lock_seconds"));
        QCOMPARE(p.value("old_value").toInt(), 300);
        QCOMPARE(p.value("new_value").toInt(), 120);
        QCOMPARE(p.value("reason").toString(), QStringLiteral("cleanroom SOP-042"));
        // A new session on the same store starts from the stored value.
        Session next(f.users, f.journal());
        QCOMPARE(next.inactivitySeconds(), 120);
        QVERIFY(f.recordIsClean());
    }
};

QTEST_GUILESS_MAIN(TestSecurity)
#include "test_security.moc"
