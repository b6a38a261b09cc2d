# Observation sources of the MVA monitor: simulator stream and live instrument readings.
batch_add_test(test_mva2_live_source SOURCES test_mva2_live_source.cpp LIBS batch_devices batch_core LABELS unit TIMEOUT 120)
