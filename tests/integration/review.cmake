# QA review by exception and exports (issue 8): the acceptance run through batchctl
# (demo batch, review, release, every export checked with xmllint / pdftotext / pdftoppm /
# export verify), the review rules in process, and the review workspace offscreen.
batch_add_test(test_review_cli SOURCES test_review_cli.cpp LIBS batch_core LABELS integration TIMEOUT 600)
add_dependencies(test_review_cli batchctl batchctl_testclock)
batch_add_test(test_review SOURCES test_review.cpp LIBS batch_core LABELS integration TIMEOUT 300)
if(BATCH_BUILD_GUI)
    batch_add_test(test_review_gui SOURCES test_review_gui.cpp LIBS batch_ui batch_core Qt6::Widgets LABELS integration gui TIMEOUT 300)
    add_dependencies(test_review_gui batchctl batchctl_testclock)
endif()
