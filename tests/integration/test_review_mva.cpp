// The MVA part of QA's review by exception (issue 5 item 4 and issue 8): a batch
// monitored with an approved batch evolution model shows its MVA alarms among the
// exceptions of the review workspace, and the "Multivariate" tab shows the charts scored
// again from the stored observations, the alarms and the integrity of the stored run.
// A batch that was not monitored says so on the tab. Offscreen, with screenshots.
#include "ReviewDemo.h"
#include "Theme.h"
#include "charts/mva/ControlChart.h"
#include "charts/mva/MvaBatchPanel.h"
#include "charts/mva/MvaBatchReview.h"
#include "mva/AlarmLog.h"
#include "mva/FluidBedModels.h"
#include "mva/FluidBedSimulator.h"
#include "mva/ModelRepository.h"
#include "mva/ObservationStore.h"
#include "mva/OnlineMonitor.h"
#include "screens/ReviewWorkspace.h"
#include "security/Session.h"
#include "station/Station.h"
#include "widgets/StatusBanner.h"

#include <QApplication>
#include <QDir>
#include <QJsonDocument>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QtTest>

#include <algorithm>

using namespace batch;
namespace sim = batch::mva::sim;

class TestReviewMva : public QObject {
    Q_OBJECT

    QTemporaryDir dir_;
    QString shots_;
    std::unique_ptr<Station> station_;
    std::unique_ptr<security::Session> session_;
    std::unique_ptr<ui::ReviewWorkspace> workspace_;

    QTabWidget* tabs() { return workspace_->findChild<QTabWidget*>(QStringLiteral("reviewTabs")); }
    int mvaTab() {
        for (int i = 0; i < tabs()->count(); ++i)
            if (tabs()->widget(i)->isAncestorOf(workspace_->mvaReview()))
                return i;
        return -1;
    }
    QString mvaTabText() { return tabs()->tabText(mvaTab()); }

    int mvaExceptions() {
        const review::BatchRecord record = station_->review().record(reviewdemo::kBatch);
        const auto mbr = station_->review().mbrOf(record);
        const review::BatchReview r =
            station_->review().buildReview(record, mbr ? &mbr->mbr : nullptr);
        return static_cast<int>(std::count_if(
            r.exceptions.begin(), r.exceptions.end(),
            [](const review::ReviewException& x) { return x.type == QLatin1String("mva_alarm"); }));
    }

private slots:
    void initTestCase() {
        ui::applyTheme(*qApp);
        QVERIFY(dir_.isValid());
        shots_ = QDir(qEnvironmentVariable("BATCH_TEST_TMP", dir_.path()))
                     .filePath(QStringLiteral("screenshots"));
        QVERIFY(QDir().mkpath(shots_));
        const QString failed = reviewdemo::prepare(QDir(dir_.path()));
        QVERIFY2(failed.isEmpty(), qPrintable(failed));
        station_ =
            Station::open(dir_.filePath(QStringLiteral("station.db")), reviewdemo::kPassphrase);
        session_ = std::make_unique<security::Session>(station_->users(), station_->journal());
        session_->setInactivitySeconds(0);
        QVERIFY(session_->login(QStringLiteral("qa2"), reviewdemo::password(QStringLiteral("qa2")))
                    .ok());
        const QString path = dir_.filePath(QStringLiteral("station.db"));
        workspace_ = std::make_unique<ui::ReviewWorkspace>(*station_, *session_, [path] {
            return store::Database::open(path, reviewdemo::kPassphrase,
                                         store::OpenMode::OpenExisting);
        });
        workspace_->resize(1280, 800);
        workspace_->show();
        QVERIFY(QTest::qWaitForWindowExposed(workspace_.get()));
    }

    void aBatchThatWasNotMonitoredSaysSo() {
        workspace_->refresh();
        workspace_->openBatch(reviewdemo::kBatch);
        QCOMPARE(workspace_->currentBatch(), reviewdemo::kBatch);
        QCOMPARE(mvaTabText(), QStringLiteral("Multivariate (not monitored)"));
        QVERIFY(workspace_->mvaReview()->runs().empty());
        QCOMPARE(mvaExceptions(), 0);
    }

    void monitoredBatchShowsItsAlarmsAndCharts() {
        // The site's models, approved by QA; the batch monitored with them, with a drift
        // of the inlet temperature that the model sees.
        const security::User admin = *station_->users().find(QStringLiteral("admin"));
        mva::ModelRepository repo(station_->journal(), station_->signatures());
        const sim::FluidBedModels models = sim::fitFluidBedModels(1, 20);
        repo.importDraft(admin, QStringLiteral("FBG-BEM"), QJsonDocument(models.bem).toJson());
        repo.importDraft(admin, QStringLiteral("FBG-MOISTURE"),
                         QJsonDocument(models.softSensor).toJson());
        for (const QString& id : {QStringLiteral("FBG-BEM"), QStringLiteral("FBG-MOISTURE")})
            repo.approve(id, 1, QStringLiteral("qa1"), reviewdemo::password(QStringLiteral("qa1")));
        sim::FluidBedSimulator simulator(4242);
        const sim::SimulatedBatch run =
            simulator.runBatch("R-0001", {sim::FaultKind::InletTemperatureDrift, 15.0, -0.5});
        mva::AlarmLog alarms(station_->journal());
        mva::ObservationStore observations(station_->journal());
        mva::MonitorRequest request;
        request.batchId = reviewdemo::kBatch;
        request.bemModelId = QStringLiteral("FBG-BEM");
        request.softSensorModelId = QStringLiteral("FBG-MOISTURE");
        request.inputColumns = sim::signalColumns();
        {
            auto monitor = mva::OnlineMonitor::startOrResume(
                mva::MonitorServices{repo, alarms, observations}, request);
            for (const sim::Observation& o : run.rows) monitor->addObservation(o.minute, o.values);
            monitor->finish();
        }
        const std::size_t raised = alarms.alarms(reviewdemo::kBatch).size();
        QVERIFY(raised >= 1);

        // The review counts every MVA alarm as an exception of its own ...
        QCOMPARE(mvaExceptions(), static_cast<int>(raised));
        workspace_->refresh();
        workspace_->openBatch(reviewdemo::kBatch);
        auto* table = workspace_->findChild<QTableWidget*>(QStringLiteral("exceptionTable"));
        int listed = 0;
        for (int r = 0; r < table->rowCount(); ++r)
            listed += table->item(r, 1)->toolTip() == QStringLiteral("MVA alarm");
        QCOMPARE(listed, static_cast<int>(raised));
        // ... and the Multivariate tab shows the run scored again from the stored data.
        QCOMPARE(mvaTabText(), QStringLiteral("Multivariate"));
        ui::mva::MvaBatchReview* mva = workspace_->mvaReview();
        QCOMPARE(mva->runs().size(), std::size_t{1});
        QCOMPARE(mva->runs()[0].samples.size(), run.rows.size());
        QCOMPARE(mva->integrityBanner()->kind(), ui::StatusBanner::Kind::Ok);
        QCOMPARE(mva->alarmTable()->rowCount(), static_cast<int>(raised));
        QVERIFY(mva->panel()->speChart()->pointsBeyond99() > 0);
        tabs()->setCurrentIndex(mvaTab());
        for (const QSize size : {QSize(1280, 800), QSize(1920, 1080)}) {
            workspace_->resize(size);
            QApplication::processEvents();
            QVERIFY(workspace_->grab().save(QDir(shots_).filePath(
                QStringLiteral("review-mva-%1x%2.png").arg(size.width()).arg(size.height()))));
        }
    }

    void cleanupTestCase() {
        workspace_.reset();
        session_.reset();
        station_.reset();
    }
};

QTEST_MAIN(TestReviewMva)
#include "test_review_mva.moc"
