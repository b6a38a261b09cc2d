# Sampling (core/sampling, batchctl sampling commands) on real encrypted stores.
batch_add_test(test_sampling_scenario SOURCES test_sampling_scenario.cpp LIBS batch_core LABELS integration TIMEOUT 300)
add_dependencies(test_sampling_scenario batchctl)
batch_add_test(test_sampling_lots SOURCES test_sampling_lots.cpp LIBS batch_core LABELS integration TIMEOUT 300)
batch_add_test(test_sampling_cli SOURCES test_sampling_cli.cpp LIBS Qt6::Core LABELS integration TIMEOUT 300)
add_dependencies(test_sampling_cli batchctl)
if(BATCH_BUILD_GUI)
    batch_add_test(test_sampling_screens SOURCES test_sampling_screens.cpp LIBS batch_ui batch_core Qt6::Widgets LABELS integration gui TIMEOUT 300)
endif()
