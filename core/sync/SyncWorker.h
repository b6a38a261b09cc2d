#pragma once

#include "sync/SyncConfig.h"

#include <QByteArray>
#include <QMetaType>
#include <QObject>
#include <QString>

#include <memory>

class QTimer;

namespace batch::store {
class Database;
}
namespace batch::record {
class Journal;
}

namespace batch::sync {

class PgConnection;
class SyncClient;

// What the UI shows about sync (docs/sync.md §Status).
struct SyncStatus {
    bool online = false;
    std::int64_t waiting = 0;  // local events the server does not hold yet
    std::int64_t watermark = 0;
    QString lastSuccessUtc;  // empty: never
    QString lastError;       // empty after a clean exchange
    std::int64_t clockOffsetMs = 0;
    bool clockOffsetExceeded = false;
    int nextAttemptMs = 0;  // backoff while offline
};

// The station's sync worker: lives on its own QThread (moveToThread, then start()), owns
// its own SQLCipher connection and libpq connection, and pushes whenever events wait:
// it checks the local head every poll interval (a local read, no network), exchanges
// when events wait or master data may have changed (LISTEN batch_master, and every pull
// interval), and backs off exponentially while the server is unreachable.
class SyncWorker : public QObject {
    Q_OBJECT
public:
    SyncWorker(QString dbPath, QByteArray passphrase, SyncConfig config, QObject* parent = nullptr);
    ~SyncWorker() override;

public slots:
    void start();    // on the worker thread
    void stop();     // on the worker thread; closes both connections
    void syncNow();  // a hint: exchange at the next opportunity

signals:
    void statusChanged(const batch::sync::SyncStatus& status);
    void exchanged(qint64 pushed, qint64 watermark, int applied);
    void clockOffsetExceeded(qint64 offsetMs, qint64 boundMs);
    void failed(const QString& message);

private:
    void tick();
    void schedule(int ms);
    bool connectIfNeeded();
    void publish();

    QString dbPath_;
    QByteArray passphrase_;
    SyncConfig config_;
    std::unique_ptr<store::Database> db_;
    std::unique_ptr<record::Journal> journal_;
    std::unique_ptr<MasterDataRegistry> appliers_;
    std::unique_ptr<SyncClient> client_;
    std::unique_ptr<PgConnection> conn_;
    QTimer* timer_ = nullptr;
    SyncStatus status_;
    int backoffMs_ = 0;
    bool wantExchange_ = true;
    qint64 lastPullMs_ = 0;
};

}  // namespace batch::sync

Q_DECLARE_METATYPE(batch::sync::SyncStatus)
