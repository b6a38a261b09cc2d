#pragma once

#include <QString>

#include <memory>
#include <string>

namespace spdlog {
class logger;
}

namespace batch::logging {

// Sets up the shared sinks once per process, from the composition root (app/):
// a rotating file in `directory` (5 files x 5 MiB) and stderr for warnings.
// An empty directory means stderr only (tests, CLI).
void configure(const QString& directory, bool verbose);

// The logger of one module, e.g. "batch.core.store". Loggers share the configured
// sinks; asking twice gives the same logger. Secrets are never passed to a logger.
std::shared_ptr<spdlog::logger> logger(const std::string& module);

}  // namespace batch::logging
