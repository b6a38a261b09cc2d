#pragma once

#include "transport/BalanceSettings.h"
#include "transport/LiveReadings.h"

#include <QHash>
#include <QObject>
#include <QString>

#include <memory>
#include <optional>

namespace batch::devices {
class BalanceConnection;
}

namespace batch::ui {

// What the operator needs to know about an instrument to trust it: who it is, what
// class of equipment the MBR asks for, and its calibration state as the instrument
// master has it.
struct InstrumentInfo {
    QString id;              // e.g. "BAL-01" (what the record stores as instrument_id)
    QString equipmentClass;  // the MBR's instrumentClass / equipment class code
    QString description;     // model, e.g. "Floor balance 300 kg"
    QString serialNumber;    // as the instrument master has it on file
    QString unit;
    int decimals = 2;
    QString location;
    // Calibration as the instrument master states it. Empty: the station has no
    // instrument master entry for it (shown as "unknown", never as valid).
    QString calibrationDueUtc;
    std::optional<bool> calibrationValid;
};

// The UI's view of one connected balance: identity, connection state and live
// readings, plus the two keys an operator presses on the balance itself (tare, zero).
// Every call returns at once; the device work happens on the transport's thread.
class BalanceLink : public QObject {
    Q_OBJECT
public:
    using QObject::QObject;

    virtual const InstrumentInfo& info() const = 0;
    virtual devices::ConnectionState state() const = 0;
    virtual QString stateDetail() const = 0;
    virtual std::shared_ptr<const devices::LiveReadings> liveReadings() const = 0;
    virtual void tare() = 0;
    virtual void zero() = 0;
    // The latest stream reading, if any arrived since the link was last connected.
    virtual std::optional<devices::Reading> latest() const = 0;

Q_SIGNALS:
    void stateChanged(batch::devices::ConnectionState state, const QString& detail);
    void reading(const batch::devices::Reading& reading);
    // A tare or zero that the balance refused or did not answer (reason from the device).
    void commandFailed(const QString& command, const QString& reason);
    void commandDone(const QString& command);
};

// A BalanceLink over an MT-SICS BalanceConnection: starts the SIR stream every time the
// connection comes up (a reconnect ends the stream on the balance side).
class MtSicsBalanceLink : public BalanceLink {
    Q_OBJECT
public:
    MtSicsBalanceLink(InstrumentInfo info, devices::BalanceConnection& connection,
                      QObject* parent = nullptr);

    const InstrumentInfo& info() const override { return info_; }
    devices::ConnectionState state() const override;
    QString stateDetail() const override;
    std::shared_ptr<const devices::LiveReadings> liveReadings() const override;
    void tare() override;
    void zero() override;
    std::optional<devices::Reading> latest() const override { return latest_; }

private:
    InstrumentInfo info_;
    devices::BalanceConnection& connection_;
    std::optional<devices::Reading> latest_;
    QHash<quint64, QString> pending_;  // request id -> "tare" / "zero"
};

}  // namespace batch::ui
