#pragma once

// Shared by the HMI tests: the demo station as `batchstation --demo` builds it (demo
// store with users, effective MBRs and the demo site's lots and equipment; the devices'
// demo balances on real ptys, registered in the instrument master), driven through
// the real MainWindow offscreen; a clock the test can move forward (the demo MBRs'
// timers last minutes); screenshots that include the dialog on top of the window.
#include "DemoBalances.h"
#include "DemoStore.h"
#include "Language.h"
#include "MainWindow.h"
#include "Theme.h"
#include "instruments/InstrumentHub.h"
#include "security/Session.h"
#include "station/DemoSite.h"
#include "station/Station.h"
#include "store/Database.h"

#include <QAbstractButton>
#include <QApplication>
#include <QDateTime>
#include <QDialog>
#include <QDir>
#include <QLineEdit>
#include <QPainter>
#include <QTemporaryDir>
#include <QtTest>

#include <atomic>
#include <memory>

namespace hmi_test {

inline const QString kPassword = QStringLiteral("Demo-Pass-2026");

// A clock that runs with the wall clock and can be pushed forward (never back).
struct TestClock {
    std::shared_ptr<std::atomic<qint64>> offset = std::make_shared<std::atomic<qint64>>(0);
    batch::record::Clock clock() const {
        auto o = offset;
        return [o] { return QDateTime::currentMSecsSinceEpoch() + o->load(); };
    }
    void advance(qint64 ms) { offset->fetch_add(ms); }
};

struct DemoStation {
    QTemporaryDir dir;
    TestClock clock;
    batch::app::DemoStore store;
    batch::ui::InstrumentHub hub;
    std::unique_ptr<batch::app::DemoBalances> balances;
    std::unique_ptr<batch::security::Session> session;
    batch::ui::LanguageSwitcher languages;

    // `withBalances`: the simulated balances of the demo (ptys and transport threads).
    explicit DemoStation(bool withBalances = true) {
        store = batch::app::DemoStore::openOrCreate(dir.filePath(QStringLiteral("demo")),
                                                    clock.clock());
        if (withBalances) {
            balances = std::make_unique<batch::app::DemoBalances>();
            QString why;
            if (!balances->start(*store.station, &why))
                qFatal("demo balances: %s", qPrintable(why));
            balances->registerWith(hub);
        }
        session = std::make_unique<batch::security::Session>(store.station->users(),
                                                             store.station->journal());
        session->setInactivitySeconds(0);
        languages.setLanguage(QStringLiteral("en"));
    }
    batch::Station& station() { return *store.station; }

    std::unique_ptr<batch::ui::MainWindow> window(QSize size = {1280, 800}) {
        batch::ui::MainWindowOptions options;
        options.instruments = &hub;
        options.languages = &languages;
        options.mbrImageDirs << QStringLiteral(":/demo/mbr");
        options.prepareBatch = [this](const batch::security::User& user, const QString& mbrId) {
            batch::demo::cleanDemoEquipment(station(), user, mbrId);
        };
        options.loginFooterText = [] {
            return QCoreApplication::translate("main", "Demo mode — users %1, password %2")
                .arg(QStringLiteral("admin / qa1 / op1 / op2 / sup1"), kPassword);
        };
        const QString path = store.dbPath;
        const QByteArray key = store.passphrase;
        auto w = std::make_unique<batch::ui::MainWindow>(
            station(), *session,
            [path, key] {
                return batch::store::Database::open(path, key,
                                                    batch::store::OpenMode::OpenExisting);
            },
            options);
        w->resize(size);
        w->show();
        if (!QTest::qWaitForWindowExposed(w.get()))
            qFatal("window not exposed");
        return w;
    }
};

// The top-level widget a test is looking at: the open dialog if there is one.
inline QWidget* activeSurface(QWidget* window) {
    for (QWidget* w : QApplication::topLevelWidgets())
        if (auto* d = qobject_cast<QDialog*>(w); d && d->isVisible())
            return d;
    return window;
}

template <typename T>
T* find(QWidget* root, const QString& name) {
    for (QWidget* w : QApplication::topLevelWidgets()) {
        if (!w->isVisible() && w != root)
            continue;
        if (w->objectName() == name)
            if (T* t = qobject_cast<T*>(w))
                return t;
        for (T* t : w->findChildren<T*>(name))
            if (t->isVisible())
                return t;
    }
    return nullptr;
}

inline void click(QWidget* root, const QString& name) {
    auto* b = find<QAbstractButton>(root, name);
    if (!b)
        qFatal("no visible button %s", qPrintable(name));
    if (!b->isEnabled())
        qFatal("button %s is disabled", qPrintable(name));
    QTest::mouseClick(b, Qt::LeftButton);
}

inline void type(QWidget* root, const QString& field, const QString& text) {
    auto* f = find<QLineEdit>(root, field);
    if (!f)
        qFatal("no visible field %s", qPrintable(field));
    f->setFocus();
    f->selectAll();
    QTest::keyClicks(f, text);
}

// The window with every visible dialog painted where it is on screen.
inline QImage composite(QWidget* window) {
    QImage image = window->grab().toImage();
    QPainter p(&image);
    for (QWidget* w : QApplication::topLevelWidgets())
        if (w != window && w->isVisible() && qobject_cast<QDialog*>(w)) {
            p.fillRect(image.rect(), QColor(0, 0, 0, 70));  // as a modal dialog dims it
            p.drawPixmap(w->geometry().topLeft() - window->geometry().topLeft(), w->grab());
        }
    return image;
}

inline QString shotDir(const QString& sub) {
    const QString dir = QDir(qEnvironmentVariable("BATCH_TEST_TMP", QDir::tempPath()))
                            .filePath(QStringLiteral("screenshots/") + sub);
    QDir().mkpath(dir);
    return dir;
}

}  // namespace hmi_test
