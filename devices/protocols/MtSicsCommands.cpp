#include "protocols/MtSicsCommands.h"

#include "protocols/TextLineSplitter.h"

namespace batch::devices::mtsics {

QByteArray command(const QByteArray& id) {
    return id + "\r\n";
}

QByteArray reset() {
    return command("@");
}
QByteArray level() {
    return command("I1");
}
QByteArray balanceData() {
    return command("I2");
}
QByteArray softwareVersion() {
    return command("I3");
}
QByteArray serialNumber() {
    return command("I4");
}
QByteArray sendStable() {
    return command("S");
}
QByteArray sendImmediate() {
    return command("SI");
}
QByteArray sendRepeat() {
    return command("SIR");
}
QByteArray zero() {
    return command("Z");
}
QByteArray zeroImmediately() {
    return command("ZI");
}
QByteArray tare() {
    return command("T");
}
QByteArray tareImmediately() {
    return command("TI");
}
QByteArray tareQuery() {
    return command("TA");
}
QByteArray clearTare() {
    return command("TAC");
}
QByteArray displayWeight() {
    return command("DW");
}

QByteArray tarePreset(const QByteArray& valueText, const QByteArray& unit) {
    if (!isDecimalText(valueText) || unit.isEmpty() || unit.size() > 5 || unit.contains(' '))
        return {};
    return command("TA " + valueText + ' ' + unit);
}

QByteArray displayText(const QString& text) {
    // The balance takes 8-bit text between quotes; a quote would end the string early.
    QByteArray latin = text.toLatin1();
    latin.replace('"', "");
    latin.replace('\r', "");
    latin.replace('\n', "");
    return command("D \"" + latin + '"');
}

}  // namespace batch::devices::mtsics
