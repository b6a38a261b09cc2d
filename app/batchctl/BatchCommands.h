#pragma once

// Shared by the `batchctl batch ...` command files.
#include "Cli.h"
#include "StoreAccess.h"

#include "exec/BatchProjection.h"
#include "exec/ExecTypes.h"

#include <QJsonArray>
#include <QJsonObject>

#include <vector>

namespace batch::cli {

inline void addBatchOption(Command& cmd) {
    cmd.option(QStringLiteral("batch"), QStringLiteral("Batch id."), QStringLiteral("id"), true);
}

// Runs body on the opened store; engine refusals are exit 1 with the kind and reason.
template <typename Body>
int withEngine(const StoreLocation& where, Body&& body) {
    return withStation(where, [&](Station& station) {
        try {
            return body(station);
        } catch (const exec::ExecError& e) {
            failure(QStringLiteral("refused (%1): %2")
                        .arg(exec::execErrorKindName(e.kind()), e.message()));
        }
    });
}

// Signatures as shown by `batch status --json`: signer, printed name, meaning, time.
QJsonArray signaturesJson(const std::vector<exec::SignatureEntry>& signatures);
// A deviation with its continuation, state and closure.
QJsonObject deviationJson(const exec::DeviationEntry& d);

// `batch deviation list|close`.
std::vector<Subcommand> batchDeviationSubcommands();
// `batch settings`: show or change the site settings of batch execution.
int batchSettings(const QStringList& args);

}  // namespace batch::cli
