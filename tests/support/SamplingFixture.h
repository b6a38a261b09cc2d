#pragma once

// Shared set-up of the sampling tests: users added the honest way (an administrator
// creates each with a one-time password, the user sets their own) and the demo sampling
// master data (resources/sampling/demo-sampling.json) imported as the administrator.

#include "sampling/MasterDataParser.h"
#include "station/Station.h"

#include <QFile>
#include <QtTest>

#include <initializer_list>
#include <tuple>

namespace sampling_fixture {

inline const QString kDemoFile =
    QStringLiteral(BATCH_SOURCE_DIR "/resources/sampling/demo-sampling.json");
inline const QString kScenarioOutcomes =
    QStringLiteral(BATCH_SOURCE_DIR "/tests/data/sampling/scenario-30.outcomes.json");

inline QByteArray readFile(const QString& path) {
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

struct NewUser {
    const char* id;
    const char* name;
    batch::security::Role role;
};

inline void addUsers(batch::Station& station, std::initializer_list<NewUser> users,
                     const QString& password) {
    const batch::security::User admin = *station.users().find(QStringLiteral("admin"));
    for (const NewUser& u : users) {
        const QString id = QString::fromLatin1(u.id);
        station.users().addUser(admin, id, QString::fromLatin1(u.name), {u.role},
                                QStringLiteral("One-Time-0001"), QStringLiteral("test set-up"));
        station.users().changePassword(id, QStringLiteral("One-Time-0001"), password);
    }
}

inline batch::sampling::MasterDataDocument demoDocument() {
    const batch::sampling::MasterDataParseResult r =
        batch::sampling::MasterDataParser::parse(readFile(kDemoFile));
    if (!r.ok())
        qFatal("demo sampling data refused: %s", qPrintable(r.errorText()));
    return *r.document;
}

inline void importDemo(batch::Station& station) {
    station.sampling().masterData().apply(*station.users().find(QStringLiteral("admin")),
                                          demoDocument(), false, {});
}

}  // namespace sampling_fixture
