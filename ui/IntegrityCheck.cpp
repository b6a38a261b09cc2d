#include "IntegrityCheck.h"

#include "log/Logging.h"

#include <QtConcurrent/QtConcurrentRun>

#include <spdlog/spdlog.h>

namespace batch::ui {

IntegrityCheck::IntegrityCheck(ReadConnectionFactory openReadConnection, QObject* parent)
    : QObject(parent), open_(std::move(openReadConnection)) {
    connect(&watcher_, &QFutureWatcher<IntegrityOutcome>::finished, this,
            [this] { emit finished(watcher_.result()); });
}

void IntegrityCheck::start() {
    if (watcher_.isRunning())
        return;
    // The lambda owns a copy of the factory: the check finishes safely even if this
    // object (and the screen) are gone by then; its result is then simply dropped.
    watcher_.setFuture(QtConcurrent::run([open = open_]() {
        IntegrityOutcome outcome;
        try {
            store::Database db = open();
            outcome.report = record::verifyAuditTrail(db);
            outcome.completed = true;
        } catch (const std::exception& e) {
            outcome.error = QString::fromUtf8(e.what());
        }
        auto log = logging::logger("batch.ui");
        if (!outcome.completed)
            log->error("audit trail verification could not run: {}", outcome.error.toStdString());
        else if (outcome.report.ok)
            log->info("audit trail verified: {} events, {} checkpoints", outcome.report.events,
                      outcome.report.checkpoints);
        else
            log->warn("audit trail BROKEN at {}/{}: {}",
                      outcome.report.firstBroken->stationId.toStdString(),
                      outcome.report.firstBroken->seq,
                      outcome.report.firstBroken->reason.toStdString());
        return outcome;
    }));
}

}  // namespace batch::ui
