#pragma once

#include <QPushButton>

class QLabel;

namespace batch::ui {

// A large checkable button whose text wraps onto more lines instead of being cut off
// (a checklist item, an option, a category in German or French). Its state shows as an
// icon (empty / ticked box), a frame and bold text - never as a tiny check box. The
// whole button is the touch target; the labels inside let touches through.
class ToggleButton : public QPushButton {
    Q_OBJECT
public:
    static constexpr int kMinimumHeight = 56;

    explicit ToggleButton(const QString& text, QWidget* parent = nullptr);

    QString label() const;
    QLabel* labelWidget() const { return label_; }

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;
    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override;

private:
    void showState(bool checked);

    QLabel* icon_;
    QLabel* label_;
};

}  // namespace batch::ui
