#pragma once

#include <QDialog>

#include <functional>

class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QVBoxLayout;

namespace batch::ui {

class StatusBanner;

// An electronic signature (21 CFR 11.50 / 11.200): shows who signs, with which meaning and
// what, asks for the password (re-authentication on every signature) and a comment, and
// only closes once the signing action itself succeeded. A small dialog of the review
// workspace; the shared signature dialog of the HMI rework can replace it.
class ReviewSignatureDialog : public QDialog {
    Q_OBJECT
public:
    // Runs the signing action with the password and comment; returns an empty string on
    // success or the reason it was refused (shown, the dialog stays open).
    using Attempt = std::function<QString(const QString& password, const QString& comment)>;

    ReviewSignatureDialog(const QString& title, const QString& signerId, const QString& printedName,
                          const QString& meaning, const QString& subject,
                          QWidget* parent = nullptr);

    // Fields the action needs besides the signature (root cause, decision, ...), shown
    // between what is signed and the password.
    void addContent(QWidget* widget);
    void setCommentLabel(const QString& label, bool required);
    void setAttempt(Attempt attempt) { attempt_ = std::move(attempt); }
    // A precondition the caller checks (e.g. all fields filled); empty: fine.
    void setValidator(std::function<QString()> validator) { validator_ = std::move(validator); }

    QString comment() const;
    void setComment(const QString& text);
    void setPassword(const QString& password);  // tests
    QPushButton* signButton() const { return sign_; }
    StatusBanner* banner() const { return banner_; }
    // Runs the signature as if "Sign" was pressed (tests, keyboard).
    void trySign();

private:
    QVBoxLayout* content_;
    QLabel* commentLabel_;
    QPlainTextEdit* comment_;
    QLineEdit* password_;
    StatusBanner* banner_;
    QPushButton* sign_;
    bool commentRequired_ = true;
    Attempt attempt_;
    std::function<QString()> validator_;
};

}  // namespace batch::ui
