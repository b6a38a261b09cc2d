#include "DemoBalances.h"

#include "demo/DemoInstruments.h"
#include "log/Logging.h"
#include "station/Station.h"

#include <spdlog/spdlog.h>

namespace batch::app {

// The demo operator's hand: what lies on the pan, added to or taken off.
class DemoBalances::Pan : public ui::SimulatedPan {
public:
    Pan(devices::DemoInstruments& instruments, QString id)
        : instruments_(instruments), id_(std::move(id)) {}
    void place(double amount) override {
        mass_ += amount;
        instruments_.load(id_, mass_);
    }
    void clear() override {
        mass_ = 0.0;
        instruments_.load(id_, 0.0);
    }
    const QString& id() const { return id_; }

private:
    devices::DemoInstruments& instruments_;
    QString id_;
    double mass_ = 0.0;
};

DemoBalances::DemoBalances() = default;

DemoBalances::~DemoBalances() {
    pans_.clear();
    links_ = {};           // the links use the connections ...
    instruments_.reset();  // ... which go with the drivers, then the simulators
}

bool DemoBalances::start(Station& station, QString* error) {
    if (!dir_.isValid()) {
        *error = QStringLiteral("no temporary directory for the simulated balances");
        return false;
    }
    const auto admin = station.users().find(QStringLiteral("admin"));
    if (!admin) {
        *error = QStringLiteral("the demo station has no administrator");
        return false;
    }
    station_ = &station;
    record::Journal& journal = station.journal();
    instruments_ = std::make_unique<devices::DemoInstruments>(
        dir_.path(), [&journal] { return journal.nowMs(); });
    if (!instruments_->startSimulators(error))
        return false;
    instruments_->registerInMaster(station.instruments(), *admin);
    const QStringList ids = instruments_->connectDrivers(station.instruments());
    for (const QString& id : ids) {
        pans_.push_back(std::make_unique<Pan>(*instruments_, id));
        logging::logger("batch.app")
            ->info("demo balance {} on {}", id.toStdString(),
                   instruments_->portOf(id).toStdString());
    }
    return true;
}

void DemoBalances::registerWith(ui::InstrumentHub& hub) {
    if (!instruments_)
        return;
    record::Journal& journal = station_->journal();
    links_.build(
        instruments_->instruments(), station_->instruments(), hub,
        [&journal] { return journal.nowMs(); },
        [this](const QString& id) {
            for (const auto& p : pans_)
                if (p->id() == id)
                    return static_cast<ui::SimulatedPan*>(p.get());
            return static_cast<ui::SimulatedPan*>(nullptr);
        });
}

}  // namespace batch::app
