#pragma once

#include "simulator/BalanceModel.h"
#include "simulator/ProtocolResponder.h"
#include "simulator/PtySimulator.h"

#include <QObject>

#include <memory>
#include <optional>

namespace batch::devices::sim {

// A complete simulated balance on a pty: physical model + protocol + transport, with
// the controls a test or the demo mode needs. Lives on the thread whose event loop
// serves it. Only the demo mode and tests construct one; production configuration has
// no way to name it (the instrument master stores real ports only).
class BalanceSimulator : public QObject {
    Q_OBJECT
public:
    enum class Protocol { MtSics, Sbi, And };
    // "mt-sics", "sbi", "and" (the names of `batchctl balance simulate --protocol`).
    static std::optional<Protocol> protocolFromName(const QString& name);

    BalanceSimulator(Protocol protocol, const QString& linkPath, BalanceSpec spec = {},
                     QObject* parent = nullptr);
    ~BalanceSimulator() override;

    bool start(QString* error = nullptr) { return pty_->start(error); }
    Protocol protocol() const { return protocol_; }

    // The pan.
    void placeMass(double mass) { model_.placeMass(mass, pty_->nowMs()); }
    void removeMass() { model_.removeMass(pty_->nowMs()); }
    void setNoise(double standardDeviation) { model_.setNoise(standardDeviation); }
    void setDrift(double perSecond) { model_.setDrift(perSecond, pty_->nowMs()); }
    bool isStable() const { return model_.isStable(pty_->nowMs()); }

    // The protocol.
    void setStreamRate(double hz) { responder_->setStreamRate(hz); }
    void setStabilityTimeout(qint64 ms) { responder_->setStabilityTimeout(ms); }
    void setSequenceInValue(bool on) { responder_->setSequenceInValue(on); }
    // SBI only: ESC P starts/stops automatic printing (the balance's menu setting), and
    // the 22-character output format with ID codes.
    void setAutoPrint(bool on);
    void setIdCodes(bool on);
    // MT-SICS only: a system error in the weight field ("S S    Error 10b"); 0 clears.
    void setSystemError(int code, char origin = 'b');
    quint64 streamedLines() const { return responder_->streamedLines(); }

    // The line.
    void mute(bool muted) { pty_->setMuted(muted); }
    void setSlowReplies(int delayMs) { pty_->setSlowReplies(delayMs); }
    void injectGarbage(const QByteArray& bytes) { pty_->injectGarbage(bytes); }
    void unplug() { pty_->unplug(); }
    bool replug(QString* error = nullptr) { return pty_->replug(error); }
    bool isPlugged() const { return pty_->isPlugged(); }

    QString linkPath() const { return pty_->linkPath(); }
    const BalanceSpec& spec() const { return model_.spec(); }
    PtySimulator& pty() { return *pty_; }

private:
    Protocol protocol_;
    BalanceModel model_;
    std::unique_ptr<ProtocolResponder> responder_;
    std::unique_ptr<PtySimulator> pty_;
};

}  // namespace batch::devices::sim
