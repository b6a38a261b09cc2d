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
namespace {

// A multi-line field sized for a gloved finger and the virtual keyboard.
QPlainTextEdit* makeTextArea(const QString& objectName, int minimumHeight, QWidget* parent) {
    auto* edit = new QPlainTextEdit(parent);
    edit->setObjectName(objectName);
    edit->setTabChangesFocus(true);
    edit->setMinimumHeight(minimumHeight);
    edit->setMaximumHeight(minimumHeight + 32);
    edit->setInputMethodHints(Qt::ImhNoPredictiveText);
    enableKineticScrolling(edit);
    return edit;
}

// Overwrites the characters of a string this code holds the only copy of (a password
// taken from its field, which was cleared), so that it does not linger in freed memory.
void wipe(QString& secret) {
    if (!secret.isEmpty())
        secret.fill(QChar(0));
    secret.clear();
}

}  // namespace

SignatureDialog::SignatureDialog(const SignatureRequest& request, security::Session& session,
                                 const security::UserService& users, SignFunction sign,
                                 QWidget* parent)
    : TouchDialog(request.title.isEmpty() ? tr("Electronic signature") : request.title, parent),
      request_(request),
      session_(session),
      users_(users),
      sign_(std::move(sign)) {
    setObjectName(QStringLiteral("SignatureDialog"));
    setPrimary(tr("Sign"), QStringLiteral("signButton"), QStringLiteral("sign-light"));

    // Left: what is signed, in full, and why (the comment or reason). Right: the meaning,
    // who signs and the credentials.
    auto* left = new QVBoxLayout;
    left->setSpacing(8);
    left->addWidget(makeLabel(tr("You are signing"), QStringLiteral("fieldLabel"), this));
    auto* subject = makeLabel(request.subject, QStringLiteral("value"), this);
    subject->setObjectName(QStringLiteral("signatureSubject"));
    subject->setTextInteractionFlags(Qt::TextSelectableByMouse);
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
    scroll->setMinimumHeight(96);
    enableKineticScrolling(scroll);
    left->addWidget(scroll, 1);
    extra_ = new QVBoxLayout;
    extra_->setSpacing(8);
    left->addLayout(extra_);
    commentLabel_ = makeLabel(QString(), QStringLiteral("fieldLabel"), this);
    commentLabel_->setObjectName(QStringLiteral("signatureCommentLabel"));
    left->addWidget(commentLabel_);
    comment_ = makeTextArea(QStringLiteral("signatureComment"), 96, this);
    comment_->setPlaceholderText(request.commentPlaceholder);
    commentLabel_->setBuddy(comment_);
    left->addWidget(comment_);
    // Why Sign is disabled, in words, where the finger is (never a silent grey button).
    requirement_ = makeLabel(QString(), QStringLiteral("muted"), this);
    requirement_->setObjectName(QStringLiteral("signatureRequirement"));
    left->addWidget(requirement_);

    auto* right = new QVBoxLayout;
    right->setSpacing(8);
    meaning_ = makeLabel(QString(), QStringLiteral("value"), this);
    meaning_->setObjectName(QStringLiteral("signatureMeaning"));
    right->addWidget(meaning_);
    meaningExplanation_ = makeLabel(QString(), QStringLiteral("fieldLabel"), this);
    meaningExplanation_->setObjectName(QStringLiteral("signatureMeaningExplanation"));
    right->addWidget(meaningExplanation_);
    right->addSpacing(6);
    printedName_ = makeLabel(QString(), QStringLiteral("value"), this);
    printedName_->setObjectName(QStringLiteral("signaturePrintedName"));
    right->addWidget(printedName_);
    signerMode_ = makeLabel(QString(), QStringLiteral("muted"), this);
    signerMode_->setObjectName(QStringLiteral("signerMode"));
    right->addWidget(signerMode_);
    userLabel_ = makeLabel(tr("User ID"), QStringLiteral("fieldLabel"), this);
    right->addWidget(userLabel_);
    userId_ = makeField(QStringLiteral("signatureUserId"), false, this);
    userLabel_->setBuddy(userId_);
    right->addWidget(userId_);
    auto* passwordLabel = makeLabel(tr("Password"), QStringLiteral("fieldLabel"), this);
    right->addWidget(passwordLabel);
    password_ = makeField(QStringLiteral("signaturePassword"), true, this);
    passwordLabel->setBuddy(password_);
    right->addWidget(password_);
    switchSigner_ = makeButton(QString(), QString(), this);
    switchSigner_->setObjectName(QStringLiteral("switchSignerButton"));
    switchSigner_->setIcon(themeIcon(QStringLiteral("users")));
    right->addSpacing(4);
    right->addWidget(switchSigner_, 0, Qt::AlignLeft);
    switchSigner_->setVisible(request.signer == SignerRule::SelfOrOther);
    right->addStretch(1);
    // 21 CFR 11.100(c): the signer is told what an electronic signature is worth.
    auto* manifest = makeLabel(tr("Your electronic signature is the legally binding equivalent "
                                  "of your handwritten signature. It is recorded with your "
                                  "printed name, the date and time, and its meaning."),
                               QStringLiteral("muted"), this);
    manifest->setObjectName(QStringLiteral("signatureManifest"));
    right->addWidget(manifest);

    auto* columns = new QHBoxLayout;
    columns->setSpacing(32);
    columns->addLayout(left, 5);
    columns->addLayout(right, 4);
    body()->addLayout(columns, 1);

    connect(switchSigner_, &QPushButton::clicked, this, [this] { setOtherPerson(!otherPerson_); });
    connect(userId_, &QLineEdit::textChanged, this, &SignatureDialog::updatePrintedName);
    connect(userId_, &QLineEdit::returnPressed, password_, qOverload<>(&QWidget::setFocus));
    connect(password_, &QLineEdit::returnPressed, this, &SignatureDialog::submit);
    connect(comment_, &QPlainTextEdit::textChanged, this, &SignatureDialog::updateSignEnabled);
    connect(this, &TouchDialog::primaryPressed, this, &SignatureDialog::submit);
    setMeaning(request.meaning);
    setCommentRequired(request.commentRequired);
    setOtherPerson(request.signer == SignerRule::SecondPerson ||
                   (request.signer == SignerRule::SelfOrOther && !session_.user()));
}

QSize SignatureDialog::sizeHint() const {
    // Two columns want room: as wide as the window allows, up to 1200 px.
    const QSize base = TouchDialog::sizeHint();
    return {std::max(base.width(), 1200), base.height()};
}

void SignatureDialog::addContent(QWidget* widget) {
    extra_->addWidget(widget);
}

QPlainTextEdit* SignatureDialog::addRequiredText(const QString& label, const QString& objectName) {
    auto* caption = makeLabel(tr("%1 (required)").arg(label), QStringLiteral("fieldLabel"), this);
    caption->setObjectName(objectName + QStringLiteral("Label"));
    extra_->addWidget(caption);
    auto* edit = makeTextArea(objectName, 72, this);
    caption->setBuddy(edit);
    extra_->addWidget(edit);
    required_.emplace_back(label, edit);
    connect(edit, &QPlainTextEdit::textChanged, this, &SignatureDialog::updateSignEnabled);
    updateSignEnabled();
    return edit;
}

void SignatureDialog::setMeaning(security::SignatureMeaning meaning) {
    request_.meaning = meaning;
    meaning_->setText(tr("Meaning: %1").arg(meaningTitle(meaning)));
    meaningExplanation_->setText(meaningExplanation(meaning));
}

void SignatureDialog::setCommentRequired(bool required) {
    request_.commentRequired = required;
    commentLabel_->setText(commentLabelText());
    updateSignEnabled();
}

QString SignatureDialog::commentLabelText() const {
    const QString base = request_.commentLabel.isEmpty() ? tr("Comment") : request_.commentLabel;
    return request_.commentRequired ? tr("%1 (required)").arg(base) : tr("%1 (optional)").arg(base);
}

QString SignatureDialog::comment() const {
    return plainText(comment_);
}

QString SignatureDialog::missingInput() const {
    for (const auto& [label, edit] : required_)
        if (plainText(edit).isEmpty())
            return tr("%1 is required to sign.").arg(label);
    if (request_.commentRequired && comment().isEmpty())
        return tr("%1 is required to sign.")
            .arg(request_.commentLabel.isEmpty() ? tr("A comment") : request_.commentLabel);
    return {};
}

void SignatureDialog::updateSignEnabled() {
    const QString missing = missingInput();
    primaryButton()->setEnabled(missing.isEmpty());
    // A warning about missing input goes once the input is there; a refusal of the
    // service stays until the next attempt.
    const bool warned = !banner()->isHidden() && banner()->kind() == StatusBanner::Kind::Warning;
    if (missing.isEmpty() && warned)
        banner()->clear();
    requirement_->setText(missing);
    requirement_->setVisible(!missing.isEmpty() && !(warned && banner()->text() == missing));
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
        switchSigner_->setVisible(request_.signer == SignerRule::SelfOrOther && me);
    } else {
        QString mode = passwordOnly ? tr("You signed before in this session: enter your password.")
                                    : tr("Enter your user ID and password to sign.");
        if (request_.signer == SignerRule::SignedInUser && me && !passwordOnly)
            mode = tr("Enter your user ID and password to sign: only %1, who is signed in, "
                      "can sign here.")
                       .arg(me->id);
        if (!request_.signerNote.isEmpty())
            mode = request_.signerNote + QLatin1Char(' ') + mode;
        signerMode_->setText(mode);
        switchSigner_->setText(tr("Another person signs"));
    }
    updatePrintedName();
    updateSignEnabled();
    (passwordOnly ? password_ : userId_)->setFocus();
    if (isVisible())
        fitToWindow();
}

QString SignatureDialog::typedSignerId() const {
    const auto& me = session_.user();
    // isHidden, not isVisible: the answer must not depend on the dialog being shown yet.
    return !userId_->isHidden() || !me ? userId_->text().trimmed() : me->id;
}

void SignatureDialog::updatePrintedName() {
    // Who signs, before the password is typed: the printed name the record will carry.
    const auto& me = session_.user();
    const QString id = request_.signer == SignerRule::SignedInUser && me ? me->id : typedSignerId();
    const auto user = id.isEmpty() ? std::nullopt : users_.find(id);
    printedName_->setText(user ? tr("Printed name: %1 (%2)").arg(user->fullName, user->id)
                               : tr("Printed name: —"));
}

void SignatureDialog::submit() {
    const QString missing = missingInput();
    if (!missing.isEmpty()) {
        // Sign is disabled, but Enter in the password field still lands here.
        showWarning(missing);
        requirement_->setVisible(false);  // the banner says it now
        return;
    }
    const auto& me = session_.user();
    const QString id = typedSignerId();
    if (id.isEmpty() || password_->text().isEmpty()) {
        showWarning(!userId_->isHidden() ? tr("Enter the user ID and the password.")
                                         : tr("Enter your password."));
        return;
    }
    // The password leaves the field now: whatever happens next, it is not shown again
    // and it lives only for the one call to the service.
    QString password = password_->text();
    password_->clear();
    if (request_.signer == SignerRule::SignedInUser &&
        (!me || id.compare(me->id, Qt::CaseInsensitive) != 0)) {
        wipe(password);
        showRefusal(
            me ? tr("%1 is signed in: only %1 can sign here, with their own user ID.").arg(me->id)
               : tr("Nobody is signed in at this station."));
        userId_->setFocus();
        return;
    }
    primaryButton()->setEnabled(false);
    QApplication::setOverrideCursor(Qt::WaitCursor);
    SignOutcome outcome;
    try {
        outcome = sign_(id, password, comment());
    } catch (...) {
        wipe(password);
        QApplication::restoreOverrideCursor();
        updateSignEnabled();
        throw;
    }
    wipe(password);
    QApplication::restoreOverrideCursor();
    updateSignEnabled();
    if (!outcome.refusal.isEmpty()) {
        showRefusal(outcome.refusal);
        password_->setFocus();
        return;
    }
    signature_ = outcome.signature;
    const QString signer = outcome.signature ? outcome.signature->signerId : id;
    if (me && signer.compare(me->id, Qt::CaseInsensitive) == 0)
        session_.noteSignature();  // later signatures in this session: password only
    accept();
}

}  // namespace batch::ui
