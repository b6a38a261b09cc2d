// Acceptance (issue 6): a full demo batch run by clicking through the screens offscreen,
// against the demo station as `batchstation --demo` builds it: the demo store with its
// users, the effective tablet MBR and the demo site's released lots and clean equipment,
// and the devices' demo balances (MT-SICS, SBI, A&D simulators on real pseudo-terminals,
// registered in the instrument master) behind the ordinary drivers. Every step kind of the engine
// is executed through its input (keypad, toggles, checklist, scanner burst, weigh panel capture,
// timers, calculation, sample, text, signatures; values read off instruments of the
// instrument master), with a refused value, a deviation and its continuation, a manual
// entry refused until a supervisor signs an override, an alert limit, hold and resume by
// a supervisor, a comment, a correction and a second-person verification on the way. A PNG of every
// screen and dialog passed goes to $BATCH_TEST_TMP/screenshots/hmi-batch.
#include "HmiTestKit.h"
#include "SignatureDialogDriver.h"

#include "dialogs/SignatureDialog.h"
#include "dialogs/TouchDialog.h"
#include "exec/BatchEngine.h"
#include "model/Mbr.h"
#include "screens/StepHistoryView.h"
#include "screens/StepRunnerScreen.h"
#include "steps/StepInput.h"
#include "weigh/WeighPanel.h"
#include "widgets/StationStatusBar.h"
#include "widgets/StatusBanner.h"

#include <QLabel>
#include <QPlainTextEdit>
#include <QTableView>

using namespace batch;
using namespace hmi_test;
using Page = ui::MainWindow::Page;

class TestHmiBatch : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void fullDemoBatch();
    void cleanupTestCase();

private:
    void shot(const QString& name, bool bothSizes = false);
    void signIn(const QString& id);
    void runCurrentStep();
    void weigh(const model::Step& step);
    void sign(const QString& signer, bool anotherPerson);
    void enterNumber(const QString& text);
    QString feedback() const;
    ui::StepRunnerScreen* runner() const;
    const exec::BatchProjection& batch();
    const model::Step& currentStep();

    std::unique_ptr<DemoStation> demo_;
    std::unique_ptr<ui::MainWindow> window_;
    QString dir_;
    QString batchId_;
    int shots_ = 0;
    bool signatureShot_ = false;
    QSet<QString> kindsSeen_;
};

void TestHmiBatch::initTestCase() {
    ui::applyTheme(*qApp);
    demo_ = std::make_unique<DemoStation>();
    dir_ = shotDir(QStringLiteral("hmi-batch"));
    window_ = demo_->window();
    // The balances come up through the pty, the transport's "@" and the SIR stream.
    for (ui::BalanceLink* link : demo_->balances->links())
        QTRY_VERIFY_WITH_TIMEOUT(link->latest().has_value(), 15000);
}

void TestHmiBatch::cleanupTestCase() {
    window_.reset();
    if (demo_->session->isSignedIn())
        demo_->session->logout();
    demo_.reset();
}

void TestHmiBatch::shot(const QString& name, bool bothSizes) {
    const QList<QSize> sizes =
        bothSizes ? QList<QSize>{{1280, 800}, {1920, 1080}} : QList<QSize>{{1280, 800}};
    for (const QSize size : sizes) {
        window_->resize(size);
        QTest::qWait(60);
        const QString file = QDir(dir_).filePath(QStringLiteral("%1-%2-%3x%4.png")
                                                     .arg(++shots_, 3, 10, QLatin1Char('0'))
                                                     .arg(name)
                                                     .arg(size.width())
                                                     .arg(size.height()));
        QVERIFY2(composite(window_.get()).save(file), qPrintable(file));
    }
    if (bothSizes) {
        window_->resize(1280, 800);
        QTest::qWait(30);
    }
}

void TestHmiBatch::signIn(const QString& id) {
    type(window_.get(), QStringLiteral("loginUserId"), id);
    type(window_.get(), QStringLiteral("loginPassword"), kPassword);
    click(window_.get(), QStringLiteral("signInButton"));
    QTRY_COMPARE(window_->page(), Page::Home);
}

ui::StepRunnerScreen* TestHmiBatch::runner() const {
    return window_->findChild<ui::StepRunnerScreen*>();
}

const exec::BatchProjection& TestHmiBatch::batch() {
    return demo_->station().batches().projection(batchId_);
}

const model::Step& TestHmiBatch::currentStep() {
    const model::Step* s =
        demo_->station().batches().mbrOf(batchId_).step(runner()->currentStepId());
    if (!s)
        qFatal("no current step");
    return *s;
}

QString TestHmiBatch::feedback() const {
    // Shown, or (after the last step) on the step page behind the "finished" page.
    ui::StatusBanner* b = runner()->feedback();
    return b->isHidden() ? QString() : b->text();
}

void TestHmiBatch::enterNumber(const QString& text) {
    // Through the on-screen keypad, key by key, as a gloved operator does.
    click(window_.get(), QStringLiteral("keypadClear"));
    for (const QChar c : text) {
        if (c == QLatin1Char('.'))
            click(window_.get(), QStringLiteral("keypadPoint"));
        else
            click(window_.get(), QStringLiteral("keypad") + c);
    }
}

void TestHmiBatch::sign(const QString& signer, bool anotherPerson) {
    QTRY_VERIFY(qobject_cast<ui::SignatureDialog*>(runner()->openDialog()));
    auto* dialog = qobject_cast<ui::SignatureDialog*>(runner()->openDialog());
    if (anotherPerson && !dialog->asOtherPerson())
        click(dialog, QStringLiteral("switchSignerButton"));
    auto* id = dialog->findChild<QLineEdit*>(QStringLiteral("signatureUserId"));
    if (id->isVisible())
        type(dialog, QStringLiteral("signatureUserId"), signer);
    type(dialog, QStringLiteral("signaturePassword"), kPassword);
    // What is signed is shown in full, with its meaning and the printed name.
    QVERIFY(!dialog->findChild<QLabel*>(QStringLiteral("signatureContent"))->text().isEmpty());
    QVERIFY(dialog->findChild<QLabel*>(QStringLiteral("signatureMeaning"))
                ->text()
                .contains(QStringLiteral("Meaning")));
    QVERIFY2(!dialog->findChild<QLabel*>(QStringLiteral("signaturePrintedName"))
                  ->text()
                  .endsWith(QStringLiteral("—")),
             "printed name not shown");
    // The engine signs these without a comment: the dialog says it is optional.
    QVERIFY2(sigtest::commentLabel(dialog).endsWith(QStringLiteral("(optional)")),
             qPrintable(sigtest::commentLabel(dialog)));
    QVERIFY(sigtest::signButton(dialog)->isEnabled());
    shot(QStringLiteral("signature-dialog"), !signatureShot_);
    signatureShot_ = true;
    click(dialog, QStringLiteral("signButton"));
    QTRY_VERIFY_WITH_TIMEOUT(!runner()->openDialog(), 10000);
}

void TestHmiBatch::weigh(const model::Step& step) {
    ui::WeighPanel* panel = find<ui::WeighPanel>(window_.get(), QStringLiteral("WeighPanel"));
    QVERIFY(panel);
    // Empty pan on a weigh step: nothing acceptable to capture, and the reason in words.
    if (step.kind == model::StepKind::Weigh)
        QTRY_VERIFY_WITH_TIMEOUT(!panel->captureBlocker().isEmpty(), 5000);
    const ui::InstrumentHub::Entry* entry = demo_->hub.find(panel->instrumentId());
    QVERIFY(entry && entry->pan);
    const QString serial = entry->link->info().serialNumber;
    double amount = 0;
    if (step.kind == model::StepKind::Weigh) {
        amount = batch().weighTargets.value(step.id).split(QLatin1Char('|')).value(0).toDouble();
    } else if (step.target) {
        amount = *step.target;
    } else {
        // Instrument values without a target: what this batch really yields.
        const auto value = [&](const char* id) {
            return batch().step(QString::fromLatin1(id))->currentValue().toDouble();
        };
        if (step.id == QLatin1String("granule_mass"))
            amount = 0.985 * (value("w_pcm") + value("w_starch") + value("w_pvp"));
        else
            amount = 0.99 * 297.0;
    }
    click(window_.get(), QStringLiteral("demoEmpty"));
    // The emptied pan settles (a 300 kg platform takes seconds to come to rest at 10 g);
    // the operator waits for "Stable" before pressing a key that needs a stable weight.
    QTRY_VERIFY_WITH_TIMEOUT(entry->link->latest() && entry->link->latest()->reply.stable &&
                                 std::abs(entry->link->latest()->reply.value) < 0.5,
                             20000);
    for (const char* key : {"zeroButton", "tareButton"}) {
        // Zero the empty balance (an SBI balance reports no tare: the station knows it
        // from there on), then tare the empty container; each answers once stable.
        QTRY_VERIFY_WITH_TIMEOUT(
            find<QAbstractButton>(window_.get(), QString::fromLatin1(key))->isEnabled(), 10000);
        QSignalSpy done(entry->link, &ui::BalanceLink::commandDone);
        QSignalSpy failed(entry->link, &ui::BalanceLink::commandFailed);
        click(window_.get(), QString::fromLatin1(key));
        QTRY_VERIFY_WITH_TIMEOUT(!done.isEmpty() || !failed.isEmpty(), 10000);
        QVERIFY2(failed.isEmpty(), qPrintable(failed.value(0).value(1).toString()));
    }
    entry->pan->place(amount);
    if (!kindsSeen_.contains(QStringLiteral("weigh-moving"))) {
        // While the reading settles it is shown as moving and cannot be captured.
        QTRY_VERIFY_WITH_TIMEOUT(
            find<QLabel>(window_.get(), QStringLiteral("weighStability"))->text() ==
                QStringLiteral("Moving"),
            5000);
        QVERIFY(!panel->canCapture());
        shot(QStringLiteral("weigh-moving"), true);
        kindsSeen_.insert(QStringLiteral("weigh-moving"));
    }
    // The mass has arrived and settled (the display follows it), and the engine accepts it.
    QTRY_VERIFY_WITH_TIMEOUT(
        entry->link->latest() && entry->link->latest()->reply.stable &&
            std::abs(entry->link->latest()->reply.value - amount) < 0.002 * amount + 0.01,
        20000);
    QTRY_VERIFY2_WITH_TIMEOUT(panel->canCapture(), qPrintable(panel->captureBlocker()), 5000);
    QCOMPARE(find<QLabel>(window_.get(), QStringLiteral("weighStability"))->text(),
             QStringLiteral("Stable"));
    shot(QStringLiteral("weigh-") + step.id, !kindsSeen_.contains(QStringLiteral("weigh")));
    kindsSeen_.insert(QStringLiteral("weigh"));
    click(window_.get(), QStringLiteral("captureButton"));
    // The balance reads a stable net weight and the tare in one go; then it is recorded.
    QTRY_VERIFY2_WITH_TIMEOUT(
        batch().step(step.id) && batch().step(step.id)->state == exec::StepState::State::Completed,
        qPrintable(feedback()), 10000);
    QVERIFY2(feedback().startsWith(QStringLiteral("Recorded")), qPrintable(feedback()));
    const exec::StepState* s = batch().step(step.id);
    QCOMPARE(s->source, QStringLiteral("instrument"));
    QCOMPARE(s->instrumentId, entry->link->info().id);
    QVERIFY(s->stable);
    // What the weighing rules need, from the balance: raw frame, serial, gross and tare.
    QVERIFY2(!s->rawFrame.isEmpty(), qPrintable(step.id));
    QCOMPARE(s->instrumentSerial, serial);
    QVERIFY2(!s->gross.isEmpty() && !s->tare.isEmpty(), qPrintable(step.id));
    entry->pan->clear();
}

void TestHmiBatch::runCurrentStep() {
    const model::Step& step = currentStep();
    const QString id = step.id;
    const QString kind = model::stepKindName(step.kind);
    const bool first = !kindsSeen_.contains(kind);
    kindsSeen_.insert(kind);
    QWidget* w = window_.get();
    switch (step.kind) {
        case model::StepKind::Instruction:
            shot(QStringLiteral("step-") + id, first);
            click(w, QStringLiteral("acknowledgeButton"));
            break;
        case model::StepKind::Checklist:
            for (int i = 0; i < step.items.size(); ++i)
                click(w, QStringLiteral("checkItem_%1").arg(i));
            shot(QStringLiteral("step-") + id, first);
            click(w, QStringLiteral("confirmButton"));
            break;
        case model::StepKind::MaterialScan:
        case model::StepKind::EquipmentCheck: {
            // The scanner: a fast burst of keys ending in Enter submits at once.
            auto* field = find<QLineEdit>(w, QStringLiteral("scanField"));
            QVERIFY(field);
            field->setFocus();
            // The label of a released lot of the material, or of the unit of the class, as
            // the demo site's master data has them.
            QString code;
            if (step.kind == model::StepKind::MaterialScan) {
                for (const auto& lot : demo_->station().materials().lots(step.material))
                    if (lot.status == masterdata::LotStatus::Released)
                        code = lot.lotId;
            } else {
                for (const auto& unit : demo_->station().equipment().list())
                    if (unit.equipmentClass == step.equipmentClass)
                        code = unit.id;
            }
            QVERIFY2(!code.isEmpty(), qPrintable(id));
            if (first)
                shot(QStringLiteral("step-") + id, true);
            QTest::keyClicks(field, code);
            QTest::keyClick(field, Qt::Key_Return);
            break;
        }
        case model::StepKind::Weigh:
            weigh(step);
            return;
        case model::StepKind::Choice:
            click(w, QStringLiteral("choice_0"));
            shot(QStringLiteral("step-") + id, first);
            click(w, QStringLiteral("confirmButton"));
            break;
        case model::StepKind::Numeric: {
            if (find<ui::WeighPanel>(w, QStringLiteral("WeighPanel"))) {
                weigh(step);
                return;
            }
            QString value =
                step.target ? QString::number(*step.target, 'f', step.decimals) : QString();
            if (!step.target && step.limits.low && step.limits.high)
                value =
                    QString::number((*step.limits.low + *step.limits.high) / 2, 'f', step.decimals);
            else if (!step.target && step.limits.high)
                value = QString::number(*step.limits.high / 2, 'f', step.decimals);
            enterNumber(value);
            shot(QStringLiteral("step-") + id, first);
            click(w, QStringLiteral("confirmButton"));
            break;
        }
        case model::StepKind::Text: {
            auto* text = find<QPlainTextEdit>(w, QStringLiteral("stepText"));
            text->setFocus();
            QTest::keyClicks(text, QStringLiteral("Press ran without stops."));
            shot(QStringLiteral("step-") + id, first);
            click(w, QStringLiteral("confirmButton"));
            break;
        }
        case model::StepKind::Timer: {
            click(w, QStringLiteral("startTimerButton"));
            QVERIFY2(feedback().startsWith(QStringLiteral("Timer started")),
                     qPrintable(feedback()));
            if (first) {
                // Too early: the engine refuses, and says why.
                click(w, QStringLiteral("confirmButton"));
                QVERIFY2(feedback().contains(QStringLiteral("runs for at least")),
                         qPrintable(feedback()));
                shot(QStringLiteral("step-timer-too-early"), true);
            }
            demo_->clock.advance((step.minSeconds + 2) * 1000);
            QTest::qWait(600);  // the countdown redraws twice a second
            QVERIFY(find<QLabel>(w, QStringLiteral("timerMinimum"))
                        ->text()
                        .contains(QStringLiteral("reached")));
            shot(QStringLiteral("step-") + id, first);
            click(w, QStringLiteral("confirmButton"));
            break;
        }
        case model::StepKind::Calculation:
            QVERIFY(find<QLabel>(w, QStringLiteral("calcResult"))
                        ->text()
                        .startsWith(QStringLiteral("Result:")));
            shot(QStringLiteral("step-") + id, first);
            click(w, QStringLiteral("confirmButton"));
            break;
        case model::StepKind::Sample:
            click(w, QStringLiteral("sampleLabelButton"));
            shot(QStringLiteral("step-") + id, first);
            click(w, QStringLiteral("confirmButton"));
            break;
        case model::StepKind::Signature: {
            shot(QStringLiteral("step-") + id, first);
            click(w, QStringLiteral("signStepButton"));
            // Performed by a supervisor, verified by a second person other than the performer.
            const exec::StepState* last =
                batch().step(batch().completionOrder.value(batch().completionOrder.size() - 1));
            QString signer = QStringLiteral("sup1");
            if (step.verifiedBy && last && last->performerId == QLatin1String("sup1"))
                signer = QStringLiteral("op2");
            sign(signer, true);
            const exec::StepState* s = batch().step(id);
            QVERIFY(s && s->state == exec::StepState::State::Completed);
            QVERIFY(!s->signatures.empty());
            QCOMPARE(s->signatures.back().signerId, signer);
            // The manifestation on screen: printed name, date/time, meaning.
            QVERIFY2(feedback().startsWith(QStringLiteral("Signed by ")), qPrintable(feedback()));
            return;
        }
    }
    QVERIFY2(feedback().startsWith(QStringLiteral("Recorded")),
             qPrintable(id + QStringLiteral(": ") + feedback()));
    QVERIFY(batch().completed.contains(id));
}

void TestHmiBatch::fullDemoBatch() {
    QElapsedTimer timer;
    timer.start();
    QWidget* w = window_.get();
    QVERIFY(find<QLabel>(w, QStringLiteral("loginFooter"))->text().contains(kPassword));
    shot(QStringLiteral("login"), true);
    signIn(QStringLiteral("op1"));
    auto* status = window_->findChild<ui::StationStatusBar*>();
    QVERIFY(status->userText().contains(QStringLiteral("Olivia Operator (Operator)")));
    QTRY_COMPARE(status->instrumentsText(), QStringLiteral("3 instruments connected"));
    QCOMPARE(status->syncText(), QStringLiteral("Sync: not configured"));
    shot(QStringLiteral("home-operator"), true);

    click(w, QStringLiteral("batchesTile"));
    QCOMPARE(window_->page(), Page::Batches);
    shot(QStringLiteral("batch-list-empty"), true);
    click(w, QStringLiteral("startBatchDialogButton"));
    QTRY_VERIFY(find<QDialog>(w, QStringLiteral("StartBatchDialog")));
    click(w, QStringLiteral("startMbr_MBR-TAB-500"));
    type(w, QStringLiteral("startBatchId"), QStringLiteral("no spaces allowed"));
    click(w, QStringLiteral("startBatchButton"));
    // The engine's refusal, in the dialog, which stays open.
    QTRY_VERIFY(find<ui::StatusBanner>(w, QStringLiteral("dialogBanner")));
    QVERIFY(find<ui::StatusBanner>(w, QStringLiteral("dialogBanner"))
                ->text()
                .contains(QStringLiteral("not a valid batch id")));
    shot(QStringLiteral("start-batch-refused"));
    batchId_ = QStringLiteral("B-DEMO-001");
    type(w, QStringLiteral("startBatchId"), batchId_);
    shot(QStringLiteral("start-batch-dialog"), true);
    click(w, QStringLiteral("startBatchButton"));
    QTRY_COMPARE(window_->page(), Page::StepRunner);
    QCOMPARE(runner()->batchId(), batchId_);

    const int total = int(demo_->station().batches().mbrOf(batchId_).steps().size());
    bool deviationDone = false, alertDone = false, holdDone = false, commentDone = false,
         branchSwitched = false, correctionDone = false, overrideDone = false;
    for (int guard = 0; guard < total + 5 && batch().status != exec::BatchStatus::Finished;
         ++guard) {
        const model::Step& step = currentStep();
        QVERIFY(runner()->procedurePath().size() >= 4);  // procedure > UP > operation > phase
        if (!branchSwitched &&
            window_->findChild<QWidget*>(QStringLiteral("branchChooser"))->isVisible()) {
            // Parallel branches: the operator picks the other branch first.
            const QStringList open = [&] {
                QStringList ids;
                for (auto* b : window_->findChildren<QAbstractButton*>())
                    if (b->objectName().startsWith(QStringLiteral("branch_")) && b->isVisible())
                        ids << b->objectName();
                return ids;
            }();
            QVERIFY(open.size() >= 2);
            click(w, open.last());
            QTest::qWait(50);
            shot(QStringLiteral("parallel-branches"), true);
            branchSwitched = true;
            continue;
        }
        if (!deviationDone && step.id == QLatin1String("gran_water")) {
            // 70 L is beyond the action limit: refused, a deviation and a supervisor's
            // continuation are needed, then the value is recorded.
            enterNumber(QStringLiteral("70.0"));
            click(w, QStringLiteral("confirmButton"));
            QVERIFY2(feedback().contains(QStringLiteral("Raise a deviation")),
                     qPrintable(feedback()));
            shot(QStringLiteral("refused-action-limit"), true);
            click(w, QStringLiteral("refusalDeviationButton"));
            QTRY_VERIFY(find<QDialog>(w, QStringLiteral("DeviationDialog")));
            click(w, QStringLiteral("deviationCategory_process"));
            auto* d = find<QPlainTextEdit>(w, QStringLiteral("deviationDescription"));
            d->setFocus();
            QTest::keyClicks(d, QStringLiteral("Spray nozzle partly blocked, 70 L added."));
            auto* a = find<QPlainTextEdit>(w, QStringLiteral("deviationAction"));
            a->setFocus();
            QTest::keyClicks(a, QStringLiteral("Nozzle cleaned, granulation end point checked."));
            shot(QStringLiteral("deviation-dialog"), true);
            click(w, QStringLiteral("raiseDeviationButton"));
            QTRY_VERIFY(!runner()->openDialog());
            QVERIFY(find<QAbstractButton>(w, QStringLiteral("continuationButton")));
            shot(QStringLiteral("deviation-raised"));
            click(w, QStringLiteral("continuationButton"));
            sign(QStringLiteral("sup1"), true);
            QVERIFY(batch().deviations.back().approved());
            enterNumber(QStringLiteral("70.0"));
            click(w, QStringLiteral("confirmButton"));
            QVERIFY2(feedback().startsWith(QStringLiteral("Recorded")), qPrintable(feedback()));
            QVERIFY(feedback().contains(QStringLiteral("action limits")));
            shot(QStringLiteral("recorded-with-deviation"));
            deviationDone = true;
            continue;
        }
        if (!overrideDone && step.id == QLatin1String("ipc_hardness")) {
            // The tablet tester is out of service: the value is typed, which this step
            // allows only under a supervisor's override (manualEntry "override").
            const security::User admin = *demo_->station().users().find(QStringLiteral("admin"));
            instruments::InstrumentUpdate off;
            off.state = instruments::InstrumentState::OutOfService;
            demo_->station().instruments().update(admin, QStringLiteral("TT-01"), off,
                                                  QStringLiteral("tester interface offline"));
            window_->openBatch(batchId_);
            QVERIFY(!find<QAbstractButton>(w, QStringLiteral("readOff_TT-01")));
            enterNumber(QStringLiteral("102"));
            click(w, QStringLiteral("confirmButton"));
            QVERIFY2(feedback().contains(QStringLiteral("override")), qPrintable(feedback()));
            shot(QStringLiteral("refused-override-required"), true);
            click(w, QStringLiteral("refusalOverrideButton"));
            QTRY_VERIFY(qobject_cast<ui::SignatureDialog*>(runner()->openDialog()));
            auto* dialog = qobject_cast<ui::SignatureDialog*>(runner()->openDialog());
            if (!dialog->asOtherPerson())
                click(dialog, QStringLiteral("switchSignerButton"));
            // The engine refuses an override without its reason: the label says required,
            // Sign stays disabled, Enter is refused in the dialog, nothing is recorded.
            const size_t overrides = batch().overrides.size();
            const QString refused =
                sigtest::refusesWithoutReason(dialog, QStringLiteral("sup1"), kPassword);
            QVERIFY2(refused.isEmpty(), qPrintable(refused));
            QCOMPARE(sigtest::commentLabel(dialog),
                     QStringLiteral("Reason for the override (required)"));
            QCOMPARE(batch().overrides.size(), overrides);
            shot(QStringLiteral("override-signature-reason-missing"), true);
            type(dialog, QStringLiteral("signatureUserId"), QStringLiteral("sup1"));
            type(dialog, QStringLiteral("signaturePassword"), kPassword);
            auto* why = dialog->findChild<QPlainTextEdit*>(QStringLiteral("signatureComment"));
            why->setFocus();
            QTest::keyClicks(why,
                             QStringLiteral("Tester TT-01 offline; value read from its display."));
            shot(QStringLiteral("override-signature-dialog"), true);
            click(dialog, QStringLiteral("signButton"));
            QTRY_VERIFY_WITH_TIMEOUT(!runner()->openDialog(), 10000);
            QVERIFY2(feedback().startsWith(QStringLiteral("Override signed")),
                     qPrintable(feedback()));
            enterNumber(QStringLiteral("102"));
            click(w, QStringLiteral("confirmButton"));
            QVERIFY2(feedback().startsWith(QStringLiteral("Recorded")), qPrintable(feedback()));
            QVERIFY(!batch().step(QStringLiteral("ipc_hardness"))->overrideId.isEmpty());
            shot(QStringLiteral("recorded-under-override"));
            instruments::InstrumentUpdate on;
            on.state = instruments::InstrumentState::InService;
            demo_->station().instruments().update(admin, QStringLiteral("TT-01"), on,
                                                  QStringLiteral("tester interface repaired"));
            window_->openBatch(batchId_);
            overrideDone = true;
            continue;
        }
        if (!alertDone && step.id == QLatin1String("gran_power")) {
            enterNumber(QStringLiteral("21.0"));
            QCOMPARE(find<QLabel>(w, QStringLiteral("limitState"))->text(),
                     QStringLiteral("Outside the alert limits: recorded as an exception"));
            shot(QStringLiteral("numeric-alert-band"), true);
            click(w, QStringLiteral("confirmButton"));
            QVERIFY2(feedback().contains(QStringLiteral("alert")), qPrintable(feedback()));
            QCOMPARE(runner()->feedback()->kind(), ui::StatusBanner::Kind::Warning);
            shot(QStringLiteral("recorded-alert"));
            alertDone = true;
            continue;
        }
        if (!holdDone && step.id == QLatin1String("fbd_equipment")) {
            click(w, QStringLiteral("holdButton"));
            auto* reason = find<QPlainTextEdit>(w, QStringLiteral("reasonText"));
            QVERIFY(reason);
            reason->setFocus();
            QTest::keyClicks(reason, QStringLiteral("Dryer filter bag change"));
            shot(QStringLiteral("hold-dialog"));
            click(w, QStringLiteral("holdBatchButton"));
            QTRY_COMPARE(batch().status, exec::BatchStatus::OnHold);
            shot(QStringLiteral("batch-on-hold"), true);
            // An operator may not release a hold: the engine says so, in the dialog.
            click(w, QStringLiteral("holdButton"));
            reason = find<QPlainTextEdit>(w, QStringLiteral("reasonText"));
            reason->setFocus();
            QTest::keyClicks(reason, QStringLiteral("Filter bag changed"));
            click(w, QStringLiteral("resumeBatchButton"));
            QVERIFY(find<ui::StatusBanner>(w, QStringLiteral("dialogBanner"))
                        ->text()
                        .contains(QStringLiteral("handle_deviations")));
            shot(QStringLiteral("resume-refused"));
            // A supervisor authorises it at the station.
            click(w, QStringLiteral("reasonOtherPerson"));
            type(w, QStringLiteral("reasonUserId"), QStringLiteral("sup1"));
            type(w, QStringLiteral("reasonPassword"), kPassword);
            shot(QStringLiteral("resume-by-supervisor"));
            click(w, QStringLiteral("resumeBatchButton"));
            QTRY_COMPARE(batch().status, exec::BatchStatus::Running);
            holdDone = true;
            continue;
        }
        if (!commentDone && step.id == QLatin1String("mill_equipment")) {
            click(w, QStringLiteral("commentButton"));
            auto* text = find<QPlainTextEdit>(w, QStringLiteral("commentText"));
            text->setFocus();
            QTest::keyClicks(text, QStringLiteral("Granules look slightly coarse."));
            shot(QStringLiteral("comment-dialog"));
            click(w, QStringLiteral("addCommentButton"));
            QTRY_VERIFY(!runner()->openDialog());
            QCOMPARE(batch().comments.size(), size_t(1));
            commentDone = true;
        }
        if (!correctionDone && step.id == QLatin1String("blend_equipment")) {
            // The record so far, read-only; a correction of an earlier value with reason,
            // and a second person's verification of it.
            click(w, QStringLiteral("historyButton"));
            auto* table = find<QTableView>(w, QStringLiteral("historyTable"));
            QVERIFY(table && table->model()->rowCount() > 20);
            ui::StepHistoryView* history = window_->findChild<ui::StepHistoryView*>();
            history->selectStep(QStringLiteral("fbd_inlet_temp"));
            shot(QStringLiteral("history"), true);
            click(w, QStringLiteral("correctButton"));
            QTRY_VERIFY(find<QDialog>(w, QStringLiteral("CorrectionDialog")));
            enterNumber(QStringLiteral("61"));
            auto* reason = find<QPlainTextEdit>(w, QStringLiteral("correctionReason"));
            reason->setFocus();
            QTest::keyClicks(reason, QStringLiteral("Read from the wrong display."));
            shot(QStringLiteral("correction-dialog"), true);
            click(w, QStringLiteral("recordCorrectionButton"));
            QTRY_VERIFY(!runner()->openDialog());
            QCOMPARE(batch().step(QStringLiteral("fbd_inlet_temp"))->currentValue(),
                     QStringLiteral("61"));
            click(w, QStringLiteral("verifyStepButton"));
            sign(QStringLiteral("sup1"), true);
            QVERIFY(!batch().step(QStringLiteral("fbd_inlet_temp"))->signatures.empty());
            shot(QStringLiteral("history-corrected-verified"), true);
            click(w, QStringLiteral("historyButton"));  // back to the step
            correctionDone = true;
        }
        runCurrentStep();
        if (QTest::currentTestFailed())
            return;
    }
    QCOMPARE(batch().status, exec::BatchStatus::Finished);
    QCOMPARE(int(batch().completed.size()), total);
    QVERIFY(find<QLabel>(w, QStringLiteral("batchFinished")));
    shot(QStringLiteral("batch-finished"), true);
    QVERIFY(deviationDone && alertDone && holdDone && commentDone && branchSwitched &&
            correctionDone && overrideDone);
    // Every step kind of the engine was executed through its own input.
    for (const char* kind :
         {"instruction", "numeric", "weigh", "materialScan", "equipmentCheck", "choice",
          "checklist", "text", "timer", "calculation", "sample", "signature"})
        QVERIFY2(kindsSeen_.contains(QString::fromLatin1(kind)), kind);

    click(w, QStringLiteral("finishedBackButton"));
    QCOMPARE(window_->page(), Page::Batches);
    shot(QStringLiteral("batch-list-finished"), true);
    click(w, QStringLiteral("homeButton"));
    click(w, QStringLiteral("trendsTile"));
    QCOMPARE(window_->page(), Page::Trends);
    QTest::qWait(400);
    shot(QStringLiteral("trends"), true);
    qInfo("full demo batch of %d steps through the GUI in %.1f s, %d screenshots", total,
          timer.elapsed() / 1000.0, shots_);
}

QTEST_MAIN(TestHmiBatch)
#include "test_hmi_batch.moc"
