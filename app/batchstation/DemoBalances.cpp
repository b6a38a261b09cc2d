#include "DemoBalances.h"

#include "log/Logging.h"
#include "simulator/BalanceSimulator.h"
#include "transport/BalanceConnection.h"

#include <QDir>
#include <QMetaObject>

#include <spdlog/spdlog.h>

namespace batch::app {

class DemoBalances::Pan : public ui::SimulatedPan {
public:
    Pan(QObject* host, devices::sim::BalanceSimulator* sim) : host_(host), sim_(sim) {}
    void place(double amount) override {
        auto* sim = sim_;
        QMetaObject::invokeMethod(host_, [sim, amount] { sim->placeMass(amount); },
                                  Qt::QueuedConnection);
    }
    void clear() override {
        auto* sim = sim_;
        QMetaObject::invokeMethod(host_, [sim] { sim->removeMass(); }, Qt::QueuedConnection);
    }

private:
    QObject* host_;
    devices::sim::BalanceSimulator* sim_;
};

struct DemoBalances::Balance {
    Spec spec;
    devices::sim::BalanceSimulator* simulator = nullptr;  // on thread_, child of host_
    std::unique_ptr<devices::BalanceConnection> connection;
    std::unique_ptr<ui::MtSicsBalanceLink> link;
    std::unique_ptr<Pan> pan;
};

std::vector<DemoBalances::Spec> DemoBalances::defaultSpecs() {
    // The balance classes of resources/mbr/*.json, with what a real one of them reads.
    return {
        {QStringLiteral("BAL-01"), QStringLiteral("BAL-300KG"),
         QStringLiteral("Floor balance 300 kg (simulated)"), QStringLiteral("DEMO300K01"), 300.0,
         0.01, 2, QStringLiteral("kg")},
        {QStringLiteral("BAL-02"), QStringLiteral("BAL-6KG"),
         QStringLiteral("Bench balance 6 kg (simulated)"), QStringLiteral("DEMO006K02"), 6.0,
         0.001, 3, QStringLiteral("kg")},
        {QStringLiteral("BAL-03"), QStringLiteral("BAL-ANA"),
         QStringLiteral("Analytical balance 220 g (simulated)"), QStringLiteral("DEMOANA003"),
         220000.0, 0.1, 1, QStringLiteral("mg")},
    };
}

DemoBalances::DemoBalances() {
    thread_.setObjectName(QStringLiteral("demo-balances"));
    host_ = new QObject;
    host_->moveToThread(&thread_);
    QObject::connect(&thread_, &QThread::finished, host_, &QObject::deleteLater);
    thread_.start();
}

DemoBalances::~DemoBalances() {
    for (auto& b : balances_) {
        b->link.reset();
        b->connection.reset();  // closes the port on its own thread, joins it
    }
    // The simulators are closed on the thread that owns their file descriptors.
    QMetaObject::invokeMethod(host_, [this] {
        for (auto& b : balances_)
            delete b->simulator;
    }, Qt::BlockingQueuedConnection);
    thread_.quit();
    thread_.wait();
}

bool DemoBalances::start(const std::vector<Spec>& specs, QString* error) {
    if (!dir_.isValid()) {
        *error = QStringLiteral("no temporary directory for the simulated balances");
        return false;
    }
    auto log = logging::logger("batch.app");
    for (const Spec& spec : specs) {
        auto b = std::make_unique<Balance>();
        b->spec = spec;
        const QString path = QDir(dir_.path()).filePath(spec.id);
        devices::sim::BalanceSpec physics;
        physics.serialNumber = spec.serialNumber;
        physics.model = spec.description.left(20);
        physics.capacity = spec.capacity;
        physics.readability = spec.readability;
        physics.decimals = spec.decimals;
        physics.unit = spec.unit;
        physics.settleMs = 150.0;  // a demo need not wait like a 300 kg platform does
        bool started = false;
        QString why;
        QMetaObject::invokeMethod(host_, [&] {
            b->simulator = new devices::sim::BalanceSimulator(
                devices::sim::BalanceSimulator::Protocol::MtSics, path, physics, host_);
            b->simulator->setStreamRate(20.0);
            started = b->simulator->start(&why);
        }, Qt::BlockingQueuedConnection);
        if (!started) {
            *error = QStringLiteral("simulated balance %1: %2").arg(spec.id, why);
            return false;
        }
        devices::BalanceSettings settings;
        settings.serial.portName = path;
        settings.expectedSerialNumber = spec.serialNumber;
        b->connection = std::make_unique<devices::BalanceConnection>(settings);
        ui::InstrumentInfo info;
        info.id = spec.id;
        info.equipmentClass = spec.equipmentClass;
        info.description = spec.description;
        info.serialNumber = spec.serialNumber;
        info.unit = spec.unit;
        info.decimals = spec.decimals;
        info.location = QStringLiteral("demo");
        b->link = std::make_unique<ui::MtSicsBalanceLink>(info, *b->connection);
        b->pan = std::make_unique<Pan>(host_, b->simulator);
        b->connection->start();
        log->info("demo balance {} ({}) on {}", spec.id.toStdString(),
                  spec.equipmentClass.toStdString(), path.toStdString());
        balances_.push_back(std::move(b));
    }
    return true;
}

void DemoBalances::registerWith(ui::InstrumentHub& hub) {
    for (auto& b : balances_)
        hub.add(b->link.get(), b->pan.get());
}

QList<ui::BalanceLink*> DemoBalances::links() const {
    QList<ui::BalanceLink*> out;
    for (const auto& b : balances_)
        out << b->link.get();
    return out;
}

}  // namespace batch::app
