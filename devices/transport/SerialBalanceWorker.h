#pragma once

#include "transport/BalanceProtocol.h"
#include "transport/BalanceSettings.h"
#include "transport/LiveReadings.h"

#include <QList>
#include <QObject>
#include <QSerialPort>

#include <memory>
#include <optional>

class QTimer;

namespace batch::devices {

// Owns the QSerialPort of one serial balance on the worker thread (DESIGN.md §3 rule 5)
// and runs the plans of its BalanceProtocol (MT-SICS, SBI or A&D). Create it without
// parent, move it to its thread, then call start() there (queued).
//
// One exchange is in flight at a time; its reply is recognised by the protocol. An
// exchange without reply in time fails its operation with a timeout - never with an
// older weight - and the worker then recovers the line: it drops whatever arrives for
// lateReplyGraceMs and identifies the balance again before the next operation, so that a
// late answer can never be taken for the answer to a later command.
//
// Connection: the port must not be a pseudo-terminal unless simulators are allowed;
// open, identify (serial number), compare with the instrument master, then Connected.
// On the first ReadError or ResourceError (an unplug floods them): close, report
// Disconnected at once, fail what was queued, reconnect with backoff.
// While a stream runs, its lines become numbered readings (and go to `live`).
class SerialBalanceWorker : public QObject {
    Q_OBJECT
public:
    SerialBalanceWorker(BalanceSettings settings, std::shared_ptr<LiveReadings> live);
    ~SerialBalanceWorker() override;

public Q_SLOTS:
    void start();
    void stop();
    void request(quint64 id, batch::devices::BalanceOp op);
    void startStream();
    void stopStream();

Q_SIGNALS:
    void stateChanged(batch::devices::ConnectionState state, const QString& detail,
                      const batch::devices::BalanceIdentity& identity);
    void replied(quint64 id, const batch::devices::BalanceAnswer& answer);
    void failed(quint64 id, const QString& reason);
    void reading(const batch::devices::Reading& reading);
    void statistics(const batch::devices::LinkStatistics& statistics);

private:
    enum class Phase { Idle, Identifying, Ready, Recovering, Draining, Stopped };
    enum class JobKind { Operation, Identify, StreamStart, StreamStop };
    struct Job {
        quint64 id = 0;  // 0: the worker's own
        JobKind kind = JobKind::Operation;
        BalanceOp op = BalanceOp::ReadImmediate;
        QList<Exchange> plan;
        int step = 0;
        int stepReplies = 0;
        QList<Reply> replies;
        qint64 answeredAtMs = 0;
        qint64 stepDeadlineMs = 0;  // monotonic (for repeatUntilStable)
    };

    void openPort();
    void identify();
    void onReadyRead();
    void onError(QSerialPort::SerialPortError error);
    void refuse(const QString& reason);
    void dropConnection(const QString& reason);
    void closePort();
    void scheduleReconnect();
    void setState(ConnectionState state, const QString& detail);
    void enqueue(Job job);
    void sendNext();
    void beginStep();
    void writeStep();
    void handle(const Reply& reply, qint64 receivedMs);
    void complete();
    void completeIdentification(const Job& job);
    void onTimeout();
    void onRepeat();
    void afterGrace();
    void failJob(const Job& job, const QString& reason);
    void failQueued(const QString& reason);
    void publishStatistics();
    qint64 now() const;
    int timeoutOf(const Exchange& e) const;

    const BalanceSettings settings_;
    const std::shared_ptr<LiveReadings> live_;
    std::unique_ptr<BalanceProtocol> protocol_;
    std::unique_ptr<QSerialPort> port_;
    QTimer* replyTimer_ = nullptr;  // children of this: they move with the worker
    QTimer* reconnectTimer_ = nullptr;
    QTimer* graceTimer_ = nullptr;
    QTimer* repeatTimer_ = nullptr;
    Phase phase_ = Phase::Idle;
    ConnectionState state_ = ConnectionState::Disconnected;
    BalanceIdentity identity_;
    QList<Job> queue_;
    std::optional<Job> current_;
    bool streaming_ = false;
    quint64 readingSequence_ = 0;
    int backoffMs_ = 0;
    quint64 unsolicited_ = 0;
    LinkStatistics published_;
};

}  // namespace batch::devices
