#pragma once

#include <QPointer>
#include <QWidget>

class QLineEdit;
class QPushButton;

namespace batch::ui {

// The on-screen numeric keypad for stations without a keyboard: digits, the locale's
// decimal sign, minus, backspace and clear, each a key of at least 64 x 64 px with
// 10 px gaps (gloved hands). It types into one QLineEdit at that field's cursor, like
// a keyboard would, so the field stays the single source of what was entered.
class NumericKeypad : public QWidget {
    Q_OBJECT
public:
    static constexpr int kWidth = 380;  // four keys of 87 px and their gaps

    explicit NumericKeypad(QWidget* parent = nullptr);

    void setTarget(QLineEdit* field);
    QLineEdit* target() const { return target_; }
    // Hides the minus key where a negative value makes no sense to offer (weights).
    void setAllowNegative(bool allow);

private:
    void press(const QString& key);
    QPushButton* key(const QString& text, const QString& objectName, const QString& role = {});

    QPointer<QLineEdit> target_;
    QPushButton* minus_;
};

}  // namespace batch::ui
