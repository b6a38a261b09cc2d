#pragma once

#include "record/Journal.h"
#include "security/Users.h"

#include <QString>

#include <cstdint>

namespace batch::exec {

// Site settings of batch execution, kept in the settings table. A batch binds the values
// in force when it starts (BatchStarted), so a later change never alters a running
// batch's rules or the replay of its record.
class ExecSettings {
public:
    // The default entry window of steps without their own entryWindowSeconds.
    static constexpr std::int64_t kDefaultEntryWindowSeconds = 3600;
    static constexpr std::int64_t kMaxEntryWindowSeconds = 30LL * 24 * 3600;
    static const QString kEntryWindowKey;  // "exec.entry_window_seconds"

    explicit ExecSettings(record::Journal& journal) : journal_(journal) {}

    std::int64_t entryWindowSeconds() const;
    // ManageUsers (who changes settings); 0 switches the default window off. One
    // SettingChanged event with old and new value and the reason.
    void setEntryWindowSeconds(const security::User& actor, std::int64_t seconds,
                               const QString& reason);

private:
    record::Journal& journal_;
};

}  // namespace batch::exec
