#include "dialogs/ReviewSignatureDialog.h"

#include "Theme.h"
#include "widgets/Controls.h"
#include "widgets/StatusBanner.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace batch::ui {

ReviewSignatureDialog::ReviewSignatureDialog(const QString& title, const QString& signerId,
                                             const QString& printedName, const QString& meaning,
                                             const QString& subject, QWidget* parent)
    : QDialog(parent) {
    setObjectName(QStringLiteral("ReviewSignatureDialog"));
    setWindowTitle(title);
    setModal(true);
    setMinimumWidth(720);

    auto* heading = makeLabel(title, QStringLiteral("title"), this);
    auto* what = makeLabel(subject, QStringLiteral("subtitle"), this);
    what->setObjectName(QStringLiteral("signatureSubject"));
    what->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto* manifest = makeLabel(
        tr("You sign as %1 (%2) with the meaning \u201c%3\u201d. Your electronic signature "
           "is binding like a handwritten one; it is recorded with your printed name, the date "
           "and time, and its meaning.")
            .arg(printedName, signerId, meaning),
        QStringLiteral("muted"), this);
    manifest->setObjectName(QStringLiteral("signatureManifest"));

    content_ = new QVBoxLayout;
    content_->setSpacing(8);

    commentLabel_ = makeLabel(tr("Comment"), QStringLiteral("fieldLabel"), this);
    comment_ = new QPlainTextEdit(this);
    comment_->setObjectName(QStringLiteral("signatureComment"));
    comment_->setMinimumHeight(96);
    comment_->setMaximumHeight(140);
    comment_->setTabChangesFocus(true);

    auto* userField = makeField(QStringLiteral("signatureUser"), false, this);
    userField->setText(signerId);
    userField->setReadOnly(true);
    password_ = makeField(QStringLiteral("signaturePassword"), true, this);
    password_->setPlaceholderText(tr("your password"));

    banner_ = new StatusBanner(this);
    banner_->setObjectName(QStringLiteral("signatureBanner"));

    sign_ = makeButton(tr("Sign"), QStringLiteral("primary"), this);
    sign_->setObjectName(QStringLiteral("signButton"));
    sign_->setIcon(themeIcon(QStringLiteral("key")));
    auto* cancel = makeButton(tr("Cancel"), QString(), this);
    cancel->setObjectName(QStringLiteral("cancelSignatureButton"));

    auto* credentials = new QHBoxLayout;
    credentials->setSpacing(12);
    auto* userBox = new QVBoxLayout;
    userBox->addWidget(makeLabel(tr("User ID"), QStringLiteral("fieldLabel"), this));
    userBox->addWidget(userField);
    auto* passwordBox = new QVBoxLayout;
    passwordBox->addWidget(makeLabel(tr("Password"), QStringLiteral("fieldLabel"), this));
    passwordBox->addWidget(password_);
    credentials->addLayout(userBox, 1);
    credentials->addLayout(passwordBox, 1);

    auto* buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(cancel);
    buttons->addSpacing(8);
    buttons->addWidget(sign_);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 20, 24, 20);
    layout->setSpacing(12);
    layout->addWidget(heading);
    layout->addWidget(what);
    layout->addLayout(content_);
    layout->addWidget(commentLabel_);
    layout->addWidget(comment_);
    layout->addWidget(manifest);
    layout->addLayout(credentials);
    layout->addWidget(banner_);
    layout->addLayout(buttons);

    connect(cancel, &QPushButton::clicked, this, &QDialog::reject);
    connect(sign_, &QPushButton::clicked, this, &ReviewSignatureDialog::trySign);
    connect(password_, &QLineEdit::returnPressed, this, &ReviewSignatureDialog::trySign);
    password_->setFocus();
}

void ReviewSignatureDialog::addContent(QWidget* widget) {
    content_->addWidget(widget);
}

void ReviewSignatureDialog::setCommentLabel(const QString& label, bool required) {
    commentLabel_->setText(label);
    commentRequired_ = required;
}

QString ReviewSignatureDialog::comment() const {
    return comment_->toPlainText().trimmed();
}

void ReviewSignatureDialog::setComment(const QString& text) {
    comment_->setPlainText(text);
}

void ReviewSignatureDialog::setPassword(const QString& password) {
    password_->setText(password);
}

void ReviewSignatureDialog::trySign() {
    QString problem = validator_ ? validator_() : QString();
    if (problem.isEmpty() && commentRequired_ && comment().isEmpty())
        problem = tr("%1 is required.").arg(commentLabel_->text());
    if (problem.isEmpty() && password_->text().isEmpty())
        problem = tr("Enter your password to sign.");
    if (problem.isEmpty() && attempt_)
        problem = attempt_(password_->text(), comment());
    // The password never stays in the field after an attempt.
    password_->clear();
    if (!problem.isEmpty()) {
        banner_->showMessage(StatusBanner::Kind::Error, problem);
        password_->setFocus();
        return;
    }
    accept();
}

}  // namespace batch::ui
