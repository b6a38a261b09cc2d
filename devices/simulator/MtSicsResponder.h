#pragma once

#include "protocols/Reply.h"
#include "protocols/TextLineSplitter.h"
#include "simulator/BalanceModel.h"
#include "simulator/ProtocolResponder.h"

#include <optional>

namespace batch::devices::sim {

// The MT-SICS level 0/1 balance, byte for byte as the reference manual prints replies:
// "<ID> <status> <value right-aligned in 10> <unit>" CR LF, identification texts in
// double quotes, "ES" for anything not understood.
//
// Errors: ES for what is not understood, ET for a command with control characters (as
// a parity error or line break would leave it), EL while a system error is pending.
// Commands: @, I1, I2, I3, I4, S, SI, SIR, Z, ZI, T, TI, TA, TA <value> <unit>, TAC,
// D "text", DW. S, Z and T wait for stability (up to stabilityTimeoutMs, then "<ID> I");
// other commands sent meanwhile are answered at once. SIR streams "S S|D" lines at
// streamRateHz until @, S or SI; replies to other commands interleave with the stream.
//
// Stream lines carry sequence numbers in sequence mode (see ProtocolResponder).
class MtSicsResponder : public ProtocolResponder {
public:
    explicit MtSicsResponder(BalanceModel& model) : model_(model) {}

    QByteArray receive(QByteArrayView bytes, qint64 nowMs) override;
    QByteArray tick(qint64 nowMs) override;
    void reset() override;

    QByteArray displayText() const { return displayText_; }

    // A system error of the weighing electronics ('b') or terminal ('t'), e.g. 10 (EEPROM
    // error): weight replies carry "Error <code><origin>", other non-I commands answer
    // EL. 0 clears it.
    void setSystemError(int code, char origin = 'b') {
        systemError_ = code;
        systemErrorOrigin_ = origin == 't' ? 't' : 'b';
    }

    // "S S     100.00 g" + CR LF with the manual's field widths.
    static QByteArray weightLine(const QByteArray& id, char status, double value, int decimals,
                                 const QString& unit);

private:
    enum class Waiting { Nothing, Stable, Zero, Tare };

    void cancel();  // "@": stop the stream, drop a waiting command; keep partial input
    QByteArray execute(const QByteArray& line, qint64 nowMs);
    QByteArray weightReply(const QByteArray& id, char stableStatus, qint64 nowMs);
    QByteArray resolveWaiting(qint64 nowMs, bool timedOut);
    QByteArray tareCommand(const QByteArrayList& params);
    QByteArray streamLine(quint64 n, qint64 nowMs);
    QByteArray format(const QByteArray& id, char status, double value) const;
    QByteArray systemErrorLine() const;

    BalanceModel& model_;
    TextLineSplitter splitter_{64};
    ParserStats inputStats_;
    Waiting waiting_ = Waiting::Nothing;
    qint64 waitDeadlineMs_ = 0;
    QByteArray displayText_;
    int systemError_ = 0;
    char systemErrorOrigin_ = 'b';
};

}  // namespace batch::devices::sim
