#include "instruments/InstrumentRegistry.h"

#include "instruments/InstrumentText.h"
#include "log/Logging.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonDocument>
#include <QRegularExpression>

#include <algorithm>
#include <array>

#include <spdlog/spdlog.h>

namespace batch::instruments {
namespace {

using detail::isoDate;
using detail::key;
using detail::tr;
using K = InstrumentError::Kind;
using security::Permission;

auto log() {
    static auto l = logging::logger("batch.core.instruments");
    return l;
}

constexpr const char* kColumns =
    "instrument_id, type, model, serial_number, instrument_class, location, unit, capacity, "
    "readability, minimum_weight, calibrated_on, calibration_due, calibration_certificate, "
    "daily_check_date, daily_check_result, daily_check_by, daily_check_note, state, "
    "connection, simulated, version, created_utc, updated_utc, daily_check_utc";

void bindText(store::Statement& st, int index, const QString& text) {
    if (text.isNull())
        st.bindNull(index);
    else
        st.bind(index, text);
}

Instrument fromRow(const store::Statement& st) {
    Instrument in;
    in.id = st.text(0);
    in.type = st.text(1);
    in.model = st.text(2);
    in.serialNumber = st.text(3);
    in.instrumentClass = st.text(4);
    in.location = st.text(5);
    in.unit = st.text(6);
    in.capacity = st.text(7);
    in.readability = st.text(8);
    in.minimumWeight = st.text(9);
    in.calibratedOn = QDate::fromString(st.text(10), Qt::ISODate);
    in.calibrationDue = QDate::fromString(st.text(11), Qt::ISODate);
    in.calibrationCertificate = st.text(12);
    if (!st.isNull(13)) {
        DailyCheck c;
        c.date = QDate::fromString(st.text(13), Qt::ISODate);
        c.passed = st.text(14) == QLatin1String("pass");
        c.by = st.text(15);
        c.note = st.text(16);
        c.atUtc = st.text(23);
        in.dailyCheck = c;
    }
    in.state = instrumentStateFromName(st.text(17)).value_or(InstrumentState::OutOfService);
    in.connection = InstrumentConnection::fromJson(QJsonDocument::fromJson(st.utf8(18)).object());
    in.simulated = st.int64(19) != 0;
    in.version = st.int64(20);
    in.createdUtc = st.text(21);
    in.updatedUtc = st.text(22);
    return in;
}

void write(store::Database& db, const Instrument& in, bool insert) {
    store::Statement st = db.prepare(
        insert ? "INSERT INTO instruments (instrument_id, type, model, serial_number, "
                 "instrument_class, location, unit, capacity, readability, minimum_weight, "
                 "calibrated_on, calibration_due, calibration_certificate, daily_check_date, "
                 "daily_check_result, daily_check_by, daily_check_note, state, connection, "
                 "simulated, version, created_utc, updated_utc, daily_check_utc) "
                 "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, "
                 "?16, ?17, ?18, ?19, ?20, ?21, ?22, ?23, ?24)"
               : "UPDATE instruments SET type = ?2, model = ?3, serial_number = ?4, "
                 "instrument_class = ?5, location = ?6, unit = ?7, capacity = ?8, "
                 "readability = ?9, minimum_weight = ?10, calibrated_on = ?11, "
                 "calibration_due = ?12, calibration_certificate = ?13, daily_check_date = ?14, "
                 "daily_check_result = ?15, daily_check_by = ?16, daily_check_note = ?17, "
                 "state = ?18, connection = ?19, version = ?21, updated_utc = ?23, "
                 "daily_check_utc = ?24 "
                 "WHERE instrument_id = ?1 AND simulated = ?20 AND created_utc = ?22");
    st.bind(1, in.id).bind(2, in.type).bind(3, in.model).bind(4, in.serialNumber);
    st.bind(5, in.instrumentClass).bind(6, in.location).bind(7, in.unit);
    st.bind(8, in.capacity).bind(9, in.readability).bind(10, in.minimumWeight);
    bindText(st, 11, in.calibratedOn.isValid() ? isoDate(in.calibratedOn) : QString());
    bindText(st, 12, in.calibrationDue.isValid() ? isoDate(in.calibrationDue) : QString());
    st.bind(13, in.calibrationCertificate);
    if (in.dailyCheck) {
        st.bind(14, isoDate(in.dailyCheck->date));
        st.bind(15, in.dailyCheck->passed ? "pass" : "fail");
        st.bind(16, in.dailyCheck->by).bind(17, in.dailyCheck->note);
        st.bind(24, in.dailyCheck->atUtc);
    } else {
        st.bindNull(14).bindNull(15).bindNull(16).bindNull(17).bindNull(24);
    }
    st.bind(18, instrumentStateName(in.state));
    st.bindUtf8(19, QJsonDocument(in.connection.toJson()).toJson(QJsonDocument::Compact));
    st.bind(20, in.simulated).bind(21, static_cast<std::int64_t>(in.version));
    st.bind(22, in.createdUtc).bind(23, in.updatedUtc);
    st.run();
}

void requirePermission(const security::User& actor, Permission a, Permission b,
                       const QString& what) {
    if (!actor.has(a) && !actor.has(b))
        throw InstrumentError(K::NotAuthorized, tr("User %1 (roles: %2) may not %3 (needs %4).")
                                                    .arg(actor.id, security::joinRoles(actor.roles),
                                                         what, security::permissionName(a)));
}

QString requireReason(const QString& reason) {
    const QString r = reason.trimmed();
    if (r.isEmpty())
        throw InstrumentError(K::Invalid, tr("A reason is required."));
    if (r.size() > 500)
        throw InstrumentError(K::Invalid, tr("The reason is longer than 500 characters."));
    return r;
}

// The fields that differ, as {"field": value} objects before and after.
void diff(const QJsonObject& before, const QJsonObject& after, QJsonObject* oldValues,
          QJsonObject* newValues) {
    for (auto it = after.begin(); it != after.end(); ++it) {
        if (before.value(it.key()) != it.value()) {
            oldValues->insert(it.key(), before.value(it.key()));
            newValues->insert(it.key(), it.value());
        }
    }
}

}  // namespace

InstrumentRegistry::InstrumentRegistry(record::Journal& journal) : journal_(journal) {}

QDate InstrumentRegistry::localDate(std::int64_t utcMs) {
    return QDateTime::fromMSecsSinceEpoch(utcMs).toLocalTime().date();
}

QDate InstrumentRegistry::today() const {
    return localDate(journal_.nowMs());
}

std::optional<Instrument> InstrumentRegistry::find(const QString& id) const {
    store::Statement st = journal_.db().prepare(
        (std::string("SELECT ") + kColumns + " FROM instruments WHERE instrument_id = ?").c_str());
    st.bind(1, id);
    if (!st.step())
        return std::nullopt;
    return fromRow(st);
}

std::vector<Instrument> InstrumentRegistry::list() const {
    store::Statement st = journal_.db().prepare(
        (std::string("SELECT ") + kColumns + " FROM instruments ORDER BY instrument_id").c_str());
    std::vector<Instrument> out;
    while (st.step()) out.push_back(fromRow(st));
    return out;
}

Instrument InstrumentRegistry::require(const QString& id) const {
    std::optional<Instrument> in = find(id);
    if (!in)
        throw InstrumentError(K::NotFound,
                              tr("There is no instrument %1 in the instrument master.").arg(id));
    return *in;
}

Instrument InstrumentRegistry::registerInstrument(const security::User& actor,
                                                  Instrument instrument, const QString& reason) {
    requirePermission(actor, Permission::ManageMasterData, Permission::ManageMasterData,
                      tr("register instruments"));
    const QString why = requireReason(reason);
    instrument.dailyCheck.reset();  // a daily check is done on the instrument, not entered
    instrument.version = 1;
    validateInstrument(instrument);
    record::RecordTransaction txn(journal_);
    if (find(instrument.id))
        throw InstrumentError(K::Conflict,
                              tr("Instrument id %1 is already registered.").arg(instrument.id));
    const QString now = record::formatUtcMillis(txn.nowMs());
    instrument.createdUtc = now;
    instrument.updatedUtc = now;
    write(txn.db(), instrument, true);
    txn.append({types::kMasterDataChanged, actor.id,
                QJsonObject{{key("entity"), QStringLiteral("instrument")},
                            {key("entity_id"), instrument.id},
                            {key("change"), QStringLiteral("registered")},
                            {key("old"), QJsonObject{}},
                            {key("new"), instrument.toJson()},
                            {key("reason"), why},
                            {key("version"), instrument.version}}});
    txn.commit();
    log()->info("instrument {} registered by {}", instrument.id.toStdString(),
                actor.id.toStdString());
    return instrument;
}

Instrument InstrumentRegistry::commitChange(const security::User& actor, const Instrument& before,
                                            Instrument after, const QString& change,
                                            const QString& reason) {
    validateInstrument(after);
    QJsonObject oldValues;
    QJsonObject newValues;
    diff(before.toJson(), after.toJson(), &oldValues, &newValues);
    if (newValues.isEmpty())
        throw InstrumentError(K::Invalid, tr("Instrument %1: nothing changes.").arg(before.id));
    record::RecordTransaction txn(journal_);
    // Re-read inside the write lock: the version on file is the one changed.
    const Instrument current = require(before.id);
    if (current.version != before.version)
        throw InstrumentError(K::Conflict,
                              tr("Instrument %1 was changed meanwhile; try again.").arg(before.id));
    after.version = current.version + 1;
    after.updatedUtc = record::formatUtcMillis(txn.nowMs());
    write(txn.db(), after, false);
    if (txn.db().changes() != 1)
        throw InstrumentError(K::Conflict, tr("Instrument %1 could not be updated.").arg(after.id));
    QJsonObject payload{{key("entity"), QStringLiteral("instrument")},
                        {key("entity_id"), after.id},
                        {key("change"), change},
                        {key("old"), oldValues},
                        {key("new"), newValues},
                        {key("version"), after.version}};
    if (!reason.isEmpty())
        payload.insert(key("reason"), reason);
    txn.append({types::kMasterDataChanged, actor.id, payload});
    txn.commit();
    log()->info("instrument {}: {} by {}", after.id.toStdString(), change.toStdString(),
                actor.id.toStdString());
    return after;
}

Instrument InstrumentRegistry::update(const security::User& actor, const QString& id,
                                      const InstrumentUpdate& change, const QString& reason) {
    requirePermission(actor, Permission::ManageMasterData, Permission::ManageMasterData,
                      tr("change instruments"));
    const QString why = requireReason(reason);
    const Instrument before = require(id);
    if (before.state == InstrumentState::Retired)
        throw InstrumentError(K::Invalid, tr("Instrument %1 is retired; it does not change "
                                             "any more.")
                                              .arg(id));
    Instrument after = before;
    const auto set = [](QString& field, const std::optional<QString>& value) {
        if (value)
            field = value->trimmed();
    };
    set(after.model, change.model);
    set(after.serialNumber, change.serialNumber);
    set(after.instrumentClass, change.instrumentClass);
    set(after.location, change.location);
    set(after.unit, change.unit);
    set(after.capacity, change.capacity);
    set(after.readability, change.readability);
    set(after.minimumWeight, change.minimumWeight);
    if (change.connection)
        after.connection = *change.connection;
    if (change.state)
        after.state = *change.state;
    const bool stateOnly = change.state && !change.model && !change.serialNumber &&
                           !change.instrumentClass && !change.location && !change.unit &&
                           !change.capacity && !change.readability && !change.minimumWeight &&
                           !change.connection;
    return commitChange(actor, before, after,
                        stateOnly ? QStringLiteral("state") : QStringLiteral("updated"), why);
}

Instrument InstrumentRegistry::recordCalibration(const security::User& actor, const QString& id,
                                                 const QDate& calibratedOn, const QDate& due,
                                                 const QString& certificate,
                                                 const QString& reason) {
    requirePermission(actor, Permission::ManageMasterData, Permission::ManageMasterData,
                      tr("record calibrations"));
    const QString why = requireReason(reason);
    if (!calibratedOn.isValid() || !due.isValid())
        throw InstrumentError(K::Invalid, tr("A calibration needs the date it was done and the "
                                             "date it is due again."));
    if (calibratedOn > today())
        throw InstrumentError(K::Invalid,
                              tr("A calibration cannot be recorded for a future date (%1).")
                                  .arg(isoDate(calibratedOn)));
    requireInstrumentText(id, certificate, tr("The calibration certificate"), 100);
    const Instrument before = require(id);
    Instrument after = before;
    after.calibratedOn = calibratedOn;
    after.calibrationDue = due;
    after.calibrationCertificate = certificate.trimmed();
    return commitChange(actor, before, after, QStringLiteral("calibrated"), why);
}

Instrument InstrumentRegistry::recordDailyCheck(const security::User& actor, const QString& id,
                                                bool passed, const QString& note) {
    requirePermission(actor, Permission::ExecuteSteps, Permission::ManageMasterData,
                      tr("record daily checks"));
    if (note.size() > 500)
        throw InstrumentError(K::Invalid, tr("The note is longer than 500 characters."));
    const Instrument before = require(id);
    Instrument after = before;
    // Every check is recorded, a second one the same day too (its time differs).
    after.dailyCheck = DailyCheck{today(), passed, actor.id, note.trimmed(),
                                  record::formatUtcMillis(journal_.nowMs())};
    return commitChange(actor, before, after, QStringLiteral("daily_check"), {});
}

CentralInstrumentChange applyCentralInstrument(
    record::RecordTransaction& txn, const Instrument& central,
    std::optional<InstrumentState> previousCentralState) {
    validateInstrument(central);
    store::Statement st = txn.db().prepare(
        (std::string("SELECT ") + kColumns + " FROM instruments WHERE instrument_id = ?").c_str());
    st.bind(1, central.id);
    std::optional<Instrument> local;
    if (st.step())
        local = fromRow(st);
    st.reset();
    CentralInstrumentChange out;
    if (local && local->simulated)
        throw InstrumentError(K::Conflict,
                              tr("Instrument %1 of this station is a simulator; a central "
                                 "instrument with the same id is not laid over it.")
                                  .arg(central.id));
    if (local && local->state == InstrumentState::Retired &&
        central.state != InstrumentState::Retired)
        throw InstrumentError(K::Conflict, tr("Instrument %1 is retired at this station; it "
                                              "does not come back into use.")
                                               .arg(central.id));
    Instrument after = central;
    // Out of service here (a broken load cell found by the operator) while central, not
    // knowing, still says in service: the station's decision stands.
    if (local && local->state == InstrumentState::OutOfService &&
        central.state == InstrumentState::InService &&
        previousCentralState != InstrumentState::OutOfService) {
        after.state = InstrumentState::OutOfService;
        out.keptLocalOutOfService = true;
    }
    if (local) {
        after.connection = local->connection;
        after.dailyCheck = local->dailyCheck;
        after.createdUtc = local->createdUtc;
        diff(centralInstrumentDocument(*local), centralInstrumentDocument(after), &out.oldValues,
             &out.newValues);
        if (out.newValues.isEmpty()) {
            out.after = *local;
            return out;
        }
        // A new serial number means another weighing cell: its daily check is not this one's.
        if (local->serialNumber != central.serialNumber)
            after.dailyCheck.reset();
        after.version = local->version + 1;
    } else {
        out.created = true;
        out.newValues = centralInstrumentDocument(central);
        after.connection = {};
        after.dailyCheck.reset();
        after.version = 1;
        after.createdUtc = record::formatUtcMillis(txn.nowMs());
    }
    after.simulated = false;
    after.updatedUtc = record::formatUtcMillis(txn.nowMs());
    write(txn.db(), after, !local);
    if (txn.db().changes() != 1)
        throw InstrumentError(K::Conflict, tr("Instrument %1 could not be updated.").arg(after.id));
    out.after = after;
    return out;
}

}  // namespace batch::instruments
