#pragma once

#include "log/Logging.h"

#include <memory>

namespace batch::store::detail {

// The store module's one logger, "batch.core.store", shared by its sources.
inline const std::shared_ptr<spdlog::logger>& log() {
    static const auto l = logging::logger("batch.core.store");
    return l;
}

}  // namespace batch::store::detail
