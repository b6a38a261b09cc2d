// What online MVA monitoring keeps for the review of a finished batch, against a real
// SQLCipher store: every scored observation stored per batch and model, in order, hash-
// chained from the MvaMonitoringStarted event and sealed (count and digest) in the event
// log at batch end; the finished batch's charts scored again from the store are exactly the
// live ones; a restarted monitor resumes with the model version the batch started with;
// tampering with stored observations is found (even re-hashed); the bound seals the run;
// alarm shelving per ISA-18.2 (role, reason, time limit, expiry, no annunciation while
// shelved, every step an event). Signing uses the production PBKDF2 cost, so the test
// functions share one station and run in declaration order.
#include "mva/AlarmLog.h"
#include "mva/FinishedBatch.h"
#include "mva/FluidBedModels.h"
#include "mva/FluidBedSimulator.h"
#include "mva/ModelRepository.h"
#include "mva/ObservationStore.h"
#include "mva/OnlineMonitor.h"
#include "record/AuditVerifier.h"
#include "station/Station.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

#include <atomic>
#include <functional>
#include <memory>

using namespace batch;
using namespace batch::mva;
namespace sim = batch::mva::sim;

namespace {

const QByteArray kPassphrase = "mva2 record test passphrase";
const QString kAdminPassword = QStringLiteral("Admin-Secret-2026");
const QString kTemporary = QStringLiteral("Temporary-0001");

QString passwordOf(const QString& id) {
    return id + QStringLiteral("-Passw0rd!");
}

template <typename E>
std::optional<typename E::Kind> refusal(const std::function<void()>& f) {
    try {
        f();
    } catch (const E& e) {
        return e.kind();
    }
    return std::nullopt;
}

sim::SimulatedBatch faultyBatch(const std::string& id, std::uint64_t seed) {
    sim::FluidBedSimulator s(seed);
    return s.runBatch(id, {sim::FaultKind::InletTemperatureDrift, 15.0, -0.5});
}

void feed(OnlineMonitor& m, const sim::SimulatedBatch& b, size_t from = 0,
          size_t to = std::numeric_limits<size_t>::max()) {
    for (size_t i = from; i < std::min(to, b.rows.size()); ++i)
        m.addObservation(b.rows[i].minute, b.rows[i].values);
}

bool sameVector(const Eigen::VectorXd& a, const Eigen::VectorXd& b) {
    if (a.size() != b.size())
        return false;
    for (Eigen::Index i = 0; i < a.size(); ++i)
        if (!(a(i) == b(i) || (std::isnan(a(i)) && std::isnan(b(i)))))
            return false;
    return true;
}

bool sameNumber(double a, double b) {
    return a == b || (std::isnan(a) && std::isnan(b));
}

}  // namespace

class TestMva2Record : public QObject {
    Q_OBJECT

    QTemporaryDir dir_;
    std::atomic<std::int64_t> offsetMs_{0};
    std::unique_ptr<Station> station_;
    std::unique_ptr<ModelRepository> repo_;
    std::unique_ptr<AlarmLog> alarms_;
    std::unique_ptr<ObservationStore> store_;
    security::User admin_, supervisor_, qa_, operator_;
    std::vector<MonitorSample> liveSamples_;

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

    MonitorServices services() { return {*repo_, *alarms_, *store_}; }

    MonitorRequest request(const QString& batchId) {
        MonitorRequest r;
        r.batchId = batchId;
        r.bemModelId = QStringLiteral("FBG-BEM");
        r.softSensorModelId = QStringLiteral("FBG-MOISTURE");
        r.inputColumns = sim::signalColumns();
        return r;
    }

    void importAndApprove(const QString& id, const QJsonObject& model) {
        const ModelVersionInfo v =
            repo_->importDraft(admin_, id, QJsonDocument(model).toJson(), id);
        repo_->approve(id, v.version, QStringLiteral("quinn"), passwordOf(QStringLiteral("quinn")));
    }

    AlarmChange syntheticChange(const QString& condition, double maturity) {
        AlarmChange c;
        c.condition.statistic = *alarmStatisticFromName(condition);
        c.maturity = maturity;
        c.value = 12;
        c.limit = 10;
        c.message =
            QStringLiteral("%1 above its 99 % limit at minute %2").arg(condition).arg(maturity);
        return c;
    }

private Q_SLOTS:
    void initTestCase() {
        QVERIFY(dir_.isValid());
        station_ = Station::create(dir_.filePath(QStringLiteral("mva2.db")), kPassphrase,
                                   QStringLiteral("ST01"), QStringLiteral("admin"),
                                   QStringLiteral("Ada Admin"), kAdminPassword,
                                   [this] { return record::systemClock()() + offsetMs_.load(); });
        admin_ = *station_->users().find(QStringLiteral("admin"));
        supervisor_ = addActive(QStringLiteral("sam"), QStringLiteral("Sam Supervisor"),
                                {security::Role::Supervisor});
        qa_ = addActive(QStringLiteral("quinn"), QStringLiteral("Quinn QA"), {security::Role::Qa});
        operator_ = addActive(QStringLiteral("olga"), QStringLiteral("Olga Operator"),
                              {security::Role::Operator});
        repo_ = std::make_unique<ModelRepository>(station_->journal(), station_->signatures());
        alarms_ = std::make_unique<AlarmLog>(station_->journal());
        store_ = std::make_unique<ObservationStore>(station_->journal());
        const sim::FluidBedModels models = sim::fitFluidBedModels(1, 20);
        importAndApprove(QStringLiteral("FBG-BEM"), models.bem);
        importAndApprove(QStringLiteral("FBG-MOISTURE"), models.softSensor);
    }

    // Issue 5 item 4: the review of a finished batch shows its MVA charts, from what the
    // monitor stored, bit for bit what the supervisor saw live.
    void finishedBatchChartsComeFromTheStore() {
        const sim::SimulatedBatch b = faultyBatch("B-STORED", 4242);
        auto monitor =
            OnlineMonitor::startOrResume(services(), request(QStringLiteral("B-STORED")));
        QVERIFY(!monitor->resumed());
        QSignalSpy raised(monitor.get(), &OnlineMonitor::alarmRaised);
        feed(*monitor, b);
        QVERIFY(raised.count() >= 1);
        monitor->finish();
        monitor->finish();  // once only
        liveSamples_ = monitor->samples();
        QCOMPARE(liveSamples_.size(), b.rows.size());

        // The record: the binding at the start, the seal with count and digest at the end,
        // and every alarm event carries the digest of the observations it was decided on.
        const auto started = events(types::kMvaMonitoringStarted);
        QCOMPARE(started.size(), size_t{1});
        const QJsonObject sp = started[0].payloadObject();
        QCOMPARE(sp["model_id"].toString(), QStringLiteral("FBG-BEM"));
        QCOMPARE(sp["model_version"].toInt(), 1);
        QCOMPARE(sp["soft_sensor_id"].toString(), QStringLiteral("FBG-MOISTURE"));
        QCOMPARE(sp["columns"].toArray().size(), 8);  // 7 process signals + moisture
        const auto sealed = events(types::kMvaObservationsSealed);
        QCOMPARE(sealed.size(), size_t{1});
        QCOMPARE(sealed[0].payloadObject()["observations"].toInteger(), qint64(b.rows.size()));
        const auto raisedEvents = events(types::kMvaAlarmRaised);
        QVERIFY(!raisedEvents.empty());
        for (const auto& e : raisedEvents) {
            QVERIFY(e.payloadObject().contains("observations_digest"));
            QVERIFY(e.payloadObject()["observations"].toInteger() >= 1);
        }

        const std::vector<FinishedBatchMva> review =
            loadFinishedBatch(*repo_, *store_, *alarms_, QStringLiteral("B-STORED"));
        QCOMPARE(review.size(), size_t{1});
        const FinishedBatchMva& f = review[0];
        QCOMPARE(f.integrity.status, ObservationIntegrity::Status::Sealed);
        QCOMPARE(f.integrity.observations, qint64(b.rows.size()));
        QCOMPARE(f.model.version, 1);
        QCOMPARE(f.softSensorResponse, QStringLiteral("moisture"));
        QCOMPARE(f.samples.size(), liveSamples_.size());
        for (size_t i = 0; i < f.samples.size(); ++i) {
            const MonitorSample& a = f.samples[i];
            const MonitorSample& l = liveSamples_[i];
            QCOMPARE(a.point.maturity, l.point.maturity);
            QVERIFY2(sameNumber(a.point.t2, l.point.t2) && sameNumber(a.point.spe, l.point.spe) &&
                         sameNumber(a.point.dmodx, l.point.dmodx) &&
                         sameVector(a.point.scores, l.point.scores) &&
                         sameVector(a.point.t2Contrib, l.point.t2Contrib) &&
                         sameVector(a.point.speContrib, l.point.speContrib) &&
                         sameVector(a.point.scoreContrib, l.point.scoreContrib) &&
                         sameNumber(a.prediction, l.prediction) &&
                         sameNumber(a.observed, l.observed) &&
                         a.predictionTrusted == l.predictionTrusted,
                     qPrintable(QStringLiteral("observation %1 differs").arg(i)));
        }
        QCOMPARE(f.alarms.size(), alarms_->alarms(QStringLiteral("B-STORED")).size());
        // A sealed batch is not monitored again.
        QCOMPARE(refusal<ObservationStoreError>([&] {
                     OnlineMonitor::startOrResume(services(), request(QStringLiteral("B-STORED")));
                 }),
                 ObservationStoreError::Kind::Sealed);
        // Nothing for a batch that was never monitored.
        QVERIFY(loadFinishedBatch(*repo_, *store_, *alarms_, QStringLiteral("B-NONE")).empty());
    }

    // A restart in the middle of a batch: the batch resumes with the model version it
    // started with, although a new version was approved meanwhile; alarms are not raised
    // twice; the next batch uses the new version.
    void resumedBatchKeepsItsModelVersion() {
        const sim::SimulatedBatch b = faultyBatch("B-RESUME", 4242);
        auto first = OnlineMonitor::startOrResume(services(), request(QStringLiteral("B-RESUME")));
        feed(*first, b, 0, 120);
        const size_t raisedBefore = alarms_->alarms(QStringLiteral("B-RESUME")).size();
        first.reset();  // the program stops

        const sim::FluidBedModels other = sim::fitFluidBedModels(77, 20);
        importAndApprove(QStringLiteral("FBG-BEM"), other.bem);
        QCOMPARE(repo_->loadForMonitoring(QStringLiteral("FBG-BEM")).info.version, 2);
        QCOMPARE(repo_->find(QStringLiteral("FBG-BEM"), 1)->status, ModelStatus::Superseded);

        auto again = OnlineMonitor::startOrResume(services(), request(QStringLiteral("B-RESUME")));
        QVERIFY(again->resumed());
        QCOMPARE(again->modelRef().version, 1);
        QCOMPARE(again->samples().size(), size_t{120});
        QCOMPARE(alarms_->alarms(QStringLiteral("B-RESUME")).size(), raisedBefore);
        // Refuses to go back in maturity (a source replaying from the start).
        QSignalSpy problems(again.get(), &OnlineMonitor::storageProblem);
        QVERIFY(!again->addObservation(b.rows[10].minute, b.rows[10].values));
        QCOMPARE(problems.count(), 1);
        feed(*again, b, 120);
        again->finish();
        // The same samples and alarms as one uninterrupted run with version 1 (B-STORED).
        QCOMPARE(again->samples().size(), liveSamples_.size());
        for (size_t i = 0; i < liveSamples_.size(); ++i)
            QVERIFY(sameNumber(again->samples()[i].point.spe, liveSamples_[i].point.spe));
        QStringList stored, resumed;
        for (const MvaAlarm& a : alarms_->alarms(QStringLiteral("B-STORED")))
            stored << a.condition + QStringLiteral("@") + QString::number(a.maturity);
        for (const MvaAlarm& a : alarms_->alarms(QStringLiteral("B-RESUME")))
            resumed << a.condition + QStringLiteral("@") + QString::number(a.maturity);
        QCOMPARE(resumed, stored);
        QCOMPARE(
            store_->verify(*store_->find(QStringLiteral("B-RESUME"), QStringLiteral("FBG-BEM")))
                .status,
            ObservationIntegrity::Status::Sealed);

        auto next = OnlineMonitor::startOrResume(services(), request(QStringLiteral("B-NEXT")));
        QCOMPARE(next->modelRef().version, 2);
        // The review of the earlier batch still shows version 1.
        QCOMPARE(loadFinishedBatch(*repo_, *store_, *alarms_, QStringLiteral("B-RESUME"))[0]
                     .model.version,
                 1);
    }

    void boundSealsTheRunAndMonitoringGoesOn() {
        ObservationStore small(station_->journal(), {50, 64});
        MonitorServices s{*repo_, *alarms_, small};
        auto monitor = OnlineMonitor::startOrResume(s, request(QStringLiteral("B-BOUND")));
        QSignalSpy problems(monitor.get(), &OnlineMonitor::storageProblem);
        const sim::SimulatedBatch b = faultyBatch("B-BOUND", 4242);
        feed(*monitor, b);
        QCOMPARE(monitor->samples().size(), b.rows.size());  // still scored live
        QCOMPARE(problems.count(), 1);
        QVERIFY(problems[0][0].toString().contains(QStringLiteral("50")));
        const MonitoringRun run = *small.find(QStringLiteral("B-BOUND"), QStringLiteral("FBG-BEM"));
        QVERIFY(run.sealed());
        QVERIFY(run.seal->limitReached);
        QCOMPARE(run.count, 50);
        QCOMPARE(small.verify(run).status, ObservationIntegrity::Status::Sealed);
        // Alarms after the bound are recorded all the same.
        QVERIFY(!alarms_->alarms(QStringLiteral("B-BOUND")).empty());
        monitor->finish();  // already sealed: nothing more
        QCOMPARE(events(types::kMvaObservationsSealed).size(), size_t{3});
    }

    void storedObservationsAreAppendOnly() {
        QVERIFY_THROWS_EXCEPTION(store::StoreError,
                                 station_->db().exec("UPDATE mva_observations SET maturity = 0"));
        QVERIFY_THROWS_EXCEPTION(store::StoreError,
                                 station_->db().exec("DELETE FROM mva_observations"));
        QVERIFY_THROWS_EXCEPTION(store::StoreError, station_->db().exec("DELETE FROM mva_runs"));
        QVERIFY_THROWS_EXCEPTION(store::StoreError,
                                 station_->db().exec("UPDATE mva_runs SET model_version = 2"));
        // A sealed run takes no further observation, even through SQL.
        QVERIFY_THROWS_EXCEPTION(
            store::StoreError,
            station_->db().exec("INSERT INTO mva_observations (run_id, idx, maturity, vals, "
                                "row_hash) SELECT run_id, 100000, 99, x'00', zeroblob(32) FROM "
                                "mva_runs WHERE batch_id = 'B-STORED'"));
    }

    // Tampering behind the application's back: a changed value is named by its row; a
    // change re-hashed along the chain is caught by the digests in the event log.
    void tamperingIsFound() {
        const MonitoringRun run =
            *store_->find(QStringLiteral("B-STORED"), QStringLiteral("FBG-BEM"));
        station_->db().exec("DROP TRIGGER mva_observations_refuse_update");
        const StoredObservations before = store_->load(run);
        Eigen::RowVectorXd row = before.values.row(150);
        row(0) += 0.5;
        const QByteArray vals = encodeObservationValues(row.data(), int(row.size()));
        {
            store::Statement st = station_->db().prepare(
                "UPDATE mva_observations SET vals = ? WHERE run_id = ? AND idx = 150");
            st.bindBlob(1, vals).bind(2, run.runId);
            st.run();
        }
        ObservationIntegrity v = store_->verify(run);
        QCOMPARE(v.status, ObservationIntegrity::Status::Broken);
        QCOMPARE(v.firstBadIndex, qint64(150));
        QVERIFY2(v.reason.contains(QStringLiteral("150")), qPrintable(v.reason));
        // The charts are still drawn for the reviewer, marked as not trustworthy.
        const auto review =
            loadFinishedBatch(*repo_, *store_, *alarms_, QStringLiteral("B-STORED"));
        QCOMPARE(review[0].integrity.status, ObservationIntegrity::Status::Broken);
        // Re-hash the whole chain from row 150 on, as a careful forger would.
        QByteArray prev;
        {
            store::Statement st = station_->db().prepare(
                "SELECT row_hash FROM mva_observations WHERE run_id = ? AND idx = 149");
            st.bind(1, run.runId);
            QVERIFY(st.step());
            prev = st.blob(0);
        }
        for (std::int64_t i = 150; i < run.count; ++i) {
            Eigen::RowVectorXd r = before.values.row(Eigen::Index(i));
            if (i == 150)
                r(0) += 0.5;
            const QByteArray v8 = encodeObservationValues(r.data(), int(r.size()));
            const QByteArray h =
                observationRowHash(run, i, before.maturity(Eigen::Index(i)), v8, prev);
            store::Statement st = station_->db().prepare(
                "UPDATE mva_observations SET vals = ?, row_hash = ? WHERE run_id = ? AND idx = ?");
            st.bindBlob(1, v8).bindBlob(2, h).bind(3, run.runId).bind(4, i);
            st.run();
            prev = h;
        }
        v = store_->verify(run);
        QCOMPARE(v.status, ObservationIntegrity::Status::Broken);
        QVERIFY2(v.reason.contains(QStringLiteral("re-hashed")), qPrintable(v.reason));
        QVERIFY(v.firstBadIndex <= 150);
        station_->db().exec(
            "CREATE TRIGGER mva_observations_refuse_update BEFORE UPDATE ON mva_observations "
            "BEGIN SELECT RAISE(ABORT, 'mva_observations is append-only'); END;");
    }

    // ISA-18.2 shelving: only with a reason and a time limit, by a supervisor or QA,
    // recorded as events; a shelved alarm does not annunciate until unshelved or expired.
    void shelvingNeedsRoleReasonAndTimeLimit() {
        const AlarmModelRef ref{QStringLiteral("FBG-BEM"), 1, QStringLiteral("h")};
        const MvaAlarm a = alarms_->raise(QStringLiteral("B-SHELF"), ref,
                                          syntheticChange(QStringLiteral("spe"), 20));
        QVERIFY(a.annunciating());
        using K = AlarmLogError::Kind;
        const auto shelve = [&](const security::User& u, const QString& why, int minutes) {
            return refusal<AlarmLogError>(
                [&] { alarms_->shelve(u, a.stationId, a.seq, why, minutes); });
        };
        QCOMPARE(shelve(operator_, QStringLiteral("noise"), 30), K::NotAuthorized);
        QCOMPARE(shelve(admin_, QStringLiteral("noise"), 30), K::NotAuthorized);
        QCOMPARE(shelve(supervisor_, QStringLiteral("   "), 30), K::Invalid);
        QCOMPARE(shelve(supervisor_, QStringLiteral("noise"), 0), K::Invalid);
        QCOMPARE(shelve(supervisor_, QStringLiteral("noise"), 481), K::Invalid);
        QCOMPARE(shelve(supervisor_, QString(501, QLatin1Char('x')), 30), K::Invalid);
        QCOMPARE(refusal<AlarmLogError>([&] {
                     alarms_->shelve(supervisor_, a.stationId, 999999, QStringLiteral("x"), 5);
                 }),
                 K::NotFound);
        QVERIFY(events(types::kMvaAlarmShelved).empty());

        const AlarmShelf s = alarms_->shelve(supervisor_, a.stationId, a.seq,
                                             QStringLiteral("nozzle being cleaned"), 30);
        QCOMPARE(s.shelvedBy, QStringLiteral("sam"));
        QCOMPARE(s.minutes, 30);
        QCOMPARE(s.condition, QStringLiteral("spe"));
        const auto shelved = events(types::kMvaAlarmShelved);
        QCOMPARE(shelved.size(), size_t{1});
        QCOMPARE(shelved[0].userId, QStringLiteral("sam"));
        const QJsonObject p = shelved[0].payloadObject();
        QCOMPARE(p["exception_type"].toString(), QStringLiteral("mva_alarm_shelved"));
        QCOMPARE(p["reason"].toString(), QStringLiteral("nozzle being cleaned"));
        QCOMPARE(p["minutes"].toInt(), 30);
        QVERIFY(!p["shelved_until"].toString().isEmpty());
        QCOMPARE(shelve(qa_, QStringLiteral("again"), 10), K::WrongState);

        MvaAlarm now = *alarms_->alarm(a.stationId, a.seq);
        QVERIFY(now.shelved);
        QVERIFY(!now.annunciating());
        QCOMPARE(now.shelvedBy, QStringLiteral("sam"));
        // It clears and comes back while shelved: recorded, but it does not annunciate.
        alarms_->clear(QStringLiteral("B-SHELF"), a.seq,
                       syntheticChange(QStringLiteral("spe"), 21));
        const MvaAlarm back = alarms_->raise(QStringLiteral("B-SHELF"), ref,
                                             syntheticChange(QStringLiteral("spe"), 22));
        QVERIFY(back.shelved);
        QVERIFY(!back.annunciating());
        QCOMPARE(
            events(types::kMvaAlarmRaised).back().payloadObject()["shelved_by_seq"].toInteger(),
            s.seq);
        // Another condition of the batch is not shelved.
        const MvaAlarm t2 = alarms_->raise(QStringLiteral("B-SHELF"), ref,
                                           syntheticChange(QStringLiteral("t2"), 22));
        QVERIFY(t2.annunciating());
        QCOMPARE(alarms_->recordExpiredShelves(), 0);

        // 31 minutes later the shelving has expired: the alarm annunciates again, and the
        // expiry is recorded once.
        offsetMs_ += 31 * 60 * 1000;
        now = *alarms_->alarm(back.stationId, back.seq);
        QVERIFY(!now.shelved);
        QVERIFY(now.annunciating());
        QCOMPARE(alarms_->recordExpiredShelves(), 1);
        QCOMPARE(alarms_->recordExpiredShelves(), 0);
        const auto unshelved = events(types::kMvaAlarmUnshelved);
        QCOMPARE(unshelved.size(), size_t{1});
        QCOMPARE(unshelved[0].userId, QStringLiteral("system"));
        QCOMPARE(unshelved[0].payloadObject()["cause"].toString(), QStringLiteral("expired"));

        // Shelved again, and unshelved early by QA.
        alarms_->shelve(qa_, back.stationId, back.seq, QStringLiteral("sensor swap"), 60);
        QVERIFY(!alarms_->alarm(back.stationId, back.seq)->annunciating());
        QCOMPARE(
            refusal<AlarmLogError>([&] { alarms_->unshelve(operator_, back.stationId, back.seq); }),
            K::NotAuthorized);
        const AlarmShelf ended =
            alarms_->unshelve(qa_, back.stationId, back.seq, QStringLiteral("sensor back"));
        QCOMPARE(ended.endedBy, QStringLiteral("quinn"));
        QVERIFY(alarms_->alarm(back.stationId, back.seq)->annunciating());
        QCOMPARE(refusal<AlarmLogError>([&] { alarms_->unshelve(qa_, back.stationId, back.seq); }),
                 K::WrongState);
        // The review lists every shelving with who, why, until and how it ended.
        const auto list = alarms_->shelves(QStringLiteral("B-SHELF"));
        QCOMPARE(list.size(), size_t{2});
        QCOMPARE(list[0].endReason, QStringLiteral("expired"));
        QCOMPARE(list[0].endedUtc, list[0].untilUtc);
        QCOMPARE(list[1].endedBy, QStringLiteral("quinn"));
        QCOMPARE(list[1].endReason, QStringLiteral("sensor back"));
        // A closed alarm (cleared and acknowledged) has nothing to shelve.
        alarms_->acknowledge(supervisor_, a.stationId, a.seq);
        QCOMPARE(shelve(supervisor_, QStringLiteral("late"), 10), K::WrongState);
    }

    // The live monitor's alarm of a shelved condition arrives shelved (no annunciation).
    void monitorDoesNotAnnunciateShelvedConditions() {
        auto monitor =
            OnlineMonitor::startOrResume(services(), request(QStringLiteral("B-MSHELF")));
        const sim::SimulatedBatch b = faultyBatch("B-MSHELF", 4242);
        std::vector<MvaAlarm> seen;
        connect(monitor.get(), &OnlineMonitor::alarmRaised, this,
                [&](const MvaAlarm& a) { seen.push_back(a); });
        size_t i = 0;
        while (seen.empty() && i < b.rows.size()) {
            monitor->addObservation(b.rows[i].minute, b.rows[i].values);
            ++i;
        }
        QVERIFY(!seen.empty());
        QVERIFY(seen.front().annunciating());
        // Shelve every condition that raised; later raises of them are shelved.
        QSet<QString> shelvedConditions;
        for (const MvaAlarm& a : alarms_->alarms(QStringLiteral("B-MSHELF")))
            if (a.state != AlarmState::Closed && !shelvedConditions.contains(a.condition)) {
                alarms_->shelve(supervisor_, a.stationId, a.seq, QStringLiteral("known drift"),
                                480);
                shelvedConditions.insert(a.condition);
            }
        seen.clear();
        feed(*monitor, b, i);
        monitor->finish();
        for (const MvaAlarm& a : seen)
            QCOMPARE(a.annunciating(), !shelvedConditions.contains(a.condition));
        for (const MvaAlarm& a : alarms_->alarms(QStringLiteral("B-MSHELF")))
            if (shelvedConditions.contains(a.condition) && a.state != AlarmState::Closed)
                QVERIFY(a.shelved);
    }

    void auditTrailIntact() {
        const record::VerifyReport report = record::verifyAuditTrail(station_->db());
        QVERIFY2(report.ok, report.firstBroken ? qPrintable(report.firstBroken->reason) : "");
    }
};

QTEST_GUILESS_MAIN(TestMva2Record)
#include "test_mva2_record.moc"
