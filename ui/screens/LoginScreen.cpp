#include "screens/LoginScreen.h"

#include "Language.h"
#include "Theme.h"
#include "security/Session.h"
#include "widgets/Controls.h"
#include "widgets/StatusBanner.h"

#include <QApplication>
#include <QButtonGroup>
#include <QFrame>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace batch::ui {

LoginScreen::LoginScreen(security::Session& session, const QString& stationId,
                         const QString& footerNote, LanguageSwitcher* languages, bool kiosk,
                         QWidget* parent)
    : QWidget(parent), session_(session) {
    setObjectName(QStringLiteral("Screen"));

    auto* card = new QFrame(this);
    card->setObjectName(QStringLiteral("Card"));
    // A fixed width, so that its height can follow its wrapped texts (refusals).
    card->setFixedWidth(640);
    card_ = card;

    auto* brand = new QLabel(card);
    brand->setPixmap(themeIcon(QStringLiteral("lock")).pixmap(44, 44));
    auto* title = makeLabel(tr("BatchStation"), QStringLiteral("title"), card);
    auto* station = makeLabel(tr("Station %1").arg(stationId), QStringLiteral("subtitle"), card);
    station->setObjectName(QStringLiteral("loginStation"));
    auto* titleRow = new QHBoxLayout;
    titleRow->setSpacing(16);
    titleRow->addWidget(brand, 0, Qt::AlignVCenter);
    auto* titleText = new QVBoxLayout;
    titleText->setSpacing(2);
    titleText->addWidget(title);
    titleText->addWidget(station);
    titleRow->addLayout(titleText, 1);

    userId_ = makeField(QStringLiteral("loginUserId"), false, card);
    password_ = makeField(QStringLiteral("loginPassword"), true, card);
    error_ = new StatusBanner(card);
    error_->setObjectName(QStringLiteral("loginError"));
    attempts_ = makeLabel(QString(), QStringLiteral("fieldLabel"), card);
    attempts_->setObjectName(QStringLiteral("loginAttempts"));
    attempts_->setVisible(false);
    signIn_ = makeButton(tr("Sign in"), QStringLiteral("primary"), card);
    signIn_->setObjectName(QStringLiteral("signInButton"));
    signIn_->setMinimumHeight(60);

    auto* form = new QVBoxLayout(card);
    form->setContentsMargins(40, 24, 40, 24);
    form->setSpacing(8);
    form->addLayout(titleRow);
    form->addSpacing(10);
    form->addWidget(makeLabel(tr("User ID"), QStringLiteral("fieldLabel"), card));
    form->addWidget(userId_);
    form->addSpacing(8);
    form->addWidget(makeLabel(tr("Password"), QStringLiteral("fieldLabel"), card));
    form->addWidget(password_);
    form->addSpacing(8);
    form->addWidget(error_);
    form->addWidget(attempts_);
    form->addSpacing(8);
    form->addWidget(signIn_);

    auto* footer = makeLabel(footerNote, QStringLiteral("footer"), this);
    footer->setObjectName(QStringLiteral("loginFooter"));
    footer->setAlignment(Qt::AlignCenter);
    footer->setVisible(!footerNote.isEmpty());

    // The language switch: each language named in itself, so anyone finds their own.
    auto* languageRow = new QHBoxLayout;
    languageRow->setSpacing(12);
    if (languages) {
        auto* globe = new QLabel(this);
        globe->setPixmap(themeIcon(QStringLiteral("globe")).pixmap(32, 32));
        languageRow->addWidget(globe);
        auto* group = new QButtonGroup(this);
        for (const LanguageSwitcher::Language& l : LanguageSwitcher::available()) {
            QPushButton* b = makeToggle(l.nativeName, this);
            b->setObjectName(QStringLiteral("lang_") + l.code);
            b->setChecked(l.code == languages->current());
            group->addButton(b);
            languageRow->addWidget(b);
            // Deferred: switching rebuilds the screens, this button included.
            connect(b, &QPushButton::clicked, this, [languages, code = l.code] {
                QMetaObject::invokeMethod(
                    languages, [languages, code] { languages->setLanguage(code); },
                    Qt::QueuedConnection);
            });
        }
    }
    languageRow->addStretch(1);
    if (kiosk) {
        auto* exit = makeButton(tr("Close the station…"), QString(), this);
        exit->setObjectName(QStringLiteral("kioskExitButton"));
        exit->setIcon(themeIcon(QStringLiteral("exit")));
        connect(exit, &QPushButton::clicked, this, &LoginScreen::exitRequested);
        languageRow->addWidget(exit);
    }

    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(24, 20, 24, 20);
    outer->addLayout(languageRow);
    outer->addStretch(2);
    outer->addWidget(card, 0, Qt::AlignHCenter);
    outer->addStretch(3);
    outer->addWidget(footer);

    connect(signIn_, &QPushButton::clicked, this, &LoginScreen::signIn);
    connect(userId_, &QLineEdit::returnPressed, password_, qOverload<>(&QWidget::setFocus));
    connect(password_, &QLineEdit::returnPressed, this, &LoginScreen::signIn);
    setFocusProxy(userId_);
}

void LoginScreen::reset() {
    userId_->clear();
    password_->clear();
    error_->clear();
    attempts_->setVisible(false);
    fitCard();
    userId_->setFocus();
}

void LoginScreen::signIn() {
    const QString id = userId_->text().trimmed();
    if (id.isEmpty() || password_->text().isEmpty()) {
        error_->showMessage(StatusBanner::Kind::Warning, tr("Enter your user ID and password."));
        attempts_->setVisible(false);
        fitCard();
        return;
    }
    // Password hashing takes a noticeable moment; say so instead of looking frozen.
    signIn_->setEnabled(false);
    signIn_->setText(tr("Signing in…"));
    signIn_->repaint();
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const security::AuthResult result = session_.login(id, password_->text());
    QApplication::restoreOverrideCursor();
    signIn_->setText(tr("Sign in"));
    signIn_->setEnabled(true);
    password_->clear();

    switch (result.status) {
    case security::AuthStatus::Ok:
        reset();
        return;  // the Session announces signedIn()
    case security::AuthStatus::MustChangePassword:
        error_->clear();
        attempts_->setVisible(false);
        emit passwordChangeRequired(id);
        return;
    case security::AuthStatus::WrongCredentials:
        error_->showMessage(StatusBanner::Kind::Warning,
                            result.message.isEmpty() ? tr("User ID or password is wrong.")
                                                     : result.message);
        attempts_->setText(tr("Attempts left before the account is locked: %1")
                              .arg(result.remainingAttempts));
        attempts_->setVisible(result.remainingAttempts > 0);
        break;
    case security::AuthStatus::Locked:
    case security::AuthStatus::Disabled:
        error_->showMessage(StatusBanner::Kind::Error,
                            result.message.isEmpty()
                                ? tr("This account is locked. Ask an administrator.")
                                : result.message);
        attempts_->setVisible(false);
        break;
    }
    fitCard();
    password_->setFocus();
}

void LoginScreen::fitCard() {
    card_->setMinimumHeight(card_->layout()->totalHeightForWidth(card_->width()));
}

}  // namespace batch::ui
