#pragma once

// The demo batch of the review tests, made the way a site would make it: batchctl creates
// the store, the users and the Effective tablet MBR, the demo site (DemoSiteFixture.h:
// live simulated balances, the instrument master, released lots, clean equipment) is set
// up as for the demo-batch tests, and the scripted operator runs the demo script
// resources/scripts/tablet-500mg.batch, adapted so that the batch carries exactly the
// exceptions the review tests inject: an out-of-limit value, a correction, a manual entry
// where an instrument was expected (under the supervisor's override the script signs,
// which is an exception of its own), a deviation; and QA user qa1 verifies one weighing.
#include "CliRunner.h"
#include "DemoSiteFixture.h"

#include <QDir>
#include <QString>
#include <QStringList>

namespace reviewdemo {

using demosite::kBatchctl;
using demosite::kTestClock;
inline const QString kSource = QStringLiteral(BATCH_SOURCE_DIR);
inline const QString kBatch = QStringLiteral("R-0001");
inline const QByteArray kPassphrase = "review demo passphrase";

inline QString password(const QString& user) {
    return user + QStringLiteral("-Passw0rd-2026");
}

// Users, printed names and roles of the demo.
inline QList<QStringList> users() {
    return {
        {QStringLiteral("op1"), QStringLiteral("Olivia Operator"), QStringLiteral("operator")},
        {QStringLiteral("op2"), QStringLiteral("Otto Second"), QStringLiteral("operator")},
        {QStringLiteral("sup1"), QStringLiteral("Sam Supervisor"), QStringLiteral("supervisor")},
        {QStringLiteral("qa1"), QStringLiteral("Quinn Verifier"), QStringLiteral("qa")},
        {QStringLiteral("qa2"), QStringLiteral("Rita Releaser"), QStringLiteral("qa")}};
}

// The injected exception types, sorted: what the review of the demo batch must list.
inline QStringList injectedExceptionTypes() {
    return {QStringLiteral("correction"), QStringLiteral("deviation"),
            QStringLiteral("manual_entry_where_instrument_expected"),
            QStringLiteral("out_of_limits"), QStringLiteral("override")};
}

// The demo script, changed so that it injects exactly those exceptions: no refused
// actions (every expect-refused line goes), no hold, no late entry (the wait that makes
// the water volume late goes), the LOD inside its alert limits without a deviation (and so
// without its closure), a deviation on the compression run instead, and QA (qa1)
// verifying one weighing. The tablet hardness stays typed by hand under the script's
// supervisor override. Empty if a line to adapt is missing (the demo script changed).
inline QByteArray adaptedScript() {
    const QString original = QString::fromUtf8(
        readFile(kSource + QStringLiteral("/resources/scripts/tablet-500mg.batch")));
    QStringList out;
    int adapted = 0;
    bool sawOverride = false, sawManualHardness = false;
    const QStringList lines = original.split(QLatin1Char('\n'));
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QString& line = lines[i];
        if (line.startsWith(QLatin1String("expect-refused")) ||
            line.startsWith(QLatin1String("hold ")) || line.startsWith(QLatin1String("resume ")) ||
            line.startsWith(QLatin1String("deviation fbd_lod")) ||
            line.startsWith(QLatin1String("approve-deviation fbd_lod")))
            continue;
        if (line.startsWith(QLatin1String("close-deviation fbd_lod"))) {
            ++adapted;
            continue;
        }
        // The wait that puts the water volume past its entry window.
        if (line.startsWith(QLatin1String("wait ")) && i + 1 < lines.size() &&
            lines[i + 1].startsWith(QLatin1String("complete gran_water"))) {
            ++adapted;
            continue;
        }
        if (line.startsWith(QLatin1String("weigh fbd_lod"))) {
            out << QStringLiteral("weigh fbd_lod 1.62 % stable MA-LOD-01 LOD 1.62 %");
            ++adapted;
            continue;
        }
        sawOverride = sawOverride || line.startsWith(QLatin1String("override ipc_hardness "
                                                                   "manual_entry sup1"));
        sawManualHardness =
            sawManualHardness || line.startsWith(QLatin1String("complete ipc_hardness"));
        if (line.startsWith(QLatin1String("complete press_run"))) {
            out << QStringLiteral(
                       "deviation press_run equipment | feeder alarm stopped the press "
                       "for 5 min | feeder reset, tablets of the interval rejected")
                << QStringLiteral("login sup1 sup1.pw")
                << QStringLiteral("approve-deviation press_run sup1 sup1.pw")
                << QStringLiteral("login op1 op1.pw");
            ++adapted;
        }
        if (line.startsWith(QLatin1String("sign w_pcm Verified"))) {
            out << QStringLiteral("sign w_mcc Verified qa1 qa1.pw second check by QA");
            ++adapted;
        }
        out << line;
    }
    const bool complete = adapted == 5 && sawOverride && sawManualHardness;
    return complete ? out.join(QLatin1Char('\n')).toUtf8() : QByteArray();
}

// Creates station.db in `dir` with the finished demo batch; the demo site's simulators
// run only while the script does. Returns an error text, empty on success.
inline QString prepare(const QDir& dir) {
    demosite::DemoSiteFixture site(dir.path(), kPassphrase);
    const QProcessEnvironment env = site.environment();
    const QStringList store = site.store();
    const auto as = [&](const QString& u) { return site.as(u); };
    QString failure;
    const auto run = [&](const QStringList& args, const QString& binary = kBatchctl) {
        if (!failure.isEmpty())
            return;
        const CliResult r = runTool(binary, args, env);
        if (r.code != 0)
            failure = args.join(QLatin1Char(' ')) + QStringLiteral(": ") + r.all();
    };
    site.writeKey();
    QStringList ids{QStringLiteral("admin")};
    for (const QStringList& u : users()) ids << u[0];
    for (const QString& id : ids) {
        writeFile(dir.filePath(id + QStringLiteral(".pw")), password(id).toUtf8() + "\n");
        writeFile(dir.filePath(id + QStringLiteral(".tmp")), "Temporary-0001\n");
    }
    run(QStringList{QStringLiteral("init")}
        << store << QStringLiteral("--station") << QStringLiteral("ST01")
        << QStringLiteral("--admin") << QStringLiteral("admin") << QStringLiteral("--admin-name")
        << QStringLiteral("Ada Admin") << QStringLiteral("--admin-password-file")
        << dir.filePath(QStringLiteral("admin.pw")));
    for (const QStringList& u : users()) {
        run(QStringList{QStringLiteral("user"), QStringLiteral("add")}
            << store << as(QStringLiteral("admin")) << QStringLiteral("--id") << u[0]
            << QStringLiteral("--name") << u[1] << QStringLiteral("--roles") << u[2]
            << QStringLiteral("--initial-password-file")
            << dir.filePath(u[0] + QStringLiteral(".tmp")) << QStringLiteral("--reason")
            << QStringLiteral("setup"));
        run(QStringList{QStringLiteral("user"), QStringLiteral("passwd")}
            << store << QStringLiteral("--id") << u[0] << QStringLiteral("--old-password-file")
            << dir.filePath(u[0] + QStringLiteral(".tmp")) << QStringLiteral("--new-password-file")
            << dir.filePath(u[0] + QStringLiteral(".pw")));
    }
    const QStringList version{QStringLiteral("--mbr-id"), QStringLiteral("MBR-TAB-500"),
                              QStringLiteral("--version"), QStringLiteral("1.0")};
    run(QStringList{QStringLiteral("mbr"), QStringLiteral("import")}
        << store << as(QStringLiteral("admin")) << QStringLiteral("--file")
        << kSource + QStringLiteral("/resources/mbr/tablet-500mg.json"));
    run(QStringList{QStringLiteral("mbr"), QStringLiteral("submit")}
        << store << as(QStringLiteral("admin")) << version);
    run(QStringList{QStringLiteral("mbr"), QStringLiteral("approve")}
        << store << version << QStringLiteral("--author") << QStringLiteral("sup1")
        << QStringLiteral("--author-password-file") << dir.filePath(QStringLiteral("sup1.pw"))
        << as(QStringLiteral("qa1")));
    run(QStringList{QStringLiteral("mbr"), QStringLiteral("make-effective")}
        << store << as(QStringLiteral("admin")) << version);
    if (!failure.isEmpty())
        return failure;
    // The site: balances, instruments, lots and equipment (users exist by now).
    if (!site.keepScriptClockOnOneDay())
        return QStringLiteral("cannot write the script clock");
    if (const QString e = site.startBalances(); !e.isEmpty())
        return e;
    if (const QString e = site.registerInstruments(); !e.isEmpty())
        return e;
    if (const QString e = site.seedMasterData(QStringLiteral("admin"), QStringLiteral("qa1"));
        !e.isEmpty())
        return e;
    if (const QString e = site.cleanEquipment(QStringLiteral("MBR-TAB-500"), QStringLiteral("op1"));
        !e.isEmpty())
        return e;
    run(QStringList{QStringLiteral("batch"), QStringLiteral("start")}
        << store << as(QStringLiteral("op1")) << QStringLiteral("--batch") << kBatch
        << QStringLiteral("--mbr-id") << QStringLiteral("MBR-TAB-500") << QStringLiteral("--size")
        << QStringLiteral("300"));
    const QByteArray script = adaptedScript();
    if (script.isEmpty())
        return QStringLiteral("the demo script no longer has the lines the test adapts");
    writeFile(dir.filePath(QStringLiteral("demo-review.batch")), script);
    run(QStringList{QStringLiteral("batch"), QStringLiteral("run")}
            << store << QStringLiteral("--batch") << kBatch << QStringLiteral("--script")
            << dir.filePath(QStringLiteral("demo-review.batch")),
        kTestClock);
    const QString stopped = site.stopBalances();
    return failure.isEmpty() ? stopped : failure;
}

}  // namespace reviewdemo
