#pragma once

#include "transport/BalanceProtocol.h"
#include "transport/BalanceSettings.h"
#include "transport/LiveReadings.h"

#include <QDate>
#include <QHash>
#include <QObject>
#include <QString>
#include <QTimer>

#include <memory>
#include <optional>

namespace batch::devices {
class BalanceConnection;
}
namespace batch::instruments {
struct Instrument;
}

namespace batch::ui {

// What the operator needs to know about an instrument to trust it: who it is, what
// class of equipment the MBR asks for, and its calibration state as the instrument
// master has it.
struct InstrumentInfo {
    QString id;              // e.g. "BAL-300-01" (what the record stores as instrument_id)
    QString equipmentClass;  // the MBR's instrumentClass / equipment class code
    QString description;     // model, e.g. "Floor balance 300 kg"
    QString serialNumber;    // as the instrument master has it on file
    QString unit;
    int decimals = 2;
    QString location;
    bool simulated = false;  // a simulator registered for demo mode
    // Calibration as the instrument master states it. Empty: the station has no
    // instrument master entry for it (shown as "unknown", never as valid).
    QString calibrationDueUtc;
    std::optional<bool> calibrationValid;
};

// The identity and calibration state of an instrument master entry on `today`.
InstrumentInfo instrumentInfoOf(const instruments::Instrument& instrument, const QDate& today);

// The UI's view of one connected balance: identity, connection state and live
// readings, the two keys an operator presses on the balance itself (tare, zero), and the
// capture of a weighing (a stable net weight with the tare in force, read in one go by
// the balance driver). Every call returns at once; the device work happens on the
// transport's thread.
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
    // Asks the balance for a stable net weight and the tare in force: captureAnswered()
    // or commandFailed("capture", reason).
    virtual void capture() = 0;
    // The latest reading, if any arrived since the link was last connected.
    virtual std::optional<devices::Reading> latest() const = 0;
    // The tare in force as the balance last reported it; nullopt with tareProblem() when
    // it is not known (an SBI balance that was not zeroed from the station).
    virtual std::optional<devices::Reply> tareInForce() const = 0;
    virtual QString tareProblem() const = 0;
    // The serial number the balance reported on this connection.
    virtual QString reportedSerialNumber() const = 0;
    // The latest reading with the tare in force, as a recorded weighing would carry it
    // (the candidate the engine is asked about before capture is offered).
    devices::BalanceAnswer latestAnswer() const;
    // Now, on the clock the readings are stamped with (the station's).
    virtual qint64 nowMs() const = 0;
    // A tare, zero or capture is under way on the balance.
    virtual bool busy() const = 0;

Q_SIGNALS:
    void stateChanged(batch::devices::ConnectionState state, const QString& detail);
    void reading(const batch::devices::Reading& reading);
    // A tare, zero or capture that the balance refused or did not answer (reason from the
    // device).
    void commandFailed(const QString& command, const QString& reason);
    void commandDone(const QString& command);
    void captureAnswered(const batch::devices::BalanceAnswer& answer);
};

// A BalanceLink over a BalanceConnection of any protocol (MT-SICS, SBI, A&D). The live
// weight is polled (an immediate read every kPollMs while nothing else is asked), not
// streamed: SBI cannot tare, zero or capture while it streams, and MT-SICS cannot capture
// - polling lets every command of every protocol go between two reads. The readings are
// kept in the link's own LiveReadings for the trend chart. After connecting and after
// every tare or zero the tare in force is asked for, so that a candidate reading carries
// net, gross and tare like the capture will.
class ConnectionBalanceLink : public BalanceLink {
    Q_OBJECT
public:
    static constexpr int kPollMs = 150;

    ConnectionBalanceLink(InstrumentInfo info, devices::BalanceConnection& connection,
                          devices::BalanceClock clock, QObject* parent = nullptr);

    const InstrumentInfo& info() const override { return info_; }
    devices::ConnectionState state() const override;
    QString stateDetail() const override;
    std::shared_ptr<const devices::LiveReadings> liveReadings() const override { return live_; }
    void tare() override;
    void zero() override;
    void capture() override;
    std::optional<devices::Reading> latest() const override { return latest_; }
    std::optional<devices::Reply> tareInForce() const override { return tare_; }
    QString tareProblem() const override { return tareProblem_; }
    QString reportedSerialNumber() const override;
    qint64 nowMs() const override;
    bool busy() const override;

private:
    enum class Pending { Poll, Tare, Zero, Capture, TareValue };
    void poll();
    void send(Pending what);
    void askTare();

    InstrumentInfo info_;
    devices::BalanceConnection& connection_;
    devices::BalanceClock clock_;
    std::shared_ptr<devices::LiveReadings> live_;
    std::optional<devices::Reading> latest_;
    std::optional<devices::Reply> tare_;
    QString tareProblem_;
    quint64 sequence_ = 0;
    QHash<quint64, Pending> pending_;  // request id -> what it asked
    QTimer poll_;
};

}  // namespace batch::ui
