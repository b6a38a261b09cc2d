// The instrument master (core/instruments, migration 4) and the weigh path of the engine
// (core/exec/WeighPath.cpp) on a real SQLCipher store: registration, updates,
// calibrations and daily checks as MasterDataChanged events with old and new values, who
// and why, in one transaction with the row; permissions; the table's triggers; the
// weighing rules applied by BatchEngine::complete() and the same verdict from
// checkInstrumentReading() without recording; what a recorded weight keeps.
#include "exec/BatchEngine.h"
#include "instruments/Decimal.h"
#include "record/AuditVerifier.h"
#include "station/Station.h"

#include <QJsonArray>
#include <QTemporaryDir>
#include <QtTest>

#include <atomic>
#include <optional>

using namespace batch;
using exec::StepInput;
using instruments::Instrument;
using instruments::InstrumentError;
using K = exec::ExecError::Kind;

namespace {

QString pw(const QString& id) {
    return id + QStringLiteral("-Passw0rd!");
}

const char* kMbr = R"json({
 "format": "batchstation-mbr/1", "mbrId": "MBR-W", "version": "1.0", "title": "Weigh test",
 "product": {"code": "P-W", "name": "Weigh test product"},
 "batchSize": {"quantity": 100, "unit": "kg"},
 "theoreticalYield": {"quantity": 100, "unit": "kg"},
 "materials": [{"code": "RM1", "name": "Material one", "quantity": 50, "unit": "kg"},
               {"code": "RM2", "name": "Material two", "quantity": 20, "unit": "kg"}],
 "equipmentClasses": [{"code": "BAL-300KG", "name": "Floor balance"},
                      {"code": "BAL-6KG", "name": "Bench balance"}],
 "unitProcedures": [{"id": "up1", "title": "Dispensing", "operations": [
  {"id": "op1", "title": "Weigh", "phases": [
   {"id": "w1", "kind": "weigh", "title": "Weigh RM1", "material": "RM1", "decimals": 2,
    "tolerance": {"percent": 1}, "instrumentClass": "BAL-300KG", "minimumWeight": 2},
   {"id": "w2", "kind": "weigh", "title": "Weigh RM2", "material": "RM2", "decimals": 2,
    "tolerance": {"percent": 1}, "instrumentClass": "BAL-300KG"}
  ]}]}]})json";

std::optional<exec::ExecError> refusal(const std::function<void()>& f) {
    try {
        f();
    } catch (const exec::ExecError& e) {
        return e;
    }
    return std::nullopt;
}

}  // namespace

class TestInstrumentMaster : public QObject {
    Q_OBJECT
private:
    QTemporaryDir dir_;
    std::unique_ptr<Station> station_;
    std::atomic<std::int64_t> offsetMs_{0};
    security::User admin_, op1_, sup1_, qa1_;

    instruments::InstrumentRegistry& master() { return station_->instruments(); }
    std::int64_t now() { return station_->journal().nowMs(); }

    security::User makeUser(const QString& id, security::Role role) {
        station_->users().addUser(admin_, id, QStringLiteral("User ") + id, {role},
                                  QStringLiteral("Temporary-0001"), QStringLiteral("test"));
        station_->users().changePassword(id, QStringLiteral("Temporary-0001"), pw(id));
        return *station_->users().find(id);
    }

    static Instrument floorBalance(const QString& id = QStringLiteral("BAL-300-01")) {
        Instrument in;
        in.id = id;
        in.type = QStringLiteral("balance");
        in.model = QStringLiteral("Floor balance 300 kg");
        in.serialNumber = QStringLiteral("B021002593");
        in.instrumentClass = QStringLiteral("BAL-300KG");
        in.location = QStringLiteral("Dispensing 1");
        in.unit = QStringLiteral("kg");
        in.capacity = QStringLiteral("300");
        in.readability = QStringLiteral("0.01");
        in.minimumWeight = QStringLiteral("0.5");
        in.connection.protocol = QStringLiteral("mt-sics");
        in.connection.port = QStringLiteral("/dev/ttyUSB0");
        return in;
    }

    StepInput reading(const QString& instrument, const QString& net, const QString& tare) {
        StepInput in{net, QStringLiteral("kg"), instrument,
                     QStringLiteral("S S %1 kg").arg(net.rightJustified(10)), true};
        in.tare = tare;
        in.gross = (*instruments::Decimal::parse(net) + *instruments::Decimal::parse(tare)).text();
        in.instrumentSerial = QStringLiteral("B021002593");
        in.readAtUtcMs = now() - 100;
        return in;
    }

    std::vector<record::EventRecord> masterEvents() {
        record::EventQuery q;
        q.type = instruments::types::kMasterDataChanged;
        return station_->journal().events(q);
    }

private Q_SLOTS:
    void initTestCase() {
        QVERIFY(dir_.isValid());
        const QDateTime wall = QDateTime::currentDateTime();
        offsetMs_ = QDateTime(wall.date(), QTime(12, 0)).toMSecsSinceEpoch() -
                    wall.toMSecsSinceEpoch();  // noon: no midnight within the test
        station_ = Station::create(dir_.filePath(QStringLiteral("master.db")), "master key",
                                   QStringLiteral("ST01"), QStringLiteral("admin"),
                                   QStringLiteral("Ada Admin"), pw(QStringLiteral("admin")),
                                   [this] { return record::systemClock()() + offsetMs_.load(); });
        admin_ = *station_->users().find(QStringLiteral("admin"));
        op1_ = makeUser(QStringLiteral("op1"), security::Role::Operator);
        sup1_ = makeUser(QStringLiteral("sup1"), security::Role::Supervisor);
        qa1_ = makeUser(QStringLiteral("qa1"), security::Role::Qa);
    }

    void registrationIsAnEventWithWhoAndWhy() {
        // Only master-data managers register; a reason is required; fields are checked.
        try {
            master().registerInstrument(op1_, floorBalance(), QStringLiteral("new"));
            QFAIL("an operator registered an instrument");
        } catch (const InstrumentError& e) {
            QCOMPARE(e.kind(), InstrumentError::Kind::NotAuthorized);
        }
        QVERIFY_THROWS_EXCEPTION(InstrumentError,
                                 master().registerInstrument(admin_, floorBalance(), {}));
        Instrument noCapacity = floorBalance();
        noCapacity.capacity.clear();
        QVERIFY_THROWS_EXCEPTION(
            InstrumentError, master().registerInstrument(admin_, noCapacity, QStringLiteral("x")));
        Instrument badId = floorBalance(QStringLiteral("bad id!"));
        QVERIFY_THROWS_EXCEPTION(InstrumentError,
                                 master().registerInstrument(admin_, badId, QStringLiteral("x")));
        QVERIFY(masterEvents().empty());  // refusals write nothing

        const Instrument in =
            master().registerInstrument(admin_, floorBalance(), QStringLiteral("commissioned"));
        QCOMPARE(in.version, 1);
        QVERIFY_THROWS_EXCEPTION(
            InstrumentError,
            master().registerInstrument(admin_, floorBalance(), QStringLiteral("again")));
        const auto events = masterEvents();
        QCOMPARE(events.size(), size_t(1));
        const QJsonObject p = events[0].payloadObject();
        QCOMPARE(events[0].userId, QStringLiteral("admin"));
        QCOMPARE(p.value(QStringLiteral("entity")).toString(), QStringLiteral("instrument"));
        QCOMPARE(p.value(QStringLiteral("entity_id")).toString(), QStringLiteral("BAL-300-01"));
        QCOMPARE(p.value(QStringLiteral("change")).toString(), QStringLiteral("registered"));
        QCOMPARE(p.value(QStringLiteral("reason")).toString(), QStringLiteral("commissioned"));
        QVERIFY(p.value(QStringLiteral("old")).toObject().isEmpty());
        const QJsonObject n = p.value(QStringLiteral("new")).toObject();
        QCOMPARE(n.value(QStringLiteral("serial_number")).toString(), QStringLiteral("B021002593"));
        QCOMPARE(n.value(QStringLiteral("capacity")).toString(), QStringLiteral("300"));
        QCOMPARE(n.value(QStringLiteral("connection")).toObject().value(QStringLiteral("protocol")),
                 QJsonValue(QStringLiteral("mt-sics")));
        const auto found = master().find(QStringLiteral("BAL-300-01"));
        QVERIFY(found);
        QCOMPARE(found->minimumWeight, QStringLiteral("0.5"));
        QCOMPARE(master().list().size(), size_t(1));
    }

    void changesRecordOldAndNewValues() {
        instruments::InstrumentUpdate u;
        u.location = QStringLiteral("Dispensing 2");
        const Instrument moved =
            master().update(admin_, QStringLiteral("BAL-300-01"), u, QStringLiteral("moved"));
        QCOMPARE(moved.version, 2);
        QJsonObject p = masterEvents().back().payloadObject();
        QCOMPARE(p.value(QStringLiteral("change")).toString(), QStringLiteral("updated"));
        QCOMPARE(p.value(QStringLiteral("old")).toObject(),
                 (QJsonObject{{QStringLiteral("location"), QStringLiteral("Dispensing 1")}}));
        QCOMPARE(p.value(QStringLiteral("new")).toObject(),
                 (QJsonObject{{QStringLiteral("location"), QStringLiteral("Dispensing 2")}}));
        QCOMPARE(p.value(QStringLiteral("version")).toInt(), 2);
        QVERIFY_THROWS_EXCEPTION(
            InstrumentError,  // nothing changes
            master().update(admin_, QStringLiteral("BAL-300-01"), u, QStringLiteral("again")));

        const QDate today = master().today();
        QVERIFY_THROWS_EXCEPTION(
            InstrumentError,  // in the future
            master().recordCalibration(admin_, QStringLiteral("BAL-300-01"), today.addDays(1),
                                       today.addYears(1), QStringLiteral("C-1"),
                                       QStringLiteral("x")));
        master().recordCalibration(admin_, QStringLiteral("BAL-300-01"), today.addDays(-400),
                                   today.addDays(-35), QStringLiteral("C-2025-118"),
                                   QStringLiteral("annual calibration"));
        p = masterEvents().back().payloadObject();
        QCOMPARE(p.value(QStringLiteral("change")).toString(), QStringLiteral("calibrated"));
        QCOMPARE(p.value(QStringLiteral("new")).toObject().value(QStringLiteral("calibration_due")),
                 QJsonValue(today.addDays(-35).toString(Qt::ISODate)));

        // Daily checks: the operator at the balance, or master data; not QA.
        QVERIFY_THROWS_EXCEPTION(
            InstrumentError, master().recordDailyCheck(qa1_, QStringLiteral("BAL-300-01"), true));
        const Instrument checked = master().recordDailyCheck(op1_, QStringLiteral("BAL-300-01"),
                                                             true, QStringLiteral("10 kg: 10.00"));
        QVERIFY(checked.dailyCheck);
        QCOMPARE(checked.dailyCheck->date, today);
        QCOMPARE(checked.dailyCheck->by, QStringLiteral("op1"));
        p = masterEvents().back().payloadObject();
        QCOMPARE(masterEvents().back().userId, QStringLiteral("op1"));
        QCOMPARE(p.value(QStringLiteral("change")).toString(), QStringLiteral("daily_check"));
    }

    void tableRefusesDeleteAndIdentityChanges() {
        store::Database& db = station_->db();
        QVERIFY_THROWS_EXCEPTION(
            store::StoreError,
            db.exec("DELETE FROM instruments WHERE instrument_id = 'BAL-300-01'"));
        QVERIFY_THROWS_EXCEPTION(store::StoreError,
                                 db.exec("UPDATE instruments SET simulated = 1"));
        QVERIFY_THROWS_EXCEPTION(store::StoreError, db.exec("UPDATE instruments SET version = 1"));
        QVERIFY(master().find(QStringLiteral("BAL-300-01")));
    }

    void theEngineAppliesTheWeighingRules() {
        model::MbrRepository& mbrs = station_->mbrs();
        mbrs.importDraft(admin_, QByteArray(kMbr));
        mbrs.submitForReview(admin_, QStringLiteral("MBR-W"), QStringLiteral("1.0"));
        mbrs.signAsAuthor(QStringLiteral("MBR-W"), QStringLiteral("1.0"), sup1_.id, pw(sup1_.id));
        mbrs.approve(QStringLiteral("MBR-W"), QStringLiteral("1.0"), qa1_.id, pw(qa1_.id));
        mbrs.makeEffective(admin_, QStringLiteral("MBR-W"), QStringLiteral("1.0"));
        exec::BatchEngine& engine = station_->batches();
        const QString b = QStringLiteral("B-W1");
        engine.start(op1_, b, QStringLiteral("MBR-W"), QStringLiteral("100"));

        // Calibration overdue (35 days ago): refused, and the HMI's question says the same.
        StepInput good =
            reading(QStringLiteral("BAL-300-01"), QStringLiteral("50.10"), QStringLiteral("1.50"));
        const exec::ReadingCheck before =
            engine.checkInstrumentReading(op1_, b, QStringLiteral("w1"), good);
        QVERIFY(!before.accepted);
        QVERIFY(before.weighing.has(instruments::WeighingProblem::CalibrationOverdue));
        auto r = refusal([&] { engine.complete(op1_, b, QStringLiteral("w1"), good); });
        QVERIFY(r);
        QCOMPARE(r->kind(), K::InstrumentRefused);
        QCOMPARE(r->kind(), before.refusal->kind());
        QVERIFY(r->message().contains(QStringLiteral("overdue")));

        const QDate today = master().today();
        master().recordCalibration(admin_, QStringLiteral("BAL-300-01"), today, today.addYears(1),
                                   QStringLiteral("C-2026-201"), QStringLiteral("recalibrated"));

        // Each rule through the engine.
        StepInput stale = good;
        stale.readAtUtcMs = now() - 1500;
        r = refusal([&] { engine.complete(op1_, b, QStringLiteral("w1"), stale); });
        QVERIFY(r && r->message().contains(QStringLiteral("ms old")));
        StepInput other = good;
        other.instrumentSerial = QStringLiteral("B999999999");
        r = refusal([&] { engine.complete(op1_, b, QStringLiteral("w1"), other); });
        QVERIFY(r && r->message().contains(QStringLiteral("B999999999")));
        StepInput noTare = good;
        noTare.tare.clear();
        noTare.gross.clear();
        QCOMPARE(refusal([&] { engine.complete(op1_, b, QStringLiteral("w1"), noTare); })->kind(),
                 K::InstrumentRefused);
        StepInput inconsistent = good;
        inconsistent.gross = QStringLiteral("51.70");
        QCOMPARE(engine.checkInstrumentReading(op1_, b, QStringLiteral("w1"), inconsistent)
                     .weighing.findings.front()
                     .problem,
                 instruments::WeighingProblem::NetNotGrossMinusTare);
        StepInput typedIn = good;  // no serial, no time: typed, not read
        typedIn.instrumentSerial.clear();
        typedIn.readAtUtcMs.reset();
        QCOMPARE(refusal([&] { engine.complete(op1_, b, QStringLiteral("w1"), typedIn); })->kind(),
                 K::InstrumentRefused);
        StepInput unknown = good;
        unknown.instrumentId = QStringLiteral("BAL-NOWHERE");
        QVERIFY(refusal([&] { engine.complete(op1_, b, QStringLiteral("w1"), unknown); })
                    ->message()
                    .contains(QStringLiteral("not in the instrument master")));
        StepInput dynamic = good;
        dynamic.stable = false;
        QCOMPARE(refusal([&] { engine.complete(op1_, b, QStringLiteral("w1"), dynamic); })->kind(),
                 K::Unstable);

        // Accepted now: asked first (nothing recorded), then completed.
        good.readAtUtcMs = now() - 50;
        const std::int64_t seqBefore = station_->journal().headSeq();
        const exec::ReadingCheck ok =
            engine.checkInstrumentReading(op1_, b, QStringLiteral("w1"), good);
        QVERIFY2(ok.accepted, qPrintable(ok.refusal ? ok.refusal->message() : QString()));
        QCOMPARE(station_->journal().headSeq(), seqBefore);
        engine.complete(op1_, b, QStringLiteral("w1"), good);
        const exec::StepState* s = engine.projection(b).step(QStringLiteral("w1"));
        QVERIFY(s);
        QCOMPARE(s->value, QStringLiteral("50.10"));
        QCOMPARE(s->gross, QStringLiteral("51.60"));
        QCOMPARE(s->tare, QStringLiteral("1.50"));
        QCOMPARE(s->instrumentSerial, QStringLiteral("B021002593"));
        QCOMPARE(s->rawFrame, QStringLiteral("S S      50.10 kg"));
        QVERIFY(s->stable);
        QVERIFY(!s->readingUtc.isEmpty());
        record::EventQuery q;
        q.type = QStringLiteral("StepCompleted");
        const QJsonObject p = station_->journal().events(q).back().payloadObject();
        QCOMPARE(p.value(QStringLiteral("net")).toString(), QStringLiteral("50.10"));
        QCOMPARE(p.value(QStringLiteral("instrument_class")).toString(),
                 QStringLiteral("BAL-300KG"));
        QCOMPARE(p.value(QStringLiteral("calibration_due")).toString(),
                 today.addYears(1).toString(Qt::ISODate));
        QCOMPARE(p.value(QStringLiteral("daily_check")).toString(), today.toString(Qt::ISODate));
        QVERIFY(!p.contains(QStringLiteral("simulated")));

        // Out of service: refused; the instrument class of another balance: refused.
        instruments::InstrumentUpdate out;
        out.state = instruments::InstrumentState::OutOfService;
        master().update(admin_, QStringLiteral("BAL-300-01"), out, QStringLiteral("defective"));
        StepInput w2 =
            reading(QStringLiteral("BAL-300-01"), QStringLiteral("20.00"), QStringLiteral("0.00"));
        QVERIFY(refusal([&] { engine.complete(op1_, b, QStringLiteral("w2"), w2); })
                    ->message()
                    .contains(QStringLiteral("out of service")));
        Instrument bench = floorBalance(QStringLiteral("BAL-6K-02"));
        bench.instrumentClass = QStringLiteral("BAL-6KG");
        bench.capacity = QStringLiteral("6.2");
        bench.simulated = true;
        master().registerInstrument(admin_, bench, QStringLiteral("bench balance"));
        master().recordCalibration(admin_, bench.id, today, today.addYears(1),
                                   QStringLiteral("C-3"), QStringLiteral("new"));
        master().recordDailyCheck(op1_, bench.id, true);
        StepInput onBench = reading(bench.id, QStringLiteral("20.00"), QStringLiteral("0.00"));
        const exec::ReadingCheck wrong =
            engine.checkInstrumentReading(op1_, b, QStringLiteral("w2"), onBench);
        QVERIFY(wrong.weighing.has(instruments::WeighingProblem::WrongInstrumentClass));
        QVERIFY(wrong.weighing.has(instruments::WeighingProblem::AboveCapacity));
        // Back in service: completes; the record says the first balance was used.
        out.state = instruments::InstrumentState::InService;
        master().update(admin_, QStringLiteral("BAL-300-01"), out, QStringLiteral("repaired"));
        w2.readAtUtcMs = now();
        engine.complete(op1_, b, QStringLiteral("w2"), w2);
        QCOMPARE(engine.projection(b).status, exec::BatchStatus::Finished);

        const record::VerifyReport report = record::verifyAuditTrail(station_->db());
        QVERIFY(report.ok);
    }
};

QTEST_GUILESS_MAIN(TestInstrumentMaster)
#include "test_instrument_master.moc"
