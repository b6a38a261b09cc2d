#pragma once

#include <QDialog>

class QHBoxLayout;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QVBoxLayout;

namespace batch::ui {

class StatusBanner;

// The frame of every operator dialog: a title, a body, a banner for the answer of the
// engine (refusals in its own words), and one row of large buttons - Cancel on the
// left, the action on the right. Frameless, because a window manager's title bar is no
// place for a gloved finger; it is opened window-modal with open(), never exec(), so
// that the record of a refusal is shown inside the dialog and the operator can correct
// the input without losing it.
class TouchDialog : public QDialog {
    Q_OBJECT
public:
    TouchDialog(const QString& title, QWidget* parent);

    QVBoxLayout* body() const { return body_; }
    StatusBanner* banner() const { return banner_; }
    QPushButton* primaryButton() const { return primary_; }
    QPushButton* cancelButton() const { return cancel_; }
    void setPrimary(const QString& text, const QString& objectName, const QString& icon = {});
    // Shows the reason the action was not done, and keeps the dialog open.
    void showRefusal(const QString& reason);
    void showWarning(const QString& text);
    // A multi-line text field sized for a gloved finger and the virtual keyboard.
    QPlainTextEdit* addTextArea(const QString& label, const QString& objectName,
                                int minimumHeight = 104);
    QLabel* addFieldLabel(const QString& text);
    // After content was shown or hidden: the size it needs, centred over the window and
    // never larger than it.
    void fitToWindow();

Q_SIGNALS:
    // The action button was pressed; the subclass validates through the engine and
    // accept()s on success.
    void primaryPressed();

protected:
    void showEvent(QShowEvent* event) override;

private:
    QLabel* title_;
    QVBoxLayout* body_;
    StatusBanner* banner_;
    QPushButton* cancel_;
    QPushButton* primary_;
};

// The text of a QPlainTextEdit, trimmed.
QString plainText(const QPlainTextEdit* edit);

}  // namespace batch::ui
