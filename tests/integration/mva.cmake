# MVA models under change control and online monitoring with a real SQLCipher store.
batch_add_test(test_mva_monitor SOURCES test_mva_monitor.cpp LIBS batch_core LABELS integration TIMEOUT 300)
# MVA charts and the MVA monitor screen offscreen (screenshots in test-tmp/mva-charts).
batch_add_test(test_mva_charts SOURCES test_mva_charts.cpp LIBS batch_ui LABELS integration gui TIMEOUT 300)
# The new batchctl mva commands end to end (files and a store made by batchctl init).
batch_add_test(test_mva_batch_cli SOURCES test_mva_batch_cli.cpp LIBS Qt6::Core LABELS integration TIMEOUT 300)
add_dependencies(test_mva_batch_cli batchctl)
