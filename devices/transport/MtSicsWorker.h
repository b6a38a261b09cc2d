#pragma once

#include "protocols/MtSicsParser.h"
#include "transport/BalanceSettings.h"
#include "transport/LiveReadings.h"

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QSerialPort>

#include <memory>
#include <optional>

class QTimer;

namespace batch::devices {

// Owns the QSerialPort of one MT-SICS balance on the worker thread (DESIGN.md §3 rule 5).
// Create it without parent, move it to its thread, then call start() there (queued).
//
// One command is in flight at a time; the reply is matched by its identifier (S and SI
// are answered by "S", @ by "I4", ES/ET/EL by anything). A command without reply in
// time fails with a timeout - never with the last weight - and the worker then
// recovers the line: it drops whatever arrives for lateReplyGraceMs and re-checks the
// balance with "@" before the next command, so that a late answer can never be taken
// for the answer to a later command.
//
// Connection: open, "@", compare the serial number with the instrument master, then
// Connected. On the first ReadError or ResourceError (an unplug floods them): close,
// report Disconnected at once, fail what was queued, reconnect with backoff.
// While SIR streams, "S" lines become numbered readings instead of replies.
class MtSicsWorker : public QObject {
    Q_OBJECT
public:
    // `live` (may be null) receives every stream reading on this thread, for charts.
    MtSicsWorker(BalanceSettings settings, std::shared_ptr<LiveReadings> live);
    ~MtSicsWorker() override;

public Q_SLOTS:
    void start();
    void stop();
    void request(quint64 id, const QByteArray& command);
    void startStream();
    void stopStream();

Q_SIGNALS:
    void stateChanged(batch::devices::ConnectionState state, const QString& detail,
                      const QString& serialNumber);
    void replied(quint64 id, const batch::devices::Reply& reply);
    void failed(quint64 id, const QString& reason);
    void reading(const batch::devices::Reading& reading);

private:
    enum class Phase { Idle, Identifying, Ready, Recovering, Stopped };
    struct Command {
        quint64 id = 0;  // 0: the worker's own (identification, recovery, stream control)
        QByteArray bytes;
        QByteArray replyId;
        int timeoutMs = 0;
    };

    void openPort();
    void identify();  // "@" ahead of everything queued; the reply must carry the serial
    void onReadyRead();
    void onError(QSerialPort::SerialPortError error);
    void dropConnection(const QString& reason);
    void scheduleReconnect();
    void setState(ConnectionState state, const QString& detail);
    void sendNext();
    void onTimeout();
    void handle(const Reply& reply);
    void finishInFlight(const Reply& reply);
    void failQueued(const QString& reason);
    Command makeCommand(quint64 id, const QByteArray& bytes) const;

    const BalanceSettings settings_;
    const std::shared_ptr<LiveReadings> live_;
    std::unique_ptr<QSerialPort> port_;
    QTimer* replyTimer_ = nullptr;      // children of this: they move with the worker
    QTimer* reconnectTimer_ = nullptr;
    QTimer* graceTimer_ = nullptr;
    MtSicsParser parser_;
    Phase phase_ = Phase::Idle;
    ConnectionState state_ = ConnectionState::Disconnected;
    QString serialNumber_;
    QList<Command> queue_;
    std::optional<Command> inFlight_;
    bool streaming_ = false;
    quint64 readingSequence_ = 0;
    int backoffMs_ = 0;
};

}  // namespace batch::devices
