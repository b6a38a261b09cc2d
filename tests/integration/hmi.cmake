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
if(BATCH_BUILD_GUI)
    # lupdate over the same sources and include paths as ui/CMakeLists.txt.
    batch_add_test(test_hmi_translations SOURCES test_hmi_translations.cpp
                   LIBS batch_ui Qt6::Core LABELS integration TIMEOUT 180)
    list(JOIN BATCH_TR_INCLUDE_DIRS "|" BATCH_TR_INCLUDES_TEXT)
    target_compile_definitions(test_hmi_translations PRIVATE
        BATCH_TR_SOURCES_FILE="${BATCH_TR_SOURCES_FILE}"
        BATCH_TR_INCLUDE_DIRS="${BATCH_TR_INCLUDES_TEXT}"
        BATCH_LUPDATE="$<TARGET_FILE:Qt6::lupdate>")
endif()
