#include "screens/ChangePasswordScreen.h"

#include "security/Passwords.h"
#include "security/Session.h"
#include "security/Users.h"
#include "widgets/Controls.h"
#include "widgets/StatusBanner.h"

#include <QApplication>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace batch::ui {

ChangePasswordScreen::ChangePasswordScreen(security::UserService& users,
                                           security::Session& session, QWidget* parent)
    : QWidget(parent), users_(users), session_(session) {
    setObjectName(QStringLiteral("Screen"));

    auto* card = new QFrame(this);
    card->setObjectName(QStringLiteral("Card"));
    card->setMinimumWidth(600);
    card->setMaximumWidth(680);

    heading_ = makeLabel(QString(), QStringLiteral("title"), card);
    explanation_ = makeLabel(QString(), QStringLiteral("subtitle"), card);
    auto* rules = makeLabel(
        tr("At least %1 characters, not your user ID, and none of your last %2 passwords.")
            .arg(security::PasswordPolicy::kMinLength)
            .arg(security::PasswordPolicy::kHistoryDepth),
        QStringLiteral("muted"), card);
    old_ = makeField(QStringLiteral("oldPassword"), true, card);
    new_ = makeField(QStringLiteral("newPassword"), true, card);
    repeat_ = makeField(QStringLiteral("repeatPassword"), true, card);
    banner_ = new StatusBanner(card);
    banner_->setObjectName(QStringLiteral("changePasswordError"));
    submit_ = makeButton(tr("Change password"), QStringLiteral("primary"), card);
    submit_->setObjectName(QStringLiteral("changePasswordButton"));
    auto* cancel = makeButton(tr("Cancel"), QString(), card);
    cancel->setObjectName(QStringLiteral("changePasswordCancel"));

    auto* buttons = new QHBoxLayout;
    buttons->setSpacing(16);
    buttons->addWidget(cancel, 1);
    buttons->addWidget(submit_, 2);

    auto* form = new QVBoxLayout(card);
    form->setContentsMargins(40, 32, 40, 32);
    form->setSpacing(10);
    form->addWidget(heading_);
    form->addWidget(explanation_);
    form->addWidget(rules);
    form->addSpacing(12);
    form->addWidget(makeLabel(tr("Current password"), QStringLiteral("fieldLabel"), card));
    form->addWidget(old_);
    form->addSpacing(6);
    form->addWidget(makeLabel(tr("New password"), QStringLiteral("fieldLabel"), card));
    form->addWidget(new_);
    form->addSpacing(6);
    form->addWidget(makeLabel(tr("Repeat new password"), QStringLiteral("fieldLabel"), card));
    form->addWidget(repeat_);
    form->addSpacing(8);
    form->addWidget(banner_);
    form->addSpacing(8);
    form->addLayout(buttons);

    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(24, 24, 24, 24);
    outer->addStretch(1);
    outer->addWidget(card, 0, Qt::AlignHCenter);
    outer->addStretch(2);

    connect(submit_, &QPushButton::clicked, this, &ChangePasswordScreen::submit);
    connect(repeat_, &QLineEdit::returnPressed, this, &ChangePasswordScreen::submit);
    connect(old_, &QLineEdit::returnPressed, new_, qOverload<>(&QWidget::setFocus));
    connect(new_, &QLineEdit::returnPressed, repeat_, qOverload<>(&QWidget::setFocus));
    connect(cancel, &QPushButton::clicked, this, [this] {
        const bool wasForced = forced_;
        clearFields();
        if (wasForced)
            emit cancelled();
        else
            emit finished();
    });
    setFocusProxy(old_);
}

void ChangePasswordScreen::start(const QString& userId, bool forced) {
    userId_ = userId;
    forced_ = forced;
    clearFields();
    heading_->setText(forced ? tr("Choose a new password") : tr("Change your password"));
    explanation_->setText(
        forced ? tr("User %1 must set a new password before signing in.").arg(userId)
               : tr("User %1").arg(userId));
    old_->setFocus();
}

void ChangePasswordScreen::clearFields() {
    old_->clear();
    new_->clear();
    repeat_->clear();
    banner_->clear();
}

void ChangePasswordScreen::submit() {
    if (old_->text().isEmpty() || new_->text().isEmpty()) {
        banner_->showMessage(StatusBanner::Kind::Warning,
                             tr("Enter your current password and a new password."));
        return;
    }
    if (new_->text() != repeat_->text()) {
        banner_->showMessage(StatusBanner::Kind::Warning,
                             tr("The new password and its repetition do not match."));
        repeat_->clear();
        repeat_->setFocus();
        return;
    }
    const QString newPassword = new_->text();
    submit_->setEnabled(false);
    QApplication::setOverrideCursor(Qt::WaitCursor);
    try {
        users_.changePassword(userId_, old_->text(), newPassword);
    } catch (const security::SecurityError& e) {
        QApplication::restoreOverrideCursor();
        submit_->setEnabled(true);
        banner_->showMessage(StatusBanner::Kind::Warning, e.message());
        new_->clear();
        repeat_->clear();
        (e.kind() == security::SecurityError::Kind::PolicyViolation ? new_ : old_)->setFocus();
        return;
    }

    if (!forced_) {
        QApplication::restoreOverrideCursor();
        submit_->setEnabled(true);
        clearFields();
        emit finished();
        return;
    }
    // Forced change: sign-in continues with the new password; the Session announces it.
    const security::AuthResult result = session_.login(userId_, newPassword);
    QApplication::restoreOverrideCursor();
    submit_->setEnabled(true);
    clearFields();
    if (!result.ok())
        banner_->showMessage(StatusBanner::Kind::Error, result.message);
}

}  // namespace batch::ui
