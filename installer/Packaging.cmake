# Installation layout and the Debian package (cpack -G DEB from the build directory).
include(GNUInstallDirs)

foreach(tool batchctl batchstation)
    if(TARGET ${tool})
        install(TARGETS ${tool} RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})
    endif()
endforeach()

if(BATCH_BUILD_GUI)
    install(FILES ${CMAKE_SOURCE_DIR}/installer/org.batchstation.BatchStation.desktop
            DESTINATION ${CMAKE_INSTALL_DATADIR}/applications)
    install(FILES ${CMAKE_SOURCE_DIR}/installer/org.batchstation.BatchStation.metainfo.xml
            DESTINATION ${CMAKE_INSTALL_DATADIR}/metainfo)
    install(FILES ${CMAKE_SOURCE_DIR}/installer/batchstation.svg
            DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps)
endif()

set(CPACK_PACKAGE_NAME "batchstation")
set(CPACK_PACKAGE_VENDOR "BatchStation")
set(CPACK_PACKAGE_CONTACT "BatchStation maintainers <maintainers@batchstation.invalid>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${PROJECT_DESCRIPTION}")
set(CPACK_GENERATOR "DEB")
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION "science")
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
include(CPack)
