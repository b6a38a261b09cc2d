#pragma once

#include <QByteArray>
#include <QString>

#include <condition_variable>
#include <mutex>
#include <thread>

struct sqlite3;

namespace batch::store {

// Copies committed WAL frames into the database file on a thread of its own, with its
// own connection, so that a writer's commit does not also pay for the checkpoint (reading
// every frame back, writing it into the file, fsync of the file): SQLite's automatic
// checkpoint runs inside the commit that crosses the threshold. Durability is unchanged:
// a commit is durable once its frames are in the fsynced WAL, before any checkpoint.
//
// The writer's connection reports the WAL size after each commit (its WAL hook, which
// replaces SQLite's automatic checkpoint). From kBackgroundFrames on, this thread runs a
// PASSIVE checkpoint (it never blocks the writer or readers). Should it fall behind, the
// writer checkpoints itself from kForegroundFrames on, so the WAL stays bounded. The
// connection is opened (a key derivation) the first time a checkpoint is due, so short
// sessions pay nothing for it; it keeps the passphrase until then, wiped on destruction.
class WalCheckpointer {
public:
    static constexpr int kBackgroundFrames = 10'000;  // ~10 MiB of 1 KiB pages
    static constexpr int kForegroundFrames = 4 * kBackgroundFrames;

    WalCheckpointer(QString path, QByteArray passphrase);
    ~WalCheckpointer();
    WalCheckpointer(const WalCheckpointer&) = delete;
    WalCheckpointer& operator=(const WalCheckpointer&) = delete;

    // Installs this checkpointer as the WAL hook of the writer's connection.
    void attach(sqlite3* writer);
    // Checkpoints run in the background so far (tests and benchmarks).
    int backgroundCheckpoints() const;

private:
    static int onCommit(void* self, sqlite3* db, const char* schema, int frames);
    void run();
    void checkpointOnce();

    QString path_;
    QByteArray passphrase_;
    sqlite3* connection_ = nullptr;  // owned by the thread
    mutable std::mutex mutex_;
    std::condition_variable wake_;
    bool due_ = false;
    bool stop_ = false;
    int done_ = 0;
    std::thread thread_;
};

}  // namespace batch::store
