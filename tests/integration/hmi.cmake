# Operator HMI (issue 6): the GUI acceptance tests, offscreen, against the demo station.
if(BATCH_BUILD_GUI)
    batch_add_test(test_hmi_batch SOURCES test_hmi_batch.cpp
                   LIBS batch_demo batch_ui batch_core Qt6::Widgets LABELS integration gui
                   TIMEOUT 600)
endif()
if(BATCH_BUILD_GUI)
    batch_add_test(test_hmi_layout SOURCES test_hmi_layout.cpp
                   LIBS batch_demo batch_ui batch_core Qt6::Widgets LABELS integration gui
                   TIMEOUT 600)
endif()
