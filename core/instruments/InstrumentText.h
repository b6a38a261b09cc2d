#pragma once

#include <QDate>
#include <QString>

namespace batch::instruments {

// What the files of core/instruments share.
namespace detail {
// The translation of a message of core/instruments. lupdate files each tr() call under
// the enclosing class or namespace of the call: those contexts are looked up first.
QString tr(const char* text);

// A JSON key of the instrument records.
inline QString key(const char* name) {
    return QString::fromLatin1(name);
}
// A date as the records write it ("YYYY-MM-DD"), empty for none.
inline QString isoDate(const QDate& d) {
    return d.isValid() ? d.toString(Qt::ISODate) : QString();
}
}  // namespace detail

// Throws InstrumentError (Invalid) "Instrument ID: why".
[[noreturn]] void invalidInstrument(const QString& id, const QString& why);
// A required text of at most maxLength characters, named `what` in the message.
void requireInstrumentText(const QString& id, const QString& value, const QString& what,
                           int maxLength);

}  // namespace batch::instruments
