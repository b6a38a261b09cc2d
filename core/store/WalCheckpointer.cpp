#include "store/WalCheckpointer.h"

#include "store/StoreLog.h"
#include "store/Database.h"

#include <spdlog/spdlog.h>
#include <sqlite3.h>

#include <optional>

namespace batch::store {
namespace {

using detail::log;

}  // namespace

WalCheckpointer::WalCheckpointer(QString path, QByteArray passphrase)
    : path_(std::move(path)), passphrase_(std::move(passphrase)) {
    thread_ = std::thread([this] { run(); });
}

WalCheckpointer::~WalCheckpointer() {
    {
        std::lock_guard lock(mutex_);
        stop_ = true;
    }
    wake_.notify_one();
    thread_.join();
    passphrase_.fill('\0');
}

void WalCheckpointer::attach(sqlite3* writer) {
    sqlite3_wal_hook(writer, &onCommit, this);
}

int WalCheckpointer::backgroundCheckpoints() const {
    std::lock_guard lock(mutex_);
    return done_;
}

// Runs on the writer's thread right after each commit, with the WAL's size in frames.
int WalCheckpointer::onCommit(void* self, sqlite3* db, const char* schema, int frames) {
    auto* c = static_cast<WalCheckpointer*>(self);
    if (frames >= kBackgroundFrames) {
        {
            std::lock_guard lock(c->mutex_);
            c->due_ = true;
        }
        c->wake_.notify_one();
    }
    // The background thread fell behind (or cannot open its connection): bound the WAL
    // here, as SQLite's own automatic checkpoint would. PASSIVE, so a checkpoint already
    // running elsewhere simply makes this one return.
    if (frames >= kForegroundFrames)
        sqlite3_wal_checkpoint_v2(db, schema, SQLITE_CHECKPOINT_PASSIVE, nullptr, nullptr);
    return SQLITE_OK;
}

void WalCheckpointer::run() {
    std::optional<Database> connection;
    bool openFailed = false;
    std::unique_lock lock(mutex_);
    for (;;) {
        wake_.wait(lock, [this] { return due_ || stop_; });
        if (stop_)
            break;
        due_ = false;
        lock.unlock();
        try {
            if (!connection && !openFailed) {
                connection.emplace(Database::openForCheckpoints(path_, passphrase_));
                passphrase_.fill('\0');
                passphrase_.clear();
            }
        } catch (const std::exception& e) {
            openFailed = true;  // the writer's foreground checkpoints take over
            log()->warn("background checkpoints unavailable for {}: {}", path_.toStdString(),
                        e.what());
        }
        if (connection) {
            int logFrames = 0;
            int copied = 0;
            const int rc = connection->checkpointPassive(&logFrames, &copied);
            if (rc != SQLITE_OK && rc != SQLITE_BUSY)
                log()->warn("background checkpoint of {} failed: {}", path_.toStdString(),
                            sqlite3_errstr(rc));
        }
        lock.lock();
        ++done_;
    }
    lock.unlock();
    connection.reset();  // closed on this thread, before the writer's own close
}

}  // namespace batch::store
