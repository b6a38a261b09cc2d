#pragma once

// The demo site of the tests that run the demo scripts (resources/scripts/*.batch) through
// batchctl, set up the way a site would: the three live balances of the demo MBRs as
// `batchctl balance simulate` processes on real pseudo-terminals, every instrument the
// scripts name registered in the instrument master with `batchctl instrument add` (the
// balances with their ports, marked simulated), the released lots and clean calibrated
// equipment of core/station/DemoSite, and the script clock kept on one day. Used by
// test_batch_cli and by the review demo (ReviewDemo.h), so both run against one site.
//
// The store (station.db, station.key), the password files (<user>.pw) and the clock file
// live in one directory; the store and its users exist before the instruments are added.
// The simulators end when stopBalances() is called or the fixture is destroyed.
#include "CliRunner.h"
#include "station/DemoSite.h"
#include "station/Station.h"

#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <QtTest>

#include <exception>
#include <memory>
#include <tuple>
#include <vector>

namespace demosite {

inline const QString kBatchctl = QStringLiteral(BATCH_BINARY_DIR "/app/batchctl/batchctl");
inline const QString kTestClock =
    QStringLiteral(BATCH_BINARY_DIR "/tests/integration/batchctl_testclock");

class DemoSiteFixture {
public:
    DemoSiteFixture(QString directory, QByteArray passphrase)
        : dir_(std::move(directory)), passphrase_(std::move(passphrase)) {}
    DemoSiteFixture(const DemoSiteFixture&) = delete;
    DemoSiteFixture& operator=(const DemoSiteFixture&) = delete;
    ~DemoSiteFixture() { stopBalances(); }

    QString path(const QString& name) const { return QDir(dir_).filePath(name); }
    QString db() const { return path(QStringLiteral("station.db")); }
    QStringList store() const {
        return {QStringLiteral("--db"), db(), QStringLiteral("--key-file"),
                path(QStringLiteral("station.key"))};
    }
    QStringList as(const QString& user) const {
        return {QStringLiteral("--as"), user, QStringLiteral("--password-file"),
                path(user + QStringLiteral(".pw"))};
    }
    // batchctl and batchctl_testclock run with the site's clock file.
    QProcessEnvironment environment() const {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("BATCHCTL_TEST_CLOCK_FILE"), path(QStringLiteral("clock")));
        return env;
    }
    // Writes the store's key file (before `batchctl init`).
    bool writeKey() const {
        return writeFile(path(QStringLiteral("station.key")), passphrase_ + "\n");
    }

    // The scripts' clock (batchctl_testclock) stays on the day it starts: after 20:00 it
    // jumps to 06:00 of the next day, so that the daily checks a script records at its
    // start and the weighings after its long waits fall on one date (the weighing rules
    // want today's daily check). It only moves forward. Call before the first script.
    bool keepScriptClockOnOneDay() const {
        const QDateTime now = QDateTime::currentDateTime();
        if (now.time().hour() < 20)
            return true;
        return writeFile(
            path(QStringLiteral("clock")),
            QByteArray::number(QDateTime(now.date().addDays(1), QTime(6, 0)).toMSecsSinceEpoch() -
                               now.toMSecsSinceEpoch()));
    }

    // Starts the simulators of the demo balances (BAL-300-01 MT-SICS 300 kg, BAL-6K-02 SBI
    // 6.2 kg, BAL-ANA-01 A&D 220 g in mg). Returns an error text, empty on success.
    QString startBalances() {
        for (const Balance& b : batch::demo::demoBalances()) {
            const QString failed = startSimulator(b);
            if (!failed.isEmpty())
                return failed;
        }
        return {};
    }

    // Registers every instrument of the demo scripts as `admin`: the balances with their
    // protocol and pty (simulated), the instruments that are read off without a
    // connection. Calibrated a month ago, due in eleven months. Error text or empty.
    QString registerInstruments() const {
        QString failure;
        const auto add = [&](const QStringList& args) {
            if (!failure.isEmpty())
                return;
            const CliResult r = runTool(kBatchctl, args, environment());
            if (r.code != 0)
                failure = QStringLiteral("instrument add: ") + r.all();
        };
        for (const Balance& b : batch::demo::demoBalances())
            add(instrument(b.id, QStringLiteral("balance"), b.instrumentClass, b.serialNumber)
                << QStringLiteral("--unit") << b.unit << QStringLiteral("--capacity") << b.capacity
                << QStringLiteral("--readability") << b.readability
                << QStringLiteral("--min-weight") << b.minimumWeight << QStringLiteral("--protocol")
                << b.protocol << QStringLiteral("--port") << path(linkOf(b))
                << QStringLiteral("--simulated"));
        for (const auto& [id, type, klass, unit] :
             {std::tuple{"MA-LOD-01", "moisture_analyser", "MA-LOD", "%"},
              std::tuple{"TT-01", "tablet_tester", "TAB-TESTER", ""},
              std::tuple{"PH-01", "ph_meter", "PH-METER", "pH"},
              std::tuple{"FIT-01", "integrity_tester", "FIT-TESTER", "bar"},
              std::tuple{"CW-01", "checkweigher", "CHECKWEIGHER", "g"}})
            add(instrument(QString::fromLatin1(id), QString::fromLatin1(type),
                           QString::fromLatin1(klass),
                           QStringLiteral("SN-") + QString::fromLatin1(id))
                << QStringLiteral("--unit") << QString::fromLatin1(unit));
        return failure;
    }

    // The lots and equipment of core/station/DemoSite, through the repositories directly
    // (a batchctl call per lot would cost a PBKDF2 each), lots released by `qaId`. Never
    // while batchctl runs. Returns an error text, empty on success.
    QString seedMasterData(const QString& adminId, const QString& qaId) const {
        return withStation([&](batch::Station& station) {
            const auto admin = station.users().find(adminId);
            const auto qa = station.users().find(qaId);
            if (!admin || !qa)
                return QStringLiteral("no user %1 or %2 for the master data").arg(adminId, qaId);
            batch::demo::addDemoMasterData(station, *admin, *qa);
            return QString();
        });
    }
    // Cleans the equipment of one demo MBR that is dirty (new, or left by the previous
    // batch), as `by`. Never while batchctl runs. Returns an error text, empty on success.
    QString cleanEquipment(const QString& mbrId, const QString& by) const {
        return withStation([&](batch::Station& station) {
            const auto user = station.users().find(by);
            if (!user)
                return QStringLiteral("no user %1 to clean the equipment").arg(by);
            batch::demo::cleanDemoEquipment(station, *user, mbrId);
            return QString();
        });
    }

    // Stops the simulators with SIGTERM, the way an operator ends them. Returns what did
    // not end cleanly (exit code 0, pty link removed); empty when all did.
    QString stopBalances() {
        QStringList unclean;
        for (Running& s : simulators_) {
            s.process->terminate();
            if (!s.process->waitForFinished(10'000)) {
                s.process->kill();
                s.process->waitForFinished(5'000);
                unclean << s.link + QStringLiteral(" (killed)");
            } else if (s.process->exitStatus() != QProcess::NormalExit ||
                       s.process->exitCode() != 0) {
                unclean << QStringLiteral("%1 (exit %2)").arg(s.link).arg(s.process->exitCode());
            } else if (QFileInfo::exists(s.link)) {
                unclean << s.link + QStringLiteral(" (link left behind)");
            }
        }
        simulators_.clear();
        return unclean.isEmpty() ? QString()
                                 : QStringLiteral("simulators not stopped cleanly: ") +
                                       unclean.join(QStringLiteral(", "));
    }

private:
    using Balance = batch::demo::DemoBalance;
    struct Running {
        std::unique_ptr<QProcess> process;
        QString link;
    };

    // The simulators' pty links in the fixture's directory, named after the balance.
    static QString linkOf(const Balance& b) { return b.id.toLower(); }

    // One simulator process; returns once its pty link and control socket exist.
    QString startSimulator(const Balance& b) {
        auto p = std::make_unique<QProcess>();
        p->setProcessChannelMode(QProcess::ForwardedErrorChannel);
        p->setStandardOutputFile(QProcess::nullDevice());
        const QString link = path(linkOf(b));
        p->start(
            kBatchctl,
            QStringList{QStringLiteral("balance"), QStringLiteral("simulate"),
                        QStringLiteral("--pty"), link, QStringLiteral("--settle-ms"),
                        QStringLiteral("40"), QStringLiteral("--protocol"), b.protocol,
                        QStringLiteral("--serial"), b.serialNumber, QStringLiteral("--capacity"),
                        b.capacity, QStringLiteral("--readability"), b.readability,
                        QStringLiteral("--unit"), b.unit});
        if (!p->waitForStarted(10'000))
            return QStringLiteral("balance simulator %1 did not start").arg(b.id);
        QProcess* started = p.get();
        simulators_.push_back({std::move(p), link});
        const bool ready = QTest::qWaitFor(
            [&] {
                return started->state() == QProcess::Running && QFileInfo::exists(link) &&
                       QFileInfo::exists(link + QStringLiteral(".ctl"));
            },
            20'000);
        return ready ? QString()
                     : QStringLiteral("balance simulator %1 has no pty %2").arg(b.id, link);
    }

    template <typename Body>
    QString withStation(Body&& body) const {
        try {
            auto station = batch::Station::open(db(), passphrase_);
            return body(*station);
        } catch (const std::exception& e) {
            return QString::fromUtf8(e.what());
        }
    }

    QStringList instrument(const QString& id, const QString& type, const QString& klass,
                           const QString& serial) const {
        return QStringList{QStringLiteral("instrument"), QStringLiteral("add")}
               << store() << as(QStringLiteral("admin")) << QStringLiteral("--id") << id
               << QStringLiteral("--type") << type << QStringLiteral("--model")
               << (QStringLiteral("Demo ") + type) << QStringLiteral("--serial") << serial
               << QStringLiteral("--class") << klass << QStringLiteral("--location")
               << QStringLiteral("Suite A") << QStringLiteral("--calibrated-on")
               << QDate::currentDate().addMonths(-1).toString(Qt::ISODate)
               << QStringLiteral("--calibration-due")
               << QDate::currentDate().addMonths(11).toString(Qt::ISODate)
               << QStringLiteral("--certificate") << (QStringLiteral("CAL-") + id)
               << QStringLiteral("--reason") << QStringLiteral("commissioning");
    }

    QString dir_;
    QByteArray passphrase_;
    std::vector<Running> simulators_;
};

}  // namespace demosite
