#pragma once

#include <QLineEdit>
#include <QWidget>

#include <optional>

class QLabel;
class QLineEdit;

namespace batch::ui {

class NumericKeypad;

// The value field: takes keys (keypad, physical keyboard, numeric barcode) but never
// calls up the virtual text keyboard - a touch on it must leave the keypad in view.
class NumericField : public QLineEdit {
    Q_OBJECT
public:
    using QLineEdit::QLineEdit;

protected:
    void mouseReleaseEvent(QMouseEvent* event) override;
    void focusInEvent(QFocusEvent* event) override;
};

// A value field in large type with its unit, fed by the on-screen keypad (or a
// physical keyboard). The virtual text keyboard stays away from it: numbers come from
// the keypad. The text is in the operator's locale; canonical() is what the engine gets.
class NumericEntry : public QWidget {
    Q_OBJECT
public:
    NumericEntry(const QString& unit, QWidget* parent = nullptr);

    QLineEdit* field() const { return field_; }
    NumericKeypad* keypad() const { return keypad_; }
    // The entry as a canonical decimal string ("12.5"), or the raw text if it is not one.
    QString canonical() const;
    // The entry as a number, if it is one.
    std::optional<double> number() const;
    void setText(const QString& localText);
    void setUnit(const QString& unit);
    // The keypad sits beside the field (default) or is left for the caller to place.
    void setKeypadVisible(bool visible);

Q_SIGNALS:
    void edited();
    void submitted();

private:
    QLineEdit* field_;
    QLabel* unit_;
    NumericKeypad* keypad_;
};

}  // namespace batch::ui
