#pragma once

#include <QDate>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace batch::instruments {

// An instrument's place in its life: only an instrument in service may record values.
enum class InstrumentState { InService, OutOfService, Retired };
QString instrumentStateName(InstrumentState state);  // "in_service", "out_of_service", "retired"
std::optional<InstrumentState> instrumentStateFromName(const QString& name);

// The last daily check (the "balance check" before first use of the day).
struct DailyCheck {
    QDate date;  // station local date on which it was done
    bool passed = false;
    QString by;     // user id
    QString note;   // e.g. the check weight used and what it read
    QString atUtc;  // when it was recorded
};

// How the station reaches the instrument. protocol: "mt-sics", "sbi", "and" (serial) or
// "hid-pos" (USB HID scale; hidBackend "hidraw" or "hidapi"); empty for instruments whose
// values are read off and entered (pH meter, testers).
struct InstrumentConnection {
    QString protocol;
    QString port;  // /dev/ttyUSB0, /dev/serial/by-id/..., /dev/hidraw3, usb:VVVV:PPPP
    int baudRate = 9600;
    int dataBits = 8;
    QString parity = QStringLiteral("none");
    QString stopBits = QStringLiteral("1");
    QString flowControl = QStringLiteral("none");
    QString hidBackend = QStringLiteral("hidraw");

    bool isConnected() const { return !protocol.isEmpty(); }
    QJsonObject toJson() const;
    static InstrumentConnection fromJson(const QJsonObject& o);
};

// One instrument of the instrument master (core/instruments, migration 4). Mass values
// (capacity, readability, minimum weight) are decimal texts in `unit`; they are empty
// for instruments that do not weigh.
struct Instrument {
    QString id;    // e.g. "BAL-300-01"; never reused
    QString type;  // "balance", "ph_meter", "checkweigher", ...
    QString model;
    QString serialNumber;     // what the instrument reports about itself
    QString instrumentClass;  // the equipment class an MBR step asks for ("BAL-300KG")
    QString location;
    QString unit;
    QString capacity;
    QString readability;
    QString minimumWeight;
    QDate calibratedOn;
    QDate calibrationDue;  // valid through this date
    QString calibrationCertificate;
    std::optional<DailyCheck> dailyCheck;
    InstrumentState state = InstrumentState::InService;
    InstrumentConnection connection;
    // A simulator registered for demo mode and tests: the only instruments whose port
    // may be a pseudo-terminal, marked in every weight recorded from them.
    bool simulated = false;
    qint64 version = 0;  // incremented by every change (sync cursor)
    QString createdUtc;
    QString updatedUtc;

    bool weighs() const { return type == QLatin1String("balance"); }
    // The fields as recorded in MasterDataChanged events (dates ISO, decimals as text).
    QJsonObject toJson() const;
};

}  // namespace batch::instruments
