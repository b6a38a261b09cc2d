#include "SignatureText.h"

#include "LocaleFormat.h"

#include <QCoreApplication>

namespace batch::ui {
namespace {
QString tr(const char* text) { return QCoreApplication::translate("Signature", text); }
}  // namespace

QString meaningTitle(security::SignatureMeaning meaning) {
    switch (meaning) {
    case security::SignatureMeaning::Performed: return tr("Performed");
    case security::SignatureMeaning::Verified: return tr("Verified");
    case security::SignatureMeaning::Reviewed: return tr("Reviewed");
    case security::SignatureMeaning::Approved: return tr("Approved");
    case security::SignatureMeaning::Released: return tr("Released");
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
        return tr("I performed this work myself, as recorded.");
    case security::SignatureMeaning::Verified:
        return tr("I checked the work of another person and confirm that it is correct.");
    case security::SignatureMeaning::Reviewed:
        return tr("I reviewed this record.");
    case security::SignatureMeaning::Approved:
        return tr("I approve this content.");
    case security::SignatureMeaning::Released:
        return tr("I release this batch.");
    }
    return {};
}

QString signatureLine(const QString& printedName, const QString& signedAtUtc,
                      const QString& meaningName) {
    return tr("Signed by %1 on %2 — %3")
        .arg(printedName, fmt::dateTime(signedAtUtc), meaningTitle(meaningName));
}

}  // namespace batch::ui
