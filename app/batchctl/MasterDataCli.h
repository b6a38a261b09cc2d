#pragma once

// Shared by the master data command groups (material, equipment).
#include "Cli.h"
#include "StoreAccess.h"

#include "masterdata/MasterData.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace batch::cli {

// --reason, required: every change of master data says why.
inline void addReasonOption(Command& cmd) {
    cmd.option(QStringLiteral("reason"), QStringLiteral("Why (recorded with the change)."),
               QStringLiteral("text"), true);
}

// Runs body on the opened store; master data refusals are exit 1 with the reason.
template <typename Body>
int withMasterData(const StoreLocation& where, Body&& body) {
    return withStation(where, [&](Station& station) {
        try {
            return body(station);
        } catch (const masterdata::MasterDataError& e) {
            failure(QStringLiteral("refused: %1").arg(e.message()));
        }
    });
}

// `--json`: the array; otherwise the table.
inline void printListing(const Command& cmd, const QJsonArray& array, const QString& table) {
    if (cmd.isSet(QStringLiteral("json")))
        printOut(QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented)));
    else
        printOut(table);
}

}  // namespace batch::cli
