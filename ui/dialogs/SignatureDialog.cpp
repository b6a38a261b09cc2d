#include "dialogs/SignatureDialog.h"

#include "SignatureText.h"
#include "Theme.h"
#include "security/Session.h"
#include "security/Users.h"
#include "widgets/Controls.h"
#include "widgets/StatusBanner.h"

#include <QApplication>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

#include <algorithm>

namespace batch::ui {

SignatureDialog::SignatureDialog(const SignatureRequest& request, security::Session& session,
                                 const security::UserService& users, SignFunction sign,
                                 QWidget* parent)
    : TouchDialog(tr("Electronic signature"), parent),
      request_(request),
      session_(session),
      users_(users),
      sign_(std::move(sign)) {
    setObjectName(QStringLiteral("SignatureDialog"));
    setPrimary(tr("Sign"), QStringLiteral("signButton"), QStringLiteral("sign-light"));

    // Left: what is signed, in full. Right: the meaning and who signs.
    auto* left = new QVBoxLayout;
    left->setSpacing(8);
    left->addWidget(makeLabel(tr("You are signing"), QStringLiteral("fieldLabel"), this));
    auto* subject = makeLabel(request.subject, QStringLiteral("value"), this);
    subject->setObjectName(QStringLiteral("signatureSubject"));
    left->addWidget(subject);
    // The content in full: scrollable, never cut off.
    auto* content = makeLabel(request.content, QStringLiteral("signedContent"), this);
    content->setObjectName(QStringLiteral("signatureContent"));
    content->setTextInteractionFlags(Qt::TextSelectableByMouse);
    content->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    auto* scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("signatureContentArea"));
    scroll->setWidget(content);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::StyledPanel);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroll->setMinimumHeight(160);
    enableKineticScrolling(scroll);
    left->addWidget(scroll, 1);

    auto* right = new QVBoxLayout;
    right->setSpacing(8);
    auto* meaning = makeLabel(tr("Meaning: %1 — %2")
                                  .arg(meaningTitle(request.meaning),
                                       meaningExplanation(request.meaning)),
                              QStringLiteral("fieldLabel"), this);
    meaning->setObjectName(QStringLiteral("signatureMeaning"));
    right->addWidget(meaning);
    signerMode_ = makeLabel(QString(), QStringLiteral("muted"), this);
    signerMode_->setObjectName(QStringLiteral("signerMode"));
    right->addWidget(signerMode_);
    printedName_ = makeLabel(QString(), QStringLiteral("value"), this);
    printedName_->setObjectName(QStringLiteral("signaturePrintedName"));
    right->addWidget(printedName_);
    userLabel_ = makeLabel(tr("User ID"), QStringLiteral("fieldLabel"), this);
    right->addWidget(userLabel_);
    userId_ = makeField(QStringLiteral("signatureUserId"), false, this);
    right->addWidget(userId_);
    right->addWidget(makeLabel(tr("Password"), QStringLiteral("fieldLabel"), this));
    password_ = makeField(QStringLiteral("signaturePassword"), true, this);
    right->addWidget(password_);
    right->addWidget(makeLabel(tr("Comment (optional)"), QStringLiteral("fieldLabel"), this));
    comment_ = new QPlainTextEdit(this);
    comment_->setObjectName(QStringLiteral("signatureComment"));
    comment_->setTabChangesFocus(true);
    comment_->setFixedHeight(64);
    right->addWidget(comment_);
    switchSigner_ = makeButton(QString(), QString(), this);
    switchSigner_->setObjectName(QStringLiteral("switchSignerButton"));
    switchSigner_->setIcon(themeIcon(QStringLiteral("users")));
    right->addWidget(switchSigner_, 0, Qt::AlignLeft);
    switchSigner_->setVisible(!request.secondPerson);
    right->addStretch(1);

    auto* columns = new QHBoxLayout;
    columns->setSpacing(28);
    columns->addLayout(left, 5);
    columns->addLayout(right, 4);
    body()->addLayout(columns, 1);

    connect(switchSigner_, &QPushButton::clicked, this, [this] { setOtherPerson(!otherPerson_); });
    connect(userId_, &QLineEdit::textChanged, this, &SignatureDialog::updatePrintedName);
    connect(userId_, &QLineEdit::returnPressed, password_, qOverload<>(&QWidget::setFocus));
    connect(password_, &QLineEdit::returnPressed, this, &SignatureDialog::submit);
    connect(this, &TouchDialog::primaryPressed, this, &SignatureDialog::submit);
    setOtherPerson(request.secondPerson || !session_.user());
}

QSize SignatureDialog::sizeHint() const {
    // Two columns want room: as wide as the window allows, up to 1200 px.
    const QSize base = TouchDialog::sizeHint();
    return {std::max(base.width(), 1200), base.height()};
}

void SignatureDialog::setOtherPerson(bool other) {
    otherPerson_ = other;
    const auto& me = session_.user();
    userId_->clear();
    password_->clear();
    banner()->clear();
    // Re-authentication: id + password unless this is the signed-in user's second or
    // later signature in the same uninterrupted session.
    const bool passwordOnly = !other && me && session_.signedOnceThisSession();
    userLabel_->setVisible(!passwordOnly);
    userId_->setVisible(!passwordOnly);
    if (other) {
        signerMode_->setText(request_.signerNote.isEmpty()
                                 ? tr("Another person signs with their own user ID and password.")
                                 : request_.signerNote);
        switchSigner_->setText(me ? tr("I sign myself (%1)").arg(me->fullName) : QString());
        switchSigner_->setVisible(!request_.secondPerson && me);
    } else {
        signerMode_->setText(passwordOnly
                                 ? tr("You signed before in this session: enter your password.")
                                 : tr("Enter your user ID and password to sign."));
        switchSigner_->setText(tr("Another person signs"));
    }
    updatePrintedName();
    (passwordOnly ? password_ : userId_)->setFocus();
    if (isVisible())
        fitToWindow();
}

void SignatureDialog::updatePrintedName() {
    QString id = userId_->text().trimmed();
    if (!otherPerson_ && session_.user() && !userId_->isVisible())
        id = session_.user()->id;
    const auto user = id.isEmpty() ? std::nullopt : users_.find(id);
    printedName_->setText(user ? tr("Printed name: %1").arg(user->fullName)
                               : tr("Printed name: —"));
}

void SignatureDialog::submit() {
    const auto& me = session_.user();
    const QString id = userId_->isVisible() ? userId_->text().trimmed()
                                            : (me ? me->id : QString());
    if (id.isEmpty() || password_->text().isEmpty()) {
        showWarning(userId_->isVisible() ? tr("Enter the user ID and the password.")
                                         : tr("Enter your password."));
        return;
    }
    primaryButton()->setEnabled(false);
    QApplication::setOverrideCursor(Qt::WaitCursor);
    SignOutcome outcome;
    try {
        outcome = sign_(id, password_->text(), plainText(comment_));
    } catch (...) {
        QApplication::restoreOverrideCursor();
        primaryButton()->setEnabled(true);
        password_->clear();
        throw;
    }
    QApplication::restoreOverrideCursor();
    primaryButton()->setEnabled(true);
    password_->clear();
    if (!outcome.signature) {
        showRefusal(outcome.refusal);
        password_->setFocus();
        return;
    }
    signature_ = outcome.signature;
    if (me && outcome.signature->signerId.compare(me->id, Qt::CaseInsensitive) == 0)
        session_.noteSignature();  // later signatures in this session: password only
    accept();
}

}  // namespace batch::ui
