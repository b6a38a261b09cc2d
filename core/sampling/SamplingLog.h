#pragma once

// Internal to core/sampling: the module's one logger and the payload key helper.

#include "log/Logging.h"

#include <QString>

#include <memory>

namespace batch::sampling::detail {

inline std::shared_ptr<spdlog::logger> log() {
    static auto l = logging::logger("batch.core.sampling");
    return l;
}

inline QString key(const char* name) {
    return QString::fromLatin1(name);
}

}  // namespace batch::sampling::detail
