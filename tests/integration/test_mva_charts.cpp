// The MVA charts and the MVA monitor screen, offscreen against a real encrypted store with
// approved models: a supervisor reaches the monitor from the home screen, a simulated batch
// with an injected fault is monitored live, the alarm appears with its words and is
// acknowledged, a click on a chart point shows that point's contributions, and the panel
// works embedded on its own (the QA review of a finished batch). Writes a PNG of every MVA
// chart and of the screen at 1280x800 and 1920x1080 into $BATCH_TEST_TMP/mva-charts.
#include "MainWindow.h"
#include "Theme.h"
#include "charts/mva/ContributionChart.h"
#include "charts/mva/ControlChart.h"
#include "charts/mva/MvaBatchPanel.h"
#include "charts/mva/MvaMonitorView.h"
#include "charts/mva/PredictedObservedChart.h"
#include "charts/mva/ScoreScatterChart.h"
#include "charts/mva/TrajectoryChart.h"
#include "mva/FluidBedModels.h"
#include "mva/ModelRepository.h"
#include "screens/HomeScreen.h"
#include "security/Session.h"
#include "station/Station.h"
#include "store/Database.h"

#include <QApplication>
#include <QChart>
#include <QDir>
#include <QJsonDocument>
#include <QPushButton>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QtTest>

using namespace batch;
namespace sim = batch::mva::sim;

namespace {

const QByteArray kPassphrase = "mva charts test passphrase";
const QString kPassword = QStringLiteral("Demo-Pass-2026");
const QString kOneTime = QStringLiteral("One-Time-0001");

}  // namespace

class TestMvaCharts : public QObject {
    Q_OBJECT

    QTemporaryDir dir_;
    QString shots_;
    std::unique_ptr<Station> station_;
    std::unique_ptr<security::Session> session_;
    std::unique_ptr<ui::MainWindow> window_;

    void save(QWidget* w, const QString& name, QSize size = {}) {
        if (size.isValid())
            w->resize(size);
        QCoreApplication::processEvents();
        const QString file = QDir(shots_).filePath(name + QStringLiteral(".png"));
        QVERIFY2(w->grab().save(file), qPrintable(file));
    }

    ui::mva::MvaMonitorView* monitorView() {
        return window_->findChild<ui::mva::MvaMonitorView*>();
    }

private slots:
    void initTestCase() {
        ui::applyTheme(*qApp);
        QVERIFY(dir_.isValid());
        shots_ = QDir(qEnvironmentVariable("BATCH_TEST_TMP", dir_.path()))
                     .filePath(QStringLiteral("mva-charts"));
        QVERIFY(QDir().mkpath(shots_));
        station_ = Station::create(dir_.filePath(QStringLiteral("charts.db")), kPassphrase,
                                   QStringLiteral("ST01"), QStringLiteral("admin"),
                                   QStringLiteral("System Administrator"), kPassword);
        auto& users = station_->users();
        const security::User admin = *users.find(QStringLiteral("admin"));
        for (const auto& [id, name, role] :
             {std::tuple{"qa1", "Quinn QA", security::Role::Qa},
              std::tuple{"sup1", "Sam Supervisor", security::Role::Supervisor},
              std::tuple{"op1", "Olivia Operator", security::Role::Operator}}) {
            users.addUser(admin, QString::fromLatin1(id), QString::fromLatin1(name), {role},
                          kOneTime, QStringLiteral("test set-up"));
            users.changePassword(QString::fromLatin1(id), kOneTime, kPassword);
        }
        // Approved models: imported by the administrator, signed by QA.
        const sim::FluidBedModels models = sim::fitFluidBedModels(1, 20);
        mva::ModelRepository repo(station_->journal(), station_->signatures());
        repo.importDraft(admin, QStringLiteral("FBG-BEM"), QJsonDocument(models.bem).toJson());
        repo.importDraft(admin, QStringLiteral("FBG-MOISTURE"),
                         QJsonDocument(models.softSensor).toJson());
        repo.approve(QStringLiteral("FBG-BEM"), 1, QStringLiteral("qa1"), kPassword);
        repo.approve(QStringLiteral("FBG-MOISTURE"), 1, QStringLiteral("qa1"), kPassword);

        session_ = std::make_unique<security::Session>(station_->users(), station_->journal());
        const QString path = dir_.filePath(QStringLiteral("charts.db"));
        window_ = std::make_unique<ui::MainWindow>(*station_, *session_, [path] {
            return store::Database::open(path, kPassphrase, store::OpenMode::OpenExisting);
        });
        window_->resize(1280, 800);
        window_->show();
    }

    void operatorHasNoMonitorTile() {
        session_->login(QStringLiteral("op1"), kPassword);
        QVERIFY(!window_->findChild<ui::HomeScreen*>()->visibleTiles().contains(
            QStringLiteral("mvaTile")));
        session_->logout();
    }

    void supervisorReachesTheMonitorFromHome() {
        session_->login(QStringLiteral("sup1"), kPassword);
        QCOMPARE(window_->page(), ui::MainWindow::Page::Home);
        auto* tile = window_->findChild<QPushButton*>(QStringLiteral("mvaTile"));
        QVERIFY(tile && tile->isVisible());
        save(window_.get(), QStringLiteral("home-supervisor-1280x800"));
        QTest::mouseClick(tile, Qt::LeftButton);
        QCOMPARE(window_->page(), ui::MainWindow::Page::MvaMonitor);
        QVERIFY(window_->breadcrumb().contains(QStringLiteral("MVA monitor")));
        QVERIFY(monitorView()->findChild<QPushButton*>(QStringLiteral("mvaStart"))->isEnabled());
    }

    void faultyBatchAlarmsAndEveryChartIsDrawn() {
        ui::mva::MvaMonitorView* view = monitorView();
        QVERIFY(view->startSimulatedBatch(sim::FaultKind::InletTemperatureDrift, 4242));
        // Live: observations arrive on a timer and the charts follow once per frame.
        QTRY_VERIFY_WITH_TIMEOUT(view->monitor()->samples().size() > 20, 20000);
        view->finishNow();
        const auto& samples = view->monitor()->samples();
        QCOMPARE(samples.size(), size_t{241});
        ui::mva::MvaBatchPanel* panel = view->panel();
        QVERIFY(panel->speChart()->pointsBeyond99() > 0);
        QVERIFY(panel->t2Chart()->chart()->series().size() >= 4);
        QVERIFY(view->alarmTable()->rowCount() >= 1);
        QVERIFY(
            view->alarmTable()->item(0, 0)->text().contains(QStringLiteral("not acknowledged")));
        QVERIFY(view->alarmTable()->item(0, 2)->text().contains(
            QStringLiteral("inlet air temperature")));

        // One click on the SPE chart at the first alarm shows that point's contributions.
        const auto first = view->monitor()->alarmChanges().front();
        int index = 0;
        while (samples[size_t(index)].point.maturity < first.maturity) ++index;
        const QPointF at = panel->speChart()->chart()->mapToPosition(
            {samples[size_t(index)].point.maturity, samples[size_t(index)].point.spe});
        QTest::mouseClick(panel->speChart()->viewport(), Qt::LeftButton, {}, at.toPoint());
        QVERIFY2(std::abs(panel->selectedSample() - index) <= 1,
                 qPrintable(QString::number(panel->selectedSample())));
        QCOMPARE(panel->contributionChart()->order().front(),
                 QStringLiteral("inlet_air_temperature"));
        QVERIFY(panel->contributionChart()->chart()->title().startsWith(
            QStringLiteral("Contributions to SPE")));

        for (const QSize size : {QSize(1280, 800), QSize(1920, 1080)}) {
            window_->resize(size);
            QCoreApplication::processEvents();
            save(window_.get(),
                 QStringLiteral("mva-monitor-%1x%2").arg(size.width()).arg(size.height()));
        }
        // Each chart on its own, at a size a reviewer can read.
        const QSize chart(900, 520);
        save(panel->t2Chart(), QStringLiteral("chart-t2"), chart);
        save(panel->speChart(), QStringLiteral("chart-spe"), chart);
        save(panel->dmodxChart(), QStringLiteral("chart-dmodx"), chart);
        save(panel->trajectoryChart(), QStringLiteral("chart-trajectory-t1"), chart);
        save(panel->scoreChart(), QStringLiteral("chart-score-scatter"), chart);
        save(panel->contributionChart(), QStringLiteral("chart-contributions-spe"), chart);
        save(panel->predictedChart(), QStringLiteral("chart-predicted-observed"), chart);
        panel->setContributionStatistic(QStringLiteral("score"));
        save(panel->contributionChart(), QStringLiteral("chart-contributions-score"), chart);
        window_->resize(1280, 800);
    }

    void alarmIsAcknowledgedWithUserAndTime() {
        ui::mva::MvaMonitorView* view = monitorView();
        view->alarmTable()->selectRow(0);
        QVERIFY(view->acknowledgeSelected());
        QVERIFY(view->alarmTable()->item(0, 3)->text().startsWith(QStringLiteral("sup1 at ")));
        QVERIFY(
            !view->alarmTable()->item(0, 0)->text().contains(QStringLiteral("not acknowledged")));
        QVERIFY(!view->acknowledgeSelected());  // once only
    }

    // The panel a QA review screen embeds: a finished batch, drawn once.
    void reviewPanelOfAFinishedBatch() {
        const auto* monitor = monitorView()->monitor();
        // Scored again from the batch's data, as a review screen would: the same samples.
        sim::FluidBedSimulator again(4242);
        const auto batch =
            again.runBatch("SIM-004242", {sim::FaultKind::InletTemperatureDrift, 15.0, -0.5});
        const auto samples =
            mva::scoreFinishedBatch(monitor->model(), sim::toBatchSet({batch}).batches[0]);
        QCOMPARE(samples.size(), monitor->samples().size());
        // The batch went through CSV (6 significant digits) on its way back.
        const double live = monitor->samples()[150].point.spe;
        QVERIFY(std::abs(samples[150].point.spe - live) <= 1e-4 * live);
        ui::mva::MvaBatchPanel review;
        review.setModel(monitor->model());
        review.setSamples(samples, monitor->softSensorResponse());
        review.setSamples(monitor->samples(),
                          monitor->softSensorResponse());  // with the soft sensor
        review.selectSample(200);
        review.resize(1600, 900);
        review.show();
        save(&review, QStringLiteral("review-panel-1600x900"));
        QVERIFY(review.contributionChart()->chart()->title().contains(QStringLiteral("minute 50")));
    }

    void cleanupTestCase() {
        session_->logout();
        window_.reset();
    }
};

QTEST_MAIN(TestMvaCharts)
#include "test_mva_charts.moc"
