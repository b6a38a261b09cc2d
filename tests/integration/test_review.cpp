// Review by exception in process (core/review) against a real SQLCipher store and the
// real engine: the rules of exception review (finished batch, comment, four eyes, bound to
// the exception's content), deviation closure, disposition (release, reject, quarantine,
// independence as a site setting), refusals recorded as ReviewRefused (not exceptions),
// exceptions other modules record without indexing them, the engine closing the record
// after a disposition, and a tampered row blocking the decision.
#include "InstrumentMaster.h"
#include "Refusal.h"
#include "exec/BatchEngine.h"
#include "record/ChainHash.h"
#include "review/ReviewJson.h"
#include "review/ReviewService.h"
#include "station/Station.h"

#include <QDateTime>
#include <QJsonArray>
#include <QTemporaryDir>
#include <QtTest>

#include <algorithm>
#include <atomic>
#include <functional>
#include <optional>

using namespace batch;
using review::ReviewError;
using RK = review::ReviewError::Kind;
using review::Decision;

namespace {

QString pw(const QString& id) {
    return id + QStringLiteral("-Passw0rd!");
}

const char* kMbr = R"json({
 "format": "batchstation-mbr/1", "mbrId": "MBR-REV", "version": "1.0", "title": "Review test",
 "product": {"code": "P-REV", "name": "Review test product"},
 "batchSize": {"quantity": 100, "unit": "kg"},
 "theoreticalYield": {"quantity": 1000, "unit": "units"},
 "materials": [{"code": "RM1", "name": "Material one", "quantity": 50, "unit": "kg"}],
 "equipmentClasses": [{"code": "BAL", "name": "Balance"}],
 "unitProcedures": [{"id": "up1", "title": "Unit procedure", "operations": [
  {"id": "op1", "title": "Operation", "phases": [
   {"id": "s_weigh", "kind": "weigh", "title": "Weigh", "material": "RM1", "decimals": 2,
    "tolerance": {"percent": 1}, "instrumentClass": "BAL"},
   {"id": "s_temp", "kind": "numeric", "title": "Temperature", "unit": "C", "decimals": 1,
    "target": 20, "limits": {"low": 10, "high": 30, "alertLow": 15, "alertHigh": 25}},
   {"id": "s_ph", "kind": "numeric", "title": "pH", "unit": "pH", "decimals": 2,
    "source": "instrument", "instrumentClass": "BAL"}
  ]}]}]})json";

#define QVERIFY_REVIEW_REFUSED(expr, expectedKind)                                   \
    do {                                                                             \
        const std::optional<ReviewError> r_ = refusalOf<ReviewError>([&] { expr; }); \
        QVERIFY2(r_.has_value(), "expected a refusal: " #expr);                      \
        QVERIFY2(r_->kind() == (expectedKind), qPrintable(r_->message()));           \
    } while (0)

}  // namespace

class TestReview : public QObject {
    Q_OBJECT

private:
    QTemporaryDir dir_;
    std::atomic<std::int64_t> offsetMs_{0};
    std::unique_ptr<Station> station_;
    security::User op1_, sup1_, qa1_, qa2_, admin_;

    exec::BatchEngine& engine() { return station_->batches(); }
    // A live reading of balance BAL-01 (registered in initTestCase), stamped now.
    exec::StepInput balance(const QString& value) {
        return testsupport::liveBalanceReading(value, QStringLiteral("BAL-01"),
                                               QStringLiteral("SN-BAL-01"),
                                               station_->journal().nowMs());
    }
    review::ReviewService& service() { return station_->review(); }
    security::User makeUser(const QString& id, QList<security::Role> roles) {
        station_->users().addUser(admin_, id, QStringLiteral("Name of ") + id, roles,
                                  QStringLiteral("Temporary-0001"), QStringLiteral("test"));
        station_->users().changePassword(id, QStringLiteral("Temporary-0001"), pw(id));
        return *station_->users().find(id);
    }
    // A finished batch with one alert excursion on s_temp and a manual pH entry.
    void runBatch(const QString& b, const QString& temperature = QStringLiteral("26.0")) {
        engine().start(op1_, b, QStringLiteral("MBR-REV"), QStringLiteral("100"));
        engine().complete(op1_, b, QStringLiteral("s_weigh"), balance(QStringLiteral("50.10")));
        engine().complete(op1_, b, QStringLiteral("s_temp"), {temperature});
        engine().complete(op1_, b, QStringLiteral("s_ph"), {QStringLiteral("7.02")});
    }
    void reviewAll(const QString& b, const security::User& qa) {
        for (const review::ReviewException& x : service().review(b).exceptions)
            if (!x.reviewed())
                service().reviewException(b, x.id, qa.id, pw(qa.id), QStringLiteral("assessed"));
    }
    int eventsOfType(const QString& type) {
        record::EventQuery q;
        q.type = type;
        return static_cast<int>(station_->journal().events(q).size());
    }

private slots:
    void initTestCase() {
        QVERIFY(dir_.isValid());
        // The station clock runs from 08:00 today: the instruments' daily check stays
        // "today" for every reading (also when a test moves the clock on by hours), even
        // when the suite runs just before midnight.
        const QDateTime now = QDateTime::currentDateTime();
        offsetMs_ =
            QDateTime(now.date(), QTime(8, 0)).toMSecsSinceEpoch() - now.toMSecsSinceEpoch();
        station_ = Station::create(dir_.filePath(QStringLiteral("review.db")), "review test key",
                                   QStringLiteral("ST01"), QStringLiteral("admin"),
                                   QStringLiteral("Ada Admin"), pw(QStringLiteral("admin")),
                                   [this] { return record::systemClock()() + offsetMs_.load(); });
        admin_ = *station_->users().find(QStringLiteral("admin"));
        op1_ = makeUser(QStringLiteral("op1"), {security::Role::Operator});
        sup1_ = makeUser(QStringLiteral("sup1"), {security::Role::Supervisor});
        qa1_ = makeUser(QStringLiteral("qa1"), {security::Role::Qa});
        qa2_ = makeUser(QStringLiteral("qa2"), {security::Role::Qa});
        model::MbrRepository& mbrs = station_->mbrs();
        mbrs.importDraft(admin_, QByteArray(kMbr));
        mbrs.submitForReview(admin_, QStringLiteral("MBR-REV"), QStringLiteral("1.0"));
        mbrs.signAsAuthor(QStringLiteral("MBR-REV"), QStringLiteral("1.0"), sup1_.id, pw(sup1_.id));
        mbrs.approve(QStringLiteral("MBR-REV"), QStringLiteral("1.0"), qa2_.id, pw(qa2_.id));
        mbrs.makeEffective(admin_, QStringLiteral("MBR-REV"), QStringLiteral("1.0"));
        // The instruments of the MBR's class BAL, calibrated and checked today by op1.
        testsupport::registerCheckedInstrument(station_->instruments(), admin_, op1_,
                                               QStringLiteral("BAL-01"), QStringLiteral("balance"),
                                               QStringLiteral("SN-BAL-01"), QStringLiteral("BAL"));
        testsupport::registerCheckedInstrument(station_->instruments(), admin_, op1_,
                                               QStringLiteral("PH-1"), QStringLiteral("ph_meter"),
                                               QStringLiteral("SN-PH-1"), QStringLiteral("BAL"));
        // A simulated balance, as demo mode registers them.
        testsupport::registerCheckedInstrument(
            station_->instruments(), admin_, op1_, QStringLiteral("BAL-SIM"),
            QStringLiteral("balance"), QStringLiteral("SN-BAL-SIM"), QStringLiteral("BAL"), true);
    }

    void reviewStartsWhenTheBatchIsFinished() {
        const QString b = QStringLiteral("B-RUN");
        engine().start(op1_, b, QStringLiteral("MBR-REV"), QStringLiteral("100"));
        engine().complete(op1_, b, QStringLiteral("s_weigh"), balance(QStringLiteral("50.10")));
        engine().complete(op1_, b, QStringLiteral("s_temp"), {QStringLiteral("26.0")});
        const review::BatchReview r = service().review(b);
        QCOMPARE(r.exceptions.size(), size_t(1));
        QVERIFY(!r.finished());
        QVERIFY_REVIEW_REFUSED(service().reviewException(b, r.exceptions[0].id, qa1_.id,
                                                         pw(qa1_.id), QStringLiteral("early")),
                               RK::WrongState);
        QVERIFY_REVIEW_REFUSED(
            service().disposition(b, Decision::Release, {}, qa1_.id, pw(qa1_.id)), RK::WrongState);
        // Refusals after authentication are in the batch's audit trail, not exceptions.
        QVERIFY(eventsOfType(review::types::kReviewRefused) >= 2);
        QCOMPARE(service().review(b).exceptions.size(), size_t(1));
        QVERIFY(service().queue().empty() ||
                std::none_of(service().queue().begin(), service().queue().end(),
                             [&](const review::QueueEntry& q) { return q.batchId == b; }));
    }

    void reviewSignatureBindsTheExceptionContent() {
        const QString b = QStringLiteral("B-SIG");
        runBatch(b);
        review::BatchReview r = service().review(b);
        QCOMPARE(r.exceptions.size(), size_t(2));
        QCOMPARE(r.exceptions[0].type, QStringLiteral("out_of_limits"));
        QCOMPARE(r.exceptions[1].type, QStringLiteral("manual_entry_where_instrument_expected"));
        QVERIFY_REVIEW_REFUSED(service().reviewException(b, QStringLiteral("ST01-999999"), qa1_.id,
                                                         pw(qa1_.id), QStringLiteral("x")),
                               RK::NotFound);
        QVERIFY_REVIEW_REFUSED(service().reviewException(b, r.exceptions[0].id, qa1_.id,
                                                         pw(qa1_.id), QStringLiteral(" ")),
                               RK::ReasonRequired);
        // Wrong password: authentication fails before anything else, counted toward lockout.
        QVERIFY_THROWS_EXCEPTION(
            security::SecurityError,
            service().reviewException(b, r.exceptions[0].id, qa1_.id, QStringLiteral("wrong"),
                                      QStringLiteral("x")));
        // An operator cannot sign "Reviewed".
        QVERIFY_THROWS_EXCEPTION(security::SecurityError,
                                 service().reviewException(b, r.exceptions[0].id, op1_.id,
                                                           pw(op1_.id), QStringLiteral("x")));
        // The exception can be named by its event id too.
        const review::Signature s =
            service().reviewException(b, r.exceptions[0].eventId, qa1_.id, pw(qa1_.id),
                                      QStringLiteral("within alert band, no impact"));
        QCOMPARE(s.subject, r.exceptions[0].id);
        QCOMPARE(s.contentHash, r.exceptions[0].contentHash);
        QCOMPARE(s.meaning, QStringLiteral("Reviewed"));
        // The Signed event verifies against the exception's row through SignatureService.
        QString station;
        std::int64_t seq = 0;
        QVERIFY(review::parseEntryId(s.entry, &station, &seq));
        QVERIFY(station_->signatures().verify(*station_->journal().event(station, seq)));
        r = service().review(b);
        QVERIFY(r.exceptions[0].reviewed());
        QCOMPARE(r.exceptions[0].review->comment, QStringLiteral("within alert band, no impact"));
        QCOMPARE(r.exceptions[0].review->printedName, QStringLiteral("Name of qa1"));
        QCOMPARE(r.openExceptions(), 1);
        QVERIFY_REVIEW_REFUSED(service().reviewException(b, r.exceptions[0].id, qa2_.id,
                                                         pw(qa2_.id), QStringLiteral("again")),
                               RK::WrongState);
        // Context: the manual entry names its step, its value and the hierarchy.
        const review::ReviewException& manual = r.exceptions[1];
        QCOMPARE(manual.stepId, QStringLiteral("s_ph"));
        QCOMPARE(manual.value, QStringLiteral("7.02"));
        QCOMPARE(manual.hierarchy,
                 QStringLiteral("Unit procedure \u203a Operation \u203a pH (s_ph)"));
        QCOMPARE(manual.userName, QStringLiteral("Name of op1"));
        // Weigh values keep their instrument data and raw frame.
        const review::RecordStep* weigh = r.step(QStringLiteral("s_weigh"));
        QVERIFY(weigh && weigh->current());
        QCOMPARE(weigh->current()->instrument.value(QStringLiteral("raw_frame")).toString(),
                 QStringLiteral("S S 50.10 kg"));
        QCOMPARE(weigh->target, QStringLiteral("50.00"));
    }

    void fourEyesOnDeviationsAndClosure() {
        const QString b = QStringLiteral("B-DEV");
        engine().start(op1_, b, QStringLiteral("MBR-REV"), QStringLiteral("100"));
        // QA raises a deviation itself (handle_deviations): it may not review or close it.
        const QString dev = engine().raiseDeviation(
            qa1_, b,
            {QStringLiteral("s_weigh"), QStringLiteral("material"), QStringLiteral("label torn"),
             QStringLiteral("relabelled from the CoA")});
        engine().complete(op1_, b, QStringLiteral("s_weigh"), balance(QStringLiteral("50.00")));
        engine().complete(op1_, b, QStringLiteral("s_temp"), {QStringLiteral("20.0")});
        engine().complete(
            op1_, b, QStringLiteral("s_ph"),
            {QStringLiteral("7.00"), {}, QStringLiteral("PH-1"), QStringLiteral("pH 7.00"), true});
        review::BatchReview r = service().review(b);
        QCOMPARE(r.exceptions.size(), size_t(1));
        const QString x = r.exceptions[0].id;
        QCOMPARE(r.exceptions[0].deviationId, dev);
        QVERIFY_REVIEW_REFUSED(
            service().reviewException(b, x, qa1_.id, pw(qa1_.id), QStringLiteral("mine")),
            RK::NotIndependent);
        service().reviewException(b, x, qa2_.id, pw(qa2_.id),
                                  QStringLiteral("label replaced correctly"));
        // QA's "Reviewed" on the deviation is not the supervisor's continuation.
        QVERIFY(!engine().projection(b).deviation(dev)->approved());
        QVERIFY_REVIEW_REFUSED(
            service().closeDeviation(b, dev, QStringLiteral(""), QStringLiteral("c"), {}, qa2_.id,
                                     pw(qa2_.id)),
            RK::ReasonRequired);
        QVERIFY_REVIEW_REFUSED(
            service().closeDeviation(b, dev, QStringLiteral("r"), QStringLiteral("c"), {}, qa1_.id,
                                     pw(qa1_.id)),
            RK::NotIndependent);
        // A supervisor handles deviations but cannot sign QA's "Approved".
        QVERIFY_THROWS_EXCEPTION(
            security::SecurityError,
            service().closeDeviation(b, dev, QStringLiteral("r"), QStringLiteral("c"), {}, sup1_.id,
                                     pw(sup1_.id)));
        QVERIFY_REVIEW_REFUSED(
            service().disposition(b, Decision::Release, {}, qa2_.id, pw(qa2_.id)), RK::Incomplete);
        service().closeDeviation(
            b, dev, QStringLiteral("label glue failed at low humidity"),
            QStringLiteral("supplier informed; labels stored in the humidity-controlled room"),
            QStringLiteral("no product impact"), qa2_.id, pw(qa2_.id));
        r = service().review(b);
        QVERIFY(r.deviations[0].closed());
        QCOMPARE(r.deviations[0].closure->capa.left(17), QStringLiteral("supplier informed"));
        QVERIFY_REVIEW_REFUSED(
            service().closeDeviation(b, dev, QStringLiteral("r"), QStringLiteral("c"), {}, qa2_.id,
                                     pw(qa2_.id)),
            RK::WrongState);
        // qa1 raised a deviation: it took part in the batch and may not release it.
        QVERIFY(r.participants.contains(qa1_.id));
        QVERIFY_REVIEW_REFUSED(
            service().disposition(b, Decision::Release, {}, qa1_.id, pw(qa1_.id)),
            RK::NotIndependent);
        // The refusal just now is part of the record that is decided on.
        const QString decidedOn = service().review(b).recordHash;
        QVERIFY(decidedOn != r.recordHash);
        const review::Disposition d =
            service().disposition(b, Decision::Release, {}, qa2_.id, pw(qa2_.id));
        QCOMPARE(d.signature->meaning, QStringLiteral("Released"));
        QCOMPARE(d.recordHash, decidedOn);
    }

    void quarantineRejectAndTheClosedRecord() {
        const QString b = QStringLiteral("B-QUA");
        runBatch(b);
        reviewAll(b, qa1_);
        QVERIFY_REVIEW_REFUSED(
            service().disposition(b, Decision::Reject, QStringLiteral(" "), qa1_.id, pw(qa1_.id)),
            RK::ReasonRequired);
        service().disposition(b, Decision::Quarantine,
                              QStringLiteral("awaiting the OOS investigation"), qa1_.id,
                              pw(qa1_.id));
        QVERIFY_REVIEW_REFUSED(service().disposition(b, Decision::Quarantine,
                                                     QStringLiteral("again"), qa1_.id, pw(qa1_.id)),
                               RK::WrongState);
        // Quarantine is not final: the batch stays in the queue.
        bool queued = false;
        for (const review::QueueEntry& q : service().queue())
            queued = queued || (q.batchId == b && q.latestDecision == QLatin1String("quarantine"));
        QVERIFY(queued);
        // The engine refuses every action on a dispositioned batch.
        using EK = exec::ExecError::Kind;
        for (const std::function<void()>& action : std::vector<std::function<void()>>{
                 [&] { engine().hold(op1_, b, QStringLiteral("x")); },
                 [&] { engine().resume(sup1_, b, QStringLiteral("x")); },
                 [&] {
                     engine().correct(op1_, b, QStringLiteral("s_temp"), QStringLiteral("21.0"),
                                      QStringLiteral("x"));
                 },
                 [&] {
                     engine().complete(op1_, b, QStringLiteral("s_temp"), {QStringLiteral("21.0")});
                 },
                 [&] {
                     engine().raiseDeviation(op1_, b,
                                             {QStringLiteral("s_temp"), QStringLiteral("c"),
                                              QStringLiteral("d"), QStringLiteral("i")});
                 },
                 [&] {
                     engine().sign(b, QStringLiteral("s_temp"), sup1_.id, pw(sup1_.id),
                                   security::SignatureMeaning::Verified);
                 }}) {
            try {
                action();
                QFAIL("an action on a dispositioned batch was accepted");
            } catch (const exec::ExecError& e) {
                QCOMPARE(e.kind(), EK::WrongState);
                QVERIFY2(e.message().contains(QStringLiteral("dispositioned")),
                         qPrintable(e.message()));
            }
        }
        // Those refusals are exceptions recorded after the quarantine; they must be
        // reviewed before the final decision, like any other.
        QVERIFY_REVIEW_REFUSED(
            service().disposition(b, Decision::Reject, QStringLiteral("OOS confirmed"), qa1_.id,
                                  pw(qa1_.id)),
            RK::Incomplete);
        reviewAll(b, qa1_);
        const review::Disposition d = service().disposition(
            b, Decision::Reject, QStringLiteral("OOS confirmed"), qa1_.id, pw(qa1_.id));
        QCOMPARE(d.signature->meaning, QStringLiteral("Rejected"));
        QVERIFY_REVIEW_REFUSED(
            service().disposition(b, Decision::Release, {}, qa2_.id, pw(qa2_.id)), RK::WrongState);
        for (const review::QueueEntry& q : service().queue()) QVERIFY(q.batchId != b);
    }

    void independentReleaseIsASiteSetting() {
        const QString b = QStringLiteral("B-IND");
        engine().start(op1_, b, QStringLiteral("MBR-REV"), QStringLiteral("100"));
        engine().complete(op1_, b, QStringLiteral("s_weigh"), balance(QStringLiteral("50.00")));
        // qa2 verifies a step: a participant.
        engine().sign(b, QStringLiteral("s_weigh"), qa2_.id, pw(qa2_.id),
                      security::SignatureMeaning::Verified);
        engine().complete(op1_, b, QStringLiteral("s_temp"), {QStringLiteral("20.0")});
        engine().complete(
            op1_, b, QStringLiteral("s_ph"),
            {QStringLiteral("7.00"), {}, QStringLiteral("PH-1"), QStringLiteral("pH 7.00"), true});
        QVERIFY(service().independentRelease());
        QVERIFY(!service().dispositionBlockers(service().review(b), qa2_.id).isEmpty());
        QVERIFY(service().dispositionBlockers(service().review(b), qa1_.id).isEmpty());
        QVERIFY_REVIEW_REFUSED(
            service().disposition(b, Decision::Release, {}, qa2_.id, pw(qa2_.id)),
            RK::NotIndependent);
        QVERIFY_REVIEW_REFUSED(service().setIndependentRelease(qa1_, false, QStringLiteral("x")),
                               RK::NotAuthorized);
        QVERIFY_REVIEW_REFUSED(service().setIndependentRelease(admin_, false, QStringLiteral(" ")),
                               RK::ReasonRequired);
        const int changes = eventsOfType(record::types::kSettingChanged);
        service().setIndependentRelease(admin_, false, QStringLiteral("small site: one QA person"));
        QCOMPARE(eventsOfType(record::types::kSettingChanged), changes + 1);
        QVERIFY(!service().independentRelease());
        service().disposition(b, Decision::Release, {}, qa2_.id, pw(qa2_.id));
        service().setIndependentRelease(admin_, true, QStringLiteral("second QA person hired"));
        QVERIFY(service().independentRelease());
    }

    void eventsOfExecutionAndDevicesInTheReview() {
        const QString b = QStringLiteral("B-EXEC");
        engine().start(op1_, b, QStringLiteral("MBR-REV"), QStringLiteral("100"));
        engine().complete(op1_, b, QStringLiteral("s_weigh"),
                          testsupport::liveBalanceReading(
                              QStringLiteral("50.00"), QStringLiteral("BAL-SIM"),
                              QStringLiteral("SN-BAL-SIM"), station_->journal().nowMs()));
        // The temperature is entered two hours after its step became current: later than
        // the site's entry window (3600 s), a late_entry exception of the engine.
        offsetMs_ += 7'200'000;
        const QString dev = engine().raiseDeviation(
            op1_, b,
            {QStringLiteral("s_temp"), QStringLiteral("process"), QStringLiteral("probe replaced"),
             QStringLiteral("re-measured with the spare probe")});
        engine().complete(op1_, b, QStringLiteral("s_temp"), {QStringLiteral("20.0")});
        engine().complete(
            op1_, b, QStringLiteral("s_ph"),
            {QStringLiteral("7.00"), {}, QStringLiteral("PH-1"), QStringLiteral("pH 7.00"), true});
        // The engine closes the deviation (QA, signed "Verified": a decision on the record,
        // not its execution, so qa1 stays independent of the batch).
        engine().closeDeviation(b,
                                {dev, QStringLiteral("probe drift after 2000 h"),
                                 QStringLiteral("CAPA-2026-101: probe exchange every 1500 h")},
                                qa1_.id, pw(qa1_.id));
        const review::BatchReview r = service().review(b);
        // The balance reading with everything the live link recorded, flagged simulated.
        const review::RecordedValue* w = r.step(QStringLiteral("s_weigh"))->current();
        QVERIFY(w);
        const QJsonObject& in = w->instrument;
        QCOMPARE(in.value(QStringLiteral("instrument_serial")).toString(),
                 QStringLiteral("SN-BAL-SIM"));
        QCOMPARE(in.value(QStringLiteral("net")).toString(), QStringLiteral("50.00"));
        QCOMPARE(in.value(QStringLiteral("gross")).toString(), QStringLiteral("51.25"));
        QCOMPARE(in.value(QStringLiteral("tare")).toString(), QStringLiteral("1.25"));
        QVERIFY(!in.value(QStringLiteral("reading_utc")).toString().isEmpty());
        QVERIFY(w->simulated());
        QVERIFY(!r.step(QStringLiteral("s_ph"))->current()->simulated());
        QCOMPARE(r.simulatedReadings().size(), size_t(1));
        QCOMPARE(r.simulatedReadings()[0].first->id, QStringLiteral("s_weigh"));
        const QJsonObject report = review::exceptionReportJson(r, false);
        const QJsonArray simulated = report.value(QStringLiteral("simulated_readings")).toArray();
        QCOMPARE(simulated.size(), 1);
        QCOMPARE(simulated[0].toObject().value(QStringLiteral("instrument_id")).toString(),
                 QStringLiteral("BAL-SIM"));
        // The late entry is an exception with its window and the time it took.
        const auto late = std::find_if(
            r.exceptions.begin(), r.exceptions.end(),
            [](const review::ReviewException& x) { return x.type == QLatin1String("late_entry"); });
        QVERIFY(late != r.exceptions.end());
        QCOMPARE(late->typeTitle, QStringLiteral("Late entry"));
        QCOMPARE(late->stepId, QStringLiteral("s_temp"));
        QCOMPARE(late->payload.value(QStringLiteral("window_seconds")).toInteger(), 3600);
        QVERIFY(late->payload.value(QStringLiteral("elapsed_seconds")).toInteger() >= 7200);
        // The engine's closure counts: root cause, CAPA, QA's Verified.
        const review::Deviation* d = r.deviation(dev);
        QVERIFY(d && d->closed());
        QCOMPARE(d->closure->rootCause, QStringLiteral("probe drift after 2000 h"));
        QVERIFY(d->closure->capa.startsWith(QStringLiteral("CAPA-2026-101")));
        QCOMPARE(d->closure->signatures[0].meaning, QStringLiteral("Verified"));
        QCOMPARE(d->closure->userId, qa1_.id);
        QVERIFY(!r.participants.contains(qa1_.id));
        QCOMPARE(r.openDeviations(), 0);
        // Only the exceptions stand between QA and the decision; the simulated reading
        // is shown, not a blocker.
        QStringList blockers = service().dispositionBlockers(r, qa1_.id);
        QCOMPARE(blockers.size(), 1);
        QVERIFY2(blockers[0].contains(QStringLiteral("not reviewed")), qPrintable(blockers[0]));
        reviewAll(b, qa2_);
        blockers = service().dispositionBlockers(service().review(b), qa1_.id);
        QVERIFY2(blockers.isEmpty(), qPrintable(blockers.join(QLatin1Char(' '))));
        service().disposition(b, Decision::Release, {}, qa1_.id, pw(qa1_.id));
    }

    void exceptionsOfOtherModulesAreReadGenerically() {
        const QString b = QStringLiteral("B-MVA");
        runBatch(b, QStringLiteral("20.0"));
        // An MVA module records an alarm against the batch without indexing it.
        station_->journal().appendOne(
            {QStringLiteral("MvaAlarmRaised"), QStringLiteral("system"),
             QJsonObject{
                 {QStringLiteral("batch_id"), b},
                 {QStringLiteral("exception_type"), QStringLiteral("mva_alarm")},
                 {QStringLiteral("message"), QStringLiteral("Hotelling T2 above the 99 % limit")},
                 {QStringLiteral("model"), QStringLiteral("PCA-GRAN-1")}}});
        // ...and one for another batch, which must not appear.
        station_->journal().appendOne(
            {QStringLiteral("MvaAlarmRaised"), QStringLiteral("system"),
             QJsonObject{{QStringLiteral("batch_id"), QStringLiteral("B-MVA2")},
                         {QStringLiteral("exception_type"), QStringLiteral("mva_alarm")},
                         {QStringLiteral("message"), QStringLiteral("other batch")}}});
        const review::BatchReview r = service().review(b);
        QStringList types;
        for (const review::ReviewException& x : r.exceptions) types << x.type;
        QCOMPARE(types, (QStringList{QStringLiteral("manual_entry_where_instrument_expected"),
                                     QStringLiteral("mva_alarm")}));
        QCOMPARE(r.exceptions[1].typeTitle, QStringLiteral("MVA alarm"));
        QCOMPARE(review::exceptionTypeTitle(QStringLiteral("mva_alarm_shelved")),
                 QStringLiteral("MVA alarm shelved"));
        QCOMPARE(r.exceptions[1].payload.value(QStringLiteral("model")).toString(),
                 QStringLiteral("PCA-GRAN-1"));
        reviewAll(b, qa1_);
        service().disposition(b, Decision::Release, {}, qa1_.id, pw(qa1_.id));
    }

    void aTamperedRowBlocksTheDecision() {
        const QString b = QStringLiteral("B-TAMP");
        runBatch(b, QStringLiteral("20.0"));
        reviewAll(b, qa1_);
        QVERIFY(service().review(b).integrity.ok());
        // Behind the application's back: the recorded temperature is edited in the file.
        store::Database& db = station_->db();
        db.exec("DROP TRIGGER events_refuse_update;");
        store::Statement st = db.prepare(
            "UPDATE events SET payload = replace(payload, '\"value\":\"20.0\"', "
            "'\"value\":\"21.0\"') "
            "WHERE type = 'StepCompleted' AND instr(payload, '\"batch_id\":\"B-TAMP\"') > 0 "
            "AND instr(payload, '\"value\":\"20.0\"') > 0;");
        st.run();
        QCOMPARE(db.changes(), 1);
        const review::BatchReview r = service().review(b);
        QVERIFY(!r.integrity.ok());
        QCOMPARE(r.integrity.brokenRows.size(), 1);
        QVERIFY_REVIEW_REFUSED(
            service().disposition(b, Decision::Release, {}, qa1_.id, pw(qa1_.id)), RK::Damaged);
    }
};

QTEST_GUILESS_MAIN(TestReview)
#include "test_review.moc"
