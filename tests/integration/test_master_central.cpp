// The instrument master and sampling master data as central master data, against a real
// PostgreSQL server started by the test (issue 7, "What to build" 1 and 3): instruments
// kept in an authoring store are published with `batchctl central instrument publish`,
// sampling documents with `batchctl central sampling publish`; a production station
// applies them at its next sync in the pull's one transaction, keeps its own connection
// settings and daily checks, and refuses (and reports back up) what it must not apply.
#include "PgServer.h"
#include "SyncTestKit.h"

#include "instruments/InstrumentRegistry.h"
#include "instruments/WeighingRules.h"
#include "record/CanonicalJson.h"
#include "sampling/MasterDataStore.h"
#include "sampling/Sampling.h"
#include "sampling/VariantStates.h"
#include "sync/CentralAdmin.h"
#include "sync/SyncClient.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QtTest>

#include <memory>

using namespace batch;
using instruments::Instrument;
using instruments::InstrumentState;

namespace {

const QString kStationPassword = QStringLiteral("station-role-password");
const QString kBalance = QStringLiteral("BAL-C-01");

std::vector<record::EventRecord> eventsOf(Station& s, const QString& type) {
    record::EventQuery q;
    q.type = type;
    return s.journal().events(q);
}

security::User adminOf(Station& s) {
    return *s.users().find(QStringLiteral("admin"));
}

Instrument balance(const QString& id, const QString& serial) {
    Instrument in;
    in.id = id;
    in.type = QStringLiteral("balance");
    in.model = QStringLiteral("XPR303S");
    in.serialNumber = serial;
    in.instrumentClass = QStringLiteral("BAL-300G");
    in.location = QStringLiteral("Dispensary 2");
    in.unit = QStringLiteral("g");
    in.capacity = QStringLiteral("320");
    in.readability = QStringLiteral("0.001");
    in.minimumWeight = QStringLiteral("0.02");
    in.connection.protocol = QStringLiteral("mt-sics");
    in.connection.port = QStringLiteral("/dev/ttyUSB0");
    return in;
}

QJsonObject readJsonFile(const QString& path) {
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(path));
    return QJsonDocument::fromJson(f.readAll()).object();
}

QString writeJsonFile(const QString& path, const QJsonObject& o) {
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        qFatal("cannot write %s", qPrintable(path));
    f.write(QJsonDocument(o).toJson());
    return path;
}

}  // namespace

class TestMasterCentral : public QObject {
    Q_OBJECT

    std::unique_ptr<PgServer> pg_;
    std::unique_ptr<StationFixture> author_;   // the site's master-data store (MD01)
    std::unique_ptr<StationFixture> station_;  // a production station (ST01)

    sync::ExchangeResult syncOnce(StationFixture& s) {
        return ::syncOnce(*pg_, s, kStationPassword);
    }

    void registerStation(StationFixture& s) {
        const CliRun add = ::registerStation(*pg_, s, kStationPassword);
        QVERIFY2(add.exitCode == 0, qPrintable(add.err + add.out));
    }

    CliRun publishInstruments(const QStringList& select) {
        return batchctl(QStringList{QStringLiteral("central"), QStringLiteral("instrument"),
                                    QStringLiteral("publish"), QStringLiteral("--reason"),
                                    QStringLiteral("instrument master of the site")} +
                        select + author_->storeArgs() + superArgs(*pg_));
    }

    CliRun publishSampling(const QString& file, const QStringList& extra = {}) {
        return batchctl(QStringList{QStringLiteral("central"), QStringLiteral("sampling"),
                                    QStringLiteral("publish"), QStringLiteral("--file"), file,
                                    QStringLiteral("--reason"),
                                    QStringLiteral("sampling plans approved by QA")} +
                        extra + superArgs(*pg_));
    }

    void publishRaw(const QString& kind, const QString& key, const QJsonObject& doc) {
        sync::PgConnection su = sync::PgConnection::connect(superSettings(*pg_));
        sync::publishMasterData(su, kind, key, doc, QStringLiteral("forged by the test"));
    }

    instruments::WeighingVerdict weighAtStation(const Instrument& in) {
        instruments::InstrumentRegistry& reg = station_->station->instruments();
        instruments::WeighingRequest r;
        r.instrumentId = in.id;
        r.instrument = &in;
        r.requiredClass = QStringLiteral("BAL-300G");
        r.net = QStringLiteral("12.500");
        r.gross = QStringLiteral("112.500");
        r.tare = QStringLiteral("100.000");
        r.unit = QStringLiteral("g");
        r.stable = true;
        r.serialNumber = in.serialNumber;
        r.nowUtcMs = station_->station->journal().nowMs();
        r.readAtUtcMs = r.nowUtcMs - 100;
        r.today = reg.today();
        return instruments::evaluateWeighing(r);
    }

private slots:
    void initTestCase() {
        pg_ = std::make_unique<PgServer>();
        const CliRun init = batchctl(
            QStringList{QStringLiteral("central"), QStringLiteral("init")} + superArgs(*pg_));
        QVERIFY2(init.exitCode == 0, qPrintable(init.err + init.out));
        author_ = std::make_unique<StationFixture>(QStringLiteral("MD01"));
        station_ = std::make_unique<StationFixture>(QStringLiteral("ST01"));
        registerStation(*author_);
        registerStation(*station_);
    }

    void instrumentFromTheAuthoringStoreReachesTheStation() {
        instruments::InstrumentRegistry& reg = author_->station->instruments();
        const security::User admin = adminOf(*author_->station);
        reg.registerInstrument(admin, balance(kBalance, QStringLiteral("B123456789")),
                               QStringLiteral("new balance"));
        const QDate today = reg.today();
        reg.recordCalibration(admin, kBalance, today.addDays(-10), today.addDays(180),
                              QStringLiteral("CAL-2026-0117"), QStringLiteral("annual"));
        Instrument sim = balance(QStringLiteral("SIM-01"), QStringLiteral("SIM0001"));
        sim.simulated = true;
        reg.registerInstrument(admin, sim, QStringLiteral("demo"));

        // What cannot be published is refused before anything reaches the server.
        CliRun r = publishInstruments({QStringLiteral("--id"), QStringLiteral("SIM-01")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QStringLiteral("simulator")), qPrintable(r.err));
        r = publishInstruments({QStringLiteral("--id"), QStringLiteral("BAL-NOPE")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QStringLiteral("no instrument BAL-NOPE")), qPrintable(r.err));
        r = publishInstruments({});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(QStringLiteral("--id")), qPrintable(r.err));

        r = publishInstruments({QStringLiteral("--all")});  // the simulator is left out
        QVERIFY2(r.exitCode == 0, qPrintable(r.err + r.out));
        QVERIFY2(r.out.contains(kBalance) && !r.out.contains(QStringLiteral("SIM-01")),
                 qPrintable(r.out));
        sync::PgConnection su = sync::PgConnection::connect(superSettings(*pg_));
        const auto doc = sync::currentMasterData(su, instruments::kCentralInstrumentKind, kBalance);
        QVERIFY(doc);
        QCOMPARE((*doc)["calibration_due"].toString(), today.addDays(180).toString(Qt::ISODate));
        QVERIFY(!doc->contains(QStringLiteral("connection")));  // the station's own business
        QVERIFY(!doc->contains(QStringLiteral("daily_check")));
        QVERIFY(!sync::currentMasterData(su, instruments::kCentralInstrumentKind,
                                         QStringLiteral("SIM-01")));
        // Publishing the same state again adds no change.
        r = publishInstruments({QStringLiteral("--id"), kBalance});
        QVERIFY2(r.exitCode == 0 && r.out.contains(QStringLiteral("unchanged")), qPrintable(r.out));
        QCOMPARE(sync::centralStatus(su).masterSeq, std::int64_t(1));

        Station& s = *station_->station;
        QVERIFY(!s.instruments().find(kBalance));
        const sync::ExchangeResult x = syncOnce(*station_);
        QVERIFY2(x.applied == 1 && x.refused == 0, qPrintable(x.refusals.join(u'\n')));
        const auto at = s.instruments().find(kBalance);
        QVERIFY(at);
        QCOMPARE(at->serialNumber, QStringLiteral("B123456789"));
        QCOMPARE(at->calibrationDue, today.addDays(180));
        QCOMPARE(at->calibrationCertificate, QStringLiteral("CAL-2026-0117"));
        QCOMPARE(at->state, InstrumentState::InService);
        QCOMPARE(at->version, qint64(1));
        QVERIFY(!at->simulated);
        QVERIFY(!at->connection.isConnected());  // until this station's port is set
        const auto applied = eventsOf(s, sync::types::kMasterDataApplied);
        QCOMPARE(applied.size(), size_t{1});
        const QJsonObject p = applied[0].payloadObject();
        QCOMPARE(p["kind"].toString(), QStringLiteral("instrument"));
        QCOMPARE(p["change"].toString(), QStringLiteral("registered"));
        QCOMPARE(p["new"].toObject()["calibration_due"].toString(),
                 today.addDays(180).toString(Qt::ISODate));
        // The rules see the central calibration: only today's daily check is missing.
        const auto verdict = weighAtStation(*at);
        QCOMPARE(verdict.findings.size(), qsizetype(1));
        QCOMPARE(verdict.findings[0].problem, instruments::WeighingProblem::DailyCheckMissing);

        // The authoring store pulls its own publication: nothing changes there.
        const qint64 authorVersion = reg.find(kBalance)->version;
        QCOMPARE(syncOnce(*author_).refused, 0);
        QCOMPARE(reg.find(kBalance)->version, authorVersion);
        QCOMPARE(reg.find(kBalance)->connection.port, QStringLiteral("/dev/ttyUSB0"));
    }

    void centralChangeKeepsTheStationsConnectionAndDailyCheck() {
        Station& s = *station_->station;
        const security::User local = adminOf(s);
        instruments::InstrumentUpdate port;
        port.connection = instruments::InstrumentConnection{};
        port.connection->protocol = QStringLiteral("mt-sics");
        port.connection->port = QStringLiteral("/dev/ttyS5");
        s.instruments().update(local, kBalance, port, QStringLiteral("wired at ST01"));
        s.instruments().recordDailyCheck(local, kBalance, true, QStringLiteral("200 g: 199.999"));
        const qint64 before = s.instruments().find(kBalance)->version;

        instruments::InstrumentRegistry& reg = author_->station->instruments();
        const security::User admin = adminOf(*author_->station);
        const QDate today = reg.today();
        reg.recordCalibration(admin, kBalance, today, today.addDays(365),
                              QStringLiteral("CAL-2026-0342"), QStringLiteral("after repair"));
        CliRun r = publishInstruments({QStringLiteral("--id"), kBalance});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err + r.out));
        sync::ExchangeResult x = syncOnce(*station_);
        QVERIFY2(x.applied == 1 && x.refused == 0, qPrintable(x.refusals.join(u'\n')));
        auto at = s.instruments().find(kBalance);
        QCOMPARE(at->calibrationDue, today.addDays(365));
        QCOMPARE(at->calibrationCertificate, QStringLiteral("CAL-2026-0342"));
        QCOMPARE(at->connection.port, QStringLiteral("/dev/ttyS5"));
        QVERIFY(at->dailyCheck && at->dailyCheck->passed);
        QCOMPARE(at->version, before + 1);
        QVERIFY(weighAtStation(*at).accepted());
        const QJsonObject p = eventsOf(s, sync::types::kMasterDataApplied).back().payloadObject();
        QCOMPARE(p["change"].toString(), QStringLiteral("updated"));
        QCOMPARE(
            QStringList(p["new"].toObject().keys()),
            (QStringList{QStringLiteral("calibrated_on"), QStringLiteral("calibration_certificate"),
                         QStringLiteral("calibration_due")}));
        QCOMPARE(p["old"].toObject()["calibration_due"].toString(),
                 today.addDays(180).toString(Qt::ISODate));

        // Taken out of service centrally: the station refuses to weigh on it.
        instruments::InstrumentUpdate off;
        off.state = InstrumentState::OutOfService;
        reg.update(admin, kBalance, off, QStringLiteral("load cell drift"));
        r = publishInstruments({QStringLiteral("--id"), kBalance});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err + r.out));
        x = syncOnce(*station_);
        QVERIFY2(x.applied == 1 && x.refused == 0, qPrintable(x.refusals.join(u'\n')));
        at = s.instruments().find(kBalance);
        QCOMPARE(at->state, InstrumentState::OutOfService);
        const auto verdict = weighAtStation(*at);
        QVERIFY(!verdict.accepted());
        QCOMPARE(verdict.findings[0].problem, instruments::WeighingProblem::NotInService);
    }

    void invalidInstrumentDocumentsAreRefusedAndReported() {
        Station& s = *station_->station;
        // A simulator of this station is never overlaid by a central instrument.
        Instrument sim = balance(QStringLiteral("SIM-ST01"), QStringLiteral("SIM0002"));
        sim.simulated = true;
        s.instruments().registerInstrument(adminOf(s), sim, QStringLiteral("demo"));

        QJsonObject good = instruments::centralInstrumentDocument(
            balance(QStringLiteral("BAL-C-02"), QStringLiteral("B000000002")));
        QJsonObject wrongKey = good;
        QJsonObject unknownField = good;
        unknownField.insert(QStringLiteral("connection"),
                            QJsonObject{{QStringLiteral("port"), QStringLiteral("/dev/mem")}});
        QJsonObject tooFine = good;
        tooFine.insert(QStringLiteral("instrument_id"), QStringLiteral("BAL-C-03"));
        tooFine.insert(QStringLiteral("readability"), QStringLiteral("500"));
        QJsonObject noState = good;
        noState.insert(QStringLiteral("instrument_id"), QStringLiteral("BAL-C-04"));
        noState.remove(QStringLiteral("state"));
        QJsonObject overSim = good;
        overSim.insert(QStringLiteral("instrument_id"), QStringLiteral("SIM-ST01"));
        const QString kind = instruments::kCentralInstrumentKind;
        publishRaw(kind, QStringLiteral("BAL-OTHER"), wrongKey);
        publishRaw(kind, QStringLiteral("BAL-C-02"), unknownField);
        publishRaw(kind, QStringLiteral("BAL-C-03"), tooFine);
        publishRaw(kind, QStringLiteral("BAL-C-04"), noState);
        publishRaw(kind, QStringLiteral("SIM-ST01"), overSim);
        publishRaw(kind, QStringLiteral("BAL-C-02"), good);  // the corrected document
        const std::size_t refusedBefore = eventsOf(s, sync::types::kMasterDataRefused).size();
        const sync::ExchangeResult x = syncOnce(*station_);
        QCOMPARE(x.refused, 5);
        QCOMPARE(x.applied, 1);
        const QString all = x.refusals.join(u'\n');
        for (const char* expected :
             {"BAL-OTHER (change", "does not name instrument BAL-C-02",
              "Field connection is not part of an instrument document",
              "readability is larger than the capacity", "Field state is missing",
              "SIM-ST01 of this station is a simulator"})
            QVERIFY2(all.contains(QString::fromLatin1(expected)), qPrintable(all));
        QCOMPARE(eventsOf(s, sync::types::kMasterDataRefused).size(), refusedBefore + 5);
        QVERIFY(s.instruments().find(QStringLiteral("BAL-C-02")));
        QVERIFY(!s.instruments().find(QStringLiteral("BAL-C-03")));
        QVERIFY(!s.instruments().find(QStringLiteral("BAL-C-04")));
        QVERIFY(s.instruments().find(QStringLiteral("SIM-ST01"))->simulated);
    }

    void retiredInstrumentsStayRetired() {
        const CliRun r =
            batchctl(QStringList{QStringLiteral("central"), QStringLiteral("instrument"),
                                 QStringLiteral("retire"), QStringLiteral("--id"), kBalance,
                                 QStringLiteral("--reason"), QStringLiteral("scrapped")} +
                     superArgs(*pg_));
        QVERIFY2(r.exitCode == 0, qPrintable(r.err + r.out));
        QVERIFY2(syncOnce(*station_).refused == 0, "retire refused");
        Station& s = *station_->station;
        QCOMPARE(s.instruments().find(kBalance)->state, InstrumentState::Retired);
        // The authoring store still holds it out of service: publishing it is refused.
        const CliRun again = publishInstruments({QStringLiteral("--id"), kBalance});
        QCOMPARE(again.exitCode, 1);
        QVERIFY2(again.err.contains(QStringLiteral("retired centrally")), qPrintable(again.err));
        // A document that would bring it back anyway is refused by the station.
        sync::PgConnection su = sync::PgConnection::connect(superSettings(*pg_));
        QJsonObject back =
            *sync::currentMasterData(su, instruments::kCentralInstrumentKind, kBalance);
        back.insert(QStringLiteral("state"), QStringLiteral("in_service"));
        publishRaw(instruments::kCentralInstrumentKind, kBalance, back);
        const sync::ExchangeResult x = syncOnce(*station_);
        QCOMPARE(x.refused, 1);
        QVERIFY2(x.refusals.first().contains(QStringLiteral("does not come back into use")),
                 qPrintable(x.refusals.first()));
        QCOMPARE(s.instruments().find(kBalance)->state, InstrumentState::Retired);
    }

    void samplingDocumentReachesTheStation() {
        const QString file =
            QStringLiteral(BATCH_SOURCE_DIR "/resources/sampling/demo-sampling.json");
        CliRun r = publishSampling(file);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err + r.out));
        QVERIFY2(r.out.contains(QStringLiteral("demo-sampling (2 products, 2 plans, 3 variants)")),
                 qPrintable(r.out));
        Station& s = *station_->station;
        QVERIFY(s.sampling().masterData().load().plans.isEmpty());
        sync::ExchangeResult x = syncOnce(*station_);
        QVERIFY2(x.applied == 1 && x.refused == 0, qPrintable(x.refusals.join(u'\n')));
        const sampling::MasterDataSet set = s.sampling().masterData().load();
        QCOMPARE(set.products.size(), qsizetype(2));
        QCOMPARE(set.plans.size(), qsizetype(2));
        QCOMPARE(set.variants.size(), qsizetype(3));
        QCOMPARE(set.countRules.size(), qsizetype(3));
        QVERIFY(set.variantRule(QStringLiteral("preferred-reduced")));
        // New variants start in their rule's initial state, as after a local import.
        const auto state = sampling::VariantStates::row(s.db(), QStringLiteral("MCC-FMC"));
        QVERIFY(state);
        QCOMPARE(state->state, QStringLiteral("UnQualified"));
        const auto plan = s.sampling().masterData().version(QStringLiteral("sampling_plan"),
                                                            QStringLiteral("PLAN-PARA"));
        QCOMPARE(plan->version, 1);
        QCOMPARE(plan->updatedBy, QStringLiteral("central"));
        const QJsonObject applied =
            eventsOf(s, sync::types::kMasterDataApplied).back().payloadObject();
        QCOMPARE(applied["kind"].toString(), QStringLiteral("sampling"));
        QCOMPARE(applied["items"].toArray().size(), qsizetype(11));
        QCOMPARE(applied["reason"].toString(), QStringLiteral("sampling plans approved by QA"));

        // A revised plan replaces the station's; unchanged items stay at their version.
        QJsonObject doc = readJsonFile(file);
        QJsonArray plans = doc["plans"].toArray();
        QJsonObject para = plans[0].toObject();
        para.insert(QStringLiteral("name"), QStringLiteral("Paracetamol API receipt, rev. B"));
        plans[0] = para;
        doc.insert(QStringLiteral("plans"), plans);
        r = publishSampling(
            writeJsonFile(station_->dir.filePath(QStringLiteral("rev-b.json")), doc),
            {QStringLiteral("--name"), QStringLiteral("demo-sampling")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err + r.out));
        x = syncOnce(*station_);
        QVERIFY2(x.applied == 1 && x.refused == 0, qPrintable(x.refusals.join(u'\n')));
        QCOMPARE(s.sampling().masterData().load().plans.value(QStringLiteral("PLAN-PARA")).name,
                 QStringLiteral("Paracetamol API receipt, rev. B"));
        QCOMPARE(s.sampling()
                     .masterData()
                     .version(QStringLiteral("sampling_plan"), QStringLiteral("PLAN-PARA"))
                     ->version,
                 2);
        QCOMPARE(s.sampling()
                     .masterData()
                     .version(QStringLiteral("sampling_plan"), QStringLiteral("PLAN-MCC"))
                     ->version,
                 1);
        const QJsonObject changed =
            eventsOf(s, sampling::types::kMasterDataChanged).back().payloadObject();
        QCOMPARE(changed["id"].toString(), QStringLiteral("PLAN-PARA"));
        QCOMPARE(changed["source"].toString(), QStringLiteral("central"));
        QCOMPARE(changed["document"].toString(), QStringLiteral("demo-sampling"));
        QCOMPARE(changed["reason"].toString(), QStringLiteral("sampling plans approved by QA"));
        QCOMPARE(changed["old"].toObject()["name"].toString(),
                 QStringLiteral("Paracetamol API receipt"));
    }

    void invalidSamplingDocumentsAreRefused() {
        const QString dir = station_->dir.path();
        const QJsonObject full =
            readJsonFile(QStringLiteral(BATCH_SOURCE_DIR "/resources/sampling/demo-sampling.json"));
        // Not complete in itself: variants without their plans and products.
        QJsonObject partial{{QStringLiteral("format"), full["format"]},
                            {QStringLiteral("variants"), full["variants"]}};
        CliRun r = publishSampling(writeJsonFile(dir + QStringLiteral("/partial.json"), partial));
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QStringLiteral("not complete in itself")) &&
                     r.err.contains(QStringLiteral("variants[0]")),
                 qPrintable(r.err));
        QFile broken(dir + QStringLiteral("/broken.json"));
        QVERIFY(broken.open(QIODevice::WriteOnly));
        broken.write("{\"format\": \"batchstation-sampling/1\", \"products\": [");
        broken.close();
        r = publishSampling(broken.fileName());
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QStringLiteral("broken.json has 1 problem")), qPrintable(r.err));
        r = publishSampling(dir + QStringLiteral("/partial.json"),
                            {QStringLiteral("--name"), QStringLiteral("no spaces please")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(QStringLiteral("not a document name")), qPrintable(r.err));

        // Documents that bypass the command are checked again at the station.
        Station& s = *station_->station;
        const sampling::MasterDataSet before = s.sampling().masterData().load();
        // A station resolves references against what it holds, so only references to
        // nothing at all are refused there.
        QJsonArray variants = partial["variants"].toArray();
        QJsonObject stray = variants[0].toObject();
        stray.insert(QStringLiteral("plan"), QStringLiteral("PLAN-NOPE"));
        variants[0] = stray;
        partial.insert(QStringLiteral("variants"), variants);
        publishRaw(sync::kSamplingKind, QStringLiteral("partial"),
                   sync::samplingDocument(QStringLiteral("partial"), partial, QStringLiteral("x")));
        QJsonObject products = full;
        QJsonArray list = products["products"].toArray();
        QJsonObject para = list[0].toObject();
        para.insert(QStringLiteral("tests"), QJsonArray{});  // the plans' tests are gone
        list[0] = para;
        products.insert(QStringLiteral("products"), list);
        publishRaw(
            sync::kSamplingKind, QStringLiteral("no-tests"),
            sync::samplingDocument(QStringLiteral("no-tests"), products, QStringLiteral("y")));
        publishRaw(
            sync::kSamplingKind, QStringLiteral("other-name"),
            sync::samplingDocument(QStringLiteral("demo-sampling"), full, QStringLiteral("z")));
        QJsonObject noReason = sync::samplingDocument(QStringLiteral("r"), full, QString());
        publishRaw(sync::kSamplingKind, QStringLiteral("r"), noReason);
        const sync::ExchangeResult x = syncOnce(*station_);
        QCOMPARE(x.applied, 0);
        QCOMPARE(x.refused, 4);
        const QString all = x.refusals.join(u'\n');
        for (const char* expected :
             {"sampling partial (change", "PLAN-NOPE", "sampling no-tests (change",
              "products[0].tests", "does not name document demo-sampling", "carries the reason"})
            QVERIFY2(all.contains(QString::fromLatin1(expected)), qPrintable(all));
        // Nothing of a refused document was written.
        const sampling::MasterDataSet after = s.sampling().masterData().load();
        QCOMPARE(after.products.value(QStringLiteral("API-PARA")),
                 before.products.value(QStringLiteral("API-PARA")));
        QCOMPARE(after.plans.size(), before.plans.size());
    }

    void everythingReachesTheCentralRecordAndVerifies() {
        // An exchange pushes, then pulls: what the pull recorded goes up with the next one.
        for (StationFixture* s : {station_.get(), author_.get()}) {
            std::int64_t waiting = -1;
            for (int i = 0; i < 3 && waiting != 0; ++i) waiting = syncOnce(*s).waiting();
            QCOMPARE(waiting, std::int64_t(0));
        }
        const CliRun v = batchctl(QStringList{QStringLiteral("central"), QStringLiteral("verify")} +
                                  superArgs(*pg_));
        QVERIFY2(v.exitCode == 0, qPrintable(v.err + v.out));
        sync::PgConnection su = sync::PgConnection::connect(superSettings(*pg_));
        // The station's refusals reached the server as events (priority, ahead of the chain).
        QVERIFY(su.exec("SELECT count(*) FROM batch.events WHERE station_id = 'ST01' AND type = "
                        "'MasterDataRefused'")
                    .int64(0, 0) >= 10);
    }
};

QTEST_GUILESS_MAIN(TestMasterCentral)
#include "test_master_central.moc"
