#pragma once

#include "record/Journal.h"
#include "store/Database.h"
#include "store/Migrations.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <memory>

// A fresh encrypted store in a temporary directory, migrated and initialised as
// station `stationId`, with its key file next to it. Real SQLCipher file, no mocks.
struct TempStore {
    explicit TempStore(const QString& stationId = QStringLiteral("ST01"),
                       const QByteArray& passphrase = "correct horse battery staple")
        : passphrase(passphrase) {
        dbPath = dir.filePath(QStringLiteral("station.db"));
        keyPath = dir.filePath(QStringLiteral("station.key"));
        QFile key(keyPath);
        if (key.open(QIODevice::WriteOnly))
            key.write(passphrase + "\n");
        db = std::make_unique<batch::store::Database>(batch::store::Database::open(
            dbPath, passphrase, batch::store::OpenMode::CreateNew));
        batch::store::migrate(*db);
        batch::record::Journal::initializeStation(*db, stationId, batch::record::systemClock());
        journal = std::make_unique<batch::record::Journal>(*db);
    }
    // Closes the connection (e.g. before another process or a tamper edit opens the file).
    void close() {
        journal.reset();
        db.reset();
    }
    void reopen() {
        db = std::make_unique<batch::store::Database>(batch::store::Database::open(
            dbPath, passphrase, batch::store::OpenMode::OpenExisting));
        journal = std::make_unique<batch::record::Journal>(*db);
    }

    QTemporaryDir dir;
    QByteArray passphrase;
    QString dbPath;
    QString keyPath;
    std::unique_ptr<batch::store::Database> db;
    std::unique_ptr<batch::record::Journal> journal;
};
