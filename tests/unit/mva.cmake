# core/mva batch monitoring: simulator, batch evolution / batch-level models, alarms,
# soft sensor, model files (no store).
batch_add_test(test_mva_batch SOURCES test_mva_batch.cpp LIBS batch_core LABELS unit TIMEOUT 120)
