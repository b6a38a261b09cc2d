// MVA models as central master data against a real PostgreSQL server started by the test:
// a model version approved under change control in an authoring store (QA's signature) is
// published with `batchctl central mva publish`, reaches a production station at its next
// sync as its approved version (MasterDataApplied, imported by "central"), monitors a batch
// there; a newer published version supersedes it while the running batch keeps the version
// it started with; a document with wrong content is refused and recorded; a retired version
// stops monitoring; the central and local records verify at the end.
#include "PgServer.h"
#include "SyncTestKit.h"

#include "mva/AlarmLog.h"
#include "mva/FluidBedModels.h"
#include "mva/FluidBedSimulator.h"
#include "mva/ModelRepository.h"
#include "mva/ObservationStore.h"
#include "mva/OnlineMonitor.h"
#include "record/AuditVerifier.h"
#include "record/CanonicalJson.h"
#include "sync/CentralAdmin.h"
#include "sync/MvaModelMaster.h"
#include "sync/SyncClient.h"

#include <QJsonDocument>
#include <QtTest>

#include <memory>

using namespace batch;
using namespace batch::mva;
namespace sim = batch::mva::sim;

namespace {

const QString kStationPassword = QStringLiteral("station-role-password");
const QString kQaPassword = QStringLiteral("Quinn-Passw0rd!");
const QString kTemporary = QStringLiteral("Temporary-0001");

std::vector<record::EventRecord> eventsOf(Station& s, const QString& type) {
    record::EventQuery q;
    q.type = type;
    return s.journal().events(q);
}

}  // namespace

class TestMva2Central : public QObject {
    Q_OBJECT

    std::unique_ptr<PgServer> pg_;
    std::unique_ptr<StationFixture> author_;   // QA's master-data store (QA01)
    std::unique_ptr<StationFixture> station_;  // a production station (ST01)
    sim::SimulatedBatch live_;

    sync::ExchangeResult syncOnce(StationFixture& s) {
        return ::syncOnce(*pg_, s, kStationPassword);
    }

    void registerStation(StationFixture& s) {
        const CliRun add = ::registerStation(*pg_, s, kStationPassword);
        QVERIFY2(add.exitCode == 0, qPrintable(add.err + add.out));
    }

    // Imported by the administrator, approved by QA with a signature, in the author store.
    int importAndApprove(const QString& id, const QJsonObject& model) {
        ModelRepository repo(author_->station->journal(), author_->station->signatures());
        const security::User admin = *author_->station->users().find(QStringLiteral("admin"));
        const ModelVersionInfo v =
            repo.importDraft(admin, id, QJsonDocument(model).toJson(), QStringLiteral("fluid bed"));
        repo.approve(id, v.version, QStringLiteral("quinn"), kQaPassword,
                     QStringLiteral("validated"));
        return v.version;
    }

    CliRun publish(const QString& id, const QStringList& extra = {}) {
        return batchctl(QStringList{QStringLiteral("central"), QStringLiteral("mva"),
                                    QStringLiteral("publish"), QStringLiteral("--id"), id,
                                    QStringLiteral("--reason"), QStringLiteral("validated model")} +
                        extra + author_->storeArgs() + superArgs(*pg_));
    }

    MonitorRequest request(const QString& batchId) {
        MonitorRequest r;
        r.batchId = batchId;
        r.bemModelId = QStringLiteral("FBG-BEM");
        r.softSensorModelId = QStringLiteral("FBG-MOISTURE");
        r.inputColumns = sim::signalColumns();
        return r;
    }

    // Runs `body` with the station's monitoring services.
    template <typename Body>
    void atStation(Body&& body) {
        Station& s = *station_->station;
        ModelRepository repo(s.journal(), s.signatures());
        AlarmLog log(s.journal());
        ObservationStore store(s.journal());
        body(repo, MonitorServices{repo, log, store});
    }

private slots:
    void initTestCase() {
        pg_ = std::make_unique<PgServer>();
        const CliRun init = batchctl(
            QStringList{QStringLiteral("central"), QStringLiteral("init")} + superArgs(*pg_));
        QVERIFY2(init.exitCode == 0, qPrintable(init.err + init.out));
        author_ = std::make_unique<StationFixture>(QStringLiteral("QA01"));
        station_ = std::make_unique<StationFixture>(QStringLiteral("ST01"));
        registerStation(*author_);
        registerStation(*station_);
        auto& users = author_->station->users();
        const security::User admin = *users.find(QStringLiteral("admin"));
        users.addUser(admin, QStringLiteral("quinn"), QStringLiteral("Quinn QA"),
                      {security::Role::Qa}, kTemporary, QStringLiteral("test"));
        users.changePassword(QStringLiteral("quinn"), kTemporary, kQaPassword);
        sim::FluidBedSimulator s(4242);
        live_ = s.runBatch("LIVE-A", {sim::FaultKind::InletTemperatureDrift, 15.0, -0.5});
    }

    void onlyAnApprovedVersionIsPublished() {
        const sim::FluidBedModels models = sim::fitFluidBedModels(1, 20);
        ModelRepository repo(author_->station->journal(), author_->station->signatures());
        repo.importDraft(*author_->station->users().find(QStringLiteral("admin")),
                         QStringLiteral("FBG-BEM"), QJsonDocument(models.bem).toJson());
        CliRun r = publish(QStringLiteral("FBG-BEM"));
        QCOMPARE(r.exitCode, 1);  // a Draft is not published
        QVERIFY2(r.err.contains(QStringLiteral("no approved version")), qPrintable(r.err));
        repo.approve(QStringLiteral("FBG-BEM"), 1, QStringLiteral("quinn"), kQaPassword);
        QCOMPARE(importAndApprove(QStringLiteral("FBG-MOISTURE"), models.softSensor), 1);
        r = publish(QStringLiteral("FBG-BEM"), {QStringLiteral("--version"), QStringLiteral("2")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QStringLiteral("not the approved version")), qPrintable(r.err));
        for (const QString& id : {QStringLiteral("FBG-BEM"), QStringLiteral("FBG-MOISTURE")}) {
            r = publish(id);
            QVERIFY2(r.exitCode == 0, qPrintable(r.err + r.out));
            QVERIFY(r.out.contains(id + QStringLiteral("@1")));
        }
        sync::PgConnection su = sync::PgConnection::connect(superSettings(*pg_));
        const auto doc =
            sync::currentMasterData(su, sync::kMvaModelKind, QStringLiteral("FBG-BEM@1"));
        QVERIFY(doc);
        QCOMPARE((*doc)["status"].toString(), QStringLiteral("Approved"));
        QCOMPARE((*doc)["approval"].toObject()["approver_id"].toString(), QStringLiteral("quinn"));
        QCOMPARE((*doc)["approval"].toObject()["approver_name"].toString(),
                 QStringLiteral("Quinn QA"));
        QCOMPARE((*doc)["content_hash"].toString(), models.bem["content_hash"].toString());
        qInfo("FBG-BEM central document: %lld bytes",
              static_cast<long long>(record::encodeCanonical(*doc).size()));
        QCOMPARE(batchctl(QStringList{QStringLiteral("central"), QStringLiteral("mva"),
                                      QStringLiteral("publish"), QStringLiteral("--help")})
                     .exitCode,
                 0);
    }

    void stationAppliesAndMonitorsWithIt() {
        Station& s = *station_->station;
        ModelRepository repo(s.journal(), s.signatures());
        QVERIFY_THROWS_EXCEPTION(ModelRepositoryError,
                                 repo.loadForMonitoring(QStringLiteral("FBG-BEM")));
        const sync::ExchangeResult r = syncOnce(*station_);
        QCOMPARE(r.applied, 2);
        QCOMPARE(r.refused, 0);
        const ApprovedModel bem = repo.loadForMonitoring(QStringLiteral("FBG-BEM"));
        QCOMPARE(bem.info.version, 1);
        QCOMPARE(bem.info.importedBy, QStringLiteral("central"));
        QCOMPARE(bem.info.approverId, QStringLiteral("quinn"));
        const auto applied = eventsOf(s, sync::types::kMasterDataApplied);
        QCOMPARE(applied.size(), size_t{2});
        QCOMPARE(applied[0].payloadObject()["new_status"].toString(), QStringLiteral("Approved"));
        QCOMPARE(applied[0].payloadObject()["approval_station"].toString(), QStringLiteral("QA01"));
        // The author store pulls its own publication: nothing changes there.
        QCOMPARE(syncOnce(*author_).refused, 0);
        ModelRepository authorRepo(author_->station->journal(), author_->station->signatures());
        QCOMPARE(authorRepo.loadForMonitoring(QStringLiteral("FBG-BEM")).info.importedBy,
                 QStringLiteral("admin"));

        atStation([&](ModelRepository&, MonitorServices services) {
            auto monitor =
                OnlineMonitor::startOrResume(services, request(QStringLiteral("LIVE-A")));
            QCOMPARE(monitor->modelRef().version, 1);
            for (size_t i = 0; i < 120; ++i)
                monitor->addObservation(live_.rows[i].minute, live_.rows[i].values);
            QVERIFY(!services.alarms.alarms(QStringLiteral("LIVE-A")).empty());
        });  // the program stops in the middle of the batch
    }

    void newVersionReachesStationButRunningBatchKeepsItsVersion() {
        const sim::FluidBedModels other = sim::fitFluidBedModels(77, 20);
        QCOMPARE(importAndApprove(QStringLiteral("FBG-BEM"), other.bem), 2);
        const CliRun r = publish(QStringLiteral("FBG-BEM"));
        QVERIFY2(r.exitCode == 0 && r.out.contains(QStringLiteral("FBG-BEM@2")),
                 qPrintable(r.err + r.out));
        QCOMPARE(syncOnce(*station_).applied, 1);
        Station& s = *station_->station;
        atStation([&](ModelRepository& repo, MonitorServices services) {
            QCOMPARE(repo.loadForMonitoring(QStringLiteral("FBG-BEM")).info.version, 2);
            QCOMPARE(repo.find(QStringLiteral("FBG-BEM"), 1)->status, ModelStatus::Superseded);
            QCOMPARE(eventsOf(s, types::kMvaModelSuperseded).size(), size_t{1});
            auto resumed =
                OnlineMonitor::startOrResume(services, request(QStringLiteral("LIVE-A")));
            QVERIFY(resumed->resumed());
            QCOMPARE(resumed->modelRef().version, 1);
            for (size_t i = 120; i < live_.rows.size(); ++i)
                resumed->addObservation(live_.rows[i].minute, live_.rows[i].values);
            resumed->finish();
            QCOMPARE(services.observations.verify(*resumed->run()).status,
                     ObservationIntegrity::Status::Sealed);
            auto next = OnlineMonitor::startOrResume(services, request(QStringLiteral("LIVE-B")));
            QCOMPARE(next->modelRef().version, 2);
            next->addObservation(live_.rows[0].minute, live_.rows[0].values);
        });
    }

    void wrongDocumentsAreRefusedAndRecorded() {
        sync::PgConnection su = sync::PgConnection::connect(superSettings(*pg_));
        QJsonObject doc =
            *sync::currentMasterData(su, sync::kMvaModelKind, QStringLiteral("FBG-BEM@2"));
        // The same key with other content, and a document whose hash does not match.
        QJsonObject otherContent = doc;
        otherContent[QStringLiteral("content")] = QString::fromUtf8(
            QJsonDocument(sim::fitFluidBedModels(5, 20).bem).toJson(QJsonDocument::Compact));
        otherContent[QStringLiteral("content_hash")] =
            QJsonDocument::fromJson(otherContent[QStringLiteral("content")].toString().toUtf8())
                .object()[QStringLiteral("content_hash")];
        sync::publishMasterData(su, sync::kMvaModelKind, QStringLiteral("FBG-BEM@2"), otherContent,
                                QStringLiteral("test: other content"));
        QJsonObject badHash = doc;
        badHash[QStringLiteral("version")] = 3;
        badHash[QStringLiteral("content_hash")] = QString(64, QLatin1Char('0'));
        sync::publishMasterData(su, sync::kMvaModelKind, QStringLiteral("FBG-BEM@3"), badHash,
                                QStringLiteral("test: bad hash"));
        QJsonObject noApproval = doc;
        noApproval[QStringLiteral("version")] = 4;
        noApproval.remove(QStringLiteral("approval"));
        sync::publishMasterData(su, sync::kMvaModelKind, QStringLiteral("FBG-BEM@4"), noApproval,
                                QStringLiteral("test: no approval"));
        const sync::ExchangeResult r = syncOnce(*station_);
        QCOMPARE(r.refused, 3);
        QCOMPARE(r.applied, 0);
        Station& s = *station_->station;
        const auto refused = eventsOf(s, sync::types::kMasterDataRefused);
        QCOMPARE(refused.size(), size_t{3});
        QVERIFY2(refused[0].payloadObject()["reason"].toString().contains(
                     QStringLiteral("different content")),
                 qPrintable(refused[0].payloadObject()["reason"].toString()));
        QVERIFY(refused[1].payloadObject()["reason"].toString().contains(
            QStringLiteral("content_hash does not match")));
        QVERIFY(refused[2].payloadObject()["reason"].toString().contains(
            QStringLiteral("needs its approval")));
        ModelRepository repo(s.journal(), s.signatures());
        QVERIFY(!repo.find(QStringLiteral("FBG-BEM"), 3));
        QCOMPARE(repo.loadForMonitoring(QStringLiteral("FBG-BEM")).info.version, 2);
        // Put the right document back for the retirement below.
        sync::publishMasterData(su, sync::kMvaModelKind, QStringLiteral("FBG-BEM@2"), doc,
                                QStringLiteral("test: restore"));
        QCOMPARE(syncOnce(*station_).applied, 1);
    }

    void retiredVersionStopsMonitoring() {
        const CliRun r = batchctl(
            QStringList{QStringLiteral("central"), QStringLiteral("mva"), QStringLiteral("retire"),
                        QStringLiteral("--id"), QStringLiteral("FBG-BEM"),
                        QStringLiteral("--version"), QStringLiteral("2"),
                        QStringLiteral("--reason"), QStringLiteral("drift in raw material")} +
            superArgs(*pg_));
        QVERIFY2(r.exitCode == 0, qPrintable(r.err + r.out));
        QCOMPARE(syncOnce(*station_).applied, 1);
        atStation([&](ModelRepository& repo, MonitorServices services) {
            QCOMPARE(repo.find(QStringLiteral("FBG-BEM"), 2)->status, ModelStatus::Retired);
            QVERIFY_THROWS_EXCEPTION(ModelRepositoryError,
                                     repo.loadForMonitoring(QStringLiteral("FBG-BEM")));
            // LIVE-B started with version 2: it may not go on with a retired model.
            try {
                OnlineMonitor::startOrResume(services, request(QStringLiteral("LIVE-B")));
                QFAIL("a retired model was used");
            } catch (const ModelRepositoryError& e) {
                QCOMPARE(e.kind(), ModelRepositoryError::Kind::WrongState);
                QVERIFY(e.message().contains(QStringLiteral("Retired")));
            }
        });
        const CliRun never = batchctl(
            QStringList{QStringLiteral("central"), QStringLiteral("mva"), QStringLiteral("retire"),
                        QStringLiteral("--id"), QStringLiteral("NOPE"), QStringLiteral("--version"),
                        QStringLiteral("1"), QStringLiteral("--reason"), QStringLiteral("x")} +
            superArgs(*pg_));
        QCOMPARE(never.exitCode, 1);
    }

    void recordsVerify() {
        // An exchange that applies master data records events after its push: the next one
        // sends them.
        for (StationFixture* s : {station_.get(), author_.get()}) {
            syncOnce(*s);
            QCOMPARE(syncOnce(*s).waiting(), std::int64_t(0));
        }
        // The author store got its own publications back: the same content is no change,
        // the forged ones were refused there too, the central retirement applies.
        ModelRepository authorRepo(author_->station->journal(), author_->station->signatures());
        QCOMPARE(authorRepo.find(QStringLiteral("FBG-BEM"), 1)->importedBy,
                 QStringLiteral("admin"));
        QCOMPARE(authorRepo.find(QStringLiteral("FBG-BEM"), 2)->status, ModelStatus::Retired);
        const CliRun verify = batchctl(
            QStringList{QStringLiteral("central"), QStringLiteral("verify")} + superArgs(*pg_));
        QVERIFY2(verify.exitCode == 0, qPrintable(verify.err + verify.out));
        QVERIFY(record::verifyAuditTrail(station_->station->db()).ok);
        QVERIFY(record::verifyAuditTrail(author_->station->db()).ok);
    }
};

QTEST_GUILESS_MAIN(TestMva2Central)
#include "test_mva2_central.moc"
