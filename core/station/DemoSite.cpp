#include "station/DemoSite.h"

namespace batch::demo {

QList<DemoBalance> demoBalances() {
    const auto s = [](const char* text) { return QString::fromLatin1(text); };
    return {
        {s("BAL-300-01"), s("mt-sics"), s("B120300001"), s("Floor balance 300 kg (simulated)"),
         s("BAL-300KG"), s("kg"), s("300"), s("0.01"), s("0.5")},
        {s("BAL-6K-02"), s("sbi"), s("21705432"), s("Bench balance 6.2 kg (simulated)"),
         s("BAL-6KG"), s("kg"), s("6.2"), s("0.0001"), s("0.02")},
        {s("BAL-ANA-01"), s("and"), s("T1234567"), s("Analytical balance 220 g (simulated)"),
         s("BAL-ANA"), s("mg"), s("220000"), s("0.1"), s("10")},
    };
}
namespace {

struct DemoLot {
    const char* lot;
    const char* material;
    const char* name;
    const char* unit;
};

constexpr DemoLot kDemoLots[] = {
    {"L-PCM-2026-0107", "RM-PCM-001", "Paracetamol", "kg"},
    {"L-STA-2026-0311", "RM-STA-002", "Maize starch", "kg"},
    {"L-PVP-2026-0045", "RM-PVP-003", "Povidone K30", "kg"},
    {"L-MCC-2026-0033", "RM-MCC-005", "Microcrystalline cellulose", "kg"},
    {"L-CCS-2026-0020", "RM-CCS-006", "Croscarmellose sodium", "kg"},
    {"L-MGS-2026-0009", "RM-MGS-007", "Magnesium stearate", "kg"},
    {"L-SIL-2026-0002", "RM-SIL-008", "Colloidal silica", "kg"},
    {"L-OND-2026-0004", "RM-OND-101", "Ondansetron HCl dihydrate", "kg"},
    {"L-NAC-2026-0101", "RM-NAC-102", "Sodium chloride", "kg"},
    {"L-CIT-2026-0017", "RM-CIT-103", "Citric acid monohydrate", "kg"},
    {"L-SCT-2026-0008", "RM-SCT-104", "Sodium citrate dihydrate", "kg"},
    {"L-VIA-2026-0550", "PM-VIA-201", "Vial 2R", "pcs"},
    {"L-STO-2026-0210", "PM-STO-202", "Stopper 13 mm", "pcs"},
    {"L-CAP-2026-0077", "PM-CAP-203", "Flip-off cap 13 mm", "pcs"},
};

struct DemoEquipment {
    const char* mbrId;
    const char* id;
    const char* equipmentClass;
    bool calibrated;
};

// Shared units (the bench balance) appear once per MBR that checks them.
constexpr DemoEquipment kDemoEquipment[] = {
    {"MBR-TAB-500", "BAL-300-01", "BAL-300KG", true},
    {"MBR-TAB-500", "BAL-6K-02", "BAL-6KG", true},
    {"MBR-TAB-500", "HSG-600-01", "HSG-600", true},
    {"MBR-TAB-500", "FBD-300-01", "FBD-300", true},
    {"MBR-TAB-500", "MILL-CON-01", "MILL-CON", true},
    {"MBR-TAB-500", "IBC-1000-03", "IBC-1000", false},
    {"MBR-TAB-500", "TP-36-01", "TP-36", true},
    {"MBR-OND-2ML", "BAL-6K-02", "BAL-6KG", true},
    {"MBR-OND-2ML", "TANK-250-01", "TANK-250", true},
    {"MBR-OND-2ML", "FLT-022-07", "FILTER-022", false},
    {"MBR-OND-2ML", "FIT-01", "FIT-TESTER", true},
    {"MBR-OND-2ML", "FILL-ISO-01", "FILLER-ISO", true},
    {"MBR-OND-2ML", "CAP-01", "CAPPER", true},
};

constexpr int kCleanHoldHours = 72;
constexpr const char* kNeverExpires = "2099-12-31";

}  // namespace

void addDemoMasterData(Station& station, const security::User& admin, const security::User& qa) {
    const QString why = QStringLiteral("demo site master data");
    masterdata::MaterialRepository& materials = station.materials();
    for (const DemoLot& l : kDemoLots) {
        const QString material = QString::fromLatin1(l.material);
        if (!materials.material(material))
            materials.addMaterial(admin, material, QString::fromLatin1(l.name),
                                  QString::fromLatin1(l.unit), why);
        if (materials.lot(QString::fromLatin1(l.lot)))
            continue;
        materials.receiveLot(admin,
                             {QString::fromLatin1(l.lot),
                              material,
                              QStringLiteral("Demo Supplier GmbH"),
                              {},
                              QString::fromLatin1(kNeverExpires)},
                             why);
        materials.changeLotStatus(qa, QString::fromLatin1(l.lot), masterdata::LotStatus::Released,
                                  why);
    }
    masterdata::EquipmentRepository& equipment = station.equipment();
    for (const DemoEquipment& e : kDemoEquipment) {
        const QString id = QString::fromLatin1(e.id);
        if (equipment.find(id))
            continue;
        equipment.add(
            admin, {id, QString::fromLatin1(e.equipmentClass), id, kCleanHoldHours, e.calibrated},
            why);
        if (e.calibrated)
            equipment.calibrate(admin, id, QString::fromLatin1(kNeverExpires), why);
    }
}

QStringList demoEquipmentOf(const QString& mbrId) {
    QStringList out;
    for (const DemoEquipment& e : kDemoEquipment)
        if (mbrId == QLatin1String(e.mbrId))
            out << QString::fromLatin1(e.id);
    return out;
}

void cleanDemoEquipment(Station& station, const security::User& by, const QString& mbrId) {
    for (const QString& id : demoEquipmentOf(mbrId)) {
        const auto unit = station.equipment().find(id);
        if (unit && unit->cleanStatus == masterdata::CleanStatus::Dirty)
            station.equipment().clean(by, id, QStringLiteral("cleaned before the batch"));
    }
}

}  // namespace batch::demo
