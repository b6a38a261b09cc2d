#pragma once

namespace batch::store {

// A SQLite VFS over the platform's default one that merges consecutive writes to a
// database or WAL file into one system call. SQLite writes a WAL frame as two writes
// (24-byte header, then the 1 KiB encrypted page) and a checkpoint copies page by page;
// on Linux each pwrite costs more than the bytes it carries, and a bulk append spent
// more CPU in those calls than in SQLite itself.
//
// Only adjacent writes to the same file are merged, in order, and the merged bytes reach
// the file before the file is used for anything else: every other call on the file
// (read, sync, size, truncate, lock, file control, shared-memory lock and barrier,
// close) writes them out first. So a sync still covers everything written before it,
// a reader never misses a byte, and the WAL index can only announce frames that are in
// the file (SQLite publishes frames after a sync or a shared-memory barrier). Durability
// is unchanged: nothing was durable before the sync that follows the writes anyway. A
// failed deferred write is reported by the next call on the file that can report it.
// Rollback journals and temporary files are passed through untouched.
//
// Returns the VFS name to give sqlite3_open_v2 (registered on first use, not as the
// default, so other SQLite users in the process are unaffected).
const char* coalescingVfsName();

}  // namespace batch::store
