// Crash-safe resume (issue 3, acceptance): a scripted batch is killed with SIGKILL at
// random moments at least 50 times and `batchctl batch run` is restarted each time. The
// final record must equal that of an uninterrupted run of the same script on a copy of
// the same store (same steps, same values, same order, nothing twice), and
// `batchctl audit verify` must pass. When a batch finishes before enough kills landed,
// the next batch starts, so every kill interrupts real work. Each batch first scans a
// released lot and checks a vessel (occupied by the batch, given back dirty when the
// batch finishes; the test cleans it before the next batch), so the master data writes
// are interrupted too.
#include "station/Station.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QtTest>

#include <algorithm>

using namespace batch;

namespace {

const QString kBatchctl = QStringLiteral(BATCH_BINARY_DIR "/app/batchctl/batchctl");
constexpr int kSteps = 240;
constexpr int kSetupSteps = 2;  // the lot scan and the vessel check before the values
constexpr int kWantedKills = 50;

QString pw(const QString& id) {
    return id + QStringLiteral("-Passw0rd!");
}

QString valueOf(int i) {
    return QString::number(i * 1.25, 'f', 2);
}

// A set-up operation (lot scan, vessel check), then three operations of 80 numeric
// phases: no timers, so no clock games are needed.
QByteArray mbrJson() {
    QJsonArray operations;
    operations.append(QJsonObject{
        {QStringLiteral("id"), QStringLiteral("op_setup")},
        {QStringLiteral("title"), QStringLiteral("Set-up")},
        {QStringLiteral("phases"),
         QJsonArray{QJsonObject{{QStringLiteral("id"), QStringLiteral("s0_lot")},
                                {QStringLiteral("kind"), QStringLiteral("materialScan")},
                                {QStringLiteral("title"), QStringLiteral("Scan")},
                                {QStringLiteral("material"), QStringLiteral("RM1")}},
                    QJsonObject{{QStringLiteral("id"), QStringLiteral("s0_eq")},
                                {QStringLiteral("kind"), QStringLiteral("equipmentCheck")},
                                {QStringLiteral("title"), QStringLiteral("Vessel")},
                                {QStringLiteral("equipmentClass"), QStringLiteral("VESSEL")}}}}});
    for (int op = 0; op < 3; ++op) {
        QJsonArray phases;
        for (int i = op * 80 + 1; i <= op * 80 + 80; ++i)
            phases.append(QJsonObject{{QStringLiteral("id"), QStringLiteral("s%1").arg(i)},
                                      {QStringLiteral("kind"), QStringLiteral("numeric")},
                                      {QStringLiteral("title"), QStringLiteral("Value %1").arg(i)},
                                      {QStringLiteral("unit"), QStringLiteral("kg")},
                                      {QStringLiteral("decimals"), 2}});
        operations.append(QJsonObject{{QStringLiteral("id"), QStringLiteral("op%1").arg(op)},
                                      {QStringLiteral("title"), QStringLiteral("Operation")},
                                      {QStringLiteral("phases"), phases}});
    }
    const QJsonObject doc{
        {QStringLiteral("format"), QStringLiteral("batchstation-mbr/1")},
        {QStringLiteral("mbrId"), QStringLiteral("MBR-KILL")},
        {QStringLiteral("version"), QStringLiteral("1.0")},
        {QStringLiteral("title"), QStringLiteral("Kill test")},
        {QStringLiteral("product"),
         QJsonObject{{QStringLiteral("code"), QStringLiteral("P-K")},
                     {QStringLiteral("name"), QStringLiteral("Kill test product")}}},
        {QStringLiteral("batchSize"), QJsonObject{{QStringLiteral("quantity"), 10},
                                                  {QStringLiteral("unit"), QStringLiteral("kg")}}},
        {QStringLiteral("theoreticalYield"),
         QJsonObject{{QStringLiteral("quantity"), 10},
                     {QStringLiteral("unit"), QStringLiteral("kg")}}},
        {QStringLiteral("materials"),
         QJsonArray{QJsonObject{{QStringLiteral("code"), QStringLiteral("RM1")},
                                {QStringLiteral("name"), QStringLiteral("Material")},
                                {QStringLiteral("quantity"), 10},
                                {QStringLiteral("unit"), QStringLiteral("kg")}}}},
        {QStringLiteral("equipmentClasses"),
         QJsonArray{QJsonObject{{QStringLiteral("code"), QStringLiteral("VESSEL")},
                                {QStringLiteral("name"), QStringLiteral("Vessel")}}}},
        {QStringLiteral("unitProcedures"),
         QJsonArray{QJsonObject{{QStringLiteral("id"), QStringLiteral("up1")},
                                {QStringLiteral("title"), QStringLiteral("Unit procedure")},
                                {QStringLiteral("operations"), operations}}}}};
    return QJsonDocument(doc).toJson();
}

struct Result {
    int code = -1;
    QByteArray out;
    QByteArray err;
};

}  // namespace

class TestBatchKill9 : public QObject {
    Q_OBJECT

private:
    QTemporaryDir dir_;
    QString killed_, reference_, key_, script_;

    QString path(const QString& n) const { return dir_.filePath(n); }
    QStringList store(const QString& db) const {
        return {QStringLiteral("--db"), db, QStringLiteral("--key-file"), key_};
    }
    Result run(const QStringList& args) {
        QProcess p;
        p.start(kBatchctl, args);
        Result r;
        if (!p.waitForFinished(120'000)) {
            p.kill();
            p.waitForFinished();
            return r;
        }
        r.out = p.readAllStandardOutput();
        r.err = p.readAllStandardError();
        r.code = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
        return r;
    }
    void startBatch(const QString& db, const QString& batch) {
        const Result r =
            run(QStringList{QStringLiteral("batch"), QStringLiteral("start")}
                << store(db) << QStringLiteral("--as") << QStringLiteral("op1")
                << QStringLiteral("--password-file") << path(QStringLiteral("op1.pw"))
                << QStringLiteral("--batch") << batch << QStringLiteral("--mbr-id")
                << QStringLiteral("MBR-KILL") << QStringLiteral("--size") << QStringLiteral("10"));
        QVERIFY2(r.code == 0, r.err.constData());
    }
    // The vessel a finished batch gave back dirty is cleaned before the next batch (no
    // batchctl process runs at that moment).
    void cleanVessel(const QString& db) {
        auto station = Station::open(db, "kill nine passphrase");
        if (station->equipment().find(QStringLiteral("V-1"))->cleanStatus ==
            masterdata::CleanStatus::Dirty)
            station->equipment().clean(*station->users().find(QStringLiteral("op1")),
                                       QStringLiteral("V-1"),
                                       QStringLiteral("cleaned between batches"));
    }
    QString vesselState(const QString& db) {
        auto station = Station::open(db, "kill nine passphrase");
        const masterdata::Equipment e = *station->equipment().find(QStringLiteral("V-1"));
        return masterdata::cleanStatusName(e.cleanStatus) + QLatin1Char('|') + e.inUseBatch;
    }
    QStringList runArgs(const QString& db, const QString& batch) const {
        return QStringList{QStringLiteral("batch"), QStringLiteral("run")}
               << store(db) << QStringLiteral("--batch") << batch << QStringLiteral("--script")
               << script_;
    }
    QJsonObject status(const QString& db, const QString& batch) {
        const Result r =
            run(QStringList{QStringLiteral("batch"), QStringLiteral("status")}
                << store(db) << QStringLiteral("--batch") << batch << QStringLiteral("--json"));
        return QJsonDocument::fromJson(r.out).object();
    }
    // The record that must match: steps in completion order with their values.
    QStringList record(const QString& db, const QString& batch) {
        const QJsonObject s = status(db, batch);
        QHash<QString, QString> values;
        for (const QJsonValue& v : s.value(QStringLiteral("steps")).toArray())
            values.insert(v.toObject().value(QStringLiteral("id")).toString(),
                          v.toObject().value(QStringLiteral("value")).toString());
        QStringList out{s.value(QStringLiteral("status")).toString()};
        for (const QJsonValue& id : s.value(QStringLiteral("completion_order")).toArray())
            out << id.toString() + QLatin1Char('=') + values.value(id.toString());
        return out;
    }

private slots:
    void initTestCase() {
        QVERIFY(dir_.isValid());
        killed_ = path(QStringLiteral("killed.db"));
        reference_ = path(QStringLiteral("reference.db"));
        key_ = path(QStringLiteral("station.key"));
        QFile key(key_);
        QVERIFY(key.open(QIODevice::WriteOnly));
        key.write("kill nine passphrase\n");
        key.close();
        {
            auto station = Station::create(killed_, "kill nine passphrase", QStringLiteral("ST01"),
                                           QStringLiteral("admin"), QStringLiteral("Ada Admin"),
                                           pw(QStringLiteral("admin")));
            const security::User admin = *station->users().find(QStringLiteral("admin"));
            for (const auto& [id, role] :
                 {std::pair{QStringLiteral("op1"), security::Role::Operator},
                  std::pair{QStringLiteral("sup1"), security::Role::Supervisor},
                  std::pair{QStringLiteral("qa1"), security::Role::Qa}}) {
                station->users().addUser(admin, id, id, {role}, QStringLiteral("Temporary-0001"),
                                         QStringLiteral("setup"));
                station->users().changePassword(id, QStringLiteral("Temporary-0001"), pw(id));
            }
            model::MbrRepository& mbrs = station->mbrs();
            mbrs.importDraft(admin, mbrJson());
            mbrs.submitForReview(admin, QStringLiteral("MBR-KILL"), QStringLiteral("1.0"));
            mbrs.signAsAuthor(QStringLiteral("MBR-KILL"), QStringLiteral("1.0"),
                              QStringLiteral("sup1"), pw(QStringLiteral("sup1")));
            mbrs.approve(QStringLiteral("MBR-KILL"), QStringLiteral("1.0"), QStringLiteral("qa1"),
                         pw(QStringLiteral("qa1")));
            mbrs.makeEffective(admin, QStringLiteral("MBR-KILL"), QStringLiteral("1.0"));
            const security::User qa = *station->users().find(QStringLiteral("qa1"));
            const security::User op = *station->users().find(QStringLiteral("op1"));
            station->materials().addMaterial(admin, QStringLiteral("RM1"),
                                             QStringLiteral("Material"), QStringLiteral("kg"),
                                             QStringLiteral("setup"));
            station->materials().receiveLot(admin,
                                            {QStringLiteral("LOT-1"),
                                             QStringLiteral("RM1"),
                                             QStringLiteral("Supplier"),
                                             {},
                                             QStringLiteral("2099-12-31")},
                                            QStringLiteral("setup"));
            station->materials().changeLotStatus(qa, QStringLiteral("LOT-1"),
                                                 masterdata::LotStatus::Released,
                                                 QStringLiteral("setup"));
            station->equipment().add(admin,
                                     {QStringLiteral("V-1"), QStringLiteral("VESSEL"),
                                      QStringLiteral("Vessel"), 72, false},
                                     QStringLiteral("setup"));
            station->equipment().clean(op, QStringLiteral("V-1"), QStringLiteral("setup"));
        }
        QVERIFY(!QFile::exists(killed_ + QStringLiteral("-wal")) ||
                QFile::copy(killed_ + QStringLiteral("-wal"), reference_ + QStringLiteral("-wal")));
        QVERIFY(QFile::copy(killed_, reference_));
        QFile pwFile(path(QStringLiteral("op1.pw")));
        QVERIFY(pwFile.open(QIODevice::WriteOnly));
        pwFile.write(pw(QStringLiteral("op1")).toUtf8() + "\n");
        pwFile.close();
        // One sign-in per process run; then every step with its value.
        QByteArray text = "login op1 op1.pw\ncomplete s0_lot LOT-1\ncomplete s0_eq V-1\n";
        for (int i = 1; i <= kSteps; ++i)
            text += QStringLiteral("complete s%1 %2\n").arg(i).arg(valueOf(i)).toUtf8();
        script_ = path(QStringLiteral("kill.batch"));
        QFile s(script_);
        QVERIFY(s.open(QIODevice::WriteOnly));
        s.write(text);
    }

    void killedRunsEqualUninterruptedRun() {
        const quint32 seed = QRandomGenerator::global()->generate();
        qInfo("kill delays seeded with %u", seed);
        QRandomGenerator random(seed);
        QElapsedTimer budget;
        budget.start();
        // An uninterrupted run sets the scale of the kill moments: anywhere from process
        // start (sign-in) to nearly the end of a full run.
        startBatch(reference_, QStringLiteral("K-1"));
        QElapsedTimer full;
        full.start();
        const Result first = run(runArgs(reference_, QStringLiteral("K-1")));
        QVERIFY2(first.code == 0, first.err.constData());
        const auto fullMs = static_cast<quint32>(std::max<qint64>(full.elapsed(), 200));
        int kills = 0;
        int batches = 0;
        QStringList batchIds;
        QString batch;
        bool needNew = true;
        while (kills < kWantedKills) {
            QVERIFY2(budget.elapsed() < 150'000,
                     qPrintable(QStringLiteral("only %1 kills").arg(kills)));
            if (needNew) {
                batch = QStringLiteral("K-%1").arg(++batches);
                batchIds << batch;
                cleanVessel(killed_);
                startBatch(killed_, batch);
                needNew = false;
            }
            QProcess p;
            p.start(kBatchctl, runArgs(killed_, batch));
            QVERIFY(p.waitForStarted(10'000));
            const int delay = static_cast<int>(fullMs / 10 + random.bounded(fullMs * 85 / 100));
            if (p.waitForFinished(delay)) {
                // It finished before the kill: the batch must be complete.
                QVERIFY2(p.exitCode() == 0, p.readAllStandardError().constData());
                needNew = true;
                continue;
            }
            p.kill();  // SIGKILL
            p.waitForFinished();
            ++kills;
        }
        // Restart until done; the run continues at the first step not committed.
        const Result finish = run(runArgs(killed_, batch));
        QVERIFY2(finish.code == 0, finish.err.constData());
        qInfo("%d kills over %d batch(es) in %lld ms (an uninterrupted run: %u ms)", kills, batches,
              static_cast<long long>(budget.elapsed()), fullMs);

        for (const QString& b : batchIds) {
            if (b != QLatin1String("K-1")) {
                cleanVessel(reference_);
                startBatch(reference_, b);
                const Result ref = run(runArgs(reference_, b));
                QVERIFY2(ref.code == 0, ref.err.constData());
            }
            const QStringList expected = record(reference_, b);
            QCOMPARE(expected.size(), kSetupSteps + kSteps + 1);
            QCOMPARE(expected.first(), QStringLiteral("finished"));
            QCOMPARE(record(killed_, b), expected);
        }
        // Both stores end with the vessel given back, dirty, by the last batch.
        QCOMPARE(vesselState(killed_), QStringLiteral("dirty|"));
        QCOMPARE(vesselState(reference_), vesselState(killed_));
        const Result verify =
            run(QStringList{QStringLiteral("audit"), QStringLiteral("verify")} << store(killed_));
        QVERIFY2(verify.code == 0, (verify.out + verify.err).constData());
    }
};

QTEST_GUILESS_MAIN(TestBatchKill9)
#include "test_batch_kill9.moc"
