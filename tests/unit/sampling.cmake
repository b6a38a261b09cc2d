# Sampling (core/sampling): count rules, plans, specifications, state charts, the master
# data parser, qualification decisions and the what-if simulation. No I/O.
batch_add_test(test_sampling_rules SOURCES test_sampling_rules.cpp LIBS batch_core LABELS unit)
batch_add_test(test_sampling_qualification SOURCES test_sampling_qualification.cpp LIBS batch_core LABELS unit)
