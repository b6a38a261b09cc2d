// Kiosk mode (`batchstation --kiosk`): full screen without frame, and no way out without
// an administrator. Closing the window (window manager, Alt+F4, the close button of the
// login screen) opens the administrator re-authentication instead; a wrong password, or
// a user who is not an administrator, keeps the station open; an administrator closes it.
#include "HmiTestKit.h"

#include "dialogs/AdminExitDialog.h"
#include "widgets/StatusBanner.h"

#include <QCloseEvent>

using namespace batch;
using namespace hmi_test;

class TestHmiKiosk : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void closingNeedsAnAdministrator();

private:
    std::unique_ptr<DemoStation> demo_;
};

void TestHmiKiosk::initTestCase() {
    ui::applyTheme(*qApp);
    demo_ = std::make_unique<DemoStation>(false);
}

void TestHmiKiosk::closingNeedsAnAdministrator() {
    ui::MainWindowOptions options;
    options.kiosk = true;
    options.instruments = &demo_->hub;
    options.languages = &demo_->languages;
    ui::MainWindow window(demo_->station(), *demo_->session,
                          [this] {
                              return store::Database::open(demo_->store.dbPath,
                                                           demo_->store.passphrase,
                                                           store::OpenMode::OpenExisting);
                          },
                          options);
    window.showFullScreen();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.isKiosk());
    QVERIFY(window.windowFlags().testFlag(Qt::FramelessWindowHint));
    QVERIFY(window.windowState().testFlag(Qt::WindowFullScreen));

    // The window manager's close (or Alt+F4) is refused: the dialog comes instead.
    QVERIFY(!window.close());
    QVERIFY(window.isVisible());
    QTRY_VERIFY(window.exitDialog());
    auto* dialog = qobject_cast<ui::AdminExitDialog*>(window.exitDialog());
    QVERIFY(dialog && dialog->isVisible());
    auto banner = [&] {
        auto* b = dialog->findChild<ui::StatusBanner*>(QStringLiteral("dialogBanner"));
        return b->isVisible() ? b->text() : QString();
    };
    type(dialog, QStringLiteral("exitUserId"), QStringLiteral("admin"));
    type(dialog, QStringLiteral("exitPassword"), QStringLiteral("not-the-password"));
    click(dialog, QStringLiteral("confirmExitButton"));
    QVERIFY(!banner().isEmpty());
    QVERIFY(window.isVisible());
    // An operator's correct password does not open the way out either.
    type(dialog, QStringLiteral("exitUserId"), QStringLiteral("op1"));
    type(dialog, QStringLiteral("exitPassword"), kPassword);
    click(dialog, QStringLiteral("confirmExitButton"));
    QVERIFY2(banner().contains(QStringLiteral("Only an administrator")), qPrintable(banner()));
    QVERIFY(window.isVisible());
    click(dialog, QStringLiteral("dialogCancel"));
    QTRY_VERIFY(!window.exitDialog());
    QVERIFY(window.isVisible());

    // The login screen offers the way out; the administrator takes it.
    click(&window, QStringLiteral("kioskExitButton"));
    QTRY_VERIFY(window.exitDialog());
    dialog = qobject_cast<ui::AdminExitDialog*>(window.exitDialog());
    type(dialog, QStringLiteral("exitUserId"), QStringLiteral("admin"));
    type(dialog, QStringLiteral("exitPassword"), kPassword);
    click(dialog, QStringLiteral("confirmExitButton"));
    QTRY_VERIFY(!window.isVisible());
    // Each attempt is in the record like any authentication.
    record::EventQuery q;
    q.type = record::types::kLoginFailed;
    QVERIFY(!demo_->station().journal().events(q).empty());
}

QTEST_MAIN(TestHmiKiosk)
#include "test_hmi_kiosk.moc"
