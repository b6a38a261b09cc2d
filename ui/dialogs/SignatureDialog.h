#pragma once

#include "dialogs/TouchDialog.h"
#include "security/Roles.h"
#include "security/Signatures.h"

#include <functional>
#include <optional>

class QLineEdit;
class QTextBrowser;

namespace batch::security {
class Session;
class UserService;
}  // namespace batch::security

namespace batch::ui {

// What a signature is about, as the signer must see it before signing (21 CFR 11.50,
// DESIGN.md §5): the content in full, the meaning, who signs.
struct SignatureRequest {
    QString subject;  // one line: "Step 20 · Dispensing verified by a second person"
    QString content;  // the content signed, in full (plain text, several lines)
    security::SignatureMeaning meaning = security::SignatureMeaning::Performed;
    // A second person signs (verification): the signed-in user may not, and the
    // dialog asks for another user's id and password.
    bool secondPerson = false;
    // Shown to the signer, e.g. "Not Olivia Operator, who performed the step."
    QString signerNote;
};

// What the signing callback reports: the signature as recorded, or the refusal in the
// words of the service that refused (engine, signature service), already translated.
struct SignOutcome {
    std::optional<security::SignatureInfo> signature;
    QString refusal;
};
using SignFunction = std::function<SignOutcome(const QString& signerId, const QString& password,
                                               const QString& comment)>;

// The electronic signature dialog. Reusable by every screen that signs (step runner,
// deviations, QA review): it shows what is signed and its meaning, the printed name of
// the signer, and asks for the credentials the re-authentication rules demand:
//  - the signed-in user's first signature of an uninterrupted session: user id and
//    password; later ones: the password (the id is shown, not editable);
//  - another person (second-person verification, or a role the signed-in user lacks):
//    always user id and password, and never the signed-in user for a verification.
// The dialog never decides whether the signature is allowed: `sign` does (the engine
// and SignatureService), and its refusal is shown as it comes.
class SignatureDialog : public TouchDialog {
    Q_OBJECT
public:
    SignatureDialog(const SignatureRequest& request, security::Session& session,
                    const security::UserService& users, SignFunction sign,
                    QWidget* parent = nullptr);

    // The recorded signature, after accepted().
    const std::optional<security::SignatureInfo>& signature() const { return signature_; }
    QSize sizeHint() const override;
    bool asOtherPerson() const { return otherPerson_; }

private:
    void setOtherPerson(bool other);
    void updatePrintedName();
    void submit();

    SignatureRequest request_;
    security::Session& session_;
    const security::UserService& users_;
    SignFunction sign_;
    bool otherPerson_ = false;
    QLabel* signerMode_;
    QLabel* printedName_;
    QLabel* userLabel_;
    QLineEdit* userId_;
    QLineEdit* password_;
    QPlainTextEdit* comment_;
    QPushButton* switchSigner_;
    std::optional<security::SignatureInfo> signature_;
};

}  // namespace batch::ui
