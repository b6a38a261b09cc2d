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
if(BATCH_BUILD_GUI)
    add_executable(hmi_vkb_probe hmi_vkb_probe.cpp)
    target_link_libraries(hmi_vkb_probe PRIVATE batch_ui Qt6::Widgets Qt6::Test)
    batch_add_test(test_hmi_virtual_keyboard SOURCES test_hmi_virtual_keyboard.cpp
                   LIBS Qt6::Core LABELS integration gui TIMEOUT 180)
    add_dependencies(test_hmi_virtual_keyboard hmi_vkb_probe)
    target_compile_definitions(test_hmi_virtual_keyboard PRIVATE
        BATCH_VKB_PROBE="$<TARGET_FILE:hmi_vkb_probe>")
endif()
if(BATCH_BUILD_GUI)
    batch_add_test(test_hmi_kiosk SOURCES test_hmi_kiosk.cpp
                   LIBS batch_demo batch_ui batch_core Qt6::Widgets LABELS integration gui)
endif()
