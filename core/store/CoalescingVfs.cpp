#include "store/CoalescingVfs.h"

#include <sqlite3.h>

#include <cstring>
#include <map>
#include <mutex>
#include <new>
#include <string>

namespace batch::store {
namespace {

constexpr int kBufferSize = 64 * 1024;  // 62 WAL frames of 1 KiB pages per system call

// What a file holds back; its own mutex, because a database file's shared-memory
// barrier (on whichever connection and thread) writes out the held bytes of every WAL
// file of that database in this process, before the WAL index can announce them.
struct Held {
    std::mutex mutex;
    std::string name;       // full path as SQLite opened it
    bool coalesce = false;  // main database or WAL file
    bool wal = false;
    char* buffer = nullptr;         // kBufferSize bytes once a write was held
    sqlite3_int64 start = 0;        // file offset of buffer[0]
    int size = 0;                   // bytes held
    int deferredError = SQLITE_OK;  // a held write that failed, not yet reported
};

// Our file object; the underlying VFS's file object follows it in the same allocation.
struct CoalescingFile {
    sqlite3_file base;
    sqlite3_file* real;
    Held* held;
};

sqlite3_vfs* underlying = nullptr;

// The open WAL files by path, so a database file can find the WAL files of its database.
struct WalRegistry {
    std::mutex mutex;
    std::multimap<std::string, CoalescingFile*> files;
};

WalRegistry& walRegistry() {
    static WalRegistry registry;
    return registry;
}

CoalescingFile* cf(sqlite3_file* f) {
    return reinterpret_cast<CoalescingFile*>(f);
}
const sqlite3_io_methods* realMethods(CoalescingFile* f) {
    return f->real->pMethods;
}

// Writes the held bytes out; the caller holds f->held->mutex. A failure is kept as the
// file's deferred error.
void writeHeld(CoalescingFile* f) {
    Held& h = *f->held;
    if (h.size == 0)
        return;
    const int rc = realMethods(f)->xWrite(f->real, h.buffer, h.size, h.start);
    h.size = 0;
    if (rc != SQLITE_OK && h.deferredError == SQLITE_OK)
        h.deferredError = rc;
}

// Writes the held bytes out and returns (and clears) the deferred error, if any.
int flush(CoalescingFile* f) {
    std::lock_guard lock(f->held->mutex);
    writeHeld(f);
    const int rc = f->held->deferredError;
    f->held->deferredError = SQLITE_OK;
    return rc;
}

// A database file's WAL index is about to change: every WAL file of that database in
// this process writes out what it holds first. Their deferred errors stay theirs.
void flushWalsOf(CoalescingFile* db) {
    if (db->held->wal)
        return;
    WalRegistry& registry = walRegistry();
    std::lock_guard lock(registry.mutex);
    const auto [first, last] = registry.files.equal_range(db->held->name + "-wal");
    for (auto it = first; it != last; ++it) {
        std::lock_guard fileLock(it->second->held->mutex);
        writeHeld(it->second);
    }
}

int xClose(sqlite3_file* file) {
    CoalescingFile* f = cf(file);
    if (f->held->wal) {
        WalRegistry& registry = walRegistry();
        std::lock_guard lock(registry.mutex);
        const auto [first, last] = registry.files.equal_range(f->held->name);
        for (auto it = first; it != last; ++it) {
            if (it->second == f) {
                registry.files.erase(it);
                break;
            }
        }
    }
    const int flushed = flush(f);
    const int rc = realMethods(f)->xClose(f->real);
    sqlite3_free(f->held->buffer);
    delete f->held;
    f->held = nullptr;
    return flushed != SQLITE_OK ? flushed : rc;
}

int xRead(sqlite3_file* file, void* out, int amount, sqlite3_int64 offset) {
    CoalescingFile* f = cf(file);
    if (const int rc = flush(f); rc != SQLITE_OK)
        return rc;
    return realMethods(f)->xRead(f->real, out, amount, offset);
}

int xWrite(sqlite3_file* file, const void* data, int amount, sqlite3_int64 offset) {
    CoalescingFile* f = cf(file);
    Held& h = *f->held;
    std::lock_guard lock(h.mutex);
    if (h.size > 0 && offset == h.start + h.size && amount <= kBufferSize - h.size) {
        std::memcpy(h.buffer + h.size, data, static_cast<size_t>(amount));
        h.size += amount;
        return SQLITE_OK;
    }
    writeHeld(f);
    if (h.deferredError != SQLITE_OK) {
        const int rc = h.deferredError;
        h.deferredError = SQLITE_OK;
        return rc;
    }
    if (h.coalesce && amount < kBufferSize / 2) {
        if (!h.buffer)
            h.buffer = static_cast<char*>(sqlite3_malloc(kBufferSize));
        if (h.buffer) {
            std::memcpy(h.buffer, data, static_cast<size_t>(amount));
            h.start = offset;
            h.size = amount;
            return SQLITE_OK;
        }
    }
    return realMethods(f)->xWrite(f->real, data, amount, offset);
}

// Every other call first writes out what is held, then goes to the underlying file.
#define BATCH_FLUSH_OR_RETURN(f)                \
    do {                                        \
        if (const int rc_ = flush(f); rc_ != 0) \
            return rc_;                         \
    } while (0)

int xTruncate(sqlite3_file* file, sqlite3_int64 size) {
    CoalescingFile* f = cf(file);
    BATCH_FLUSH_OR_RETURN(f);
    return realMethods(f)->xTruncate(f->real, size);
}

int xSync(sqlite3_file* file, int flags) {
    CoalescingFile* f = cf(file);
    BATCH_FLUSH_OR_RETURN(f);
    return realMethods(f)->xSync(f->real, flags);
}

int xFileSize(sqlite3_file* file, sqlite3_int64* size) {
    CoalescingFile* f = cf(file);
    BATCH_FLUSH_OR_RETURN(f);
    return realMethods(f)->xFileSize(f->real, size);
}

int xLock(sqlite3_file* file, int level) {
    CoalescingFile* f = cf(file);
    BATCH_FLUSH_OR_RETURN(f);
    return realMethods(f)->xLock(f->real, level);
}

int xUnlock(sqlite3_file* file, int level) {
    CoalescingFile* f = cf(file);
    BATCH_FLUSH_OR_RETURN(f);
    return realMethods(f)->xUnlock(f->real, level);
}

int xCheckReservedLock(sqlite3_file* file, int* out) {
    CoalescingFile* f = cf(file);
    BATCH_FLUSH_OR_RETURN(f);
    return realMethods(f)->xCheckReservedLock(f->real, out);
}

int xFileControl(sqlite3_file* file, int op, void* arg) {
    CoalescingFile* f = cf(file);
    BATCH_FLUSH_OR_RETURN(f);
    return realMethods(f)->xFileControl(f->real, op, arg);
}

int xSectorSize(sqlite3_file* file) {
    return realMethods(cf(file))->xSectorSize(cf(file)->real);
}

int xDeviceCharacteristics(sqlite3_file* file) {
    return realMethods(cf(file))->xDeviceCharacteristics(cf(file)->real);
}

int xShmMap(sqlite3_file* file, int region, int size, int extend, void volatile** out) {
    CoalescingFile* f = cf(file);
    BATCH_FLUSH_OR_RETURN(f);
    return realMethods(f)->xShmMap(f->real, region, size, extend, out);
}

int xShmLock(sqlite3_file* file, int offset, int n, int flags) {
    CoalescingFile* f = cf(file);
    BATCH_FLUSH_OR_RETURN(f);
    flushWalsOf(f);
    return realMethods(f)->xShmLock(f->real, offset, n, flags);
}

// SQLite publishes a new WAL index header behind a barrier (on the database file): the
// WAL's frames reach the file first. A failed write cannot be returned here; it stays
// deferred for the next call on the file that held it.
void xShmBarrier(sqlite3_file* file) {
    CoalescingFile* f = cf(file);
    {
        std::lock_guard lock(f->held->mutex);
        writeHeld(f);
    }
    flushWalsOf(f);
    realMethods(f)->xShmBarrier(f->real);
}

int xShmUnmap(sqlite3_file* file, int deleteFlag) {
    CoalescingFile* f = cf(file);
    BATCH_FLUSH_OR_RETURN(f);
    return realMethods(f)->xShmUnmap(f->real, deleteFlag);
}

#undef BATCH_FLUSH_OR_RETURN

// Version 2: the shared-memory methods WAL needs, no memory-mapped I/O (xFetch), which
// SQLCipher does not use for encrypted files anyway.
const sqlite3_io_methods kMethods = {2,
                                     xClose,
                                     xRead,
                                     xWrite,
                                     xTruncate,
                                     xSync,
                                     xFileSize,
                                     xLock,
                                     xUnlock,
                                     xCheckReservedLock,
                                     xFileControl,
                                     xSectorSize,
                                     xDeviceCharacteristics,
                                     xShmMap,
                                     xShmLock,
                                     xShmBarrier,
                                     xShmUnmap,
                                     nullptr,
                                     nullptr};

int xOpen(sqlite3_vfs*, const char* name, sqlite3_file* file, int flags, int* outFlags) {
    CoalescingFile* f = cf(file);
    file->pMethods = nullptr;  // SQLite calls xClose only on files whose pMethods is set
    f->real = reinterpret_cast<sqlite3_file*>(f + 1);
    f->held = new (std::nothrow) Held;
    if (!f->held)
        return SQLITE_NOMEM;
    f->held->coalesce = name && (flags & (SQLITE_OPEN_MAIN_DB | SQLITE_OPEN_WAL)) != 0;
    f->held->wal = name && (flags & SQLITE_OPEN_WAL) != 0;
    if (name)
        f->held->name = name;
    const int rc = underlying->xOpen(underlying, name, f->real, flags, outFlags);
    if (rc != SQLITE_OK || !f->real->pMethods) {
        delete f->held;
        f->held = nullptr;
        return rc == SQLITE_OK ? SQLITE_CANTOPEN : rc;
    }
    if (f->held->wal) {
        WalRegistry& registry = walRegistry();
        std::lock_guard lock(registry.mutex);
        registry.files.emplace(f->held->name, f);
    }
    file->pMethods = &kMethods;
    return SQLITE_OK;
}

// Everything but opening files is the underlying VFS's, called with its own pointer.
int xDelete(sqlite3_vfs*, const char* name, int syncDir) {
    return underlying->xDelete(underlying, name, syncDir);
}
int xAccess(sqlite3_vfs*, const char* name, int flags, int* out) {
    return underlying->xAccess(underlying, name, flags, out);
}
int xFullPathname(sqlite3_vfs*, const char* name, int size, char* out) {
    return underlying->xFullPathname(underlying, name, size, out);
}
void* xDlOpen(sqlite3_vfs*, const char* name) {
    return underlying->xDlOpen(underlying, name);
}
void xDlError(sqlite3_vfs*, int size, char* out) {
    underlying->xDlError(underlying, size, out);
}
void (*xDlSym(sqlite3_vfs*, void* handle, const char* symbol))(void) {
    return underlying->xDlSym(underlying, handle, symbol);
}
void xDlClose(sqlite3_vfs*, void* handle) {
    underlying->xDlClose(underlying, handle);
}
int xRandomness(sqlite3_vfs*, int size, char* out) {
    return underlying->xRandomness(underlying, size, out);
}
int xSleep(sqlite3_vfs*, int micros) {
    return underlying->xSleep(underlying, micros);
}
int xCurrentTime(sqlite3_vfs*, double* out) {
    return underlying->xCurrentTime(underlying, out);
}
int xGetLastError(sqlite3_vfs*, int size, char* out) {
    return underlying->xGetLastError(underlying, size, out);
}
int xCurrentTimeInt64(sqlite3_vfs*, sqlite3_int64* out) {
    return underlying->xCurrentTimeInt64(underlying, out);
}

const char* registerVfs() {
    static sqlite3_vfs vfs;
    sqlite3_initialize();
    underlying = sqlite3_vfs_find(nullptr);
    if (!underlying || underlying->iVersion < 2 || !underlying->xCurrentTimeInt64)
        return nullptr;
    vfs.iVersion = 2;
    vfs.szOsFile = static_cast<int>(sizeof(CoalescingFile)) + underlying->szOsFile;
    vfs.mxPathname = underlying->mxPathname;
    vfs.zName = "batchstation-coalescing";
    vfs.xOpen = xOpen;
    vfs.xDelete = xDelete;
    vfs.xAccess = xAccess;
    vfs.xFullPathname = xFullPathname;
    vfs.xDlOpen = xDlOpen;
    vfs.xDlError = xDlError;
    vfs.xDlSym = xDlSym;
    vfs.xDlClose = xDlClose;
    vfs.xRandomness = xRandomness;
    vfs.xSleep = xSleep;
    vfs.xCurrentTime = xCurrentTime;
    vfs.xGetLastError = xGetLastError;
    vfs.xCurrentTimeInt64 = xCurrentTimeInt64;
    if (sqlite3_vfs_register(&vfs, 0) != SQLITE_OK)
        return nullptr;
    return vfs.zName;
}

}  // namespace

const char* coalescingVfsName() {
    static const char* const name = registerVfs();
    return name;
}

}  // namespace batch::store
