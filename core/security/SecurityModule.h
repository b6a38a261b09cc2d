#pragma once

#include "log/Logging.h"

#include <QString>

#include <memory>

// What the security module's sources (Users, Signatures, Session) share. Not an API for
// other modules.
namespace batch::security::detail {

// The module's one logger, "batch.core.security" (DESIGN.md §3 rule 8).
inline const std::shared_ptr<spdlog::logger>& log() {
    static const auto l = logging::logger("batch.core.security");
    return l;
}

// An event payload key from a literal (payload keys are ASCII).
inline QString key(const char* name) {
    return QString::fromLatin1(name);
}

}  // namespace batch::security::detail
