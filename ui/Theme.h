#pragma once

#include <QIcon>
#include <QString>

class QApplication;
class QWidget;

namespace batch::ui {

// The ISA-101 look of every screen: palette, base font and the style sheet from the
// resources. Called once by the composition root (and by GUI tests, so that the
// screenshots show what operators see).
void applyTheme(QApplication& app);

// An icon from the resources, by base name ("lock", "warning", "ok", ...).
QIcon themeIcon(const QString& name);

// Sets a style-sheet property (e.g. buttonRole=primary) and re-polishes the widget so a
// change at run time takes effect.
void setStyleRole(QWidget* widget, const char* property, const QString& value);

}  // namespace batch::ui
