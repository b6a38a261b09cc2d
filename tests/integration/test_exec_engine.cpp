// The batch execution engine (core/exec) against a real SQLCipher store: the enforced
// sequence, every refusal of issue 3 (each one also recorded), limits, the deviation and
// correction flows, hold/resume, a clock that goes backwards, scaling of weigh targets and
// the projection rebuilt from events. Signing uses the production PBKDF2 cost, so the
// test functions share one station (one batch each) and the users are made once.
#include "InstrumentMaster.h"
#include "Refusal.h"
#include "exec/BatchEngine.h"
#include "record/AuditVerifier.h"
#include "station/Station.h"

#include <QTemporaryDir>
#include <QtTest>

#include <atomic>
#include <functional>
#include <memory>
#include <optional>

using namespace batch;
using exec::ExecError;
using exec::StepInput;
using K = exec::ExecError::Kind;
using security::SignatureMeaning;

namespace {

const QString kAdminPassword = QStringLiteral("Admin-Secret-2026");

QString pw(const QString& id) {
    return id + QStringLiteral("-Passw0rd!");
}

// Small but complete: every kind the refusals need, one operation in order.
const char* kMbr = R"json({
 "format": "batchstation-mbr/1", "mbrId": "MBR-ENG", "version": "1.0", "title": "Engine test",
 "product": {"code": "P-ENG", "name": "Engine test product"},
 "batchSize": {"quantity": 100, "unit": "kg"},
 "theoreticalYield": {"quantity": 1000, "unit": "units"},
 "materials": [{"code": "RM1", "name": "Material one", "quantity": 50, "unit": "kg"}],
 "equipmentClasses": [{"code": "BAL", "name": "Balance"}],
 "unitProcedures": [{"id": "up1", "title": "Unit procedure", "operations": [
  {"id": "op1", "title": "Operation", "phases": [
   {"id": "s_intro", "kind": "instruction", "title": "Intro", "text": "Read this."},
   {"id": "s_weigh", "kind": "weigh", "title": "Weigh", "material": "RM1", "decimals": 2,
    "tolerance": {"percent": 1}, "instrumentClass": "BAL"},
   {"id": "s_temp", "kind": "numeric", "title": "Temperature", "unit": "C", "decimals": 1,
    "target": 20, "limits": {"low": 10, "high": 30, "alertLow": 15, "alertHigh": 25},
    "supervisorContinuation": true},
   {"id": "s_mode", "kind": "choice", "title": "Mode", "options": ["a", "b"]},
   {"id": "s_ph", "kind": "numeric", "title": "pH", "unit": "pH", "decimals": 2,
    "source": "instrument", "instrumentClass": "BAL"},
   {"id": "s_note", "kind": "text", "title": "Note", "maxLength": 10},
   {"id": "s_mix", "kind": "timer", "title": "Mix", "minSeconds": 60, "maxSeconds": 120},
   {"id": "s_calc", "kind": "calculation", "title": "Calc", "formula": "s_weigh * 2 + s_temp",
    "unit": "kg", "decimals": 2},
   {"id": "s_sign", "kind": "signature", "title": "Verified", "meaning": "Verified",
    "requiredRoles": ["supervisor"], "verifiedBy": true}
  ]}]}]})json";

#define QVERIFY_REFUSED(expr, expectedKind)                                      \
    do {                                                                         \
        const std::optional<ExecError> r_ = refusalOf<ExecError>([&] { expr; }); \
        QVERIFY2(r_.has_value(), "expected a refusal: " #expr);                  \
        QVERIFY2(r_->kind() == (expectedKind), qPrintable(r_->message()));       \
        QVERIFY(!r_->message().isEmpty());                                       \
    } while (0)

}  // namespace

class TestExecEngine : public QObject {
    Q_OBJECT

private:
    QTemporaryDir dir_;
    std::unique_ptr<Station> station_;
    std::atomic<std::int64_t> offsetMs_{0};
    security::User op1_, op2_, sup1_, sup2_;

    exec::BatchEngine& engine() { return station_->batches(); }
    // A live balance reading of BAL-01 (registered in initTestCase): net on an empty
    // container of 1.25 kg, stamped now on the station clock.
    StepInput balance(const QString& value, bool stable = true) {
        return testsupport::liveBalanceReading(value, QStringLiteral("BAL-01"),
                                               QStringLiteral("SN-BAL-01"),
                                               station_->journal().nowMs(), stable);
    }
    // An instrument that is calibrated and checked today, in class BAL.
    void registerInstrument(const QString& id, const QString& type, const QString& serial) {
        testsupport::registerCheckedInstrument(station_->instruments(),
                                               *station_->users().find(QStringLiteral("admin")),
                                               op1_, id, type, serial, QStringLiteral("BAL"));
    }
    security::User makeUser(const QString& id, security::Role role) {
        const security::User admin = *station_->users().find(QStringLiteral("admin"));
        station_->users().addUser(admin, id, QStringLiteral("User ") + id, {role},
                                  QStringLiteral("Temporary-0001"), QStringLiteral("test"));
        station_->users().changePassword(id, QStringLiteral("Temporary-0001"), pw(id));
        return *station_->users().find(id);
    }
    // Completes the steps before s_mix of a fresh batch.
    void runToTimer(const QString& b) {
        engine().complete(op1_, b, QStringLiteral("s_intro"), {});
        engine().complete(op1_, b, QStringLiteral("s_weigh"), balance(QStringLiteral("50.10")));
        engine().complete(op1_, b, QStringLiteral("s_temp"), {QStringLiteral("20.5")});
        engine().complete(op1_, b, QStringLiteral("s_mode"), {QStringLiteral("a")});
        engine().complete(
            op1_, b, QStringLiteral("s_ph"),
            {QStringLiteral("7.01"), {}, QStringLiteral("PH-1"), QStringLiteral("pH 7.01"), true});
        engine().complete(op1_, b, QStringLiteral("s_note"), {QStringLiteral("fine")});
    }
    int exceptionsOf(const QString& b, const QString& type) {
        int n = 0;
        for (const exec::ExceptionEntry& x : engine().projection(b).exceptions)
            n += x.type == type ? 1 : 0;
        return n;
    }

private slots:
    void initTestCase() {
        QVERIFY(dir_.isValid());
        // The station clock runs from noon today: the daily check of the balances is
        // "today" for every weighing, even when the suite runs just before midnight.
        const QDateTime now = QDateTime::currentDateTime();
        offsetMs_ =
            QDateTime(now.date(), QTime(12, 0)).toMSecsSinceEpoch() - now.toMSecsSinceEpoch();
        station_ = Station::create(dir_.filePath(QStringLiteral("exec.db")), "exec test key",
                                   QStringLiteral("ST01"), QStringLiteral("admin"),
                                   QStringLiteral("Ada Admin"), kAdminPassword,
                                   [this] { return record::systemClock()() + offsetMs_.load(); });
        op1_ = makeUser(QStringLiteral("op1"), security::Role::Operator);
        op2_ = makeUser(QStringLiteral("op2"), security::Role::Operator);
        sup1_ = makeUser(QStringLiteral("sup1"), security::Role::Supervisor);
        sup2_ = makeUser(QStringLiteral("sup2"), security::Role::Supervisor);
        const security::User qa = makeUser(QStringLiteral("qa1"), security::Role::Qa);
        const security::User admin = *station_->users().find(QStringLiteral("admin"));
        model::MbrRepository& mbrs = station_->mbrs();
        mbrs.importDraft(admin, QByteArray(kMbr));
        // Not effective yet: no batch may start from it.
        QVERIFY_REFUSED(engine().start(op1_, QStringLiteral("B-NE"), QStringLiteral("MBR-ENG"),
                                       QStringLiteral("100")),
                        K::WrongState);
        mbrs.submitForReview(admin, QStringLiteral("MBR-ENG"), QStringLiteral("1.0"));
        mbrs.signAsAuthor(QStringLiteral("MBR-ENG"), QStringLiteral("1.0"), sup1_.id, pw(sup1_.id));
        mbrs.approve(QStringLiteral("MBR-ENG"), QStringLiteral("1.0"), qa.id, pw(qa.id));
        mbrs.makeEffective(admin, QStringLiteral("MBR-ENG"), QStringLiteral("1.0"));
        registerInstrument(QStringLiteral("BAL-01"), QStringLiteral("balance"),
                           QStringLiteral("SN-BAL-01"));
        registerInstrument(QStringLiteral("PH-1"), QStringLiteral("ph_meter"),
                           QStringLiteral("SN-PH-1"));
    }

    void startBindsMbrAndScalesTargets() {
        const exec::BatchProjection b = engine().start(
            op1_, QStringLiteral("B-SCALE"), QStringLiteral("MBR-ENG"), QStringLiteral("50"));
        QCOMPARE(b.mbrVersion, QStringLiteral("1.0"));
        QCOMPARE(b.contentHash.size(), 64);
        // 50 kg per 100 kg batch, half a batch: 25.00 kg +- 1 %.
        QCOMPARE(b.weighTargets.value(QStringLiteral("s_weigh")),
                 QStringLiteral("25.00|24.75|25.25"));
        const exec::BatchProjection big = engine().start(
            op1_, QStringLiteral("B-SCALE2"), QStringLiteral("MBR-ENG"), QStringLiteral("250"));
        QCOMPARE(big.weighTargets.value(QStringLiteral("s_weigh")),
                 QStringLiteral("125.00|123.75|126.25"));
        QVERIFY_REFUSED(engine().start(op1_, QStringLiteral("B-SCALE"), QStringLiteral("MBR-ENG"),
                                       QStringLiteral("50")),
                        K::Conflict);
        QVERIFY_REFUSED(engine().start(op1_, QStringLiteral("B-BAD"), QStringLiteral("MBR-ENG"),
                                       QStringLiteral("-3")),
                        K::InvalidValue);
        QVERIFY_REFUSED(engine().start(op1_, QStringLiteral("B-NOMBR"), QStringLiteral("MBR-NONE"),
                                       QStringLiteral("5")),
                        K::WrongState);
        // A weigh outside the scaled tolerance needs a deviation.
        engine().complete(op1_, QStringLiteral("B-SCALE"), QStringLiteral("s_intro"), {});
        QVERIFY_REFUSED(
            engine().complete(op1_, QStringLiteral("B-SCALE"), QStringLiteral("s_weigh"),
                              balance(QStringLiteral("50.00"))),
            K::DeviationRequired);
        engine().complete(op1_, QStringLiteral("B-SCALE"), QStringLiteral("s_weigh"),
                          balance(QStringLiteral("25.20")));
    }

    void refusalsAreTypedAndRecorded() {
        const QString b = QStringLiteral("B-REF");
        engine().start(op1_, b, QStringLiteral("MBR-ENG"), QStringLiteral("100"));
        // Skipping and reordering.
        QVERIFY_REFUSED(
            engine().complete(op1_, b, QStringLiteral("s_temp"), {QStringLiteral("20.0")}),
            K::OutOfSequence);
        QVERIFY_REFUSED(engine().complete(op1_, b, QStringLiteral("s_nope"), {}), K::NotFound);
        engine().complete(op1_, b, QStringLiteral("s_intro"), {});
        // Completing twice.
        QVERIFY_REFUSED(engine().complete(op1_, b, QStringLiteral("s_intro"), {}),
                        K::OutOfSequence);
        // Weigh: unstable, missing instrument fields, wrong unit, too many decimals.
        QVERIFY_REFUSED(engine().complete(op1_, b, QStringLiteral("s_weigh"),
                                          balance(QStringLiteral("50.00"), false)),
                        K::Unstable);
        QVERIFY_REFUSED(
            engine().complete(op1_, b, QStringLiteral("s_weigh"), {QStringLiteral("50.00")}),
            K::InvalidValue);
        StepInput noFrame = balance(QStringLiteral("50.00"));
        noFrame.rawFrame.clear();
        QVERIFY_REFUSED(engine().complete(op1_, b, QStringLiteral("s_weigh"), noFrame),
                        K::InvalidValue);
        StepInput grams = balance(QStringLiteral("50.00"));
        grams.unit = QStringLiteral("g");
        QVERIFY_REFUSED(engine().complete(op1_, b, QStringLiteral("s_weigh"), grams),
                        K::InvalidValue);
        // A balance finer than the step: the value is rounded to the step's decimals,
        // the net as the balance sent it stays in the record (asked without recording).
        const exec::ReadingCheck fine = engine().checkInstrumentReading(
            op1_, b, QStringLiteral("s_weigh"), balance(QStringLiteral("50.004")));
        QVERIFY2(fine.accepted, qPrintable(fine.refusal ? fine.refusal->message() : QString()));
        QCOMPARE(fine.value, QStringLiteral("50.00"));
        engine().complete(op1_, b, QStringLiteral("s_weigh"), balance(QStringLiteral("50.00")));
        // Numeric: not a number, too many decimals.
        QVERIFY_REFUSED(
            engine().complete(op1_, b, QStringLiteral("s_temp"), {QStringLiteral("warm")}),
            K::InvalidValue);
        QVERIFY_REFUSED(
            engine().complete(op1_, b, QStringLiteral("s_temp"), {QStringLiteral("20.05")}),
            K::InvalidValue);
        const exec::CompletionResult temp =
            engine().complete(op1_, b, QStringLiteral("s_temp"), {QStringLiteral("20")});
        QCOMPARE(temp.value, QStringLiteral("20.0"));  // normalised to the step's decimals
        // Choice not in the options.
        QVERIFY_REFUSED(engine().complete(op1_, b, QStringLiteral("s_mode"), {QStringLiteral("c")}),
                        K::InvalidValue);
        engine().complete(op1_, b, QStringLiteral("s_mode"), {QStringLiteral("b")});
        // An instrument step entered by hand completes, recorded as an exception.
        const exec::CompletionResult ph =
            engine().complete(op1_, b, QStringLiteral("s_ph"), {QStringLiteral("6.90")});
        QVERIFY(!ph.warnings.isEmpty());
        QCOMPARE(exceptionsOf(b, QStringLiteral("manual_entry_where_instrument_expected")), 1);
        // Text too long.
        QVERIFY_REFUSED(engine().complete(op1_, b, QStringLiteral("s_note"),
                                          {QStringLiteral("far too long a note")}),
                        K::InvalidValue);
        engine().complete(op1_, b, QStringLiteral("s_note"), {QStringLiteral("ok")});
        // Timer: not started, then too early; no entered time can shorten it.
        QVERIFY_REFUSED(engine().complete(op1_, b, QStringLiteral("s_mix"), {}), K::OutOfSequence);
        engine().startStep(op1_, b, QStringLiteral("s_mix"));
        QVERIFY_REFUSED(engine().complete(op1_, b, QStringLiteral("s_mix"), {}), K::TooEarly);
        offsetMs_ += 61'000;
        engine().complete(op1_, b, QStringLiteral("s_mix"), {});
        // Calculation: computed by muParser, never entered.
        QVERIFY_REFUSED(engine().complete(op1_, b, QStringLiteral("s_calc"), {QStringLiteral("1")}),
                        K::InvalidValue);
        const exec::CompletionResult calc =
            engine().complete(sup1_, b, QStringLiteral("s_calc"), {});
        QCOMPARE(calc.value, QStringLiteral("120.00"));  // 50.00 * 2 + 20.0
        // Signature: not via complete, wrong role, same person as the performer.
        QVERIFY_REFUSED(engine().complete(sup2_, b, QStringLiteral("s_sign"), {}), K::InvalidValue);
        QVERIFY_REFUSED(engine().sign(b, QStringLiteral("s_sign"), op2_.id, pw(op2_.id),
                                      SignatureMeaning::Verified),
                        K::NotAuthorized);
        QVERIFY_REFUSED(engine().sign(b, QStringLiteral("s_sign"), sup1_.id, pw(sup1_.id),
                                      SignatureMeaning::Verified),
                        K::NotAuthorized);
        engine().sign(b, QStringLiteral("s_sign"), sup2_.id, pw(sup2_.id),
                      SignatureMeaning::Verified);
        const exec::BatchProjection& done = engine().projection(b);
        QCOMPARE(done.status, exec::BatchStatus::Finished);
        // Any action on a finished batch.
        QVERIFY_REFUSED(engine().hold(op1_, b, QStringLiteral("why")), K::WrongState);
        QVERIFY_REFUSED(engine().correct(op1_, b, QStringLiteral("s_temp"), QStringLiteral("21.0"),
                                         QStringLiteral("typo")),
                        K::WrongState);
        // Every refusal above is in the record as a refused_action exception.
        QCOMPARE(exceptionsOf(b, QStringLiteral("refused_action")), 19);
    }

    void alertAndDeviationFlow() {
        const QString b = QStringLiteral("B-DEV");
        engine().start(op1_, b, QStringLiteral("MBR-ENG"), QStringLiteral("100"));
        engine().complete(op1_, b, QStringLiteral("s_intro"), {});
        engine().complete(op1_, b, QStringLiteral("s_weigh"), balance(QStringLiteral("49.80")));
        // Action limit: refused until a deviation is raised and a supervisor signs on.
        QVERIFY_REFUSED(
            engine().complete(op1_, b, QStringLiteral("s_temp"), {QStringLiteral("35.0")}),
            K::DeviationRequired);
        QCOMPARE(exceptionsOf(b, QStringLiteral("out_of_limits")), 1);
        QVERIFY_REFUSED(engine().raiseDeviation(op1_, b,
                                                {QStringLiteral("s_temp"),
                                                 {},
                                                 QStringLiteral("too warm"),
                                                 QStringLiteral("cooled")}),
                        K::ReasonRequired);
        const QString dev =
            engine().raiseDeviation(op1_, b,
                                    {QStringLiteral("s_temp"), QStringLiteral("process"),
                                     QStringLiteral("jacket temperature 35 C"),
                                     QStringLiteral("cooling on"), QStringLiteral("35.0"), true});
        QCOMPARE(dev, QStringLiteral("DEV-B-DEV-001"));
        QCOMPARE(engine().projection(b).status, exec::BatchStatus::OnHold);
        QVERIFY_REFUSED(
            engine().complete(op1_, b, QStringLiteral("s_temp"), {QStringLiteral("35.0")}),
            K::WrongState);
        QVERIFY_REFUSED(engine().resume(op1_, b, QStringLiteral("go on")), K::NotAuthorized);
        // An operator may not sign the continuation.
        QVERIFY_REFUSED(engine().approveContinuation(b, dev, op2_.id, pw(op2_.id)),
                        K::NotAuthorized);
        engine().resume(sup1_, b, QStringLiteral("cooling restored"));
        QVERIFY_REFUSED(
            engine().complete(op1_, b, QStringLiteral("s_temp"), {QStringLiteral("35.0")}),
            K::DeviationRequired);
        engine().approveContinuation(b, dev, sup1_.id, pw(sup1_.id));
        QVERIFY_REFUSED(engine().approveContinuation(b, dev, sup2_.id, pw(sup2_.id)),
                        K::OutOfSequence);
        const exec::CompletionResult r =
            engine().complete(op1_, b, QStringLiteral("s_temp"), {QStringLiteral("35.0")});
        QCOMPARE(r.limit, exec::LimitLevel::Action);
        const exec::StepState* s = engine().projection(b).step(QStringLiteral("s_temp"));
        QCOMPARE(s->deviationId, dev);
        QCOMPARE(s->limitState, QStringLiteral("action"));
        QCOMPARE(exceptionsOf(b, QStringLiteral("deviation")), 1);
        // Alert limit: continues with a warning and an exception.
        const QString b2 = QStringLiteral("B-ALERT");
        engine().start(op1_, b2, QStringLiteral("MBR-ENG"), QStringLiteral("100"));
        engine().complete(op1_, b2, QStringLiteral("s_intro"), {});
        engine().complete(op1_, b2, QStringLiteral("s_weigh"), balance(QStringLiteral("50.00")));
        const exec::CompletionResult alert =
            engine().complete(op1_, b2, QStringLiteral("s_temp"), {QStringLiteral("27.0")});
        QCOMPARE(alert.limit, exec::LimitLevel::Alert);
        QCOMPARE(alert.warnings.size(), 1);
        QCOMPARE(exceptionsOf(b2, QStringLiteral("out_of_limits")), 1);
    }

    void correctionFlow() {
        const QString b = QStringLiteral("B-COR");
        engine().start(op1_, b, QStringLiteral("MBR-ENG"), QStringLiteral("100"));
        engine().complete(op1_, b, QStringLiteral("s_intro"), {});
        engine().complete(op1_, b, QStringLiteral("s_weigh"), balance(QStringLiteral("50.00")));
        engine().complete(op1_, b, QStringLiteral("s_temp"), {QStringLiteral("20.0")});
        QVERIFY_REFUSED(engine().correct(op1_, b, QStringLiteral("s_temp"), QStringLiteral("21.0"),
                                         QStringLiteral("  ")),
                        K::ReasonRequired);
        QVERIFY_REFUSED(engine().correct(op1_, b, QStringLiteral("s_mode"), QStringLiteral("a"),
                                         QStringLiteral("typo")),
                        K::OutOfSequence);
        QVERIFY_REFUSED(engine().correct(op1_, b, QStringLiteral("s_weigh"),
                                         QStringLiteral("50.01"), QStringLiteral("typo")),
                        K::InvalidValue);
        engine().correct(op1_, b, QStringLiteral("s_temp"), QStringLiteral("21.0"),
                         QStringLiteral("read the wrong display"));
        const exec::StepState* s = engine().projection(b).step(QStringLiteral("s_temp"));
        QCOMPARE(s->value, QStringLiteral("20.0"));  // the original stays visible
        QCOMPARE(s->currentValue(), QStringLiteral("21.0"));
        QCOMPARE(s->corrections.front().corrects.seq, s->completion.seq);
        // After a supervisor signed it, an operator may not correct it; a supervisor may.
        engine().sign(b, QStringLiteral("s_temp"), sup1_.id, pw(sup1_.id),
                      SignatureMeaning::Verified);
        QVERIFY_REFUSED(engine().correct(op1_, b, QStringLiteral("s_temp"), QStringLiteral("22.0"),
                                         QStringLiteral("again")),
                        K::NotAuthorized);
        engine().correct(sup2_, b, QStringLiteral("s_temp"), QStringLiteral("22.0"),
                         QStringLiteral("instrument re-read"));
        s = engine().projection(b).step(QStringLiteral("s_temp"));
        QCOMPARE(s->corrections.size(), size_t(2));
        QCOMPARE(s->corrections.back().oldValue, QStringLiteral("21.0"));
        QCOMPARE(s->corrections.back().corrects.seq, s->corrections.front().event.seq);
        QCOMPARE(exceptionsOf(b, QStringLiteral("correction")), 2);
    }

    void holdAndResume() {
        const QString b = QStringLiteral("B-HOLD");
        engine().start(op1_, b, QStringLiteral("MBR-ENG"), QStringLiteral("100"));
        QVERIFY_REFUSED(engine().hold(op1_, b, QString()), K::ReasonRequired);
        QVERIFY_REFUSED(engine().resume(sup1_, b, QStringLiteral("x")), K::WrongState);
        engine().hold(op1_, b, QStringLiteral("cleaning"));
        QVERIFY_REFUSED(engine().complete(op1_, b, QStringLiteral("s_intro"), {}), K::WrongState);
        QVERIFY_REFUSED(engine().hold(op1_, b, QStringLiteral("again")), K::WrongState);
        QCOMPARE(station_->batches().list().size() > 0, true);
        engine().resume(sup1_, b, QStringLiteral("cleaning done"));
        engine().complete(op1_, b, QStringLiteral("s_intro"), {});
        QCOMPARE(engine().projection(b).status, exec::BatchStatus::Running);
    }

    void clockGoingBackwardsIsRecorded() {
        const QString b = QStringLiteral("B-CLOCK");
        engine().start(op1_, b, QStringLiteral("MBR-ENG"), QStringLiteral("100"));
        offsetMs_ -= 3'600'000;
        const exec::CompletionResult r = engine().complete(op1_, b, QStringLiteral("s_intro"), {});
        offsetMs_ += 3'600'000;
        QCOMPARE(r.warnings.size(), 1);
        QCOMPARE(exceptionsOf(b, QStringLiteral("clock_went_backwards")), 1);
    }

    void projectionIsRebuiltFromEvents() {
        // A fresh engine (no cache) over the same store sees the same batches.
        exec::BatchEngine fresh(station_->journal(), station_->users(), station_->signatures(),
                                station_->mbrs(), station_->materials(), station_->equipment(),
                                &station_->instruments());
        for (const QString& b :
             {QStringLiteral("B-REF"), QStringLiteral("B-DEV"), QStringLiteral("B-COR")}) {
            const exec::BatchProjection& a = engine().projection(b);
            const exec::BatchProjection& c = fresh.projection(b);
            QCOMPARE(c.completionOrder, a.completionOrder);
            QCOMPARE(c.status, a.status);
            QCOMPARE(c.exceptions.size(), a.exceptions.size());
            for (const QString& id : a.completionOrder) {
                QCOMPARE(c.step(id)->currentValue(), a.step(id)->currentValue());
                QCOMPARE(c.step(id)->signatures.size(), a.step(id)->signatures.size());
            }
        }
        QVERIFY_REFUSED(fresh.projection(QStringLiteral("B-UNKNOWN")), K::NotFound);
        const record::VerifyReport report = record::verifyAuditTrail(station_->db());
        QVERIFY(report.ok);
    }
};

QTEST_GUILESS_MAIN(TestExecEngine)
#include "test_exec_engine.moc"
