#pragma once

#include <QString>

class QDateTime;

namespace batch::ui::fmt {

// How values and times appear on screen, in the language the operator chose on the
// login screen (QLocale::setDefault). The record keeps values as canonical decimal
// strings ("12.30") and times as ISO-8601 UTC; only the display is localised.

// "12.30" -> "12,30" in German and French. Anything that is not a plain decimal is
// returned unchanged (texts, ids).
QString decimal(const QString& canonical);
// A number typed in the operator's locale back to the canonical form the engine reads:
// the locale's decimal sign becomes '.', surrounding white space goes. Nothing else is
// changed, so that a malformed entry reaches the engine as typed and is refused there.
QString canonical(const QString& localText);
// A double with a fixed number of decimals in the locale's format (limits, targets).
QString number(double value, int decimals);
// The shortest form of a limit read from an MBR (54 -> "54", 0.5 -> "0,5").
QString limit(double value);

// ISO-8601 UTC from the record -> local date and time with seconds, e.g. "01.12.26 14:03:07".
QString dateTime(const QString& isoUtc);
QString dateTime(const QDateTime& time);
// Local time of day with seconds.
QString timeOfDay(const QDateTime& time);
// 65 -> "1:05", 3725 -> "1:02:05"; negative values get a minus sign.
QString duration(qint64 seconds);

}  // namespace batch::ui::fmt
