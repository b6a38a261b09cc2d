#include "screens/LockScreen.h"

#include "Theme.h"
#include "security/Session.h"
#include "widgets/Controls.h"
#include "widgets/StatusBanner.h"

#include <QApplication>
#include <QDateTime>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace batch::ui {

LockScreen::LockScreen(security::Session& session, QWidget* parent)
    : QWidget(parent), session_(session) {
    setObjectName(QStringLiteral("Screen"));

    auto* card = new QFrame(this);
    card->setObjectName(QStringLiteral("Card"));
    card->setFixedWidth(720);

    auto* icon = new QLabel(card);
    icon->setPixmap(themeIcon(QStringLiteral("lock")).pixmap(56, 56));
    auto* title = makeLabel(tr("Station locked"), QStringLiteral("title"), card);
    lockedBy_ = makeLabel(QString(), QStringLiteral("subtitle"), card);
    lockedBy_->setObjectName(QStringLiteral("lockedBy"));
    auto* head = new QHBoxLayout;
    head->setSpacing(18);
    head->addWidget(icon, 0, Qt::AlignTop);
    auto* headText = new QVBoxLayout;
    headText->addWidget(title);
    headText->addWidget(lockedBy_);
    head->addLayout(headText, 1);

    userLabel_ = makeLabel(tr("User ID"), QStringLiteral("fieldLabel"), card);
    userId_ = makeField(QStringLiteral("unlockUserId"), false, card);
    passwordLabel_ = makeLabel(QString(), QStringLiteral("fieldLabel"), card);
    password_ = makeField(QStringLiteral("unlockPassword"), true, card);
    switchHint_ = makeLabel(
        tr("Only an administrator can open a session that another user locked. "
           "The switch is recorded in the audit trail."),
        QStringLiteral("muted"), card);
    error_ = new StatusBanner(card);
    error_->setObjectName(QStringLiteral("unlockError"));
    unlock_ = makeButton(tr("Unlock"), QStringLiteral("primary"), card);
    unlock_->setObjectName(QStringLiteral("unlockButton"));
    switch_ = makeButton(QString(), QString(), card);
    switch_->setObjectName(QStringLiteral("switchUserButton"));

    auto* buttons = new QHBoxLayout;
    buttons->setSpacing(16);
    buttons->addWidget(switch_, 1);
    buttons->addWidget(unlock_, 1);

    auto* form = new QVBoxLayout(card);
    form->setContentsMargins(40, 32, 40, 32);
    form->setSpacing(10);
    form->addLayout(head);
    form->addSpacing(14);
    form->addWidget(userLabel_);
    form->addWidget(userId_);
    form->addWidget(passwordLabel_);
    form->addWidget(password_);
    form->addWidget(switchHint_);
    form->addWidget(error_);
    form->addSpacing(8);
    form->addLayout(buttons);

    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(24, 24, 24, 24);
    outer->addStretch(1);
    outer->addWidget(card, 0, Qt::AlignHCenter);
    outer->addStretch(2);

    connect(unlock_, &QPushButton::clicked, this, &LockScreen::unlock);
    connect(password_, &QLineEdit::returnPressed, this, &LockScreen::unlock);
    connect(userId_, &QLineEdit::returnPressed, password_, qOverload<>(&QWidget::setFocus));
    connect(switch_, &QPushButton::clicked, this, [this] { setSwitching(!switching_); });
    setSwitching(false);
}

void LockScreen::prepare() {
    const auto& user = session_.user();
    lockedBy_->setText(user ? tr("Locked by %1 (%2) at %3.")
                                  .arg(user->fullName, user->id,
                                       QTime::currentTime().toString(QStringLiteral("HH:mm")))
                            : tr("Locked."));
    setSwitching(false);
}

void LockScreen::setSwitching(bool switching) {
    switching_ = switching;
    error_->clear();
    password_->clear();
    userId_->clear();
    userLabel_->setVisible(switching);
    userId_->setVisible(switching);
    switchHint_->setVisible(switching);
    const auto& user = session_.user();
    passwordLabel_->setText(switching || !user ? tr("Password")
                                               : tr("Password for %1").arg(user->id));
    unlock_->setText(switching ? tr("Switch and unlock") : tr("Unlock"));
    switch_->setText(switching ? tr("Back") : tr("Switch user"));
    (switching ? userId_ : password_)->setFocus();
}

void LockScreen::unlock() {
    const auto& current = session_.user();
    const QString id = switching_ ? userId_->text().trimmed()
                                  : (current ? current->id : QString());
    if (id.isEmpty() || password_->text().isEmpty()) {
        error_->showMessage(StatusBanner::Kind::Warning,
                            switching_ ? tr("Enter the user ID and password.")
                                       : tr("Enter your password."));
        return;
    }
    unlock_->setEnabled(false);
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const security::AuthResult result = session_.unlock(id, password_->text());
    QApplication::restoreOverrideCursor();
    unlock_->setEnabled(true);
    password_->clear();
    if (result.ok()) {
        error_->clear();
        return;  // the Session announces unlocked()
    }
    QString text = result.message.isEmpty() ? tr("Unlock refused.") : result.message;
    if (result.status == security::AuthStatus::WrongCredentials && result.remainingAttempts > 0)
        text += QLatin1Char(' ') + tr("Attempts left before the account is locked: %1")
                                      .arg(result.remainingAttempts);
    error_->showMessage(result.status == security::AuthStatus::WrongCredentials
                            ? StatusBanner::Kind::Warning
                            : StatusBanner::Kind::Error,
                        text);
    password_->setFocus();
}

}  // namespace batch::ui
