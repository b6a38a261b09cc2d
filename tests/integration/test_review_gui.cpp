// The review workspace offscreen against the demo batch (tests/support/ReviewDemo.h: made
// with batchctl and the scripted operator): reached from the home screen by QA only, the
// queue, the exception list with its context, reviews through the signature dialog (a
// wrong password keeps it open and clears the field; no review, rejection or closure
// without its reason), the deviation closure, the disposition refused and then given, the
// verified-compliant summary, the full record, the filtered audit trail, and exports off the UI
// thread with progress and cancel. Screenshots at 1280x800 and 1920x1080 go to
// $BATCH_TEST_TMP/screenshots/review-*.png.
#include "MainWindow.h"
#include "ReviewDemo.h"
#include "SignatureDialogDriver.h"
#include "Theme.h"
#include "screens/HomeScreen.h"
#include "screens/ReviewWorkspace.h"
#include "security/Session.h"
#include "station/Station.h"
#include "widgets/StatusBanner.h"

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProgressDialog>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTextBrowser>
#include <QtTest>

using namespace batch;
using Page = ui::MainWindow::Page;

class TestReviewGui : public QObject {
    Q_OBJECT

private:
    QTemporaryDir dir_;
    QString shots_;
    std::unique_ptr<Station> station_;
    std::unique_ptr<security::Session> session_;
    std::unique_ptr<ui::MainWindow> window_;

    template <typename T>
    T* child(const char* name) {
        T* w = window_->findChild<T*>(QString::fromLatin1(name));
        if (!w)
            qFatal("no child widget named %s", name);
        return w;
    }
    ui::ReviewWorkspace* workspace() { return window_->findChild<ui::ReviewWorkspace*>(); }
    ui::ReadConnectionFactory connection() const {
        return [path = dir_.filePath(QStringLiteral("station.db"))] {
            return store::Database::open(path, reviewdemo::kPassphrase,
                                         store::OpenMode::OpenExisting);
        };
    }
    void shoot(QWidget* w, const QString& name) {
        QApplication::processEvents();
        QVERIFY(w->grab().save(QDir(shots_).filePath(QStringLiteral("review-%1.png").arg(name))));
    }
    void shootDialog(ui::SignatureDialog* dialog, const QString& name) {
        QVERIFY(sigtest::shootOverWindow(window_.get(), dialog,
                                         QDir(shots_).filePath(QStringLiteral("review-") + name)));
    }
    QString qa2Password() const { return reviewdemo::password(QStringLiteral("qa2")); }
    void shootWindow(const QString& name) {
        for (const QSize size : {QSize(1280, 800), QSize(1920, 1080)}) {
            window_->resize(size);
            QApplication::processEvents();
            shoot(window_.get(),
                  QStringLiteral("%1-%2x%3").arg(name).arg(size.width()).arg(size.height()));
        }
        window_->resize(1280, 800);
    }
    void signIn(const QString& user) {
        if (session_->isSignedIn())
            session_->logout();
        QVERIFY(session_->login(user, reviewdemo::password(user)).ok());
        QApplication::processEvents();
    }
    int row(QTableWidget* table, int column, const QString& text) {
        for (int r = 0; r < table->rowCount(); ++r)
            if (table->item(r, column) && table->item(r, column)->text() == text)
                return r;
        return -1;
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
        window_ = std::make_unique<ui::MainWindow>(*station_, *session_, connection());
        window_->resize(1280, 800);
        window_->show();
        QVERIFY(QTest::qWaitForWindowExposed(window_.get()));
    }

    void onlyQaSeesTheReviewTile() {
        signIn(QStringLiteral("op1"));
        QVERIFY(!window_->findChild<ui::HomeScreen*>()->visibleTiles().contains(
            QStringLiteral("reviewTile")));
        signIn(QStringLiteral("qa2"));
        QCOMPARE(window_->page(), Page::Home);
        QVERIFY(window_->findChild<ui::HomeScreen*>()->visibleTiles().contains(
            QStringLiteral("reviewTile")));
        shootWindow(QStringLiteral("home-qa"));
        QTest::mouseClick(child<QPushButton>("reviewTile"), Qt::LeftButton);
        QCOMPARE(window_->page(), Page::Review);
        QVERIFY(window_->breadcrumb().contains(QStringLiteral("QA review")));
    }

    void queueAndExceptionsWithContext() {
        auto* queue = child<QTableWidget>("reviewQueue");
        QCOMPARE(queue->rowCount(), 1);
        QCOMPARE(queue->item(0, 0)->text(), reviewdemo::kBatch);
        QCOMPARE(queue->item(0, 1)->text(), QStringLiteral("5 open"));
        queue->selectRow(0);
        QCOMPARE(workspace()->currentBatch(), reviewdemo::kBatch);
        auto* exceptions = child<QTableWidget>("exceptionTable");
        QCOMPARE(exceptions->rowCount(), 5);
        for (int r = 0; r < 5; ++r)
            QCOMPARE(exceptions->item(r, 0)->text(), QStringLiteral("OPEN"));
        const int limit = row(exceptions, 1, QStringLiteral("Out of limits"));
        QVERIFY(limit >= 0);
        exceptions->selectRow(limit);
        const QString detail = child<QTextBrowser>("exceptionDetail")->toPlainText();
        QVERIFY2(detail.contains(QStringLiteral("20.4")) &&
                     detail.contains(QStringLiteral("alert high 20")) &&
                     detail.contains(QStringLiteral("Wet granulation")) &&
                     detail.contains(QStringLiteral("Olivia Operator")),
                 qPrintable(detail));
        QCOMPARE(child<ui::StatusBanner>("reviewReadiness")->kind(),
                 ui::StatusBanner::Kind::Warning);
        // The override behind the manual hardness entry is listed with its own context.
        const int override = row(exceptions, 1, QStringLiteral("Override"));
        QVERIFY(override >= 0);
        exceptions->selectRow(override);
        const QString overrideDetail = child<QTextBrowser>("exceptionDetail")->toPlainText();
        QVERIFY2(overrideDetail.contains(QStringLiteral("OVR-R-0001-001")) &&
                     overrideDetail.contains(QStringLiteral("interface offline")),
                 qPrintable(overrideDetail));
        exceptions->selectRow(limit);
        shootWindow(QStringLiteral("workspace"));
    }

    void reviewThroughTheSignatureDialog() {
        auto* exceptions = child<QTableWidget>("exceptionTable");
        exceptions->selectRow(0);
        ui::SignatureDialog* dialog = workspace()->reviewSelectedException();
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->isVisible());
        QVERIFY2(sigtest::meaning(dialog).contains(QStringLiteral("Reviewed")),
                 qPrintable(sigtest::meaning(dialog)));
        // ReviewService refuses a review without its comment: so does the dialog.
        const QString refused =
            sigtest::refusesWithoutReason(dialog, QStringLiteral("qa2"), qa2Password());
        QVERIFY2(refused.isEmpty(), qPrintable(refused));
        QCOMPARE(exceptions->item(0, 0)->text(), QStringLiteral("OPEN"));
        shootDialog(dialog, QStringLiteral("signature-dialog-reason-missing"));
        // Only the signed-in QA user signs here: another id is refused in the dialog.
        sigtest::setComment(dialog, QStringLiteral("assessed: no impact on product quality"));
        sigtest::setCredentials(dialog, QStringLiteral("qa1"),
                                reviewdemo::password(QStringLiteral("qa1")));
        sigtest::pressSign(dialog);
        QVERIFY(dialog->isVisible());
        QVERIFY2(dialog->banner()->text().contains(QStringLiteral("qa2 is signed in")),
                 qPrintable(dialog->banner()->text()));
        QVERIFY(sigtest::password(dialog)->text().isEmpty());
        QCOMPARE(exceptions->item(0, 0)->text(), QStringLiteral("OPEN"));
        // A wrong password: the service's refusal in the dialog, the field cleared, retry.
        sigtest::setCredentials(dialog, QStringLiteral("qa2"), QStringLiteral("not-the-password"));
        shootDialog(dialog, QStringLiteral("signature-dialog"));
        sigtest::pressSign(dialog);
        QVERIFY(dialog->isVisible());
        QCOMPARE(dialog->banner()->kind(), ui::StatusBanner::Kind::Error);
        QVERIFY(sigtest::password(dialog)->text().isEmpty());
        QCOMPARE(sigtest::commentLabel(dialog),
                 QStringLiteral("Review comment (assessment and impact) (required)"));
        shootDialog(dialog, QStringLiteral("signature-dialog-refused"));
        sigtest::setCredentials(dialog, QStringLiteral("qa2"), qa2Password());
        sigtest::pressSign(dialog);
        QTRY_VERIFY(!dialog->isVisible());
        QCOMPARE(exceptions->item(0, 0)->text(), QStringLiteral("Reviewed"));
        QVERIFY(child<QTabWidget>("reviewTabs")->tabText(0).contains(QStringLiteral("4 open")));
        // The others, each with its own comment and signature; after the first signature
        // of the session the password alone re-authenticates.
        for (int r = 1; r < exceptions->rowCount(); ++r) {
            exceptions->selectRow(r);
            ui::SignatureDialog* d = workspace()->reviewSelectedException();
            QVERIFY(d);
            QVERIFY(d->findChild<QLineEdit*>(QStringLiteral("signatureUserId"))->isHidden());
            sigtest::setComment(d, QStringLiteral("assessed (%1)").arg(r));
            sigtest::setCredentials(d, QStringLiteral("qa2"), qa2Password());
            sigtest::pressSign(d);
            QTRY_VERIFY(!d->isVisible());
        }
        for (int r = 0; r < exceptions->rowCount(); ++r)
            QCOMPARE(exceptions->item(r, 0)->text(), QStringLiteral("Reviewed"));
        QVERIFY(!child<QPushButton>("reviewExceptionButton")->isEnabled());
    }

    void dispositionIsRefusedWhileADeviationIsOpen() {
        ui::SignatureDialog* dialog = workspace()->startDisposition();
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->isVisible());
        shootDialog(dialog, QStringLiteral("disposition-blocked"));
        sigtest::setCredentials(dialog, QStringLiteral("qa2"), qa2Password());
        sigtest::pressSign(dialog);
        QVERIFY(dialog->isVisible());
        QVERIFY2(dialog->banner()->text().contains(QStringLiteral("not closed")),
                 qPrintable(dialog->banner()->text()));
        dialog->reject();
    }

    void closeTheDeviation() {
        child<QTabWidget>("reviewTabs")->setCurrentIndex(1);
        auto* deviations = child<QTableWidget>("deviationTable");
        QCOMPARE(deviations->rowCount(), 1);
        deviations->selectRow(0);
        QVERIFY(child<QTextBrowser>("deviationDetail")
                    ->toPlainText()
                    .contains(QStringLiteral("feeder alarm")));
        ui::SignatureDialog* dialog = workspace()->closeSelectedDeviation();
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->isVisible());
        // Root cause and CAPA are required (ReviewService refuses without them); the
        // closing comment is optional, and says so.
        QCOMPARE(sigtest::part<QLabel>(dialog, "rootCauseFieldLabel")->text(),
                 QStringLiteral("Root cause (required)"));
        QCOMPARE(sigtest::commentLabel(dialog), QStringLiteral("Closing comment (optional)"));
        sigtest::setCredentials(dialog, QStringLiteral("qa2"), qa2Password());
        QVERIFY(!sigtest::signButton(dialog)->isEnabled());
        QTest::keyClick(sigtest::password(dialog), Qt::Key_Return);
        QVERIFY(dialog->isVisible());
        QVERIFY2(dialog->banner()->text().contains(QStringLiteral("Root cause is required")),
                 qPrintable(dialog->banner()->text()));
        QVERIFY(deviations->item(0, 5)->text() != QStringLiteral("Closed"));
        dialog->findChild<QPlainTextEdit*>(QStringLiteral("rootCauseField"))
            ->setPlainText(QStringLiteral("feeder sensor contaminated"));
        QVERIFY(!sigtest::signButton(dialog)->isEnabled());  // CAPA still missing
        dialog->findChild<QPlainTextEdit*>(QStringLiteral("capaField"))
            ->setPlainText(QStringLiteral("sensor cleaning added to line clearance"));
        QVERIFY(sigtest::signButton(dialog)->isEnabled());
        shootDialog(dialog, QStringLiteral("close-deviation"));
        sigtest::setCredentials(dialog, QStringLiteral("qa2"), qa2Password());
        sigtest::pressSign(dialog);
        QTRY_VERIFY(!dialog->isVisible());
        QCOMPARE(deviations->item(0, 5)->text(), QStringLiteral("Closed"));
        shootWindow(QStringLiteral("deviations"));
        // Ready, but the weighings came from simulated balances: the banner says so in
        // the warning colour, next to the decision.
        const ui::StatusBanner* readiness = child<ui::StatusBanner>("reviewReadiness");
        QCOMPARE(readiness->kind(), ui::StatusBanner::Kind::Warning);
        QVERIFY2(
            readiness->text().contains(QStringLiteral("Ready for disposition")) &&
                readiness->text().contains(QStringLiteral("SIMULATED INSTRUMENTS: 11 value(s)")),
            qPrintable(readiness->text()));
    }

    void rejectionAndQuarantineNeedAReason() {
        ui::SignatureDialog* dialog = workspace()->startDisposition();
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->isVisible());
        // Release: no reason needed, and the label says so.
        QVERIFY2(sigtest::commentLabel(dialog).endsWith(QStringLiteral("(optional)")),
                 qPrintable(sigtest::commentLabel(dialog)));
        QVERIFY(sigtest::meaning(dialog).contains(QStringLiteral("Released")));
        for (const char* decision : {"decision_reject", "decision_quarantine"}) {
            QTest::mouseClick(sigtest::part<QPushButton>(dialog, decision), Qt::LeftButton);
            QVERIFY(sigtest::meaning(dialog).contains(QLatin1String(decision) ==
                                                              QLatin1String("decision_reject")
                                                          ? QStringLiteral("Rejected")
                                                          : QStringLiteral("Quarantined")));
            const QString refused =
                sigtest::refusesWithoutReason(dialog, QStringLiteral("qa2"), qa2Password());
            QVERIFY2(refused.isEmpty(),
                     qPrintable(QStringLiteral("%1: %2").arg(decision, refused)));
            if (QLatin1String(decision) == QLatin1String("decision_reject"))
                shootDialog(dialog, QStringLiteral("disposition-reject-reason-missing"));
        }
        // Nothing was decided: the batch is still in the queue.
        QCOMPARE(child<QTableWidget>("reviewQueue")->rowCount(), 1);
        dialog->reject();
    }
    void compliantSummaryFullRecordAndAuditTrail() {
        child<QTabWidget>("reviewTabs")->setCurrentIndex(2);
        auto* summary = child<QTableWidget>("compliantTable");
        int steps = 0, compliant = 0;
        for (int r = 0; r < summary->rowCount(); ++r) {
            steps += summary->item(r, 1)->text().toInt();
            compliant += summary->item(r, 4)->text().toInt();
        }
        QCOMPARE(steps, 59);
        QCOMPARE(compliant, 55);
        QVERIFY(
            child<QLabel>("reviewIntegrity")->text().startsWith(QStringLiteral("Record intact")));
        shootWindow(QStringLiteral("compliant"));
        workspace()->showFullRecord();
        auto* full = window_->findChild<QDialog*>(QStringLiteral("fullRecordDialog"));
        QVERIFY(full);
        const QString record =
            full->findChild<QTextBrowser*>(QStringLiteral("fullRecordBrowser"))->toPlainText();
        QVERIFY(record.contains(QStringLiteral("60.5 L")) &&
                record.contains(QStringLiteral("250.12")));
        full->resize(1280, 800);
        shoot(full, QStringLiteral("full-record"));
        full->close();

        child<QTabWidget>("reviewTabs")->setCurrentIndex(3);
        auto* type = child<QComboBox>("reviewAuditType");
        const int all = child<QTableView>("reviewAuditTable")->model()->rowCount();
        QVERIFY(all > 80);
        type->setCurrentIndex(type->findData(QStringLiteral("Signed")));
        const int signatures = child<QTableView>("reviewAuditTable")->model()->rowCount();
        QVERIFY(signatures >= 10 && signatures < all);
        child<QLineEdit>("reviewAuditText")->setText(QStringLiteral("qa2"));
        // Both filters at once: qa2's signatures, its five reviews and the closure.
        QCOMPARE(child<QTableView>("reviewAuditTable")->model()->rowCount(), 6);
        shootWindow(QStringLiteral("audit-trail"));
        type->setCurrentIndex(0);
        child<QLineEdit>("reviewAuditText")->clear();
    }

    void exportsRunOffTheUiThreadAndCanBeCancelled() {
        QSignalSpy done(workspace(), &ui::ReviewWorkspace::exportFinished);
        // Cancelled at once: nothing is written.
        const QString cancelled = dir_.filePath(QStringLiteral("cancelled.pdf"));
        workspace()->startExport(QStringLiteral("pdf"), cancelled);
        QVERIFY(workspace()->exportProgress());
        workspace()->exportJob().cancel();
        QVERIFY(done.wait(60'000));
        auto outcome = done.takeFirst().at(0).value<ui::ExportOutcome>();
        QVERIFY(outcome.cancelled && !outcome.ok);
        QVERIFY(!QFile::exists(cancelled));
        QVERIFY(!QFile::exists(cancelled + QStringLiteral(".partial")));
        // Completed, with the progress dialog up meanwhile.
        const QString pdf = dir_.filePath(QStringLiteral("record.pdf"));
        workspace()->startExport(QStringLiteral("pdf"), pdf);
        QProgressDialog* progress = workspace()->exportProgress();
        QVERIFY(progress);
        QApplication::processEvents();
        shoot(progress, QStringLiteral("export-progress"));
        QVERIFY(done.wait(120'000));
        outcome = done.takeFirst().at(0).value<ui::ExportOutcome>();
        QVERIFY2(outcome.ok, qPrintable(outcome.message));
        QVERIFY(QFileInfo(pdf).size() > 10'000);
        QVERIFY(!workspace()->exportProgress());
        const QString json = dir_.filePath(QStringLiteral("record.json"));
        workspace()->startExport(QStringLiteral("json"), json);
        QVERIFY(done.wait(60'000));
        QVERIFY(done.takeFirst().at(0).value<ui::ExportOutcome>().ok);
        QVERIFY(readFile(json).startsWith("{\"batch_id\":\"R-0001\""));
    }

    void releaseThroughTheDispositionDialog() {
        ui::SignatureDialog* dialog = workspace()->startDisposition();
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->isVisible());
        sigtest::setComment(dialog,
                            QStringLiteral("record reviewed by exception; all deviations closed"));
        sigtest::setCredentials(dialog, QStringLiteral("qa2"), qa2Password());
        shootDialog(dialog, QStringLiteral("disposition-ready"));
        sigtest::pressSign(dialog);
        QTRY_VERIFY(!dialog->isVisible());
        // Released: out of the queue, the record closed.
        QCOMPARE(child<QTableWidget>("reviewQueue")->rowCount(), 0);
        QVERIFY(
            child<ui::StatusBanner>("reviewReadiness")->text().contains(QStringLiteral("release")));
        QVERIFY(!child<QPushButton>("dispositionButton")->isEnabled());
        shootWindow(QStringLiteral("released"));
    }

    void lockingClosesTheOpenDialogs() {
        // The batch is released: the full record is the dialog there is to open.
        workspace()->openBatch(reviewdemo::kBatch);
        workspace()->showFullRecord();
        QVERIFY(window_->findChild<QDialog*>(QStringLiteral("fullRecordDialog"))->isVisible());
        session_->lock(QStringLiteral("test"));
        QApplication::processEvents();
        QTRY_VERIFY(!window_->findChild<QDialog*>(QStringLiteral("fullRecordDialog")) ||
                    !window_->findChild<QDialog*>(QStringLiteral("fullRecordDialog"))->isVisible());
        QVERIFY(session_->unlock(QStringLiteral("qa2"), reviewdemo::password(QStringLiteral("qa2")))
                    .ok());
        QApplication::processEvents();
    }

    void signingOutForgetsTheBatch() {
        session_->logout();
        QApplication::processEvents();
        QVERIFY(workspace()->currentBatch().isEmpty());
        QCOMPARE(child<QTableWidget>("exceptionTable")->rowCount(), 0);
    }

    void cleanupTestCase() {
        window_.reset();
        session_.reset();
        station_.reset();
    }
};

QTEST_MAIN(TestReviewGui)
#include "test_review_gui.moc"
