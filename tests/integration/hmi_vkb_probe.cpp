// Run by test_hmi_virtual_keyboard under a real X server (Xvfb): with
// QT_IM_MODULE=qtvirtualkeyboard, does the Qt Virtual Keyboard come up for the HMI's text
// fields in a Widgets application, and stay away from the numeric field (which has the
// on-screen keypad)? Prints one line per check: "<name> visible=<0|1> rect=WxH".
#include "widgets/Controls.h"
#include "widgets/NumericEntry.h"
#include "widgets/ScanField.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QGuiApplication>
#include <QInputMethod>
#include <QLineEdit>
#include <QMouseEvent>
#include <QTest>
#include <QTimer>
#include <QVBoxLayout>

#include <cstdio>
#include <cstdlib>

namespace {

bool waitFor(const std::function<bool()>& condition, int ms) {
    QElapsedTimer t;
    t.start();
    while (t.elapsed() < ms) {
        if (condition())
            return true;
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
    }
    return condition();
}

void report(const char* name) {
    QInputMethod* im = QGuiApplication::inputMethod();
    std::printf("%s visible=%d rect=%dx%d\n", name, im->isVisible() ? 1 : 0,
                int(im->keyboardRectangle().width()), int(im->keyboardRectangle().height()));
    std::fflush(stdout);
}

}  // namespace

int main(int argc, char* argv[]) {
    QApplication app(argc, argv);
    std::printf("im_module=%s platform=%s\n", qgetenv("QT_IM_MODULE").constData(),
                qPrintable(QGuiApplication::platformName()));
    QWidget window;
    auto* layout = new QVBoxLayout(&window);
    QLineEdit* user = batch::ui::makeField(QStringLiteral("user"), false, &window);
    auto* scan = new batch::ui::ScanField(&window);
    auto* number = new batch::ui::NumericEntry(QStringLiteral("kg"), &window);
    number->setKeypadVisible(false);
    layout->addWidget(user);
    layout->addWidget(scan);
    layout->addWidget(number);
    window.resize(1280, 800);
    window.show();
    window.activateWindow();
    QInputMethod* im = QGuiApplication::inputMethod();

    // A touch as the widget receives it (a touch screen's synthesised mouse click): the
    // field itself asks for the input panel - only if it accepts input methods.
    auto touch = [&](QWidget* w) { QTest::mouseClick(w, Qt::LeftButton); };
    auto dismiss = [&] {
        im->hide();
        waitFor([&] { return !im->isVisible(); }, 3000);
        report("dismissed");
    };
    touch(user);
    waitFor([&] { return im->isVisible(); }, 8000);
    report("text-field");
    dismiss();
    touch(scan);
    waitFor([&] { return im->isVisible(); }, 5000);
    report("scan-field");
    dismiss();
    touch(number->field());
    waitFor([&] { return im->isVisible(); }, 2000);  // must not come up
    report("numeric-field");
    // From a text field with the keyboard up straight to the value field: it goes away.
    touch(user);
    waitFor([&] { return im->isVisible(); }, 5000);
    touch(number->field());
    waitFor([&] { return !im->isVisible(); }, 3000);
    report("numeric-after-text");
    // The plugin's QML engine does not always tear down cleanly on an X server that goes
    // away with us; the answers are out, so leave without the teardown.
    std::fflush(stdout);
    std::_Exit(0);
}
