# Execution engine area (issue 3): master data, the engine's exception paths, MBR review.
batch_add_test(test_masterdata SOURCES test_masterdata.cpp LIBS batch_core LABELS integration TIMEOUT 120)
batch_add_test(test_exec_oversight SOURCES test_exec_oversight.cpp LIBS batch_core LABELS integration TIMEOUT 300)
