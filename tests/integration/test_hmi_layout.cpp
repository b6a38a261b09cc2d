// Acceptance (issue 6): every operator screen and dialog, in English, German and French,
// at 1280x800 (a common HMI panel) and 1920x1080:
//  - no clickable widget smaller than 48 x 48 px, none closer than 8 px to the next,
//    no list row lower than 48 px;
//  - no clipped text: every label's text fits its geometry, every button's text fits.
// The screens are the real ones on the demo station (simulated balances included); the
// step runner is shown on a step of every kind of the engine. A PNG of each goes to
// $BATCH_TEST_TMP/screenshots/hmi-layout/<language>.
#include "HmiAdvance.h"
#include "HmiInspect.h"
#include "HmiTestKit.h"

#include "screens/BatchListScreen.h"
#include "screens/StepRunnerScreen.h"
#include "dialogs/TouchDialog.h"

#include <QPlainTextEdit>

using namespace batch;
using namespace hmi_test;
using Page = ui::MainWindow::Page;

class TestHmiLayout : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void everyScreen_data();
    void everyScreen();
    void cleanupTestCase();

private:
    void check(const QString& screen);
    void signIn(const QString& id);
    void closeDialogs();
    ui::StepRunnerScreen* runner() const { return window_->findChild<ui::StepRunnerScreen*>(); }

    std::unique_ptr<DemoStation> demo_;
    std::unique_ptr<ui::MainWindow> window_;
    QString language_;
    QStringList problems_;
    int checked_ = 0;
};

void TestHmiLayout::initTestCase() {
    ui::applyTheme(*qApp);
    demo_ = std::make_unique<DemoStation>();
    window_ = demo_->window();
    for (ui::BalanceLink* link : demo_->balances->links())
        QTRY_VERIFY_WITH_TIMEOUT(link->latest().has_value(), 15000);
}

void TestHmiLayout::cleanupTestCase() {
    closeDialogs();
    window_.reset();
    if (demo_->session->isSignedIn())
        demo_->session->logout();
    demo_->languages.setLanguage(QStringLiteral("en"));
    demo_.reset();
}

void TestHmiLayout::closeDialogs() {
    for (QWidget* w : QApplication::topLevelWidgets())
        if (auto* d = qobject_cast<QDialog*>(w); d && d->isVisible())
            d->reject();
    QCoreApplication::processEvents();
}

void TestHmiLayout::signIn(const QString& id) {
    type(window_.get(), QStringLiteral("loginUserId"), id);
    type(window_.get(), QStringLiteral("loginPassword"), kPassword);
    click(window_.get(), QStringLiteral("signInButton"));
    QTRY_COMPARE(window_->page(), Page::Home);
}

// Checks the screen as it is now at both reference sizes and keeps a picture of each.
void TestHmiLayout::check(const QString& screen) {
    const QString dir = shotDir(QStringLiteral("hmi-layout/") + language_);
    for (const QSize size : {QSize(1280, 800), QSize(1920, 1080)}) {
        window_->resize(size);
        for (QWidget* w : QApplication::topLevelWidgets())
            if (auto* d = qobject_cast<ui::TouchDialog*>(w); d && d->isVisible())
                d->fitToWindow();
        QTest::qWait(40);
        QCoreApplication::processEvents();
        const QString where = QStringLiteral("[%1 %2x%3] %4")
                                  .arg(language_)
                                  .arg(size.width())
                                  .arg(size.height())
                                  .arg(screen);
        problems_ += inspectAll(window_.get(), where);
        composite(window_.get())
            .save(QDir(dir).filePath(
                QStringLiteral("%1-%2x%3.png").arg(screen).arg(size.width()).arg(size.height())));
        ++checked_;
    }
    window_->resize(1280, 800);
    QCoreApplication::processEvents();
}

void TestHmiLayout::everyScreen_data() {
    QTest::addColumn<QString>("language");
    QTest::newRow("en") << QStringLiteral("en");
    QTest::newRow("de") << QStringLiteral("de");
    QTest::newRow("fr") << QStringLiteral("fr");
}

void TestHmiLayout::everyScreen() {
    QFETCH(QString, language);
    language_ = language;
    problems_.clear();
    closeDialogs();
    if (demo_->session->isSignedIn())
        demo_->session->logout();
    // The switch on the login screen, as an operator uses it.
    click(window_.get(), QStringLiteral("lang_") + language);
    QTRY_COMPARE(demo_->languages.current(), language);
    QTRY_VERIFY(find<QAbstractButton>(window_.get(), QStringLiteral("signInButton")));
    QWidget* w = window_.get();
    check(QStringLiteral("login"));
    type(w, QStringLiteral("loginUserId"), QStringLiteral("op1"));
    type(w, QStringLiteral("loginPassword"), QStringLiteral("wrong-password"));
    click(w, QStringLiteral("signInButton"));
    check(QStringLiteral("login-refused"));
    signIn(QStringLiteral("op1"));
    check(QStringLiteral("home-operator"));
    click(w, QStringLiteral("lockButton"));
    check(QStringLiteral("lock"));
    type(w, QStringLiteral("unlockPassword"), kPassword);
    click(w, QStringLiteral("unlockButton"));
    QTRY_COMPARE(window_->page(), Page::Home);

    // A batch of its own per language, moved forward through the engine.
    const QString batchId = QStringLiteral("B-LAYOUT-") + language.toUpper();
    // The line is cleaned before the batch (the previous language's batch left it dirty).
    batch::demo::cleanDemoEquipment(demo_->station(), *demo_->session->user(),
                                    QStringLiteral("MBR-TAB-500"));
    demo_->station().batches().start(*demo_->session->user(), batchId,
                                     QStringLiteral("MBR-TAB-500"), QStringLiteral("300"));
    window_->showBatches();
    check(QStringLiteral("batch-list"));
    click(w, QStringLiteral("startBatchDialogButton"));
    QTRY_VERIFY(find<QDialog>(w, QStringLiteral("StartBatchDialog")));
    check(QStringLiteral("start-batch-dialog"));
    closeDialogs();

    QSet<QString> seen;
    bool dialogsDone = false;
    for (int guard = 0; guard < 80; ++guard) {
        window_->openBatch(batchId);
        const exec::BatchProjection& p = demo_->station().batches().projection(batchId);
        if (p.status == exec::BatchStatus::Finished)
            break;
        const model::Step* step =
            demo_->station().batches().mbrOf(batchId).step(runner()->currentStepId());
        QVERIFY(step);
        QString key = model::stepKindName(step->kind);
        if (step->kind == model::StepKind::Numeric && step->source == model::ValueSource::Instrument)
            key += demo_->hub.forClass(step->instrumentClass).isEmpty()
                       ? QStringLiteral("-instrument-manual")
                       : QStringLiteral("-instrument-balance");
        if (window_->findChild<QWidget*>(QStringLiteral("branchChooser"))->isVisible())
            key += QStringLiteral("-branches");
        if (!seen.contains(key)) {
            seen.insert(key);
            QTest::qWait(250);  // live readings on the weigh panel
            check(QStringLiteral("step-%1-%2").arg(key, step->id));
            if (step->kind == model::StepKind::Timer) {
                click(w, QStringLiteral("startTimerButton"));
                check(QStringLiteral("step-timer-running-") + step->id);
                demo_->clock.advance((step->minSeconds + 1) * 1000);
                click(w, QStringLiteral("confirmButton"));
                continue;
            }
        }
        if (!dialogsDone && step->kind == model::StepKind::Numeric &&
            step->source == model::ValueSource::Manual && step->limits.any()) {
            // A refusal, with the deviation it asks for; the dialogs of the step runner.
            type(w, QStringLiteral("numericValue"), QStringLiteral("9999"));
            click(w, QStringLiteral("confirmButton"));
            check(QStringLiteral("refused-") + step->id);
            click(w, QStringLiteral("refusalDeviationButton"));
            check(QStringLiteral("dialog-deviation"));
            closeDialogs();
            click(w, QStringLiteral("commentButton"));
            check(QStringLiteral("dialog-comment"));
            closeDialogs();
            click(w, QStringLiteral("holdButton"));
            check(QStringLiteral("dialog-hold"));
            auto* reason = find<QPlainTextEdit>(w, QStringLiteral("reasonText"));
            reason->setFocus();
            QTest::keyClicks(reason, QStringLiteral("layout check"));
            click(w, QStringLiteral("holdBatchButton"));
            QTRY_VERIFY(!runner()->openDialog());
            check(QStringLiteral("batch-on-hold"));
            click(w, QStringLiteral("holdButton"));
            click(w, QStringLiteral("reasonOtherPerson"));
            check(QStringLiteral("dialog-resume"));
            type(w, QStringLiteral("reasonUserId"), QStringLiteral("sup1"));
            type(w, QStringLiteral("reasonPassword"), kPassword);
            reason = find<QPlainTextEdit>(w, QStringLiteral("reasonText"));
            reason->setFocus();
            QTest::keyClicks(reason, QStringLiteral("layout check done"));
            click(w, QStringLiteral("resumeBatchButton"));
            QTRY_VERIFY(!runner()->openDialog());
            click(w, QStringLiteral("historyButton"));
            check(QStringLiteral("history"));
            click(w, QStringLiteral("correctButton"));
            check(QStringLiteral("dialog-correction"));
            closeDialogs();
            click(w, QStringLiteral("verifyStepButton"));
            check(QStringLiteral("dialog-signature-verify"));
            closeDialogs();
            click(w, QStringLiteral("historyButton"));
            dialogsDone = true;
        }
        if (step->kind == model::StepKind::Signature && !seen.contains(QStringLiteral("dialog-sign"))) {
            seen.insert(QStringLiteral("dialog-sign"));
            click(w, QStringLiteral("signStepButton"));
            check(QStringLiteral("dialog-signature-step"));
            closeDialogs();
        }
        QVERIFY(!advance(*demo_, batchId).isEmpty());
    }
    for (const char* kind : {"instruction", "numeric", "weigh", "materialScan", "equipmentCheck",
                             "choice", "checklist", "text", "timer", "calculation", "sample",
                             "signature"})
        QVERIFY2(std::any_of(seen.begin(), seen.end(),
                             [&](const QString& k) { return k.startsWith(QLatin1String(kind)); }),
                 kind);
    window_->showTrends();
    QTest::qWait(200);
    check(QStringLiteral("trends"));
    click(w, QStringLiteral("homeButton"));
    click(w, QStringLiteral("passwordTile"));
    check(QStringLiteral("change-password"));
    click(w, QStringLiteral("homeButton"));
    demo_->session->logout();
    // The homes of the other roles (more tiles).
    for (const QString& id : {QStringLiteral("sup1"), QStringLiteral("qa1")}) {
        signIn(id);
        check(QStringLiteral("home-") + id);
        demo_->session->logout();
    }

    qInfo("%s: %d screen renders checked", qPrintable(language), checked_);
    for (const QString& p : problems_)
        qInfo("PROBLEM %s", qPrintable(p));
    QVERIFY2(problems_.isEmpty(),
             qPrintable(QStringLiteral("%1 layout problem(s):\n").arg(problems_.size()) +
                        problems_.mid(0, 60).join(QLatin1Char('\n'))));
}

QTEST_MAIN(TestHmiLayout)
#include "test_hmi_layout.moc"
