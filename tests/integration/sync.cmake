# Central PostgreSQL sync (issue 7): every suite starts its own PostgreSQL server.
batch_add_test(test_sync_central SOURCES test_sync_central.cpp LIBS batch_core LABELS integration sync TIMEOUT 600)
add_dependencies(test_sync_central batchctl)
