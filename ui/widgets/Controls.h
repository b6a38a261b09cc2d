#pragma once

#include <QString>

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

}  // namespace batch::ui
