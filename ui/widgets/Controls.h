#pragma once

#include <QString>

class QAbstractScrollArea;
class QHBoxLayout;
class QLabel;
class QLineEdit;
class QPushButton;
class QWidget;

namespace batch::ui {

// Small factories so every screen gets the same touch-sized, style-sheet-tagged controls.
QPushButton* makeButton(const QString& text, const QString& role = QString(),
                        QWidget* parent = nullptr);
QLabel* makeLabel(const QString& text, const QString& textRole, QWidget* parent = nullptr);
QLineEdit* makeField(const QString& objectName, bool password, QWidget* parent = nullptr);
// A state shown as an icon and words side by side (ISA-101: never colour alone). The
// icon label is set by the caller (themeIcon(...).pixmap(32, 32)).
QHBoxLayout* iconTextRow(QWidget* parent, QLabel** icon, QLabel** text, const QString& textRole,
                         const QString& objectName);
// A large checkable button (choice options, checklist items): a whole row is the touch
// target, and its state shows as an icon and a frame, never as a tiny check box.
QPushButton* makeToggle(const QString& text, QWidget* parent = nullptr);
// A checkable button of a segmented choice (time windows): short text, no icon.
QPushButton* makeSegment(const QString& text, QWidget* parent = nullptr);

// Kinetic (flick) scrolling by touch or by a mouse-emulating touch screen, pixel-wise
// scrolling for item views, and no overshoot (a calm screen). Every list, table and
// scroll area of the operator screens calls this.
void enableKineticScrolling(QAbstractScrollArea* area);

}  // namespace batch::ui
