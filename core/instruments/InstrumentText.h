#pragma once

#include <QString>

// What the files of core/instruments share for their user-visible messages.
namespace batch::instruments::detail {

// The translation of a message of core/instruments. lupdate files each tr() call under
// the enclosing class or namespace of the call: those contexts are looked up first.
QString tr(const char* text);

// Throws InstrumentError (Invalid) "Instrument ID: why".
[[noreturn]] void invalid(const QString& id, const QString& why);
// A required text of at most maxLength characters, named `what` in the message.
void requireText(const QString& id, const QString& value, const QString& what, int maxLength);

}  // namespace batch::instruments::detail
