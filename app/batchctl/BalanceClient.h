#pragma once

#include "transport/BalanceConnection.h"

#include <QString>

#include <memory>
#include <optional>

namespace batch::cli {

// A serial balance for the command line and the scripted operator: BalanceConnection
// (worker thread) with blocking waits on a local event loop. A CLI has no UI to keep
// responsive; the station's HMI uses BalanceConnection's signals directly.
class BalanceClient {
public:
    explicit BalanceClient(devices::BalanceSettings settings);

    // Waits until the balance is identified (Connected). False with *error when it is
    // refused (serial number, simulator guard) or does not answer in time.
    bool waitConnected(int timeoutMs, QString* error);
    // Runs one operation; nullopt with *error on a timeout or failure. An error reply of
    // the balance (overload, "S I") is an answer: check answer.reply.isError().
    std::optional<devices::BalanceAnswer> run(devices::BalanceOp op, int timeoutMs, QString* error);
    devices::BalanceConnection& connection() { return *connection_; }

private:
    std::unique_ptr<devices::BalanceConnection> connection_;
};

// One reading as the JSON line of `batchctl balance read`:
// {"t":"2026-11-23T08:52:15.123Z","value":100.00,"unit":"g","stable":true,"raw":"..."};
// an error reply of the balance: {"t":...,"error":"overload","message":...,"raw":...}.
// The value is the decimal exactly as the balance sent it (a JSON number).
QString readingJsonLine(qint64 utcMs, const devices::Reply& reply);

}  // namespace batch::cli
