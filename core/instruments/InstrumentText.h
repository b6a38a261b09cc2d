#pragma once

#include <QString>

namespace batch::instruments {

namespace detail {
// The translation of a message of core/instruments. lupdate files each tr() call under
// the enclosing class or namespace of the call: those contexts are looked up first.
QString tr(const char* text);
}  // namespace detail

// Throws InstrumentError (Invalid) "Instrument ID: why".
[[noreturn]] void invalidInstrument(const QString& id, const QString& why);
// A required text of at most maxLength characters, named `what` in the message.
void requireInstrumentText(const QString& id, const QString& value, const QString& what,
                           int maxLength);

}  // namespace batch::instruments
