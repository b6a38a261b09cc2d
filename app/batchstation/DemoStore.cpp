#include "DemoStore.h"

#include "log/Logging.h"
#include "sampling/MasterDataParser.h"
#include "security/Roles.h"

#include <QDir>
#include <QFile>
#include <QRandomGenerator>

#include <spdlog/spdlog.h>

namespace batch::app {
namespace {

struct DemoUser {
    const char* id;
    const char* name;
    security::Role role;
};

constexpr DemoUser kDemoUsers[] = {
    {"qa1", "Quinn QA", security::Role::Qa},
    {"op1", "Olivia Operator", security::Role::Operator},
    {"sup1", "Sam Supervisor", security::Role::Supervisor},
};

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
    for (const DemoUser& u : kDemoUsers) {
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

}  // namespace

DemoStore DemoStore::openOrCreate(const QString& directory) {
    auto log = logging::logger("batch.app");
    QDir().mkpath(directory);
    QFile::setPermissions(directory, QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                         QFileDevice::ExeOwner);
    DemoStore demo;
    demo.dbPath = QDir(directory).filePath(QStringLiteral("station.db"));
    const QString keyPath = QDir(directory).filePath(QStringLiteral("station.key"));

    if (QFile::exists(demo.dbPath)) {
        demo.passphrase = store::readKeyFile(keyPath);
        demo.station = Station::open(demo.dbPath, demo.passphrase);
    } else {
        log->info("creating the demo station in {}", directory.toStdString());
        demo.passphrase = QFile::exists(keyPath) ? store::readKeyFile(keyPath)
                                                 : createKeyFile(keyPath);
        demo.station = Station::create(demo.dbPath, demo.passphrase,
                                       QString::fromLatin1(kStationId), QStringLiteral("admin"),
                                       QStringLiteral("System Administrator"),
                                       QString::fromLatin1(kPassword));
    }
    addMissingDemoUsers(*demo.station);
    addDemoMvaModels(*demo.station);
    addDemoSamplingData(*demo.station);
    return demo;
}

}  // namespace batch::app
