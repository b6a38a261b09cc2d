#pragma once

#include <QIcon>
#include <QRgb>
#include <QString>

class QApplication;
class QWidget;

namespace batch::ui {

// The ISA-101 palette for what widgets paint themselves (bands, charts); the style
// sheet (resources/theme/batchstation.qss) uses the same values.
namespace colors {
inline constexpr QRgb kWindow = 0xffe4e6e9;     // light grey background
inline constexpr QRgb kSurface = 0xfff4f5f6;    // cards
inline constexpr QRgb kText = 0xff1a1a1a;       // dark text
inline constexpr QRgb kMutedText = 0xff4a5057;
inline constexpr QRgb kMutedLine = 0xff6b7177;
inline constexpr QRgb kGrid = 0xffd3d6da;
inline constexpr QRgb kAccent = 0xff1f4e8c;     // the one accent: navigation, selection
inline constexpr QRgb kWarning = 0xffb07f00;    // amber: alert limit, warning
inline constexpr QRgb kAlarm = 0xffc62828;      // red: action limit, alarm, fault
inline constexpr QRgb kBandNormal = 0xffffffff;
inline constexpr QRgb kBandAlert = 0xfff7e7b4;  // pale amber
inline constexpr QRgb kBandAction = 0xfff4cccc; // pale red
// Trend lines: dark, distinguishable greys and blues, no saturated colour.
inline constexpr QRgb kSeries[] = {0xff1f4e8c, 0xff2b3035, 0xff5f7fa8, 0xff7a5c3a};
}  // namespace colors

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
