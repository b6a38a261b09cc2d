// The MVA monitor screen with shelving and a live instrument feed, and the review widget
// of a finished batch, offscreen against a real encrypted store with approved models:
// a supervisor shelves an alarm with a reason and a time limit (it stops annunciating, the
// shelving is recorded), unshelves it, a shelving expires; an administrator sees no shelve
// action; a live feed of instrument readings is monitored like the simulator; the finished
// batch's charts, alarms and shelving are shown again from the store (MvaBatchReview), also
// when its stored observations were tampered with. PNGs at 1280x800 and 1920x1080 into
// $BATCH_TEST_TMP/mva2-screens.
#include "Theme.h"
#include "charts/mva/ContributionChart.h"
#include "charts/mva/ControlChart.h"
#include "charts/mva/MvaBatchPanel.h"
#include "charts/mva/MvaBatchReview.h"
#include "charts/mva/MvaMonitorView.h"
#include "charts/mva/ShelveAlarmDialog.h"
#include "live/LiveInstrumentSource.h"
#include "mva/FluidBedModels.h"
#include "mva/ModelRepository.h"
#include "security/Session.h"
#include "station/Station.h"
#include "widgets/StatusBanner.h"

#include <QApplication>
#include <QChart>
#include <QDir>
#include <QJsonDocument>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QtTest>

#include <atomic>

using namespace batch;
namespace sim = batch::mva::sim;
using ui::StatusBanner;

namespace {

const QByteArray kPassphrase = "mva2 screens test passphrase";
const QString kPassword = QStringLiteral("Demo-Pass-2026");
const QString kOneTime = QStringLiteral("One-Time-0001");
constexpr std::uint64_t kSeed = 4242;
const QString kBatch = QStringLiteral("SIM-004242");

}  // namespace

class TestMva2Screens : public QObject {
    Q_OBJECT

    QTemporaryDir dir_;
    QString shots_;
    std::atomic<std::int64_t> offsetMs_{0};
    std::unique_ptr<Station> station_;
    std::unique_ptr<security::Session> session_;
    std::unique_ptr<ui::mva::MvaMonitorView> view_;
    // The live plant: one reading stream per signal, filled from a simulated batch.
    std::vector<std::shared_ptr<devices::LiveReadings>> streams_;
    qint64 plantNow_ = 1'900'000'000'000;
    devices::LiveInstrumentSource* live_ = nullptr;

    void save(QWidget* w, const QString& name, QSize size = {}) {
        if (size.isValid())
            w->resize(size);
        QCoreApplication::processEvents();
        const QString file = QDir(shots_).filePath(name + QStringLiteral(".png"));
        QVERIFY2(w->grab().save(file), qPrintable(file));
    }

    void saveBothSizes(QWidget* w, const QString& name) {
        for (const QSize size : {QSize(1280, 800), QSize(1920, 1080)})
            save(w, QStringLiteral("%1-%2x%3").arg(name).arg(size.width()).arg(size.height()),
                 size);
        w->resize(1280, 800);
    }

    int rowOf(const QString& condition) {
        const auto alarms = mva::AlarmLog(station_->journal()).alarms(kBatch);
        for (int r = 0; r < int(alarms.size()); ++r)
            if (alarms[size_t(r)].condition == condition && alarms[size_t(r)].active())
                return r;
        return -1;
    }

    int activeCount() {
        int n = 0;
        for (const auto& a : mva::AlarmLog(station_->journal()).alarms(kBatch)) n += a.active();
        return n;
    }

    ui::mva::LiveFeed liveFeed() {
        QStringList names = sim::signalColumns();
        std::vector<devices::LiveInput> inputs;
        for (int k = 0; k < names.size(); ++k)
            inputs.push_back({names[k], QStringLiteral("FBG01-%1").arg(k + 1), streams_[size_t(k)]});
        devices::LiveSourceSettings s;
        s.clockMs = [this] { return plantNow_; };
        s.label = QStringLiteral("FBG-01");
        auto source = std::make_unique<devices::LiveInstrumentSource>(inputs, s);
        live_ = source.get();
        return {std::move(source), QStringLiteral("LIVE-7"), {}};
    }

private slots:
    void initTestCase() {
        ui::applyTheme(*qApp);
        QVERIFY(dir_.isValid());
        shots_ = QDir(qEnvironmentVariable("BATCH_TEST_TMP", dir_.path()))
                     .filePath(QStringLiteral("mva2-screens"));
        QVERIFY(QDir().mkpath(shots_));
        station_ = Station::create(dir_.filePath(QStringLiteral("screens.db")), kPassphrase,
                                   QStringLiteral("ST01"), QStringLiteral("admin"),
                                   QStringLiteral("System Administrator"), kPassword,
                                   [this] { return record::systemClock()() + offsetMs_.load(); });
        auto& users = station_->users();
        const security::User admin = *users.find(QStringLiteral("admin"));
        for (const auto& [id, name, role] :
             {std::tuple{"qa1", "Quinn QA", security::Role::Qa},
              std::tuple{"sup1", "Sam Supervisor", security::Role::Supervisor}}) {
            users.addUser(admin, QString::fromLatin1(id), QString::fromLatin1(name), {role},
                          kOneTime, QStringLiteral("test set-up"));
            users.changePassword(QString::fromLatin1(id), kOneTime, kPassword);
        }
        const sim::FluidBedModels models = sim::fitFluidBedModels(1, 20);
        mva::ModelRepository repo(station_->journal(), station_->signatures());
        repo.importDraft(admin, QStringLiteral("FBG-BEM"), QJsonDocument(models.bem).toJson());
        repo.importDraft(admin, QStringLiteral("FBG-MOISTURE"),
                         QJsonDocument(models.softSensor).toJson());
        repo.approve(QStringLiteral("FBG-BEM"), 1, QStringLiteral("qa1"), kPassword);
        repo.approve(QStringLiteral("FBG-MOISTURE"), 1, QStringLiteral("qa1"), kPassword);
        for (int k = 0; k < sim::kSignalCount; ++k)
            streams_.push_back(std::make_shared<devices::LiveReadings>(256));
        session_ = std::make_unique<security::Session>(station_->users(), station_->journal());
        ui::mva::MvaMonitorOptions options;
        options.liveFeed = [this] { return liveFeed(); };
        view_ = std::make_unique<ui::mva::MvaMonitorView>(
            station_->journal(), station_->signatures(), *session_, options);
        view_->resize(1280, 800);
        view_->show();
    }

    void supervisorShelvesAnAlarm() {
        QVERIFY(session_->login(QStringLiteral("sup1"), kPassword).ok());
        QVERIFY(view_->refreshModels());
        auto* shelveButton = view_->findChild<QPushButton*>(QStringLiteral("mvaShelve"));
        QVERIFY(shelveButton->isVisible());
        QVERIFY(view_->startSimulatedBatch(sim::FaultKind::InletTemperatureDrift, kSeed));
        view_->finishNow();
        QCOMPARE(view_->monitor()->samples().size(), size_t{241});
        QVERIFY(view_->monitor()->run()->sealed());
        QCOMPARE(view_->banner()->kind(), StatusBanner::Kind::Error);  // active alarms
        const int spe = rowOf(QStringLiteral("spe"));
        QVERIFY(spe >= 0);
        view_->alarmTable()->selectRow(spe);
        QVERIFY(shelveButton->isEnabled());
        ui::mva::ShelveAlarmDialog* dialog = view_->shelveSelected();
        QVERIFY(dialog);
        QVERIFY(!dialog->shelveButton()->isEnabled());  // a reason first
        dialog->setReason(QStringLiteral("Inlet air heater under maintenance (WO-1187)"));
        dialog->setMinutes(60);
        QVERIFY(dialog->shelveButton()->isEnabled());
        save(dialog, QStringLiteral("shelve-dialog"));
        QTest::mouseClick(dialog->shelveButton(), Qt::LeftButton);
        mva::AlarmLog log(station_->journal());
        const auto shelves = log.shelves(kBatch);
        QCOMPARE(shelves.size(), size_t{1});
        QCOMPARE(shelves[0].shelvedBy, QStringLiteral("sup1"));
        QCOMPARE(shelves[0].minutes, 60);
        QVERIFY(view_->alarmTable()->item(spe, 0)->text().startsWith(QStringLiteral("SHELVED")));
        QVERIFY(view_->alarmTable()->item(spe, 4)->text().contains(QStringLiteral("WO-1187")));
        QVERIFY(!view_->alarmTable()->isColumnHidden(4));
        // The banner no longer counts the shelved alarm as annunciating.
        const int active = activeCount();
        QVERIFY2(view_->banner()->text().startsWith(QStringLiteral("%1 MVA alarm(s) active")
                                                        .arg(active - 1)) &&
                     view_->banner()->text().contains(QStringLiteral("(1 more shelved)")),
                 qPrintable(view_->banner()->text()));
        view_->alarmTable()->selectRow(spe);
        saveBothSizes(view_.get(), QStringLiteral("monitor-shelved"));
    }

    void unshelveAndExpiry() {
        const int spe = rowOf(QStringLiteral("spe"));
        view_->alarmTable()->selectRow(spe);
        QVERIFY(view_->unshelveSelected());
        QVERIFY(!view_->alarmTable()->item(spe, 0)->text().startsWith(QStringLiteral("SHELVED")));
        QVERIFY2(view_->banner()->text().startsWith(
                     QStringLiteral("%1 MVA alarm(s) active").arg(activeCount())),
                 qPrintable(view_->banner()->text()));
        // Shelved again for 15 minutes; 16 minutes later it has expired by itself.
        view_->alarmTable()->selectRow(spe);
        auto* dialog = view_->shelveSelected();
        dialog->setReason(QStringLiteral("operator checking the heater"));
        dialog->setMinutes(15);
        QTest::mouseClick(dialog->shelveButton(), Qt::LeftButton);
        QVERIFY(view_->alarmTable()->item(spe, 0)->text().startsWith(QStringLiteral("SHELVED")));
        offsetMs_ += 16 * 60 * 1000;
        view_->checkShelving();
        QVERIFY(!view_->alarmTable()->item(spe, 0)->text().startsWith(QStringLiteral("SHELVED")));
        QVERIFY2(view_->banner()->text().startsWith(
                     QStringLiteral("%1 MVA alarm(s) active").arg(activeCount())),
                 qPrintable(view_->banner()->text()));
        mva::AlarmLog log(station_->journal());
        const auto shelves = log.shelves(kBatch);
        QCOMPARE(shelves.size(), size_t{2});
        QCOMPARE(shelves[1].endReason, QStringLiteral("expired"));
        QVERIFY(shelves[1].expiredRecorded);
        QCOMPARE(shelves[0].endedBy, QStringLiteral("sup1"));
    }

    void administratorCannotShelve() {
        session_->logout();
        QVERIFY(session_->login(QStringLiteral("admin"), kPassword).ok());
        view_->refreshModels();
        QVERIFY(!view_->findChild<QPushButton*>(QStringLiteral("mvaShelve"))->isVisible());
        QVERIFY(view_->findChild<QPushButton*>(QStringLiteral("mvaAcknowledge"))->isVisible());
        session_->logout();
        QVERIFY(session_->login(QStringLiteral("sup1"), kPassword).ok());
        view_->refreshModels();
    }

    // Issue: real instrument data. The unit's instruments feed the same monitor.
    void liveInstrumentsFeedTheMonitor() {
        auto* liveButton = view_->findChild<QPushButton*>(QStringLiteral("mvaLive"));
        QVERIFY(liveButton->isVisible());
        QTest::mouseClick(liveButton, Qt::LeftButton);
        QVERIFY(live_ && live_->running());
        QCOMPARE(view_->monitor()->batchId(), QStringLiteral("LIVE-7"));
        QVERIFY(view_->findChild<QLabel*>(QStringLiteral("mvaSourceInfo"))
                    ->text()
                    .contains(QStringLiteral("FBG01-5")));
        sim::FluidBedSimulator s(99);
        const sim::SimulatedBatch b =
            s.runBatch("LIVE-7", {sim::FaultKind::NozzleClogging, 15.0, 0.03});
        const qint64 start = plantNow_;
        quint64 seq = 0;
        for (size_t i = 0; i < 160; ++i) {
            plantNow_ = start + qint64(std::llround(b.rows[i].minute * 60000.0));
            for (int k = 0; k < sim::kSignalCount; ++k) {
                devices::LiveSample r;
                r.sequence = ++seq;
                r.utcMs = plantNow_ - 100;
                r.value = b.rows[i].values[k];
                // The product temperature transmitter drops out for a minute.
                r.error = k == int(sim::Signal::ProductTemperature) && i >= 60 && i < 64;
                streams_[size_t(k)]->append(r);
            }
            QVERIFY(live_->sampleNow());
        }
        QCOMPARE(view_->monitor()->samples().size(), size_t{160});
        QVERIFY(view_->banner()->text().contains(QStringLiteral("active")) ||
                view_->banner()->text().contains(QStringLiteral("error")));
        // The drop-out was missing data, scored by projection (not a stop).
        QVERIFY(view_->monitor()->samples()[61].point.scored);
        QTest::qWait(150);  // one frame
        saveBothSizes(view_.get(), QStringLiteral("monitor-live"));
        live_->endBatch();
        QVERIFY(view_->monitor()->run()->sealed());
        QCOMPARE(view_->banner()->kind() == StatusBanner::Kind::Ok ||
                     view_->banner()->kind() == StatusBanner::Kind::Error,
                 true);
    }

    // Issue 5 item 4: the review of a finished batch shows its charts from the store.
    void reviewOfTheFinishedBatch() {
        const auto liveSamples = [&] {
            // The simulated batch's live samples, as the monitor scored them.
            mva::ObservationStore store(station_->journal());
            return store.find(kBatch, QStringLiteral("FBG-BEM"))->count;
        }();
        ui::mva::MvaBatchReview review(station_->journal(), station_->signatures());
        review.resize(1280, 800);
        review.show();
        QVERIFY(!review.showBatch(QStringLiteral("NEVER-MONITORED")));
        save(&review, QStringLiteral("review-not-monitored"));
        QVERIFY(review.showBatch(kBatch));
        QCOMPARE(review.runs().size(), size_t{1});
        QCOMPARE(std::int64_t(review.runs()[0].samples.size()), liveSamples);
        QCOMPARE(review.integrityBanner()->kind(), StatusBanner::Kind::Ok);
        QVERIFY(review.alarmTable()->rowCount() >= 2);
        QCOMPARE(review.shelvingTable()->rowCount(), 2);
        QVERIFY(review.shelvingTable()->item(0, 4)->text().contains(QStringLiteral("WO-1187")));
        QVERIFY(review.shelvingTable()->item(0, 5)->text().contains(QStringLiteral("unshelved by sup1")));
        QVERIFY(review.shelvingTable()->item(1, 5)->text().startsWith(QStringLiteral("expired")));
        // The panel shows the first alarm's point with its contributions.
        QVERIFY(review.panel()->selectedSample() > 0);
        QVERIFY(review.panel()->speChart()->pointsBeyond99() > 0);
        QVERIFY(review.panel()->contributionChart()->chart()->title().contains(QStringLiteral("minute 2")));
        saveBothSizes(&review, QStringLiteral("review-finished-batch"));
        // Tampered stored observations: shown, but flagged as not verifying.
        station_->db().exec("DROP TRIGGER mva_observations_refuse_update");
        station_->db().exec("UPDATE mva_observations SET maturity = maturity + 0.001 WHERE idx = 100");
        QVERIFY(review.showBatch(kBatch));
        QCOMPARE(review.integrityBanner()->kind(), StatusBanner::Kind::Error);
        QVERIFY(review.integrityBanner()->text().contains(QStringLiteral("observation 100")));
        save(&review, QStringLiteral("review-tampered-1280x800"));
    }

    void cleanupTestCase() {
        view_.reset();
        session_->logout();
    }
};

QTEST_MAIN(TestMva2Screens)
#include "test_mva2_screens.moc"
