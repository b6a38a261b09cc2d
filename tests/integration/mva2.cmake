# Stored MVA observations, the review of a finished batch, alarm shelving (issue 5 gaps).
batch_add_test(test_mva2_record SOURCES test_mva2_record.cpp LIBS batch_core LABELS integration TIMEOUT 300)
