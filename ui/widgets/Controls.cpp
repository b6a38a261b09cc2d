#include "widgets/Controls.h"

#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

namespace batch::ui {

QPushButton* makeButton(const QString& text, const QString& role, QWidget* parent) {
    auto* button = new QPushButton(text, parent);
    if (!role.isEmpty())
        button->setProperty("buttonRole", role);
    button->setIconSize(QSize(28, 28));
    button->setAutoDefault(false);
    return button;
}

QLabel* makeLabel(const QString& text, const QString& textRole, QWidget* parent) {
    auto* label = new QLabel(text, parent);
    label->setProperty("textRole", textRole);
    label->setWordWrap(true);
    return label;
}

QLineEdit* makeField(const QString& objectName, bool password, QWidget* parent) {
    auto* field = new QLineEdit(parent);
    field->setObjectName(objectName);
    if (password)
        field->setEchoMode(QLineEdit::Password);
    // No autocompletion or history for credentials on a shared station.
    field->setInputMethodHints(password ? Qt::ImhHiddenText | Qt::ImhSensitiveData |
                                              Qt::ImhNoPredictiveText | Qt::ImhNoAutoUppercase
                                        : Qt::ImhNoPredictiveText | Qt::ImhNoAutoUppercase);
    return field;
}

}  // namespace batch::ui
