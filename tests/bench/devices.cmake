# Balance ingest (tests/support/BalanceSoak.h): the long run of the CI soak.
add_executable(bench_balance_soak bench_balance_soak.cpp)
target_link_libraries(bench_balance_soak PRIVATE batch_devices Qt6::Core)
target_include_directories(bench_balance_soak PRIVATE ${CMAKE_SOURCE_DIR}/tests/support)
add_test(NAME bench_balance_soak_smoke COMMAND bench_balance_soak --quick)
set_tests_properties(bench_balance_soak_smoke PROPERTIES LABELS bench TIMEOUT 120)
