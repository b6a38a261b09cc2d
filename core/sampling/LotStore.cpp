#include "sampling/LotStore.h"

#include "record/CanonicalJson.h"

#include <QJsonDocument>

#include <string>

namespace batch::sampling {
namespace {

constexpr const char* kLotColumns =
    "SELECT lot_id, product_code, variant_id, organisation, size, level, status, "
    "state_at_creation, summary, decision, created_by, created_utc, received_utc, active_utc, "
    "pending_utc, disposition, disposition_by, disposition_utc, signature_station, signature_seq "
    "FROM sampling_lots ";

QString optText(const store::Statement& st, int column) {
    return st.isNull(column) ? QString() : st.text(column);
}

Lot readLot(const store::Statement& st) {
    Lot l;
    l.lotId = st.text(0);
    l.product = st.text(1);
    l.variantId = st.text(2);
    l.organisation = st.text(3);
    l.size = st.int64(4);
    l.level = levelFromName(st.text(5)).value_or(Level::Full);
    l.status = lotStatusFromName(st.text(6)).value_or(LotStatus::Created);
    l.stateAtCreation = st.text(7);
    l.summary = st.text(8);
    try {
        l.decision = record::decodeCanonicalObject(st.utf8(9));
    } catch (const record::CanonicalJsonError&) {
        l.decision = {};  // shown as a lot without reasons; the event keeps the truth
    }
    l.createdBy = st.text(10);
    l.createdUtc = st.text(11);
    l.receivedUtc = optText(st, 12);
    l.activeUtc = optText(st, 13);
    l.pendingUtc = optText(st, 14);
    l.disposition = optText(st, 15);
    l.dispositionBy = optText(st, 16);
    l.dispositionUtc = optText(st, 17);
    if (!st.isNull(18))
        l.signature = {st.text(18), st.int64(19)};
    return l;
}

void loadTests(store::Database& db, Lot& lot) {
    store::Statement st = db.prepare(
        "SELECT sample_id, source, test_code, position, spec, value, reported, oos, entered_by, "
        "entered_utc FROM sampling_lot_tests WHERE lot_id = ? ORDER BY position");
    st.bind(1, lot.lotId);
    while (st.step()) {
        LotTest t;
        t.sampleId = st.text(0);
        t.source = st.text(1);
        t.testCode = st.text(2);
        t.position = static_cast<int>(st.int64(3));
        t.spec = TestSpec::fromJson(QJsonDocument::fromJson(st.utf8(4)).object());
        t.hasResult = !st.isNull(5);
        t.value = optText(st, 5);
        t.reported = optText(st, 6);
        t.outOfSpecification = !st.isNull(7) && st.int64(7) == 1;
        t.enteredBy = optText(st, 8);
        t.enteredUtc = optText(st, 9);
        lot.tests.push_back(t);
    }
}

}  // namespace

std::optional<Lot> loadLot(store::Database& db, const QString& lotId) {
    store::Statement st = db.prepare((std::string(kLotColumns) + "WHERE lot_id = ?").c_str());
    st.bind(1, lotId);
    if (!st.step())
        return std::nullopt;
    Lot lot = readLot(st);
    loadTests(db, lot);
    return lot;
}

std::vector<Lot> listLots(store::Database& db, const QString& variantId, int limit) {
    store::Statement st =
        db.prepare((std::string(kLotColumns) +
                    "WHERE (?1 = '' OR variant_id = ?1) ORDER BY created_seq DESC LIMIT ?2")
                       .c_str());
    st.bind(1, variantId).bind(2, static_cast<std::int64_t>(limit > 0 ? limit : -1));
    std::vector<Lot> out;
    while (st.step()) out.push_back(readLot(st));
    for (Lot& l : out) loadTests(db, l);
    return out;
}

record::EventRecord appendLotEvent(record::RecordTransaction& txn, const QString& lotId,
                                   const record::NewEvent& event) {
    const record::EventRecord e = txn.append(event);
    store::Statement st = txn.db().prepare(
        "INSERT INTO sampling_lot_events (lot_id, station_id, seq) VALUES (?, ?, ?)");
    st.bind(1, lotId).bind(2, e.stationId).bind(3, e.seq);
    st.run();
    return e;
}

security::SignatureSubject lotHead(store::Database& db, const QString& stationId,
                                   const QString& lotId) {
    store::Statement st =
        db.prepare("SELECT MAX(seq) FROM sampling_lot_events WHERE lot_id = ? AND station_id = ?");
    st.bind(1, lotId).bind(2, stationId);
    st.step();
    return {stationId, st.isNull(0) ? 0 : st.int64(0)};
}

void insertLot(record::RecordTransaction& txn, const QString& lotId, const LotDecision& d,
               const QJsonObject& decision, const QString& userId,
               const record::EventRecord& created) {
    store::Statement st = txn.db().prepare(
        "INSERT INTO sampling_lots (lot_id, product_code, variant_id, organisation, size, level, "
        "status, state_at_creation, summary, decision, created_by, created_utc, created_ms, "
        "created_seq) VALUES (?, ?, ?, ?, ?, ?, 'Created', ?, ?, ?, ?, ?, ?, ?)");
    st.bind(1, lotId).bind(2, d.product.code).bind(3, d.variant.id).bind(4, d.organisation);
    st.bind(5, d.size).bind(6, levelName(d.level.level)).bind(7, d.level.state);
    st.bind(8, d.level.summary).bindUtf8(9, record::encodeCanonical(decision));
    st.bind(10, userId)
        .bind(11, created.tsUtc)
        .bind(12, utcMillis(created.tsUtc))
        .bind(13, created.seq);
    st.run();
    store::Statement test = txn.db().prepare(
        "INSERT INTO sampling_lot_tests (lot_id, sample_id, source, test_code, position, spec) "
        "VALUES (?, ?, ?, ?, ?, ?)");
    int position = 0;
    for (const PlannedSample& s : d.samples.samples) {
        for (const QString& code : s.tests) {
            const TestSpec* spec = d.product.test(code);
            test.reset();
            test.bind(1, lotId).bind(2, s.sampleId).bind(3, s.source).bind(4, code);
            test.bind(5, ++position).bindUtf8(6, record::encodeCanonical(spec->toJson()));
            test.run();
        }
    }
}

void setStatus(record::RecordTransaction& txn, const QString& lotId, LotStatus status,
               const char* timeColumn, const QString& utc) {
    // timeColumn is one of this file's own column names, never input.
    const std::string sql =
        std::string("UPDATE sampling_lots SET status = ?, ") + timeColumn + " = ? WHERE lot_id = ?";
    store::Statement st = txn.db().prepare(sql.c_str());
    st.bind(1, lotStatusName(status)).bind(2, utc).bind(3, lotId);
    st.run();
}

void storeResult(record::RecordTransaction& txn, const QString& lotId, const QString& sampleId,
                 const QString& testCode, const QString& value, const CheckedResult& checked,
                 const QString& userId, const record::EventRecord& e) {
    store::Statement st = txn.db().prepare(
        "UPDATE sampling_lot_tests SET value = ?, reported = ?, oos = ?, entered_by = ?, "
        "entered_utc = ?, result_seq = ? WHERE lot_id = ? AND sample_id = ? AND test_code = ?");
    st.bind(1, value).bind(2, checked.reported).bind(3, checked.outOfSpecification ? 1 : 0);
    st.bind(4, userId).bind(5, e.tsUtc).bind(6, e.seq).bind(7, lotId).bind(8, sampleId);
    st.bind(9, testCode);
    st.run();
}

void storeDisposition(record::RecordTransaction& txn, const QString& lotId, LotStatus status,
                      const security::SignatureInfo& signature, const record::EventRecord& e) {
    store::Statement st = txn.db().prepare(
        "UPDATE sampling_lots SET status = ?, disposition = ?, disposition_by = ?, "
        "disposition_utc = ?, disposition_ms = ?, disposition_seq = ?, signature_station = ?, "
        "signature_seq = ? WHERE lot_id = ?");
    st.bind(1, lotStatusName(status))
        .bind(2, status == LotStatus::Released ? QStringLiteral("released")
                                               : QStringLiteral("rejected"));
    st.bind(3, signature.signerId).bind(4, e.tsUtc).bind(5, utcMillis(e.tsUtc)).bind(6, e.seq);
    st.bind(7, signature.event.stationId).bind(8, signature.event.seq).bind(9, lotId);
    st.run();
}

}  // namespace batch::sampling
