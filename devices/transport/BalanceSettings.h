#pragma once

#include "protocols/Reply.h"
#include "transport/BalanceProtocol.h"

#include <QMetaType>
#include <QSerialPort>
#include <QString>

#include <functional>
#include <optional>

namespace batch::devices {

// Line settings of one instrument, as the instrument master stores them. A port that
// availablePorts() does not list (a pty, a /dev/serial/by-id symlink) is typed in.
struct SerialSettings {
    QString portName;
    qint32 baudRate = 9600;
    QSerialPort::DataBits dataBits = QSerialPort::Data8;
    QSerialPort::Parity parity = QSerialPort::NoParity;
    QSerialPort::StopBits stopBits = QSerialPort::OneStop;
    QSerialPort::FlowControl flowControl = QSerialPort::NoFlowControl;
};

// The names the CLI and the instrument master use: parity none|even|odd|mark|space,
// stop bits 1|1.5|2, flow control none|hardware|software, data bits 5-8.
std::optional<QSerialPort::Parity> parityFromName(const QString& name);
std::optional<QSerialPort::StopBits> stopBitsFromName(const QString& name);
std::optional<QSerialPort::FlowControl> flowControlFromName(const QString& name);
std::optional<QSerialPort::DataBits> dataBitsFromNumber(int bits);
QString parityName(QSerialPort::Parity parity);
QString stopBitsName(QSerialPort::StopBits stopBits);
QString flowControlName(QSerialPort::FlowControl flow);

// Milliseconds since the Unix epoch, UTC. Readings are stamped with it on the worker
// thread, so it must be thread-safe; the station passes its journal clock, so that the
// 1 s freshness rule compares times of one clock.
using BalanceClock = std::function<qint64()>;

// Everything a balance worker needs, handed over once and never changed (the worker
// runs on its own thread; immutable settings need no locking).
struct BalanceSettings {
    BalanceProtocolKind protocol = BalanceProtocolKind::MtSics;
    SerialSettings serial;
    // The serial number the instrument master has on file; a balance answering with
    // another one is refused (21 CFR 11.10(h): the right device). Empty: not checked.
    QString expectedSerialNumber;
    // A port that resolves to a pseudo-terminal is a simulator, never a balance: it is
    // refused unless this is set (demo mode, tests, instruments registered as simulated;
    // see devices/README.md "Production guard").
    bool allowSimulator = false;
    BalanceClock clock;            // empty: the system clock
    int replyTimeoutMs = 1000;     // commands answered at once (SI, I4, TA, ...)
    int stableTimeoutMs = 5000;    // S, Z, T: the balance waits for stability first
    int lateReplyGraceMs = 300;    // after a timeout: late replies are dropped meanwhile
    int repeatIntervalMs = 100;    // SBI: print again while the value is unstable
    int reconnectInitialMs = 200;  // backoff after a disconnect, doubling ...
    int reconnectMaxMs = 5000;     // ... up to this
    int liveCapacity = 30000;      // stream readings kept for live charts (10 min @ 50 Hz)
};

enum class ConnectionState {
    Disconnected,  // no port, or the port failed; reconnecting with backoff
    Connecting,    // port open, identifying the balance (serial number)
    Connected,     // identified and matching the instrument master
    Refused,       // not the balance on file, or a simulator where none is allowed: no
                   // reconnect until restarted
};

QString connectionStateName(ConnectionState state);

// One reading of a stream, numbered by the worker per connection (gap-free while the
// connection lasts) and stamped when its frame was parsed.
struct Reading {
    Reply reply;
    quint64 sequence = 0;
    qint64 receivedUtcMs = 0;
};

// Frame counters of one connection, for diagnostics (garbage is counted, not hidden).
struct LinkStatistics {
    ParserStats parser;
    quint64 unsolicited = 0;  // well-formed replies nobody asked for (late, or after a stream)
};

}  // namespace batch::devices

Q_DECLARE_METATYPE(batch::devices::Reply)
Q_DECLARE_METATYPE(batch::devices::Reading)
Q_DECLARE_METATYPE(batch::devices::ConnectionState)
Q_DECLARE_METATYPE(batch::devices::BalanceAnswer)
Q_DECLARE_METATYPE(batch::devices::BalanceIdentity)
Q_DECLARE_METATYPE(batch::devices::LinkStatistics)
Q_DECLARE_METATYPE(batch::devices::BalanceOp)
