# Operator HMI (issue 6): widgets and the trend buffer on their own, offscreen.
if(BATCH_BUILD_GUI)
    batch_add_test(test_hmi_widgets SOURCES test_hmi_widgets.cpp
                   LIBS batch_ui Qt6::Widgets LABELS unit gui)
endif()
