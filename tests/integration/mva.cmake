# MVA models under change control and online monitoring with a real SQLCipher store.
batch_add_test(test_mva_monitor SOURCES test_mva_monitor.cpp LIBS batch_core LABELS integration TIMEOUT 300)
