#include "exec/ExecSettings.h"

#include "exec/ExecTypes.h"
#include "log/Logging.h"

#include <QJsonObject>

#include <spdlog/spdlog.h>

namespace batch::exec {
namespace {

using K = ExecError::Kind;

std::int64_t readSetting(store::Database& db, const QString& key, std::int64_t fallback,
                         std::int64_t max) {
    store::Statement st = db.prepare("SELECT value FROM settings WHERE key = ?");
    st.bind(1, key);
    if (!st.step())
        return fallback;
    bool ok = false;
    const qlonglong v = st.text(0).toLongLong(&ok);
    if (!ok || v < 0 || v > max) {
        logging::logger("batch.core.exec")
            ->warn("setting {} is invalid; using {}", key.toStdString(), fallback);
        return fallback;
    }
    return v;
}

}  // namespace

const QString ExecSettings::kEntryWindowKey = QStringLiteral("exec.entry_window_seconds");

std::int64_t ExecSettings::entryWindowSeconds() const {
    return readSetting(journal_.db(), kEntryWindowKey, kDefaultEntryWindowSeconds,
                       kMaxEntryWindowSeconds);
}

void ExecSettings::setEntryWindowSeconds(const security::User& actor, std::int64_t seconds,
                                         const QString& reason) {
    if (actor.disabled || !actor.has(security::Permission::ManageUsers))
        throw ExecError(
            K::NotAuthorized,
            ExecText::tr("User %1 may not change site settings (needs %2).")
                .arg(actor.id, security::permissionName(security::Permission::ManageUsers)));
    if (reason.trimmed().isEmpty())
        throw ExecError(K::ReasonRequired, ExecText::tr("A reason is required for this change."));
    if (seconds < 0 || seconds > kMaxEntryWindowSeconds)
        throw ExecError(
            K::InvalidValue,
            ExecText::tr("The entry window must be 0 to %1 seconds.").arg(kMaxEntryWindowSeconds));
    record::RecordTransaction txn(journal_);
    const std::int64_t old =
        readSetting(txn.db(), kEntryWindowKey, kDefaultEntryWindowSeconds, kMaxEntryWindowSeconds);
    txn.db()
        .prepare("INSERT OR REPLACE INTO settings(key, value) VALUES (?, ?)")
        .bind(1, kEntryWindowKey)
        .bind(2, QString::number(seconds))
        .run();
    txn.append({record::types::kSettingChanged, actor.id,
                QJsonObject{{QStringLiteral("key"), kEntryWindowKey},
                            {QStringLiteral("old_value"), static_cast<qint64>(old)},
                            {QStringLiteral("new_value"), static_cast<qint64>(seconds)},
                            {QStringLiteral("reason"), reason.trimmed()}}});
    txn.commit();
}

}  // namespace batch::exec
