# Operator HMI benchmarks (issue 6): live trends over a shift, start-up to the login screen.
if(BATCH_BUILD_GUI)
    add_executable(bench_trend bench_trend.cpp)
    target_link_libraries(bench_trend PRIVATE batch_demo batch_ui batch_core Qt6::Widgets Qt6::Test)
    target_include_directories(bench_trend PRIVATE ${CMAKE_SOURCE_DIR}/tests/support)
    add_test(NAME bench_trend_smoke COMMAND bench_trend --quick --hours 8)
    set_tests_properties(bench_trend_smoke PROPERTIES LABELS bench TIMEOUT 300
        ENVIRONMENT "QT_QPA_PLATFORM=offscreen;BATCH_TEST_TMP=${CMAKE_BINARY_DIR}/test-tmp")

    add_executable(bench_startup bench_startup.cpp)
    target_link_libraries(bench_startup PRIVATE Qt6::Core)
    target_compile_definitions(bench_startup PRIVATE
        BATCHSTATION_BINARY="$<TARGET_FILE:batchstation>")
    add_dependencies(bench_startup batchstation)
    add_test(NAME bench_startup_smoke
             COMMAND bench_startup --quick --dir ${CMAKE_BINARY_DIR}/test-tmp)
    set_tests_properties(bench_startup_smoke PROPERTIES LABELS bench TIMEOUT 300)
endif()
