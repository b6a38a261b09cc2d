#pragma once

#include "protocols/Reply.h"

#include <QByteArrayView>
#include <QString>

#include <optional>

namespace batch::devices {

// USB HID point-of-sale scales (usage page 0x8D), input report id 3 as read from
// /dev/hidrawN (the report id is the first byte):
//   [0x03][status][unit][exponent (int8)][weight LSB][weight MSB]
// weight = (MSB << 8 | LSB) * 10^exponent, in the unit of the Weight Unit usage.
// Status: 1 fault, 2 stable at zero, 3 in motion, 4 stable, 5 under zero, 6 over
// limit, 7 requires calibration, 8 requires re-zeroing. hidraw delivers whole reports,
// so there is no framing: one report in, at most one Reply out.
class HidPosScaleParser {
public:
    static constexpr int kReportLength = 6;
    static constexpr quint8 kReportId = 3;

    std::optional<Reply> parseReport(QByteArrayView report);
    const ParserStats& stats() const { return stats_; }

    // The symbol for a Weight Unit usage (2 -> "g"); empty for an unknown code.
    static QString unitSymbol(int code);
    // "1234" with exponent -2 -> "12.34"; the text a scale display would show.
    static QString decimalText(quint32 magnitude, int exponent);

private:
    ParserStats stats_;
};

}  // namespace batch::devices
