#pragma once

#include "review/BatchReview.h"

#include <QJsonObject>

namespace batch::review {

// A JSON value as plain text, the way every view of the record shows it: strings as they
// are, integers, true/false, objects and arrays as compact JSON.
QString jsonText(const QJsonValue& value);

QJsonObject signatureJson(const Signature& s);
QJsonObject exceptionJson(const ReviewException& x);
QJsonObject deviationJson(const Deviation& d);

// The exception report of a batch as `batchctl review exceptions --json` prints it
// (docs/review.md): header, record hash, integrity, every exception with its context and
// review (only the open ones with `openOnly`), deviations with closure, dispositions,
// and the verified-compliant summary per step kind.
QJsonObject exceptionReportJson(const BatchReview& review, bool openOnly = false);

}  // namespace batch::review
