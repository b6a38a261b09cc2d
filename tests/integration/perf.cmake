# perf (issue 2, batched append throughput): the journal's bulk path on real stores.
batch_add_test(test_append_batch SOURCES test_append_batch.cpp LIBS batch_core LABELS integration TIMEOUT 300)
# The store's write path (page crypto provider, write-merging VFS, background
# checkpoints) against SQLCipher as shipped: the stock sqlcipher shell reads and writes
# the same files.
batch_add_test(test_store_engine SOURCES test_store_engine.cpp LIBS batch_core LABELS integration TIMEOUT 300)
# `batchctl audit verify` is read-only: database, WAL and schema stay as they were.
batch_add_test(test_verify_readonly SOURCES test_verify_readonly.cpp LIBS batch_core LABELS integration TIMEOUT 300)
add_dependencies(test_verify_readonly batchctl)
