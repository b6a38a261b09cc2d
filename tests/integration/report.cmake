# batch_report: PDF layout (real text, page X of Y, footer) checked through pdftotext.
batch_add_test(test_pdf_renderer SOURCES test_pdf_renderer.cpp LIBS batch_report Qt6::Gui LABELS integration)
