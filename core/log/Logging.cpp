#include "log/Logging.h"

#include <QDir>

#include <spdlog/sinks/rotating_file_sink.h>
#include <spdlog/sinks/stdout_color_sinks.h>
#include <spdlog/spdlog.h>

#include <mutex>
#include <vector>

namespace batch::logging {
namespace {

// spdlog keeps its registry per process; this module only decides which sinks the
// loggers share, guarded so that worker threads may ask for a logger at any time.
std::mutex& sinkMutex() {
    static std::mutex m;
    return m;
}

std::vector<spdlog::sink_ptr>& sinks() {
    static std::vector<spdlog::sink_ptr> s;
    return s;
}

std::vector<spdlog::sink_ptr> defaultSinks() {
    auto err = std::make_shared<spdlog::sinks::stderr_color_sink_mt>();
    err->set_level(spdlog::level::warn);
    return {err};
}

}  // namespace

void configure(const QString& directory, bool verbose) {
    std::lock_guard lock(sinkMutex());
    auto list = defaultSinks();
    if (verbose)
        list.front()->set_level(spdlog::level::debug);
    if (!directory.isEmpty() && QDir().mkpath(directory)) {
        const auto file = QDir(directory).filePath(QStringLiteral("batchstation.log")).toStdString();
        auto rotating =
            std::make_shared<spdlog::sinks::rotating_file_sink_mt>(file, 5 * 1024 * 1024, 5);
        rotating->set_level(spdlog::level::info);
        list.push_back(rotating);
    }
    sinks() = list;
    spdlog::apply_all([&](const std::shared_ptr<spdlog::logger>& l) {
        l->sinks() = list;
    });
}

std::shared_ptr<spdlog::logger> logger(const std::string& module) {
    std::lock_guard lock(sinkMutex());
    if (auto existing = spdlog::get(module))
        return existing;
    if (sinks().empty())
        sinks() = defaultSinks();
    auto created = std::make_shared<spdlog::logger>(module, sinks().begin(), sinks().end());
    created->set_level(spdlog::level::debug);
    created->flush_on(spdlog::level::warn);
    spdlog::register_logger(created);
    return created;
}

}  // namespace batch::logging
