// The master batch record lifecycle against a real SQLCipher store: Draft -> InReview ->
// Approved (author + different QA signer) -> Effective -> Superseded / Retired, every
// change an event, wrong orders refused with clear messages, and the audit trail intact.
// Signing uses the production PBKDF2 cost, so the test functions share one station and
// run in declaration order, keeping the number of password checks small.
#include "model/MbrRepository.h"
#include "record/AuditVerifier.h"
#include "station/Station.h"

#include <QFile>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QtTest>

#include <functional>
#include <memory>
#include <optional>

using namespace batch;
using namespace batch::model;
using security::SecurityError;
using security::User;

namespace {

const QByteArray kPassphrase = "mbr lifecycle test passphrase";
const QString kAdminPassword = QStringLiteral("Admin-Secret-2026");
const QString kTemporary = QStringLiteral("Temporary-0001");
const QString kTablet = QStringLiteral("MBR-TAB-500");

QString passwordOf(const QString& id) {
    return id + QStringLiteral("-Passw0rd!");
}

QByteArray demo(const QString& version) {
    QFile f(QStringLiteral(BATCH_SOURCE_DIR "/resources/mbr/tablet-500mg.json"));
    if (!f.open(QIODevice::ReadOnly))
        qFatal("demo MBR missing");
    QJsonObject o = QJsonDocument::fromJson(f.readAll()).object();
    o.insert(QStringLiteral("version"), version);
    return QJsonDocument(o).toJson();
}

struct Refusal {
    MbrError::Kind kind;
    QString message;
};

std::optional<Refusal> refusal(const std::function<void()>& f) {
    try {
        f();
    } catch (const MbrError& e) {
        return Refusal{e.kind(), e.message()};
    }
    return std::nullopt;
}

}  // namespace

class TestMbrLifecycle : public QObject {
    Q_OBJECT

    QTemporaryDir dir_;
    std::unique_ptr<Station> station_;
    std::unique_ptr<MbrRepository> repo_;
    User admin_;
    User operator_;
    QString hashV1_;

    User addActive(const QString& id, const QString& name, const QList<security::Role>& roles) {
        station_->users().addUser(admin_, id, name, roles, kTemporary, QStringLiteral("test"));
        station_->users().changePassword(id, kTemporary, passwordOf(id));
        return *station_->users().find(id);
    }

    std::vector<record::EventRecord> events(const QString& type) {
        record::EventQuery q;
        q.type = type;
        return station_->journal().events(q);
    }

    void bringToReview(const QString& version) {
        repo_->importDraft(admin_, demo(version));
        repo_->submitForReview(admin_, kTablet, version);
    }

private Q_SLOTS:
    void initTestCase() {
        QVERIFY(dir_.isValid());
        station_ = Station::create(dir_.filePath(QStringLiteral("station.db")), kPassphrase,
                                   QStringLiteral("ST01"), QStringLiteral("admin"),
                                   QStringLiteral("Ada Admin"), kAdminPassword);
        admin_ = *station_->users().find(QStringLiteral("admin"));
        repo_ = std::make_unique<MbrRepository>(station_->journal(), station_->signatures());
        addActive(QStringLiteral("sam"), QStringLiteral("Sam Supervisor"),
                  {security::Role::Supervisor});
        addActive(QStringLiteral("quinn"), QStringLiteral("Quinn QA"), {security::Role::Qa});
        operator_ = addActive(QStringLiteral("olga"), QStringLiteral("Olga Operator"),
                              {security::Role::Operator});
    }

    void importRefusals() {
        auto r = refusal([&] { repo_->importDraft(operator_, demo(QStringLiteral("1.0"))); });
        QVERIFY(r);
        QCOMPARE(r->kind, MbrError::Kind::NotAuthorized);

        QByteArray bad = demo(QStringLiteral("1.0"));
        bad.replace("\"batchstation-mbr/1\"", "\"batchstation-mbr/9\"");
        try {
            repo_->importDraft(admin_, bad);
            QFAIL("invalid MBR imported");
        } catch (const MbrError& e) {
            QCOMPARE(e.kind(), MbrError::Kind::Invalid);
            QCOMPARE(e.issues().size(), size_t(1));
            QCOMPARE(e.issues()[0].path, QStringLiteral("format"));
            QVERIFY(e.message().contains(QStringLiteral("format: unsupported format")));
        }
        QVERIFY(repo_->list().empty());
        QVERIFY(events(types::kMbrImported).empty());
    }

    void importCreatesDraft() {
        const MbrVersionInfo v = repo_->importDraft(admin_, demo(QStringLiteral("1.0")),
                                                    QStringLiteral("initial version"));
        QCOMPARE(v.status, MbrStatus::Draft);
        QCOMPARE(v.importedBy, QStringLiteral("admin"));
        QCOMPARE(v.contentHash.size(), 64);
        hashV1_ = v.contentHash;
        const auto e = events(types::kMbrImported);
        QCOMPARE(e.size(), size_t(1));
        const QJsonObject p = e[0].payloadObject();
        QCOMPARE(p.value(QStringLiteral("content_hash")).toString(), hashV1_);
        QCOMPARE(p.value(QStringLiteral("old_status")).toString(), QStringLiteral("None"));
        QCOMPARE(p.value(QStringLiteral("new_status")).toString(), QStringLiteral("Draft"));
        QCOMPARE(p.value(QStringLiteral("reason")).toString(), QStringLiteral("initial version"));

        const auto again =
            refusal([&] { repo_->importDraft(admin_, demo(QStringLiteral("1.0"))); });
        QVERIFY(again);
        QCOMPARE(again->kind, MbrError::Kind::Conflict);
    }

    void wrongOrderRefused() {
        const QString v = QStringLiteral("1.0");
        auto r = refusal([&] { repo_->makeEffective(admin_, kTablet, v); });
        QVERIFY(r);
        QCOMPARE(r->kind, MbrError::Kind::WrongState);
        QCOMPARE(r->message, QStringLiteral("MBR MBR-TAB-500 version 1.0 is Draft: cannot make "
                                            "it effective (it must be Approved)."));
        r = refusal([&] {
            repo_->approve(kTablet, v, QStringLiteral("quinn"),
                           passwordOf(QStringLiteral("quinn")));
        });
        QVERIFY(r);
        QCOMPARE(r->kind, MbrError::Kind::WrongState);
        QVERIFY(r->message.contains(QStringLiteral("(it must be InReview)")));
        r = refusal([&] { repo_->retire(admin_, kTablet, v, QStringLiteral("obsolete")); });
        QVERIFY(r);
        QVERIFY(r->message.contains(QStringLiteral("it must be Effective or Approved")));
        r = refusal([&] { repo_->submitForReview(operator_, kTablet, v); });
        QCOMPARE(r->kind, MbrError::Kind::NotAuthorized);
        r = refusal([&] { repo_->submitForReview(admin_, kTablet, QStringLiteral("9.9")); });
        QCOMPARE(r->kind, MbrError::Kind::NotFound);

        const MbrVersionInfo submitted = repo_->submitForReview(admin_, kTablet, v);
        QCOMPARE(submitted.status, MbrStatus::InReview);
        QCOMPARE(submitted.submittedBy, QStringLiteral("admin"));
        QVERIFY(submitted.submission.seq > 0);
        r = refusal([&] { repo_->submitForReview(admin_, kTablet, v); });
        QVERIFY(r);
        QVERIFY(r->message.contains(QStringLiteral("is InReview: cannot submit it for review")));
        QVERIFY(events(types::kMbrApproved).empty());
        QVERIFY(events(types::kMbrEffective).empty());
    }

    void fourEyesApproval() {
        const QString v = QStringLiteral("1.0");
        // No author signature yet.
        auto r = refusal([&] {
            repo_->approve(kTablet, v, QStringLiteral("quinn"),
                           passwordOf(QStringLiteral("quinn")));
        });
        QVERIFY(r);
        QCOMPARE(r->kind, MbrError::Kind::WrongState);
        QVERIFY(r->message.contains(QStringLiteral("before its author has signed")));

        // QA cannot sign as author ("Performed" needs ExecuteSteps).
        try {
            repo_->signAsAuthor(kTablet, v, QStringLiteral("quinn"),
                                passwordOf(QStringLiteral("quinn")));
            QFAIL("QA signed as author");
        } catch (const SecurityError& e) {
            QCOMPARE(e.kind(), SecurityError::Kind::NotAuthorized);
        }

        const security::SignatureInfo author = repo_->signAsAuthor(
            kTablet, v, QStringLiteral("sam"), passwordOf(QStringLiteral("sam")));
        QCOMPARE(author.meaning, security::SignatureMeaning::Performed);
        QCOMPARE(author.subject.seq, repo_->find(kTablet, v)->submission.seq);
        QVERIFY(station_->signatures().verify(author.event));
        r = refusal([&] {
            repo_->signAsAuthor(kTablet, v, QStringLiteral("sam"),
                                passwordOf(QStringLiteral("sam")));
        });
        QCOMPARE(r->kind, MbrError::Kind::Conflict);

        // Four eyes: the author and the importer may not approve.
        const auto signedBefore = events(record::types::kSigned).size();
        r = refusal([&] {
            repo_->approve(kTablet, v, QStringLiteral("SAM"), passwordOf(QStringLiteral("sam")));
        });
        QVERIFY(r);
        QCOMPARE(r->kind, MbrError::Kind::SamePerson);
        QVERIFY(r->message.contains(QStringLiteral("different person from the author (sam)")));
        r = refusal([&] { repo_->approve(kTablet, v, QStringLiteral("admin"), kAdminPassword); });
        QCOMPARE(r->kind, MbrError::Kind::SamePerson);
        QCOMPARE(events(record::types::kSigned).size(), signedBefore);

        // A wrong password is a signature failure, and nothing changes.
        try {
            repo_->approve(kTablet, v, QStringLiteral("quinn"), QStringLiteral("not-the-password"));
            QFAIL("approved with a wrong password");
        } catch (const SecurityError& e) {
            QCOMPARE(e.kind(), SecurityError::Kind::AuthenticationFailed);
        }
        QCOMPARE(repo_->find(kTablet, v)->status, MbrStatus::InReview);

        const MbrVersionInfo approved =
            repo_->approve(kTablet, v, QStringLiteral("quinn"), passwordOf(QStringLiteral("quinn")),
                           QStringLiteral("reviewed against the process validation report"));
        QCOMPARE(approved.status, MbrStatus::Approved);
        QCOMPARE(approved.authorId, QStringLiteral("sam"));
        QCOMPARE(approved.approverId, QStringLiteral("quinn"));
        const auto e = events(types::kMbrApproved);
        QCOMPARE(e.size(), size_t(1));
        const QJsonObject p = e[0].payloadObject();
        QCOMPARE(p.value(QStringLiteral("old_status")).toString(), QStringLiteral("InReview"));
        QCOMPARE(p.value(QStringLiteral("new_status")).toString(), QStringLiteral("Approved"));
        QCOMPARE(p.value(QStringLiteral("author_id")).toString(), QStringLiteral("sam"));
        QCOMPARE(p.value(QStringLiteral("approver_id")).toString(), QStringLiteral("quinn"));
        QCOMPARE(p.value(QStringLiteral("author_signature_seq")).toInteger(), author.event.seq);
        QCOMPARE(e[0].userId, QStringLiteral("quinn"));

        const auto sigs = station_->signatures().signaturesFor(approved.submission);
        QCOMPARE(sigs.size(), size_t(2));
    }

    void onlyEffectiveStartsABatch() {
        const QString v = QStringLiteral("1.0");
        auto r = refusal([&] { repo_->effectiveMbr(kTablet); });
        QVERIFY(r);
        QCOMPARE(r->kind, MbrError::Kind::NotFound);
        QVERIFY(r->message.contains(QStringLiteral("only an effective MBR can start a batch")));

        const MbrVersionInfo eff = repo_->makeEffective(admin_, kTablet, v);
        QCOMPARE(eff.status, MbrStatus::Effective);
        const LoadedMbr loaded = repo_->effectiveMbr(kTablet);
        QCOMPARE(loaded.info.version, v);
        QCOMPARE(loaded.contentHash, hashV1_);
        QCOMPARE(loaded.mbr.mbrId, kTablet);
        QVERIFY(!loaded.mbr.steps().empty());
        const auto e = events(types::kMbrEffective);
        QCOMPARE(e.size(), size_t(1));
        QVERIFY(!e[0].payloadObject().contains(QStringLiteral("supersedes")));
    }

    void newVersionSupersedes() {
        const QString v2 = QStringLiteral("1.1");
        bringToReview(v2);
        repo_->signAsAuthor(kTablet, v2, QStringLiteral("sam"), passwordOf(QStringLiteral("sam")));
        repo_->approve(kTablet, v2, QStringLiteral("quinn"), passwordOf(QStringLiteral("quinn")));
        // Still 1.0 until 1.1 is made effective.
        QCOMPARE(repo_->effectiveMbr(kTablet).info.version, QStringLiteral("1.0"));
        repo_->makeEffective(admin_, kTablet, v2, QStringLiteral("change control CC-2026-17"));
        QCOMPARE(repo_->find(kTablet, QStringLiteral("1.0"))->status, MbrStatus::Superseded);
        QCOMPARE(repo_->effectiveMbr(kTablet).info.version, v2);

        const auto sup = events(types::kMbrSuperseded);
        QCOMPARE(sup.size(), size_t(1));
        const QJsonObject sp = sup[0].payloadObject();
        QCOMPARE(sp.value(QStringLiteral("version")).toString(), QStringLiteral("1.0"));
        QCOMPARE(sp.value(QStringLiteral("old_status")).toString(), QStringLiteral("Effective"));
        QCOMPARE(sp.value(QStringLiteral("new_status")).toString(), QStringLiteral("Superseded"));
        QCOMPARE(sp.value(QStringLiteral("superseded_by")).toString(), v2);
        const auto eff = events(types::kMbrEffective);
        QCOMPARE(eff.back().payloadObject().value(QStringLiteral("supersedes")).toString(),
                 QStringLiteral("1.0"));
        // Superseded and effective in the same transaction: consecutive events.
        QCOMPARE(eff.back().seq, sup[0].seq + 1);

        // A superseded version cannot come back, nor be retired again.
        auto r = refusal([&] { repo_->makeEffective(admin_, kTablet, QStringLiteral("1.0")); });
        QCOMPARE(r->kind, MbrError::Kind::WrongState);
    }

    void olderVersionCannotReplaceNewer() {
        // 1.2 is approved but 2.0 becomes effective first; 1.2 can then not replace it.
        for (const QString& v : {QStringLiteral("2.0"), QStringLiteral("1.2")}) {
            bringToReview(v);
            repo_->signAsAuthor(kTablet, v, QStringLiteral("sam"),
                                passwordOf(QStringLiteral("sam")));
            repo_->approve(kTablet, v, QStringLiteral("quinn"),
                           passwordOf(QStringLiteral("quinn")));
        }
        repo_->makeEffective(admin_, kTablet, QStringLiteral("2.0"));
        auto r = refusal([&] { repo_->makeEffective(admin_, kTablet, QStringLiteral("1.2")); });
        QVERIFY(r);
        QCOMPARE(r->kind, MbrError::Kind::Conflict);
        QVERIFY(r->message.contains(QStringLiteral("newer than version 1.2")));
        QCOMPARE(repo_->effectiveMbr(kTablet).info.version, QStringLiteral("2.0"));
        // The approved but never effective 1.2 can be retired.
        QCOMPARE(
            repo_->retire(admin_, kTablet, QStringLiteral("1.2"), QStringLiteral("skipped")).status,
            MbrStatus::Retired);
    }

    void retire() {
        auto r = refusal([&] { repo_->retire(admin_, kTablet, QStringLiteral("2.0"), {}); });
        QCOMPARE(r->kind, MbrError::Kind::Invalid);
        const MbrVersionInfo v = repo_->retire(admin_, kTablet, QStringLiteral("2.0"),
                                               QStringLiteral("product "
                                                              "discontinued"));
        QCOMPARE(v.status, MbrStatus::Retired);
        r = refusal([&] { repo_->effectiveMbr(kTablet); });
        QCOMPARE(r->kind, MbrError::Kind::NotFound);
        const auto e = events(types::kMbrRetired);
        QCOMPARE(e.back().payloadObject().value(QStringLiteral("reason")).toString(),
                 QStringLiteral("product discontinued"));
        QCOMPARE(e.back().payloadObject().value(QStringLiteral("old_status")).toString(),
                 QStringLiteral("Effective"));
    }

    void contentIsImmutableAndHistoryComplete() {
        try {
            station_->db()
                .prepare("UPDATE mbr_versions SET content = '{}' WHERE version = '1.0'")
                .run();
            QFAIL("content edited");
        } catch (const store::StoreError& e) {
            QCOMPARE(e.kind(), store::StoreErrorKind::Constraint);
        }
        const auto all = repo_->list(kTablet);
        QCOMPARE(all.size(), size_t(4));
        QCOMPARE(all[0].version, QStringLiteral("1.0"));
        QCOMPARE(all[0].status, MbrStatus::Superseded);
        QCOMPARE(all[1].status, MbrStatus::Superseded);  // 1.1, replaced by 2.0
        QCOMPARE(all[3].version, QStringLiteral("2.0"));
        QCOMPARE(repo_->load(kTablet, QStringLiteral("1.0")).contentHash, hashV1_);
    }

    void editedContentIsDetected() {
        // Someone with the key drops the trigger and edits a stored version: loading it
        // re-parses and re-hashes the bytes and refuses them.
        store::Database& db = station_->db();
        db.exec("DROP TRIGGER mbr_versions_content_immutable;");
        store::Statement st = db.prepare(
            "UPDATE mbr_versions SET content = replace(content, '\"Gowning\"', '\"Gowning!\"') "
            "WHERE version = '1.1'");
        st.run();
        QCOMPARE(db.changes(), 1);
        const auto r = refusal([&] { repo_->load(kTablet, QStringLiteral("1.1")); });
        QVERIFY(r);
        QCOMPARE(r->kind, MbrError::Kind::Tampered);
        QVERIFY(r->message.contains(QStringLiteral("no longer matches its content hash")));
        QCOMPARE(repo_->load(kTablet, QStringLiteral("1.0")).contentHash, hashV1_);
    }

    void auditTrailVerifiesAfterReopen() {
        const QString path = station_->db().path();
        repo_.reset();
        station_.reset();
        station_ = Station::open(path, kPassphrase);
        repo_ = std::make_unique<MbrRepository>(station_->journal(), station_->signatures());
        QCOMPARE(repo_->list().size(), size_t(4));
        const record::VerifyReport report = record::verifyAuditTrail(station_->db());
        QVERIFY2(report.ok, report.toJson().constData());
        for (const auto& info : repo_->list())
            for (const auto& s : station_->signatures().signaturesFor(info.submission))
                QVERIFY(station_->signatures().verify(s.event));
    }
};

QTEST_GUILESS_MAIN(TestMbrLifecycle)
#include "test_mbr_lifecycle.moc"
