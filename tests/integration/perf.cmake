# perf (issue 2, batched append throughput): the journal's bulk path on real stores.
batch_add_test(test_append_batch SOURCES test_append_batch.cpp LIBS batch_core LABELS integration TIMEOUT 300)
