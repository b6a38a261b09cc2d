#include "demo/DemoInstruments.h"

#include "station/DemoSite.h"

#include <QDir>

namespace batch::devices {
namespace {

int decimalsOf(const QString& readability) {
    const qsizetype point = readability.indexOf(QLatin1Char('.'));
    return point < 0 ? 0 : int(readability.size() - point - 1);
}

}  // namespace

DemoInstruments::DemoInstruments(QString directory, BalanceClock clock, QObject* parent)
    : QObject(parent), directory_(std::move(directory)), instruments_(std::move(clock)) {
    thread_.setObjectName(QStringLiteral("demo-balances"));
    context_.moveToThread(&thread_);
    thread_.start();
}

DemoInstruments::~DemoInstruments() {
    // Drivers first (they hold the ptys open), then the simulators on their thread.
    for (const QString& id : instruments_.ids()) instruments_.disconnect(id);
    onSimulatorThread([this] { simulators_.clear(); });
    thread_.quit();
    thread_.wait();
}

void DemoInstruments::onSimulatorThread(const std::function<void()>& f) {
    QMetaObject::invokeMethod(&context_, f, Qt::BlockingQueuedConnection);
}

QString DemoInstruments::portOf(const QString& instrumentId) const {
    return QDir(directory_).filePath(instrumentId.toLower());
}

bool DemoInstruments::startSimulators(QString* error) {
    bool ok = true;
    onSimulatorThread([&] {
        for (const demo::DemoBalance& b : demo::demoBalances()) {
            sim::BalanceSpec spec;
            spec.serialNumber = b.serialNumber;
            spec.model = b.model;
            spec.unit = b.unit;
            spec.capacity = b.capacity.toDouble();
            spec.readability = b.readability.toDouble();
            spec.decimals = decimalsOf(b.readability);
            spec.settleMs = 300.0;  // a demo settles visibly, but quickly
            auto s = std::make_unique<sim::BalanceSimulator>(
                *sim::BalanceSimulator::protocolFromName(b.protocol), portOf(b.id), spec);
            if (!s->start(error)) {
                ok = false;
                return;
            }
            s->setStreamRate(10.0);
            // No SBI auto print: with it every print command starts or stops the stream,
            // and the HMI polls its readings with print commands between tares and
            // captures (ui/instruments/BalanceLink.h).
            simulators_.push_back(std::move(s));
        }
    });
    return ok;
}

void DemoInstruments::registerInMaster(instruments::InstrumentRegistry& master,
                                       const security::User& admin) {
    const QDate today = master.today();
    const QString why = QStringLiteral("demo mode: simulated balance");
    for (const demo::DemoBalance& b : demo::demoBalances()) {
        std::optional<instruments::Instrument> in = master.find(b.id);
        if (!in) {
            instruments::Instrument n;
            n.id = b.id;
            n.type = QStringLiteral("balance");
            n.model = b.model;
            n.serialNumber = b.serialNumber;
            n.instrumentClass = b.instrumentClass;
            n.location = QStringLiteral("Demo");
            n.unit = b.unit;
            n.capacity = b.capacity;
            n.readability = b.readability;
            n.minimumWeight = b.minimumWeight;
            n.connection.protocol = b.protocol;
            n.connection.port = portOf(b.id);
            n.simulated = true;
            in = master.registerInstrument(admin, n, why);
        } else if (in->connection.port != portOf(b.id)) {
            instruments::InstrumentUpdate u;
            instruments::InstrumentConnection c = in->connection;
            c.port = portOf(b.id);
            u.connection = c;
            in = master.update(admin, b.id, u, why);
        }
        if (!in->calibrationDue.isValid() || in->calibrationDue < today)
            in = master.recordCalibration(admin, b.id, today, today.addYears(1),
                                          QStringLiteral("DEMO-%1").arg(b.id), why);
        if (!in->dailyCheck || in->dailyCheck->date != today || !in->dailyCheck->passed)
            master.recordDailyCheck(admin, b.id, true, QStringLiteral("demo mode"));
    }
}

QStringList DemoInstruments::connectDrivers(const instruments::InstrumentRegistry& master) {
    return instruments_.connectAll(master);
}

void DemoInstruments::load(const QString& instrumentId, double mass) {
    const QString port = portOf(instrumentId);
    onSimulatorThread([&] {
        for (auto& s : simulators_) {
            if (s->linkPath() != port)
                continue;
            s->removeMass();
            if (mass > 0.0)
                s->placeMass(mass);
        }
    });
}

}  // namespace batch::devices
