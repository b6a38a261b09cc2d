// The sampling screens, offscreen, against a real store with a real history: reached from
// the home screen's tile (QA and administrators only), the lots with their decisions, the
// variant history view (states over time with the reason of each change, a pending
// promotion approved with an electronic signature), the sampling plan editor (read-only
// for QA; for the administrator a refused edit that names the path, then a saved one) and
// the lot creation dialog showing the decision and why. Screenshots of each at 1280x800
// and 1920x1080 go to $BATCH_TEST_TMP/screenshots for review by eye.
#include "MainWindow.h"
#include "SamplingFixture.h"
#include "SignatureDialogDriver.h"
#include "Theme.h"
#include "qc/LotCreationDialog.h"
#include "qc/LotsPanel.h"
#include "qc/SamplingPlanEditor.h"
#include "qc/SamplingWorkspace.h"
#include "qc/VariantHistoryView.h"
#include "qc/VariantStateChart.h"
#include "sampling/MasterDataParser.h"
#include "sampling/Simulation.h"
#include "screens/HomeScreen.h"
#include "security/Session.h"
#include "station/Station.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QLineEdit>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTimer>
#include <QtTest>

using namespace batch;
using namespace batch::sampling;
using Page = ui::MainWindow::Page;

namespace {

const QByteArray kPassphrase = "sampling screens passphrase";
const QString kPassword = QStringLiteral("Demo-Pass-2026");

}  // namespace

class TestSamplingScreens : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void operatorHasNoSamplingTile();
    void qaSeesLotsAndVariantHistory();
    void qaApprovesAPendingPromotion();
    void planEditorIsReadOnlyForQa();
    void administratorEditsAPlan();
    void lotCreationDialogExplainsTheDecision();

private:
    template <typename T>
    T* child(const char* name) {
        T* w = window_->findChild<T*>(QString::fromLatin1(name));
        if (!w)
            qFatal("no child widget named %s", name);
        return w;
    }
    void signIn(const QString& id);
    void click(QWidget* w) { QTest::mouseClick(w, Qt::LeftButton); }
    void clickNamed(const char* name) {
        auto* b = child<QAbstractButton>(name);
        QVERIFY2(b->isVisible(), name);
        click(b);
    }
    void screenshot(QWidget* w, const QString& name);
    ui::SamplingWorkspace* workspace() { return window_->findChild<ui::SamplingWorkspace*>(); }
    void runLot(const QString& product, const QString& org, std::int64_t size, Outcome outcome,
                const QString& id, bool dispose = true);
    void approvePending(const QString& variant);

    QTemporaryDir dir_;
    QString shotDir_;
    std::int64_t now_ = 0;
    std::unique_ptr<Station> station_;
    std::unique_ptr<security::Session> session_;
    std::unique_ptr<ui::MainWindow> window_;
};

void TestSamplingScreens::runLot(const QString& product, const QString& org, std::int64_t size,
                                 Outcome outcome, const QString& id, bool dispose) {
    const security::User op = *station_->users().find(QStringLiteral("op1"));
    LotService& lots = station_->sampling().lots();
    const Lot lot = lots.create(op, {product, org, size, id});
    now_ += 600'000;
    lots.receive(op, id);
    if (!lot.tests.empty()) {
        lots.receiveSamples(op, id);
        for (const LotTest& t : lot.tests) {
            QString v = t.spec.type == TestSpec::Type::Conforms ? QStringLiteral("conforms")
                        : t.testCode == QLatin1String("ASSAY")  ? QStringLiteral("99.7")
                        : t.testCode == QLatin1String("PH")     ? QStringLiteral("6.2")
                        : t.testCode == QLatin1String("LOD")    ? QStringLiteral("4.8")
                                                                : QStringLiteral("0.22");
            if (outcome == Outcome::Rejected && t.testCode == QLatin1String("WATER"))
                v = QStringLiteral("0.72");
            lots.recordResult(op, id, t.sampleId, t.testCode, v);
        }
    }
    if (!dispose)
        return;
    now_ += 600'000;
    lots.disposition(id, outcome == Outcome::Accepted ? Disposition::Release : Disposition::Reject,
                     QStringLiteral("qa1"), kPassword,
                     outcome == Outcome::Accepted
                         ? QString()
                         : QStringLiteral("water content out of specification"));
}

void TestSamplingScreens::approvePending(const QString& variant) {
    const auto row = station_->sampling().variants().row(variant);
    if (!row || row->pendingTo.isEmpty())
        return;
    const MasterDataSet set = station_->sampling().masterData().load();
    const Variant v = set.variants.value(variant);
    now_ += 60'000;
    station_->sampling().variants().approve(v, *set.variantRule(v.rule), QStringLiteral("qa1"),
                                            kPassword);
}

void TestSamplingScreens::initTestCase() {
    ui::applyTheme(*qApp);
    QVERIFY(dir_.isValid());
    shotDir_ = QDir(qEnvironmentVariable("BATCH_TEST_TMP", dir_.path()))
                   .filePath(QStringLiteral("screenshots"));
    QVERIFY(QDir().mkpath(shotDir_));
    now_ = QDateTime(QDate(2025, 12, 1), QTime(9, 0), Qt::UTC).toMSecsSinceEpoch();
    station_ =
        Station::create(dir_.filePath(QStringLiteral("station.db")), kPassphrase,
                        QStringLiteral("ST01"), QStringLiteral("admin"),
                        QStringLiteral("System Administrator"), kPassword, [this] { return now_; });
    sampling_fixture::addUsers(*station_,
                               {{"qa1", "Quinn QA", security::Role::Qa},
                                {"op1", "Olivia Operator", security::Role::Operator}},
                               kPassword);
    sampling_fixture::importDemo(*station_);

    // PARA-ACME: the first 20 lots of the acceptance scenario (qualified, demoted,
    // qualified again, Preferred with Skip lots).
    std::vector<Issue> issues;
    const auto script = parseOutcomeScript(
        sampling_fixture::readFile(sampling_fixture::kScenarioOutcomes), {20, 0, 0}, &issues);
    QVERIFY(script);
    int n = 0;
    for (const ScriptedLot& s : script->lots) {
        now_ = s.ms + 8 * 3'600'000LL;
        runLot(QStringLiteral("API-PARA"), QStringLiteral("ACME Pharma GmbH"), s.size, s.outcome,
               QStringLiteral("PARA-%1").arg(++n, 3, 10, QLatin1Char('0')));
        approvePending(QStringLiteral("PARA-ACME"));
    }
    // MCC-FMC: three accepted lots; the promotion to Qualified is left waiting for QA.
    for (int i = 1; i <= 3; ++i) {
        now_ += 3 * 86'400'000LL;
        runLot(QStringLiteral("EXC-MCC"), QStringLiteral("FMC BioPolymer"), 12, Outcome::Accepted,
               QStringLiteral("MCC-%1").arg(i, 3, 10, QLatin1Char('0')));
    }
    QCOMPARE(station_->sampling().variants().row(QStringLiteral("MCC-FMC"))->pendingTo,
             QStringLiteral("Qualified"));
    // An unknown supplier's lot with an out-of-specification result, waiting for QA.
    now_ += 86'400'000LL;
    runLot(QStringLiteral("API-PARA"), QStringLiteral("Grey Market Ltd"), 9, Outcome::Rejected,
           QStringLiteral("ANY-001"), false);
}

void TestSamplingScreens::init() {
    session_ = std::make_unique<security::Session>(station_->users(), station_->journal());
    window_ =
        std::make_unique<ui::MainWindow>(*station_, *session_, [path = station_->db().path()] {
            return store::Database::open(path, kPassphrase, store::OpenMode::OpenExisting);
        });
    window_->resize(1280, 800);
    window_->show();
    QVERIFY(QTest::qWaitForWindowExposed(window_.get()));
}

void TestSamplingScreens::cleanup() {
    window_.reset();
    if (session_ && session_->isSignedIn())
        session_->logout();
    session_.reset();
}

void TestSamplingScreens::signIn(const QString& id) {
    child<QLineEdit>("loginUserId")->setText(id);
    child<QLineEdit>("loginPassword")->setText(kPassword);
    clickNamed("signInButton");
    QCOMPARE(window_->page(), Page::Home);
}

void TestSamplingScreens::screenshot(QWidget* w, const QString& name) {
    for (const QSize size : {QSize(1280, 800), QSize(1920, 1080)}) {
        w->resize(size);
        QCoreApplication::processEvents();
        QTest::qWait(40);
        const QString file = QDir(shotDir_).filePath(
            QStringLiteral("%1-%2x%3.png").arg(name).arg(size.width()).arg(size.height()));
        QVERIFY2(w->grab().save(file), qPrintable(file));
    }
    w->resize(1280, 800);
    QCoreApplication::processEvents();
}

void TestSamplingScreens::operatorHasNoSamplingTile() {
    signIn(QStringLiteral("op1"));
    QVERIFY(!window_->findChild<ui::HomeScreen*>()->visibleTiles().contains(
        QStringLiteral("samplingTile")));
}

void TestSamplingScreens::qaSeesLotsAndVariantHistory() {
    signIn(QStringLiteral("qa1"));
    QVERIFY(window_->findChild<ui::HomeScreen*>()->visibleTiles().contains(
        QStringLiteral("samplingTile")));
    screenshot(window_.get(), QStringLiteral("sampling-home"));
    clickNamed("samplingTile");
    QCOMPARE(window_->page(), Page::Sampling);
    QVERIFY2(window_->breadcrumb().contains(QStringLiteral("Sampling")),
             qPrintable(window_->breadcrumb()));
    QCOMPARE(workspace()->lots()->lotCount(), 24);
    workspace()->lots()->selectLot(QStringLiteral("ANY-001"));
    screenshot(window_.get(), QStringLiteral("sampling-lots"));

    clickNamed("samplingVariantsButton");
    QCOMPARE(workspace()->section(), ui::SamplingWorkspace::Section::Variants);
    workspace()->variants()->selectVariant(QStringLiteral("PARA-ACME"));
    QCOMPARE(workspace()->variants()->selectedVariant(), QStringLiteral("PARA-ACME"));
    // None -> UnQualified, -> Qualified, -> UnQualified, -> Qualified, -> Preferred.
    QCOMPARE(child<ui::VariantStateChart>("variantStateChart")->stateChangeCount(), 5);
    QVERIFY(workspace()->variants()->historyRows() >= 6);
    QVERIFY(!child<QPushButton>("approvePromotionButton")->isVisible());
    screenshot(window_.get(), QStringLiteral("sampling-variant-history"));
}

void TestSamplingScreens::qaApprovesAPendingPromotion() {
    signIn(QStringLiteral("qa1"));
    clickNamed("samplingTile");
    clickNamed("samplingVariantsButton");
    workspace()->variants()->selectVariant(QStringLiteral("MCC-FMC"));
    auto* approve = child<QPushButton>("approvePromotionButton");
    QVERIFY(approve->isVisible());
    screenshot(window_.get(), QStringLiteral("sampling-variant-pending"));
    const QString before = station_->sampling().variants().row(QStringLiteral("MCC-FMC"))->state;
    click(approve);
    auto* dialog = window_->findChild<ui::SignatureDialog*>();
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    // Approved, by the signed-in QA user; a comment is optional and says so.
    QVERIFY2(sigtest::meaning(dialog).contains(QStringLiteral("Approved")),
             qPrintable(sigtest::meaning(dialog)));
    QCOMPARE(sigtest::commentLabel(dialog), QStringLiteral("Comment (optional)"));
    QVERIFY(dialog->findChild<QLabel*>(QStringLiteral("signatureContent"))
                ->text()
                .contains(QStringLiteral("MCC-FMC")));
    sigtest::setCredentials(dialog, QStringLiteral("qa1"), QStringLiteral("wrong-password"));
    sigtest::pressSign(dialog);
    QVERIFY(dialog->isVisible());  // the refusal in the dialog, the password gone
    QCOMPARE(dialog->banner()->kind(), ui::StatusBanner::Kind::Error);
    QVERIFY(sigtest::password(dialog)->text().isEmpty());
    QCOMPARE(station_->sampling().variants().row(QStringLiteral("MCC-FMC"))->state, before);
    sigtest::setCredentials(dialog, QStringLiteral("qa1"), kPassword);
    sigtest::setComment(dialog, QStringLiteral("three lots in a row conform"));
    QVERIFY(sigtest::shootOverWindow(
        window_.get(), dialog,
        QDir(shotDir_).filePath(QStringLiteral("sampling-signature-dialog"))));
    sigtest::pressSign(dialog);
    QTRY_VERIFY(!window_->findChild<ui::SignatureDialog*>());
    QCOMPARE(station_->sampling().variants().row(QStringLiteral("MCC-FMC"))->state,
             QStringLiteral("Qualified"));
    QVERIFY(!approve->isVisible());
}

void TestSamplingScreens::planEditorIsReadOnlyForQa() {
    signIn(QStringLiteral("qa1"));
    clickNamed("samplingTile");
    clickNamed("samplingPlansButton");
    ui::SamplingPlanEditor* editor = workspace()->plans();
    editor->selectPlan(QStringLiteral("PLAN-PARA"));
    QCOMPARE(editor->sourceCount(), 2);
    QVERIFY(!editor->canSave());
    QVERIFY(child<QWidget>("planReadOnly")->isVisible());
    editor->setPreview(40, Level::Full);
    QVERIFY2(editor->previewText().contains(QStringLiteral("9 samples, 11 tests")),
             qPrintable(editor->previewText()));
}

void TestSamplingScreens::administratorEditsAPlan() {
    signIn(QStringLiteral("admin"));
    clickNamed("samplingTile");
    clickNamed("samplingPlansButton");
    ui::SamplingPlanEditor* editor = workspace()->plans();
    editor->selectPlan(QStringLiteral("PLAN-PARA"));
    QVERIFY(editor->canSave());
    editor->selectSource(1);  // composite
    auto* kind = child<QComboBox>("countRuleKind");
    kind->setCurrentIndex(kind->findText(QStringLiteral("Range table")));
    child<QLineEdit>("countRuleValue")->setText(QStringLiteral("1-50: 1; 40-200: 2; 201+: 3"));
    clickNamed("applySourceButton");
    QVERIFY2(editor->bannerText().contains(QStringLiteral("sources[1].count.ranges[1]: overlaps")),
             qPrintable(editor->bannerText()));
    screenshot(window_.get(), QStringLiteral("sampling-plan-editor-refused"));

    child<QLineEdit>("countRuleValue")->setText(QStringLiteral("1-50: 1; 51-200: 2; 201+: 3"));
    child<QCheckBox>("test_ID")->setChecked(true);  // identity on the composite as well
    clickNamed("applySourceButton");
    QVERIFY2(editor->bannerText().contains(QStringLiteral("save the plan")),
             qPrintable(editor->bannerText()));
    editor->setPreview(120, Level::Full);
    // 120 containers: ceil(sqrt(120)) + 1 = 12 container samples, 2 composites.
    QVERIFY2(editor->previewText().contains(QStringLiteral("14 samples")),
             qPrintable(editor->previewText()));
    child<QLineEdit>("planReason")->setText(QStringLiteral("CC-2026-031: composites by lot size"));
    clickNamed("savePlanButton");
    QVERIFY2(editor->bannerText().contains(QStringLiteral("saved as version 2")),
             qPrintable(editor->bannerText()));
    screenshot(window_.get(), QStringLiteral("sampling-plan-editor"));
    const MasterDataSet set = station_->sampling().masterData().load();
    QCOMPARE(set.plans.value(QStringLiteral("PLAN-PARA")).sources[1].count.kind,
             CountRule::Kind::Ranges);
    record::EventQuery q;
    q.type = types::kMasterDataChanged;
    const QJsonObject last = station_->journal().events(q).back().payloadObject();
    QCOMPARE(last.value(QStringLiteral("reason")).toString(),
             QStringLiteral("CC-2026-031: composites by lot size"));
    QCOMPARE(last.value(QStringLiteral("old"))
                 .toObject()
                 .value(QStringLiteral("sources"))
                 .toArray()
                 .at(1)
                 .toObject()
                 .value(QStringLiteral("count"))
                 .toObject()
                 .value(QStringLiteral("literal"))
                 .toInt(),
             1);
}

void TestSamplingScreens::lotCreationDialogExplainsTheDecision() {
    signIn(QStringLiteral("qa1"));
    const security::User qa = *station_->users().find(QStringLiteral("qa1"));
    now_ += 86'400'000LL;
    ui::LotCreationDialog dialog(station_->sampling(), qa);
    dialog.setInputs(QStringLiteral("API-PARA"), QStringLiteral("ACME Pharma GmbH"), 40,
                     QStringLiteral("PARA-NEXT"));
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QCOMPARE(dialog.levelText(), QStringLiteral("Level: Skip"));
    QVERIFY2(dialog.decisionSummary().startsWith(
                 QStringLiteral("Preferred since 2027-10-15; Skip; batch 5 of 10, "
                                "next Full at batch 10 of 10")),
             qPrintable(dialog.decisionSummary()));
    screenshot(&dialog, QStringLiteral("sampling-lot-dialog"));
    dialog.setInputs(QStringLiteral("API-PARA"), QStringLiteral("Grey Market Ltd"), 40);
    QCOMPARE(dialog.levelText(), QStringLiteral("Level: Full"));
    QVERIFY(dialog.decisionSummary().contains(QStringLiteral("wildcard")));
    screenshot(&dialog, QStringLiteral("sampling-lot-dialog-wildcard"));
    dialog.setInputs(QStringLiteral("API-PARA"), QStringLiteral("ACME Pharma GmbH"), 40,
                     QStringLiteral("PARA-NEXT"));
    QTest::mouseClick(dialog.findChild<QPushButton*>(QStringLiteral("lotCreateButton")),
                      Qt::LeftButton);
    QVERIFY(dialog.createdLot());
    QCOMPARE(dialog.createdLot()->lotId, QStringLiteral("PARA-NEXT"));
    QCOMPARE(dialog.createdLot()->level, Level::Skip);
}

QTEST_MAIN(TestSamplingScreens)
#include "test_sampling_screens.moc"
