#pragma once

#include "dialogs/TouchDialog.h"
#include "security/Roles.h"
#include "security/Signatures.h"

#include <functional>
#include <optional>
#include <vector>

class QLineEdit;

namespace batch::security {
class Session;
class UserService;
}  // namespace batch::security

namespace batch::ui {

// Who may sign in a signature dialog.
enum class SignerRule {
    // The signed-in user, or, after "Another person signs", someone with the role the
    // signed-in user lacks (step signatures on the HMI).
    SelfOrOther,
    // Always another person than the signed-in user (second-person verification, a
    // supervisor's override or continuation).
    SecondPerson,
    // Only the signed-in user (QA review, disposition, sampling approvals): the user id
    // typed for the first signature of a session must be theirs.
    SignedInUser,
};

// What a signature is about, as the signer must see it before signing (21 CFR 11.50,
// DESIGN.md §5): the content in full, the meaning, who signs, and whether the comment is
// a reason the service refuses to sign without.
struct SignatureRequest {
    QString title;    // the dialog's title; empty: "Electronic signature"
    QString subject;  // one line: "Step 20 · Dispensing verified by a second person"
    QString content;  // the content signed, in full (plain text, several lines)
    security::SignatureMeaning meaning = security::SignatureMeaning::Performed;
    SignerRule signer = SignerRule::SelfOrOther;
    // Shown to the signer, e.g. "Not Olivia Operator, who performed the step."
    QString signerNote;
    // The comment's label without "(required)"/"(optional)"; empty: "Comment".
    QString commentLabel;
    // The service refuses without a comment (an override's reason, a review comment, the
    // reason to reject): the label says required and Sign stays disabled until written.
    bool commentRequired = false;
    // Shown inside the empty comment field: what to write.
    QString commentPlaceholder;
};

// What the signing callback reports: an empty refusal on success (with the signature as
// recorded, where the service returns one), or the refusal in the words of the service
// that refused (engine, review, sampling, signature service), already translated.
struct SignOutcome {
    std::optional<security::SignatureInfo> signature;
    QString refusal;
};
// The password is handed over for this one call and never kept by the dialog: the field
// is cleared after every attempt, successful or not.
using SignFunction = std::function<SignOutcome(const QString& signerId, const QString& password,
                                               const QString& comment)>;

// The electronic signature dialog, the one every screen signs through (step runner,
// supervisor override, deviations, QA review and disposition, sampling approvals). It
// shows what is signed and its meaning, the printed name and user id of the signer, and
// asks for the credentials the re-authentication rules demand:
//  - the signed-in user's first signature of an uninterrupted session: user id and
//    password; later ones: the password (the id is shown, not editable);
//  - another person (second-person verification, or a role the signed-in user lacks):
//    always user id and password, and never the signed-in user for a verification.
// Touch first (TouchDialog: 56 px targets, large type) and calm enough for the QA desktop.
// The dialog never decides whether the signature is allowed: `sign` does (the engine and
// the services behind it), and its refusal is shown as it comes, the dialog stays open.
class SignatureDialog : public TouchDialog {
    Q_OBJECT
public:
    SignatureDialog(const SignatureRequest& request, security::Session& session,
                    const security::UserService& users, SignFunction sign,
                    QWidget* parent = nullptr);

    // The recorded signature, after accepted(), where the service returned one.
    const std::optional<security::SignatureInfo>& signature() const { return signature_; }
    QSize sizeHint() const override;
    bool asOtherPerson() const { return otherPerson_; }

    // Fields the action needs besides the signature (a decision, ...), shown under what
    // is signed.
    void addContent(QWidget* widget);
    // A text the action cannot do without (root cause, CAPA): labelled "(required)", and
    // Sign stays disabled until it is filled in.
    QPlainTextEdit* addRequiredText(const QString& label, const QString& objectName);
    // The meaning or the need for a reason can depend on a choice in the dialog (the
    // disposition: released needs none, rejected and quarantined do).
    void setMeaning(security::SignatureMeaning meaning);
    void setCommentRequired(bool required);
    bool commentRequired() const { return request_.commentRequired; }
    QString commentLabelText() const;
    QString comment() const;
    // What still keeps Sign disabled, in words (empty: nothing).
    QString missingInput() const;

private:
    void setOtherPerson(bool other);
    void updatePrintedName();
    void updateSignEnabled();
    QString typedSignerId() const;
    void submit();

    SignatureRequest request_;
    security::Session& session_;
    const security::UserService& users_;
    SignFunction sign_;
    bool otherPerson_ = false;
    QLabel* meaning_;
    QLabel* meaningExplanation_;
    QLabel* signerMode_;
    QLabel* printedName_;
    QLabel* userLabel_;
    QLineEdit* userId_;
    QLineEdit* password_;
    QVBoxLayout* extra_;
    QLabel* commentLabel_;
    QPlainTextEdit* comment_;
    QLabel* requirement_;
    QPushButton* switchSigner_;
    // Required texts with their labels (for the message that names the missing one).
    std::vector<std::pair<QString, QPlainTextEdit*>> required_;
    std::optional<security::SignatureInfo> signature_;
};

}  // namespace batch::ui
