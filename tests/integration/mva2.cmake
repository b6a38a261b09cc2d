# Stored MVA observations, the review of a finished batch, alarm shelving (issue 5 gaps).
batch_add_test(test_mva2_record SOURCES test_mva2_record.cpp LIBS batch_core LABELS integration TIMEOUT 300)
# MVA models as central master data, with a real PostgreSQL server (tests/support/PgServer.h).
batch_add_test(test_mva2_central SOURCES test_mva2_central.cpp LIBS batch_core LABELS integration sync TIMEOUT 600)
add_dependencies(test_mva2_central batchctl)
# The MVA monitor screen (shelving, live feed) and the review widget, offscreen; PNGs in
# test-tmp/mva2-screens.
if(BATCH_BUILD_GUI)
    batch_add_test(test_mva2_screens SOURCES test_mva2_screens.cpp LIBS batch_ui batch_devices batch_core LABELS integration gui TIMEOUT 300)
endif()
# The MVA tab of QA's review workspace on the review demo batch, monitored (offscreen).
if(BATCH_BUILD_GUI)
    batch_add_test(test_review_mva SOURCES test_review_mva.cpp LIBS batch_ui batch_core Qt6::Widgets LABELS integration gui TIMEOUT 300)
    add_dependencies(test_review_mva batchctl batchctl_testclock)
endif()
