#pragma once

#include "protocols/Reply.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QString>

#include <functional>
#include <memory>
#include <optional>

namespace batch::devices {

// The serial balance protocols the transport speaks.
enum class BalanceProtocolKind { MtSics, Sbi, And };
// "mt-sics", "sbi", "and" (the names of the CLI and the instrument master).
QString balanceProtocolName(BalanceProtocolKind kind);
std::optional<BalanceProtocolKind> balanceProtocolFromName(const QString& name);

// What a caller asks a balance for. Each protocol turns an operation into a short plan
// of command/reply exchanges (BalanceProtocol::plan).
enum class BalanceOp {
    ReadStable,     // the next stable net weight
    ReadImmediate,  // the current net weight, stable or not
    Tare,           // tare when stable
    Zero,           // zero when stable
    TareValue,      // the tare in force
    Capture,        // ReadStable, then TareValue: what a recorded weighing needs
};
QString balanceOpName(BalanceOp op);

// One command on the wire and the replies that answer it.
struct Exchange {
    QByteArray bytes;
    // Which replies answer this command; general errors (MT-SICS ES/ET/EL) must be
    // accepted too, so that they end the exchange instead of running into the timeout.
    std::function<bool(const Reply&)> accepts;
    int replies = 1;                 // replies that complete it; 0: none (fire and forget)
    bool waitsForStability = false;  // the stable timeout applies, not the reply timeout
    bool repeatUntilStable = false;  // an unstable weight reply: send again (SBI print)
    bool optional = false;           // an error reply does not fail the plan (identification)
    int expectText = 0;              // SBI: identification text lines that follow
};

// Who the balance says it is.
struct BalanceIdentity {
    QString serialNumber;
    QString model;
};

// The answer to one operation, as the facade hands it out.
struct BalanceAnswer {
    Reply reply;                // for Capture: the net weight
    std::optional<Reply> tare;  // Capture: the tare in force when the net was read
    qint64 receivedUtcMs = 0;   // when the frame of `reply` was parsed (the settings' clock)
    QString serialNumber;       // of the balance identified on this connection
};

// The protocol side of a serial balance, free of I/O: parsing, the plans of the
// operations and how their replies combine. Owned by the worker and used on its thread
// only; it may keep state across operations (SBI tracks the tare it set, because SBI
// has no command that reports it).
class BalanceProtocol {
public:
    virtual ~BalanceProtocol() = default;

    virtual BalanceProtocolKind kind() const = 0;
    virtual Replies feed(QByteArrayView bytes) = 0;
    virtual void resetParser() = 0;
    virtual const ParserStats& stats() const = 0;
    // Called before an exchange is written (SBI: expect identification text).
    virtual void prepare(const Exchange& exchange) { (void)exchange; }

    // Identification on connect and after a recovery. The replies of the exchanges, in
    // order (an optional exchange that failed contributes its error reply).
    virtual QList<Exchange> identify() const = 0;
    virtual std::optional<BalanceIdentity> identity(const QList<Reply>& replies) const = 0;

    // The exchanges of an operation; empty when the protocol cannot do it (a plan may be
    // empty and still answerable: see result()).
    virtual QList<Exchange> plan(BalanceOp op) const = 0;
    virtual bool supports(BalanceOp op) const = 0;
    // Combines the replies of a completed plan into the answer; nullopt with *error set
    // when they do not answer the operation. May update the protocol's own state.
    virtual std::optional<BalanceAnswer> result(BalanceOp op, const QList<Reply>& replies,
                                                QString* error) = 0;

    // Continuous output (MT-SICS SIR, A&D SIR, SBI auto print).
    virtual QList<Exchange> startStream() const = 0;
    virtual QList<Exchange> stopStream() const = 0;
    virtual bool isStreamLine(const Reply& reply) const = 0;
    // Whether the operation can run while a stream is on (its replies must be told apart
    // from the stream lines).
    virtual bool allowedWhileStreaming(BalanceOp op) const = 0;
    // Called when the balance went away or was re-identified: forget per-connection state.
    virtual void connectionReset() {}
};

std::unique_ptr<BalanceProtocol> makeBalanceProtocol(BalanceProtocolKind kind);

}  // namespace batch::devices
