// Material, lot and equipment master data (core/masterdata) on a real SQLCipher store:
// every change is one event with old/new, who and why; permissions come from the matrix;
// lot status transitions (every allowed and every refused one), expiry; the equipment
// checks a batch relies on (dirty, calibration, clean hold time, in use); rows cannot be
// deleted or re-identified behind the repositories' back. The clock is injected.
#include "masterdata/EquipmentRepository.h"
#include "masterdata/MaterialRepository.h"
#include "record/AuditVerifier.h"
#include "store/Database.h"

#include "TempStore.h"

#include "Refusal.h"

#include <QtTest>

#include <functional>
#include <optional>

using namespace batch;
using namespace batch::masterdata;
using security::Role;
using K = MasterDataError::Kind;

Q_DECLARE_METATYPE(batch::masterdata::LotStatus)

namespace {

// 2026-03-01T00:00:00Z
constexpr std::int64_t kStartMs = 1772323200000;
constexpr std::int64_t kHourMs = 3'600'000;
constexpr std::int64_t kDayMs = 24 * kHourMs;

security::User user(const QString& id, Role role) {
    security::User u;
    u.id = id;
    u.fullName = id;
    u.roles = {role};
    return u;
}

#define QVERIFY_REFUSED(expr, expectedKind, fragment) \
    QVERIFY_REFUSED_AS(MasterDataError, expr, expectedKind, fragment)

}  // namespace

class TestMasterData : public QObject {
    Q_OBJECT

    TempStore store_;
    std::int64_t now_ = kStartMs;
    std::unique_ptr<record::Journal> journal_;
    std::unique_ptr<MaterialRepository> materials_;
    std::unique_ptr<EquipmentRepository> equipment_;
    const security::User admin_ = user(QStringLiteral("admin"), Role::Admin);
    const security::User qa_ = user(QStringLiteral("qa1"), Role::Qa);
    const security::User op_ = user(QStringLiteral("op1"), Role::Operator);
    const security::User sup_ = user(QStringLiteral("sup1"), Role::Supervisor);

    std::vector<record::EventRecord> events(const QString& type) {
        record::EventQuery q;
        q.type = type;
        return journal_->events(q);
    }
    QJsonObject lastPayload(const QString& type) {
        const auto e = events(type);
        return e.empty() ? QJsonObject() : e.back().payloadObject();
    }
    void newLot(const QString& id, const QString& expiry = QStringLiteral("2026-12-31")) {
        materials_->receiveLot(admin_,
                               {id, QStringLiteral("RM-1"), QStringLiteral("Supplier A"),
                                QStringLiteral("SA-1"), expiry},
                               QStringLiteral("goods receipt"));
    }

private Q_SLOTS:
    void initTestCase() {
        journal_ = std::make_unique<record::Journal>(*store_.db, [this] { return now_; });
        materials_ = std::make_unique<MaterialRepository>(*journal_);
        equipment_ = std::make_unique<EquipmentRepository>(*journal_);
    }

    void materialsAreMasterData() {
        QVERIFY_REFUSED(materials_->addMaterial(op_, QStringLiteral("RM-1"), QStringLiteral("One"),
                                                QStringLiteral("kg"), QStringLiteral("new")),
                        K::NotAuthorized, "manage_master_data");
        QVERIFY_REFUSED(materials_->addMaterial(qa_, QStringLiteral("RM-1"), QStringLiteral("One"),
                                                QStringLiteral("kg"), QStringLiteral("new")),
                        K::NotAuthorized, "manage_master_data");
        QVERIFY_REFUSED(
            materials_->addMaterial(admin_, QStringLiteral("RM 1"), QStringLiteral("One"),
                                    QStringLiteral("kg"), QStringLiteral("new")),
            K::Invalid, "not a valid material code");
        QVERIFY_REFUSED(materials_->addMaterial(admin_, QStringLiteral("RM-1"), QStringLiteral(" "),
                                                QStringLiteral("kg"), QStringLiteral("new")),
                        K::Invalid, "material name is required");
        QVERIFY_REFUSED(materials_->addMaterial(admin_, QStringLiteral("RM-1"),
                                                QStringLiteral("One"), QStringLiteral("kg"), {}),
                        K::Invalid, "reason is required");
        const Material m =
            materials_->addMaterial(admin_, QStringLiteral("RM-1"), QStringLiteral("Material one"),
                                    QStringLiteral("kg"), QStringLiteral("new"));
        QCOMPARE(m.createdBy, QStringLiteral("admin"));
        QVERIFY_REFUSED(
            materials_->addMaterial(admin_, QStringLiteral("RM-1"), QStringLiteral("Again"),
                                    QStringLiteral("kg"), QStringLiteral("again")),
            K::Conflict, "already exists");
        materials_->addMaterial(admin_, QStringLiteral("RM-2"), QStringLiteral("Material two"),
                                QStringLiteral("kg"), QStringLiteral("new"));
        QCOMPARE(materials_->materials().size(), size_t(2));
        const QJsonObject p = lastPayload(types::kMaterialAdded);
        QCOMPARE(p.value(QStringLiteral("material_code")).toString(), QStringLiteral("RM-2"));
        QVERIFY(p.value(QStringLiteral("old")).toObject().isEmpty());
        QCOMPARE(p.value(QStringLiteral("new")).toObject().value(QStringLiteral("name")).toString(),
                 QStringLiteral("Material two"));
        QCOMPARE(p.value(QStringLiteral("reason")).toString(), QStringLiteral("new"));
    }

    void lotsStartInQuarantine() {
        QVERIFY_REFUSED(materials_->receiveLot(qa_,
                                               {QStringLiteral("L-1"),
                                                QStringLiteral("RM-1"),
                                                QStringLiteral("S"),
                                                {},
                                                QStringLiteral("2026-12-31")},
                                               QStringLiteral("receipt")),
                        K::NotAuthorized, "manage_master_data");
        QVERIFY_REFUSED(materials_->receiveLot(admin_,
                                               {QStringLiteral("L-1"),
                                                QStringLiteral("RM-9"),
                                                QStringLiteral("S"),
                                                {},
                                                QStringLiteral("2026-12-31")},
                                               QStringLiteral("receipt")),
                        K::NotFound, "no material RM-9");
        QVERIFY_REFUSED(materials_->receiveLot(admin_,
                                               {QStringLiteral("L-1"),
                                                QStringLiteral("RM-1"),
                                                QStringLiteral("S"),
                                                {},
                                                QStringLiteral("2026-02-30")},
                                               QStringLiteral("receipt")),
                        K::Invalid, "not a date");
        QVERIFY_REFUSED(materials_->receiveLot(admin_,
                                               {QStringLiteral("L-1"),
                                                QStringLiteral("RM-1"),
                                                QString(),
                                                {},
                                                QStringLiteral("2026-12-31")},
                                               QStringLiteral("receipt")),
                        K::Invalid, "supplier is required");
        newLot(QStringLiteral("L-1"));
        QVERIFY_REFUSED(newLot(QStringLiteral("L-1")), K::Conflict, "already exists");
        const MaterialLot l = *materials_->lot(QStringLiteral("L-1"));
        QCOMPARE(l.status, LotStatus::Quarantine);
        QCOMPARE(l.supplierLot, QStringLiteral("SA-1"));
        QCOMPARE(l.receivedBy, QStringLiteral("admin"));
        const QJsonObject p = lastPayload(types::kLotReceived);
        QCOMPARE(p.value(QStringLiteral("new")).toObject().value(QStringLiteral("status")),
                 QJsonValue(QStringLiteral("Quarantine")));
        QCOMPARE(p.value(QStringLiteral("new")).toObject().value(QStringLiteral("expiry_date")),
                 QJsonValue(QStringLiteral("2026-12-31")));
    }

    void lotTransitions_data() {
        QTest::addColumn<LotStatus>("from");
        QTest::addColumn<LotStatus>("to");
        QTest::addColumn<bool>("allowed");
        const std::vector<LotStatus> all{LotStatus::Quarantine, LotStatus::Released,
                                         LotStatus::Rejected, LotStatus::Expired};
        for (LotStatus from : all)
            for (LotStatus to : all) {
                const bool allowed =
                    from != to && (from == LotStatus::Quarantine || from == LotStatus::Released);
                QTest::addRow("%s to %s", qPrintable(lotStatusName(from)),
                              qPrintable(lotStatusName(to)))
                    << from << to << allowed;
            }
    }
    void lotTransitions() {
        QFETCH(LotStatus, from);
        QFETCH(LotStatus, to);
        QFETCH(bool, allowed);
        static int n = 0;
        const QString id = QStringLiteral("L-T%1").arg(++n);
        newLot(id);
        if (from != LotStatus::Quarantine)
            materials_->changeLotStatus(qa_, id, from, QStringLiteral("set up"));
        const auto before = events(types::kLotStatusChanged).size();
        const std::optional<MasterDataError> r = refusalOf<MasterDataError>(
            [&] { materials_->changeLotStatus(qa_, id, to, QStringLiteral("decision")); });
        if (!allowed) {
            QVERIFY(r.has_value());
            QCOMPARE(r->kind(), K::WrongState);
            QVERIFY2(r->message().contains(QStringLiteral("cannot become")),
                     qPrintable(r->message()));
            QCOMPARE(events(types::kLotStatusChanged).size(), before);
            QCOMPARE(materials_->lot(id)->status, from);
            return;
        }
        QVERIFY2(!r.has_value(), r ? qPrintable(r->message()) : "");
        QCOMPARE(materials_->lot(id)->status, to);
        QCOMPARE(materials_->lot(id)->statusBy, QStringLiteral("qa1"));
        const QJsonObject p = lastPayload(types::kLotStatusChanged);
        QCOMPARE(p.value(QStringLiteral("lot_id")).toString(), id);
        QCOMPARE(p.value(QStringLiteral("old")).toObject().value(QStringLiteral("status")),
                 QJsonValue(lotStatusName(from)));
        QCOMPARE(p.value(QStringLiteral("new")).toObject().value(QStringLiteral("status")),
                 QJsonValue(lotStatusName(to)));
        QCOMPARE(p.value(QStringLiteral("reason")).toString(), QStringLiteral("decision"));
    }

    void onlyQaDecidesLotStatus() {
        newLot(QStringLiteral("L-P"));
        for (const security::User& u : {admin_, op_, sup_})
            QVERIFY_REFUSED(materials_->changeLotStatus(u, QStringLiteral("L-P"),
                                                        LotStatus::Released, QStringLiteral("ok")),
                            K::NotAuthorized, "release_materials");
        QVERIFY_REFUSED(materials_->changeLotStatus(qa_, QStringLiteral("L-P"), LotStatus::Released,
                                                    QStringLiteral("  ")),
                        K::Invalid, "reason is required");
        QVERIFY_REFUSED(materials_->changeLotStatus(qa_, QStringLiteral("L-NONE"),
                                                    LotStatus::Released, QStringLiteral("ok")),
                        K::NotFound, "no lot L-NONE");
    }

    void usableLotIsReleasedAndNotExpired() {
        newLot(QStringLiteral("L-U"), QStringLiteral("2026-03-10"));
        QVERIFY_REFUSED(
            materials_->requireUsableLot(QStringLiteral("L-U"), QStringLiteral("RM-1"), now_),
            K::NotUsable, "is Quarantine; only a Released lot");
        materials_->changeLotStatus(qa_, QStringLiteral("L-U"), LotStatus::Released,
                                    QStringLiteral("CoA ok"));
        QCOMPARE(
            materials_->requireUsableLot(QStringLiteral("L-U"), QStringLiteral("RM-1"), now_).lotId,
            QStringLiteral("L-U"));
        QVERIFY_REFUSED(
            materials_->requireUsableLot(QStringLiteral("L-U"), QStringLiteral("RM-2"), now_),
            K::WrongMaterial, "is material RM-1, not the expected RM-2");
        QVERIFY_REFUSED(
            materials_->requireUsableLot(QStringLiteral("L-X"), QStringLiteral("RM-1"), now_),
            K::NotFound, "no lot L-X");
        // Usable through the whole expiry day (UTC), not a millisecond later.
        const std::int64_t lastMoment = kStartMs + 10 * kDayMs - 1;
        QCOMPARE(
            materials_->requireUsableLot(QStringLiteral("L-U"), QStringLiteral("RM-1"), lastMoment)
                .lotId,
            QStringLiteral("L-U"));
        QVERIFY_REFUSED(materials_->requireUsableLot(QStringLiteral("L-U"), QStringLiteral("RM-1"),
                                                     lastMoment + 1),
                        K::NotUsable, "expired on 2026-03-10");
        // An expired lot cannot be released again; a rejected one is never usable.
        materials_->changeLotStatus(qa_, QStringLiteral("L-U"), LotStatus::Quarantine,
                                    QStringLiteral("retest"));
        now_ = lastMoment + 1;
        QVERIFY_REFUSED(materials_->changeLotStatus(qa_, QStringLiteral("L-U"), LotStatus::Released,
                                                    QStringLiteral("retest passed")),
                        K::WrongState, "expired on 2026-03-10");
        now_ = kStartMs;
        newLot(QStringLiteral("L-R"));
        materials_->changeLotStatus(qa_, QStringLiteral("L-R"), LotStatus::Rejected,
                                    QStringLiteral("identity test failed"));
        QVERIFY_REFUSED(
            materials_->requireUsableLot(QStringLiteral("L-R"), QStringLiteral("RM-1"), now_),
            K::NotUsable, "is Rejected");
        QCOMPARE(materials_->lots(QStringLiteral("RM-2")).size(), size_t(0));
        QVERIFY(materials_->lots(QStringLiteral("RM-1")).size() > 10);
    }

    void equipmentLifecycle() {
        QVERIFY_REFUSED(equipment_->add(op_,
                                        {QStringLiteral("TANK-1"), QStringLiteral("TANK"),
                                         QStringLiteral("Tank"), 24, true},
                                        QStringLiteral("installed")),
                        K::NotAuthorized, "manage_master_data");
        QVERIFY_REFUSED(equipment_->add(admin_,
                                        {QStringLiteral("TANK-1"), QStringLiteral("TANK"),
                                         QStringLiteral("Tank"), 0, true},
                                        QStringLiteral("installed")),
                        K::Invalid, "clean hold time");
        const Equipment added = equipment_->add(
            admin_,
            {QStringLiteral("TANK-1"), QStringLiteral("TANK"), QStringLiteral("Tank"), 24, true},
            QStringLiteral("installed"));
        QCOMPARE(added.cleanStatus, CleanStatus::Dirty);
        QVERIFY_REFUSED(equipment_->add(admin_,
                                        {QStringLiteral("TANK-1"), QStringLiteral("TANK"),
                                         QStringLiteral("Tank"), 24, true},
                                        QStringLiteral("again")),
                        K::Conflict, "already exists");
        // New equipment: dirty, then uncalibrated, then fine.
        EquipmentCheck c = equipment_->check(QStringLiteral("TANK-1"), QStringLiteral("TANK"),
                                             QStringLiteral("B1"), now_);
        QCOMPARE(c.problem, EquipmentProblem::Dirty);
        QVERIFY_REFUSED(equipment_->clean(admin_, QStringLiteral("TANK-1"), QStringLiteral("CIP")),
                        K::NotAuthorized, "execute_steps");
        const Equipment cleaned =
            equipment_->clean(op_, QStringLiteral("TANK-1"), QStringLiteral("CIP cycle 4711"));
        QCOMPARE(cleaned.cleanStatus, CleanStatus::Clean);
        QCOMPARE(cleaned.cleanUntilUtc, record::formatUtcMillis(now_ + 24 * kHourMs));
        const QJsonObject p = lastPayload(types::kEquipmentCleaned);
        QCOMPARE(p.value(QStringLiteral("old")).toObject().value(QStringLiteral("clean_status")),
                 QJsonValue(QStringLiteral("dirty")));
        QCOMPARE(p.value(QStringLiteral("new")).toObject().value(QStringLiteral("clean_status")),
                 QJsonValue(QStringLiteral("clean")));
        c = equipment_->check(QStringLiteral("TANK-1"), QStringLiteral("TANK"),
                              QStringLiteral("B1"), now_);
        QCOMPARE(c.problem, EquipmentProblem::NotCalibrated);
        QVERIFY_REFUSED(equipment_->calibrate(admin_, QStringLiteral("TANK-1"),
                                              QStringLiteral("2026-02-28"), QStringLiteral("cert")),
                        K::Invalid, "already expired");
        QVERIFY_REFUSED(equipment_->calibrate(op_, QStringLiteral("TANK-1"),
                                              QStringLiteral("2026-06-30"), QStringLiteral("cert")),
                        K::NotAuthorized, "manage_master_data");
        equipment_->calibrate(admin_, QStringLiteral("TANK-1"), QStringLiteral("2026-03-02"),
                              QStringLiteral("certificate C-1"));
        QCOMPARE(lastPayload(types::kEquipmentCalibrated)
                     .value(QStringLiteral("new"))
                     .toObject()
                     .value(QStringLiteral("calibrated_until")),
                 QJsonValue(QStringLiteral("2026-03-02")));
        QVERIFY(equipment_
                    ->check(QStringLiteral("TANK-1"), QStringLiteral("TANK"), QStringLiteral("B1"),
                            now_)
                    .ok());
        QVERIFY_REFUSED(equipment_->check(QStringLiteral("TANK-1"), QStringLiteral("MIXER"),
                                          QStringLiteral("B1"), now_),
                        K::WrongClass, "is of class TANK, not the expected MIXER");
        QVERIFY_REFUSED(equipment_->check(QStringLiteral("TANK-9"), QStringLiteral("TANK"),
                                          QStringLiteral("B1"), now_),
                        K::NotFound, "no equipment TANK-9");
        // The clean hold time runs out before the calibration does.
        c = equipment_->check(QStringLiteral("TANK-1"), QStringLiteral("TANK"),
                              QStringLiteral("B1"), now_ + 25 * kHourMs);
        QCOMPARE(c.problem, EquipmentProblem::CleaningExpired);
        QVERIFY(c.message.contains(QStringLiteral("clean hold time 24 h")));
        c = equipment_->check(QStringLiteral("TANK-1"), QStringLiteral("TANK"),
                              QStringLiteral("B1"), now_ + 3 * kDayMs);
        QCOMPARE(c.problem, EquipmentProblem::CalibrationExpired);
        equipment_->markDirty(op_, QStringLiteral("TANK-1"), QStringLiteral("spill"));
        QVERIFY_REFUSED(equipment_->markDirty(op_, QStringLiteral("TANK-1"), QStringLiteral("x")),
                        K::WrongState, "already dirty");
        QCOMPARE(equipment_->find(QStringLiteral("TANK-1"))->cleanStatus, CleanStatus::Dirty);
        // Equipment without calibration (a bin) only needs to be clean.
        equipment_->add(
            admin_,
            {QStringLiteral("BIN-1"), QStringLiteral("BIN"), QStringLiteral("Bin"), 72, false},
            QStringLiteral("installed"));
        equipment_->clean(op_, QStringLiteral("BIN-1"), QStringLiteral("washed"));
        QVERIFY(
            equipment_
                ->check(QStringLiteral("BIN-1"), QStringLiteral("BIN"), QStringLiteral("B1"), now_)
                .ok());
    }

    void occupancyBlocksOtherBatches() {
        {
            record::RecordTransaction txn(*journal_);
            equipment_->occupy(
                txn, [&txn](const record::NewEvent& e) { return txn.append(e); },
                QStringLiteral("BIN-1"), QStringLiteral("B1"), QStringLiteral("s_bin"),
                QStringLiteral("op1"));
            txn.commit();
        }
        QCOMPARE(equipment_->find(QStringLiteral("BIN-1"))->inUseBatch, QStringLiteral("B1"));
        EquipmentCheck c = equipment_->check(QStringLiteral("BIN-1"), QStringLiteral("BIN"),
                                             QStringLiteral("B2"), now_);
        QCOMPARE(c.problem, EquipmentProblem::InUseByAnotherBatch);
        QVERIFY(c.message.contains(QStringLiteral("in use by batch B1")));
        // The same batch checking it again is fine.
        QVERIFY(
            equipment_
                ->check(QStringLiteral("BIN-1"), QStringLiteral("BIN"), QStringLiteral("B1"), now_)
                .ok());
        {
            record::RecordTransaction txn(*journal_);
            QVERIFY_REFUSED(equipment_->occupy(
                                txn, [&txn](const record::NewEvent& e) { return txn.append(e); },
                                QStringLiteral("BIN-1"), QStringLiteral("B2"),
                                QStringLiteral("s_bin"), QStringLiteral("op2")),
                            K::NotUsable, "in use by batch B1");
        }
        QVERIFY_REFUSED(equipment_->clean(op_, QStringLiteral("BIN-1"), QStringLiteral("x")),
                        K::WrongState, "in use by batch B1");
        // A supervisor frees it; it is dirty afterwards.
        QVERIFY_REFUSED(equipment_->release(op_, QStringLiteral("BIN-1"), QStringLiteral("x")),
                        K::NotAuthorized, "handle_deviations");
        const Equipment freed = equipment_->release(sup_, QStringLiteral("BIN-1"),
                                                    QStringLiteral("batch B1 abandoned"));
        QVERIFY(freed.inUseBatch.isEmpty());
        QCOMPARE(freed.cleanStatus, CleanStatus::Dirty);
        const QJsonObject p = lastPayload(types::kEquipmentReleased);
        QCOMPARE(p.value(QStringLiteral("released_batch")).toString(), QStringLiteral("B1"));
        QCOMPARE(p.value(QStringLiteral("old")).toObject().value(QStringLiteral("in_use_batch")),
                 QJsonValue(QStringLiteral("B1")));
        QVERIFY_REFUSED(equipment_->release(sup_, QStringLiteral("BIN-1"), QStringLiteral("x")),
                        K::WrongState, "not in use");
    }

    void rowsAreProjectionsThatCannotBeDeleted() {
        for (const char* sql :
             {"DELETE FROM materials", "DELETE FROM material_lots", "DELETE FROM equipment",
              "UPDATE material_lots SET material_code = 'RM-2'",
              "UPDATE equipment SET equipment_class = 'X'",
              "UPDATE materials SET material_code = 'RM-X'"}) {
            try {
                store_.db->prepare(sql).run();
                QFAIL(sql);
            } catch (const store::StoreError& e) {
                QCOMPARE(e.kind(), store::StoreErrorKind::Constraint);
            }
        }
        const record::VerifyReport report = record::verifyAuditTrail(*store_.db);
        QVERIFY2(report.ok, report.toJson().constData());
    }
};

QTEST_GUILESS_MAIN(TestMasterData)
#include "test_masterdata.moc"
