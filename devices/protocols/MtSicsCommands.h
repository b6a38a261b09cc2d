#pragma once

#include <QByteArray>
#include <QString>

namespace batch::devices::mtsics {

// MT-SICS commands as bytes on the wire: uppercase identifier, parameters separated by
// one space, terminated by CR LF (the manual requires both).
QByteArray command(const QByteArray& id);
QByteArray reset();            // "@": cancel, stop SIR; replies I4 A "<serial>"
QByteArray level();            // "I1"
QByteArray balanceData();      // "I2": model, capacity
QByteArray softwareVersion();  // "I3"
QByteArray serialNumber();     // "I4"
QByteArray sendStable();       // "S": the next stable weight
QByteArray sendImmediate();    // "SI": the current weight, stable or not
QByteArray sendRepeat();       // "SIR": SI repeated at the balance's update rate
QByteArray zero();             // "Z": zero when stable
QByteArray zeroImmediately();  // "ZI"
QByteArray tare();             // "T": tare when stable
QByteArray tareImmediately();  // "TI"
QByteArray tareQuery();        // "TA"
// "TA <value> <unit>": preset tare. valueText is sent as given (the caller formats it
// to the balance's readability); nothing is sent if it is not a plain decimal.
QByteArray tarePreset(const QByteArray& valueText, const QByteArray& unit);
QByteArray clearTare();                       // "TAC"
QByteArray displayText(const QString& text);  // D "text" (quotes in text are dropped)
QByteArray displayWeight();                   // "DW"

}  // namespace batch::devices::mtsics
