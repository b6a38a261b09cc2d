# Review by exception and the PDF batch record (issue 8): exception report of a 2,000-step
# batch <= 200 ms, PDF of a 200-page record <= 5 s. Prints figures, never fails on timing.
add_executable(bench_review bench_review.cpp)
target_link_libraries(bench_review PRIVATE batch_core batch_report Qt6::Gui)
add_test(NAME bench_review_smoke COMMAND bench_review --quick --dir ${CMAKE_BINARY_DIR}/test-tmp)
set_tests_properties(bench_review_smoke PROPERTIES LABELS bench TIMEOUT 120
                     ENVIRONMENT "QT_QPA_PLATFORM=offscreen")
