// MVA models under change control and online monitoring against a real SQLCipher store:
// import as Draft, QA approval by signature (four eyes, re-authentication), only approved
// models monitor, tampered content refused; a live simulated batch with an injected fault
// raises mva_alarm exception events before the moisture leaves its specification, naming
// the faulty variable; ISA-18.2 states with acknowledgement (user and time) and clearing.
// Signing uses the production PBKDF2 cost, so the test functions share one station and run
// in declaration order.
#include "exec/BatchLog.h"
#include "mva/AlarmLog.h"
#include "mva/BatchEvolution.h"
#include "mva/FluidBedModels.h"
#include "mva/FluidBedSimulator.h"
#include "mva/ModelJson.h"
#include "mva/ModelRepository.h"
#include "mva/OnlineMonitor.h"
#include "mva/PlsModelJson.h"
#include "record/AuditVerifier.h"
#include "station/Station.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

#include <functional>
#include <memory>

using namespace batch;
using namespace batch::mva;
namespace sim = batch::mva::sim;
using Kind = ModelRepositoryError::Kind;

namespace {

const QByteArray kPassphrase = "mva monitor test passphrase";
const QString kAdminPassword = QStringLiteral("Admin-Secret-2026");
const QString kTemporary = QStringLiteral("Temporary-0001");

QString passwordOf(const QString& id) {
    return id + QStringLiteral("-Passw0rd!");
}

std::optional<Kind> refusal(const std::function<void()>& f) {
    try {
        f();
    } catch (const ModelRepositoryError& e) {
        return e.kind();
    }
    return std::nullopt;
}

QByteArray bytes(const QJsonObject& o) {
    return QJsonDocument(o).toJson();
}

}  // namespace

class TestMvaMonitor : public QObject {
    Q_OBJECT

    QTemporaryDir dir_;
    std::unique_ptr<Station> station_;
    std::unique_ptr<ModelRepository> repo_;
    security::User admin_, supervisor_, operator_;
    QJsonObject bemJson_, plsJson_;

    security::User addActive(const QString& id, const QString& name,
                             const QList<security::Role>& roles) {
        station_->users().addUser(admin_, id, name, roles, kTemporary, QStringLiteral("test"));
        station_->users().changePassword(id, kTemporary, passwordOf(id));
        return *station_->users().find(id);
    }

    std::vector<record::EventRecord> events(const QString& type) {
        record::EventQuery q;
        q.type = type;
        return station_->journal().events(q);
    }

    // Streams a simulated batch through an OnlineMonitor of the approved models.
    std::unique_ptr<OnlineMonitor> runLive(const sim::SimulatedBatch& b, AlarmLog& log) {
        auto monitor = std::make_unique<OnlineMonitor>(
            repo_->loadForMonitoring(QStringLiteral("FBG-BEM")), sim::signalColumns(),
            QString::fromStdString(b.batchId), &log, AlarmConfig{},
            repo_->loadForMonitoring(QStringLiteral("FBG-MOISTURE")));
        for (const sim::Observation& o : b.rows) monitor->addObservation(o.minute, o.values);
        return monitor;
    }

private Q_SLOTS:
    void initTestCase() {
        QVERIFY(dir_.isValid());
        station_ = Station::create(dir_.filePath(QStringLiteral("mva.db")), kPassphrase,
                                   QStringLiteral("ST01"), QStringLiteral("admin"),
                                   QStringLiteral("Ada Admin"), kAdminPassword);
        admin_ = *station_->users().find(QStringLiteral("admin"));
        repo_ = std::make_unique<ModelRepository>(station_->journal(), station_->signatures());
        supervisor_ = addActive(QStringLiteral("sam"), QStringLiteral("Sam Supervisor"),
                                {security::Role::Supervisor});
        addActive(QStringLiteral("quinn"), QStringLiteral("Quinn QA"), {security::Role::Qa});
        operator_ = addActive(QStringLiteral("olga"), QStringLiteral("Olga Operator"),
                              {security::Role::Operator});
        // Training: 20 historical batches of the simulator.
        const sim::FluidBedModels models = sim::fitFluidBedModels(1, 20);
        bemJson_ = models.bem;
        plsJson_ = models.softSensor;
    }

    void importNeedsMasterDataAndAValidFile() {
        QCOMPARE(refusal([&] {
                     repo_->importDraft(supervisor_, QStringLiteral("FBG-BEM"), bytes(bemJson_));
                 }),
                 Kind::NotAuthorized);
        QJsonObject altered = bemJson_;
        altered[QStringLiteral("spe_window")] = 7;
        QCOMPARE(
            refusal([&] { repo_->importDraft(admin_, QStringLiteral("FBG-BEM"), bytes(altered)); }),
            Kind::Invalid);
        QCOMPARE(refusal([&] {
                     repo_->importDraft(admin_, QStringLiteral("bad id!"), bytes(bemJson_));
                 }),
                 Kind::Invalid);
        QVERIFY(repo_->list().empty());
        QVERIFY(events(types::kMvaModelImported).empty());
    }

    void draftIsNotUsedForMonitoring() {
        const ModelVersionInfo v = repo_->importDraft(
            admin_, QStringLiteral("FBG-BEM"), bytes(bemJson_), QStringLiteral("fluid bed BEM"));
        QCOMPARE(v.version, 1);
        QCOMPARE(v.status, ModelStatus::Draft);
        QCOMPARE(v.kind, QStringLiteral("bem"));
        QCOMPARE(v.contentHash, bemJson_[QStringLiteral("content_hash")].toString());
        const auto imported = events(types::kMvaModelImported);
        QCOMPARE(imported.size(), size_t{1});
        QCOMPARE(imported[0].payloadObject()[QStringLiteral("content_hash")].toString(),
                 v.contentHash);
        QCOMPARE(refusal([&] { repo_->loadForMonitoring(QStringLiteral("FBG-BEM")); }),
                 Kind::NotFound);
    }

    void approvalNeedsAnotherPersonAndTheRightPassword() {
        QCOMPARE(refusal([&] {
                     repo_->approve(QStringLiteral("FBG-BEM"), 1, QStringLiteral("admin"),
                                    kAdminPassword);
                 }),
                 Kind::SamePerson);
        QVERIFY_THROWS_EXCEPTION(
            security::SecurityError,
            repo_->approve(QStringLiteral("FBG-BEM"), 1, QStringLiteral("quinn"),
                           QStringLiteral("wrong password")));
        // A supervisor may not sign "Approved" (QA's meaning).
        QVERIFY_THROWS_EXCEPTION(security::SecurityError,
                                 repo_->approve(QStringLiteral("FBG-BEM"), 1, QStringLiteral("sam"),
                                                passwordOf(QStringLiteral("sam"))));
        QCOMPARE(repo_->find(QStringLiteral("FBG-BEM"), 1)->status, ModelStatus::Draft);
    }

    void qaApprovalEnablesMonitoring() {
        const ModelVersionInfo v = repo_->approve(
            QStringLiteral("FBG-BEM"), 1, QStringLiteral("quinn"),
            passwordOf(QStringLiteral("quinn")), QStringLiteral("validated on 20 batches"));
        QCOMPARE(v.status, ModelStatus::Approved);
        QCOMPARE(v.approverId, QStringLiteral("quinn"));
        QVERIFY(!v.approvedUtc.isEmpty());
        const auto approved = events(types::kMvaModelApproved);
        QCOMPARE(approved.size(), size_t{1});
        QCOMPARE(approved[0].payloadObject()[QStringLiteral("approver_id")].toString(),
                 QStringLiteral("quinn"));
        const ApprovedModel m = repo_->loadForMonitoring(QStringLiteral("FBG-BEM"));
        QCOMPARE(m.info.version, 1);
        QCOMPARE(refusal([&] {
                     repo_->approve(QStringLiteral("FBG-BEM"), 1, QStringLiteral("quinn"),
                                    passwordOf(QStringLiteral("quinn")));
                 }),
                 Kind::WrongState);
        repo_->importDraft(admin_, QStringLiteral("FBG-MOISTURE"), bytes(plsJson_),
                           QStringLiteral("moisture soft sensor"));
        QCOMPARE(repo_
                     ->approve(QStringLiteral("FBG-MOISTURE"), 1, QStringLiteral("quinn"),
                               passwordOf(QStringLiteral("quinn")))
                     .kind,
                 QStringLiteral("pls"));
    }

    // Acceptance: an injected fault is detected before the quality attribute is out of
    // specification, recorded as an mva_alarm exception whose top two contributors name
    // the faulty variable.
    void injectedFaultRaisesAnAlarmBeforeOutOfSpecification_data() {
        QTest::addColumn<int>("kind");
        QTest::addColumn<double>("rate");
        QTest::addColumn<QString>("variable");
        QTest::addRow("inlet temperature drift") << int(sim::FaultKind::InletTemperatureDrift)
                                                 << -0.5 << QStringLiteral("inlet_air_temperature");
        QTest::addRow("nozzle clogging")
            << int(sim::FaultKind::NozzleClogging) << 0.03 << QStringLiteral("spray_rate");
    }
    void injectedFaultRaisesAnAlarmBeforeOutOfSpecification() {
        QFETCH(int, kind);
        QFETCH(double, rate);
        QFETCH(QString, variable);
        sim::FluidBedSimulator s(4242 + kind);
        const sim::SimulatedBatch live = s.runBatch(
            "LIVE-" + std::to_string(kind), {static_cast<sim::FaultKind>(kind), 15.0, rate});
        QVERIFY(live.outOfSpecMinute.has_value());
        AlarmLog log(station_->journal());
        const auto before = events(types::kMvaAlarmRaised).size();
        auto monitor = std::make_unique<OnlineMonitor>(
            repo_->loadForMonitoring(QStringLiteral("FBG-BEM")), sim::signalColumns(),
            QString::fromStdString(live.batchId), &log, AlarmConfig{},
            repo_->loadForMonitoring(QStringLiteral("FBG-MOISTURE")));
        QSignalSpy raised(monitor.get(), &OnlineMonitor::alarmRaised);
        QSignalSpy scored(monitor.get(), &OnlineMonitor::observationScored);
        double firstAlarm = -1;
        for (const sim::Observation& o : live.rows) {
            monitor->addObservation(o.minute, o.values);
            if (firstAlarm < 0 && raised.count() > 0)
                firstAlarm = o.minute;
        }
        QCOMPARE(scored.count(), int(live.rows.size()));
        QVERIFY2(firstAlarm > 15.0 && firstAlarm < *live.outOfSpecMinute,
                 qPrintable(QStringLiteral("first alarm at %1, out of spec at %2")
                                .arg(firstAlarm)
                                .arg(*live.outOfSpecMinute)));
        // Recorded: one event per alarm, exception_type mva_alarm, contributors in words.
        const auto recorded = events(types::kMvaAlarmRaised);
        QCOMPARE(recorded.size() - before, size_t(raised.count()));
        const QJsonObject p = recorded[before].payloadObject();
        QCOMPARE(p[QStringLiteral("exception_type")].toString(), QStringLiteral("mva_alarm"));
        QCOMPARE(p[QStringLiteral("batch_id")].toString(), QString::fromStdString(live.batchId));
        QCOMPARE(p[QStringLiteral("model_id")].toString(), QStringLiteral("FBG-BEM"));
        const QJsonArray who = p[QStringLiteral("contributors")].toArray();
        QVERIFY(who.size() >= 2);
        QVERIFY2(who[0].toObject()[QStringLiteral("variable")].toString() == variable ||
                     who[1].toObject()[QStringLiteral("variable")].toString() == variable,
                 qPrintable(p[QStringLiteral("message")].toString()));
        QVERIFY2(p[QStringLiteral("message")].toString().contains(
                     QString(variable).replace(QLatin1Char('_'), QLatin1Char(' ')) +
                     QStringLiteral(" low")),
                 qPrintable(p[QStringLiteral("message")].toString()));
        // One alarm per condition: never two active alarms for the same condition.
        QSet<QString> active;
        for (const MvaAlarm& a : log.alarms(QString::fromStdString(live.batchId))) {
            if (a.active()) {
                QVERIFY2(!active.contains(a.condition), qPrintable(a.condition));
                active.insert(a.condition);
            }
            QCOMPARE(a.state == AlarmState::ActiveUnacknowledged ||
                         a.state == AlarmState::ClearedUnacknowledged,
                     true);
        }
        // The soft sensor predicted moisture live, and saw the fault drive it out of spec.
        const MonitorSample& last = monitor->samples()[160];
        QVERIFY(std::isfinite(last.prediction));
        QVERIFY(!monitor->softSensorResponse().isEmpty());
    }

    void acknowledgeAndClearFollowIsa182() {
        // A transient: spray rate halved for 2.5 minutes of a normal batch, in a batch known
        // to the store, so that the alarm events are indexed under it.
        sim::FluidBedSimulator s(31337);
        sim::SimulatedBatch b = s.runBatch("B-TRANSIENT");
        for (int i = 80; i < 90; ++i) b.rows[size_t(i)].values[int(sim::Signal::SprayRate)] *= 0.5;
        AlarmLog log(station_->journal());
        auto monitor = runLive(b, log);
        const auto alarms = log.alarms(QStringLiteral("B-TRANSIENT"));
        QVERIFY(!alarms.empty());
        const MvaAlarm* spe = nullptr;
        for (const MvaAlarm& a : alarms)
            if (a.condition == QLatin1String("spe"))
                spe = &a;
        QVERIFY(spe);
        QCOMPARE(spe->state, AlarmState::ClearedUnacknowledged);  // back to normal, not yet acked
        QVERIFY(spe->message.contains(QStringLiteral("spray rate low")));
        QCOMPARE(refusal([] {}), std::nullopt);
        QVERIFY_THROWS_EXCEPTION(AlarmLogError,
                                 log.acknowledge(operator_, spe->stationId, spe->seq));
        const MvaAlarm acked = log.acknowledge(supervisor_, spe->stationId, spe->seq,
                                               QStringLiteral("checked the nozzle"));
        QCOMPARE(acked.state, AlarmState::Closed);
        QCOMPARE(acked.acknowledgedBy, QStringLiteral("sam"));
        QVERIFY(!acked.acknowledgedUtc.isEmpty());
        QVERIFY_THROWS_EXCEPTION(AlarmLogError,
                                 log.acknowledge(supervisor_, spe->stationId, spe->seq));
        const auto ack = events(types::kMvaAlarmAcknowledged);
        QCOMPARE(ack.back().userId, QStringLiteral("sam"));
        QCOMPARE(ack.back().payloadObject()[QStringLiteral("alarm_seq")].toInteger(), spe->seq);
        // An active alarm acknowledged first becomes ActiveAcknowledged.
        const auto live = log.alarms();
        for (const MvaAlarm& a : live) {
            if (a.state == AlarmState::ActiveUnacknowledged) {
                QCOMPARE(log.acknowledge(supervisor_, a.stationId, a.seq).state,
                         AlarmState::ActiveAcknowledged);
                break;
            }
        }
    }

    void alarmsOfAKnownBatchAreItsExceptions() {
        // Register a batch row the way the execution engine does, then monitor it.
        {
            record::RecordTransaction txn(station_->journal());
            exec::BatchLog(station_->journal())
                .insertBatch(
                    txn, {QStringLiteral("B-EXEC"), QStringLiteral("MBR-X"), QStringLiteral("1.0"),
                          QStringLiteral("100"), QStringLiteral("kg"), QStringLiteral("running"),
                          QStringLiteral("sam"), QStringLiteral("2026-01-01T00:00:00.000Z")});
            txn.commit();
        }
        sim::FluidBedSimulator s(999);
        const sim::SimulatedBatch b =
            s.runBatch("B-EXEC", {sim::FaultKind::NozzleClogging, 15.0, 0.04});
        AlarmLog log(station_->journal());
        runLive(b, log);
        exec::BatchProjection projection;
        projection.batchId = QStringLiteral("B-EXEC");  // as its BatchStarted event would set
        exec::BatchLog(station_->journal()).refresh(QStringLiteral("B-EXEC"), projection);
        int mva = 0;
        for (const auto& e : projection.exceptions) mva += e.type == QLatin1String("mva_alarm");
        QVERIFY(mva >= 1);
    }

    void newVersionSupersedesAndTamperingIsRefused() {
        const ModelVersionInfo v2 =
            repo_->importDraft(admin_, QStringLiteral("FBG-BEM"), bytes(bemJson_));
        QCOMPARE(v2.version, 2);
        repo_->approve(QStringLiteral("FBG-BEM"), 2, QStringLiteral("quinn"),
                       passwordOf(QStringLiteral("quinn")));
        QCOMPARE(repo_->find(QStringLiteral("FBG-BEM"), 1)->status, ModelStatus::Superseded);
        QCOMPARE(repo_->loadForMonitoring(QStringLiteral("FBG-BEM")).info.version, 2);
        QCOMPARE(events(types::kMvaModelSuperseded).size(), size_t{1});
        // The content is immutable through SQL ...
        QVERIFY_THROWS_EXCEPTION(
            store::StoreError,
            station_->db().exec("UPDATE mva_models SET content = '{}' WHERE version = 2"));
        // ... and an edit behind the application's back is detected on load.
        QJsonObject edited = bemJson_;
        QJsonArray spe = edited[QStringLiteral("spe_99")].toArray();
        spe[10] = 1e9;
        edited[QStringLiteral("spe_99")] = spe;
        edited[QStringLiteral("content_hash")] = contentHash(edited);  // even with a fresh hash
        station_->db().exec("DROP TRIGGER mva_models_content_immutable");
        store::Statement st = station_->db().prepare(
            "UPDATE mva_models SET content = ? WHERE model_id = 'FBG-BEM' AND version = 2");
        st.bindUtf8(1, QJsonDocument(edited).toJson(QJsonDocument::Compact));
        st.run();
        QCOMPARE(refusal([&] { repo_->loadForMonitoring(QStringLiteral("FBG-BEM")); }),
                 Kind::Tampered);
    }

    void auditTrailIntact() {
        const record::VerifyReport report = record::verifyAuditTrail(station_->db());
        QVERIFY(report.ok);
    }
};

QTEST_GUILESS_MAIN(TestMvaMonitor)
#include "test_mva_monitor.moc"
