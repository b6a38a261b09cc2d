# MVA models under change control and online monitoring with a real SQLCipher store.
batch_add_test(test_mva_monitor SOURCES test_mva_monitor.cpp LIBS batch_core LABELS integration TIMEOUT 300)
# MVA charts and the MVA monitor screen offscreen (screenshots in test-tmp/mva-charts).
batch_add_test(test_mva_charts SOURCES test_mva_charts.cpp LIBS batch_ui LABELS integration gui TIMEOUT 300)
