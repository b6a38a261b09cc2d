// The real screens, driven offscreen against a real encrypted store (Station::create in a
// temporary directory): sign-in, home tiles per role, the audit trail viewer with its
// filters and integrity check (also after tampering behind the app's back), the lock
// screen and the forced password change. Renders screenshots of every screen at
// 1280x800 and 1920x1080 into $BATCH_TEST_TMP/screenshots for visual review.
#include "MainWindow.h"
#include "Theme.h"
#include "models/AuditTrailModel.h"
#include "screens/HomeScreen.h"
#include "security/Session.h"
#include "station/Station.h"
#include "store/Database.h"
#include "widgets/StatusBanner.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QTemporaryDir>
#include <QTextBrowser>
#include <QTranslator>
#include <QtTest>

#include <memory>

using namespace batch;
using Page = ui::MainWindow::Page;

namespace {

const QByteArray kPassphrase = "gui test passphrase";
// The demo station's users and password, so that the screenshots match `batchstation --demo`.
const QString kPassword = QStringLiteral("Demo-Pass-2026");
const QString kAdminPassword = kPassword;
const QString kDemoFooter =
    QStringLiteral("Demo mode — users admin / qa1 / op1 / sup1, password Demo-Pass-2026");
const QString kOneTime = QStringLiteral("One-Time-0001");
const QString kForcedTemp = QStringLiteral("Reset-Temp-0042");

}  // namespace

class TestGuiScreens : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void wrongPasswordShowsError();
    void qaReachesHomeWithAuditTile();
    void operatorSeesNoAuditTile();
    void adminSeesUsers();
    void auditViewerFilters();
    void lockButtonShowsLockScreen();
    void operatorCannotUnlockAnothersSession();
    void adminMaySwitchIntoLockedSession();
    void inactivityLocks();
    void forcedPasswordChange();
    void germanTranslation();
    void verifyIntegrityThenDetectTampering();  // last: it breaks the chain

private:
    template <typename T>
    T* child(const char* name) {
        T* w = window_->findChild<T*>(QString::fromLatin1(name));
        if (!w)
            qFatal("no child widget named %s", name);
        return w;
    }
    ui::ReadConnectionFactory readConnection() const {
        return [path = dbPath_] {
            return store::Database::open(path, kPassphrase, store::OpenMode::ReadOnly);
        };
    }
    void signIn(const QString& id, const QString& password);
    void click(const char* name);
    void screenshot(const QString& name);
    QString bannerText(const char* name) {
        auto* b = child<ui::StatusBanner>(name);
        return b->isVisible() ? b->text() : QString();
    }

    QTemporaryDir dir_;
    QString dbPath_;
    QString shotDir_;
    std::unique_ptr<Station> station_;
    std::unique_ptr<security::Session> session_;
    std::unique_ptr<ui::MainWindow> window_;
};

void TestGuiScreens::initTestCase() {
    ui::applyTheme(*qApp);
    QVERIFY(dir_.isValid());
    const QString tmp = qEnvironmentVariable("BATCH_TEST_TMP", dir_.path());
    shotDir_ = QDir(tmp).filePath(QStringLiteral("screenshots"));
    QVERIFY(QDir().mkpath(shotDir_));

    dbPath_ = dir_.filePath(QStringLiteral("station.db"));
    station_ = Station::create(dbPath_, kPassphrase, QStringLiteral("ST01"),
                               QStringLiteral("admin"), QStringLiteral("System Administrator"),
                               kAdminPassword);
    auto& users = station_->users();
    const security::User admin = *users.find(QStringLiteral("admin"));
    struct U {
        const char* id;
        const char* name;
        security::Role role;
    };
    for (const U& u : {U{"qa1", "Quinn QA", security::Role::Qa},
                       U{"op1", "Olivia Operator", security::Role::Operator},
                       U{"sup1", "Sam Supervisor", security::Role::Supervisor}}) {
        const QString id = QString::fromLatin1(u.id);
        users.addUser(admin, id, QString::fromLatin1(u.name), {u.role}, kOneTime,
                      QStringLiteral("test set-up"));
        users.changePassword(id, kOneTime, kPassword);
    }
    // Left with the forced change pending, as after an administrator's reset.
    users.addUser(admin, QStringLiteral("new1"), QStringLiteral("Nina Newcomer"),
                  {security::Role::Operator}, kForcedTemp, QStringLiteral("test set-up"));
}

void TestGuiScreens::init() {
    session_ = std::make_unique<security::Session>(station_->users(), station_->journal());
    ui::MainWindowOptions options;
    options.loginFooter = kDemoFooter;
    window_ = std::make_unique<ui::MainWindow>(*station_, *session_, readConnection(), options);
    window_->resize(1280, 800);
    window_->show();
    QVERIFY(QTest::qWaitForWindowExposed(window_.get()));
    QCOMPARE(window_->page(), Page::Login);
}

void TestGuiScreens::cleanup() {
    window_.reset();
    if (session_ && session_->isSignedIn())
        session_->logout();
    session_.reset();
}

void TestGuiScreens::signIn(const QString& id, const QString& password) {
    child<QLineEdit>("loginUserId")->setText(id);
    child<QLineEdit>("loginPassword")->setText(password);
    click("signInButton");
}

void TestGuiScreens::click(const char* name) {
    QWidget* w = window_->findChild<QAbstractButton*>(QString::fromLatin1(name));
    QVERIFY2(w, name);
    QVERIFY2(w->isVisible(), name);
    QTest::mouseClick(w, Qt::LeftButton);
}

// Grabs the whole window at both reference sizes; the files are reviewed by eye.
void TestGuiScreens::screenshot(const QString& name) {
    for (const QSize size : {QSize(1280, 800), QSize(1920, 1080)}) {
        window_->resize(size);
        QCoreApplication::processEvents();
        QTest::qWait(30);
        const QString file = QDir(shotDir_).filePath(
            QStringLiteral("%1-%2x%3.png").arg(name).arg(size.width()).arg(size.height()));
        QVERIFY2(window_->grab().save(file), qPrintable(file));
    }
    window_->resize(1280, 800);
    QCoreApplication::processEvents();
}

void TestGuiScreens::wrongPasswordShowsError() {
    QCOMPARE(child<QLabel>("loginFooter")->text(), kDemoFooter);
    QVERIFY(child<QLabel>("loginStation")->text().contains(QStringLiteral("ST01")));
    screenshot(QStringLiteral("login"));

    signIn(QStringLiteral("qa1"), QStringLiteral("not-the-password"));
    QCOMPARE(window_->page(), Page::Login);
    QVERIFY(!bannerText("loginError").isEmpty());
    auto* attempts = child<QLabel>("loginAttempts");
    QVERIFY(attempts->isVisible());
    QVERIFY2(attempts->text().contains(QLatin1Char('4')), qPrintable(attempts->text()));
    QVERIFY(child<QLineEdit>("loginPassword")->text().isEmpty());
    screenshot(QStringLiteral("login-error"));
    QVERIFY(!session_->isSignedIn());
}

void TestGuiScreens::qaReachesHomeWithAuditTile() {
    signIn(QStringLiteral("qa1"), kPassword);
    QCOMPARE(window_->page(), Page::Home);
    const QStringList tiles = window_->findChild<ui::HomeScreen*>()->visibleTiles();
    QVERIFY(tiles.contains(QStringLiteral("auditTile")));
    QVERIFY(!tiles.contains(QStringLiteral("usersTile")));
    QCOMPARE(child<QLabel>("HeaderUser")->text(), QStringLiteral("Quinn QA"));
    QVERIFY(child<QLabel>("HeaderDetail")->text().contains(QStringLiteral("qa1")));
    QVERIFY(child<QLabel>("statusStation")->text().contains(QStringLiteral("ST01")));
    QCOMPARE(window_->breadcrumb(), QStringLiteral("Home"));
    screenshot(QStringLiteral("home"));

    click("signOutButton");
    QCOMPARE(window_->page(), Page::Login);
    QVERIFY(!session_->isSignedIn());
}

void TestGuiScreens::operatorSeesNoAuditTile() {
    signIn(QStringLiteral("op1"), kPassword);
    QCOMPARE(window_->page(), Page::Home);
    const QStringList tiles = window_->findChild<ui::HomeScreen*>()->visibleTiles();
    QVERIFY(!tiles.contains(QStringLiteral("auditTile")));
    QVERIFY(!tiles.contains(QStringLiteral("usersTile")));
    QVERIFY(tiles.contains(QStringLiteral("passwordTile")));
    screenshot(QStringLiteral("home-operator"));
}

void TestGuiScreens::adminSeesUsers() {
    signIn(QStringLiteral("admin"), kAdminPassword);
    QCOMPARE(window_->page(), Page::Home);
    click("usersTile");
    QCOMPARE(window_->page(), Page::Users);
    QCOMPARE(child<QTableView>("usersTable")->model()->rowCount(), 5);
    QVERIFY(window_->breadcrumb().contains(QStringLiteral("Users")));
    screenshot(QStringLiteral("users"));
    click("homeButton");
    QCOMPARE(window_->page(), Page::Home);
}

void TestGuiScreens::auditViewerFilters() {
    signIn(QStringLiteral("qa1"), kPassword);
    click("auditTile");
    QCOMPARE(window_->page(), Page::AuditTrail);
    QVERIFY(window_->breadcrumb().contains(QStringLiteral("Audit trail")));
    auto* table = child<QTableView>("auditTable");
    auto* model = qobject_cast<ui::AuditTrailModel*>(table->model());
    QVERIFY(model);
    const int all = model->rowCount();
    QVERIFY(all > 5);

    auto* type = child<QComboBox>("typeFilter");
    const int userCreated = type->findData(QStringLiteral("UserCreated"));
    QVERIFY(userCreated > 0);
    type->setCurrentIndex(userCreated);
    click("applyFilterButton");
    QCOMPARE(model->rowCount(), 5);  // admin, qa1, op1, sup1, new1
    for (int r = 0; r < model->rowCount(); ++r)
        QCOMPARE(model->eventAt(r).type, QStringLiteral("UserCreated"));

    type->setCurrentIndex(0);
    child<QLineEdit>("userFilter")->setText(QStringLiteral("op1"));
    click("applyFilterButton");
    QVERIFY(model->rowCount() > 0);
    QVERIFY(model->rowCount() < all);
    for (int r = 0; r < model->rowCount(); ++r)
        QCOMPARE(model->eventAt(r).userId, QStringLiteral("op1"));

    // "From date" filters on UTC days: nothing is recorded tomorrow, everything today.
    child<QCheckBox>("sinceEnabled")->setChecked(true);
    const QDate todayUtc = QDateTime::currentDateTimeUtc().date();
    child<QDateEdit>("sinceFilter")->setDate(todayUtc.addDays(1));
    click("applyFilterButton");
    QCOMPARE(model->rowCount(), 0);
    child<QDateEdit>("sinceFilter")->setDate(todayUtc);
    click("applyFilterButton");
    QVERIFY(model->rowCount() > 0);
    child<QCheckBox>("sinceEnabled")->setChecked(false);
    child<QLineEdit>("userFilter")->clear();

    // A change event shows old and new values side by side in the detail pane.
    type->setCurrentIndex(type->findData(QStringLiteral("PasswordChanged")));
    click("applyFilterButton");
    QVERIFY(model->rowCount() >= 1);
    table->selectRow(0);
    const QString detail = child<QTextBrowser>("auditDetail")->toPlainText();
    QVERIFY2(detail.contains(QStringLiteral("Old value")), qPrintable(detail));
    QVERIFY(detail.contains(QStringLiteral("must_change_password")));
    QVERIFY(detail.contains(model->eventAt(0).rowHash.left(16)));

    click("clearFilterButton");
    QVERIFY(model->rowCount() >= all);  // sign-ins since then add events
    // The picture shows a change event with the detail pane filled.
    for (int r = 0; r < model->rowCount(); ++r)
        if (model->eventAt(r).type == QStringLiteral("PasswordChanged")) {
            table->selectRow(r);
            break;
        }
    screenshot(QStringLiteral("audit"));
}

void TestGuiScreens::lockButtonShowsLockScreen() {
    signIn(QStringLiteral("op1"), kPassword);
    QCOMPARE(window_->page(), Page::Home);
    click("lockButton");
    QCOMPARE(window_->page(), Page::Lock);
    QVERIFY(session_->isLocked());
    QVERIFY(child<QLabel>("lockedBy")->text().contains(QStringLiteral("Olivia Operator")));
    screenshot(QStringLiteral("lock"));

    child<QLineEdit>("unlockPassword")->setText(QStringLiteral("wrong-password"));
    click("unlockButton");
    QCOMPARE(window_->page(), Page::Lock);
    QVERIFY(!bannerText("unlockError").isEmpty());
    screenshot(QStringLiteral("lock-error"));

    child<QLineEdit>("unlockPassword")->setText(kPassword);
    click("unlockButton");
    QCOMPARE(window_->page(), Page::Home);
    QVERIFY(!session_->isLocked());
}

void TestGuiScreens::operatorCannotUnlockAnothersSession() {
    signIn(QStringLiteral("qa1"), kPassword);
    click("lockButton");
    QCOMPARE(window_->page(), Page::Lock);
    click("switchUserButton");
    QVERIFY(child<QLineEdit>("unlockUserId")->isVisible());
    child<QLineEdit>("unlockUserId")->setText(QStringLiteral("op1"));
    child<QLineEdit>("unlockPassword")->setText(kPassword);
    click("unlockButton");
    QCOMPARE(window_->page(), Page::Lock);
    QVERIFY(session_->isLocked());
    QCOMPARE(session_->user()->id, QStringLiteral("qa1"));
    QVERIFY(!bannerText("unlockError").isEmpty());
    screenshot(QStringLiteral("lock-switch-refused"));
}

void TestGuiScreens::adminMaySwitchIntoLockedSession() {
    signIn(QStringLiteral("op1"), kPassword);
    click("lockButton");
    click("switchUserButton");
    child<QLineEdit>("unlockUserId")->setText(QStringLiteral("admin"));
    child<QLineEdit>("unlockPassword")->setText(kAdminPassword);
    click("unlockButton");
    QCOMPARE(window_->page(), Page::Home);
    QCOMPARE(session_->user()->id, QStringLiteral("admin"));
    QCOMPARE(child<QLabel>("HeaderUser")->text(), QStringLiteral("System Administrator"));
}

void TestGuiScreens::inactivityLocks() {
    signIn(QStringLiteral("op1"), kPassword);
    QCOMPARE(window_->page(), Page::Home);
    session_->setInactivitySeconds(1);
    QTRY_COMPARE_WITH_TIMEOUT(window_->page(), Page::Lock, 5000);
}

void TestGuiScreens::forcedPasswordChange() {
    signIn(QStringLiteral("new1"), kForcedTemp);
    QCOMPARE(window_->page(), Page::ChangePassword);
    QVERIFY(!session_->isSignedIn());
    screenshot(QStringLiteral("change-password"));

    auto fill = [this](const QString& old, const QString& fresh, const QString& repeat) {
        child<QLineEdit>("oldPassword")->setText(old);
        child<QLineEdit>("newPassword")->setText(fresh);
        child<QLineEdit>("repeatPassword")->setText(repeat);
        click("changePasswordButton");
    };
    fill(kForcedTemp, QStringLiteral("Fresh-Pass-2026"), QStringLiteral("Fresh-Pass-2027"));
    QVERIFY(bannerText("changePasswordError").contains(QStringLiteral("do not match")));
    fill(kForcedTemp, QStringLiteral("short"), QStringLiteral("short"));
    QCOMPARE(window_->page(), Page::ChangePassword);
    const QString policy = bannerText("changePasswordError");
    QVERIFY2(!policy.isEmpty(), "policy refusal not shown");
    screenshot(QStringLiteral("change-password-error"));

    fill(kForcedTemp, QStringLiteral("Fresh-Pass-2026"), QStringLiteral("Fresh-Pass-2026"));
    QCOMPARE(window_->page(), Page::Home);
    QCOMPARE(session_->user()->id, QStringLiteral("new1"));
    QVERIFY(!session_->user()->mustChangePassword);
}

void TestGuiScreens::germanTranslation() {
    QTranslator german;
    QVERIFY(german.load(QStringLiteral(":/i18n/batchstation_de.qm")));
    QCoreApplication::installTranslator(&german);
    // Screens read their texts when built: build a fresh window under the translator.
    window_ = std::make_unique<ui::MainWindow>(*station_, *session_, readConnection(),
                                               ui::MainWindowOptions{});
    window_->resize(1280, 800);
    window_->show();
    QVERIFY(QTest::qWaitForWindowExposed(window_.get()));
    QCOMPARE(child<QPushButton>("signInButton")->text(), QStringLiteral("Anmelden"));
    signIn(QStringLiteral("op1"), QStringLiteral("wrong-password"));
    QCOMPARE(bannerText("loginError"), QStringLiteral("Benutzer-ID oder Passwort ist falsch."));
    screenshot(QStringLiteral("login-de"));
    signIn(QStringLiteral("op1"), kPassword);
    QCOMPARE(window_->page(), Page::Home);
    QVERIFY(child<QLabel>("HeaderDetail")->text().contains(QStringLiteral("Bediener")));
    screenshot(QStringLiteral("home-de"));
    window_.reset();
    QCoreApplication::removeTranslator(&german);
}

void TestGuiScreens::verifyIntegrityThenDetectTampering() {
    signIn(QStringLiteral("qa1"), kPassword);
    click("auditTile");
    QVERIFY(child<QPushButton>("verifyButton")->isVisible());
    click("verifyButton");
    QTRY_VERIFY_WITH_TIMEOUT(bannerText("verifyBanner").startsWith(QStringLiteral(
                                 "Integrity verified")),
                             30000);
    QVERIFY(bannerText("verifyBanner").contains(QStringLiteral("events")));
    screenshot(QStringLiteral("audit-verified"));

    // Behind the application's back: a second connection drops the append-only trigger
    // and rewrites one payload, as an attacker with the key could.
    {
        store::Database db =
            store::Database::open(dbPath_, kPassphrase, store::OpenMode::OpenExisting);
        db.exec("DROP TRIGGER events_refuse_update");
        db.exec("UPDATE events SET payload = '{\"tampered\":true}' "
                "WHERE station_id = 'ST01' AND seq = 3");
    }
    click("verifyButton");
    QTRY_VERIFY_WITH_TIMEOUT(bannerText("verifyBanner").startsWith(QStringLiteral(
                                 "Integrity BROKEN")),
                             30000);
    const QString broken = bannerText("verifyBanner");
    QVERIFY2(broken.contains(QStringLiteral("ST01 seq 3")), qPrintable(broken));
    QCOMPARE(child<ui::StatusBanner>("verifyBanner")->kind(), ui::StatusBanner::Kind::Error);
    screenshot(QStringLiteral("audit-broken"));
}

QTEST_MAIN(TestGuiScreens)
#include "test_gui_screens.moc"
