#pragma once

#include "instruments/CentralInstrument.h"
#include "instruments/Instrument.h"
#include "record/Journal.h"
#include "security/Users.h"

#include <QDate>
#include <QString>

#include <optional>
#include <vector>

namespace batch::instruments {

// Every change of instrument master data is one of these (DESIGN.md §4): the payload
// names the entity, what kind of change it was, the old and the new values of what
// changed, the reason, and the row's new version.
namespace types {
inline const QString kMasterDataChanged = QStringLiteral("MasterDataChanged");
}

// What an update changes; unset members stay as they are.
struct InstrumentUpdate {
    std::optional<QString> model;
    std::optional<QString> serialNumber;  // e.g. after the weighing cell was exchanged
    std::optional<QString> instrumentClass;
    std::optional<QString> location;
    std::optional<QString> unit;
    std::optional<QString> capacity;
    std::optional<QString> readability;
    std::optional<QString> minimumWeight;
    std::optional<InstrumentConnection> connection;
    std::optional<InstrumentState> state;
};

// The instrument master of this station. Each change is ONE RecordTransaction: the
// `instruments` row and its MasterDataChanged event commit together; the row is the
// projection, the event the truth. Registration, updates and calibrations need
// ManageMasterData; a daily check needs ExecuteSteps (the operator at the balance) or
// ManageMasterData. Changes other than a daily check need a reason.
class InstrumentRegistry {
public:
    explicit InstrumentRegistry(record::Journal& journal);

    Instrument registerInstrument(const security::User& actor, Instrument instrument,
                                  const QString& reason);
    Instrument update(const security::User& actor, const QString& id,
                      const InstrumentUpdate& change, const QString& reason);
    // A calibration done on `calibratedOn`, valid through `due`.
    Instrument recordCalibration(const security::User& actor, const QString& id,
                                 const QDate& calibratedOn, const QDate& due,
                                 const QString& certificate, const QString& reason);
    // Today's daily check (today by the station's clock), passed or failed.
    Instrument recordDailyCheck(const security::User& actor, const QString& id, bool passed,
                                const QString& note = {});

    std::optional<Instrument> find(const QString& id) const;
    std::vector<Instrument> list() const;
    // The station's local date now, by the journal clock (the day of a daily check).
    QDate today() const;
    static QDate localDate(std::int64_t utcMs);

private:
    Instrument require(const QString& id) const;
    Instrument commitChange(const security::User& actor, const Instrument& before, Instrument after,
                            const QString& change, const QString& reason);

    record::Journal& journal_;
};

// The instrument master as central master data (instruments/CentralInstrument.h): how
// a central instrument is laid over this station's row.
struct CentralInstrumentChange {
    Instrument after;
    bool created = false;
    QJsonObject oldValues;  // the fields that changed, before and after
    QJsonObject newValues;
};

// Lays the central state of one instrument over this station's row inside `txn` (the
// pull's transaction; the caller appends the event). The station keeps its connection,
// daily check and version history; a new instrument arrives without a connection until
// the station's administrator sets its port. A document that changes nothing writes
// nothing (empty old and new values). Throws InstrumentError before writing anything:
// an invalid instrument, a local simulator with the same id, a retired one brought back.
CentralInstrumentChange applyCentralInstrument(record::RecordTransaction& txn,
                                               const Instrument& central);

}  // namespace batch::instruments
