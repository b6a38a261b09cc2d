#pragma once

#include "protocols/Reply.h"
#include "protocols/TextLineSplitter.h"
#include "simulator/BalanceModel.h"
#include "simulator/ProtocolResponder.h"

namespace batch::devices::sim {

// The A&D balance in standard format: commands are CR LF terminated lines, data lines
// are "<header>,<9-character data><3-character unit>" CR LF, e.g. "ST,+00123.45  g".
// Q and SI answer at once, S waits for stability (EC,E11 after the stability timeout),
// SIR streams at the stream rate until C, Z re-zeroes and T tares (answered with <AK>,
// 06h, CR LF; EC,E11 when not stable), anything else is "EC,E01".
class AndResponder : public ProtocolResponder {
public:
    explicit AndResponder(BalanceModel& model) : model_(model) {}

    QByteArray receive(QByteArrayView bytes, qint64 nowMs) override;
    QByteArray tick(qint64 nowMs) override;
    void reset() override;

    // "ST,+00123.45  g" + CR LF.
    static QByteArray dataLine(const QByteArray& header, double value, int decimals,
                               const QString& unit);

private:
    QByteArray execute(const QByteArray& command, qint64 nowMs);
    QByteArray current(qint64 nowMs);

    BalanceModel& model_;
    TextLineSplitter splitter_{32};
    ParserStats inputStats_;
    bool waitingStable_ = false;
    qint64 waitDeadlineMs_ = 0;
};

}  // namespace batch::devices::sim
