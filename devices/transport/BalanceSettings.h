#pragma once

#include "protocols/Reply.h"

#include <QMetaType>
#include <QSerialPort>
#include <QString>

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

// Everything a balance worker needs, handed over once and never changed (the worker
// runs on its own thread; immutable settings need no locking).
struct BalanceSettings {
    SerialSettings serial;
    // The serial number the instrument master has on file; a balance answering with
    // another one is refused (21 CFR 11.10(h): the right device). Empty: not checked.
    QString expectedSerialNumber;
    int replyTimeoutMs = 1000;       // commands answered at once (SI, I4, TA, ...)
    int stableTimeoutMs = 5000;      // S, Z, T: the balance waits for stability first
    int lateReplyGraceMs = 300;      // after a timeout: late replies are dropped meanwhile
    int reconnectInitialMs = 200;    // backoff after a disconnect, doubling ...
    int reconnectMaxMs = 5000;       // ... up to this
    int liveCapacity = 30000;        // stream readings kept for live charts (10 min @ 50 Hz)
};

enum class ConnectionState {
    Disconnected,  // no port, or the port failed; reconnecting with backoff
    Connecting,    // port open, identifying the balance ("@" -> serial number)
    Connected,     // identified and matching the instrument master
    Refused,       // the balance is not the one on file: no reconnect until restarted
};

QString connectionStateName(ConnectionState state);

// One reading of a stream, numbered by the worker per connection (gap-free while the
// connection lasts) and stamped when its frame was parsed.
struct Reading {
    Reply reply;
    quint64 sequence = 0;
    qint64 receivedUtcMs = 0;
};

}  // namespace batch::devices

Q_DECLARE_METATYPE(batch::devices::Reply)
Q_DECLARE_METATYPE(batch::devices::Reading)
Q_DECLARE_METATYPE(batch::devices::ConnectionState)
