#pragma once

// Shared by the sampling command groups (MasterDataCommands.cpp, LotCommands.cpp).

#include "Cli.h"
#include "SignIn.h"
#include "StoreAccess.h"

#include "sampling/SamplingTypes.h"

#include <QByteArray>
#include <QJsonDocument>
#include <QString>

namespace batch::cli {

// Option names and JSON keys of the sampling commands are Latin-1 literals.
inline QString s(const char* text) {
    return QString::fromLatin1(text);
}

// Runs body on the opened store; sampling refusals become exit 1 with every detail line.
template <typename Body>
int withSampling(const StoreLocation& where, Body&& body) {
    return withStation(where, [&](Station& station) {
        try {
            return body(station);
        } catch (const sampling::SamplingError& e) {
            failure(QStringLiteral("refused: %1").arg(e.fullText()));
        }
    });
}

// Reads a whole input file (bounded); errors name the file and the option.
QByteArray readInputFile(const QString& path, const QString& option, qint64 maxBytes = 4 << 20);

void printJson(const QJsonDocument& doc);

// Authenticates the acting user (recorded; failures count toward the lockout) without
// insisting on one permission: the sampling services check what each action needs.
security::User authenticated(Station& station, const ActorOptions& actor);

}  // namespace batch::cli
