#pragma once

#include <QDate>
#include <QJsonObject>
#include <QString>

#include <optional>
#include <stdexcept>

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

class InstrumentError : public std::runtime_error {
public:
    enum class Kind { Invalid, NotAuthorized, NotFound, Conflict };
    InstrumentError(Kind kind, const QString& message)
        : std::runtime_error(message.toStdString()), kind_(kind), message_(message) {}
    Kind kind() const { return kind_; }
    const QString& message() const { return message_; }

private:
    Kind kind_;
    QString message_;
};

// Everything an instrument must satisfy after any change (registration, update, a central
// document): id and type syntax, the texts a record names, decimals of a balance,
// calibration dates in order, a known protocol. Throws InstrumentError (Invalid).
void validateInstrument(const Instrument& instrument);

}  // namespace batch::instruments
