# Central PostgreSQL sync (issue 7): every suite starts its own PostgreSQL server.
batch_add_test(test_sync_central SOURCES test_sync_central.cpp LIBS batch_core LABELS integration sync TIMEOUT 600)
add_dependencies(test_sync_central batchctl)
# The instrument master and sampling master data published centrally, applied at a station.
batch_add_test(test_master_central SOURCES test_master_central.cpp LIBS batch_core LABELS integration sync TIMEOUT 600)
add_dependencies(test_master_central batchctl)
# Chaos: server crashes (pg_ctl stop -m immediate) and SIGKILLed sync workers while a
# writer appends; well under two minutes.
add_executable(sync_chaos_writer sync_chaos_writer.cpp)
target_link_libraries(sync_chaos_writer PRIVATE batch_core Qt6::Core)
batch_add_test(test_sync_chaos SOURCES test_sync_chaos.cpp LIBS batch_core LABELS integration sync TIMEOUT 300)
add_dependencies(test_sync_chaos batchctl sync_chaos_writer)
if(BATCH_BUILD_GUI)
    batch_add_test(test_sync_dashboard SOURCES test_sync_dashboard.cpp LIBS batch_ui batch_core Qt6::Widgets LABELS integration gui sync TIMEOUT 300)
    add_dependencies(test_sync_dashboard batchctl)
endif()
