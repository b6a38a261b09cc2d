#include "SignatureText.h"

#include "LocaleFormat.h"

#include <QCoreApplication>

namespace batch::ui {
namespace {
// The translation context of these texts (lupdate reads SignatureText::tr as such).
class SignatureText {
    Q_DECLARE_TR_FUNCTIONS(SignatureText)
};
}  // namespace

QString meaningTitle(security::SignatureMeaning meaning) {
    switch (meaning) {
    case security::SignatureMeaning::Performed: return SignatureText::tr("Performed");
    case security::SignatureMeaning::Verified: return SignatureText::tr("Verified");
    case security::SignatureMeaning::Reviewed: return SignatureText::tr("Reviewed");
    case security::SignatureMeaning::Approved: return SignatureText::tr("Approved");
    case security::SignatureMeaning::Released: return SignatureText::tr("Released");
    case security::SignatureMeaning::Rejected: return SignatureText::tr("Rejected");
    case security::SignatureMeaning::Quarantined: return SignatureText::tr("Quarantined");
    }
    return {};
}

QString meaningTitle(const QString& meaningName) {
    const auto meaning = security::meaningFromName(meaningName);
    return meaning ? meaningTitle(*meaning) : meaningName;
}

QString meaningExplanation(security::SignatureMeaning meaning) {
    switch (meaning) {
    case security::SignatureMeaning::Performed:
        return SignatureText::tr("I performed this work myself, as recorded.");
    case security::SignatureMeaning::Verified:
        return SignatureText::tr("I checked the work of another person and confirm that it is correct.");
    case security::SignatureMeaning::Reviewed:
        return SignatureText::tr("I reviewed this record.");
    case security::SignatureMeaning::Approved:
        return SignatureText::tr("I approve this content.");
    case security::SignatureMeaning::Released:
        return SignatureText::tr("I release this batch.");
    case security::SignatureMeaning::Rejected:
        return SignatureText::tr("I reject this batch.");
    case security::SignatureMeaning::Quarantined:
        return SignatureText::tr("I place this batch in quarantine.");
    }
    return {};
}

QString signatureLine(const QString& printedName, const QString& signedAtUtc,
                      const QString& meaningName) {
    return SignatureText::tr("Signed by %1 on %2 — %3")
        .arg(printedName, fmt::dateTime(signedAtUtc), meaningTitle(meaningName));
}

}  // namespace batch::ui
