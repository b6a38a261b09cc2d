#pragma once

#include "simulator/BalanceModel.h"
#include "simulator/ProtocolResponder.h"

namespace batch::devices::sim {

// The Sartorius SBI balance: ESC commands in (format 1 "ESC !", format 2 "ESC ! # _",
// CR LF optional), print frames out in the data output format of the manuals:
//   16 characters: sign, space, value right-aligned in 8, space, unit left-aligned in 3,
//                  CR LF; the unit field is empty while the value is not stable;
//   22 characters (setIdCodes(true)): the 6-character ID code "N" (net) first.
// Special codes replace the value: "      H       " (16) or "Stat        H       "
// (22) for overload, L for underload.
// ESC P prints once, or starts/stops automatic printing at the stream rate when
// setAutoPrint(true) (the menu setting). ESC T tares (or zeroes within the zero range),
// ESC U tares, ESC V zeroes, each once the value is stable, as the keys do (dropped
// after the stability timeout); none of them answers: SBI has no acknowledgement. ESC
// x1_/x2_/x3_ print model, serial number, software version as one line each: the text in
// the value field of a frame without unit ("  21705432    "), with the ID code "Ser.no"
// for the serial number in the 22-character format. Unknown commands are ignored, as the
// balances do.
class SbiResponder : public ProtocolResponder {
public:
    explicit SbiResponder(BalanceModel& model) : model_(model) {}

    QByteArray receive(QByteArrayView bytes, qint64 nowMs) override;
    QByteArray tick(qint64 nowMs) override;
    void reset() override;

    void setAutoPrint(bool on) { autoPrint_ = on; }
    void setIdCodes(bool on) { idCodes_ = on; }

    // "+   123.56 g  " + CR LF; an empty unit for an unstable value.
    static QByteArray printFrame(double value, int decimals, const QString& unit);

private:
    enum class Pending { Nothing, TareOrZero, Tare, Zero };

    QByteArray execute(const QByteArray& command, qint64 nowMs);
    void resolvePending(qint64 nowMs);
    void startPending(Pending what, qint64 nowMs);
    QByteArray print(qint64 nowMs);
    QByteArray withId(const QByteArray& id, const QByteArray& frame) const;
    QByteArray special(const QByteArray& code) const;
    QByteArray textLine(const QByteArray& id, const QString& text) const;

    BalanceModel& model_;
    QByteArray command_;  // the command being received, ESC included
    bool autoPrint_ = false;
    bool idCodes_ = false;
    Pending pending_ = Pending::Nothing;
    qint64 pendingDeadlineMs_ = 0;
};

}  // namespace batch::devices::sim
