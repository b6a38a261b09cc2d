#include "DemoStore.h"

#include "log/Logging.h"
#include "sampling/MasterDataParser.h"
#include "security/Roles.h"
#include "station/DemoSite.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>

#include <spdlog/spdlog.h>

// Q_INIT_RESOURCE must be called outside any namespace; the demo MBRs live in the
// batch_demo library, so nothing would pull them into the executable otherwise.
static void initDemoResources() {
    Q_INIT_RESOURCE(demo);
}

namespace batch::app {
namespace {

struct DemoUserRole {
    const char* id;
    const char* name;
    security::Role role;
};

constexpr DemoUserRole kDemoUsers[] = {
    {"qa1", "Quinn QA", security::Role::Qa},
    {"op1", "Olivia Operator", security::Role::Operator},
    {"op2", "Oscar Operator", security::Role::Operator},
    {"sup1", "Sam Supervisor", security::Role::Supervisor},
};

// The demo MBRs, embedded from resources/mbr (demo.qrc).
constexpr const char* kDemoMbrs[] = {":/demo/mbr/tablet-500mg.json",
                                     ":/demo/mbr/sterile-liquid-fill.json"};

QByteArray randomHex(int bytes) {
    QByteArray raw(bytes, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32*>(raw.data()), bytes / 4);
    return raw.toHex();
}

// The key file is created owner-only (0600) from the start, never widened afterwards.
QByteArray createKeyFile(const QString& path) {
    const QByteArray key = randomHex(32);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly,
                   QFileDevice::ReadOwner | QFileDevice::WriteOwner) ||
        file.write(key + '\n') != key.size() + 1 || !file.flush())
        throw store::StoreError(store::StoreErrorKind::Io, 0,
                                "cannot write the demo key file " + path.toStdString() + ": " +
                                    file.errorString().toStdString());
    return key;
}

// Demo users that are missing are added the honest way: an administrator creates them
// with a one-time password and each then sets the demo password through the ordinary
// change, so the record shows UserCreated + PasswordChanged like for any real user.
void addMissingDemoUsers(Station& station) {
    auto& users = station.users();
    const auto admin = users.find(QStringLiteral("admin"));
    if (!admin)
        return;
    const QString password = QString::fromLatin1(DemoStore::kPassword);
    for (const DemoUserRole& u : kDemoUsers) {
        const QString id = QString::fromLatin1(u.id);
        if (users.find(id))
            continue;
        const QString oneTime = QStringLiteral("Once-") + QString::fromLatin1(randomHex(8));
        users.addUser(*admin, id, QString::fromLatin1(u.name), {u.role}, oneTime,
                      QStringLiteral("demo station set-up"));
        users.changePassword(id, oneTime, password);
    }
}

// The demo sampling master data (resources/sampling/demo-sampling.json), once, so that the
// sampling screens have products, plans and variants to show.
void addDemoSamplingData(Station& station) {
    auto& master = station.sampling().masterData();
    const auto admin = station.users().find(QStringLiteral("admin"));
    QFile file(QStringLiteral(":/sampling/demo-sampling.json"));
    if (!admin || !master.load().products.isEmpty() || !file.open(QIODevice::ReadOnly))
        return;
    const sampling::MasterDataParseResult demo = sampling::MasterDataParser::parse(file.readAll());
    if (demo.ok())
        master.apply(*admin, *demo.document, false, QStringLiteral("demo station set-up"));
}

// The demo site's released lots and production equipment (core/station/DemoSite), and
// the equipment of the demo MBRs cleaned: a batch left it dirty, and on a real site the
// line is cleaned before the next batch starts (so a demo restarted after a batch can run
// another one).
// The instruments of the demo MBRs that are read off (no connection: the operator reads
// the display), in the instrument master, calibrated and with today's passed daily check,
// so that their readings pass the weighing rules like on a real site. The balances are
// registered by devices/demo (DemoInstruments) when they start.
void addDemoReadOffInstruments(Station& station, const security::User& admin) {
    struct ReadOff {
        const char* id;
        const char* type;
        const char* model;
        const char* instrumentClass;
        const char* unit;
    };
    constexpr ReadOff kReadOff[] = {
        {"MA-LOD-01", "moisture_analyser", "Moisture analyser (demo)", "MA-LOD", "%"},
        {"TT-01", "tablet_tester", "Tablet tester (demo)", "TAB-TESTER", ""},
        {"PH-01", "ph_meter", "pH meter (demo)", "PH-METER", "pH"},
        {"FIT-01", "integrity_tester", "Filter integrity tester (demo)", "FIT-TESTER", "bar"},
        {"CW-01", "checkweigher", "Checkweigher (demo)", "CHECKWEIGHER", "g"},
    };
    instruments::InstrumentRegistry& master = station.instruments();
    const QDate today = master.today();
    const QString why = QStringLiteral("demo mode: read-off instrument");
    for (const ReadOff& r : kReadOff) {
        const QString id = QString::fromLatin1(r.id);
        std::optional<instruments::Instrument> in = master.find(id);
        if (!in) {
            instruments::Instrument n;
            n.id = id;
            n.type = QString::fromLatin1(r.type);
            n.model = QString::fromLatin1(r.model);
            n.serialNumber = QStringLiteral("SN-") + id;
            n.instrumentClass = QString::fromLatin1(r.instrumentClass);
            n.location = QStringLiteral("Demo");
            n.unit = QString::fromLatin1(r.unit);
            n.simulated = true;
            in = master.registerInstrument(admin, n, why);
        }
        if (!in->calibrationDue.isValid() || in->calibrationDue < today)
            in = master.recordCalibration(admin, id, today, today.addYears(1),
                                          QStringLiteral("DEMO-") + id, why);
        if (!in->dailyCheck || in->dailyCheck->date != today || !in->dailyCheck->passed)
            master.recordDailyCheck(admin, id, true, QStringLiteral("demo mode"));
    }
}

void addDemoSiteData(Station& station) {
    const auto admin = station.users().find(QStringLiteral("admin"));
    const auto qa = station.users().find(QStringLiteral("qa1"));
    const auto op = station.users().find(QStringLiteral("op1"));
    if (!admin || !qa || !op)
        return;
    demo::addDemoMasterData(station, *admin, *qa);
    addDemoReadOffInstruments(station, *admin);
    for (const char* mbr : {"MBR-TAB-500", "MBR-OND-2ML"})
        demo::cleanDemoEquipment(station, *op, QString::fromLatin1(mbr));
}

// Brings one demo MBR to Effective the way the lifecycle demands (docs/mbr-format.md §6):
// the administrator imports and submits, the supervisor signs as author, QA approves,
// the administrator makes it effective. Continues from whatever status it has.
void makeEffective(Station& station, const QByteArray& json) {
    using model::MbrStatus;
    const QJsonObject doc = QJsonDocument::fromJson(json).object();
    const QString mbrId = doc.value(QStringLiteral("mbrId")).toString();
    const QString version = doc.value(QStringLiteral("version")).toString();
    auto& mbrs = station.mbrs();
    const auto admin = station.users().find(QStringLiteral("admin"));
    if (!admin || mbrId.isEmpty())
        return;
    for (const model::MbrVersionInfo& v : mbrs.list(mbrId))
        if (v.status == MbrStatus::Effective)
            return;
    const QString password = QString::fromLatin1(DemoStore::kPassword);
    const QString reason = QStringLiteral("demo station set-up");
    auto info = mbrs.find(mbrId, version);
    if (!info)
        info = mbrs.importDraft(*admin, json, reason);
    if (info->status == MbrStatus::Draft)
        info = mbrs.submitForReview(*admin, mbrId, version, reason);
    if (info->status == MbrStatus::InReview) {
        try {
            mbrs.signAsAuthor(mbrId, version, QStringLiteral("sup1"), password,
                              QStringLiteral("demo author"));
        } catch (const model::MbrError& e) {
            if (e.kind() != model::MbrError::Kind::Conflict)
                throw;  // signed before an interrupted start: go on with the approval
        }
        info = mbrs.approve(mbrId, version, QStringLiteral("qa1"), password,
                            QStringLiteral("demo approval"));
    }
    if (info->status == MbrStatus::Approved)
        mbrs.makeEffective(*admin, mbrId, version, reason);
    logging::logger("batch.app")
        ->info("demo MBR {} {} is effective", mbrId.toStdString(), version.toStdString());
}

void makeDemoMbrsEffective(Station& station) {
    initDemoResources();
    for (const char* path : kDemoMbrs) {
        QFile file(QString::fromLatin1(path));
        if (!file.open(QIODevice::ReadOnly))
            throw store::StoreError(store::StoreErrorKind::Io, 0,
                                    std::string("demo MBR missing from the build: ") + path);
        makeEffective(station, file.readAll());
    }
}

}  // namespace

QList<DemoStore::DemoUser> DemoStore::users() {
    QList<DemoUser> out{{"admin", "System Administrator", "admin"}};
    for (const DemoUserRole& u : kDemoUsers)
        out.append({u.id, u.name,
                    u.role == security::Role::Qa           ? "qa"
                    : u.role == security::Role::Supervisor ? "supervisor"
                                                           : "operator"});
    return out;
}

DemoStore DemoStore::openOrCreate(const QString& directory, record::Clock clock) {
    auto log = logging::logger("batch.app");
    QDir().mkpath(directory);
    QFile::setPermissions(directory,
                          QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    DemoStore demo;
    demo.dbPath = QDir(directory).filePath(QStringLiteral("station.db"));
    const QString keyPath = QDir(directory).filePath(QStringLiteral("station.key"));

    if (QFile::exists(demo.dbPath)) {
        demo.passphrase = store::readKeyFile(keyPath);
        demo.station = Station::open(demo.dbPath, demo.passphrase, clock);
    } else {
        log->info("creating the demo station in {}", directory.toStdString());
        demo.passphrase =
            QFile::exists(keyPath) ? store::readKeyFile(keyPath) : createKeyFile(keyPath);
        demo.station = Station::create(
            demo.dbPath, demo.passphrase, QString::fromLatin1(kStationId), QStringLiteral("admin"),
            QStringLiteral("System Administrator"), QString::fromLatin1(kPassword), clock);
    }
    addMissingDemoUsers(*demo.station);
    makeDemoMbrsEffective(*demo.station);
    addDemoMvaModels(*demo.station);
    addDemoSamplingData(*demo.station);
    addDemoSiteData(*demo.station);
    return demo;
}

}  // namespace batch::app
