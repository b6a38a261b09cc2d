#pragma once

#include <QFrame>

class QLabel;

namespace batch::ui {

// A message in words with an icon. Colour never carries the meaning alone (ISA-101):
// the kind picks the icon and the frame colour, and the text says what happened.
class StatusBanner : public QFrame {
    Q_OBJECT
public:
    enum class Kind { Info, Ok, Warning, Error };

    explicit StatusBanner(QWidget* parent = nullptr);

    void showMessage(Kind kind, const QString& text);
    void clear();
    QString text() const;
    Kind kind() const { return kind_; }

private:
    QLabel* icon_;
    QLabel* text_;
    Kind kind_ = Kind::Info;
};

}  // namespace batch::ui
