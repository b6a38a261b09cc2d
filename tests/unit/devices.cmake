# Balances and instruments: the weighing rules as a pure function (core/instruments).
batch_add_test(test_weighing_rules SOURCES test_weighing_rules.cpp LIBS batch_core LABELS unit)
