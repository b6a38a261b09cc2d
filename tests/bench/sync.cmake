# Central sync throughput (DESIGN.md §7): a real PostgreSQL started by the bench.
add_executable(bench_sync bench_sync.cpp)
target_link_libraries(bench_sync PRIVATE batch_core Qt6::Core)
target_include_directories(bench_sync PRIVATE ${CMAKE_SOURCE_DIR}/tests/support)
add_test(NAME bench_sync_smoke COMMAND bench_sync --quick)
set_tests_properties(bench_sync_smoke PROPERTIES LABELS "bench;sync" TIMEOUT 300)
