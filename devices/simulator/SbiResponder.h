#pragma once

#include "simulator/BalanceModel.h"
#include "simulator/ProtocolResponder.h"

namespace batch::devices::sim {

// The Sartorius SBI balance: ESC commands in (format 1 "ESC !", format 2 "ESC ! # _",
// CR LF optional), 16-character print frames out:
//   sign, space, value right-aligned in 8, space, unit left-aligned in 3, CR LF
// with an empty unit field while the value is not stable, and 22-character "Stat" lines
// for overload (H) and underload (L).
// ESC P prints once, or starts/stops automatic printing at the stream rate when
// setAutoPrint(true) (the menu setting). ESC T tares (or zeroes within the zero range),
// ESC U tares, ESC V zeroes, ESC x1_/x2_/x3_ print model, serial number, software
// version as one text line each. Unknown commands are ignored, as the balances do.
class SbiResponder : public ProtocolResponder {
public:
    explicit SbiResponder(BalanceModel& model) : model_(model) {}

    QByteArray receive(QByteArrayView bytes, qint64 nowMs) override;
    QByteArray tick(qint64 nowMs) override;
    void reset() override;

    void setAutoPrint(bool on) { autoPrint_ = on; }

    // "+   123.56 g  " + CR LF; an empty unit for an unstable value.
    static QByteArray printFrame(double value, int decimals, const QString& unit);

private:
    QByteArray execute(const QByteArray& command, qint64 nowMs);
    QByteArray print(qint64 nowMs);

    BalanceModel& model_;
    QByteArray command_;  // the command being received, ESC included
    bool autoPrint_ = false;
};

}  // namespace batch::devices::sim
