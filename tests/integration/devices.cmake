# Balances and instruments (devices/, core/instruments): drivers against the simulator
# on real pseudo-terminals, the instrument master, the weigh path of the engine, the
# batchctl balance/instrument commands.
batch_add_test(test_balance_drivers SOURCES test_balance_drivers.cpp LIBS batch_devices LABELS integration TIMEOUT 300)
batch_add_test(test_balance_interop SOURCES test_balance_interop.cpp LIBS batch_devices LABELS integration TIMEOUT 120)
batch_add_test(test_instrument_master SOURCES test_instrument_master.cpp LIBS batch_core LABELS integration TIMEOUT 180)
batch_add_test(test_balance_cli SOURCES test_balance_cli.cpp LIBS batch_devices LABELS integration TIMEOUT 240)
add_dependencies(test_balance_cli batchctl)
batch_add_test(test_demo_instruments SOURCES test_demo_instruments.cpp LIBS batch_devices LABELS integration TIMEOUT 120)
