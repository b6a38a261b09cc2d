#pragma once

#include "record/Journal.h"
#include "security/Users.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

#include <cstdint>
#include <functional>
#include <optional>
#include <stdexcept>
#include <string>
#include <utility>

namespace batch::masterdata {

// Event types of material and equipment master data (docs/master-data.md). Every payload
// names its subject (material_code, lot_id or equipment_id), carries `old` and `new`
// objects with the fields that changed (old is {} for a new entry) and the `reason`.
namespace types {
inline const QString kMaterialAdded = QStringLiteral("MaterialAdded");
inline const QString kLotReceived = QStringLiteral("LotReceived");
inline const QString kLotStatusChanged = QStringLiteral("LotStatusChanged");
inline const QString kEquipmentAdded = QStringLiteral("EquipmentAdded");
inline const QString kEquipmentCleaned = QStringLiteral("EquipmentCleaned");
inline const QString kEquipmentMarkedDirty = QStringLiteral("EquipmentMarkedDirty");
inline const QString kEquipmentCalibrated = QStringLiteral("EquipmentCalibrated");
inline const QString kEquipmentOccupied = QStringLiteral("EquipmentOccupied");
inline const QString kEquipmentReleased = QStringLiteral("EquipmentReleased");
}  // namespace types

// Translation context of every user-visible master data message.
class MasterDataText {
    Q_DECLARE_TR_FUNCTIONS(MasterData)
};

class MasterDataError : public std::runtime_error {
public:
    enum class Kind {
        Invalid,        // malformed id, date, name; missing reason
        NotAuthorized,  // the actor lacks the permission
        NotFound,       // no such material, lot or equipment
        Conflict,       // id already used
        WrongState,     // the change is not allowed from the current status
        WrongMaterial,  // a lot of another material than the one expected
        WrongClass,     // equipment of another class than the one expected
        NotUsable,      // lot not released or expired; equipment dirty, uncalibrated, in use
    };
    MasterDataError(Kind kind, const QString& message)
        : std::runtime_error(message.toStdString()), kind_(kind), message_(message) {}
    Kind kind() const { return kind_; }
    const QString& message() const { return message_; }

private:
    Kind kind_;
    QString message_;
};

// Appends an event inside the caller's transaction. Repositories write their events
// through it so that the execution engine can index the events of a batch (batch_events)
// while the repository writes the rows: still one RecordTransaction.
using Append = std::function<record::EventRecord(const record::NewEvent&)>;

namespace detail {

// The one row `sql` (ending in "WHERE <key> = ?") finds for `key`, read by `read`.
template <typename Read>
auto loadOne(store::Database& db, const std::string& sql, const QString& key, Read read)
    -> std::optional<decltype(read(std::declval<const store::Statement&>()))> {
    store::Statement st = db.prepare(sql.c_str());
    st.bind(1, key);
    if (!st.step())
        return std::nullopt;
    return read(st);
}

QString key(const char* name);
// ^[A-Za-z0-9][A-Za-z0-9._-]*$, at most 64 characters (the syntax of MBR codes).
void requireCode(const QString& value, const QString& what);
// Non-empty after trimming, at most `maxLength` characters; returns the trimmed text.
QString requireText(const QString& value, const QString& what, int maxLength = 200);
QString requireReason(const QString& reason);
// A calendar date "YYYY-MM-DD" that exists.
void requireDate(const QString& value, const QString& what);
void requirePermission(const security::User& actor, security::Permission permission);
// The UTC calendar date of a station time, "YYYY-MM-DD".
QString utcDate(std::int64_t msSinceEpoch);

}  // namespace detail
}  // namespace batch::masterdata
