#include "Theme.h"

#include <QApplication>
#include <QFile>
#include <QFont>
#include <QPalette>
#include <QStyle>
#include <QStyleFactory>
#include <QWidget>

// Q_INIT_RESOURCE must be called outside any namespace; the resources live in this
// static library, so nothing would pull them into the executable otherwise.
static void initBatchResources() { Q_INIT_RESOURCE(resources); }

namespace batch::ui {
namespace {

QPalette hmiPalette() {
    // Light grey background, dark text, muted greys; the accent marks selection and focus.
    const QColor window(0xe4, 0xe6, 0xe9);
    const QColor surface(0xf4, 0xf5, 0xf6);
    const QColor text(0x1a, 0x1a, 0x1a);
    const QColor muted(0x6b, 0x71, 0x77);
    const QColor accent(0x1f, 0x4e, 0x8c);

    QPalette p;
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, Qt::white);
    p.setColor(QPalette::AlternateBase, QColor(0xf1, 0xf2, 0xf4));
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, surface);
    p.setColor(QPalette::ButtonText, text);
    // Same selection colour with or without focus: a touch on the detail pane must not
    // make the selected row look unselected.
    for (QPalette::ColorGroup group : {QPalette::Active, QPalette::Inactive}) {
        p.setColor(group, QPalette::Highlight, accent);
        p.setColor(group, QPalette::HighlightedText, Qt::white);
    }
    p.setColor(QPalette::Link, accent);
    p.setColor(QPalette::ToolTipBase, surface);
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::PlaceholderText, muted);
    p.setColor(QPalette::Disabled, QPalette::Text, muted);
    p.setColor(QPalette::Disabled, QPalette::WindowText, muted);
    p.setColor(QPalette::Disabled, QPalette::ButtonText, muted);
    return p;
}

}  // namespace

void applyTheme(QApplication& app) {
    initBatchResources();
    // Fusion draws the same on every platform and honours the style sheet fully.
    if (QStyle* fusion = QStyleFactory::create(QStringLiteral("Fusion")))
        app.setStyle(fusion);
    app.setPalette(hmiPalette());

    QFont font(QStringLiteral("DejaVu Sans"));
    font.setPixelSize(17);
    app.setFont(font);

    QFile qss(QStringLiteral(":/theme/batchstation.qss"));
    if (qss.open(QIODevice::ReadOnly))
        app.setStyleSheet(QString::fromUtf8(qss.readAll()));
}

QIcon themeIcon(const QString& name) {
    return QIcon(QStringLiteral(":/icons/%1.svg").arg(name));
}

void setStyleRole(QWidget* widget, const char* property, const QString& value) {
    widget->setProperty(property, value);
    widget->style()->unpolish(widget);
    widget->style()->polish(widget);
    widget->update();
}

}  // namespace batch::ui
