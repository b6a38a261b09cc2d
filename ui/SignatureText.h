#pragma once

#include "security/Roles.h"

#include <QString>

namespace batch::ui {

// The words for signature meanings and the manifestation of a signature on screen
// (21 CFR 11.50): printed name, local date and time, meaning - every signed item shows
// all three.
QString meaningTitle(security::SignatureMeaning meaning);
QString meaningTitle(const QString& meaningName);  // "Verified" -> translated title
QString meaningExplanation(security::SignatureMeaning meaning);
// "Signed by Sam Supervisor on 01.12.26 14:03:07 — Verified"
QString signatureLine(const QString& printedName, const QString& signedAtUtc,
                      const QString& meaningName);

}  // namespace batch::ui
