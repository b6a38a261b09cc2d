#pragma once

#include "log/Logging.h"

#include <QString>

// The one logger of core/sync (batch.core.sync) and the JSON key helper its files share.
namespace batch::sync::detail {

inline auto log() {
    static auto l = logging::logger("batch.core.sync");
    return l;
}

inline QString key(const char* name) {
    return QString::fromLatin1(name);
}

}  // namespace batch::sync::detail
