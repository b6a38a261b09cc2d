# core/sync without a server (issue 7); the server suites are in tests/integration/sync.cmake.
batch_add_test(test_sync_units SOURCES test_sync_units.cpp LIBS batch_core LABELS unit sync)
