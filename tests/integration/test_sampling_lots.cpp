// Sampling on a real encrypted store: master data changes as events (old/new, who, why)
// with all-or-nothing imports, the lot life cycle and its refusals, out-of-specification
// results and corrections as exception events, the wildcard variant, promotions that
// need a QA approval signature (and refuse anyone else), demotion at disposition, a
// time-based promotion found at lot creation, and damaged stored master data.
#include "SamplingFixture.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>

using namespace batch;
using namespace batch::sampling;
using Kind = SamplingError::Kind;

namespace {

const QByteArray kPassphrase = "sampling lots passphrase";
const QString kPassword = QStringLiteral("Lots-Pass-2026");

#define EXPECT_REFUSAL(want, fragment, ...)                                        \
    do {                                                                           \
        try {                                                                      \
            __VA_ARGS__;                                                           \
            QFAIL("not refused: " #__VA_ARGS__);                                   \
        } catch (const SamplingError& e_) {                                        \
            QVERIFY2(e_.kind() == (want), qPrintable(e_.fullText()));              \
            QVERIFY2(e_.fullText().contains(fragment), qPrintable(e_.fullText())); \
        }                                                                          \
    } while (0)

}  // namespace

class TestSamplingLots : public QObject {
    Q_OBJECT

private:
    QTemporaryDir dir_;
    std::int64_t now_ = 0;
    std::unique_ptr<Station> station_;

    security::User user(const char* id) { return *station_->users().find(QString::fromLatin1(id)); }
    LotService& lots() { return station_->sampling().lots(); }
    void days(int n) { now_ += n * 86'400'000LL; }
    std::vector<record::EventRecord> events(const QString& type) {
        record::EventQuery q;
        q.type = type;
        return station_->journal().events(q);
    }
    // A full lot of PARA-ACME through to PendingRelease with conforming results (or an
    // out-of-specification assay).
    Lot testedLot(const QString& id, bool oos = false, const char* analyst = "op1") {
        const security::User op = user(analyst);
        const Lot lot = lots().create(
            op, {QStringLiteral("API-PARA"), QStringLiteral("ACME Pharma GmbH"), 4, id});
        lots().receive(op, id);
        lots().receiveSamples(op, id);
        for (const LotTest& t : lot.tests) {
            QString v = t.spec.type == TestSpec::Type::Conforms ? QStringLiteral("conforms")
                                                                : QStringLiteral("0.3");
            if (t.testCode == QLatin1String("ASSAY"))
                v = oos ? QStringLiteral("101.6") : QStringLiteral("100.2");
            lots().recordResult(op, id, t.sampleId, t.testCode, v);
        }
        return *lots().find(id);
    }
    void approve(const QString& variant, const QString& qa, const QString& password) {
        const MasterDataSet set = station_->sampling().masterData().load();
        const Variant v = set.variants.value(variant);
        station_->sampling().variants().approve(v, *set.variantRule(v.rule), qa, password);
    }

private Q_SLOTS:
    void initTestCase() {
        QVERIFY(dir_.isValid());
        now_ = QDateTime(QDate(2026, 1, 5), QTime(8, 0), Qt::UTC).toMSecsSinceEpoch();
        station_ = Station::create(dir_.filePath(QStringLiteral("station.db")), kPassphrase,
                                   QStringLiteral("ST01"), QStringLiteral("admin"),
                                   QStringLiteral("Ada Admin"), kPassword, [this] { return now_; });
        sampling_fixture::addUsers(*station_,
                                   {{"qa1", "Quinn QA", security::Role::Qa},
                                    {"qa2", "Quentin Second", security::Role::Qa},
                                    {"op1", "Olivia Operator", security::Role::Operator}},
                                   kPassword);
    }

    void masterDataChangesAreEvents() {
        const MasterDataDocument demo = sampling_fixture::demoDocument();
        EXPECT_REFUSAL(Kind::NotAuthorized, QStringLiteral("may not change sampling master data"),
                       station_->sampling().masterData().apply(user("qa1"), demo, false, {}));
        const auto added = station_->sampling().masterData().apply(user("admin"), demo, false, {});
        QCOMPARE(added.size(), size_t(11));
        const auto changed = events(types::kMasterDataChanged);
        QCOMPARE(changed.size(), size_t(11));
        const QJsonObject first = changed.front().payloadObject();
        QCOMPARE(first.value(QStringLiteral("entity")).toString(), QStringLiteral("count_rule"));
        QVERIFY(first.value(QStringLiteral("old")).isNull());
        QCOMPARE(
            first.value(QStringLiteral("new")).toObject().value(QStringLiteral("name")).toString(),
            QStringLiteral("sqrt-plus-one"));
        QCOMPARE(changed.front().userId, QStringLiteral("admin"));
        // New variants start in their rule's initial state, on record.
        QCOMPARE(station_->sampling().variants().row(QStringLiteral("PARA-ACME"))->state,
                 QStringLiteral("UnQualified"));

        // The same document again changes nothing; a different product needs --replace and a
        // reason.
        for (const MasterDataChange& c :
             station_->sampling().masterData().apply(user("admin"), demo, false, {}))
            QCOMPARE(c.action, MasterDataChange::Action::Unchanged);
        QCOMPARE(events(types::kMasterDataChanged).size(), size_t(11));
        MasterDataDocument edit;
        Product p = demo.products[0].value;
        p.tests[2].min = 98.5;
        edit.products.push_back({p, QStringLiteral("products[0]")});
        EXPECT_REFUSAL(
            Kind::Conflict,
            QStringLiteral("products[0]: product API-PARA exists with different content"),
            station_->sampling().masterData().apply(user("admin"), edit, false, {}));
        EXPECT_REFUSAL(Kind::ReasonRequired, QStringLiteral("needs a reason"),
                       station_->sampling().masterData().apply(user("admin"), edit, true, {}));
        const auto updated = station_->sampling().masterData().apply(
            user("admin"), edit, true, QStringLiteral("CC-2026-014: wider assay"));
        QCOMPARE(updated.front().action, MasterDataChange::Action::Updated);
        QCOMPARE(updated.front().version, 2);
        const QJsonObject change = events(types::kMasterDataChanged).back().payloadObject();
        QCOMPARE(change.value(QStringLiteral("reason")).toString(),
                 QStringLiteral("CC-2026-014: wider assay"));
        const auto assay = [](const QJsonObject& product) {
            return product.value(QStringLiteral("tests"))
                .toArray()
                .at(2)
                .toObject()
                .value(QStringLiteral("min"))
                .toString();
        };
        QCOMPARE(assay(change.value(QStringLiteral("old")).toObject()), QStringLiteral("99.0"));
        QCOMPARE(assay(change.value(QStringLiteral("new")).toObject()), QStringLiteral("98.5"));
        // Back to the demo specification for the lots below.
        station_->sampling().masterData().apply(user("admin"), demo, true,
                                                QStringLiteral("revert"));

        // All or nothing: a document with one bad reference writes nothing at all.
        MasterDataDocument broken = demo;
        broken.variants[2].value.plan = QStringLiteral("PLAN-NONE");
        broken.countRules[0].value.description = QStringLiteral("changed");
        const auto before = events(types::kMasterDataChanged).size();
        EXPECT_REFUSAL(Kind::Invalid,
                       QStringLiteral("variants[2].plan: there is no sampling plan \"PLAN-NONE\""),
                       station_->sampling().masterData().apply(user("admin"), broken, true,
                                                               QStringLiteral("x")));
        QCOMPARE(events(types::kMasterDataChanged).size(), before);
    }

    void wildcardVariantForUnknownSuppliers() {
        const LotDecision d =
            lots().decide(QStringLiteral("API-PARA"), QStringLiteral("Grey Market Ltd"), 40);
        QCOMPARE(d.variant.id, QStringLiteral("PARA-ANY"));
        QVERIFY(d.reasons.front().contains(
            QStringLiteral("wildcard variant PARA-ANY for unknown suppliers")));
        QCOMPARE(d.level.level, Level::Full);
        const Lot lot = lots().create(
            user("op1"), {QStringLiteral("API-PARA"), QStringLiteral("Grey Market Ltd"), 40, {}});
        QCOMPARE(lot.lotId, QStringLiteral("LOT-ST01-000001"));
        QCOMPARE(lot.organisation, QStringLiteral("Grey Market Ltd"));  // who delivered, on record
        QCOMPARE(lot.variantId, QStringLiteral("PARA-ANY"));
        QCOMPARE(lots()
                     .decide(QStringLiteral("API-PARA"), QStringLiteral("acme pharma gmbh"), 40)
                     .variant.id,
                 QStringLiteral("PARA-ACME"));
        EXPECT_REFUSAL(Kind::NotFound,
                       QStringLiteral("no variant for organisation \"Nobody\" and no wildcard"),
                       lots().decide(QStringLiteral("EXC-MCC"), QStringLiteral("Nobody"), 5));
        EXPECT_REFUSAL(Kind::NotFound, QStringLiteral("There is no product NOPE"),
                       lots().decide(QStringLiteral("NOPE"), {}, 5));
        EXPECT_REFUSAL(Kind::Invalid, QStringLiteral("between 1 and 10000000"),
                       lots().decide(QStringLiteral("API-PARA"), {}, 0));
    }

    void lifeCycleRefusals() {
        const security::User op = user("op1");
        EXPECT_REFUSAL(Kind::NotAuthorized, QStringLiteral("may not create lots"),
                       lots().create(user("admin"), {QStringLiteral("API-PARA"), {}, 4, {}}));
        const Lot lot =
            lots().create(op, {QStringLiteral("API-PARA"), QStringLiteral("ACME Pharma GmbH"), 4,
                               QStringLiteral("LC-1")});
        QCOMPARE(lot.tests.size(),
                 size_t(3 + 3));  // ceil(sqrt(4)) + 1 = 3 containers (ID), composite x3
        EXPECT_REFUSAL(
            Kind::Conflict, QStringLiteral("already exists"),
            lots().create(op, {QStringLiteral("API-PARA"), {}, 4, QStringLiteral("LC-1")}));
        EXPECT_REFUSAL(
            Kind::WrongState, QStringLiteral("is Created: cannot enter results"),
            lots().recordResult(op, QStringLiteral("LC-1"), QStringLiteral("composite-1"),
                                QStringLiteral("ASSAY"), QStringLiteral("100.0")));
        EXPECT_REFUSAL(Kind::WrongState, QStringLiteral("cannot receive its samples"),
                       lots().receiveSamples(op, QStringLiteral("LC-1")));
        lots().receive(op, QStringLiteral("LC-1"));
        EXPECT_REFUSAL(Kind::WrongState, QStringLiteral("is Received: cannot release it"),
                       lots().disposition(QStringLiteral("LC-1"), Disposition::Release,
                                          QStringLiteral("qa1"), kPassword, {}));
        lots().receiveSamples(op, QStringLiteral("LC-1"));
        EXPECT_REFUSAL(
            Kind::NotFound, QStringLiteral("no test ASSAY on sample containers-1"),
            lots().recordResult(op, QStringLiteral("LC-1"), QStringLiteral("containers-1"),
                                QStringLiteral("ASSAY"), QStringLiteral("100.0")));
        EXPECT_REFUSAL(
            Kind::Invalid, QStringLiteral("takes a decimal number"),
            lots().recordResult(op, QStringLiteral("LC-1"), QStringLiteral("composite-1"),
                                QStringLiteral("ASSAY"), QStringLiteral("about 100")));
        EXPECT_REFUSAL(Kind::NotAuthorized, QStringLiteral("may not enter test results"),
                       lots().recordResult(user("admin"), QStringLiteral("LC-1"),
                                           QStringLiteral("composite-1"), QStringLiteral("ASSAY"),
                                           QStringLiteral("100.0")));
        EXPECT_REFUSAL(Kind::ReasonRequired, QStringLiteral("A rejection needs a reason"),
                       lots().disposition(QStringLiteral("LC-1"), Disposition::Reject,
                                          QStringLiteral("qa1"), kPassword, {}));
        QCOMPARE(lots().find(QStringLiteral("LC-1"))->status, LotStatus::Active);
    }

    void outOfSpecificationAndCorrection() {
        const Lot lot = testedLot(QStringLiteral("OOS-1"), true);
        QCOMPARE(lot.status, LotStatus::PendingRelease);
        QCOMPARE(lot.outOfSpecificationCount(), 1);
        const auto oos = events(types::kLotOutOfSpecification);
        QCOMPARE(oos.size(), size_t(1));
        const QJsonObject p = oos.front().payloadObject();
        QCOMPARE(p.value(QStringLiteral("exception_type")).toString(),
                 QStringLiteral("out_of_limits"));
        QCOMPARE(p.value(QStringLiteral("lot_id")).toString(), QStringLiteral("OOS-1"));
        QCOMPARE(p.value(QStringLiteral("reported")).toString(), QStringLiteral("101.6"));
        QVERIFY(p.value(QStringLiteral("message"))
                    .toString()
                    .contains(QStringLiteral("above the specification 99.0 - 101.0 %")));
        EXPECT_REFUSAL(Kind::WrongState, QStringLiteral("1 out-of-specification result"),
                       lots().disposition(QStringLiteral("OOS-1"), Disposition::Release,
                                          QStringLiteral("qa1"), kPassword, {}));
        EXPECT_REFUSAL(
            Kind::ReasonRequired, QStringLiteral("a correction needs a reason"),
            lots().recordResult(user("op1"), QStringLiteral("OOS-1"), QStringLiteral("composite-1"),
                                QStringLiteral("ASSAY"), QStringLiteral("100.4")));
        const ResultEntry fixed =
            lots().recordResult(user("op1"), QStringLiteral("OOS-1"), QStringLiteral("composite-1"),
                                QStringLiteral("ASSAY"), QStringLiteral("100.4"),
                                QStringLiteral("INV-0042: transcription error"));
        QVERIFY(fixed.correction);
        QVERIFY(!fixed.test.outOfSpecification);
        const QJsonObject c = events(types::kLotResultCorrected).back().payloadObject();
        QCOMPARE(c.value(QStringLiteral("exception_type")).toString(),
                 QStringLiteral("correction"));
        QCOMPARE(c.value(QStringLiteral("old_reported")).toString(), QStringLiteral("101.6"));
        QCOMPARE(c.value(QStringLiteral("reported")).toString(), QStringLiteral("100.4"));
        // Four eyes: whoever entered results does not release; QA does, with a signature.
        EXPECT_REFUSAL(Kind::SamePerson, QStringLiteral("entered results of lot OOS-1"),
                       lots().disposition(QStringLiteral("OOS-1"), Disposition::Release,
                                          QStringLiteral("op1"), kPassword, {}));
        const Lot released = lots().disposition(QStringLiteral("OOS-1"), Disposition::Release,
                                                QStringLiteral("qa1"), kPassword, {});
        QCOMPARE(released.status, LotStatus::Released);
        const auto sig = lots().dispositionSignature(released);
        QVERIFY(sig);
        QCOMPARE(sig->meaning, security::SignatureMeaning::Released);
        QCOMPARE(sig->printedName, QStringLiteral("Quinn QA"));
        QVERIFY(station_->signatures().verify(sig->event));
        const CertificateData coa = lots().certificate(QStringLiteral("OOS-1"));
        QCOMPARE(coa.productName, QStringLiteral("Paracetamol Ph. Eur."));
        EXPECT_REFUSAL(Kind::WrongState, QStringLiteral("only issued for a released lot"),
                       lots().certificate(QStringLiteral("LC-1")));
    }

    void promotionsNeedAQaApprovalSignature() {
        // OOS-1 (released) counts; two more accepted lots make 3 within 6 months.
        for (const char* id : {"Q-1", "Q-2"}) {
            days(7);
            testedLot(QString::fromLatin1(id));
            const Lot l = lots().disposition(QString::fromLatin1(id), Disposition::Release,
                                             QStringLiteral("qa1"), kPassword, {});
            QCOMPARE(l.status, LotStatus::Released);
        }
        auto row = station_->sampling().variants().row(QStringLiteral("PARA-ACME"));
        QCOMPARE(row->state, QStringLiteral("UnQualified"));
        QCOMPARE(row->pendingTo, QStringLiteral("Qualified"));
        QVERIFY(row->pendingReason.contains(
            QStringLiteral("3 accepted lots within 6 months (OOS-1, Q-1, Q-2)")));
        QCOMPARE(events(types::kVariantPromotionProposed).size(), size_t(1));
        // Until approved, lots keep the old level and say why.
        QVERIFY(lots()
                    .decide(QStringLiteral("API-PARA"), QStringLiteral("ACME Pharma GmbH"), 4)
                    .level.summary.endsWith(
                        QStringLiteral("promotion to Qualified awaits QA approval")));

        // Not an operator, not with a wrong password (which is counted), not without a proposal.
        QVERIFY_THROWS_EXCEPTION(
            security::SecurityError,
            approve(QStringLiteral("PARA-ACME"), QStringLiteral("op1"), kPassword));
        QVERIFY_THROWS_EXCEPTION(security::SecurityError,
                                 approve(QStringLiteral("PARA-ACME"), QStringLiteral("qa1"),
                                         QStringLiteral("wrong-Password-1")));
        QCOMPARE(station_->users().find(QStringLiteral("qa1"))->failedAttempts, 1);
        EXPECT_REFUSAL(Kind::WrongState, QStringLiteral("No promotion of variant MCC-FMC"),
                       approve(QStringLiteral("MCC-FMC"), QStringLiteral("qa1"), kPassword));
        QCOMPARE(station_->sampling().variants().row(QStringLiteral("PARA-ACME"))->state,
                 QStringLiteral("UnQualified"));

        approve(QStringLiteral("PARA-ACME"), QStringLiteral("qa2"), kPassword);
        row = station_->sampling().variants().row(QStringLiteral("PARA-ACME"));
        QCOMPARE(row->state, QStringLiteral("Qualified"));
        QVERIFY(row->pendingTo.isEmpty());
        const QJsonObject change = events(types::kVariantStateChanged).back().payloadObject();
        QCOMPARE(change.value(QStringLiteral("old_state")).toString(),
                 QStringLiteral("UnQualified"));
        QCOMPARE(change.value(QStringLiteral("new_state")).toString(), QStringLiteral("Qualified"));
        QCOMPARE(change.value(QStringLiteral("approval")).toBool(), true);
        QCOMPARE(change.value(QStringLiteral("approver_name")).toString(),
                 QStringLiteral("Quentin Second"));
        const auto signature = station_->journal().event(
            QStringLiteral("ST01"),
            change.value(QStringLiteral("approval_signature_seq")).toInteger());
        QVERIFY(signature);
        const auto info = security::SignatureService::parse(*signature);
        QCOMPARE(info->meaning, security::SignatureMeaning::Approved);
        QCOMPARE(info->subject.seq, change.value(QStringLiteral("proposal_seq")).toInteger());
        QVERIFY(station_->signatures().verify(*signature));
    }

    void rejectionDemotesAtOnce() {
        days(7);
        const Lot lot = testedLot(QStringLiteral("R-1"), true);
        QCOMPARE(lot.status, LotStatus::PendingRelease);
        const Lot rejected =
            lots().disposition(QStringLiteral("R-1"), Disposition::Reject, QStringLiteral("qa1"),
                               kPassword, QStringLiteral("assay OOS confirmed (INV-0043)"));
        QCOMPARE(rejected.status, LotStatus::Rejected);
        const auto sig = lots().dispositionSignature(rejected);
        QCOMPARE(sig->meaning, security::SignatureMeaning::Rejected);
        const auto row = station_->sampling().variants().row(QStringLiteral("PARA-ACME"));
        QCOMPARE(row->state, QStringLiteral("UnQualified"));
        const QJsonObject change = events(types::kVariantStateChanged).back().payloadObject();
        QCOMPARE(change.value(QStringLiteral("approval")).toBool(), false);
        QCOMPARE(change.value(QStringLiteral("trigger")).toString(),
                 QStringLiteral("lot R-1 rejected"));
        QVERIFY(change.value(QStringLiteral("reason"))
                    .toString()
                    .contains(QStringLiteral("1 rejected lot (R-1)")));
        const QJsonObject disposition = events(types::kLotDispositioned).back().payloadObject();
        QCOMPARE(disposition.value(QStringLiteral("decision")).toString(),
                 QStringLiteral("rejected"));
        QCOMPARE(disposition.value(QStringLiteral("reason")).toString(),
                 QStringLiteral("assay OOS confirmed (INV-0043)"));
    }

    void timeAlonePromotesAtLotCreation() {
        // MCC-FMC (preferred-reduced: 12 months without a failure and at least 3 accepted).
        const security::User op = user("op1");
        const auto accept = [&](const QString& id) {
            const Lot lot = lots().create(
                op, {QStringLiteral("EXC-MCC"), QStringLiteral("FMC BioPolymer"), 12, id});
            lots().receive(op, id);
            lots().receiveSamples(op, id);
            for (const LotTest& t : lot.tests)
                lots().recordResult(op, id, t.sampleId, t.testCode,
                                    t.spec.type == TestSpec::Type::Conforms
                                        ? QStringLiteral("conforms")
                                    : t.testCode == QLatin1String("PH") ? QStringLiteral("6.1")
                                                                        : QStringLiteral("4.2"));
            lots().disposition(id, Disposition::Release, QStringLiteral("qa1"), kPassword, {});
            if (!station_->sampling()
                     .variants()
                     .row(QStringLiteral("MCC-FMC"))
                     ->pendingTo.isEmpty())
                approve(QStringLiteral("MCC-FMC"), QStringLiteral("qa1"), kPassword);
        };
        for (int i = 1; i <= 3; ++i) {
            days(10);
            accept(QStringLiteral("MCC-%1").arg(i));
        }
        QCOMPARE(station_->sampling().variants().row(QStringLiteral("MCC-FMC"))->state,
                 QStringLiteral("Qualified"));
        // Three accepted lots while Qualified (lots from before the qualification do not count).
        for (int i = 4; i <= 6; ++i) {
            days(100);
            accept(QStringLiteral("MCC-%1").arg(i));
        }
        QCOMPARE(station_->sampling().variants().row(QStringLiteral("MCC-FMC"))->state,
                 QStringLiteral("Qualified"));
        days(70);  // now more than 12 months after qualification: creation finds the promotion due
        const Lot lot =
            lots().create(op, {QStringLiteral("EXC-MCC"), QStringLiteral("FMC BioPolymer"), 12,
                               QStringLiteral("MCC-7")});
        QCOMPARE(lot.stateAtCreation, QStringLiteral("Qualified"));
        QCOMPARE(lot.level, Level::Full);
        QVERIFY2(lot.summary.contains(QStringLiteral("promotion to Preferred awaits QA approval")),
                 qPrintable(lot.summary));
        const auto row = station_->sampling().variants().row(QStringLiteral("MCC-FMC"));
        QCOMPARE(row->pendingTo, QStringLiteral("Preferred"));
        approve(QStringLiteral("MCC-FMC"), QStringLiteral("qa1"), kPassword);
        const LotDecision next =
            lots().decide(QStringLiteral("EXC-MCC"), QStringLiteral("FMC BioPolymer"), 12);
        QCOMPARE(next.level.level, Level::Reduced);
        QCOMPARE(next.samples.samples.size(),
                 size_t(2 + 1));  // top: ranges 11+ -> 2 (ID), composite 1 (LOD)
        QCOMPARE(next.samples.testCount(), 3);
    }

    void skipLotsGoStraightToDisposition() {
        // A Preferred variant with a Skip level: the default rule on a fresh variant, walked
        // there quickly through the store's own transitions.
        const MasterDataDocument demo = sampling_fixture::demoDocument();
        MasterDataDocument doc;
        Variant v = demo.variants[0].value;
        v.id = QStringLiteral("PARA-BETA");
        v.organisation = QStringLiteral("Beta Chemicals");
        doc.variants.push_back({v, QStringLiteral("variants[0]")});
        station_->sampling().masterData().apply(user("admin"), doc, false, {});
        const security::User op = user("op1");
        int n = 0;
        const auto run = [&](bool release) {
            const QString id = QStringLiteral("B-%1").arg(++n);
            const Lot lot = lots().create(
                op, {QStringLiteral("API-PARA"), QStringLiteral("Beta Chemicals"), 4, id});
            lots().receive(op, id);
            if (!lot.tests.empty()) {
                lots().receiveSamples(op, id);
                for (const LotTest& t : lot.tests)
                    lots().recordResult(
                        op, id, t.sampleId, t.testCode,
                        t.spec.type == TestSpec::Type::Conforms ? QStringLiteral("conforms")
                        : t.testCode == QLatin1String("ASSAY")  ? QStringLiteral("100.0")
                                                                : QStringLiteral("0.1"));
            }
            lots().disposition(id, release ? Disposition::Release : Disposition::Reject,
                               QStringLiteral("qa1"), kPassword,
                               release ? QString() : QStringLiteral("damaged drums"));
            if (!station_->sampling().variants().row(v.id)->pendingTo.isEmpty())
                approve(v.id, QStringLiteral("qa1"), kPassword);
            return *lots().find(id);
        };
        for (int i = 0; i < 3; ++i) {
            days(7);
            run(true);
        }
        days(370);
        run(true);  // Qualified for 12 months: Preferred after this lot
        QCOMPARE(station_->sampling().variants().row(v.id)->state, QStringLiteral("Preferred"));
        days(7);
        const Lot skip =
            lots().create(op, {QStringLiteral("API-PARA"), QStringLiteral("Beta Chemicals"), 4,
                               QStringLiteral("B-SKIP")});
        QCOMPARE(skip.level, Level::Skip);
        QVERIFY(skip.tests.empty());
        QCOMPARE(lots().receive(op, QStringLiteral("B-SKIP")).status, LotStatus::PendingRelease);
        EXPECT_REFUSAL(Kind::WrongState, QStringLiteral("cannot receive its samples"),
                       lots().receiveSamples(op, QStringLiteral("B-SKIP")));
        lots().disposition(QStringLiteral("B-SKIP"), Disposition::Release, QStringLiteral("qa1"),
                           kPassword, {});
        QVERIFY(lots().certificate(QStringLiteral("B-SKIP")).lot.tests.empty());
    }

    void damagedStoredMasterDataIsRefused() {
        // Behind the application's back: the plan's content no longer parses.
        const QString path = station_->db().path();
        station_.reset();
        {
            store::Database db =
                store::Database::open(path, kPassphrase, store::OpenMode::OpenExisting);
            db.exec(
                "UPDATE sampling_master_data SET content = '{\"id\":\"PLAN-PARA\"}' "
                "WHERE entity = 'sampling_plan' AND id = 'PLAN-PARA'");
        }
        station_ = Station::open(path, kPassphrase, [this] { return now_; });
        EXPECT_REFUSAL(
            Kind::Invalid, QStringLiteral("The stored sampling_plan PLAN-PARA is damaged"),
            lots().decide(QStringLiteral("API-PARA"), QStringLiteral("ACME Pharma GmbH"), 4));
    }
};

QTEST_GUILESS_MAIN(TestSamplingLots)
#include "test_sampling_lots.moc"
