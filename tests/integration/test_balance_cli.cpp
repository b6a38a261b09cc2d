// `batchctl balance ...` and `batchctl instrument ...` as a user runs them: simulators
// started with `balance simulate` (controlled over stdin and the control socket),
// `balance read` printing JSON lines for each protocol, tare/zero/info, the production
// guard (a pty is refused unless --simulator; no simulator under /dev), timeouts, and the
// instrument master commands with their permissions.
#include "simulator/SimulatorControl.h"

#include <QDate>
#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

#include <memory>

namespace {

const QString kBatchctl = QStringLiteral(BATCH_BINARY_DIR "/app/batchctl/batchctl");

struct Result {
    int code = -1;
    QString out;
    QString err;
};

Result run(const QStringList& args, int timeoutMs = 60'000) {
    QProcess p;
    p.start(kBatchctl, args);
    Result r;
    if (!p.waitForFinished(timeoutMs)) {
        p.kill();
        p.waitForFinished();
        return r;
    }
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err = QString::fromUtf8(p.readAllStandardError());
    r.code = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    return r;
}

QList<QJsonObject> jsonLines(const QString& out) {
    QList<QJsonObject> lines;
    for (const QString& l : out.split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
        QJsonParseError e{};
        const QJsonDocument d = QJsonDocument::fromJson(l.toUtf8(), &e);
        if (e.error != QJsonParseError::NoError || !d.isObject())
            qFatal("not a JSON object line: %s", qPrintable(l));
        lines.append(d.object());
    }
    return lines;
}

}  // namespace

class TestBalanceCli : public QObject {
    Q_OBJECT
private:
    QTemporaryDir dir_;
    std::vector<std::unique_ptr<QProcess>> sims_;

    QString path(const QString& name) const { return dir_.filePath(name); }

    QProcess* simulate(const QString& name, const QStringList& args) {
        auto p = std::make_unique<QProcess>();
        p->start(kBatchctl, QStringList{QStringLiteral("balance"), QStringLiteral("simulate"),
                                        QStringLiteral("--pty"), path(name),
                                        QStringLiteral("--settle-ms"), QStringLiteral("30")} +
                                args);
        if (!p->waitForStarted(10'000) ||
            !QTest::qWaitFor([&] { return QFileInfo::exists(path(name) + QStringLiteral(".ctl")); },
                             10'000))
            return nullptr;
        sims_.push_back(std::move(p));
        return sims_.back().get();
    }

    QByteArray control(const QString& name, const QByteArray& command) {
        QString error;
        const QByteArray reply = batch::devices::sim::sendControlCommand(
            path(name) + QStringLiteral(".ctl"), command, 5000, &error);
        if (reply.isEmpty())
            qWarning("%s", qPrintable(error));
        return reply;
    }

    QStringList port(const QString& name, const char* protocol) const {
        return {QStringLiteral("--port"), path(name), QStringLiteral("--protocol"),
                QString::fromLatin1(protocol), QStringLiteral("--simulator")};
    }

private Q_SLOTS:
    void initTestCase() {
        QVERIFY(dir_.isValid());
        QVERIFY(simulate(QStringLiteral("mt"),
                         {QStringLiteral("--protocol"), QStringLiteral("mt-sics")}));
        QVERIFY(simulate(
            QStringLiteral("sbi"),
            {QStringLiteral("--protocol"), QStringLiteral("sbi"), QStringLiteral("--autoprint")}));
        QVERIFY(
            simulate(QStringLiteral("and"), {QStringLiteral("--protocol"), QStringLiteral("and")}));
    }

    void cleanupTestCase() {
        for (auto& p : sims_) {
            p->terminate();
            if (!p->waitForFinished(5000))
                p->kill();
            QCOMPARE(p->exitStatus(), QProcess::NormalExit);  // SIGTERM ends it cleanly
        }
        // The simulator removed its link and its control socket.
        QVERIFY(!QFileInfo::exists(path(QStringLiteral("mt"))));
        QVERIFY(!QFileInfo::exists(path(QStringLiteral("mt.ctl"))));
    }

    void readPrintsJsonLines() {
        // Controlled over stdin as well as the socket.
        QProcess* mt = sims_[0].get();
        QByteArray said;
        QVERIFY(QTest::qWaitFor(
            [&] {  // the banner first
                said += mt->readAll();
                return said.contains("\n");
            },
            5000));
        QVERIFY2(said.startsWith("simulating mt-sics on "), said.constData());
        said.remove(0, said.indexOf('\n') + 1);
        mt->write("load 100\n");
        QVERIFY(QTest::qWaitFor(
            [&] {
                said += mt->readAll();
                return said.contains("\n");
            },
            5000));
        QCOMPARE(said, QByteArray("ok\n"));
        const Result r =
            run(QStringList{QStringLiteral("balance"), QStringLiteral("read")}
                << port(QStringLiteral("mt"), "mt-sics") << QStringLiteral("--stable")
                << QStringLiteral("--count") << QStringLiteral("2") << QStringLiteral("--json"));
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const QList<QJsonObject> lines = jsonLines(r.out);
        QCOMPARE(lines.size(), 2);
        for (const QJsonObject& o : lines) {
            QCOMPARE(o.value(QStringLiteral("value")).toDouble(), 100.0);
            QCOMPARE(o.value(QStringLiteral("unit")).toString(), QStringLiteral("g"));
            QCOMPARE(o.value(QStringLiteral("stable")).toBool(), true);
            QCOMPARE(o.value(QStringLiteral("raw")).toString(), QStringLiteral("S S     100.00 g"));
            QVERIFY(
                QDateTime::fromString(o.value(QStringLiteral("t")).toString(), Qt::ISODateWithMs)
                    .isValid());
        }
        // The value keeps the balance's digits: 100.00, not 100.
        QVERIFY2(r.out.contains(QStringLiteral("\"value\":100.00,")), qPrintable(r.out));
    }

    void streamPrintsEveryReading() {
        QCOMPARE(control(QStringLiteral("mt"), "rate 20"), QByteArray("ok"));
        const Result r =
            run(QStringList{QStringLiteral("balance"), QStringLiteral("read")}
                << port(QStringLiteral("mt"), "mt-sics") << QStringLiteral("--stream")
                << QStringLiteral("--count") << QStringLiteral("5") << QStringLiteral("--json"));
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QCOMPARE(jsonLines(r.out).size(), 5);
        // SBI auto print and the A&D standard format, too.
        QCOMPARE(control(QStringLiteral("sbi"), "load 12.5"), QByteArray("ok"));
        QCOMPARE(control(QStringLiteral("and"), "load 12.5"), QByteArray("ok"));
        QTest::qWait(500);
        const Result sbi =
            run(QStringList{QStringLiteral("balance"), QStringLiteral("read")}
                << port(QStringLiteral("sbi"), "sbi") << QStringLiteral("--stream")
                << QStringLiteral("--count") << QStringLiteral("3") << QStringLiteral("--json"));
        QVERIFY2(sbi.code == 0, qPrintable(sbi.err));
        const QList<QJsonObject> s = jsonLines(sbi.out);
        QCOMPARE(s.size(), 3);
        QCOMPARE(s.back().value(QStringLiteral("raw")).toString(),
                 QStringLiteral("+    12.50 g  "));
        const Result andd = run(QStringList{QStringLiteral("balance"), QStringLiteral("read")}
                                << port(QStringLiteral("and"), "and") << QStringLiteral("--json"));
        QVERIFY2(andd.code == 0, qPrintable(andd.err));
        QCOMPARE(jsonLines(andd.out).front().value(QStringLiteral("raw")).toString(),
                 QStringLiteral("ST,+00012.50  g"));
    }

    void tareZeroAndInfo() {
        Result r = run(QStringList{QStringLiteral("balance"), QStringLiteral("tare")}
                       << port(QStringLiteral("mt"), "mt-sics"));
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(QStringLiteral("tare 100.00 g")), qPrintable(r.out));
        r = run(QStringList{QStringLiteral("balance"), QStringLiteral("info")}
                << port(QStringLiteral("and"), "and") << QStringLiteral("--json"));
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const QJsonObject info = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(info.value(QStringLiteral("serial_number")).toString(),
                 QStringLiteral("B021002593"));
        QCOMPARE(info.value(QStringLiteral("protocol")).toString(), QStringLiteral("and"));
        QCOMPARE(control(QStringLiteral("and"), "remove"), QByteArray("ok"));
        QTest::qWait(400);
        r = run(QStringList{QStringLiteral("balance"), QStringLiteral("zero")}
                << port(QStringLiteral("and"), "and"));
        QVERIFY2(r.code == 0, qPrintable(r.err));
        // A serial number other than the one expected: refused.
        r = run(QStringList{QStringLiteral("balance"), QStringLiteral("read")}
                << port(QStringLiteral("mt"), "mt-sics") << QStringLiteral("--expect-serial")
                << QStringLiteral("OTHER"));
        QCOMPARE(r.code, 1);
        QVERIFY(r.err.contains(QStringLiteral("does not match")));
    }

    void productionGuard() {
        // Without --simulator the driver will not talk to a pseudo-terminal.
        Result r = run({QStringLiteral("balance"), QStringLiteral("read"), QStringLiteral("--port"),
                        path(QStringLiteral("mt")), QStringLiteral("--protocol"),
                        QStringLiteral("mt-sics")});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QStringLiteral("pseudo-terminal")), qPrintable(r.err));
        // A simulator never takes the place of a device node.
        r = run({QStringLiteral("balance"), QStringLiteral("simulate"),
                 QStringLiteral("--protocol"), QStringLiteral("mt-sics"), QStringLiteral("--pty"),
                 QStringLiteral("/dev/ttyUSB7")});
        QCOMPARE(r.code, 2);
        QVERIFY(r.err.contains(QStringLiteral("/dev")));
    }

    void controlCommandsAndTimeouts() {
        QCOMPARE(control(QStringLiteral("mt"), "status").left(2), QByteArray("ok"));
        QVERIFY(control(QStringLiteral("mt"), "launch rockets").startsWith("error:"));
        QVERIFY(control(QStringLiteral("mt"), "noise -1").startsWith("error:"));
        QCOMPARE(control(QStringLiteral("mt"), "garbage \\x00junk\\r\\n"),
                 QByteArray("ok 7 bytes"));
        QCOMPARE(control(QStringLiteral("mt"), "mute on"), QByteArray("ok"));
        Result r = run(QStringList{QStringLiteral("balance"), QStringLiteral("read")}
                       << port(QStringLiteral("mt"), "mt-sics") << QStringLiteral("--timeout-ms")
                       << QStringLiteral("1500"));
        QCOMPARE(r.code, 1);  // a silent balance: an error, never a weight
        QVERIFY(r.out.isEmpty());
        QCOMPARE(control(QStringLiteral("mt"), "mute off"), QByteArray("ok"));
        QCOMPARE(control(QStringLiteral("mt"), "load 300"), QByteArray("ok"));
        QTest::qWait(500);
        r = run(QStringList{QStringLiteral("balance"), QStringLiteral("read")}
                << port(QStringLiteral("mt"), "mt-sics") << QStringLiteral("--json"));
        QCOMPARE(r.code, 0);
        QCOMPARE(jsonLines(r.out).front().value(QStringLiteral("error")).toString(),
                 QStringLiteral("overload"));
        r = run({QStringLiteral("balance"), QStringLiteral("read"), QStringLiteral("--port"),
                 path(QStringLiteral("no-such-scale")), QStringLiteral("--protocol"),
                 QStringLiteral("hid-pos"), QStringLiteral("--timeout-ms"), QStringLiteral("800")});
        QCOMPARE(r.code, 1);
        QVERIFY(r.err.contains(QStringLiteral("timeout")));
    }

    void instrumentCommands() {
        const QString db = path(QStringLiteral("station.db"));
        const auto write = [&](const QString& name, const QByteArray& content) {
            QFile f(path(name));
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(content);
        };
        write(QStringLiteral("key"), "instrument cli key\n");
        write(QStringLiteral("admin.pw"), "Admin-Passw0rd-2026\n");
        write(QStringLiteral("op1.pw"), "Op1-Passw0rd-2026\n");
        write(QStringLiteral("op1.tmp"), "Temporary-0001\n");
        const QStringList store{QStringLiteral("--db"), db, QStringLiteral("--key-file"),
                                path(QStringLiteral("key"))};
        const auto as = [&](const char* user) {
            return QStringList{QStringLiteral("--as"), QString::fromLatin1(user),
                               QStringLiteral("--password-file"),
                               path(QString::fromLatin1(user) + QStringLiteral(".pw"))};
        };
        QCOMPARE(run(QStringList{QStringLiteral("init")}
                     << store << QStringLiteral("--station") << QStringLiteral("ST01")
                     << QStringLiteral("--admin") << QStringLiteral("admin")
                     << QStringLiteral("--admin-name") << QStringLiteral("Ada Admin")
                     << QStringLiteral("--admin-password-file") << path(QStringLiteral("admin.pw")))
                     .code,
                 0);
        QCOMPARE(run(QStringList{QStringLiteral("user"), QStringLiteral("add")}
                     << store << as("admin") << QStringLiteral("--id") << QStringLiteral("op1")
                     << QStringLiteral("--name") << QStringLiteral("Olga Operator")
                     << QStringLiteral("--roles") << QStringLiteral("operator")
                     << QStringLiteral("--initial-password-file") << path(QStringLiteral("op1.tmp"))
                     << QStringLiteral("--reason") << QStringLiteral("new"))
                     .code,
                 0);
        QCOMPARE(run(QStringList{QStringLiteral("user"), QStringLiteral("passwd")}
                     << store << QStringLiteral("--id") << QStringLiteral("op1")
                     << QStringLiteral("--old-password-file") << path(QStringLiteral("op1.tmp"))
                     << QStringLiteral("--new-password-file") << path(QStringLiteral("op1.pw")))
                     .code,
                 0);
        const QStringList balance{QStringLiteral("--id"),          QStringLiteral("BAL-1"),
                                  QStringLiteral("--type"),        QStringLiteral("balance"),
                                  QStringLiteral("--model"),       QStringLiteral("XS205"),
                                  QStringLiteral("--serial"),      QStringLiteral("B021002593"),
                                  QStringLiteral("--class"),       QStringLiteral("BAL-ANA"),
                                  QStringLiteral("--location"),    QStringLiteral("Lab 2"),
                                  QStringLiteral("--unit"),        QStringLiteral("g"),
                                  QStringLiteral("--capacity"),    QStringLiteral("220"),
                                  QStringLiteral("--readability"), QStringLiteral("0.01"),
                                  QStringLiteral("--min-weight"),  QStringLiteral("0.5"),
                                  QStringLiteral("--protocol"),    QStringLiteral("mt-sics"),
                                  QStringLiteral("--port"),        QStringLiteral("/dev/ttyUSB0"),
                                  QStringLiteral("--reason"),      QStringLiteral("commissioning")};
        Result r = run(QStringList{QStringLiteral("instrument"), QStringLiteral("add")}
                       << store << as("op1") << balance);
        QCOMPARE(r.code, 1);  // an operator does not manage master data
        QVERIFY2(r.err.contains(QStringLiteral("manage_master_data")), qPrintable(r.err));
        r = run(QStringList{QStringLiteral("instrument"), QStringLiteral("add")}
                << store << as("admin") << balance);
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const QString today = QDate::currentDate().toString(Qt::ISODate);
        r = run(QStringList{QStringLiteral("instrument"), QStringLiteral("calibrate")}
                << store << as("admin") << QStringLiteral("--id") << QStringLiteral("BAL-1")
                << QStringLiteral("--calibrated-on") << today << QStringLiteral("--due")
                << QDate::currentDate().addYears(1).toString(Qt::ISODate)
                << QStringLiteral("--certificate") << QStringLiteral("C-77")
                << QStringLiteral("--reason") << QStringLiteral("annual"));
        QVERIFY2(r.code == 0, qPrintable(r.err));
        r = run(QStringList{QStringLiteral("instrument"), QStringLiteral("daily-check")}
                << store << as("op1") << QStringLiteral("--id") << QStringLiteral("BAL-1")
                << QStringLiteral("--result") << QStringLiteral("pass") << QStringLiteral("--note")
                << QStringLiteral("200 g: 200.00"));
        QVERIFY2(r.code == 0, qPrintable(r.err));
        r = run(QStringList{QStringLiteral("instrument"), QStringLiteral("set")}
                << store << as("admin") << QStringLiteral("--id") << QStringLiteral("BAL-1")
                << QStringLiteral("--state") << QStringLiteral("out_of_service")
                << QStringLiteral("--reason") << QStringLiteral("draught shield broken"));
        QVERIFY2(r.code == 0, qPrintable(r.err));
        r = run(QStringList{QStringLiteral("instrument"), QStringLiteral("list")}
                << store << as("op1") << QStringLiteral("--json"));
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const QJsonArray all = QJsonDocument::fromJson(r.out.toUtf8()).array();
        QCOMPARE(all.size(), 1);
        const QJsonObject b = all[0].toObject();
        QCOMPARE(b.value(QStringLiteral("state")).toString(), QStringLiteral("out_of_service"));
        QCOMPARE(b.value(QStringLiteral("calibration_certificate")).toString(),
                 QStringLiteral("C-77"));
        QCOMPARE(b.value(QStringLiteral("daily_check"))
                     .toObject()
                     .value(QStringLiteral("by"))
                     .toString(),
                 QStringLiteral("op1"));
        QCOMPARE(b.value(QStringLiteral("version")).toInt(), 4);
        r = run(QStringList{QStringLiteral("instrument"), QStringLiteral("list")} << store
                                                                                  << as("op1"));
        QVERIFY(r.out.contains(QStringLiteral("BAL-1")) &&
                r.out.contains(QStringLiteral("passed")));
        // Every change is in the audit trail as MasterDataChanged.
        r = run(QStringList{QStringLiteral("audit"), QStringLiteral("show")}
                << store << QStringLiteral("--type") << QStringLiteral("MasterDataChanged"));
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QCOMPARE(r.out.count(QStringLiteral("MasterDataChanged")), 4);
        QCOMPARE(run(QStringList{QStringLiteral("audit"), QStringLiteral("verify")} << store).code,
                 0);
    }
};

QTEST_GUILESS_MAIN(TestBalanceCli)
#include "test_balance_cli.moc"
