// The execution engine's checks beyond the value (issue 3): material scans against lot
// status and expiry, equipment checks against cleaning, calibration and occupancy (and
// the batch giving its equipment back when it finishes), supervisor overrides, late
// entries, the per-step supervisor continuation after an action-limit deviation,
// calculations recomputed when an input is corrected, the closure of deviations, the MBR
// sent back to Draft, and the translation context of the engine's messages. A real
// SQLCipher store; signing uses the production PBKDF2 cost, so the slots share one
// station and run in order. The clock is the system clock plus an offset the test moves.
#include "exec/BatchEngine.h"
#include "exec/ExecSettings.h"
#include "model/MbrParser.h"
#include "record/AuditVerifier.h"
#include "station/Station.h"

#include <QDateTime>
#include <QTemporaryDir>
#include <QTranslator>
#include "InstrumentMaster.h"
#include "Refusal.h"

#include <QtTest>

#include <atomic>
#include <functional>
#include <memory>
#include <optional>

using namespace batch;
using exec::ExecError;
using exec::OverrideKind;
using exec::StepInput;
using K = exec::ExecError::Kind;
using masterdata::LotStatus;
using security::SignatureMeaning;

namespace {

QString pw(const QString& id) {
    return id + QStringLiteral("-Passw0rd!");
}

constexpr std::int64_t kHourMs = 3'600'000;

const char* kMbr = R"json({
 "format": "batchstation-mbr/1", "mbrId": "MBR-OVS", "version": "1.0", "title": "Oversight test",
 "product": {"code": "P-OVS", "name": "Oversight test product"},
 "batchSize": {"quantity": 100, "unit": "kg"},
 "theoreticalYield": {"quantity": 1000, "unit": "units"},
 "materials": [{"code": "RM-1", "name": "Material one", "quantity": 50, "unit": "kg"}],
 "equipmentClasses": [{"code": "TANK", "name": "Tank"}, {"code": "BIN", "name": "Bin"},
                      {"code": "PH", "name": "pH meter"}],
 "unitProcedures": [{"id": "up1", "title": "Unit procedure", "operations": [
  {"id": "op1", "title": "Set-up", "phases": [
   {"id": "s_lot", "kind": "materialScan", "title": "Scan lot", "material": "RM-1"},
   {"id": "s_tank", "kind": "equipmentCheck", "title": "Tank", "equipmentClass": "TANK"},
   {"id": "s_bin", "kind": "equipmentCheck", "title": "Bin", "equipmentClass": "BIN",
    "cleaningOverride": true}
  ]},
  {"id": "op2", "title": "Process", "phases": [
   {"id": "s_note", "kind": "text", "title": "Note", "maxLength": 50, "entryWindowSeconds": 600},
   {"id": "s_ack", "kind": "instruction", "title": "Long work", "text": "Work.",
    "entryWindowSeconds": 0},
   {"id": "s_ph", "kind": "numeric", "title": "pH", "unit": "pH", "decimals": 2,
    "source": "instrument", "instrumentClass": "PH", "manualEntry": "override",
    "limits": {"low": 3, "high": 5}},
   {"id": "s_cond", "kind": "numeric", "title": "pH again", "unit": "pH", "decimals": 2,
    "source": "instrument", "instrumentClass": "PH", "manualEntry": "forbidden"},
   {"id": "s_temp", "kind": "numeric", "title": "Temperature", "unit": "C", "decimals": 1,
    "limits": {"low": 10, "high": 30}},
   {"id": "s_press", "kind": "numeric", "title": "Pressure", "unit": "bar", "decimals": 1,
    "limits": {"low": 1, "high": 2}, "supervisorContinuation": true},
   {"id": "s_a", "kind": "numeric", "title": "A", "unit": "kg", "decimals": 1},
   {"id": "s_b", "kind": "numeric", "title": "B", "unit": "kg", "decimals": 1},
   {"id": "s_sum", "kind": "calculation", "title": "Sum", "formula": "s_a + s_b", "unit": "kg",
    "decimals": 1, "limits": {"low": 0, "high": 100, "alertHigh": 90}},
   {"id": "s_ratio", "kind": "calculation", "title": "Ratio", "formula": "s_sum / s_b * 10",
    "unit": "1", "decimals": 2},
   {"id": "s_sign", "kind": "signature", "title": "Performed", "meaning": "Performed",
    "requiredRoles": ["supervisor"]}
  ]}]}]})json";

#define QVERIFY_REFUSED(expr, expectedKind, fragment) \
    QVERIFY_REFUSED_AS(ExecError, expr, expectedKind, fragment)

StepInput meter(const QString& value) {
    return {value, {}, QStringLiteral("PH-01"), QStringLiteral("pH ") + value, true};
}

// Marks every message of a context with its name, to show the context a message used.
class MarkingTranslator : public QTranslator {
public:
    QString translate(const char* context, const char* source, const char*, int) const override {
        const QByteArray c(context);
        if (c == "BatchEngine" || c == "MbrText" || c == "MasterData")
            return QStringLiteral("[%1] %2").arg(QString::fromLatin1(c), QString::fromUtf8(source));
        return {};
    }
    bool isEmpty() const override { return false; }
};

}  // namespace

class TestExecOversight : public QObject {
    Q_OBJECT

    QTemporaryDir dir_;
    std::unique_ptr<Station> station_;
    std::atomic<std::int64_t> offsetMs_{0};
    security::User admin_, op1_, op2_, sup1_, sup2_, qa1_;

    exec::BatchEngine& engine() { return station_->batches(); }
    // The clock of this test jumps by hours: the pH meter's daily check is repeated for the
    // day the clock now shows (the weighing rules accept only today's check).
    void checkMeterToday() {
        station_->instruments().recordDailyCheck(op1_, QStringLiteral("PH-01"), true,
                                                 QStringLiteral("buffers pH 4.01 and 7.00"));
    }
    security::User makeUser(const QString& id, security::Role role) {
        station_->users().addUser(admin_, id, QStringLiteral("User ") + id, {role},
                                  QStringLiteral("Temporary-0001"), QStringLiteral("test"));
        station_->users().changePassword(id, QStringLiteral("Temporary-0001"), pw(id));
        return *station_->users().find(id);
    }
    int exceptionsOf(const QString& b, const QString& type) {
        int n = 0;
        for (const exec::ExceptionEntry& x : engine().projection(b).exceptions)
            n += x.type == type ? 1 : 0;
        return n;
    }
    const exec::StepState& state(const QString& b, const QString& step) {
        return *engine().projection(b).step(step);
    }
    void lot(const QString& id, const QString& material, const QString& expiry, bool release) {
        station_->materials().receiveLot(
            admin_, {id, material, QStringLiteral("Supplier"), {}, expiry}, QStringLiteral("gr"));
        if (release)
            station_->materials().changeLotStatus(qa1_, id, LotStatus::Released,
                                                  QStringLiteral("CoA ok"));
    }
    void equipment(const QString& id, const QString& cls, int holdHours, bool clean,
                   bool calibrate) {
        station_->equipment().add(admin_, {id, cls, id, holdHours, calibrate || cls == "TANK"},
                                  QStringLiteral("installed"));
        if (clean)
            station_->equipment().clean(op1_, id, QStringLiteral("cleaned"));
        if (calibrate)
            station_->equipment().calibrate(admin_, id, QStringLiteral("2099-12-31"),
                                            QStringLiteral("cert"));
    }
    // A new batch with its set-up operation done (lot, tank, bin).
    void startWithSetup(const QString& b, const QString& tank, const QString& bin) {
        engine().start(op1_, b, QStringLiteral("MBR-OVS"), QStringLiteral("100"));
        engine().complete(op1_, b, QStringLiteral("s_lot"), {QStringLiteral("L-OK")});
        engine().complete(op1_, b, QStringLiteral("s_tank"), {tank});
        engine().complete(op1_, b, QStringLiteral("s_bin"), {bin});
    }

private Q_SLOTS:
    void initTestCase() {
        QVERIFY(dir_.isValid());
        station_ = Station::create(dir_.filePath(QStringLiteral("ovs.db")), "oversight key",
                                   QStringLiteral("ST01"), QStringLiteral("admin"),
                                   QStringLiteral("Ada Admin"), pw(QStringLiteral("admin")),
                                   [this] { return record::systemClock()() + offsetMs_.load(); });
        admin_ = *station_->users().find(QStringLiteral("admin"));
        op1_ = makeUser(QStringLiteral("op1"), security::Role::Operator);
        op2_ = makeUser(QStringLiteral("op2"), security::Role::Operator);
        sup1_ = makeUser(QStringLiteral("sup1"), security::Role::Supervisor);
        sup2_ = makeUser(QStringLiteral("sup2"), security::Role::Supervisor);
        qa1_ = makeUser(QStringLiteral("qa1"), security::Role::Qa);
        testsupport::registerCheckedInstrument(station_->instruments(), admin_, op1_,
                                               QStringLiteral("PH-01"), QStringLiteral("ph_meter"),
                                               QStringLiteral("SN-PH-01"), QStringLiteral("PH"));
        model::MbrRepository& mbrs = station_->mbrs();
        mbrs.importDraft(admin_, QByteArray(kMbr));
        mbrs.submitForReview(admin_, QStringLiteral("MBR-OVS"), QStringLiteral("1.0"));
        mbrs.signAsAuthor(QStringLiteral("MBR-OVS"), QStringLiteral("1.0"), sup1_.id, pw(sup1_.id));
        mbrs.approve(QStringLiteral("MBR-OVS"), QStringLiteral("1.0"), qa1_.id, pw(qa1_.id));
        mbrs.makeEffective(admin_, QStringLiteral("MBR-OVS"), QStringLiteral("1.0"));
        station_->materials().addMaterial(admin_, QStringLiteral("RM-1"), QStringLiteral("One"),
                                          QStringLiteral("kg"), QStringLiteral("new"));
        station_->materials().addMaterial(admin_, QStringLiteral("RM-2"), QStringLiteral("Two"),
                                          QStringLiteral("kg"), QStringLiteral("new"));
        lot(QStringLiteral("L-OK"), QStringLiteral("RM-1"), QStringLiteral("2099-12-31"), true);
        lot(QStringLiteral("L-Q"), QStringLiteral("RM-1"), QStringLiteral("2099-12-31"), false);
        lot(QStringLiteral("L-RM2"), QStringLiteral("RM-2"), QStringLiteral("2099-12-31"), true);
        const QString today = record::formatUtcMillis(record::systemClock()()).left(10);
        lot(QStringLiteral("L-TODAY"), QStringLiteral("RM-1"), today, true);
        for (const char* t : {"TANK-1", "TANK-4", "TANK-5", "TANK-6", "TANK-7"})
            equipment(QString::fromLatin1(t), QStringLiteral("TANK"), 72, true, true);
        equipment(QStringLiteral("TANK-DIRTY"), QStringLiteral("TANK"), 72, false, true);
        equipment(QStringLiteral("TANK-NOCAL"), QStringLiteral("TANK"), 72, true, false);
        for (const char* b : {"BIN-1", "BIN-2", "BIN-3", "BIN-4", "BIN-5", "BIN-6", "BIN-7"})
            equipment(QString::fromLatin1(b), QStringLiteral("BIN"), 72, true, false);
        equipment(QStringLiteral("BIN-SHORT"), QStringLiteral("BIN"), 1, true, false);
        equipment(QStringLiteral("BIN-DIRTY"), QStringLiteral("BIN"), 1, false, false);
    }

    void materialScanChecksTheLot() {
        const QString b = QStringLiteral("B-LOT");
        engine().start(op1_, b, QStringLiteral("MBR-OVS"), QStringLiteral("100"));
        const QString s = QStringLiteral("s_lot");
        QVERIFY_REFUSED(engine().complete(op1_, b, s, {QStringLiteral("L-Q")}), K::NotUsable,
                        "is Quarantine; only a Released lot may be used");
        QVERIFY_REFUSED(engine().complete(op1_, b, s, {QStringLiteral("L-RM2")}), K::InvalidValue,
                        "is material RM-2, not the expected RM-1");
        QVERIFY_REFUSED(engine().complete(op1_, b, s, {QStringLiteral("L-NONE")}), K::NotFound,
                        "no lot L-NONE");
        // A released lot stops being usable the day after its expiry date (on a batch of
        // its own: moving the clock back on this one would be a clock_went_backwards).
        const QString tomorrow = QStringLiteral("B-EXP");
        offsetMs_ += 24 * kHourMs;
        engine().start(op1_, tomorrow, QStringLiteral("MBR-OVS"), QStringLiteral("100"));
        QVERIFY_REFUSED(engine().complete(op1_, tomorrow, s, {QStringLiteral("L-TODAY")}),
                        K::NotUsable, "expired on");
        offsetMs_ -= 24 * kHourMs;
        engine().complete(op1_, b, s, {QStringLiteral("L-TODAY")});
        const exec::StepState& st = state(b, s);
        QCOMPARE(st.details.value(QStringLiteral("lot_status")).toString(),
                 QStringLiteral("Released"));
        QCOMPARE(st.details.value(QStringLiteral("material_code")).toString(),
                 QStringLiteral("RM-1"));
        QCOMPARE(exceptionsOf(b, QStringLiteral("refused_action")), 3);
        QCOMPARE(exceptionsOf(b, QStringLiteral("clock_went_backwards")), 0);
        // A corrected scan is checked like the scan.
        QVERIFY_REFUSED(engine().correct(op1_, b, s, QStringLiteral("L-Q"), QStringLiteral("typo")),
                        K::NotUsable, "Quarantine");
        engine().correct(op1_, b, s, QStringLiteral("L-OK"), QStringLiteral("wrong label read"));
        QCOMPARE(state(b, s).currentValue(), QStringLiteral("L-OK"));
        QCOMPARE(state(b, s).corrections.back().details.value(QStringLiteral("lot_id")).toString(),
                 QStringLiteral("L-OK"));
    }

    void equipmentCheckAndOccupancy() {
        const QString b = QStringLiteral("B-LOT");
        const QString s = QStringLiteral("s_tank");
        QVERIFY_REFUSED(engine().complete(op1_, b, s, {QStringLiteral("TANK-DIRTY")}), K::NotUsable,
                        "is dirty");
        QVERIFY_REFUSED(engine().complete(op1_, b, s, {QStringLiteral("TANK-NOCAL")}), K::NotUsable,
                        "no calibration on record");
        QVERIFY_REFUSED(engine().complete(op1_, b, s, {QStringLiteral("BIN-1")}), K::InvalidValue,
                        "is of class BIN, not the expected TANK");
        QVERIFY_REFUSED(engine().complete(op1_, b, s, {QStringLiteral("TANK-X")}), K::NotFound,
                        "no equipment TANK-X");
        engine().complete(op1_, b, s, {QStringLiteral("TANK-1")});
        QCOMPARE(station_->equipment().find(QStringLiteral("TANK-1"))->inUseBatch, b);
        QCOMPARE(engine().projection(b).equipmentHeld, QStringList{QStringLiteral("TANK-1")});
        QCOMPARE(state(b, s).details.value(QStringLiteral("equipment_class")).toString(),
                 QStringLiteral("TANK"));
        // Another batch cannot use it while this one holds it.
        const QString other = QStringLiteral("B-OTHER");
        engine().start(op1_, other, QStringLiteral("MBR-OVS"), QStringLiteral("100"));
        engine().complete(op1_, other, QStringLiteral("s_lot"), {QStringLiteral("L-OK")});
        QVERIFY_REFUSED(engine().complete(op1_, other, s, {QStringLiteral("TANK-1")}), K::NotUsable,
                        "in use by batch B-LOT");
        // A corrected check hands the wrong unit back (dirty) and takes the right one.
        engine().correct(op1_, b, s, QStringLiteral("TANK-4"), QStringLiteral("wrong tank label"));
        QCOMPARE(station_->equipment().find(QStringLiteral("TANK-4"))->inUseBatch, b);
        const auto tank1 = station_->equipment().find(QStringLiteral("TANK-1"));
        QVERIFY(tank1->inUseBatch.isEmpty());
        QCOMPARE(tank1->cleanStatus, masterdata::CleanStatus::Dirty);
        QCOMPARE(engine().projection(b).equipmentHeld, QStringList{QStringLiteral("TANK-4")});
        QVERIFY_REFUSED(engine().complete(op1_, other, s, {QStringLiteral("TANK-1")}), K::NotUsable,
                        "is dirty");
        engine().complete(op1_, other, s, {QStringLiteral("TANK-5")});
    }

    void cleaningOverride() {
        const QString b = QStringLiteral("B-LOT");
        const QString s = QStringLiteral("s_bin");
        offsetMs_ += 2 * kHourMs;  // BIN-SHORT's 1 h clean hold time has run out
        QVERIFY_REFUSED(engine().complete(op1_, b, s, {QStringLiteral("BIN-SHORT")}), K::NotUsable,
                        "allows a supervisor's override");
        const exec::OverrideRequest request{s, OverrideKind::CleaningExpired,
                                            QStringLiteral("bin inspected: visually clean, dry")};
        QVERIFY_REFUSED(engine().grantOverride(op1_, b, request, op2_.id, pw(op2_.id)),
                        K::NotAuthorized, "handle_deviations");
        QVERIFY_REFUSED(engine().grantOverride(sup1_, b, request, sup1_.id, pw(sup1_.id)),
                        K::NotAuthorized, "second person");
        QVERIFY_REFUSED(engine().grantOverride(op1_, b, {s, OverrideKind::CleaningExpired, {}},
                                               sup1_.id, pw(sup1_.id)),
                        K::ReasonRequired, "required");
        QVERIFY_REFUSED(
            engine().grantOverride(op1_, b, {s, OverrideKind::ManualEntry, request.reason},
                                   sup1_.id, pw(sup1_.id)),
            K::InvalidValue, "does not allow a manual-entry override");
        // A wrong password leaves an unsigned override that does not count...
        bool failed = false;
        try {
            engine().grantOverride(op1_, b, request, sup1_.id, QStringLiteral("wrong"));
        } catch (const security::SecurityError&) {
            failed = true;
        }
        QVERIFY(failed);
        QCOMPARE(engine().projection(b).overrides.size(), size_t(1));
        QVERIFY(!engine().projection(b).overrides[0].approved());
        QVERIFY_REFUSED(engine().complete(op1_, b, s, {QStringLiteral("BIN-SHORT")}), K::NotUsable,
                        "override");
        // ...and asking again signs that same override.
        const QString id = engine().grantOverride(op1_, b, request, sup1_.id, pw(sup1_.id));
        QCOMPARE(id, QStringLiteral("OVR-B-LOT-001"));
        QCOMPARE(engine().projection(b).overrides.size(), size_t(1));
        QVERIFY(engine().projection(b).overrides[0].approved());
        QVERIFY_REFUSED(engine().grantOverride(op1_, b, request, sup2_.id, pw(sup2_.id)),
                        K::OutOfSequence, "already has the approved override");
        // Dirty equipment is never overridden.
        QVERIFY_REFUSED(engine().complete(op1_, b, s, {QStringLiteral("BIN-DIRTY")}), K::NotUsable,
                        "is dirty");
        engine().complete(op1_, b, s, {QStringLiteral("BIN-SHORT")});
        QCOMPARE(state(b, s).overrideId, id);
        QCOMPARE(exceptionsOf(b, QStringLiteral("override")), 1);
        // An equipment check without cleaningOverride cannot be overridden, and an
        // override is only for the step that is current.
        const QString plain = QStringLiteral("B-PLAIN");
        engine().start(op1_, plain, QStringLiteral("MBR-OVS"), QStringLiteral("100"));
        QVERIFY_REFUSED(engine().grantOverride(op1_, plain,
                                               {QStringLiteral("s_bin"),
                                                OverrideKind::CleaningExpired, request.reason},
                                               sup1_.id, pw(sup1_.id)),
                        K::OutOfSequence, "comes first");
        engine().complete(op1_, plain, QStringLiteral("s_lot"), {QStringLiteral("L-OK")});
        QVERIFY_REFUSED(engine().grantOverride(op1_, plain,
                                               {QStringLiteral("s_tank"),
                                                OverrideKind::CleaningExpired, request.reason},
                                               sup1_.id, pw(sup1_.id)),
                        K::InvalidValue, "does not allow a cleaning override");
    }

    void lateEntry() {
        const QString b = QStringLiteral("B-LOT");
        // s_bin itself came 2 h after s_tank, beyond the default window of 3600 s.
        const int before = exceptionsOf(b, QStringLiteral("late_entry"));
        QCOMPARE(before, 1);
        // s_note: 600 s window from the completion of s_bin (the end of the previous
        // operation); 601 s later the entry is late but accepted.
        offsetMs_ += 601'000;
        const exec::CompletionResult r =
            engine().complete(op1_, b, QStringLiteral("s_note"), {QStringLiteral("ok")});
        QCOMPARE(r.warnings.size(), 1);
        QVERIFY2(r.warnings[0].contains(QStringLiteral("entry window of 600 s")),
                 qPrintable(r.warnings[0]));
        QCOMPARE(exceptionsOf(b, QStringLiteral("late_entry")), before + 1);
        // Window 0: never late.
        offsetMs_ += 10 * kHourMs;
        QVERIFY(engine().complete(op1_, b, QStringLiteral("s_ack"), {}).warnings.isEmpty());
        // An instrument capture carries its own time: never a late entry.
        offsetMs_ += 10 * kHourMs;
        checkMeterToday();
        QVERIFY(engine()
                    .complete(op1_, b, QStringLiteral("s_ph"), meter(QStringLiteral("4.00")))
                    .warnings.isEmpty());
        QCOMPARE(exceptionsOf(b, QStringLiteral("late_entry")), before + 1);
        // The site default applies where the step has no window; time on hold is not
        // counted. The default in force at the start binds the batch (3600 s here).
        exec::ExecSettings settings(station_->journal());
        QCOMPARE(settings.entryWindowSeconds(), exec::ExecSettings::kDefaultEntryWindowSeconds);
        QCOMPARE(engine().projection(b).entryWindowSeconds, 3600);
        checkMeterToday();
        engine().complete(op1_, b, QStringLiteral("s_cond"), meter(QStringLiteral("4.10")));
        engine().hold(op1_, b, QStringLiteral("break"));
        offsetMs_ += 2 * kHourMs;
        engine().resume(sup1_, b, QStringLiteral("back"));
        offsetMs_ += 1000'000;  // 1000 s of running time: within 3600 s
        QVERIFY(engine()
                    .complete(op1_, b, QStringLiteral("s_temp"), {QStringLiteral("20.0")})
                    .warnings.isEmpty());
        offsetMs_ += 3601'000;
        const exec::CompletionResult late =
            engine().complete(op1_, b, QStringLiteral("s_press"), {QStringLiteral("1.5")});
        QCOMPARE(late.warnings.size(), 1);
        QCOMPARE(exceptionsOf(b, QStringLiteral("late_entry")), before + 2);
        const exec::ExceptionEntry& x = engine().projection(b).exceptions.back();
        QCOMPARE(x.type, QStringLiteral("late_entry"));
        QCOMPARE(x.stepId, QStringLiteral("s_press"));
        // A changed site default binds only batches started afterwards.
        QVERIFY_REFUSED(settings.setEntryWindowSeconds(op1_, 120, QStringLiteral("x")),
                        K::NotAuthorized, "manage_users");
        QVERIFY_REFUSED(settings.setEntryWindowSeconds(admin_, 120, {}), K::ReasonRequired, "");
        QVERIFY_REFUSED(settings.setEntryWindowSeconds(admin_, -1, QStringLiteral("x")),
                        K::InvalidValue, "");
        settings.setEntryWindowSeconds(admin_, 120, QStringLiteral("contemporaneous recording"));
        QCOMPARE(settings.entryWindowSeconds(), 120);
        QCOMPARE(engine().projection(b).entryWindowSeconds, 3600);
        engine().start(op1_, QStringLiteral("B-WIN"), QStringLiteral("MBR-OVS"),
                       QStringLiteral("100"));
        QCOMPARE(engine().projection(QStringLiteral("B-WIN")).entryWindowSeconds, 120);
        offsetMs_ += 121'000;
        QCOMPARE(engine()
                     .complete(op1_, QStringLiteral("B-WIN"), QStringLiteral("s_lot"),
                               {QStringLiteral("L-OK")})
                     .warnings.size(),
                 1);
        settings.setEntryWindowSeconds(admin_, 3600, QStringLiteral("back to the default"));
    }

    void everyActionRefusedOnHold() {
        const QString b = QStringLiteral("B-WIN");  // s_lot done, s_tank next
        engine().hold(op1_, b, QStringLiteral("line stop"));
        QVERIFY_REFUSED(
            engine().complete(op1_, b, QStringLiteral("s_tank"), {QStringLiteral("TANK-7")}),
            K::WrongState, "on hold");
        QVERIFY_REFUSED(engine().correct(op1_, b, QStringLiteral("s_lot"),
                                         QStringLiteral("L-TODAY"), QStringLiteral("x")),
                        K::WrongState, "on hold");
        QVERIFY_REFUSED(engine().sign(b, QStringLiteral("s_lot"), op2_.id, pw(op2_.id),
                                      SignatureMeaning::Verified),
                        K::WrongState, "on hold");
        QVERIFY_REFUSED(engine().startStep(op1_, b, QStringLiteral("s_tank")), K::WrongState,
                        "on hold");
        QVERIFY_REFUSED(engine().grantOverride(op1_, b,
                                               {QStringLiteral("s_tank"),
                                                OverrideKind::CleaningExpired, QStringLiteral("x")},
                                               sup1_.id, pw(sup1_.id)),
                        K::WrongState, "on hold");
        QVERIFY_REFUSED(engine().hold(op1_, b, QStringLiteral("again")), K::WrongState, "on hold");
        // What deals with the hold stays possible: a deviation, and the resume.
        engine().raiseDeviation(op1_, b,
                                {QStringLiteral("s_tank"), QStringLiteral("equipment"),
                                 QStringLiteral("tank alarm"), QStringLiteral("line stopped")});
        engine().resume(sup1_, b, QStringLiteral("alarm cleared"));
        QCOMPARE(exceptionsOf(b, QStringLiteral("refused_action")), 6);
    }

    void manualEntryOverride() {
        const QString b = QStringLiteral("B-MAN");
        startWithSetup(b, QStringLiteral("TANK-6"), QStringLiteral("BIN-2"));
        engine().complete(op1_, b, QStringLiteral("s_note"), {QStringLiteral("ok")});
        engine().complete(op1_, b, QStringLiteral("s_ack"), {});
        QVERIFY_REFUSED(
            engine().complete(op1_, b, QStringLiteral("s_ph"), {QStringLiteral("4.00")}),
            K::OverrideRequired, "needs a supervisor's override");
        const QString id = engine().grantOverride(
            op1_, b,
            {QStringLiteral("s_ph"), OverrideKind::ManualEntry,
             QStringLiteral("meter interface down; value from the meter display")},
            sup2_.id, pw(sup2_.id));
        const exec::CompletionResult r =
            engine().complete(op1_, b, QStringLiteral("s_ph"), {QStringLiteral("4.00")});
        QVERIFY(r.warnings.join(QLatin1Char(' ')).contains(id));
        QCOMPARE(state(b, QStringLiteral("s_ph")).overrideId, id);
        QCOMPARE(state(b, QStringLiteral("s_ph")).source, QStringLiteral("manual"));
        QCOMPARE(exceptionsOf(b, QStringLiteral("override")), 1);
        QCOMPARE(exceptionsOf(b, QStringLiteral("manual_entry_where_instrument_expected")), 1);
        // manualEntry "forbidden": no override can help; only the instrument.
        QVERIFY_REFUSED(
            engine().complete(op1_, b, QStringLiteral("s_cond"), {QStringLiteral("4.10")}),
            K::InvalidValue, "cannot be entered by hand");
        QVERIFY_REFUSED(
            engine().grantOverride(
                op1_, b, {QStringLiteral("s_cond"), OverrideKind::ManualEntry, QStringLiteral("x")},
                sup2_.id, pw(sup2_.id)),
            K::InvalidValue, "does not allow a manual-entry override");
        checkMeterToday();
        engine().complete(op1_, b, QStringLiteral("s_cond"), meter(QStringLiteral("4.10")));
    }

    void continuationFlag() {
        const QString b = QStringLiteral("B-MAN");
        // s_temp has no supervisorContinuation: the deviation alone lets it complete.
        QVERIFY_REFUSED(
            engine().complete(op1_, b, QStringLiteral("s_temp"), {QStringLiteral("35.0")}),
            K::DeviationRequired, "Raise a deviation before the step can complete");
        engine().raiseDeviation(op1_, b,
                                {QStringLiteral("s_temp"), QStringLiteral("process"),
                                 QStringLiteral("jacket too warm"), QStringLiteral("cooling on")});
        const exec::CompletionResult t =
            engine().complete(op1_, b, QStringLiteral("s_temp"), {QStringLiteral("35.0")});
        QCOMPARE(t.limit, exec::LimitLevel::Action);
        QCOMPARE(state(b, QStringLiteral("s_temp")).deviationId, QStringLiteral("DEV-B-MAN-001"));
        // s_press needs the supervisor's signature on top of the deviation.
        QVERIFY_REFUSED(
            engine().complete(op1_, b, QStringLiteral("s_press"), {QStringLiteral("3.0")}),
            K::DeviationRequired, "have a supervisor sign the continuation");
        const QString dev = engine().raiseDeviation(
            op1_, b,
            {QStringLiteral("s_press"), QStringLiteral("equipment"),
             QStringLiteral("pressure 3 bar"), QStringLiteral("valve checked")});
        QVERIFY_REFUSED(
            engine().complete(op1_, b, QStringLiteral("s_press"), {QStringLiteral("3.0")}),
            K::DeviationRequired, "Deviation DEV-B-MAN-002 is raised; a supervisor must sign");
        engine().approveContinuation(b, dev, sup1_.id, pw(sup1_.id));
        QCOMPARE(
            engine().complete(op1_, b, QStringLiteral("s_press"), {QStringLiteral("3.0")}).limit,
            exec::LimitLevel::Action);
        QCOMPARE(state(b, QStringLiteral("s_press")).deviationId, dev);
    }

    void calculationsAreRecomputedOnCorrection() {
        const QString b = QStringLiteral("B-MAN");
        engine().complete(op1_, b, QStringLiteral("s_a"), {QStringLiteral("10.0")});
        engine().complete(op1_, b, QStringLiteral("s_b"), {QStringLiteral("20.0")});
        QCOMPARE(engine().complete(op1_, b, QStringLiteral("s_sum"), {}).value,
                 QStringLiteral("30.0"));
        QCOMPARE(engine().complete(op1_, b, QStringLiteral("s_ratio"), {}).value,
                 QStringLiteral("15.00"));
        engine().correct(op1_, b, QStringLiteral("s_a"), QStringLiteral("85.0"),
                         QStringLiteral("read the wrong scale"));
        const exec::StepState& a = state(b, QStringLiteral("s_a"));
        const exec::StepState& sum = state(b, QStringLiteral("s_sum"));
        const exec::StepState& ratio = state(b, QStringLiteral("s_ratio"));
        QCOMPARE(sum.value, QStringLiteral("30.0"));  // the old value stays visible
        QCOMPARE(sum.currentValue(), QStringLiteral("105.0"));
        QCOMPARE(sum.corrections.size(), size_t(1));
        QVERIFY(sum.corrections[0].recomputed());
        QCOMPARE(sum.corrections[0].causedBy.seq, a.corrections[0].event.seq);
        QCOMPARE(sum.corrections[0].corrects.seq, sum.completion.seq);
        QVERIFY2(sum.corrections[0].reason.contains(QStringLiteral("s_a")) &&
                     sum.corrections[0].reason.contains(QStringLiteral("read the wrong scale")),
                 qPrintable(sum.corrections[0].reason));
        // Through a chain: the ratio uses the recomputed sum. 105 / 20 * 10.
        QCOMPARE(ratio.currentValue(), QStringLiteral("52.50"));
        QCOMPARE(ratio.corrections[0].causedBy.seq, a.corrections[0].event.seq);
        // The recomputed sum is out of its limits: an exception, not a refusal.
        const std::vector<exec::ExceptionEntry>& xs = engine().projection(b).exceptions;
        bool outOfLimits = false;
        for (const exec::ExceptionEntry& x : xs)
            outOfLimits = outOfLimits || (x.type == QLatin1String("out_of_limits") &&
                                          x.stepId == QLatin1String("s_sum") &&
                                          x.message.contains(QStringLiteral("recomputed")));
        QVERIFY(outOfLimits);
        QCOMPARE(exceptionsOf(b, QStringLiteral("correction")), 3);
        // A correction that leaves a dependent calculation without a result is refused as
        // a whole: s_b = 0 divides by zero in s_ratio.
        QVERIFY_REFUSED(engine().correct(op1_, b, QStringLiteral("s_b"), QStringLiteral("0.0"),
                                         QStringLiteral("x")),
                        K::InvalidValue, "no finite result");
        QCOMPARE(state(b, QStringLiteral("s_b")).currentValue(), QStringLiteral("20.0"));
        // A calculation a supervisor signed is recomputed only by a supervisor or higher.
        engine().sign(b, QStringLiteral("s_sum"), sup2_.id, pw(sup2_.id),
                      SignatureMeaning::Verified);
        QVERIFY_REFUSED(engine().correct(op1_, b, QStringLiteral("s_b"), QStringLiteral("10.0"),
                                         QStringLiteral("x")),
                        K::NotAuthorized, "s_sum is signed by sup2");
        engine().correct(sup1_, b, QStringLiteral("s_b"), QStringLiteral("10.0"),
                         QStringLiteral("re-weighed"));
        QCOMPARE(state(b, QStringLiteral("s_sum")).currentValue(), QStringLiteral("95.0"));
        QCOMPARE(state(b, QStringLiteral("s_ratio")).currentValue(), QStringLiteral("95.00"));
        // Calculations themselves are never corrected by hand.
        QVERIFY_REFUSED(engine().correct(sup1_, b, QStringLiteral("s_sum"), QStringLiteral("1.0"),
                                         QStringLiteral("x")),
                        K::InvalidValue, "cannot be corrected by entering a value");
    }

    void finishedBatchGivesEquipmentBack() {
        const QString b = QStringLiteral("B-MAN");
        QCOMPARE(engine().projection(b).equipmentHeld.size(), 2);
        engine().sign(b, QStringLiteral("s_sign"), sup1_.id, pw(sup1_.id),
                      SignatureMeaning::Performed);
        QCOMPARE(engine().projection(b).status, exec::BatchStatus::Finished);
        QVERIFY(engine().projection(b).equipmentHeld.isEmpty());
        for (const char* id : {"TANK-6", "BIN-2"}) {
            const auto e = station_->equipment().find(QString::fromLatin1(id));
            QVERIFY(e->inUseBatch.isEmpty());
            QCOMPARE(e->cleanStatus, masterdata::CleanStatus::Dirty);
        }
    }

    void everyActionRefusedOnFinishedBatch() {
        const QString b = QStringLiteral("B-MAN");
        QVERIFY_REFUSED(engine().complete(op1_, b, QStringLiteral("s_sign"), {}), K::WrongState,
                        "is finished");
        QVERIFY_REFUSED(engine().correct(sup1_, b, QStringLiteral("s_a"), QStringLiteral("1.0"),
                                         QStringLiteral("x")),
                        K::WrongState, "is finished");
        QVERIFY_REFUSED(engine().sign(b, QStringLiteral("s_a"), sup2_.id, pw(sup2_.id),
                                      SignatureMeaning::Verified),
                        K::WrongState, "is finished");
        QVERIFY_REFUSED(engine().hold(op1_, b, QStringLiteral("x")), K::WrongState, "is finished");
        QVERIFY_REFUSED(engine().resume(sup1_, b, QStringLiteral("x")), K::WrongState,
                        "not on hold");
        QVERIFY_REFUSED(engine().raiseDeviation(op1_, b,
                                                {QStringLiteral("s_a"), QStringLiteral("x"),
                                                 QStringLiteral("y"), QStringLiteral("z")}),
                        K::WrongState, "is finished");
        QVERIFY_REFUSED(
            engine().grantOverride(
                op1_, b, {QStringLiteral("s_ph"), OverrideKind::ManualEntry, QStringLiteral("x")},
                sup1_.id, pw(sup1_.id)),
            K::WrongState, "is finished");
    }

    void deviationClosure() {
        const QString b = QStringLiteral("B-MAN");  // finished: closure comes afterwards
        const exec::DeviationClosureRequest request{QStringLiteral("DEV-B-MAN-002"),
                                                    QStringLiteral("valve seat worn"),
                                                    QStringLiteral("CAPA-2026-031")};
        QVERIFY_REFUSED(engine().closeDeviation(b, request, op2_.id, pw(op2_.id)), K::NotAuthorized,
                        "handle_deviations");
        QVERIFY_REFUSED(engine().closeDeviation(b, {request.deviationId, {}, request.capaReference},
                                                qa1_.id, pw(qa1_.id)),
                        K::ReasonRequired, "root cause");
        QVERIFY_REFUSED(engine().closeDeviation(b, {request.deviationId, request.rootCause, {}},
                                                qa1_.id, pw(qa1_.id)),
                        K::ReasonRequired, "CAPA");
        QVERIFY_REFUSED(engine().closeDeviation(
                            b, {QStringLiteral("DEV-X"), QStringLiteral("x"), QStringLiteral("y")},
                            qa1_.id, pw(qa1_.id)),
                        K::NotFound, "no deviation DEV-X");
        // Who raised a deviation does not close it (sup1 raised none; op1 raised both).
        const QString raised = engine().raiseDeviation(
            sup1_, QStringLiteral("B-OTHER"),
            {QStringLiteral("s_bin"), QStringLiteral("material"), QStringLiteral("bin missing"),
             QStringLiteral("fetched another")});
        QVERIFY_REFUSED(engine().closeDeviation(QStringLiteral("B-OTHER"),
                                                {raised, QStringLiteral("x"), QStringLiteral("y")},
                                                sup1_.id, pw(sup1_.id)),
                        K::NotAuthorized, "may not also close it");
        QCOMPARE(engine().projection(b).deviation(request.deviationId)->stateName(),
                 QStringLiteral("open"));
        bool failed = false;
        try {
            engine().closeDeviation(b, request, qa1_.id, QStringLiteral("wrong"));
        } catch (const security::SecurityError&) {
            failed = true;
        }
        QVERIFY(failed);
        QCOMPARE(engine().projection(b).deviation(request.deviationId)->stateName(),
                 QStringLiteral("closure_pending"));
        const security::SignatureInfo s = engine().closeDeviation(b, request, qa1_.id, pw(qa1_.id));
        QCOMPARE(s.meaning, SignatureMeaning::Verified);
        const exec::DeviationEntry* d = engine().projection(b).deviation(request.deviationId);
        QCOMPARE(d->stateName(), QStringLiteral("closed"));
        QCOMPARE(d->closures.size(), size_t(1));  // the retry signed the same closure
        QCOMPARE(d->closure()->capaReference, QStringLiteral("CAPA-2026-031"));
        QCOMPARE(d->closure()->signatures[0].signerId, QStringLiteral("qa1"));
        QVERIFY_REFUSED(engine().closeDeviation(b, request, sup2_.id, pw(sup2_.id)),
                        K::OutOfSequence, "already closed");
        QCOMPARE(engine().projection(b).deviation(QStringLiteral("DEV-B-MAN-001"))->stateName(),
                 QStringLiteral("open"));
    }

    void projectionRebuildsTheSameState() {
        exec::BatchEngine fresh(station_->journal(), station_->users(), station_->signatures(),
                                station_->mbrs(), station_->materials(), station_->equipment(),
                                &station_->instruments());
        for (const QString& b : {QStringLiteral("B-LOT"), QStringLiteral("B-MAN")}) {
            const exec::BatchProjection& x = engine().projection(b);
            const exec::BatchProjection& y = fresh.projection(b);
            QCOMPARE(y.completionOrder, x.completionOrder);
            QCOMPARE(y.exceptions.size(), x.exceptions.size());
            QCOMPARE(y.equipmentHeld, x.equipmentHeld);
            QCOMPARE(y.overrides.size(), x.overrides.size());
            QCOMPARE(y.holds.size(), x.holds.size());
            for (size_t i = 0; i < x.deviations.size(); ++i)
                QCOMPARE(y.deviations[i].stateName(), x.deviations[i].stateName());
            for (const QString& id : x.completionOrder) {
                QCOMPARE(y.step(id)->currentValue(), x.step(id)->currentValue());
                QCOMPARE(y.step(id)->corrections.size(), x.step(id)->corrections.size());
                QCOMPARE(y.step(id)->doneMs, x.step(id)->doneMs);
                if (x.step(id)->signatures.empty())  // else done at its signature's time
                    QCOMPARE(x.step(id)->doneMs,
                             QDateTime::fromString(x.step(id)->completedUtc, Qt::ISODateWithMs)
                                 .toMSecsSinceEpoch());
                QCOMPARE(y.step(id)->details, x.step(id)->details);
            }
        }
        const record::VerifyReport report = record::verifyAuditTrail(station_->db());
        QVERIFY2(report.ok, report.toJson().constData());
    }

    void mbrSentBackToDraft() {
        model::MbrRepository& mbrs = station_->mbrs();
        QByteArray v2(kMbr);
        v2.replace("\"version\": \"1.0\"", "\"version\": \"1.1\"");
        mbrs.importDraft(admin_, v2);
        const QString id = QStringLiteral("MBR-OVS");
        const QString v = QStringLiteral("1.1");
        const auto mbrRefusal =
            [](const std::function<void()>& f) -> std::optional<model::MbrError> {
            try {
                f();
            } catch (const model::MbrError& e) {
                return e;
            }
            return std::nullopt;
        };
        auto r = mbrRefusal([&] { mbrs.sendBackToDraft(admin_, id, v, QStringLiteral("x")); });
        QVERIFY(r && r->kind() == model::MbrError::Kind::WrongState);  // it is a Draft
        mbrs.submitForReview(admin_, id, v);
        mbrs.signAsAuthor(id, v, sup1_.id, pw(sup1_.id));
        r = mbrRefusal([&] { mbrs.sendBackToDraft(op1_, id, v, QStringLiteral("x")); });
        QVERIFY(r && r->kind() == model::MbrError::Kind::NotAuthorized);
        r = mbrRefusal([&] { mbrs.sendBackToDraft(qa1_, id, v, QStringLiteral("  ")); });
        QVERIFY(r && r->kind() == model::MbrError::Kind::Invalid);
        const model::MbrVersionInfo back = mbrs.sendBackToDraft(
            qa1_, id, v, QStringLiteral("pH limits do not match the specification"));
        QCOMPARE(back.status, model::MbrStatus::Draft);
        QVERIFY(back.submittedBy.isEmpty());
        record::EventQuery q;
        q.type = model::types::kMbrReturnedToDraft;
        const auto events = station_->journal().events(q);
        QCOMPARE(events.size(), size_t(1));
        const QJsonObject p = events[0].payloadObject();
        QCOMPARE(p.value(QStringLiteral("old_status")).toString(), QStringLiteral("InReview"));
        QCOMPARE(p.value(QStringLiteral("new_status")).toString(), QStringLiteral("Draft"));
        QCOMPARE(p.value(QStringLiteral("reason")).toString(),
                 QStringLiteral("pH limits do not match the specification"));
        QCOMPARE(events[0].userId, QStringLiteral("qa1"));
        r = mbrRefusal([&] { mbrs.approve(id, v, qa1_.id, pw(qa1_.id)); });
        QVERIFY(r && r->kind() == model::MbrError::Kind::WrongState);
        // Submitted again: the author's signature of the ended review no longer counts.
        mbrs.submitForReview(admin_, id, v);
        r = mbrRefusal([&] { mbrs.approve(id, v, qa1_.id, pw(qa1_.id)); });
        QVERIFY(r && r->kind() == model::MbrError::Kind::WrongState);
        QVERIFY(r->message().contains(QStringLiteral("before its author has signed")));
        mbrs.signAsAuthor(id, v, sup1_.id, pw(sup1_.id));
        QCOMPARE(mbrs.approve(id, v, qa1_.id, pw(qa1_.id)).status, model::MbrStatus::Approved);
    }

    void messagesCarryTheirTranslationContext() {
        MarkingTranslator marker;
        QVERIFY(QCoreApplication::installTranslator(&marker));
        const auto engineMessage = refusalOf<ExecError>([&] {
            engine().complete(op1_, QStringLiteral("B-OTHER"), QStringLiteral("s_bin"),
                              {QStringLiteral("BIN-DIRTY")});
        });
        const auto sequenceMessage = refusalOf<ExecError>([&] {
            engine().complete(op1_, QStringLiteral("B-OTHER"), QStringLiteral("s_nothing"), {});
        });
        const auto valueMessage = refusalOf<ExecError>([&] {
            engine().complete(op1_, QStringLiteral("B-OTHER"), QStringLiteral("s_bin"), {});
        });
        const model::MbrParseResult parsed = model::MbrParser::parse("{\"format\": 1}");
        QCoreApplication::removeTranslator(&marker);
        QVERIFY(engineMessage);
        QVERIFY2(engineMessage->message().startsWith(QStringLiteral("[MasterData] ")),
                 qPrintable(engineMessage->message()));
        QVERIFY(sequenceMessage);
        QVERIFY2(sequenceMessage->message().startsWith(QStringLiteral("[BatchEngine] ")),
                 qPrintable(sequenceMessage->message()));
        QVERIFY(valueMessage);
        QVERIFY2(valueMessage->message().startsWith(QStringLiteral("[BatchEngine] ")),
                 qPrintable(valueMessage->message()));
        QVERIFY(!parsed.ok());
        QVERIFY2(parsed.issues[0].message.startsWith(QStringLiteral("[MbrText] ")),
                 qPrintable(parsed.issues[0].message));
    }
};

QTEST_GUILESS_MAIN(TestExecOversight)
#include "test_exec_oversight.moc"
