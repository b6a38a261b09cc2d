#include "transport/StationInstruments.h"

#include "transport/InstrumentLink.h"

namespace batch::devices {

StationInstruments::StationInstruments(BalanceClock clock, QObject* parent)
    : QObject(parent), clock_(std::move(clock)) {}

StationInstruments::~StationInstruments() = default;

QStringList StationInstruments::connectAll(const instruments::InstrumentRegistry& master,
                                           QStringList* problems) {
    QStringList connected;
    for (const instruments::Instrument& in : master.list()) {
        if (!in.connection.isConnected() || in.state != instruments::InstrumentState::InService ||
            balances_.count(in.id) || scales_.count(in.id))
            continue;
        QString error;
        if (connect(in, &error))
            connected.append(in.id);
        else if (problems)
            problems->append(error);
    }
    return connected;
}

bool StationInstruments::connect(const instruments::Instrument& in, QString* error) {
    disconnect(in.id);
    const QString id = in.id;
    if (in.connection.protocol == QLatin1String("hid-pos")) {
        std::optional<HidScaleWorker::Settings> s = hidSettingsFor(in, error);
        if (!s)
            return false;
        s->clock = clock_;
        auto scale = std::make_unique<HidScaleConnection>(*s);
        QObject::connect(
            scale.get(), &HidScaleConnection::stateChanged, this,
            [this, id](ConnectionState st, const QString& d) { Q_EMIT stateChanged(id, st, d); });
        scale->start();
        directory_.add(id, in.unit, scale->liveReadings());
        scales_[id] = std::move(scale);
        return true;
    }
    std::optional<BalanceSettings> s = balanceSettingsFor(in, error);
    if (!s)
        return false;
    s->clock = clock_;
    auto balance = std::make_unique<BalanceConnection>(*s);
    QObject::connect(
        balance.get(), &BalanceConnection::stateChanged, this,
        [this, id](ConnectionState st, const QString& d) { Q_EMIT stateChanged(id, st, d); });
    balance->start();
    directory_.add(id, in.unit, balance->liveReadings());
    balances_[id] = std::move(balance);
    return true;
}

void StationInstruments::disconnect(const QString& instrumentId) {
    directory_.remove(instrumentId);
    balances_.erase(instrumentId);
    scales_.erase(instrumentId);
}

BalanceConnection* StationInstruments::balance(const QString& instrumentId) const {
    const auto it = balances_.find(instrumentId);
    return it == balances_.end() ? nullptr : it->second.get();
}

HidScaleConnection* StationInstruments::hidScale(const QString& instrumentId) const {
    const auto it = scales_.find(instrumentId);
    return it == scales_.end() ? nullptr : it->second.get();
}

QStringList StationInstruments::ids() const {
    QStringList out;
    for (const auto& [id, c] : balances_) out.append(id);
    for (const auto& [id, c] : scales_) out.append(id);
    out.sort();
    return out;
}

}  // namespace batch::devices
