#pragma once

#include "record/AuditVerifier.h"
#include "store/Database.h"

#include <QFutureWatcher>
#include <QObject>

#include <functional>

namespace batch::ui {

// Opens a connection of its own to the store. The verifier runs on a pool thread and a
// SQLCipher connection must not be shared across threads, so the UI never lends it the
// connection it uses itself; the factory (built by the composition root) holds the key.
using ReadConnectionFactory = std::function<store::Database()>;

struct IntegrityOutcome {
    bool completed = false;  // false: the check itself could not run (see error)
    record::VerifyReport report;
    QString error;
};

// Runs record::verifyAuditTrail off the UI thread and reports once, on the UI thread.
class IntegrityCheck : public QObject {
    Q_OBJECT
public:
    explicit IntegrityCheck(ReadConnectionFactory openReadConnection, QObject* parent = nullptr);

    void start();
    bool isRunning() const { return watcher_.isRunning(); }

Q_SIGNALS:
    void finished(const batch::ui::IntegrityOutcome& outcome);

private:
    ReadConnectionFactory open_;
    QFutureWatcher<IntegrityOutcome> watcher_;
};

}  // namespace batch::ui
