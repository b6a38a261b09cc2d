#pragma once

#include "review/BatchReview.h"

#include <QString>

namespace batch::ui {

// Rich-text views of the review projection for QTextBrowser panes (escaped throughout:
// every value in the record is user input).
namespace reviewhtml {

QString time(const QString& tsUtc);                 // "2026-01-02 10:11:12 UTC"
QString signatureLine(const review::Signature& s);  // printed name — meaning — time
// One exception with its full context: step in the ISA-88 hierarchy, value and limits,
// instrument and raw frame, who and when, comments, the linked deviation and its closure,
// the review, and the exception's event as recorded.
QString exception(const review::BatchReview& review, const review::ReviewException& x);
QString deviation(const review::Deviation& d);
// The whole record: every step in ISA-88 order with its values (corrected values struck
// through), limits, instrument, performer and signatures.
QString fullRecord(const review::BatchReview& review);

}  // namespace reviewhtml
}  // namespace batch::ui
