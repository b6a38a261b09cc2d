#pragma once

#include "instruments/InstrumentRegistry.h"
#include "transport/BalanceConnection.h"
#include "transport/HidScaleConnection.h"
#include "transport/LiveReadingsDirectory.h"

#include <QObject>
#include <QString>
#include <QStringList>

#include <map>
#include <memory>

namespace batch::devices {

// The connected instruments of a station, for its HMI: one transport per instrument of
// the instrument master that has a connection and is in service - a BalanceConnection
// (MT-SICS, SBI, A&D; worker thread each) or a HidScaleConnection (hid-pos) - started,
// with its serial number checked against the master, its readings stamped on the
// station's clock, and its live readings listed in liveReadings() for the trend chart.
// Lives on the main thread; nothing here blocks.
class StationInstruments : public QObject {
    Q_OBJECT
public:
    explicit StationInstruments(BalanceClock clock = {}, QObject* parent = nullptr);
    ~StationInstruments() override;

    // Connects every connected, in-service instrument of `master` not connected yet;
    // returns the ids connected now. Entries that cannot be connected are skipped with the
    // reason in *problems (one line each).
    QStringList connectAll(const instruments::InstrumentRegistry& master,
                           QStringList* problems = nullptr);
    // Connects one instrument (replacing an earlier connection to it).
    bool connect(const instruments::Instrument& instrument, QString* error);
    void disconnect(const QString& instrumentId);

    BalanceConnection* balance(const QString& instrumentId) const;
    HidScaleConnection* hidScale(const QString& instrumentId) const;
    QStringList ids() const;
    LiveReadingsDirectory& liveReadings() { return directory_; }

Q_SIGNALS:
    void stateChanged(const QString& instrumentId, batch::devices::ConnectionState state,
                      const QString& detail);

private:
    BalanceClock clock_;
    LiveReadingsDirectory directory_;
    std::map<QString, std::unique_ptr<BalanceConnection>> balances_;
    std::map<QString, std::unique_ptr<HidScaleConnection>> scales_;
};

}  // namespace batch::devices
