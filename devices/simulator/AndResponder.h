#pragma once

#include "protocols/Reply.h"
#include "protocols/TextLineSplitter.h"
#include "simulator/BalanceModel.h"
#include "simulator/ProtocolResponder.h"

namespace batch::devices::sim {

// The A&D balance in standard format with the "AK, error code" function setting on:
// commands are CR LF terminated lines, data lines are
// "<header>,<9-character data><3-character unit>" CR LF, e.g. "ST,+00123.45  g".
// Q and SI answer at once, S when the value is stable (it waits; C cancels), SIR streams
// at the stream rate until C. Z re-zeroes and T tares: <AK> CR LF on receipt and again
// when done, or EC,E11 when the value does not stabilise within the stability timeout
// (EC,E07 outside the zero/tare range). ?SN, ?TN and ?ID answer "SN,<serial>",
// "TN,<model>", "ID,<id>"; ?PT the tare as "PT,<data><unit>". An unknown command is
// EC,E01, one longer than the input buffer EC,E04.
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
    enum class Waiting { Nothing, Stable, Zero, Tare };

    QByteArray execute(const QByteArray& command, qint64 nowMs);
    QByteArray current(qint64 nowMs);
    QByteArray resolveWaiting(qint64 nowMs);

    BalanceModel& model_;
    TextLineSplitter splitter_{32};
    ParserStats inputStats_;
    Waiting waiting_ = Waiting::Nothing;
    qint64 waitDeadlineMs_ = 0;
};

}  // namespace batch::devices::sim
